"""`storecrm reminders` as a real process lists the appointments' kinds (明日预约, 爽约回访)
with the appointment's time, services and staff member in the detail."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.test_cli import run

PASSWORD = "pw-123456"


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from storecrm.domain.appointments import AppointmentStatus
    from storecrm.domain.customer import CustomerDraft
    from storecrm.services import catalogue, customers, session
    from storecrm.services.appointments import book, roster
    from storecrm.services.appointments.dto import BookingDraft
    from storecrm.services.dto import ItemDraft
    from storecrm.services.staff import roster as staff_roster
    from storecrm.services.staff.dto import StaffDraft

    folder = tmp_path_factory.mktemp("cli-appointment-reminders") / "store"
    made = run(
        "init", "--store", str(folder), "--name", "发廊", "--owner", "boss",
        "--business-type", "beauty", password=PASSWORD,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    ctx = session.sign_in(folder, "boss", PASSWORD)
    try:
        cut = ctx.call(
            catalogue.save_item,
            ItemDraft(name="剪发", price_fen=8800, kind="service", duration_min=45),
        ).item_id
        tony = ctx.call(staff_roster.save_staff_member, StaffDraft(0, "Tony")).staff_id
        shifts = {s.name: s.shift_id for s in ctx.call(roster.list_shifts)}
        ctx.call(roster.set_week, tony, dict.fromkeys(range(7), shifts["早班"]))
        member = ctx.call(
            customers.create_customer, CustomerDraft(name="王芳", phone="13800138000")
        ).customer_id
        for hour in (9, 11):
            made_one = ctx.call(
                book.book_appointment,
                BookingDraft(
                    start=datetime(2030, 1, 7, hour),
                    item_ids=(cut,),
                    staff_id=tony,
                    customer_id=member,
                ),
            )
        ctx.call(book.set_status, made_one.appointment_id, AppointmentStatus.NO_SHOW)
    finally:
        ctx.close()
    return folder


def test_tomorrows_appointments_and_no_shows_in_the_json(salon: Path) -> None:
    before = run("reminders", "--store", str(salon), "--date", "2030-01-06", "--json",
                 password=PASSWORD)  # fmt: skip
    assert before.returncode == 0, before.stderr
    data = json.loads(before.stdout)
    assert data["counts"]["appointment"] == 1 and data["counts"]["no_show"] == 0
    (line,) = [r for r in data["reminders"] if r["kind"] == "appointment"]
    assert (line["name"], line["due_on"], line["detail"]) == (
        "王芳",
        "2030-01-07",
        "2030-01-07 09:00 剪发 Tony",
    )
    after = run("reminders", "--store", str(salon), "--date", "2030-01-08", "--json",
                password=PASSWORD)  # fmt: skip
    data = json.loads(after.stdout)
    (line,) = [r for r in data["reminders"] if r["kind"] == "no_show"]
    assert (line["days"], line["detail"]) == (-1, "2030-01-07 11:00 剪发 Tony")


def test_the_text_heads_them_by_kind(salon: Path) -> None:
    result = run("reminders", "--store", str(salon), "--date", "2030-01-06", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "\nTomorrow's appointments (1)\n" in result.stdout
    assert "2030-01-07  王芳  13800138000  2030-01-07 09:00 剪发 Tony" in result.stdout
