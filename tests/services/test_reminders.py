"""Reminders on a real encrypted store: computed from the data, acted on, on the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import PermissionDenied, ValidationError
from storecrm.domain.reminders import (
    Channel,
    ReminderAction,
    ReminderRules,
    ServiceStatus,
    ServiceType,
)
from storecrm.services import (
    catalogue,
    customers,
    info,
    membership,
    reminders,
    sales,
    session,
    settings,
)
from storecrm.services.dto import CardPlanDraft, ItemDraft, LineDraft, PaymentDraft, SaleDraft
from storecrm.services.reminders import ServiceRecordDraft
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD

TODAY = date(2026, 11, 23)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def day(self, d: date, hour: int = 11) -> None:
        self.at = datetime(d.year, d.month, d.day, hour)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2026, 1, 5, 10))
    monkeypatch.setattr(clock, "now", fake)
    return fake


@pytest.fixture
def rules(owner: StoreContext) -> ReminderRules:
    # Everything on with small numbers that the tests below reason about.
    chosen = ReminderRules(
        birthday_days_ahead=7,
        return_days_ahead=2,
        return_overdue_days=3,
        dormant_days=90,
        dormant_window_days=30,
        card_expiring_days=14,
        card_low_sessions=2,
        balance_low_fen=5000,
        anniversary=True,
        anniversary_days_ahead=3,
    )
    return owner.call(reminders.set_rules, chosen)


def person(
    ctx: StoreContext,
    name: str,
    phone: str,
    birthday: Birthday | None = None,
    consent: bool = False,
) -> int:
    draft = CustomerDraft(name=name, phone=phone, marketing_consent=consent)
    return ctx.call(customers.create_customer, draft, birthday=birthday).customer_id


def service_item(ctx: StoreContext, name: str, price: int, revisit: int | None) -> int:
    draft = ItemDraft(name=name, price_fen=price, kind="service", revisit_days=revisit)
    return ctx.call(catalogue.save_item, draft).item_id


def visit(
    ctx: StoreContext, now: Clock, customer_id: int, on: date, item_id: int, price: int
) -> None:
    now.day(on)
    lines = (LineDraft("item", 1, item_id=item_id),)
    ctx.call(sales.record_sale, SaleDraft(customer_id, lines, (PaymentDraft("cash", price),)))


def due(ctx: StoreContext, day: date = TODAY) -> dict[tuple[str, int], reminders.ReminderItem]:
    result = ctx.call(reminders.due_reminders, day)
    return {(i.kind, i.customer_id): i for i in result.items}


def act(
    ctx: StoreContext, item: reminders.ReminderItem, action: ReminderAction, **kw: object
) -> None:
    """Record what was done about one reminder line."""
    ctx.call(
        reminders.act,
        customer_id=item.customer_id,
        kind=item.kind,
        ref=item.ref,
        action=action,
        **kw,  # type: ignore[arg-type]
    )


# -- computed from the data ---------------------------------------------------------------------
def test_birthdays_follow_the_archive_at_once(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25, 1990))
    wang = person(owner, "王强", "13800000002", Birthday(Calendar.SOLAR, 12, 25))
    found = due(owner)
    assert found[("birthday", li)].due_on == date(2026, 11, 25)
    assert found[("birthday", li)].days == 2
    assert found[("birthday", li)].age == 36
    assert ("birthday", wang) not in found
    # Editing the birthday changes the list at once: nothing is stored that could drift.
    detail = owner.call(customers.get_customer, wang)
    owner.call(
        customers.update_customer,
        wang,
        CustomerDraft(name=detail.name, phone=detail.phone or ""),
        birthday=Birthday(Calendar.LUNAR, 10, 16),  # 农历十月十六 = 2026-11-24
        tags=(),
    )
    found = due(owner)
    assert found[("birthday", wang)].due_on == date(2026, 11, 24)
    assert found[("birthday", wang)].birthday == Birthday(Calendar.LUNAR, 10, 16)


def test_the_count_on_the_navigation_reads_no_one_personal(
    owner: StoreContext, now: Clock, rules
) -> None:
    """``due_count`` (the number beside "Reminders" before that screen is opened) is the
    length of today's list, and records no read of personal data: only a number leaves it."""
    now.day(TODAY)
    person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25, 1990))
    person(owner, "王强", "13800000002", Birthday(Calendar.SOLAR, 11, 24))
    person(owner, "张伟", "13800000003", Birthday(Calendar.SOLAR, 12, 25))

    def reads() -> int:
        entries = owner.call(info.recent_audit, 500)
        return sum(e.action == "personal_data_read" for e in entries)

    before = reads()
    assert owner.call(reminders.due_count) == 2
    assert reads() == before
    assert len(owner.call(reminders.due_reminders)) == 2
    assert reads() == before + 1  # the list itself is a recorded read


def test_a_birthday_is_found_in_its_own_calendar(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    solar = person(owner, "公历生日", "13800000011", Birthday(Calendar.SOLAR, 11, 25))
    # Lunar 11-25 is 2027-01-02, although solar 11-25 is in this week's window.
    lunar = person(owner, "农历生日", "13800000012", Birthday(Calendar.LUNAR, 11, 25))
    # Lunar 10-16 is 2026-11-24, although solar 10-16 is long past.
    lunar_due = person(owner, "农历十月", "13800000013", Birthday(Calendar.LUNAR, 10, 16))
    found = due(owner)
    assert found[("birthday", solar)].due_on == date(2026, 11, 25)
    assert ("birthday", lunar) not in found
    assert found[("birthday", lunar_due)].due_on == date(2026, 11, 24)
    assert due(owner, date(2026, 12, 30))[("birthday", lunar)].due_on == date(2027, 1, 2)


def test_return_visit_by_the_customers_own_rhythm(owner: StoreContext, now: Clock, rules) -> None:
    cut = service_item(owner, "修面", 5000, None)  # no item cycle: only the rhythm counts
    zhao = person(owner, "赵敏", "13800000003")
    # Visits on 9-20, 10-20 and 11-19: 60 days over two intervals = every 30 days → due 12-19.
    for d in (date(2026, 9, 20), date(2026, 10, 20), date(2026, 11, 19)):
        visit(owner, now, zhao, d, cut, 5000)
    assert ("return_visit", zhao) not in due(owner)
    item = due(owner, date(2026, 12, 17))[("return_visit", zhao)]  # two days ahead
    assert (item.due_on, item.interval_days, item.items) == (date(2026, 12, 19), 30, ())
    assert ("return_visit", zhao) in due(owner, date(2026, 12, 22))  # three days overdue
    assert ("return_visit", zhao) not in due(owner, date(2026, 12, 23))  # four: dropped
    # A visit moves the rhythm on: the reminder for that day is gone.
    visit(owner, now, zhao, date(2026, 12, 16), cut, 5000)
    assert ("return_visit", zhao) not in due(owner, date(2026, 12, 17))


def test_return_visit_by_an_items_cycle(owner: StoreContext, now: Clock, rules) -> None:
    colour = service_item(owner, "染发", 38800, 45)
    shampoo = service_item(owner, "洗发", 3000, None)
    qian = person(owner, "钱多多", "13800000004")
    visit(owner, now, qian, date(2026, 10, 1), colour, 38800)
    visit(owner, now, qian, date(2026, 10, 20), shampoo, 3000)  # another visit: colour still due
    item = due(owner, date(2026, 11, 13))[("return_visit", qian)]
    assert item.items == (("染发", date(2026, 11, 15)),)
    assert item.due_on == date(2026, 11, 15)
    assert item.ref == "2026-10-20"  # counted from the last visit
    # Colouring again ends it.
    visit(owner, now, qian, date(2026, 11, 12), colour, 38800)
    assert ("return_visit", qian) not in due(owner, date(2026, 11, 13))
    assert due(owner, date(2026, 12, 27))[("return_visit", qian)].due_on == date(2026, 12, 27)


def test_dormant_cards_and_low_stored_value(owner: StoreContext, now: Clock, rules) -> None:
    cut = service_item(owner, "剪发", 8800, None)
    plan = owner.call(
        catalogue.save_card_plan,
        CardPlanDraft(
            name="剪发3次卡", kind="count", sessions=3, price_fen=20000, valid_days=30, item_id=cut
        ),
    )
    sun = person(owner, "孙悟", "13800000005")
    visit(owner, now, sun, date(2026, 8, 20), cut, 8800)  # 95 days before TODAY
    zhou = person(owner, "周瑜", "13800000006")
    now.day(date(2026, 11, 1))
    owner.call(
        sales.record_sale,
        SaleDraft(
            zhou, (LineDraft("card", 1, plan_id=plan.plan_id),), (PaymentDraft("cash", 20000),)
        ),
    )  # a 3-session card expiring 2026-12-01
    wu = person(owner, "吴用", "13800000007")
    owner.call(membership.top_up, wu, 4000, "cash")  # ¥40 < ¥50
    found = due(owner)
    assert found[("dormant", sun)].due_on == date(2026, 11, 18)
    assert found[("card_expiring", zhou)].card_expires_on == date(2026, 12, 1)
    assert found[("card_expiring", zhou)].sessions_left == 3
    assert found[("balance_low", wu)].balance_fen == 4000
    assert ("card_low", zhou) not in found  # 3 left is not "nearly used up"
    # Two sessions used: nearly used up (and still expiring, shown once, as expiring).
    card_id = found[("card_expiring", zhou)].card_id
    now.day(date(2026, 11, 10))
    owner.call(
        sales.record_sale,
        SaleDraft(zhou, (LineDraft("session", 2, card_id=card_id, item_id=cut),), ()),
    )
    assert due(owner, date(2026, 11, 10))[("card_low", zhou)].sessions_left == 1
    # A dormant customer who comes back is no longer dormant.
    visit(owner, now, sun, TODAY, cut, 8800)
    assert ("dormant", sun) not in due(owner)


def test_anniversary_of_joining(owner: StoreContext, now: Clock, rules) -> None:
    now.day(date(2024, 11, 25))
    old = person(owner, "老会员", "13800000008")
    now.day(TODAY)
    assert due(owner)[("anniversary", old)].years == 2


# -- acting on reminders ------------------------------------------------------------------------
def test_contacted_leaves_the_list_and_is_on_the_timeline(
    owner: StoreContext, now: Clock, rules
) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25, 1990))
    item = due(owner)[("birthday", li)]
    act(owner, item, ReminderAction.CONTACTED, channel=Channel.WECHAT, note="已发祝福，周六来")
    assert ("birthday", li) not in due(owner)
    timeline = owner.call(customers.timeline, li)
    contact = [e for e in timeline if e.kind == "contact"]
    assert len(contact) == 1
    assert contact[0].text.split(reminders.SEP) == [
        "birthday",
        "contacted",
        "wechat",
        "",
        "已发祝福，周六来",
    ]
    # Next year's birthday is a new occurrence.
    assert ("birthday", li) in due(owner, date(2027, 11, 23))


def test_a_snoozed_reminder_comes_back_on_its_date(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25, 1990))
    item = due(owner)[("birthday", li)]
    with pytest.raises(ValidationError):
        act(owner, item, ReminderAction.SNOOZED, snooze_until=TODAY)
    act(owner, item, ReminderAction.SNOOZED, snooze_until=date(2026, 11, 27))
    assert ("birthday", li) not in due(owner)
    assert ("birthday", li) not in due(owner, date(2026, 11, 26))
    back = due(owner, date(2026, 11, 27))[("birthday", li)]  # after the birthday itself
    assert back.snoozed and back.due_on == date(2026, 11, 25)


def test_not_interested_and_contact_needs_a_channel(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    wu = person(owner, "吴用", "13800000007")
    owner.call(membership.top_up, wu, 4000, "cash")
    item = due(owner)[("balance_low", wu)]
    with pytest.raises(ValidationError) as caught:
        act(owner, item, ReminderAction.CONTACTED)
    assert caught.value.field == "channel"
    act(owner, item, ReminderAction.NOT_INTERESTED)
    assert ("balance_low", wu) not in due(owner)
    # Someone else's low balance is untouched by it.
    zheng = person(owner, "郑和", "13800000009")
    owner.call(membership.top_up, zheng, 1000, "cash")
    found = due(owner)
    assert ("balance_low", wu) not in found
    assert found[("balance_low", zheng)].balance_fen == 1000


def test_followups_and_overdue_service_records(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001")
    staff = owner.call(catalogue.list_staff)
    task = owner.call(
        reminders.add_followup, li, "回访烫发效果", date(2026, 11, 25), assignee_id=staff[0].user_id
    )
    assert ("followup", li) not in due(owner)
    item = due(owner, date(2026, 11, 25))[("followup", li)]
    assert (item.title, item.record_id, item.assignee_id) == (
        "回访烫发效果",
        task.followup_id,
        staff[0].user_id,
    )
    now.day(date(2026, 11, 25))
    act(owner, item, ReminderAction.CONTACTED, channel=Channel.PHONE, note="满意")
    closed = owner.call(reminders.list_followups, status=None)
    assert [t.status for t in closed] == ["done"]
    assert ("followup", li) not in due(owner, date(2026, 11, 25))

    record = owner.call(
        reminders.add_service_record,
        ServiceRecordDraft(li, ServiceType.COMPLAINT, "染发颜色不均", due_on=date(2026, 11, 26)),
    )
    assert ("service", li) not in due(owner, date(2026, 11, 25))  # not due yet
    assert ("service", li) in due(owner, date(2026, 11, 26))  # due today: on today's list
    assert due(owner, date(2026, 11, 27))[("service", li)].days == -1  # and overdue after
    with pytest.raises(ValidationError) as caught:
        owner.call(
            reminders.update_service_record,
            record.record_id,
            replace(
                ServiceRecordDraft(li, ServiceType.COMPLAINT, "染发颜色不均"),
                status=ServiceStatus.RESOLVED,
            ),
        )
    assert caught.value.field == "resolution"
    resolved = owner.call(
        reminders.update_service_record,
        record.record_id,
        ServiceRecordDraft(
            li,
            ServiceType.COMPLAINT,
            "染发颜色不均",
            status=ServiceStatus.RESOLVED,
            resolution="免费补染",
            satisfaction=5,
        ),
    )
    assert resolved.resolved_at is not None and resolved.satisfaction == 5
    assert ("service", li) not in due(owner, date(2026, 11, 27))
    kinds = [e.kind for e in owner.call(customers.timeline, li)]
    assert {"contact", "followup", "service", "service_resolved"} <= set(kinds)


# -- messages -----------------------------------------------------------------------------------
def test_templates_render_and_exports_respect_consent(
    owner: StoreContext, now: Clock, rules
) -> None:
    now.day(TODAY)
    owner.call(settings.update_settings, store_name="美丽发廊")
    yes = person(owner, "李丽", "13800000001", Birthday(Calendar.LUNAR, 10, 16), consent=True)
    no = person(owner, "王强", "13800000002", Birthday(Calendar.SOLAR, 11, 24), consent=False)
    templates = owner.call(reminders.list_templates)
    birthday = next(t for t in templates if t.kind == "birthday")
    assert len(templates) >= 6
    text = owner.call(reminders.render_message, birthday.template_id, yes)
    assert text.startswith("李丽您好！美丽发廊祝您生日快乐")
    mine = owner.call(
        reminders.save_template, None, "测试", None, "{姓名}:{生日}:{余额}:{剩余次数}"
    )
    assert (
        owner.call(reminders.render_message, mine.template_id, yes) == "李丽:农历十月十六:¥0.00:0"
    )
    with pytest.raises(ValidationError) as caught:
        owner.call(reminders.save_template, None, "坏的", None, "{姓名}{优惠}")
    assert caught.value.code == "unknown_placeholder"
    items = owner.call(reminders.due_reminders, TODAY).of_kind("birthday")
    assert {i.customer_id for i in items} == {yes, no}
    listed = owner.call(reminders.message_list, birthday.template_id, items)
    assert [r.customer_id for r in listed.rows] == [yes]
    assert listed.skipped_no_consent == 1


def test_cashier_acts_but_cannot_change_rules_or_templates(
    store_dir, owner: StoreContext, now: Clock
) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25))
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        item = due(cashier)[("birthday", li)]
        act(cashier, item, ReminderAction.DONE)
        with pytest.raises(PermissionDenied):
            cashier.call(reminders.set_rules, ReminderRules(dormant_days=30))
        templates = cashier.call(reminders.list_templates)
        with pytest.raises(PermissionDenied):
            cashier.call(reminders.save_template, templates[0].template_id, "x", None, "{姓名}")
    finally:
        cashier.close()


def test_a_merge_carries_reminder_history_and_purchases(
    owner: StoreContext, now: Clock, rules
) -> None:
    colour = service_item(owner, "染发", 38800, 45)
    keep = person(owner, "李丽", "13800000001")
    gone = person(owner, "李丽(旧卡)", "13800000009")
    visit(owner, now, gone, date(2026, 10, 1), colour, 38800)
    assert ("return_visit", gone) in due(owner, date(2026, 11, 15))
    owner.call(reminders.add_followup, gone, "问问颜色", date(2026, 11, 15))
    owner.call(customers.merge_customers, keep, gone)
    found = due(owner, date(2026, 11, 15))
    assert found[("return_visit", keep)].items == (("染发", date(2026, 11, 15)),)
    assert ("followup", keep) in found
    assert not any(cid == gone for _, cid in found)


def test_reminder_kinds_can_be_turned_off(owner: StoreContext, now: Clock, rules) -> None:
    now.day(TODAY)
    li = person(owner, "李丽", "13800000001", Birthday(Calendar.SOLAR, 11, 25))
    owner.call(reminders.set_rules, replace(rules, birthday=False))
    assert ("birthday", li) not in due(owner)
    with pytest.raises(ValidationError):
        owner.call(reminders.set_rules, replace(rules, dormant_days=1))
    owner.call(reminders.set_rules, replace(rules, birthday=True))
    assert ("birthday", li) in due(owner)  # turned back on: there again


def test_lines_come_in_display_order_and_are_made_when_read(
    owner: StoreContext, now: Clock, rules
) -> None:
    now.day(TODAY)
    ids = {}
    for name, phone, fen in (("张伟", "13800000021", 900), ("白雪", "13800000022", 1200)):
        ids[name] = person(owner, name, phone)
        owner.call(membership.top_up, ids[name], fen, "cash")
    lines = owner.call(reminders.due_reminders, TODAY).of_kind("balance_low")
    assert len(lines) == 2
    # Same due day, so by name as the customer list sorts it: bai before zhang (by code
    # point 张 comes first). Whose each line is, without making any.
    assert lines.customer_ids() == [ids["白雪"], ids["张伟"]]
    assert [item.balance_fen for item in lines] == [1200, 900]
    assert [item.name for item in lines[0:2]] == ["白雪", "张伟"]
    assert lines[-1].customer_id == ids["张伟"]
    assert lines[0] is lines[0]  # made once, then kept
    with pytest.raises(IndexError):
        lines[2]  # noqa: B018
