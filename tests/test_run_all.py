"""benchmarks/run_all.py on a tiny demo store: one table, every measure of issue 23 with a figure.

The figures of so small a store say nothing; what is checked is that every adapter still reads
its benchmark script's output (a script whose printing changed shows "—" and fails here)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "tiny-pass-1"


def _run_all() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_all", ROOT / "benchmarks" / "run_all.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_all"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _cli(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "storecrm", *args], env=env, check=True, timeout=600)


def _sales(env: dict[str, str], store: Path) -> int:
    args = [sys.executable, "-m", "storecrm", "info", "--store", str(store), "--json"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, timeout=600)
    return int(json.loads(done.stdout)["counts"]["sales"])


def test_run_all_prints_every_measure_with_a_figure_on_a_tiny_store(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        STORECRM_HOME=str(tmp_path / "home"),
        STORECRM_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
    )
    store = tmp_path / "store"
    _cli(env, "init", "--store", str(store), "--name", "小店", "--owner", "boss")
    _cli(env, "demo-data", "--store", str(store), "--customers", "200", "--months", "1")
    before = _sales(env, store)

    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--store", str(store)]
        + ["--runs", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )

    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "customers: 200  (100k goals); median of 1 run(s)" in out
    lines = {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
        for line in out.splitlines()
        if line.startswith("| ")
    }
    rows = [row for measure in _run_all().MEASURES for row in measure.rows]
    assert len(rows) == 16
    for row in rows:
        goal, median, raw, verdict = lines[row.label]
        assert median != "—" and median.endswith(f" {row.unit}"), (row.label, median)
        assert float(median.split()[0].replace(",", "")) > 0, row.label
        assert verdict != "no figure", row.label
    # Raw SQL beside the measures that have one, from the same runs.
    for label in ("record one sale, p95", "year report: compute + PDF + xlsx"):
        assert lines[label][2] != "—", label
    assert lines["search p95: card"][0] == "< 16 ms (and ≤ 3× raw + 0.5 ms)"
    assert "load average before: " in out and "; after: " in out
    assert "problem:" not in out
    # The sales were recorded on a copy of the store, not in it.
    assert _sales(env, store) == before
