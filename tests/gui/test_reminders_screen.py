"""The today view, driven like a person would: contact a customer, see it on the timeline and
the reminder gone; snooze one and see it come back on its date; copy and export messages."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from storecrm.domain import clock
from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.screens.customer_detail import CustomerDetailPanel
from storecrm.gui.screens.reminders_screen import ContactDialog, RemindersScreen, TodayView
from storecrm.services import customers, reminders
from storecrm.services.session import StoreContext

TODAY = date(2026, 11, 23)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")  # the look (stylesheet, icon search path) and English texts


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2026, 11, 23, 9, 30))
    monkeypatch.setattr(clock, "now", fake)
    return fake


def person(
    ctx: StoreContext, name: str, phone: str, month: int, day: int, consent: bool = True
) -> int:
    draft = CustomerDraft(name=name, phone=phone, marketing_consent=consent)
    birthday = Birthday(Calendar.SOLAR, month, day, 1990)
    return ctx.call(customers.create_customer, draft, birthday=birthday).customer_id


def loaded(qtbot, view: TodayView) -> TodayView:  # type: ignore[no-untyped-def]
    view.reload()
    qtbot.waitUntil(lambda: not view.loading() and view.result is not None, timeout=10_000)
    return view


def names_shown(view: TodayView) -> list[str]:
    return [view.model.row(n).name for n in range(view.model.rowCount())]


def choose(view: TodayView, kind: str, name: str) -> None:
    row = next(
        n for n in range(view.kinds.count()) if view.kinds.item(n).data(256) == kind
    )  # Qt.UserRole
    view.kinds.setCurrentRow(row)
    view.select_row(names_shown(view).index(name))


def test_contacting_a_customer_from_the_today_view(
    qtbot, owner: StoreContext, now: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    li = person(owner, "李丽", "13800000001", 11, 25)
    person(owner, "王强", "13800000002", 11, 24)
    view = TodayView(owner)
    qtbot.addWidget(view)
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    loaded(qtbot, view)
    assert counts[-1] == 2
    assert view.current_kind() == "birthday"
    assert names_shown(view) == ["王强", "李丽"]  # by due date
    assert view.model.index(1, 2).data() == "In 2 days"
    assert "turns 36" in view.model.index(1, 3).data()

    choose(view, "birthday", "李丽")

    def fill_and_accept(dialog: ContactDialog) -> int:
        dialog.channels.button(1).setChecked(True)  # WeChat
        dialog.note.setPlainText("发了祝福，周六来做头发")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert view.contact()
    assert names_shown(view) == ["王强"]
    assert counts[-1] == 1
    assert view.kinds.item(view.kinds.currentRow()).text().endswith("1")

    panel = CustomerDetailPanel(owner)
    qtbot.addWidget(panel)
    panel.show_customer(li)
    texts = panel.timeline_texts()
    assert any("WeChat" in t and "发了祝福，周六来做头发" in t for t in texts), texts


def test_a_snoozed_reminder_comes_back_on_its_date(qtbot, owner: StoreContext, now: Clock) -> None:
    person(owner, "李丽", "13800000001", 11, 29)
    view = loaded(qtbot, TodayView(owner))
    qtbot.addWidget(view)
    choose(view, "birthday", "李丽")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert view.snooze(date(2026, 11, 26))
    assert names_shown(view) == []
    assert view.empty_label.text() == "Nothing to do here today."
    now.at = datetime(2026, 11, 26, 9, 0)
    loaded(qtbot, view)
    assert names_shown(view) == ["李丽"]
    assert view.model.index(0, 0).data() == "李丽 ⏰"  # back from a snooze


def test_copy_and_export_messages_respect_consent(
    qtbot, owner: StoreContext, now: Clock, tmp_path: Path
) -> None:
    person(owner, "李丽", "13800000001", 11, 25, consent=True)
    person(owner, "王强", "13800000002", 11, 24, consent=False)
    view = loaded(qtbot, TodayView(owner))
    qtbot.addWidget(view)
    view.quiet = True
    assert view.template_combo.currentText() == "生日祝福"  # the birthday template first
    choose(view, "birthday", "李丽")
    text = view.copy_message()
    assert text is not None and text.startswith("李丽您好！")
    assert QGuiApplication.clipboard().text() == text
    choose(view, "birthday", "王强")
    assert view.copy_message(confirm_no_consent=False) is None

    target = tmp_path / "birthdays.xlsx"
    task = view.export_list(target)
    assert task is not None
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Phone", "Reminder", "Due", "Message")
    assert [r[:3] for r in rows[1:]] == [("李丽", "13800000001", "Birthday")]
    assert rows[1][3] == datetime(2026, 11, 25)  # a real date cell
    assert rows[1][4].startswith("李丽您好！")
    assert "1 left out: no consent" in view.export_message


def test_the_screen_has_every_tab_and_opens_on_today(
    qtbot, owner: StoreContext, now: Clock
) -> None:
    person(owner, "李丽", "13800000001", 11, 25)
    screen = RemindersScreen(owner)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.today.result is not None, timeout=10_000)
    assert screen.tabs.count() == 5
    assert screen.tabs.currentWidget() is screen.today
    # Tab walks the bar at the top, the kinds, the list, then the actions on its line.
    today = screen.today
    assert tab_after(today.mine_only) is today.refresh_button
    assert tab_after(today.refresh_button) is today.template_combo
    assert tab_after(today.template_combo) is today.copy_button
    assert tab_after(today.copy_button) is today.export_button
    assert tab_after(today.export_button) is today.kinds
    assert tab_after(today.kinds) is today.table
    assert tab_after(today.table) is today.contact_button
    assert tab_after(today.not_interested_button) is today.open_button

    opened: list[int] = []
    screen.open_customer.connect(opened.append)
    screen.today.open_current()
    assert opened and owner.call(reminders.due_reminders).items[0].customer_id == opened[0]


def tab_after(widget: QWidget) -> QWidget:
    """The next widget Tab stops at (a table's viewport and scroll bars take no focus)."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_kind_list_shows_every_name_with_its_whole_count_at_1366x768(
    qtbot, qapp: QApplication, owner: StoreContext, now: Clock, language: str
) -> None:
    from storecrm.gui.app import create_application as app_in
    from storecrm.gui.count_list import COUNT_ROLE, NAME_ROLE
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences

    person(owner, "李丽", "13800000001", 11, 25)
    app_in(language)
    try:
        window = MainWindow(owner, Preferences())
        qtbot.addWidget(window)
        window.resize(1366, 728)  # 768 less the taskbar
        window.show()
        window.show_screen("reminders")
        today = window.screens["reminders"].today  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: today.result is not None and not today.loading(), timeout=20_000)
        kinds = today.kinds
        metrics = kinds.fontMetrics()
        room = kinds.viewport().width()
        for row in range(kinds.count()):
            item = kinds.item(row)
            assert item.data(COUNT_ROLE) is not None and item.data(NAME_ROLE)
            # The whole "name  count" fits, as does a four-digit count.
            assert metrics.horizontalAdvance(item.text()) + 8 <= room, item.text()
            assert metrics.horizontalAdvance(f"{item.data(NAME_ROLE)}  9,999") + 8 <= room
        assert kinds.horizontalScrollBar().maximum() == 0
        window.close()
    finally:
        app_in("en")


def test_requests_while_the_list_is_worked_out_queue_one_more_computation(
    qtbot, owner: StoreContext, now: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five store changes during one computation (a busy hour on a slow PC) start one more,
    not five in parallel; the answer shown is the newest."""
    person(owner, "李丽", "13800000001", 11, 25)
    computed: list[int] = []
    real = reminders.due_reminders

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        computed.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reminders, "due_reminders", counted)
    view = TodayView(owner)
    qtbot.addWidget(view)
    view.reload()
    person(owner, "王强", "13800000002", 11, 24)  # changed while the first is worked out
    for _ in range(5):
        view.reload()
    qtbot.waitUntil(lambda: not view.loading() and view.result is not None, timeout=10_000)
    assert len(computed) == 2
    assert sorted({r.name for r in view.result.items}) == ["李丽", "王强"]
