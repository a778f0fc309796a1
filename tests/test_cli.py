"""The admin CLI, run as a real process: one line and exit code 2 for a user's mistake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, password: str | None = None, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("STORECRM_PASSWORD", None)
    if password is not None:
        env["STORECRM_PASSWORD"] = password
    env["STORECRM_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "tests.cli_main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "store"
    result = run(
        "init", "--store", str(folder), "--name", "小店", "--owner", "boss", password="pw-123456"
    )
    assert result.returncode == 0, result.stderr
    assert "Recovery code" in result.stdout
    code_line = result.stdout.strip().splitlines()[-1].strip()
    assert len(code_line.replace("-", "")) == 25
    return folder


def test_info_reports_name_revision_and_counts_as_json(cli_store: Path) -> None:
    result = run("info", "--store", str(cli_store), "--json", password="pw-123456")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["store_name"] == "小店"
    assert data["schema_revision"] == data["head_revision"]
    assert data["counts"]["users"] == 1
    assert data["counts"]["customers"] == 0


def test_demo_data_adds_customers_reproducibly(cli_store: Path, tmp_path: Path) -> None:
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text("pw-123456\n", encoding="utf-8")
    result = run(
        "demo-data",
        "--store",
        str(cli_store),
        "--customers",
        "500",
        "--seed",
        "3",
        "--password-file",
        str(pw_file),
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(run("info", "--store", str(cli_store), "--json", password="pw-123456").stdout)
    assert info["counts"]["customers"] == 500


@pytest.mark.parametrize(
    "option, value, lang, expected",
    [
        ("--customers", "-1", "en", "--customers must be between 0 and 1,000,000."),
        ("--customers", "1000001", "en", "--customers must be between 0 and 1,000,000."),
        ("--customers", "1000001", "zh_CN", "--customers 必须在 0 到 1,000,000 之间。"),
        ("--months", "121", "en", "--months must be between 0 and 120."),
        ("--months", "-1", "zh_CN", "--months 必须在 0 到 120 之间。"),
        ("--customers", "-5", "en", "--customers must be between 0 and 1,000,000."),
        ("--customers", "many", "en", "--customers must be between 0 and 1,000,000."),
        ("--customers", "abc", "zh_CN", "--customers 必须在 0 到 1,000,000 之间。"),
        ("--months", "abc", "zh_CN", "--months 必须在 0 到 120 之间。"),
    ],
)
def test_demo_data_refuses_an_invalid_size_with_one_line_and_exit_code_2(
    cli_store: Path, option: str, value: str, lang: str, expected: str
) -> None:
    sizes = {"--customers": "10", "--months": "0", option: value}
    before = json.loads(
        run("info", "--store", str(cli_store), "--json", password="pw-123456").stdout
    )
    result = run(
        "demo-data",
        "--store",
        str(cli_store),
        *(f"{k}={v}" for k, v in sizes.items()),
        password="pw-123456",
        lang=lang,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert expected in result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr
    after = json.loads(
        run("info", "--store", str(cli_store), "--json", password="pw-123456").stdout
    )
    assert after["counts"] == before["counts"]  # nothing written


@pytest.mark.parametrize("lang, expected", [("en", "not correct"), ("zh_CN", "不正确")])
def test_wrong_password_is_one_line_and_exit_code_2(
    cli_store: Path, lang: str, expected: str
) -> None:
    result = run("info", "--store", str(cli_store), password="wrong-one", lang=lang)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert "ERROR CORE" not in result.stderr  # SQLCipher's own logging stays silent


def test_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    result = run("info", "--store", str(tmp_path), password="x")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a StoreCRM store" in result.stderr


def test_a_damaged_database_file_is_reported_without_traceback(
    cli_store: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "keyring.json").write_bytes((cli_store / "keyring.json").read_bytes())
    (broken / "store.db").write_bytes(os.urandom(64 * 1024))
    result = run("info", "--store", str(broken), password="pw-123456")
    assert result.returncode == 2
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr and "ERROR CORE" not in result.stderr


def test_no_password_source_without_a_terminal(cli_store: Path) -> None:
    result = run("info", "--store", str(cli_store))
    assert result.returncode == 2
    assert "--password-file" in result.stderr


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x")
    result = run(
        "init", "--store", str(tmp_path), "--name", "x", "--owner", "boss", password="pw-123456"
    )
    assert result.returncode == 2
    assert (tmp_path / "keep.txt").exists()


def test_version() -> None:
    from storecrm import __version__

    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout
