"""Starting the program: application object, look, language, crash handler, and the flow from
first-run wizard or login to the main window (and back on sign-out)."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from storecrm import __version__, i18n, logging_setup, messages, paths
from storecrm.gui import collector, fit, look
from storecrm.gui.login import LoginDialog
from storecrm.gui.main_window import MainWindow
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.backup_settings import restore_success_text
from storecrm.gui.tasks import run_in_background
from storecrm.gui.wizard import StoreWizard
from storecrm.services import session
from storecrm.services.backup import RestoreResult
from storecrm.services.session import StoreContext

log = logging.getLogger(__name__)


class _CrashReporter(QObject):
    """Shows the crash message on the GUI thread, whichever thread crashed."""

    crashed = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(str, bool)
    def _show(self, log_path: str, disk_full: bool) -> None:
        if disk_full:
            text = self.tr(
                "The disk is full, so the last change was not saved. Nothing was lost: every "
                "change saved before is kept.\n\nFree some space on the disk (delete or move "
                "old files or backups) and try again."
            )
        else:
            text = self.tr(
                "Sorry, something went wrong. Your data is safe: every saved change is kept.\n\n"
                "The details were written to:\n%1"
            ).replace("%1", log_path)
        QMessageBox.critical(QApplication.activeWindow(), self.tr("StoreCRM"), text)


def create_application(language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("StoreCRM")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("StoreCRM")
    app.setWindowIcon(look.icon("app"))
    look.load_font(app)
    look.apply_stylesheet(app)
    fit.install(app)  # every window fits the screen it opens on
    collector.install(app)  # garbage cycles (and the windows in them) freed on this thread
    chosen = language or Preferences().language or i18n.DEFAULT_LANGUAGE
    i18n.install(app, chosen)
    return app


def freeze_startup_objects() -> None:
    """Exempt what is loaded at start from the cyclic garbage collector.

    The modules, and above all pypinyin's dictionaries (some 190,000 lists), live as long as the
    program; the collector would walk all of them in every full collection, holding Python's
    lock for about 100 ms each time, so the window would stall now and then whatever it was
    doing. They are still freed normally when the program ends."""
    from storecrm.domain.customer import load_pinyin

    load_pinyin()  # loaded on first use elsewhere; here before the freeze
    gc.collect()
    gc.freeze()


class AppController(QObject):
    """Owns the top-level windows: wizard → login → main window → (sign out) → login.

    It also decides when the program ends (``finished``): when none of its windows is open and
    none of its background work (building the demo store) is running. Qt's own rule, quit when
    the last window closes, would end the program whenever a progress dialog closes before the
    next window is up."""

    finished = Signal()

    def __init__(self, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.wizard: StoreWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self._demo = False
        self._login_notice = ""  # said once by the next login (after a restore)
        self._working = 0  # background jobs of the controller's own that are running

    # -- entry points --------------------------------------------------------------------------
    def start(self, store: Path | None = None, demo_mode: bool = False) -> None:
        self._demo = demo_mode
        if demo_mode:
            self.open_demo()
        elif store is not None:
            self.show_login(store)
        elif self.prefs.last_store and session.is_store_folder(self.prefs.last_store):
            self.show_login(self.prefs.last_store)
        else:
            self.show_wizard()

    def open_demo(self) -> None:
        folder = paths.demo_store_dir()
        if session.is_store_folder(folder):
            self.show_login(folder)
            return

        from storecrm.services import demo  # the demo's generators: only for the demo

        def built(_recovery_code: object) -> None:
            self._working -= 1
            self.show_login(folder)

        def failed(exc: BaseException) -> None:
            self._working -= 1
            self._fatal(exc)

        self._working += 1
        run_in_background(
            lambda: demo.create_demo_store(folder),
            None,
            self.tr("Preparing the demo store…"),
            built,
            failed,
        )

    def _fatal(self, exc: BaseException) -> None:
        if not isinstance(exc, Exception):
            raise exc
        logging_setup.log_exception(type(exc), exc, exc.__traceback__)
        QMessageBox.critical(None, "StoreCRM", messages.error_text(exc))
        self.finished.emit()

    def _finish_if_idle(self) -> None:
        if self.top_window() is None and not self._working:
            self.finished.emit()

    # -- windows -------------------------------------------------------------------------------
    def show_wizard(self) -> None:
        self._close_login()
        self.wizard = StoreWizard()
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    @Slot(int)
    def _wizard_finished(self, result: int) -> None:
        wizard = self.wizard
        assert wizard is not None
        self.wizard = None
        wizard.deleteLater()
        if result == QDialog.DialogCode.Accepted and wizard.context is not None:
            self.show_main(wizard.context)
        elif result == StoreWizard.OPENED_EXISTING and wizard.chosen_folder is not None:
            if wizard.restored is not None:
                self._restored(wizard.restored)
            self.show_login(wizard.chosen_folder)
        else:
            self._finish_if_idle()

    def show_login(self, folder: Path) -> None:
        self._close_login()
        username, password = self.prefs.last_username, ""
        if self._demo:
            from storecrm.services import demo

            username, password = demo.DEMO_OWNER, demo.DEMO_PASSWORD
        notice, self._login_notice = self._login_notice, ""
        dialog = LoginDialog(folder, username=username, password=password, notice=notice)
        dialog.other_store_requested.connect(self.show_wizard)
        dialog.finished.connect(self._login_finished)
        self.login_dialog = dialog
        dialog.show()
        dialog.raise_()

    def _close_login(self) -> None:
        if self.login_dialog is not None:
            dialog, self.login_dialog = self.login_dialog, None
            dialog.finished.disconnect(self._login_finished)
            dialog.close()
            dialog.deleteLater()

    @Slot(int)
    def _login_finished(self, result: int) -> None:
        dialog = self.login_dialog
        self.login_dialog = None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.context is not None:
            self.prefs.last_username = dialog.context.actor.username
            self.show_main(dialog.context)
        else:
            self._finish_if_idle()

    def show_main(self, context: StoreContext) -> None:
        self.prefs.last_store = context.folder
        window = MainWindow(context, self.prefs)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.restored.connect(self._restored)
        window.closed.connect(lambda signed_out: self._main_closed(context.folder, signed_out))
        self.main_window = window
        window.show()
        if context.upgraded_from:
            window.statusBar().showMessage(
                self.tr("The store was upgraded to the new version; a safety copy was kept."),
                15000,
            )
        if context.key_change is not None:  # finished at this sign-in, after an interruption
            from storecrm.gui.key_change import show_key_change
            from storecrm.services import info

            show_key_change(window, context.key_change, context.call(info.store_info).store_name)

    @Slot(object)
    def _restored(self, result: RestoreResult) -> None:
        self._login_notice = restore_success_text(result)

    def _main_closed(self, folder: Path, signed_out: bool) -> None:
        self.main_window = None
        if signed_out:
            self._demo = False
            self.show_login(folder)
        else:
            self._finish_if_idle()

    def top_window(self) -> QWidget | None:
        return self.main_window or self.login_dialog or self.wizard


def run_gui(store: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    app = create_application(language)
    reporter = _CrashReporter()
    logging_setup.install_crash_handler(reporter.crashed.emit)
    app.setQuitOnLastWindowClosed(False)  # the controller says when the program ends
    from storecrm.services import housekeeping

    housekeeping.clean_temporary_folders()  # what killed checks of backups left
    controller = AppController()
    controller.finished.connect(app.quit)
    controller.start(store, demo)
    log.info("StoreCRM %s started", __version__)
    freeze_startup_objects()
    return int(app.exec())
