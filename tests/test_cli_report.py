"""`storecrm report`, run as a real process on the store of ``tests/services/test_reports.py``
(May 2025: revenue ¥1,136.04 in 5 visits)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain import clock
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER_PASSWORD
from tests.services.test_reports import Clock, _build
from tests.test_cli import run


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STORECRM_HOME", str(tmp_path_factory.mktemp("home")))
        now = Clock(datetime(2025, 4, 1, 9, 0, 0))
        mp.setattr(clock, "now", now)
        yield _build(tmp_path_factory.mktemp("store") / "store", now).folder


def report(
    folder: Path, *args: str, password: str = OWNER_PASSWORD
) -> subprocess.CompletedProcess[str]:
    return run("report", "--store", str(folder), *args, password=password)


def test_a_summary_when_no_file_is_asked_for(folder: Path) -> None:
    result = report(folder, "--from", "2025-05-01", "--to", "2025-05-31")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "测试门店 · Business report · 2025-05-01 to 2025-05-31"
    assert "  Revenue: ¥1,136.04" in lines
    assert "  Visits: 5" in lines
    assert "  Average ticket: ¥227.21" in lines
    assert "  Money received: ¥2,022.63" in lines
    assert "  Stored value owed: ¥1,036.59" in lines
    assert lines[-1].startswith("Report made in ")


def test_pdf_and_excel(folder: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "五月.pdf", tmp_path / "五月.xlsx"
    result = report(
        folder, "--from", "2025-05-01", "--to", "2025-05-31", "--pdf", str(pdf), "--xlsx", str(xlsx)
    )
    assert result.returncode == 0, result.stderr
    assert f"Written: {pdf}" in result.stdout and f"Written: {xlsx}" in result.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "测试门店" in text and "¥1,136.04" in text and "李四" in text
    book = openpyxl.load_workbook(xlsx)
    assert book["By day"]["A4"].value == datetime(2025, 5, 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2025-5-1", "--to", "2025-05-31"), "--from must be a date such as 2025-11-30."),
        (("--from", "2025-05-31", "--to", "2025-05-01"), "--to must not be before --from."),
        (
            ("--from", "2025-05-01", "--to", "2025-05-31", "--pdf", "r.txt"),
            "--pdf must name a .pdf file.",
        ),
    ],
)
def test_mistakes_are_one_line(folder: Path, args: tuple[str, ...], message: str) -> None:
    result = report(folder, *args)
    assert result.returncode == 2
    assert result.stderr.strip() == f"storecrm: {message}"


def test_a_cashier_is_refused(folder: Path, tmp_path: Path) -> None:
    result = report(
        folder, "--from", "2025-05-01", "--to", "2025-05-31", "--user", CASHIER,
        "--xlsx", str(tmp_path / "r.xlsx"), password=CASHIER_PASSWORD,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("storecrm: ") and "Traceback" not in result.stderr
    assert not (tmp_path / "r.xlsx").exists()
