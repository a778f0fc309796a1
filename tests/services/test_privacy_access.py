"""Issue 17, finding 1: a cashier sees masked phones everywhere (unless the owner allows more)
and every bulk read of personal data is audited with who, what and how many."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied
from storecrm.domain.reminders import ServiceType
from storecrm.services import customers, info, membership, privacy, reminders, session
from storecrm.services.customers import CustomerFilter
from storecrm.services.reminders import ServiceRecordDraft
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD

TODAY = date(2026, 5, 20)
PHONES = ("13812345678", "13912340001", "13712340002")


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 5, 20, 10, 0))
    privacy.forget_recent_reads()


@pytest.fixture
def filled(store_dir: Path) -> Path:
    """Three customers whose birthday is today (so they are due), one service record."""
    ctx = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        for n, phone in enumerate(PHONES):
            detail = ctx.call(
                customers.create_customer,
                CustomerDraft(name=f"顾客{n}", phone=phone, other_phone="02088886666"),
                birthday=Birthday(Calendar.SOLAR, 5, 20, 1990),
            )
            if n == 0:
                ctx.call(
                    reminders.add_service_record,
                    ServiceRecordDraft(detail.customer_id, ServiceType.REQUEST, "改约"),
                )
    finally:
        ctx.close()
    return store_dir


def sign_in(folder: Path, who: str) -> StoreContext:
    password = OWNER_PASSWORD if who == OWNER else CASHIER_PASSWORD
    return session.sign_in(folder, who, password)


def reads(ctx: StoreContext) -> list[dict[str, object]]:
    """The personal-data reads audited so far, oldest first (as the owner sees them)."""
    entries = [e for e in ctx.call(info.recent_audit, 500) if e.action == "personal_data_read"]
    return [json.loads(e.detail) | {"user": e.username} for e in reversed(entries)]


def test_a_cashier_finds_by_full_phone_and_tail_but_is_shown_masked_numbers(filled: Path) -> None:
    ctx = sign_in(filled, CASHIER)
    try:
        by_full = ctx.call(customers.search_customers, "13812345678")
        by_tail = ctx.call(customers.search_customers, "5678")
        assert [h.name for h in by_full] == [h.name for h in by_tail] == ["顾客0"]
        assert by_full[0].phone == by_tail[0].phone == "138****5678"
        detail = ctx.call(customers.get_customer, by_full[0].customer_id)
        assert (detail.phone, detail.other_phone) == ("138****5678", "020****6666")
        assert detail.phones_masked
        ids = ctx.call(customers.list_customer_ids)
        rows = ctx.call(customers.customer_rows, ids)
        assert {r.phone for r in rows} == {"138****5678", "139****0001", "137****0002"}
        member = ctx.call(membership.member_summary, by_full[0].customer_id)
        assert member.phone == "138****5678"
        due = ctx.call(reminders.due_reminders, TODAY)
        assert {i.phone for i in due.items} == {"138****5678", "139****0001", "137****0002"}
        records = ctx.call(reminders.list_service_records)
        assert [r.phone for r in records] == ["138****5678"]
    finally:
        ctx.close()
    owner = sign_in(filled, OWNER)
    try:
        hit = owner.call(customers.search_customers, "5678")[0]
        assert hit.phone == "13812345678"
        assert owner.call(customers.get_customer, hit.customer_id).phones_masked is False
        due = owner.call(reminders.due_reminders, TODAY)
        assert {i.phone for i in due.items} == set(PHONES)
    finally:
        owner.close()


def test_the_owner_may_let_cashiers_see_full_numbers_and_the_change_is_audited(
    filled: Path,
) -> None:
    owner = sign_in(filled, OWNER)
    try:
        owner.call(privacy.update_privacy_settings, cashier_full_phones=True)
        changes = [e for e in owner.call(info.recent_audit) if e.action == "privacy_settings"]
        assert [json.loads(e.detail) for e in changes] == [{"cashier_full_phones": True}]
    finally:
        owner.close()
    ctx = sign_in(filled, CASHIER)
    try:
        assert ctx.call(customers.search_customers, "5678")[0].phone == "13812345678"
        with pytest.raises(PermissionDenied):  # only the owner decides
            ctx.call(privacy.update_privacy_settings, cashier_full_phones=False)
    finally:
        ctx.close()


def test_a_cashier_saving_the_form_as_shown_keeps_the_stored_numbers(filled: Path) -> None:
    ctx = sign_in(filled, CASHIER)
    try:
        hit = ctx.call(customers.search_customers, "5678")[0]
        shown = ctx.call(customers.get_customer, hit.customer_id)
        draft = CustomerDraft(
            name="顾客零", phone=str(shown.phone), other_phone=str(shown.other_phone)
        )
        ctx.call(customers.update_customer, hit.customer_id, draft)
        # A new number typed over the masked one replaces it.
        ctx.call(
            customers.update_customer,
            hit.customer_id,
            CustomerDraft(name="顾客零", phone="13600001111", other_phone=str(shown.other_phone)),
        )
    finally:
        ctx.close()
    owner = sign_in(filled, OWNER)
    try:
        stored = owner.call(customers.get_customer, hit.customer_id)
        assert (stored.name, stored.phone, stored.other_phone) == (
            "顾客零",
            "13600001111",
            "02088886666",
        )
    finally:
        owner.close()


def test_bulk_reads_are_audited_with_who_what_and_how_many(filled: Path) -> None:
    ctx = sign_in(filled, CASHIER)
    try:
        ctx.call(reminders.due_reminders, TODAY)
        ctx.call(reminders.due_reminders, TODAY)  # the screen refreshing: recorded once
        ctx.call(reminders.due_reminders, date(2026, 5, 21))  # another day: recorded
        ctx.call(customers.list_customer_ids, CustomerFilter(text="138"))
        ctx.call(reminders.list_service_records)
    finally:
        ctx.close()
    owner = sign_in(filled, OWNER)
    try:
        found = reads(owner)
    finally:
        owner.close()
    assert isinstance(found[1]["count"], int)
    found[1]["count"] = "n"
    assert [(r["user"], r["what"], r["count"], r["masked"]) for r in found] == [
        (CASHIER, "reminders", 3, True),
        (CASHIER, "reminders", "n", True),
        (CASHIER, "customer_list", 1, True),
        (CASHIER, "service_records", 1, True),
    ]
    assert found[0]["date"] == "2026-05-20" and found[1]["date"] == "2026-05-21"
    assert found[2]["text"] is True  # that a search was typed, never what
    assert "138" not in json.dumps(found)


def test_a_report_listing_customers_by_name_is_audited_as_a_bulk_read(filled: Path) -> None:
    from storecrm.services import reports

    owner = sign_in(filled, OWNER)
    try:
        owner.call(reports.build_report, reports.ReportRequest(date(2026, 5, 1), date(2026, 5, 31)))
        found = reads(owner)
    finally:
        owner.close()
    assert [(r["what"], r["from"], r["to"], r["masked"]) for r in found] == [
        ("report_customers", "2026-05-01", "2026-05-31", True)
    ]
