"""Exporting customers to .xlsx: the file opened back with openpyxl, masking, atomic writes,
permissions and the audit entry."""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain.birthday import Birthday, Calendar, lunar_day_chinese
from storecrm.domain.customer import CustomerDraft, Gender, Source
from storecrm.domain.errors import PermissionDenied
from storecrm.reports.customer_export import HEADERS, MONEY_FORMAT
from storecrm.services import customer_export as exp
from storecrm.services import customer_import as imp
from storecrm.services import customers as svc
from storecrm.services import info, session
from storecrm.services.customers import CustomerFilter
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD, make_store


def _add(ctx: StoreContext, name: str, phone: str = "", card: str = "", **kw: object) -> int:
    tags = kw.pop("tags", ())
    birthday = kw.pop("birthday", None)
    draft = CustomerDraft(name=name, phone=phone, card_no=card, **kw)  # type: ignore[arg-type]
    return ctx.call(svc.create_customer, draft, birthday=birthday, tags=tags).customer_id


def _money(ctx: StoreContext, customer_id: int, balance_fen: int, spend_fen: int) -> None:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - sales and top-ups come later
        uow.customers.add_ledger_entries(
            [
                {
                    "customer_id": customer_id,
                    "account": "principal",
                    "kind": "opening",
                    "delta": balance_fen,
                    "at": datetime(2024, 1, 1),
                    "user_id": None,
                    "note": "test",
                }
            ]
        )
        uow.customers.update(
            customer_id,
            {
                "total_spend_fen": spend_fen,
                "visit_count": 3,
                "first_visit_at": datetime(2024, 1, 1, 10, 0),
                "last_visit_at": datetime(2024, 3, 8, 15, 30),
            },
        )
        uow.commit()


@pytest.fixture
def shop(owner: StoreContext) -> dict[str, int]:
    zhang = _add(
        owner,
        "张三",
        "13812345678",
        "00880012",  # leading zeros must survive as text
        gender=Gender.MALE,
        birthday=Birthday.solar(date(1990, 10, 31)),
        tags=["老顾客", "VIP"],
        notes='=HYPERLINK("http://evil")',  # must not become a formula
        other_phone="0755-88881234",
    )
    _money(owner, zhang, 123450, 987600)
    wang = _add(
        owner,
        "王芳",
        "13900005678",
        gender=Gender.FEMALE,
        birthday=Birthday(Calendar.LUNAR, 8, 15, 1990),
        source=Source.REFERRAL,
        marketing_consent=True,
    )
    li = _add(owner, "李四", "13700001111", birthday=Birthday(Calendar.SOLAR, 2, 29))
    return {"张三": zhang, "王芳": wang, "李四": li}


def _open(path: Path) -> tuple[list[str], list[dict[str, object]], object]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    header = [str(c.value) for c in rows[0]]
    records = [{h: c for h, c in zip(header, row, strict=True)} for row in rows[1:]]
    return header, records, sheet  # type: ignore[return-value]


def test_the_exported_file_has_the_rows_real_dates_and_money_formats(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "客户.xlsx"
    result = owner.call(exp.export_customers, target, sort="name")
    assert result == exp.ExportResult(rows=3, path=target)
    header, records, sheet = _open(target)
    assert header[:6] == ["姓名", "手机", "其他电话", "卡号", "性别", "生日"]
    assert {"标签", "分类", "最近到店", "到店次数", "累计消费", "储值余额", "积分", "备注"} <= set(
        header
    )
    assert "口味" not in header  # an optional column nobody has is left out
    assert sheet.freeze_panes == "A2"  # type: ignore[attr-defined]
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}4"  # type: ignore[attr-defined]
    assert all(c.font.bold for c in next(sheet.iter_rows(max_row=1)))  # type: ignore[attr-defined]
    assert sheet.column_dimensions["A"].width >= 6  # type: ignore[attr-defined]

    by_name = {r["姓名"].value: r for r in records}  # type: ignore[attr-defined]
    assert [r["姓名"].value for r in records] == sorted(
        by_name, key=lambda n: [r["姓名"].value for r in records].index(n)
    )  # type: ignore[attr-defined]
    zhang = by_name["张三"]
    phone = zhang["手机"]
    assert phone.value == "13812345678" and phone.data_type == "s"  # type: ignore[attr-defined]
    assert phone.number_format == "@"  # type: ignore[attr-defined]
    assert zhang["卡号"].value == "00880012"  # type: ignore[attr-defined]
    birthday = zhang["生日"]
    assert birthday.is_date and birthday.value.date() == date(1990, 10, 31)  # type: ignore[attr-defined]
    assert birthday.number_format == "yyyy-mm-dd"  # type: ignore[attr-defined]
    assert zhang["生日类型"].value == "公历"  # type: ignore[attr-defined]
    balance = zhang["储值余额"]
    assert balance.value == 1234.5 and balance.data_type == "n"  # type: ignore[attr-defined]
    assert balance.number_format == MONEY_FORMAT == "¥#,##0.00"  # type: ignore[attr-defined]
    assert Decimal(str(zhang["累计消费"].value)) == Decimal("9876.00")  # type: ignore[attr-defined]
    assert zhang["最近到店"].is_date  # type: ignore[attr-defined]
    assert zhang["最近到店"].value == datetime(2024, 3, 8, 15, 30)  # type: ignore[attr-defined]
    assert zhang["到店次数"].value == 3  # type: ignore[attr-defined]
    assert set(str(zhang["标签"].value).split("，")) == {"老顾客", "VIP"}  # type: ignore[attr-defined]
    assert zhang["性别"].value == "男"  # type: ignore[attr-defined]
    notes = zhang["备注"]
    assert notes.data_type == "s" and notes.value == '=HYPERLINK("http://evil")'  # type: ignore[attr-defined]

    wang = by_name["王芳"]
    assert wang["生日"].value == "农历1990年八月十五"  # type: ignore[attr-defined]
    assert wang["生日类型"].value == "农历"  # type: ignore[attr-defined]
    assert wang["来源"].value == "转介绍" and wang["同意营销"].value == "是"  # type: ignore[attr-defined]
    assert wang["储值余额"].value == 0  # type: ignore[attr-defined]
    assert by_name["李四"]["生日"].value == "2月29日"  # type: ignore[attr-defined]


def test_rows_follow_the_list_sort(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "x.xlsx"
    owner.call(exp.export_customers, target, sort="balance", descending=True)
    _, records, _ = _open(target)
    assert [r["姓名"].value for r in records][0] == "张三"  # type: ignore[attr-defined]
    rows = owner.call(exp.export_rows, CustomerFilter(), "name", False)
    ids = owner.call(svc.list_customer_ids, CustomerFilter(), "name", False)
    assert [r.customer_id for r in rows] == ids


def test_masked_phones_never_appear_in_full(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "masked.xlsx"
    owner.call(exp.export_customers, target, mask_phones=True)
    _, records, sheet = _open(target)
    phones = {r["姓名"].value: r["手机"].value for r in records}  # type: ignore[attr-defined]
    assert phones == {"张三": "138****5678", "王芳": "139****5678", "李四": "137****1111"}
    others = {r["姓名"].value: r["其他电话"].value for r in records}  # type: ignore[attr-defined]
    assert others["张三"] == "075*****1234"
    every_cell = " ".join(str(c.value) for row in sheet.iter_rows() for c in row)  # type: ignore[attr-defined]
    for full in ("13812345678", "13900005678", "13700001111", "075588881234"):
        assert full not in every_cell


def test_the_filter_is_applied_and_audited_without_personal_data(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    vip = next(t for t in owner.call(svc.list_tags) if t.name == "VIP")
    target = tmp_path / "vip.xlsx"
    result = owner.call(
        exp.export_customers, target, CustomerFilter(tag_id=vip.tag_id, text="张三"), "name"
    )
    assert result.rows == 1
    _, records, _ = _open(target)
    assert [r["姓名"].value for r in records] == ["张三"]  # type: ignore[attr-defined]
    entry = next(e for e in owner.call(info.recent_audit) if e.action == "customer_export")
    detail = json.loads(entry.detail)
    assert detail["rows"] == 1 and detail["masked"] is False
    assert detail["filter"] == {
        "tag_id": vip.tag_id,
        "category": None,
        "include_archived": False,
        "text": True,
    }
    assert "张三" not in entry.detail and "138" not in entry.detail


def test_a_failed_write_leaves_no_file_and_no_audit(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "客户.xlsx"
    target.mkdir()  # a folder where the file should go: the rename at the end fails
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(OSError):
        owner.call(exp.export_customers, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary file left
    assert (target / "keep.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(FileNotFoundError):
        owner.call(exp.export_customers, tmp_path / "no-such-folder" / "x.xlsx")
    assert not any(e.action == "customer_export" for e in owner.call(info.recent_audit))


def _openpyxl_temp_files() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")}


def test_a_failure_while_writing_rows_leaves_nothing_behind(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"the old export")
    temp_before = _openpyxl_temp_files()

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # rows gathered, writing has begun
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        owner.call(exp.export_customers, target, progress=progress)
    assert target.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store", "x.xlsx"]
    assert _openpyxl_temp_files() == temp_before  # no plain-text sheet data left in /tmp


def test_an_existing_file_is_replaced_only_by_a_complete_one(
    owner: StoreContext, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")
    calls: list[tuple[int, int]] = []
    owner.call(exp.export_customers, target, progress=lambda d, t: calls.append((d, t)))
    assert target.read_bytes()[:2] == b"PK"
    assert calls[-1] == (6, 6)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_then_import_into_a_new_store_gives_the_same_customers(
    store_dir: Path, tmp_path: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        _add(owner, "张三", "13812345678", "A-1", birthday=Birthday.solar(date(1990, 10, 31)))
        wang = _add(
            owner, "王芳", "13900005678", birthday=Birthday(Calendar.LUNAR, 4, 8, 2020, True)
        )
        _add(
            owner,
            "腊八",
            "13700001111",
            birthday=Birthday(Calendar.LUNAR, 12, 23),
            tags=["甲", "乙"],
        )
        _money(owner, wang, 5050, 0)
        owner.call(exp.export_customers, tmp_path / "all.xlsx")
        before = owner.call(exp.export_rows)
    finally:
        owner.close()
    other = make_store(tmp_path / "other").context
    try:
        report = other.call(imp.run_import, tmp_path / "all.xlsx")
        assert (report.created, report.problem_rows) == (3, 0)
        after = other.call(exp.export_rows)
    finally:
        other.close()

    def essence(rows: list[exp.ExportRow]) -> list[tuple[object, ...]]:
        return sorted(
            (
                r.name,
                r.phone,
                r.card_no,
                r.birthday,
                r.birthday_solar,
                sorted(r.tags),
                r.balance_fen,
            )
            for r in rows
        )

    assert essence(after) == essence(before)


def test_lunar_days_are_written_as_a_calendar_prints_them() -> None:
    assert [lunar_day_chinese(d) for d in (1, 10, 11, 15, 20, 21, 29, 30)] == [
        "初一",
        "初十",
        "十一",
        "十五",
        "二十",
        "廿一",
        "廿九",
        "三十",
    ]
    assert HEADERS["balance_fen"] == "储值余额"


def test_a_cashier_may_not_export(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            cashier.call(exp.export_customers, target)
        with pytest.raises(PermissionDenied):
            cashier.call(exp.export_rows)
    finally:
        cashier.close()
    assert not target.exists()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        denied = [
            json.loads(e.detail)
            for e in owner.call(info.recent_audit)
            if e.action == "customer_export" and e.outcome == "denied"
        ]
    finally:
        owner.close()
    assert denied == [{"permission": "export_data"}] * 2
