"""The Reminders screen's tabs as people use them: a follow-up task through its dialog, a
service record resolved, a message template with its preview, and the reminder settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.domain.reminders import FollowupStatus, ReminderKind, ServiceType
from storecrm.gui.app import create_application
from storecrm.gui.screens import reminder_tabs
from storecrm.gui.screens.reminder_tabs import (
    OVERDUE,
    FollowupDialog,
    FollowupsTab,
    ReminderSettingsTab,
    ServiceRecordsTab,
    TemplatesTab,
)
from storecrm.services import customers, reminders
from storecrm.services.session import StoreContext

NOW = datetime(2025, 3, 10, 10, 0)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture(autouse=True)
def now(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    moment = [NOW]
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    return moment


def _customer(ctx: StoreContext, name: str = "张三", phone: str = "13812345678") -> int:
    return ctx.call(customers.create_customer, CustomerDraft(name, phone)).customer_id


def _show(qtbot: QtBot, widget: QWidget, width: int = 1100, height: int = 700) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    """Digits typed on the keyboard (Chinese comes through an input method: ``insert``)."""
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_follow_up_made_in_the_dialog_is_listed_due_and_done(
    qtbot: QtBot, owner: StoreContext, now: list[datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    zhang = _customer(owner)

    class Picker:  # the customer picker, answered as a person would: 张三 chosen
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.chosen = SimpleNamespace(customer_id=zhang, name="张三")

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(reminder_tabs.common, "CustomerPickerDialog", Picker)
    tab = FollowupsTab(owner)
    _show(qtbot, tab)
    assert tab.model.rowCount() == 0
    dialog = tab.add()
    assert dialog is not None and dialog.isVisible()
    tomorrow = NOW.date() + timedelta(days=1)
    assert dialog.due_edit.date().toPython() == tomorrow
    assert dialog.assignee_combo.currentData() == owner.actor.user_id

    _click(qtbot, dialog.ok_button)  # nobody chosen yet
    assert dialog.field_errors["customer"].text() == "Choose a customer."
    _click(qtbot, dialog.customer_field.choose_button)
    assert dialog.customer_field.name_label.text() == "张三"
    _click(qtbot, dialog.ok_button)  # no title yet
    assert dialog.isVisible()
    assert dialog.field_errors["title"].text() == "Give the task a title."
    assert dialog.title_edit.property("error") is True
    dialog.title_edit.insert("回访染发效果")
    with qtbot.waitSignal(tab.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None)

    assert tab.model.texts(0) == ["张三"]
    assert tab.model.texts(1) == ["13812345678"]
    assert tab.model.texts(2) == ["回访染发效果"]
    assert tab.model.texts(3) == [tomorrow.isoformat()]
    assert tab.model.texts(4) == ["王店长"]
    assert tab.model.texts(5) == ["Open"]
    assert tab.count_label.text() == "1 task"
    # Not due today; on the list tomorrow.
    assert not owner.call(reminders.due_reminders).of_kind(ReminderKind.FOLLOWUP.value)
    [due] = owner.call(reminders.due_reminders, tomorrow).of_kind(ReminderKind.FOLLOWUP.value)
    assert (due.customer_id, due.title) == (zhang, "回访染发效果")

    now[0] = NOW + timedelta(days=3)  # the due day has passed: the date turns red
    tab.reload()
    assert tab.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert tab.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None

    tab.table.selectRow(0)
    assert tab.done_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        _click(qtbot, tab.done_button)
    assert tab.model.rowCount() == 0  # the open tasks are shown
    [done] = owner.call(reminders.list_followups, status=FollowupStatus.DONE)
    assert done.title == "回访染发效果" and done.closed_at is not None
    assert not owner.call(reminders.due_reminders).of_kind(ReminderKind.FOLLOWUP.value)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(None))
    assert tab.model.texts(5) == ["Done"]
    tab.table.selectRow(0)
    assert not tab.done_button.isEnabled()  # a closed task cannot be closed again


def test_the_follow_up_dialog_opens_for_a_given_customer(qtbot: QtBot, owner: StoreContext) -> None:
    zhang = _customer(owner)
    dialog = FollowupDialog(owner, customer_id=zhang)  # the name is looked up
    qtbot.addWidget(dialog)
    assert dialog.customer_field.name_label.text() == "张三"
    assert not dialog.customer_field.choose_button.isVisibleTo(dialog)
    dialog.title_edit.insert("提醒续卡")
    dialog.submit()
    assert dialog.saved is not None and dialog.saved.customer_id == zhang


def test_a_cancelled_task_asks_first(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    zhang = _customer(owner)
    owner.call(reminders.add_followup, zhang, "送生日礼品", NOW.date())
    tab = FollowupsTab(owner)
    _show(qtbot, tab)
    tab.table.selectRow(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not tab.close_selected(FollowupStatus.CANCELLED)
    assert tab.model.rowCount() == 1
    assert tab.close_selected(FollowupStatus.CANCELLED)
    assert [f.status for f in owner.call(reminders.list_followups, status=None)] == ["cancelled"]


def test_a_service_record_is_resolved_only_with_a_resolution(
    qtbot: QtBot, owner: StoreContext
) -> None:
    zhang = _customer(owner)
    tab = ServiceRecordsTab(owner)
    _show(qtbot, tab)
    dialog = tab.add(zhang, "张三")
    assert dialog is not None
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(ServiceType.COMPLAINT.value))
    dialog.subject_edit.insert("染发一周后褪色")
    assert not dialog.due_edit.isEnabled()  # no due date unless asked for
    with qtbot.waitSignal(tab.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.texts(0) == ["Complaint"]
    assert tab.model.texts(1) == ["染发一周后褪色"]
    assert tab.model.texts(3) == ["Open"]
    assert tab.model.texts(5) == [""]

    tab.table.setFocus()
    tab.table.selectRow(0)
    dialog = tab.edit()
    assert dialog is not None and dialog.subject_edit.text() == "染发一周后褪色"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("resolved"))
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert (
        dialog.field_errors["resolution"].text()
        == "Write down how it was resolved before marking it resolved."
    )
    assert dialog.resolution_edit.property("error") is True
    assert not dialog.error.text()  # said next to the field, not at the bottom
    dialog.resolution_edit.insertPlainText("已免费补色")
    dialog.satisfaction_combo.setCurrentIndex(dialog.satisfaction_combo.findData(4))
    with qtbot.waitSignal(tab.changed):
        _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.rowCount() == 0  # only unresolved records are shown
    tab.open_combo.setCurrentIndex(tab.open_combo.findData(False))
    assert tab.model.texts(3) == ["Resolved"]
    assert tab.model.texts(6) == ["★★★★"]
    [record] = owner.call(reminders.list_service_records)
    assert (record.status, record.resolution, record.satisfaction) == ("resolved", "已免费补色", 4)
    assert record.resolved_at is not None


def test_an_overdue_service_record_is_red_and_due(qtbot: QtBot, owner: StoreContext) -> None:
    zhang = _customer(owner)
    tab = ServiceRecordsTab(owner)
    _show(qtbot, tab)
    dialog = tab.add(zhang)
    assert dialog is not None
    dialog.subject_edit.insert("想要发票")
    dialog.due_check.setChecked(True)
    assert dialog.due_edit.isEnabled()
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(-5))  # two days ago
    dialog.submit()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.texts(5) == [(NOW.date() - timedelta(days=2)).isoformat()]
    assert tab.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    [item] = owner.call(reminders.due_reminders).of_kind(ReminderKind.SERVICE.value)
    assert item.title == "想要发票"


def test_a_template_previews_its_placeholders_and_refuses_unknown_ones(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = TemplatesTab(owner)
    _show(qtbot, tab)
    defaults = tab.model.rowCount()
    assert defaults == 10 and tab.name_edit.text() == "生日祝福"  # seeded, the first one shown
    assert tab.preview.text().startswith("Ms Zhang您好！测试门店祝您生日快乐")

    tab.new()
    assert tab.name_edit.text() == "" and tab.body_edit.toPlainText() == ""
    tab.name_edit.insert("到店感谢")
    tab.body_edit.insertPlainText("谢谢")
    _click(qtbot, tab.placeholder_buttons[0])  # {姓名} at the cursor
    tab.body_edit.insertPlainText("，余额")
    _click(qtbot, tab.placeholder_buttons[1])
    assert tab.body_edit.toPlainText() == "谢谢{姓名}，余额{余额}"
    assert tab.preview.text() == "谢谢Ms Zhang，余额¥128.00"

    tab.body_edit.insertPlainText("，{名字}")
    assert tab.body_error.isVisibleTo(tab)
    assert "名字" in tab.body_error.text()
    assert not tab.save()
    assert tab.body_error.text() == (
        "Unknown placeholder: 名字. Use {姓名}, {余额}, {积分}, {剩余次数}, {生日} or {店名}."
    )
    assert tab.body_edit.property("error") is True
    assert len(owner.call(reminders.list_templates)) == defaults

    tab.body_edit.setPlainText("谢谢{姓名}光临{店名}")
    assert not tab.body_error.isVisibleTo(tab)
    with qtbot.waitSignal(tab.changed):
        assert tab.save()
    saved = [t for t in owner.call(reminders.list_templates) if t.name == "到店感谢"]
    assert [t.body for t in saved] == ["谢谢{姓名}光临{店名}"]
    assert tab.selected() is not None and tab.selected().name == "到店感谢"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed):
        assert tab.delete()
    assert "到店感谢" not in {t.name for t in owner.call(reminders.list_templates)}
    assert tab.model.rowCount() == defaults


def test_a_cashier_can_read_but_not_change_templates_or_settings(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    templates = TemplatesTab(cashier)
    _show(qtbot, templates)
    assert templates.model.rowCount() == 10
    assert templates.body_edit.isReadOnly() and templates.name_edit.isReadOnly()
    assert not templates.save_button.isVisible() and not templates.new_button.isVisible()
    assert not templates.placeholder_buttons[0].isEnabled()
    assert templates.note.text() == "Only the owner or a manager can change the message templates."
    assert not templates.save() and not templates.delete()

    settings = ReminderSettingsTab(cashier)
    _show(qtbot, settings)
    assert settings.spins["birthday_days_ahead"].value() == 7  # shown all the same
    assert not settings.spins["birthday_days_ahead"].isEnabled()
    assert not settings.switches["birthday"].isEnabled()
    assert not settings.save_button.isVisible()
    assert "Only the owner or a manager" in settings.note.text()
    assert not settings.save()

    # Follow-up tasks are every cashier's work.
    followups = FollowupsTab(cashier)
    _show(qtbot, followups)
    assert followups.add_button.isVisible() and not followups.note.isVisible()


def test_settings_are_saved_and_read_back(qtbot: QtBot, owner: StoreContext) -> None:
    tab = ReminderSettingsTab(owner)
    _show(qtbot, tab, 1000, 900)
    assert tab.balance_spin.text() == "¥ 50.00"  # 5000 fen by default
    _type(qtbot, tab.balance_spin.lineEdit(), "80.5")
    _type(qtbot, tab.spins["birthday_days_ahead"].lineEdit(), "10")
    tab.switches["anniversary"].setChecked(True)
    tab.switches["return_by_item"].setChecked(False)
    with qtbot.waitSignal(tab.changed):
        assert tab.save()
    rules = owner.call(reminders.get_rules)
    assert rules.balance_low_fen == 80_50
    assert rules.birthday_days_ahead == 10
    assert rules.anniversary is True and rules.return_by_item is False
    assert rules.dormant_days == 90  # untouched

    again = ReminderSettingsTab(owner)
    _show(qtbot, again, 1000, 900)
    assert again.balance_spin.text() == "¥ 80.50"
    assert again.spins["birthday_days_ahead"].text() == "10 days"
    assert again.switches["anniversary"].isChecked()
    assert again.spins["anniversary_days_ahead"].isEnabled()  # its group is on now

    again.reset()
    assert again.balance_spin.value() == 50_00
    assert owner.call(reminders.get_rules).balance_low_fen == 80_50  # not until saved
    assert again.save()
    assert owner.call(reminders.get_rules).balance_low_fen == 50_00
