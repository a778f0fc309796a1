"""`storecrm import customers` and `storecrm export customers`, run as real processes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain.roles import Role
from storecrm.services import customer_export, customer_import, info, session, users
from tests.conftest import make_store
from tests.test_cli import run

PASSWORD = "pw-123456"


@pytest.fixture
def cli_store(tmp_path: Path) -> Path:
    """A store made in-process with cheap scrypt parameters (they live in the key slot, so the
    commands' sign-ins are quick too); `storecrm init` itself is tested in test_cli.py."""
    folder = tmp_path / "store"
    make_store(folder, owner_username="boss", owner_password=PASSWORD).context.sign_out()
    return folder


def _counts(store: Path) -> dict[str, int]:
    ctx = session.sign_in(store, "boss", PASSWORD, read_only=True)
    try:
        return ctx.call(info.store_info).counts
    finally:
        ctx.close()


def _members(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "手机号", "生日", "余额", "微信"])
    sheet.append(["张三", 13812345678, date(1990, 10, 31), "100.00", "微信zs"])
    sheet.append(["李四", "13912345678", "八月十五", None, None])
    sheet.append([None, "13700001111", None, None, None])  # row 4: no name
    sheet.append(["王五", "12345", "2月30日", None, None])  # row 5: bad phone, impossible date
    workbook.save(path)
    return path


def test_import_reports_each_bad_row_and_a_summary(cli_store: Path, tmp_path: Path) -> None:
    path = _members(tmp_path / "会员.xlsx")
    result = run("import", "customers", str(path), "--store", str(cli_store), password=PASSWORD)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Row 4 · Name: This cell must not be empty." in lines
    assert any(
        line.startswith("Row 5 · Phone: Not a valid phone number") and line.endswith("[12345]")
        for line in lines
    )
    assert "Row 5 · Birthday: This date does not exist. [2月30日]" in lines
    assert (
        "4 rows read: 2 created, 0 updated, 0 duplicates skipped, 2 with problems (not imported)."
        in lines
    )
    assert _counts(cli_store)["customers"] == 2
    assert _counts(cli_store)["ledger_entries"] == 1  # 张三's opening balance

    again = run(
        "import",
        "customers",
        str(path),
        "--store",
        str(cli_store),
        "--on-duplicate",
        "update",
        password=PASSWORD,
    )
    assert again.returncode == 0, again.stderr
    assert "0 created, 2 updated" in again.stdout
    assert "Row 2 · warning · Stored-value balance:" in again.stdout
    assert _counts(cli_store)["ledger_entries"] == 1


def test_dry_run_saves_nothing(cli_store: Path, tmp_path: Path) -> None:
    path = _members(tmp_path / "会员.xlsx")
    before = _counts(cli_store)
    result = run(
        "import", "customers", str(path), "--store", str(cli_store), "--dry-run", password=PASSWORD
    )
    assert result.returncode == 0, result.stderr
    assert "2 created" in result.stdout and "Dry run: nothing was saved." in result.stdout
    after = _counts(cli_store)
    for table in ("customers", "ledger_entries", "customer_events", "tags"):
        assert after[table] == before[table]


def test_mapping_corrects_the_guess(cli_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("客户,联系,说明\r\n张三,13812345678,老客\r\n".encode("gbk"))
    result = run(
        "import",
        "customers",
        str(path),
        "--store",
        str(cli_store),
        "--mapping",
        '{"联系": "phone", "C": null}',
        password=PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout
    ctx = session.sign_in(cli_store, "boss", PASSWORD, read_only=True)
    try:
        (row,) = ctx.call(customer_export.export_rows)
    finally:
        ctx.close()
    assert (row.name, row.phone, row.notes) == ("张三", "13812345678", "")  # 说明 was ignored


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--mapping", "not json"], "--mapping must be a JSON object"),
        (["--mapping", '{"QQ号": "phone"}'], "The file has no column QQ号"),
    ],
)
def test_bad_mappings_are_one_line_and_exit_2(
    cli_store: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    path = _members(tmp_path / "会员.xlsx")
    result = run(
        "import", "customers", str(path), "--store", str(cli_store), *args, password=PASSWORD
    )
    assert result.returncode == 2
    assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel file (.xls)"),
    ],
)
def test_unreadable_files_are_one_line_and_exit_2(
    cli_store: Path, tmp_path: Path, name: str, content: bytes | None, expected: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("import", "customers", str(path), "--store", str(cli_store), password=PASSWORD)
    assert result.returncode == 2
    assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_export_writes_an_xlsx_and_masks_phones_when_asked(cli_store: Path, tmp_path: Path) -> None:
    ctx = session.sign_in(cli_store, "boss", PASSWORD)
    try:
        ctx.call(customer_import.run_import, _members(tmp_path / "m.xlsx"))
    finally:
        ctx.sign_out()
    out = tmp_path / "客户.xlsx"
    result = run(
        "export",
        "customers",
        "--store",
        str(cli_store),
        "--out",
        str(out),
        "--mask-phones",
        password=PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 2 customers to {out}"
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    phones = sorted(str(r[1]) for r in sheet.iter_rows(min_row=2, values_only=True))
    assert phones == ["138****5678", "139****5678"]

    wrong = run(
        "export",
        "customers",
        "--store",
        str(cli_store),
        "--out",
        str(tmp_path / "x.csv"),
        password=PASSWORD,
    )
    assert wrong.returncode == 2 and "--out must name an .xlsx file." in wrong.stderr


def test_a_cashier_is_refused_import_and_export(cli_store: Path, tmp_path: Path) -> None:
    owner = session.sign_in(cli_store, "boss", PASSWORD)
    try:
        owner.call(
            users.add_user,
            username="xiaoli",
            display_name="小李",
            role=Role.CASHIER,
            password="cashier-pass-1",
        )
    finally:
        owner.sign_out()
    path = _members(tmp_path / "会员.xlsx")
    refused = run(
        "import",
        "customers",
        str(path),
        "--store",
        str(cli_store),
        "--user",
        "xiaoli",
        password="cashier-pass-1",
    )
    assert refused.returncode == 2
    assert "Your role does not allow you to import data" in refused.stderr
    out = tmp_path / "x.xlsx"
    refused = run(
        "export",
        "customers",
        "--store",
        str(cli_store),
        "--out",
        str(out),
        "--user",
        "xiaoli",
        password="cashier-pass-1",
    )
    assert refused.returncode == 2
    assert "Your role does not allow you to export data" in refused.stderr
    assert not out.exists()
    assert _counts(cli_store)["customers"] == 0
