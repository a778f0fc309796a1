"""The customer form as it is typed into: an error line goes once the field is corrected, and
the birthday's day list is the chosen month's."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from storecrm.gui.app import create_application
from storecrm.gui.screens.customer_form import CustomerFormDialog
from storecrm.services.session import StoreContext


@pytest.fixture
def form(qtbot: QtBot, owner: StoreContext) -> CustomerFormDialog:
    create_application("en")
    dialog = CustomerFormDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def days(form: CustomerFormDialog) -> list[int]:
    return [form.day_combo.itemData(n) for n in range(1, form.day_combo.count())]


def test_the_phone_message_goes_once_the_phone_is_corrected(
    qtbot: QtBot, form: CustomerFormDialog
) -> None:
    form.name_edit.insert("王五")
    qtbot.keyClicks(form.phone_edit, "1381234567")  # one digit short
    assert form.save() is False
    assert "Not a valid phone number" in form.error_text("phone")
    assert form.phone_edit.property("error") is True
    qtbot.keyClicks(form.phone_edit, "8")  # now 11 digits
    assert form.error_text("phone") == "" and not form.phone_edit.property("error")
    assert form.error_text("name") == ""
    assert form.save() is True


def test_the_birthday_message_goes_once_the_date_is_right(
    qtbot: QtBot, form: CustomerFormDialog
) -> None:
    form.name_edit.insert("赵六")
    form.month_combo.setCurrentIndex(form.month_combo.findData(5))  # a month and no day
    assert form.save() is False
    assert form.error_text("birthday") == "This date does not exist."
    form.day_combo.setCurrentIndex(form.day_combo.findData(4))
    assert form.error_text("birthday") == ""


def test_the_day_list_follows_the_month(form: CustomerFormDialog) -> None:
    month = form.month_combo
    form.year_unknown.setChecked(True)
    month.setCurrentIndex(month.findData(2))
    assert days(form) == list(range(1, 30))  # 29 February, never 30
    form.year_unknown.setChecked(False)
    form.year_spin.setValue(1990)
    assert days(form)[-1] == 28
    form.year_spin.setValue(2000)
    assert days(form)[-1] == 29
    month.setCurrentIndex(month.findData(1))
    form.day_combo.setCurrentIndex(form.day_combo.findData(31))
    month.setCurrentIndex(month.findData(4))  # April has no 31st: the day is chosen again
    assert days(form)[-1] == 30 and form.day_combo.currentData() == 0
    form.day_combo.setCurrentIndex(form.day_combo.findData(15))
    month.setCurrentIndex(month.findData(6))  # 15 June: the day stays
    assert form.day_combo.currentData() == 15

    form.calendar_combo.setCurrentIndex(form.calendar_combo.findData("lunar"))
    form.year_unknown.setChecked(True)
    assert days(form)[-1] == 30  # a lunar month has 30 days at most
    form.year_unknown.setChecked(False)
    form.year_spin.setValue(2023)
    month.setCurrentIndex(month.findData(1))
    assert days(form)[-1] == 29  # 正月 of lunar 2023
    month.setCurrentIndex(month.findData(2))
    assert days(form)[-1] == 30
    form.leap_check.setChecked(True)  # 闰二月 of 2023 (domain/birthday.py)
    assert days(form)[-1] == 29
