"""Each refusal of the day book reaches the cashier as its own sentence, in English and 中文."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtWidgets import QApplication

from storecrm import i18n
from storecrm.domain.appointments import (
    BookedService,
    Booking,
    DayBook,
    OpeningHours,
    ShiftTemplate,
    StaffWeek,
    check_booking,
)
from storecrm.domain.errors import ValidationError
from storecrm.messages import validation_text

MONDAY = date(2026, 12, 7)
BOOK = DayBook(
    OpeningHours({0: (time(9), time(21))}, frozenset({date(2026, 12, 14)})),
    {1: StaffWeek(1, {0: ShiftTemplate("早班", time(9), time(15))})},
    appointments=(Booking(1, 200, 1, datetime(2026, 12, 7, 10), (BookedService(1, 60),)),),
)


def refused(staff: int, start: datetime, customer: int = 100) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_booking(Booking(0, customer, staff, start, (BookedService(2, 30),)), BOOK)
    return caught.value


CASES = [
    (refused(1, datetime(2026, 12, 14, 10)), "closed on 2026-12-14", "2026-12-14"),
    (refused(1, datetime(2026, 12, 7, 8)), "from 09:00 to 21:00", "09:00"),
    (refused(1, datetime(2026, 12, 7, 16)), "shift is 09:00–15:00", "09:00–15:00"),
    (refused(1, datetime(2026, 12, 7, 10, 30)), "already booked 10:00–11:00", "10:00–11:00"),
    (refused(2, datetime(2026, 12, 7, 10)), "has the day off", "休息"),
]


@pytest.mark.parametrize(("err", "english", "chinese"), CASES)
def test_a_conflict_reads_as_a_sentence_with_its_times(
    qapp: QApplication, err: ValidationError, english: str, chinese: str
) -> None:
    assert english in validation_text(err)
    assert i18n.install(qapp, "zh_CN")
    try:
        text = validation_text(err)
        assert chinese in text
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("休息", "")), text
    finally:
        i18n.install(qapp, "en")


def test_every_appointment_code_has_its_own_sentence() -> None:
    codes = [
        ("start", "closed_day"),
        ("start", "outside_hours"),
        ("staff", "resting"),
        ("staff", "off_shift"),
        ("staff", "on_leave"),
        ("staff", "booked"),
        ("staff", "no_one_free"),
        ("customer", "double_booked"),
        ("resource", "full"),
        ("services", "required"),
        ("cancel_reason", "required"),
        ("status", "invalid_transition"),
    ]
    texts = {validation_text(ValidationError(field, code)) for field, code in codes}
    assert len(texts) == len(codes)
