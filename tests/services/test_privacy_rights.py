"""PIPL rights on a real store: a person's full copy (PDF + xlsx), consent withdrawal with its
history, erasure (nothing left to find; the books still add up) and the dormant customers
proposed for erasure."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.privacy import ConsentChannel
from storecrm.domain.reminders import Channel, ReminderAction, ServiceType
from storecrm.services import (
    audit_check,
    catalogue,
    customer_export,
    customers,
    info,
    membership,
    person_export,
    privacy,
    reminders,
    reports,
    sales,
    session,
)
from storecrm.services.customers import CustomerFilter
from storecrm.services.dto import ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.reminders import ServiceRecordDraft
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD

NAME, PHONE, CARD = "欧阳娜娜", "13812345678", "VIP-0099"


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 3, 2, 10, 0)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(clock, "now", fake)
    privacy.forget_recent_reads()
    return fake


def a_life(ctx: StoreContext, now: Clock) -> int:
    """A customer with something in every table that can hold personal data."""
    detail = ctx.call(
        customers.create_customer,
        CustomerDraft(
            name=NAME,
            phone=PHONE,
            other_phone="02088886666",
            card_no=CARD,
            address="广州市天河路1号",
            notes="对芒果过敏，周末来",
            marketing_consent=True,
        ),
        birthday=Birthday(Calendar.SOLAR, 3, 5, 1991),
        tags=["孕期"],
    )
    cid = detail.customer_id
    item = ctx.call(
        catalogue.save_item, ItemDraft(name="剪发", price_fen=8800, kind="service")
    ).item_id
    ctx.call(
        sales.record_sale,
        SaleDraft(
            cid,
            (LineDraft("item", 1, item_id=item),),
            (PaymentDraft("cash", 8800),),
            note="欧阳女士要求下次约周六",
        ),
    )
    ctx.call(membership.top_up, cid, 50_000, "wechat", note="欧阳的生日礼")
    ctx.call(customers.add_note, cid, "她女儿小美也来过")
    ctx.call(
        reminders.act,
        customer_id=cid,
        kind="birthday",
        ref="2026-03-05",
        action=ReminderAction.CONTACTED,
        channel=Channel.PHONE,
        note="欧阳说谢谢",
    )
    ctx.call(reminders.add_followup, cid, "回访欧阳", date(2026, 3, 9), note="问染发效果")
    ctx.call(
        reminders.add_service_record,
        ServiceRecordDraft(cid, ServiceType.COMPLAINT, "欧阳投诉等太久", detail="等了40分钟"),
    )
    return cid


def test_a_person_gets_everything_the_store_holds_as_pdf_and_xlsx(
    owner: StoreContext, now: Clock, tmp_path: Path
) -> None:
    cid = a_life(owner, now)
    now.at = datetime(2026, 3, 10, 9, 0)
    owner.call(privacy.withdraw_consent, cid, on=date(2026, 3, 9), channel=ConsentChannel.WECHAT)
    result = owner.call(
        person_export.export_person, cid, tmp_path / "欧阳.pdf", tmp_path / "欧阳.xlsx"
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        NAME,
        PHONE,  # the person's own copy: whole numbers
        "02088886666",
        CARD,
        "广州市天河路1号",
        "对芒果过敏",
        "1991-03-05",
        "孕期",
        "剪发",
        "¥88.00",
        "¥500.00",
        "欧阳女士要求下次约周六",
        "她女儿小美也来过",
        "欧阳说谢谢",
        "回访欧阳",
        "欧阳投诉等太久",
        "撤回",
        "微信",
    ):
        assert expected in text, expected
    book = openpyxl.load_workbook(result.xlsx)
    assert book.sheetnames[0] == "基本资料"
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert {NAME, PHONE, CARD, "剪发", "回访欧阳", "欧阳投诉等太久"} <= cells
    consent = [[c.value for c in row] for row in book["营销信息同意记录"].iter_rows(min_row=2)]
    assert [(r[1], r[2]) for r in consent] == [("同意", "资料登记"), ("撤回", "本人撤回")]
    exports = [e for e in owner.call(info.recent_audit) if e.action == "person_export"]
    assert [(e.target, NAME in e.detail) for e in exports] == [(f"customer:{cid}", False)]


def test_a_cashier_may_not_export_a_person_or_erase(
    store_dir: Path, owner: StoreContext, now: Clock, tmp_path: Path
) -> None:
    cid = a_life(owner, now)
    owner.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            ctx.call(person_export.export_person, cid, tmp_path / "a.pdf", tmp_path / "a.xlsx")
        with pytest.raises(PermissionDenied):
            ctx.call(privacy.erase_customer, cid)
        assert not list(tmp_path.glob("a.*"))
    finally:
        ctx.close()


def test_withdrawing_consent_keeps_the_history_and_says_who_and_when(
    owner: StoreContext, now: Clock
) -> None:
    cid = a_life(owner, now)
    with pytest.raises(ValidationError):  # not in the future
        owner.call(privacy.withdraw_consent, cid, on=date(2026, 3, 3))
    now.at = datetime(2026, 3, 20, 15, 0)
    owner.call(privacy.withdraw_consent, cid, on=date(2026, 3, 18), channel=ConsentChannel.PHONE)
    with pytest.raises(ValidationError):  # nothing left to withdraw
        owner.call(privacy.withdraw_consent, cid)
    # Given again on the form a week later: a third line, nothing overwritten.
    now.at = datetime(2026, 3, 27, 11, 0)
    detail = owner.call(customers.get_customer, cid)
    owner.call(
        customers.update_customer,
        cid,
        CustomerDraft(name=detail.name, phone=PHONE, marketing_consent=True),
        tags=["孕期"],
    )
    history = owner.call(privacy.consent_history, cid)
    assert [
        (e.given, e.source, e.channel, e.at, e.recorded_at, e.recorded_by) for e in history
    ] == [
        (True, "form", None, datetime(2026, 3, 2, 10), datetime(2026, 3, 2, 10), "王店长"),
        (False, "withdrawal", "phone", datetime(2026, 3, 18), datetime(2026, 3, 20, 15), "王店长"),
        (True, "form", None, datetime(2026, 3, 27, 11), datetime(2026, 3, 27, 11), "王店长"),
    ]
    with owner._store.engine.connect() as conn:  # noqa: SLF001 - the triggers themselves
        import sqlalchemy

        with pytest.raises(sqlalchemy.exc.DatabaseError):
            conn.execute(sqlalchemy.text("UPDATE consent_events SET given = 0"))


def test_an_erased_person_is_found_nowhere_and_the_books_still_add_up(
    owner: StoreContext, now: Clock, tmp_path: Path
) -> None:
    cid = a_life(owner, now)
    other = owner.call(
        customers.create_customer, CustomerDraft(name="欧阳修", phone="13900000001")
    ).customer_id
    with pytest.raises(ValidationError) as refused:  # ¥500 of stored value is still owed
        owner.call(privacy.erase_customer, cid)
    assert refused.value.code == "has_balance"
    owner.call(membership.withdraw, cid, 50_000, "cash", "离开本市")
    now.at = datetime(2026, 3, 3, 10, 0)
    points_before = owner.call(customers.get_customer, cid).points
    owner.call(privacy.erase_customer, cid)

    gone = f"已删除客户 #{cid}"
    for query in (NAME, "欧阳娜", "ouyangnana", "oynn", PHONE, "5678", "138123", CARD, "VIP0099"):
        for archived in (False, True):
            hits = owner.call(customers.search_customers, query, include_archived=archived)
            assert cid not in [h.customer_id for h in hits], query
    assert [h.customer_id for h in owner.call(customers.search_customers, "ouyang")] == [other]
    detail = owner.call(customers.get_customer, cid)
    assert detail.erased and detail.name == gone
    assert (detail.phone, detail.other_phone, detail.card_no, detail.birthday) == (None,) * 4
    assert (detail.address, detail.notes, detail.tags, detail.points) == ("", "", (), 0)
    assert points_before > 0  # the points lapsed through the ledger, which still adds up
    timeline = owner.call(customers.timeline, cid)
    assert all("欧阳" not in e.text and "小美" not in e.text for e in timeline)
    for sale in owner.call(sales.sale_rows, owner.call(sales.list_sale_ids, sales.SaleFilter())):
        if sale.customer_id == cid:
            assert sale.customer_name == gone and sale.note == ""
    assert owner.call(reminders.list_followups, status=None)[0].title == "—"
    record = owner.call(reminders.list_service_records)[0]
    assert (record.subject, record.detail, record.customer_name) == ("—", "", gone)

    # Exports and reports: the person appears only as 已删除客户 #id.
    rows = owner.call(customer_export.export_rows, CustomerFilter(include_archived=True))
    assert [r.name for r in rows if r.customer_id == cid] == [gone]
    out = tmp_path / "all.xlsx"
    owner.call(customer_export.export_customers, out, CustomerFilter(include_archived=True))
    report = owner.call(
        reports.build_report, reports.ReportRequest(date(2026, 3, 1), date(2026, 3, 31))
    )
    pdf = owner.call(reports.export_report, report, tmp_path / "r.pdf", "pdf")
    xlsx = owner.call(reports.export_report, report, tmp_path / "r.xlsx", "xlsx")
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert gone in pdf_text
    for path in (out, xlsx):
        book = openpyxl.load_workbook(path)
        values = " ".join(str(c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r)
        for secret in (NAME, PHONE, "02088886666", CARD, "芒果", "天河路"):
            assert secret not in values and secret not in pdf_text, (path, secret)

    check = owner.call(membership.check_ledgers)
    assert check.ok, check.mismatches
    chain = owner.call(audit_check.check_audit_log)  # the rest of `storecrm check`
    assert chain.ok and chain.chain.entries > 0, chain
    erasures = [e for e in owner.call(info.recent_audit) if e.action == "customer_erase"]
    assert [(e.target, e.detail) for e in erasures] == [(f"customer:{cid}", "{}")]
    with pytest.raises(ValidationError):
        owner.call(privacy.erase_customer, cid)  # once is enough


def test_dormant_customers_without_balance_are_proposed_and_erased_in_bulk(
    owner: StoreContext, now: Clock
) -> None:
    now.at = datetime(2020, 1, 10, 10, 0)
    quiet = [
        owner.call(
            customers.create_customer, CustomerDraft(name=f"老客{i}", phone=f"1370000000{i}")
        ).customer_id
        for i in range(3)
    ]
    owing = owner.call(
        customers.create_customer, CustomerDraft(name="有余额", phone="13700000009")
    ).customer_id
    owner.call(membership.top_up, owing, 1000, "cash")
    now.at = datetime(2022, 6, 1, 10, 0)
    owner.call(customers.add_note, quiet[2], "还会来")  # activity within the three years
    now.at = datetime(2024, 5, 1, 10, 0)
    proposed = owner.call(privacy.dormant_customers)  # three years by default
    assert [d.customer_id for d in proposed] == quiet[:2]
    assert proposed[0].phone == "137****0000"
    assert [d.customer_id for d in owner.call(privacy.dormant_customers, 1)] == quiet
    seen: list[tuple[int, int]] = []
    report = owner.call(
        privacy.erase_customers,
        [d.customer_id for d in proposed] + [owing],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (report.erased, report.skipped, report.cancelled) == (
        2,
        ((owing, "has_balance"),),
        False,
    )
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert owner.call(privacy.dormant_customers) == []
    reads = [
        json.loads(e.detail)
        for e in owner.call(info.recent_audit)
        if e.action == "personal_data_read"
    ]
    assert {"what": "dormant_customers", "count": 2, "masked": True, "years": 3} in reads


def test_each_refusal_has_its_own_sentence(owner: StoreContext, now: Clock) -> None:
    from storecrm import messages

    cid = a_life(owner, now)
    with pytest.raises(ValidationError) as owed:
        owner.call(privacy.erase_customer, cid)
    assert "Pay it back" in messages.error_text(owed.value)
    plain = owner.call(customers.create_customer, CustomerDraft(name="无同意")).customer_id
    with pytest.raises(ValidationError) as nothing:
        owner.call(privacy.withdraw_consent, plain)
    assert "nothing to withdraw" in messages.error_text(nothing.value)
    owner.call(privacy.erase_customer, plain)
    for call in (
        lambda: owner.call(privacy.erase_customer, plain),
        lambda: owner.call(customers.update_customer, plain, CustomerDraft(name="复活")),
        lambda: owner.call(customers.restore_customer, plain),
    ):
        with pytest.raises(ValidationError) as done:
            call()
        assert "erased" in messages.error_text(done.value)


def test_erasing_a_customer_erases_the_duplicates_merged_into_it(
    owner: StoreContext, now: Clock
) -> None:
    kept = owner.call(
        customers.create_customer, CustomerDraft(name="欧阳娜娜", phone=PHONE)
    ).customer_id
    twin = owner.call(
        customers.create_customer,
        CustomerDraft(name="欧阳娜", card_no="OLD-1", notes="旧卡的档案", address="老地址"),
    ).customer_id
    owner.call(customers.merge_customers, kept, twin)
    owner.call(privacy.erase_customer, kept)
    gone = owner.call(customers.get_customer, twin)
    assert (gone.name, gone.notes, gone.address, gone.card_no) == (
        f"已删除客户 #{twin}",
        "",
        "",
        None,
    )
    for query in ("欧阳娜", "ouyangna", "OLD-1"):
        assert owner.call(customers.search_customers, query, include_archived=True) == []
    assert owner.call(membership.check_ledgers).ok
