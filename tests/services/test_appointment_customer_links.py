"""A customer's appointments follow them through the rest of the archive (issue 19, point 5):
a merge moves them to the kept customer, an erasure (PIPL) clears their notes, and the
person's copy of their data (PIPL art. 45) lists them. The salon of ``test_appointments``."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl

from storecrm.domain.appointments import AppointmentStatus
from storecrm.domain.customer import CustomerDraft
from storecrm.services import customers, person_export, privacy, reminders
from storecrm.services.appointments import book
from storecrm.services.session import StoreContext
from tests.services.test_appointments import Salon, at, draft
from tests.services.test_appointments import now as now  # noqa: F401 (a fixture)
from tests.services.test_appointments import salon as salon  # noqa: F401 (a fixture)

SUNDAY = date(2026, 12, 6)


def test_a_merged_customers_appointments_follow_them(owner: StoreContext, salon: Salon) -> None:
    """Merging moves the appointments with the rest of the history: on the kept profile and
    its timeline, and still in tomorrow's reminders (an archived customer has none)."""
    other = owner.call(customers.create_customer, CustomerDraft(name="王芳芳"))
    booked = owner.call(
        book.book_appointment, draft(salon, salon.tony, at(10), customer_id=other.customer_id)
    )
    owner.call(customers.merge_customers, salon.member, other.customer_id)
    kept = owner.call(book.customer_appointments, salon.member)
    assert [a.appointment_id for a in kept.upcoming] == [booked.appointment_id]
    timeline = owner.call(customers.timeline, salon.member)
    assert [e.kind for e in timeline].count("appointment") == 1
    (line,) = owner.call(reminders.due_reminders, SUNDAY).of_kind("appointment")
    assert (line.customer_id, line.appointment_id) == (salon.member, booked.appointment_id)


def test_erasing_a_customer_clears_their_appointments_notes(
    owner: StoreContext, salon: Salon
) -> None:
    kept = owner.call(book.book_appointment, draft(salon, salon.tony, at(10), note="怕痛，轻一点"))
    gone = owner.call(book.book_appointment, draft(salon, salon.tony, at(13), note="带孩子"))
    owner.call(book.set_status, gone.appointment_id, AppointmentStatus.CANCELLED, "家里有事")
    owner.call(privacy.erase_customer, salon.member)
    rows = owner.call(book.customer_appointments, salon.member)
    shown = [(a.appointment_id, a.note, a.reason) for a in (*rows.upcoming, *rows.past)]
    assert sorted(shown) == [(kept.appointment_id, "", ""), (gone.appointment_id, "", "")]
    timeline = " ".join(e.text for e in owner.call(customers.timeline, salon.member))
    assert "家里有事" not in timeline


def test_the_persons_copy_of_their_data_lists_their_appointments(
    owner: StoreContext, salon: Salon, tmp_path: Path
) -> None:
    owner.call(book.book_appointment, draft(salon, salon.tony, at(10), salon.cut, note="怕痛"))
    gone = owner.call(book.book_appointment, draft(salon, salon.tony, at(13), salon.perm))
    owner.call(book.set_status, gone.appointment_id, AppointmentStatus.CANCELLED, "家里有事")
    result = owner.call(
        person_export.export_person, salon.member, tmp_path / "p.pdf", tmp_path / "p.xlsx"
    )
    rows = [
        [c.value for c in row]
        for row in openpyxl.load_workbook(result.xlsx)["预约记录"].iter_rows(min_row=2)
    ]
    assert rows == [
        ["2026-12-07 10:00–10:30", "剪发", "Tony", "已预约", "电话", "怕痛", None],
        ["2026-12-07 13:00–15:00", "烫发", "Tony", "已取消", "电话", None, "家里有事"],
    ]
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "预约记录（2）" in text and "家里有事" in text
