"""Appointments in the reminders (issue 19, point 5): tomorrow's appointments (明日预约) with the
message template's {时间} {项目} {技师}, and the no-show follow-up (爽约回访), closed like the
other kinds; a cashier sees masked phones and the read is audited.

The salon of ``test_appointments``: the clock at Sunday 6 December 2026 18:00, Tony on 早班 on
weekdays, 王芳 (13800138000) a member.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storecrm.data.uow import UnitOfWork
from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.errors import NotFound
from storecrm.domain.reminders import Channel, ReminderAction, ReminderRules
from storecrm.services import customers, info, reminders, session
from storecrm.services.appointments import book
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD
from tests.services.test_appointments import MONDAY, Salon, at, draft
from tests.services.test_appointments import now as now  # noqa: F401 (a fixture)
from tests.services.test_appointments import salon as salon  # noqa: F401 (a fixture)
from tests.services.test_sales import Clock

SUNDAY = date(2026, 12, 6)
TUESDAY = date(2026, 12, 8)


def template_of(ctx: StoreContext, kind: str) -> reminders.TemplateInfo:
    return next(t for t in ctx.call(reminders.list_templates) if t.kind == kind)


def test_tomorrows_appointments_are_reminders_with_their_message(
    owner: StoreContext, salon: Salon
) -> None:
    booked = owner.call(
        book.book_appointment, draft(salon, salon.tony, at(10, 30), salon.cut, salon.care)
    )
    anyone = owner.call(book.book_appointment, draft(salon, None, at(16), salon.cut))
    later = owner.call(book.book_appointment, draft(salon, salon.tony, at(10, day=TUESDAY)))
    cancelled = owner.call(book.book_appointment, draft(salon, salon.tony, at(13)))
    owner.call(book.set_status, cancelled.appointment_id, AppointmentStatus.CANCELLED, "改天")

    listed = owner.call(reminders.due_reminders, SUNDAY).of_kind("appointment")
    assert [(i.appointment_id, i.due_on, i.days) for i in listed] == [
        (booked.appointment_id, MONDAY, 1),
        (anyone.appointment_id, MONDAY, 1),
    ]
    first = listed[0]
    assert (first.name, first.phone, first.appointment_at) == ("王芳", "13800138000", at(10, 30))
    assert (first.services_text, first.staff_name) == ("剪发、护理", "Tony")
    assert later.appointment_id not in [i.appointment_id for i in listed]

    template = template_of(owner, "appointment")
    assert template.name == "预约提醒"
    text = owner.call(
        reminders.render_message,
        template.template_id,
        salon.member,
        SUNDAY,
        booked.appointment_id,
    )
    assert text == (
        "王芳您好，您已预约12月7日 10:30在测试门店的剪发、护理（Tony），请准时到店；"
        "如需改约请提前告知。"
    )
    # the export: only customers who agreed to messages; each line's own appointment filled in
    exported = owner.call(reminders.message_list, template.template_id, list(listed))
    assert (exported.rows, exported.skipped_no_consent) == ((), 1)
    agreed = owner.call(
        customers.create_customer,
        CustomerDraft(name="李雷", phone="13900139000", marketing_consent=True),
    )
    owner.call(
        book.book_appointment,
        draft(salon, salon.tony, at(12), salon.cut, customer_id=agreed.customer_id),
    )
    listed = owner.call(reminders.due_reminders, SUNDAY).of_kind("appointment")
    # in the order of the book (by time), not by name as the other kinds
    assert [(i.name, i.appointment_at) for i in listed] == [
        ("王芳", at(10, 30)),
        ("李雷", at(12)),
        ("王芳", at(16)),
    ]
    exported = owner.call(reminders.message_list, template.template_id, list(listed))
    assert [(r.name, r.message) for r in exported.rows] == [
        (
            "李雷",
            "李雷您好，您已预约12月7日 12:00在测试门店的剪发（Tony），请准时到店；"
            "如需改约请提前告知。",
        )
    ]
    # "anyone" was given whoever was free: the message names them
    anyone_text = owner.call(
        reminders.render_message, template.template_id, salon.member, SUNDAY, anyone.appointment_id
    )
    assert "12月7日 16:00" in anyone_text and "（小美）" in anyone_text

    # contacted: off the list; the other appointment stays
    owner.call(
        reminders.act,
        customer_id=salon.member,
        kind="appointment",
        ref=str(booked.appointment_id),
        action=ReminderAction.CONTACTED,
        channel=Channel.WECHAT,
    )
    again = owner.call(reminders.due_reminders, SUNDAY).of_kind("appointment")
    assert booked.appointment_id not in [i.appointment_id for i in again]
    assert anyone.appointment_id in [i.appointment_id for i in again]
    # Monday's list has Tuesday's appointment
    monday = owner.call(reminders.due_reminders, MONDAY).of_kind("appointment")
    assert [i.appointment_id for i in monday] == [later.appointment_id]


def test_a_no_show_appears_in_tomorrows_reminders_and_on_the_profile(
    owner: StoreContext, salon: Salon, now: Clock
) -> None:
    booked = owner.call(book.book_appointment, draft(salon, salon.tony, at(10), salon.cut))
    now.set(2026, 12, 7, 11, 0, 0)
    owner.call(book.set_status, booked.appointment_id, AppointmentStatus.NO_SHOW)

    tomorrow = owner.call(reminders.due_reminders, TUESDAY)
    (item,) = tomorrow.of_kind("no_show")
    assert (item.appointment_id, item.name, item.due_on, item.days) == (
        booked.appointment_id,
        "王芳",
        MONDAY,
        -1,
    )
    assert (item.appointment_at, item.services_text, item.staff_name) == (at(10), "剪发", "Tony")
    assert owner.call(book.customer_appointments, salon.member).no_shows == 1

    template = template_of(owner, "no_show")
    assert owner.call(
        reminders.render_message,
        template.template_id,
        salon.member,
        TUESDAY,
        booked.appointment_id,
    ) == ("王芳您好，您预约的12月7日 10:00剪发未能到店，测试门店想问问是否需要为您重新安排时间？")

    # shown for no_show_days (7: Monday … Sunday 13th), then gone
    assert len(owner.call(reminders.due_reminders, date(2026, 12, 13)).of_kind("no_show")) == 1
    assert len(owner.call(reminders.due_reminders, date(2026, 12, 14)).of_kind("no_show")) == 0
    owner.call(reminders.set_rules, ReminderRules(no_show_days=14))
    assert len(owner.call(reminders.due_reminders, date(2026, 12, 14)).of_kind("no_show")) == 1
    owner.call(reminders.set_rules, ReminderRules(no_show=False, appointment=False))
    off = owner.call(reminders.due_reminders, TUESDAY)
    assert off.counts()["no_show"] == off.counts()["appointment"] == 0
    owner.call(reminders.set_rules, ReminderRules())

    # done: followed up, off the list
    owner.call(
        reminders.act,
        customer_id=salon.member,
        kind="no_show",
        ref=str(booked.appointment_id),
        action=ReminderAction.DONE,
    )
    assert len(owner.call(reminders.due_reminders, TUESDAY).of_kind("no_show")) == 0


def test_a_cashier_sees_the_appointment_reminders_masked_and_the_read_is_audited(
    store_dir: Path, owner: StoreContext, salon: Salon
) -> None:
    owner.call(book.book_appointment, draft(salon, salon.tony, at(10), salon.cut))
    owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        listed = cashier.call(reminders.due_reminders, SUNDAY).of_kind("appointment")
        assert [i.phone for i in listed] == ["138****8000"]
    finally:
        cashier.close()
    boss = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        entries = [e for e in boss.call(info.recent_audit, 200) if e.action == "personal_data_read"]
    finally:
        boss.close()
    found = [json.loads(e.detail) | {"user": e.username} for e in entries]
    assert {
        "user": CASHIER,
        "what": "reminders",
        "count": 1,
        "masked": True,
        "date": "2026-12-06",
        "mine_only": False,
    } in found


def test_an_appointment_of_another_customer_is_not_filled_in(
    owner: StoreContext, salon: Salon
) -> None:
    booked = owner.call(book.book_appointment, draft(salon, salon.tony, at(10), salon.cut))
    other = owner.call(customers.create_customer, CustomerDraft(name="李雷", phone="13900139000"))
    template = template_of(owner, "appointment")
    with pytest.raises(NotFound):
        owner.call(
            reminders.render_message,
            template.template_id,
            other.customer_id,
            SUNDAY,
            booked.appointment_id,
        )


def test_a_store_with_templates_from_before_gets_the_appointment_ones_once(
    owner: StoreContext,
) -> None:
    def appointment_templates() -> list[str]:
        return sorted(
            t.name
            for t in owner.call(reminders.list_templates)
            if t.kind in ("appointment", "no_show")
        )

    def delete_them() -> None:
        for t in owner.call(reminders.list_templates):
            if t.kind in ("appointment", "no_show"):
                owner.call(reminders.delete_template, t.template_id)

    def never_offered(uow: UnitOfWork, _actor: object) -> None:  # a store from before
        uow.settings.put(reminders.APPOINTMENT_TEMPLATES_KEY, "", None)
        uow.commit()

    assert appointment_templates() == ["爽约回访", "预约提醒"]  # a new store: with the rest
    delete_them()
    owner.call(never_offered)
    assert appointment_templates() == ["爽约回访", "预约提醒"]  # offered once
    # the store's defaults (with the lifecycle offers' 会员礼券), each once
    assert len(owner.call(reminders.list_templates)) == 10
    delete_them()
    assert appointment_templates() == []  # deleted by the owner: they stay deleted
