"""Issue 17, finding 2: killing an export leaves no customer's name or phone in plain text
anywhere but the file the user chose (openpyxl used to spill its sheets to
``$TMPDIR/openpyxl.*``: 20 of 20 kills left them there).

The child is a real process that exports (the customer list, the reminder messages, the
business report) and stops on its own progress callback at half-way, reporting on stdout; the
parent kills it with SIGKILL there and scans the child's temporary folder, the export folder
and the program's home for the customers' phones and names.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storecrm.services import customer_export, demo
from tests.conftest import OWNER, OWNER_PASSWORD, make_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 needs POSIX signals")

ROOT = Path(__file__).resolve().parent.parent

EXPORT_CHILD = r"""
import sys
from pathlib import Path
from storecrm.services import customer_export, session
from tests.cli_main import lower_floor

lower_floor()
folder, password, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
ctx = session.sign_in(folder, "boss", password)

def progress(done, total):
    if done > total // 2:  # writing the rows: the sheet is half written
        print("half", flush=True)
        sys.stdin.read()  # wait here to be killed

ctx.call(customer_export.export_customers, target, progress=progress)
print("finished", flush=True)
"""

CUSTOMERS = 1200


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[bytes]]]:
    folder = tmp_path_factory.mktemp("plain") / "store"
    ctx = make_store(folder).context
    try:
        ctx.call(demo.add_demo_customers, CUSTOMERS, 7)
        rows = ctx.call(customer_export.export_rows)
    finally:
        ctx.close()
    secrets = [r.phone.encode() for r in rows if r.phone]
    secrets += [r.name.encode() for r in rows if len(r.name) >= 3]
    yield folder, secrets


def _found(roots: list[Path], secrets: list[bytes], skip: set[Path]) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path in skip:
                continue
            data = path.read_bytes()
            if any(s in data for s in secrets):
                hits.append(str(path.relative_to(root.parent)))
    return hits


def test_a_killed_export_leaves_no_personal_data_in_the_temporary_folder(
    store: tuple[Path, list[bytes]], tmp_path: Path
) -> None:
    folder, secrets = store
    temp = tmp_path / "tmp"
    out = tmp_path / "out"
    home = tmp_path / "home"
    for made in (temp, out, home):
        made.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), STORECRM_HOME=str(home))
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORT_CHILD, str(folder), OWNER_PASSWORD, str(out / "全部.xlsx")],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == b"half\n", child.stderr.read() if child.stderr else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert not (out / "全部.xlsx").exists()
    store_files = {p for p in folder.rglob("*")}  # encrypted: not plain text
    assert _found([temp, out, home], secrets, store_files) == []


def test_no_workbook_writer_spills_a_sheet_to_a_temporary_file(
    store: tuple[Path, list[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every workbook the program writes (customers, reminder messages, the report) keeps its
    sheets in memory: a temporary file asked for is a failure."""
    from datetime import date

    import openpyxl.worksheet._writer as sheet_writer

    from storecrm.reports.reminder_export import write_messages
    from storecrm.services import reports, session
    from storecrm.services.reminders import MessageRow

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a sheet was spilled to a temporary file")

    monkeypatch.setattr(sheet_writer, "NamedTemporaryFile", refuse)
    folder, _secrets = store
    ctx = session.sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        ctx.call(customer_export.export_customers, tmp_path / "c.xlsx")
        report = ctx.call(
            reports.build_report, reports.ReportRequest(date(2026, 1, 1), date(2026, 1, 31))
        )
        ctx.call(reports.export_report, report, tmp_path / "r.xlsx", "xlsx")
    finally:
        ctx.close()
    rows = [MessageRow(1, "张三", "13812345678", "birthday", date(2026, 1, 2), "生日快乐")]
    write_messages(tmp_path / "m.xlsx", rows, ["姓名", "手机", "提醒", "日期", "短信"], {})
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["c.xlsx", "m.xlsx", "r.xlsx"]
