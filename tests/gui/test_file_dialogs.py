"""Every file dialog opens in Documents, in the folder last used for the same purpose, or (to
restore) in the backup folder: never in the program's working folder. Each kind of dialog is
driven from its own screen; the system dialog itself is replaced by a recorder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from storecrm import paths
from storecrm.domain import clock
from storecrm.gui import file_dialogs
from storecrm.gui.app import create_application
from storecrm.gui.file_dialogs import Purpose
from storecrm.gui.screens.backup_settings import BackupSettingsTab, RestoreDialog
from storecrm.gui.screens.customer_transfer import ExportDialog, ImportDialog
from storecrm.gui.screens.reminders_screen import TodayView
from storecrm.gui.screens.reports_screen import ReportsScreen
from storecrm.gui.screens.shift_dialog import ShiftSummaryDialog
from storecrm.gui.wizard import StoreWizard
from storecrm.services import backup
from storecrm.services.customers import CustomerFilter
from storecrm.services.session import StoreContext
from tests.gui.test_reminders_screen import choose, loaded, person


@dataclass
class Recorder:
    """Stands in for the system file dialogs: records where each opened, answers ``answer``
    (a path, or "" for Cancel)."""

    answer: str = ""
    calls: list[tuple[str, str]] = field(default_factory=list)  # (kind, start)

    def starts(self) -> list[Path]:
        return [Path(start) for _kind, start in self.calls]

    def last_folder(self) -> Path:
        kind, start = self.calls[-1]
        path = Path(start)
        return path.parent if kind == "save" else path  # a save dialog starts on a file name


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user home with a Documents folder, and the program started from another folder (a
    source checkout), as at the counter."""
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    monkeypatch.chdir(checkout)
    return home / "Documents"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, documents: Path) -> Iterator[Recorder]:
    recorder = Recorder()

    def save(_parent: object, _title: str, start: str = "", _filter: str = "", *_a: object):  # type: ignore[no-untyped-def]
        recorder.calls.append(("save", start))
        return recorder.answer, ""

    def open_(_parent: object, _title: str, start: str = "", _filter: str = "", *_a: object):  # type: ignore[no-untyped-def]
        recorder.calls.append(("open", start))
        return recorder.answer, ""

    def folder(_parent: object, _title: str, start: str = "", *_a: object) -> str:
        recorder.calls.append(("folder", start))
        return recorder.answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    yield recorder


def _opened_in(recorder: Recorder, folder: Path) -> None:
    assert recorder.calls, "no file dialog was opened"
    start = recorder.last_folder()
    assert start.is_absolute() and start.resolve() != Path(os.getcwd()).resolve()
    assert start == folder


def _remembers(recorder: Recorder, ask: object, chosen: Path, *, expect: Path) -> None:
    """Choose ``chosen``, then the next dialog of the same purpose opens in ``expect``."""
    recorder.answer = str(chosen)
    ask()  # type: ignore[operator]
    recorder.answer = ""
    ask()  # type: ignore[operator]
    _opened_in(recorder, expect)


# -- the helper ------------------------------------------------------------------------------------
def test_each_purpose_remembers_its_own_folder(
    dialogs: Recorder, documents: Path, tmp_path: Path
) -> None:
    assert file_dialogs.documents_folder() == documents
    reports_folder = tmp_path / "reports"
    reports_folder.mkdir()
    dialogs.answer = str(reports_folder / "may")
    path = file_dialogs.save_file(None, Purpose.REPORT, "t", "may.pdf", "PDF (*.pdf)", ".pdf")
    assert path == reports_folder / "may.pdf"  # the suffix the user left off is added
    assert dialogs.starts()[-1] == documents / "may.pdf"
    dialogs.answer = ""
    assert file_dialogs.save_file(None, Purpose.REPORT, "t", "june.pdf", "", ".pdf") is None
    assert dialogs.starts()[-1] == reports_folder / "june.pdf"
    # Another purpose has its own memory; a remembered folder that is gone is not used.
    file_dialogs.open_file(None, Purpose.CUSTOMER_IMPORT, "t", "")
    assert dialogs.starts()[-1] == documents
    reports_folder.rmdir()
    file_dialogs.save_file(None, Purpose.REPORT, "t", "july.pdf", "", ".pdf")
    assert dialogs.starts()[-1] == documents / "july.pdf"


# -- every dialog of the program ---------------------------------------------------------------
def test_report_pdf_and_excel(
    qtbot: QtBot, dialogs: Recorder, documents: Path, owner: StoreContext, tmp_path: Path
) -> None:
    screen = ReportsScreen(owner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.report_loaded, timeout=30_000):
        screen.set_dates(date(2025, 5, 1), date(2025, 5, 31))
    screen.export("pdf")
    _opened_in(dialogs, documents)
    assert dialogs.starts()[-1].name.endswith(".pdf")
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    dialogs.answer = str(elsewhere / "report")
    with qtbot.waitSignal(screen.exported, timeout=30_000) as blocker:
        screen.export("xlsx")
    assert blocker.args[0] == elsewhere / "report.xlsx" and (elsewhere / "report.xlsx").exists()
    dialogs.answer = ""
    screen.export("pdf")
    _opened_in(dialogs, elsewhere)


def test_customer_export_and_import(
    qtbot: QtBot, dialogs: Recorder, documents: Path, owner: StoreContext, tmp_path: Path
) -> None:
    export = ExportDialog(owner, CustomerFilter(), "name", False, 0)
    qtbot.addWidget(export)
    export.choose_and_export()
    _opened_in(dialogs, documents)
    assert dialogs.starts()[-1].name == "customers.xlsx"
    importer = ImportDialog(owner)
    qtbot.addWidget(importer)
    importer.choose_file()
    _opened_in(dialogs, documents)
    old_system = tmp_path / "old-system"
    old_system.mkdir()
    (old_system / "list.csv").write_text("姓名,手机\n", encoding="utf-8")
    _remembers(dialogs, importer.choose_file, old_system / "list.csv", expect=old_system)
    qtbot.waitUntil(lambda: importer.choose_button.isEnabled(), timeout=10_000)


def test_reminder_list_export(
    qtbot: QtBot,
    dialogs: Recorder,
    documents: Path,
    owner: StoreContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 23, 9, 30))
    person(owner, "李丽", "13800000001", 11, 25, consent=True)
    view = loaded(qtbot, TodayView(owner))
    qtbot.addWidget(view)
    choose(view, "birthday", "李丽")
    assert view.export_list() is None  # cancelled
    _opened_in(dialogs, documents)
    assert dialogs.starts()[-1].name == "reminders-birthday.xlsx"


def test_shift_summary_pdf(
    qtbot: QtBot, dialogs: Recorder, documents: Path, owner: StoreContext
) -> None:
    dialog = ShiftSummaryDialog(owner)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None  # cancelled
    _opened_in(dialogs, documents)
    assert dialogs.starts()[-1].suffix == ".pdf"


def test_restore_opens_in_the_backup_folder(
    qtbot: QtBot, dialogs: Recorder, documents: Path, owner: StoreContext, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb))
    made = Path(owner.call(backup.run_backup).info.path)
    dialog = RestoreDialog(None, owner)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    _opened_in(dialogs, usb)
    copies = tmp_path / "copies"
    copies.mkdir()
    copy = copies / made.name
    copy.write_bytes(made.read_bytes())
    _remembers(dialogs, dialog.choose_file, copy, expect=copies)
    assert dialog.info is not None and dialog.info.path == str(copy)
    # On a new PC (the wizard) there is no backup folder yet: Documents, or the last one used.
    fresh = RestoreDialog(None, None)
    qtbot.addWidget(fresh)
    fresh.choose_file()
    _opened_in(dialogs, copies)


def test_the_backup_folder_and_the_store_folder(
    qtbot: QtBot, dialogs: Recorder, documents: Path, owner: StoreContext, tmp_path: Path
) -> None:
    tab = BackupSettingsTab(owner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.list_pending(), timeout=10_000)
    default = Path(tab.folder_edit.text())
    tab.choose_folder()
    # The default folder does not exist before the first backup: Documents then.
    _opened_in(dialogs, default if default.is_dir() else documents)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.answer = str(usb)
    tab.choose_folder()
    assert tab._chosen_folder == str(usb)
    dialogs.answer = ""
    tab.choose_folder()
    _opened_in(dialogs, usb)

    wizard = StoreWizard()
    qtbot.addWidget(wizard)
    wizard.store_page.browse()
    _opened_in(dialogs, paths.data_dir())  # where the program keeps its stores
    stores = tmp_path / "stores"
    stores.mkdir()
    _remembers(dialogs, wizard.store_page.browse, stores, expect=stores)
    wizard.welcome_page.choose_existing()
    _opened_in(dialogs, stores)
