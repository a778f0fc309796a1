"""The typed rows (``storecrm/data/rows.py``) say what the repositories really return: each
table's row matches ``schema.py``, and every read gives exactly the keys its type names, with
values of the named types."""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Table

from storecrm.data import appointment_rows, promotion_rows, rows, schema, staff_rows
from storecrm.domain.reminders import ReminderAction, ServiceStatus, ServiceType
from storecrm.services import catalogue, demo, demo_sales, parked, reminders
from storecrm.services.dto import LineDraft, SaleDraft
from storecrm.services.session import StoreContext

TABLE_ROWS: dict[type[Any], Table] = {
    rows.UserRow: schema.users,
    rows.AuditRow: schema.audit_log,
    rows.CustomerRow: schema.customers,
    rows.TagRow: schema.tags,
    rows.CustomerEventRow: schema.customer_events,
    rows.ItemRow: schema.catalogue_items,
    rows.TierRow: schema.tiers,
    rows.CardPlanRow: schema.card_plans,
    rows.SaleRow: schema.sales,
    rows.SaleLineRow: schema.sale_lines,
    rows.PaymentRow: schema.sale_payments,
    rows.CardRow: schema.customer_cards,
    rows.LedgerEntryRow: schema.ledger_entries,
    rows.ReminderActionRow: schema.reminder_actions,
    rows.FollowupRow: schema.followups,
    rows.ServiceRecordRow: schema.service_records,
    rows.TemplateRow: schema.message_templates,
    staff_rows.StaffRow: schema.staff,
    staff_rows.CommissionPlanRow: schema.commission_plans,
    staff_rows.CommissionRuleRow: schema.commission_rules,
    staff_rows.SaleLineStaffRow: schema.sale_line_staff,
    staff_rows.CommissionEntryRow: schema.commission_entries,
    rows.ParkedSaleRow: schema.parked_sales,
    appointment_rows.ShiftTemplateRow: schema.shift_templates,
    appointment_rows.StaffWeekRow: schema.staff_weeks,
    appointment_rows.StaffDayRow: schema.staff_days,
    appointment_rows.LeaveRow: schema.staff_leave,
    appointment_rows.OpeningHoursRow: schema.opening_hours,
    appointment_rows.ClosedDayRow: schema.closed_days,
    appointment_rows.ResourceRow: schema.book_resources,
    appointment_rows.DiningTableRow: schema.dining_tables,
    appointment_rows.AppointmentRow: schema.appointments,
    appointment_rows.AppointmentServiceRow: schema.appointment_services,
    promotion_rows.PromotionRow: schema.promotions,
    promotion_rows.PromotionTargetRow: schema.promotion_targets,
    promotion_rows.PromotionTierRow: schema.promotion_tiers,
    promotion_rows.CouponTemplateRow: schema.coupon_templates,
    promotion_rows.CouponTemplateTargetRow: schema.coupon_template_targets,
    promotion_rows.CouponRow: schema.coupons,
    promotion_rows.CouponEventRow: schema.coupon_events,
    promotion_rows.SaleSavingRow: schema.sale_savings,
    promotion_rows.TopUpGiftRow: schema.top_up_gifts,
}


def _allowed(hint: Any) -> tuple[type, ...]:
    """The runtime types a hint such as ``int | None`` allows."""
    if isinstance(hint, types.UnionType):
        return tuple(type(None) if a is type(None) else a for a in typing.get_args(hint))
    return (hint,)


@pytest.mark.parametrize("kind", list(TABLE_ROWS), ids=lambda k: k.__name__)
def test_a_table_row_names_each_column_with_its_type(kind: type[Any]) -> None:
    table = TABLE_ROWS[kind]
    hints = typing.get_type_hints(kind)
    assert list(hints) == [c.name for c in table.columns]
    for column in table.columns:
        expected: tuple[type, ...] = (column.type.python_type,)
        if column.nullable and not column.primary_key:
            expected += (type(None),)
        assert set(_allowed(hints[column.name])) == set(expected), column.name


def _check(kind: type[Any], found: Sequence[Mapping[str, object]] | Mapping[str, object]) -> int:
    """Every row has exactly ``kind``'s keys, each value of its type; returns the row count."""
    items = [found] if isinstance(found, Mapping) else list(found)
    hints = typing.get_type_hints(kind)
    for row in items:
        assert type(row) is dict  # nothing of SQLAlchemy leaves the data layer
        assert set(row) == set(hints), kind.__name__
        for key, value in row.items():
            allowed = _allowed(hints[key])
            assert isinstance(value, allowed), (kind.__name__, key, value)
            if bool not in allowed:  # a bool is an int to isinstance; an int column is not a bool
                assert not isinstance(value, bool), (kind.__name__, key, value)
    return len(items)


@pytest.fixture
def busy_store(owner: StoreContext) -> StoreContext:
    """A store with customers, two months of sales, cards, tags, a follow-up, a service record,
    a reminder action and a template."""
    owner.call(demo.add_demo_customers, 40, 3)
    owner.call(demo_sales.add_demo_history, 2, 3)
    today = date.today()
    owner.call(reminders.add_followup, 1, "回访", today, note="n")
    owner.call(
        reminders.add_service_record,
        reminders.ServiceRecordDraft(
            customer_id=2,
            type=ServiceType.COMPLAINT,
            subject="水温",
            status=ServiceStatus.RESOLVED,
            due_on=today,
            resolution="已处理",
            satisfaction=4,
        ),
    )
    owner.call(
        reminders.act,
        customer_id=3,
        kind="dormant",
        ref="x",
        action=ReminderAction.SNOOZED,
        snooze_until=today + timedelta(days=3),
    )
    owner.call(reminders.save_template, None, "生日", "birthday", "{姓名}生日快乐")
    first_item = owner.call(catalogue.list_items)[0].item_id
    for customer_id in (1, None):  # a member's and a walk-in's
        line = LineDraft("item", item_id=first_item)
        owner.call(parked.park_sale, SaleDraft(customer_id, (line,), ()))
    return owner


def test_every_read_returns_the_keys_and_types_its_row_names(busy_store: StoreContext) -> None:
    start, end = datetime(2000, 1, 1), datetime.now() + timedelta(days=1)
    with busy_store._store.unit_of_work() as uow:  # noqa: SLF001 - reading the repositories
        cat, sales, cust, rem = uow.catalogue, uow.sales, uow.customers, uow.reminders
        sale_ids = sales.list_ids(
            start=None, end=None, staff_id=None, method=None, customer_id=None, kind=None
        )
        first_sale = sales.sale(sale_ids[-1])
        member = next(s for s in (sales.sale(i) for i in sale_ids) if s["customer_id"])
        member_id = member["customer_id"]
        assert member_id is not None
        top_up = next(r for r in sales.rows(sale_ids) if r["kind"] == "top_up")
        assert top_up["customer_id"] is not None
        refunded = [r["refund_of_id"] for r in sales.rows(sale_ids) if r["refund_of_id"]]
        cards = sales.usable_cards_of(list(range(1, 41)), date.today())
        holder = cards[0]["customer_id"]
        counted = {
            rows.UserRow: [
                *uow.users.all(),
                uow.users.get(1),
                uow.users.by_username("boss") or {},
            ],
            rows.AuditRow: uow.audit.recent(),
            rows.ItemRow: [*cat.items(True), cat.item(1), cat.item_by_name(cat.item(1)["name"])],
            rows.TierRow: [*cat.tiers(True), cat.tier(cat.tiers()[0]["id"])],
            rows.TierWithMembers: cat.tiers_with_members(True),
            rows.CardPlanWithItem: [*cat.plans(True), cat.plan(cat.plans()[0]["id"])],
            rows.CardPlanRow: [cat.plan_by_name(cat.plans()[0]["name"]) or {}],
            rows.CardRow: [*cards, sales.card(cards[0]["id"]), *sales.cards_of(holder)],
            rows.SaleDetail: [first_sale, member],
            rows.SaleListRow: sales.rows(sale_ids[:200]),
            rows.SaleRow: [
                *sales.top_ups_not_refunded(top_up["customer_id"]),
                *(r for i in refunded[:5] for r in sales.refunds_of(i)),
            ],
            rows.SaleLineRow: [*sales.lines(member["id"]), *sales.lines_of_sales(sale_ids[:50])],
            rows.PaymentRow: [*sales.payments(member["id"]), *sales.payments_of_sales(sale_ids)],
            rows.LedgerEntryRow: sales.ledger_of_sales(sale_ids),
            rows.CustomerSale: sales.customer_sales(member_id),
            rows.KindTotal: sales.kind_totals(start, end, None),
            rows.MethodTotal: sales.method_totals(start, end, None),
            rows.LedgerTotal: sales.ledger_totals(start, end, None),
            rows.LineCount: sales.line_counts(start, end, None),
            rows.StaffTotal: sales.staff_totals(start, end, None),
            rows.CustomerRow: [
                *cust.rows(list(range(1, 41))).values(),
                cust.get(1),
                cust.by_phone(str(cust.get(1)["phone"])) or {},
            ],
            rows.TagCount: cust.all_tags(),
            rows.CustomerTag: [t for ts in cust.tags_of(list(range(1, 41))).values() for t in ts],
            rows.TagRow: [cust.tag_by_name(cust.all_tags()[0]["name"]) or {}],
            rows.CustomerEvent: cust.events(1),
            rows.CycleItem: rem.cycle_items(),
            rows.LastAction: list(rem.last_actions(start).values()),
            rows.ActionTaken: rem.customer_actions(3),
            rows.FollowupDetail: [*rem.followups(), *rem.followups_due(end.date())],
            rows.ServiceRecordDetail: [*rem.service_records(), *rem.services_overdue(end.date())],
            rows.TemplateRow: [*rem.templates(), rem.template(rem.templates()[0]["id"])],
            rows.ParkedSaleListRow: [*uow.till.parked_list(), *uow.till.parked_list(end)],
            rows.ParkedSaleRow: [uow.till.parked(int(uow.till.parked_list()[0]["id"]))],
            rows.PaymentReferenceRow: uow.till.payment_references(start, end),
        }
        for kind, found in counted.items():
            assert _check(kind, found) > 0, f"no {kind.__name__} read: the check proved nothing"


def test_the_appointment_reads_return_their_rows(owner: StoreContext) -> None:
    day = date(2026, 12, 7)
    start = datetime(2026, 12, 7, 10)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - reading the repositories
        repo = uow.appointments
        now = datetime.now()
        customer = uow.customers.insert({"name": "王芳", "created_at": now, "updated_at": now})
        item = uow.catalogue.insert_item(
            {"name": "剪发", "price_fen": 100, "created_at": now, "updated_at": now}
        )
        staff_id = uow.staff.insert(
            {"no": "001", "name": "Tony", "created_at": now, "updated_at": now}
        )
        template = repo.shift_templates()[0]["id"]
        repo.set_week(staff_id, {0: template, 1: None})
        repo.set_day(staff_id, day, None)
        repo.insert_leave(staff_id, start, start + timedelta(hours=1), "看病")
        repo.set_opening_hours(0, "09:00", "21:00")
        repo.set_opening_hours(2, None, None)
        repo.add_closed_day(day, "盘点")
        room = repo.insert_resource("包间", 2)
        values = {
            "customer_id": customer,
            "staff_id": staff_id,
            "starts_at": start,
            "ends_at": start + timedelta(minutes=30),
            "status": "booked",
            "source": "phone",
            "resource_id": room,
            "created_at": now,
            "updated_at": now,
        }
        booked = repo.insert(values, [(item, 30)])
        found = repo.between(start, start + timedelta(days=1))
        counted = {
            appointment_rows.ShiftTemplateRow: repo.shift_templates(),
            appointment_rows.StaffWeekRow: repo.weeks(),
            appointment_rows.StaffDayRow: repo.days(day, day),
            appointment_rows.LeaveRow: repo.leave(start, start + timedelta(days=1)),
            appointment_rows.OpeningHoursRow: repo.opening_hours(),
            appointment_rows.ClosedDayRow: repo.closed_days(),
            appointment_rows.ResourceRow: repo.resources(),
            appointment_rows.AppointmentWithNames: [*found, repo.get(booked)],
            appointment_rows.BookedServiceWithName: repo.services([booked]),
        }
        for kind, rows_found in counted.items():
            assert _check(kind, rows_found) > 0, f"no {kind.__name__} read"
