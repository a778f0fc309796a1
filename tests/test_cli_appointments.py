"""`storecrm appointments --date D [--json]` as a real process: the day's hours, who works and
every appointment with its status."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.services import catalogue, customers
from storecrm.services.appointments import book, rooms, roster
from storecrm.services.appointments.dto import BookingDraft, RoomInfo
from storecrm.services.dto import ItemDraft
from storecrm.services.staff import roster as staff_roster
from storecrm.services.staff.dto import StaffDraft
from tests.conftest import OWNER_PASSWORD, make_store
from tests.test_cli import run


def test_the_days_book_as_lines_and_json(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    ctx = make_store(folder).context
    cut = ctx.call(
        catalogue.save_item, ItemDraft(name="剪发", price_fen=8800, kind="service", duration_min=45)
    ).item_id
    tony = ctx.call(staff_roster.save_staff_member, StaffDraft(0, "Tony")).staff_id
    early = next(s.shift_id for s in ctx.call(roster.list_shifts) if s.name == "早班")
    ctx.call(roster.set_week, tony, dict.fromkeys(range(7), early))
    member = ctx.call(customers.create_customer, CustomerDraft(name="王芳", phone="13800138000"))
    day = datetime(2030, 1, 7)  # a Monday
    room = ctx.call(rooms.save_room, RoomInfo(0, "VIP包间", 1)).room_id
    for hour in (9, 11):
        made = ctx.call(
            book.book_appointment,
            BookingDraft(
                start=day.replace(hour=hour),
                item_ids=(cut,),
                staff_id=tony,
                customer_id=member.customer_id,
                requested=True,
                resource_id=room if hour == 11 else None,
            ),
        )
    ctx.call(book.set_status, made.appointment_id, AppointmentStatus.CANCELLED, "改期")
    ctx.sign_out()

    result = run("appointments", "--store", str(folder), "--date", "2030-01-07",
                 password=OWNER_PASSWORD)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2030-01-07 09:00–21:00"
    assert lines[1].split("\t") == ["  09:00–09:45", "王芳", "Tony", "剪发", "Booked"]
    assert lines[2].split("\t")[-2:] == ["剪发 · VIP包间", "Cancelled"]
    assert lines[-1] == "Appointments: 2"

    as_json = run("appointments", "--store", str(folder), "--date", "2030-01-07", "--json",
                  password=OWNER_PASSWORD)  # fmt: skip
    data = json.loads(as_json.stdout)
    assert data["staff"] == [
        {"staff_id": tony, "name": "Tony", "shift": "早班", "working": [["09:00", "15:00"]]}
    ]
    first, second = data["appointments"]
    assert (first["start"], first["end"], first["status"], first["requested"]) == (
        "09:00", "09:45", "booked", True,
    )  # fmt: skip
    assert first["services"] == [{"name": "剪发", "minutes": 45}]
    assert (second["status"], second["reason"]) == ("cancelled", "改期")
    assert second["room"] == "VIP包间" and "room" not in first

    bad = run("appointments", "--store", str(folder), "--date", "7/1/2030",
              password=OWNER_PASSWORD)  # fmt: skip
    assert bad.returncode != 0
    assert "--date must be a date" in bad.stderr


def test_a_restaurants_reservations_show_their_table_and_party(tmp_path: Path) -> None:
    from storecrm.domain.store_profile import BusinessType
    from storecrm.services.appointments import tables
    from storecrm.services.appointments.dto import ReservationDraft, TableInfo

    folder = tmp_path / "store"
    ctx = make_store(folder, business_type=BusinessType.RESTAURANT).context
    room = ctx.call(tables.save_table, TableInfo(0, "牡丹", "包间", 10)).table_id
    member = ctx.call(customers.create_customer, CustomerDraft(name="王芳", phone="13800138000"))
    ctx.call(
        tables.reserve,
        ReservationDraft(
            start=datetime(2030, 1, 7, 18), party_size=8, table_id=room,
            customer_id=member.customer_id,
        ),
    )  # fmt: skip
    ctx.sign_out()
    result = run("appointments", "--store", str(folder), "--date", "2030-01-07",
                 password=OWNER_PASSWORD)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split("\t") == [
        "  18:00–20:00", "王芳", "牡丹", "×8", "Booked"
    ]  # fmt: skip
    as_json = run("appointments", "--store", str(folder), "--date", "2030-01-07", "--json",
                  password=OWNER_PASSWORD)  # fmt: skip
    (only,) = json.loads(as_json.stdout)["appointments"]
    assert (only["table"], only["party_size"], only["staff_id"]) == ("牡丹", 8, None)
