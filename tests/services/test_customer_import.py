"""Importing customers into a real encrypted store: preview, all-or-nothing runs, duplicates,
opening balances through the ledger, permissions."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from storecrm.data.schema import customer_events, ledger_entries
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CustomerDraft, Gender
from storecrm.domain.customer_import import RowProblem
from storecrm.domain.errors import PermissionDenied, UnreadableFile, ValidationError
from storecrm.services import customer_import as imp
from storecrm.services import customers as svc
from storecrm.services import info, session
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD

HEADER = [
    "会员卡号",
    "姓名",
    "手机号码",
    "性别",
    "生日",
    "余额(元)",
    "积分",
    "标签",
    "备注",
    "微信",
]


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


GOOD_AND_BAD = [
    # row 2: a date cell, a phone stored as a number, money and points
    [
        "8801",
        "张三",
        13812345678,
        "男",
        date(1990, 10, 31),
        "¥1,234.50",
        200,
        "老顾客，VIP",
        "",
        "zs",
    ],
    # row 3: an Excel serial number for the birthday, a text phone
    ["8802", "李四", "13912345678", "女", 33177, 88, None, "VIP", "喜欢安静", ""],
    # row 4: a lunar birthday and no money
    [None, "王芳", "13700001111", "女", "农历八月十五", None, None, None, None, None],
    # row 5: no name, a short phone, an impossible date
    ["8804", None, "1381234", "男", "2月30日", None, None, None, None, None],
    # row 6: the phone of row 2 again, bad money
    ["8805", "张三丰", "138-1234-5678", "男", None, "12.345", None, None, None, None],
]


def counts(ctx: StoreContext) -> dict[str, int]:
    found = ctx.call(info.store_info).counts
    return {k: found[k] for k in ("customers", "ledger_entries", "customer_events", "tags")}


def _audit(ctx: StoreContext, action: str) -> list[tuple[str, dict[str, object]]]:
    return [
        (e.outcome, json.loads(e.detail)) for e in ctx.call(info.recent_audit) if e.action == action
    ]


def _ledger_sum(ctx: StoreContext, customer_id: int, account: str) -> tuple[int, list[str]]:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - check the ledger itself
        rows = uow.connection.execute(
            select(ledger_entries.c.delta, ledger_entries.c.kind).where(
                ledger_entries.c.customer_id == customer_id, ledger_entries.c.account == account
            )
        ).all()
    return sum(int(r[0]) for r in rows), [str(r[1]) for r in rows]


def _find(ctx: StoreContext, phone: str) -> int:
    hits = ctx.call(svc.search_customers, phone)
    assert len(hits) == 1, hits
    return hits[0].customer_id


# -- preview ------------------------------------------------------------------------------------
def test_preview_guesses_columns_and_counts_without_changing_anything(
    owner: StoreContext, tmp_path: Path
) -> None:
    existing = owner.call(
        svc.create_customer, CustomerDraft(name="李四老", phone="13912345678")
    ).customer_id
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    before = counts(owner)
    preview = owner.call(imp.preview_import, path)
    assert counts(owner) == before
    assert preview.header_row == 1
    assert preview.mapping == {
        0: "card_no",
        1: "name",
        2: "phone",
        3: "gender",
        4: "birthday",
        5: "balance",
        6: "points",
        7: "tags",
        8: "notes",
    }
    assert [(c.index, c.header) for c in preview.unmapped] == [(9, "微信")]
    assert (preview.rows_read, preview.ok_rows, preview.new_rows, preview.problem_rows) == (
        5,
        3,
        2,
        2,
    )
    assert preview.duplicate_rows == 1
    assert preview.duplicates[0] == imp.StoreDuplicate(3, existing, "李四老", "phone")
    assert [r.status for r in preview.rows] == ["new", "duplicate", "new", "problem", "problem"]
    first = preview.rows[0]
    assert first.texts[:5] == ("8801", "张三", "13812345678", "男", "1990-10-31")
    assert first.customer is not None and first.customer.opening_balance_fen == 123450
    assert {(p.row_number, p.field, p.code) for p in preview.problems} == {
        (5, "name", "required"),
        (5, "phone", "invalid_phone"),
        (5, "birthday", "impossible_date"),
        (6, "phone", "duplicate_in_file"),
        (6, "balance", "too_many_decimals"),
    }


def test_preview_shows_only_the_first_rows_but_counts_them_all(
    owner: StoreContext, tmp_path: Path
) -> None:
    rows = [[None, f"客户{i}", f"139{i:08d}"] for i in range(45)]
    path = write_xlsx(tmp_path / "many.xlsx", rows, header=["卡号", "姓名", "手机"])
    preview = owner.call(imp.preview_import, path)
    assert len(preview.rows) == imp.PREVIEW_ROWS
    assert preview.rows[-1].row_number == imp.PREVIEW_ROWS + 1
    assert preview.rows_read == preview.new_rows == 45


def test_a_given_mapping_replaces_the_guess(owner: StoreContext, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx", [["张三", "13812345678", "VIP"]], header=["客户", "联系", "级别"]
    )
    guessed = owner.call(imp.preview_import, path)
    assert guessed.mapping == {0: "name"}
    preview = owner.call(imp.preview_import, path, {0: "name", 1: "phone", 2: "tags"})
    assert preview.unmapped == ()
    customer = preview.rows[0].customer
    assert customer is not None and customer.valid.phone == "13812345678"
    assert customer.tags == ("VIP",)
    with pytest.raises(ValidationError) as info_:
        owner.call(imp.preview_import, path, {0: "name", 7: "phone"})
    assert info_.value.code == "unknown_column"


# -- run ----------------------------------------------------------------------------------------
def test_import_creates_good_rows_and_reports_each_bad_row(
    owner: StoreContext, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    before = counts(owner)
    report = owner.call(imp.run_import, path, None, "skip")
    assert (report.rows_read, report.created, report.updated, report.skipped) == (5, 3, 0, 0)
    assert report.problem_rows == 2 and report.saved and not report.dry_run
    assert {(p.row_number, p.field, p.code) for p in report.problems} == {
        (5, "name", "required"),
        (5, "phone", "invalid_phone"),
        (5, "birthday", "impossible_date"),
        (6, "phone", "duplicate_in_file"),
        (6, "balance", "too_many_decimals"),
    }
    duplicate = next(p for p in report.problems if p.code == "duplicate_in_file")
    assert duplicate.other_row == 2
    after = counts(owner)
    assert after["customers"] == before["customers"] + 3
    assert after["tags"] == before["tags"] + 2  # 老顾客, VIP
    assert report.tags_created == 2

    zhang = owner.call(svc.get_customer, _find(owner, "13812345678"))
    assert (zhang.name, zhang.card_no, zhang.gender) == ("张三", "8801", Gender.MALE.value)
    assert zhang.birthday_solar == date(1990, 10, 31)
    assert sorted(t.name for t in zhang.tags) == ["VIP", "老顾客"]
    assert (zhang.balance_fen, zhang.points) == (123450, 200)
    money, kinds = _ledger_sum(owner, zhang.customer_id, "principal")
    assert money == zhang.balance_fen and kinds == ["opening"]
    points, kinds = _ledger_sum(owner, zhang.customer_id, "points")
    assert points == zhang.points and kinds == ["opening"]
    assert [(e.kind, e.text) for e in owner.call(svc.timeline, zhang.customer_id)] == [
        ("created", "import")
    ]

    li = owner.call(svc.get_customer, _find(owner, "13912345678"))
    assert li.birthday_solar == date(1990, 10, 31)  # from the serial number
    assert li.balance_fen == 8800 and li.notes == "喜欢安静"
    wang = owner.call(svc.get_customer, _find(owner, "13700001111"))
    assert wang.birthday is not None and wang.birthday.calendar == Calendar.LUNAR.value
    assert (wang.birthday.month, wang.birthday.day, wang.birthday.year) == (8, 15, None)
    assert wang.balance_fen == 0 and _ledger_sum(owner, wang.customer_id, "principal")[0] == 0

    audit = _audit(owner, "customer_import")
    assert audit[0][0] == "ok"
    assert audit[0][1] == {
        "rows": 5,
        "created": 3,
        "updated": 0,
        "skipped": 0,
        "problem_rows": 2,
        "on_duplicate": "skip",
        "file_type": ".xlsx",
    }
    assert "张三" not in json.dumps(audit, ensure_ascii=False)


def test_importing_the_same_file_again_skips_every_row(owner: StoreContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    owner.call(imp.run_import, path)
    before = counts(owner)
    report = owner.call(imp.run_import, path)
    assert (report.created, report.updated, report.skipped) == (0, 0, 3)
    assert counts(owner) == before


def test_dry_run_reports_the_same_counts_and_leaves_the_store_unchanged(
    owner: StoreContext, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    before = counts(owner)
    dry = owner.call(imp.run_import, path, None, "skip", True)
    assert dry.dry_run and not dry.saved
    assert (dry.created, dry.problem_rows, dry.tags_created) == (3, 2, 2)
    assert dry.opening_balance_fen == 123450 + 8800
    assert counts(owner) == before
    assert owner.call(svc.search_customers, "13812345678") == []
    real = owner.call(imp.run_import, path)
    assert (real.created, real.problem_rows, real.opening_balance_fen) == (
        dry.created,
        dry.problem_rows,
        dry.opening_balance_fen,
    )


def _big_file(tmp_path: Path, rows: int) -> Path:
    data = [
        [f"C{i:05d}", f"客户{i}", f"139{i:08d}", "女", None, "10.00", 5, "批量", "", ""]
        for i in range(rows)
    ]
    return write_xlsx(tmp_path / "big.xlsx", data)


def test_progress_comes_at_least_every_500_rows_and_cancel_rolls_everything_back(
    owner: StoreContext, tmp_path: Path
) -> None:
    path = _big_file(tmp_path, 1300)
    calls: list[tuple[int, int]] = []
    owner.call(imp.run_import, path, None, "skip", True, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 2600) and calls[-1] == (2600, 2600)
    steps = [b[0] - a[0] for a, b in zip(calls, calls[1:], strict=False)]
    assert max(steps) <= 500 and all(s >= 0 for s in steps)

    before = counts(owner)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    report = owner.call(
        imp.run_import,
        path,
        progress=progress,
        cancel=lambda: bool(seen) and seen[-1] > 1300 + 500,  # after two chunks were written
    )
    assert report.cancelled and not report.saved and report.created == 0
    assert max(seen) > 1300 + 500  # it did write before the cancel
    assert counts(owner) == before
    assert _audit(owner, "customer_import")[0][0] == "cancelled"


def test_an_error_half_way_leaves_the_store_unchanged(owner: StoreContext, tmp_path: Path) -> None:
    path = _big_file(tmp_path, 1300)
    before = counts(owner)

    def progress(done: int, total: int) -> None:
        if done > 1300 + 500:  # two chunks of customers, tags, events and ledger are written
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        owner.call(imp.run_import, path, progress=progress)
    assert counts(owner) == before
    assert owner.call(svc.search_customers, "13900000001") == []


def test_duplicates_are_updated_with_what_the_file_fills_in(
    owner: StoreContext, tmp_path: Path
) -> None:
    existing = owner.call(
        svc.create_customer,
        CustomerDraft(name="李四", phone="13912345678", gender=Gender.FEMALE, notes="老客户"),
        birthday=Birthday.solar(date(1985, 1, 2)),
        tags=["熟客"],
    ).customer_id
    other = owner.call(svc.create_customer, CustomerDraft(name="周五", card_no="9999")).customer_id
    rows = [
        # matched by phone: new name and card, empty gender/notes/birthday keep what is stored
        ["8802", "李四娘", "13912345678", None, None, "500", 20, "VIP", None, None],
        # matched by card
        ["9999", "周五", "13600000000", "男", "1999-09-09", None, None, None, "换了手机", None],
        # a new customer
        [None, "新客", "13500000000", None, None, "10", None, None, None, None],
    ]
    path = write_xlsx(tmp_path / "dups.xlsx", rows)

    skipped = owner.call(imp.run_import, path, None, "skip", True)
    assert (skipped.created, skipped.updated, skipped.skipped) == (1, 0, 2)
    assert skipped.warnings == ()

    report = owner.call(imp.run_import, path, None, "update")
    assert (report.created, report.updated, report.skipped) == (1, 2, 0)
    li = owner.call(svc.get_customer, existing)
    assert (li.name, li.card_no, li.gender, li.notes) == ("李四娘", "8802", "female", "老客户")
    assert li.birthday_solar == date(1985, 1, 2)
    assert sorted(t.name for t in li.tags) == ["VIP", "熟客"]
    # An import never changes the balance of a customer who already exists.
    assert (li.balance_fen, li.points) == (0, 0)
    assert _ledger_sum(owner, existing, "principal") == (0, [])
    assert {(w.row_number, w.field, w.code) for w in report.warnings} == {
        (2, "balance", "balance_not_changed"),
        (2, "points", "balance_not_changed"),
    }
    timeline = owner.call(svc.timeline, existing)
    assert timeline[0].kind == "updated"
    assert set(timeline[0].text.split(",")) == {"name", "card_no", "tags"}

    zhou = owner.call(svc.get_customer, other)
    assert (zhou.phone, zhou.gender, zhou.notes) == ("13600000000", "male", "换了手机")
    assert zhou.birthday_solar == date(1999, 9, 9)
    new = owner.call(svc.get_customer, _find(owner, "13500000000"))
    assert new.balance_fen == 1000 and _ledger_sum(owner, new.customer_id, "principal")[0] == 1000


def test_a_row_matching_two_stored_customers_or_one_twice_is_a_problem(
    owner: StoreContext, tmp_path: Path
) -> None:
    owner.call(svc.create_customer, CustomerDraft(name="甲", phone="13800000001"))
    owner.call(svc.create_customer, CustomerDraft(name="乙", card_no="B2"))
    rows = [
        [None, "甲", "13800000001", None, None, None, None, None, None, None],
        ["B2", "乙", "13800000009", None, None, None, None, None, None, None],
        ["B2X", "甲", "13800000001", None, None, None, None, None, None, None],
        ["B2", "丙", "13800000001", None, None, None, None, None, None, None],
    ]
    path = write_xlsx(tmp_path / "x.xlsx", rows)
    report = owner.call(imp.run_import, path, None, "update")
    assert {(p.row_number, p.field, p.code, p.other_row) for p in report.problems} == {
        (4, "phone", "duplicate_in_file", 2),  # the same phone as row 2
        (5, "phone", "duplicate_in_file", 2),
        (5, "card_no", "duplicate_in_file", 3),
    }
    rows = [["B2", "丙", "13800000001", None, None, None, None, None, None, None]]
    report = owner.call(imp.run_import, write_xlsx(tmp_path / "y.xlsx", rows), None, "update")
    assert [(p.row_number, p.code) for p in report.problems] == [(2, "matches_two_customers")]
    assert report.updated == 0


def test_two_rows_that_point_at_the_same_stored_customer(
    owner: StoreContext, tmp_path: Path
) -> None:
    owner.call(svc.create_customer, CustomerDraft(name="甲", phone="13800000001", card_no="A1"))
    rows = [
        [None, "甲", "13800000001", None, None, None, None, None, None, None],
        ["A1", "甲二", "13800000002", None, None, None, None, None, None, None],
    ]
    report = owner.call(imp.run_import, write_xlsx(tmp_path / "x.xlsx", rows), None, "update")
    assert report.problems == (RowProblem(3, "card_no", "duplicate_in_file", "A1", other_row=2),)
    assert report.updated == 1


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_csv_files_from_chinese_excel(owner: StoreContext, tmp_path: Path, encoding: str) -> None:
    text = (
        "姓名,手机,性别,生日,余额,来源,同意营销\r\n"
        '陈美玲,13600008888,女,1990/10/31,"1,000.00",大众点评,是\r\n'
        "郑爽,136 0000 9999,女士,10月31日,,转介绍,否\r\n"
        ",13600007777,女,,,,\r\n"
    )
    path = tmp_path / "导出.csv"
    path.write_bytes(text.encode(encoding))
    report = owner.call(imp.run_import, path)
    assert (report.created, report.problem_rows) == (2, 1)
    assert [(p.row_number, p.field, p.code) for p in report.problems] == [(4, "name", "required")]
    chen = owner.call(svc.get_customer, _find(owner, "13600008888"))
    assert (chen.name, chen.source, chen.marketing_consent) == ("陈美玲", "online", True)
    assert chen.balance_fen == 100000 and chen.marketing_consent_at is not None
    zheng = owner.call(svc.get_customer, _find(owner, "13600009999"))
    assert zheng.source == "referral" and zheng.birthday is not None
    assert (zheng.birthday.month, zheng.birthday.day, zheng.birthday.year) == (10, 31, None)


def test_a_file_without_a_name_column_or_unreadable_is_refused(
    owner: StoreContext, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["13812345678"]], header=["手机", "备注"])
    before = counts(owner)
    with pytest.raises(ValidationError) as info_:
        owner.call(imp.run_import, path)
    assert (info_.value.field, info_.value.code) == ("mapping", "no_name_column")
    bad = tmp_path / "x.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnreadableFile):
        owner.call(imp.run_import, bad)
    assert counts(owner) == before


def test_a_cashier_may_not_import(store_dir: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "会员.xlsx", GOOD_AND_BAD)
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        before = counts(cashier)
        with pytest.raises(PermissionDenied):
            cashier.call(imp.run_import, path)
        with pytest.raises(PermissionDenied):
            cashier.call(imp.preview_import, path)
        assert counts(cashier) == before
    finally:
        cashier.close()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        denied = _audit(owner, "customer_import")
    finally:
        owner.close()
    assert [o for o, _ in denied] == ["denied", "denied"]
    assert denied[0][1] == {"permission": "import_data"}


def test_created_timestamps_are_the_import_time(owner: StoreContext, tmp_path: Path) -> None:
    started = datetime.now().replace(microsecond=0)
    owner.call(imp.run_import, write_xlsx(tmp_path / "x.xlsx", GOOD_AND_BAD[:1]))
    zhang = owner.call(svc.get_customer, _find(owner, "13812345678"))
    assert zhang.created_at >= started and zhang.created_by == "王店长"
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        events = uow.connection.execute(
            select(func.count())
            .select_from(customer_events)
            .where(customer_events.c.customer_id == zhang.customer_id)
        ).scalar_one()
    assert events == 1


def test_an_archived_customer_is_not_changed_by_an_import(
    owner: StoreContext, tmp_path: Path
) -> None:
    hidden = owner.call(
        svc.create_customer, CustomerDraft(name="旧客户", phone="13600001111", card_no="8899")
    )
    owner.call(svc.archive_customer, hidden.customer_id)
    path = write_xlsx(
        tmp_path / "a.xlsx", [["", "改名", "13600001111", "", "", "", "", "", "", ""]]
    )
    report = owner.call(imp.run_import, path, None, "update")
    assert report.updated == 0 and report.created == 0 and report.problem_rows == 1
    assert [(p.row_number, p.code) for p in report.problems] == [(2, "archived_customer")]
    detail = owner.call(svc.get_customer, hidden.customer_id)
    assert detail.name == "旧客户" and detail.archived_at is not None


def test_a_workbook_openpyxl_cannot_model_is_reported_not_crashed(
    owner: StoreContext, tmp_path: Path
) -> None:
    from storecrm.data.tabular import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "手机"])
    sheet.append(["王一", "13700002222"])
    chart = book.create_chartsheet("图表")
    book.active = book.sheetnames.index(chart.title)
    path = tmp_path / "chart.xlsx"
    book.save(path)
    with pytest.raises(UnreadableFile) as info_:
        read_table(path)
    assert info_.value.reason == "damaged"
