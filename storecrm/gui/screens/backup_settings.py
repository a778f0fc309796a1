"""Settings → Backups: where and when backups are made, "Back up now", the backups in the folder
(a backup made by hand is deleted only here, by the owner), and restoring one
(:class:`RestoreDialog`, also used by the first-run wizard on a new PC)."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from storecrm import messages, paths
from storecrm.domain.errors import StoreCRMError, StoreExists
from storecrm.domain.roles import Permission
from storecrm.gui.backup_scheduler import BackupScheduler
from storecrm.gui.file_dialogs import Purpose, choose_folder, open_file
from storecrm.gui.look import icon, set_property
from storecrm.gui.models import ListTableModel
from storecrm.gui.tasks import run_in_background
from storecrm.gui.widgets import buddy_label, error_label, plural_suffix, show_error, subtitle_label
from storecrm.services import backup, info
from storecrm.services.backup import (
    BackupInfo,
    BackupResult,
    BackupStatus,
    FolderEntry,
    RestoreResult,
)
from storecrm.services.session import StoreContext

FILE_FILTER = "*" + backup.SUFFIX


def kind_name(kind: str) -> str:
    names = {
        "manual": QCoreApplication.translate("BackupKind", "By hand"),
        "scheduled": QCoreApplication.translate("BackupKind", "Daily"),
        "exit": QCoreApplication.translate("BackupKind", "On closing"),
    }
    return names.get(kind, kind)


def restore_success_text(result: RestoreResult) -> str:
    """What the login says after a restore: which store, from which backup, and where the
    replaced data went."""
    sentences = [
        QCoreApplication.translate(
            "RestoreDialog", "The store “%1” was restored from the backup made on %2."
        )
        .replace("%1", result.info.store_name)
        .replace("%2", result.info.created_at.strftime("%Y-%m-%d %H:%M"))
    ]
    if result.upgraded_from:
        sentences.append(
            QCoreApplication.translate(
                "RestoreDialog", "It was upgraded to this version of StoreCRM."
            )
        )
    if result.safety_folder:
        sentences.append(
            QCoreApplication.translate(
                "RestoreDialog", "The data it replaced is kept in %1."
            ).replace("%1", result.safety_folder)
        )
    sentences.append(QCoreApplication.translate("RestoreDialog", "Sign in to go on."))
    text = sentences[0]
    for sentence in sentences[1:]:  # Chinese sentences follow each other without a space
        text += ("" if text.endswith("。") else " ") + sentence
    return text


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{size / 1024:.0f} KB"


def _folder_name(store_name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "-", store_name.strip()).strip("-.")
    return cleaned or "my-store"


def context_free_folder_taken(context: StoreContext | None, folder: Path) -> bool:
    """On a new PC the backup goes into an empty or new folder, never over what is there."""
    return context is None and folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


class RestoreDialog(QDialog):
    """Pick a backup, see its manifest, give the password or recovery code, confirm, restore.

    With ``context`` (Settings → Backups) the backup replaces that open store: the store is
    closed during the restore and stays closed; the window must sign in again. Without it (the
    wizard on a new PC) the backup becomes a store in a folder chosen here; ``restored_folder``
    holds it afterwards.
    """

    def __init__(self, parent: QWidget | None = None, context: StoreContext | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info: BackupInfo | None = None
        self.result_info: RestoreResult | None = None
        self.restored_folder: Path | None = None
        self._folder_touched = False
        current = context.call(info.store_info) if context else None
        self._current_store_id = current.store_id if current else ""
        self._current_store_name = current.store_name if current else ""
        # A restore's file dialog opens in the backup folder (unless one was used since).
        self._backup_folder = (
            Path(context.call(backup.get_backup_settings).folder) if context else None
        )
        self.setWindowTitle(self.tr("Restore from a backup file"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose the backup file…"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.manifest_form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, caption in (
            ("store", self.tr("Store")),
            ("created", self.tr("Made at")),
            ("version", self.tr("Made by StoreCRM")),
            ("counts", self.tr("Contents")),
            ("size", self.tr("File size")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            self.manifest_form.addRow(caption, label)
        layout.addLayout(self.manifest_form)
        self.note = subtitle_label("")
        layout.addWidget(self.note)

        form = QFormLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.textEdited.connect(self._touch_folder)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.folder_widget = QWidget()
        self.folder_widget.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        if context is None:
            form.addRow(
                buddy_label(self.tr("Restore into &folder"), self.folder_edit), self.folder_widget
            )
        else:
            self.folder_widget.hide()
        self.password_radio = QRadioButton(
            self.tr("The owner's &password when the backup was made")
        )
        self.code_radio = QRadioButton(self.tr("The recovery co&de"))
        self.password_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.password_radio)
        group.addButton(self.code_radio)
        form.addRow(self.tr("Open it with"), self.password_radio)
        form.addRow("", self.code_radio)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("", self.secret_edit)
        layout.addLayout(form)
        self.confirm = QCheckBox(
            self.tr(
                "Replace this store's data with the backup. The current data is kept as a "
                "safety copy in the store's folder."
            )
        )
        self.confirm.setVisible(context is not None)
        layout.addWidget(self.confirm)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_property(self.restore_button, "danger" if context else "primary", True)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.secret_edit.textChanged,
            self.folder_edit.textChanged,
            self.confirm.toggled,
            self.code_radio.toggled,
        ):
            signal.connect(self._update)
        self._update()

    # -- choosing ----------------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        chosen = open_file(
            self,
            Purpose.RESTORE,
            self.tr("Choose the backup file"),
            self.tr("StoreCRM backups (%1)").replace("%1", FILE_FILTER),
            fallback=self._backup_folder,
        )
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> None:
        """Show the manifest (read quickly; the whole file is checked when restoring)."""
        self.file_edit.setText(str(path))
        self.info = None
        for label in self.labels.values():
            label.clear()
        self.note.clear()
        try:
            found = backup.read_manifest(path)
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            self._update()
            return
        show_error(self.error, "")
        self.info = found
        self.labels["store"].setText(found.store_name)
        self.labels["created"].setText(found.created_at.strftime("%Y-%m-%d %H:%M"))
        self.labels["version"].setText(
            self.tr("%1 (database revision %2)")
            .replace("%1", found.app_version)
            .replace("%2", str(found.schema_revision))
        )
        self.labels["counts"].setText(
            self.tr("%n customer(s)", "", found.customers)
            + self.tr(", ")
            + self.tr("%n sale(s)", "", found.sales)
        )
        self.labels["size"].setText(_size(found.size_bytes))
        notes = [self.tr("The whole file is checked before anything is replaced.")]
        if found.upgrade_needed:
            notes.append(self.tr("It is from an older version and is upgraded when restored."))
        if self.context is not None and found.store_id != self._current_store_id:
            notes.append(
                self.tr("Careful: this backup is of another store, not of “%1”.").replace(
                    "%1", self._current_store_name
                )
            )
        self.note.setText(" ".join(notes))
        if self.context is None and not self._folder_touched:
            self.folder_edit.setText(
                str(paths.default_store_dir(_folder_name(found.store_name or "store")))
            )
        self._update()

    @Slot()
    def _touch_folder(self) -> None:
        self._folder_touched = True

    @Slot()
    def browse_folder(self) -> None:
        folder = choose_folder(
            self,
            Purpose.STORE_FOLDER,
            self.tr("Where to keep the store's data"),
            fallback=paths.data_dir(),
        )
        if folder is not None:
            self._folder_touched = True
            name = _folder_name(self.info.store_name if self.info else "store")
            self.folder_edit.setText(str(folder / name))

    @Slot()
    def _update(self) -> None:
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal
            if self.code_radio.isChecked()
            else QLineEdit.EchoMode.Password
        )
        self.secret_edit.setPlaceholderText(
            "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" if self.code_radio.isChecked() else ""
        )
        ready = (
            self.info is not None
            and bool(self.secret_edit.text())
            and (self.context is not None or bool(self.folder_edit.text().strip()))
            and (self.context is None or self.confirm.isChecked())
        )
        self.restore_button.setEnabled(ready)

    # -- restoring ---------------------------------------------------------------------------
    def target_folder(self) -> Path:
        if self.context is not None:
            return self.context.folder
        return Path(self.folder_edit.text().strip())

    @Slot()
    def restore(self) -> None:
        if self.info is None or not self.restore_button.isEnabled():
            return
        path = Path(self.info.path)
        folder = self.target_folder()
        if context_free_folder_taken(self.context, folder):
            show_error(self.error, messages.error_text(StoreExists(str(folder))))
            return
        other_store = self.context is not None and self.info.store_id != self._current_store_id
        if other_store and not self._confirm_other_store(self.info):
            return
        secret = self.secret_edit.text()
        kind = "recovery_code" if self.code_radio.isChecked() else "password"
        context = self.context
        show_error(self.error, "")
        self.setEnabled(False)

        def work(report: object) -> RestoreResult:
            return backup.restore_backup(
                path,
                folder,
                context=context,
                progress=report,  # type: ignore[arg-type]
                replace_other_store=other_store,
                **{kind: secret},
            )

        run_in_background(
            work,
            self,
            self.tr("Checking and restoring the backup…"),
            self._restored,
            self._failed,
            with_progress=True,
        )

    def _confirm_other_store(self, found: BackupInfo) -> bool:
        """Both stores' names, and a plain question; No is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("A backup of another store"),
            self.tr(
                "This backup is of the store “%1”. The store open now is “%2”.\n\n"
                "Restoring it replaces “%2” with “%1”. The current data is kept as a safety "
                "copy in the store's folder. Replace it?"
            )
            .replace("%1", found.store_name or "?")
            .replace("%2", self._current_store_name or "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _restored(self, result: RestoreResult) -> None:
        self.setEnabled(True)
        self.result_info = result
        self.restored_folder = Path(result.store_folder)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(exc, Exception):
            raise exc
        show_error(self.error, messages.error_text(exc))
        if self.context is not None and self.context.closed:
            self.reject()  # the store was already handed over: the window must sign in again
        elif not isinstance(exc, StoreCRMError):
            from storecrm import logging_setup

            logging_setup.log_exception(type(exc), exc, exc.__traceback__)


class BackupSettingsTab(QWidget):
    """Settings → Backups."""

    store_closed = Signal(object)  # RestoreResult, or None: a restore closed the open store
    list_loaded = Signal()  # the list of backups in the folder was read

    def __init__(self, context: StoreContext, scheduler: BackupScheduler | None = None) -> None:
        super().__init__()
        self.context = context
        self.scheduler = scheduler or BackupScheduler(context, self)
        self.restore_dialog: RestoreDialog | None = None
        self._chosen_folder = ""
        self._list_requests = 0
        self._list_done = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("&Default"))
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        form.addRow(buddy_label(self.tr("Backup f&older"), self.choose_button), row)
        self.folder_note = subtitle_label(
            self.tr(
                "Choose a USB drive or a synced folder. The default folder is on the same disk "
                "as the store: it helps after a mistake, not when the disk fails."
            )
        )
        form.addRow("", self.folder_note)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setMaximumWidth(120)
        form.addRow(self.tr("Daily backup &at"), self.time_edit)
        self.daily_spin = QSpinBox()
        self.daily_spin.setRange(*backup.KEEP_DAILY_RANGE)
        plural_suffix(self.daily_spin, lambda n: self.tr(" day(s)", "", n))
        self.daily_spin.setMaximumWidth(160)
        self.monthly_spin = QSpinBox()
        self.monthly_spin.setRange(*backup.KEEP_MONTHLY_RANGE)
        plural_suffix(self.monthly_spin, lambda n: self.tr(" month(s)", "", n))
        self.monthly_spin.setMaximumWidth(160)
        form.addRow(self.tr("Keep one backup a day for the last"), self.daily_spin)
        form.addRow(self.tr("… and one a month for the last"), self.monthly_spin)
        self.on_exit_check = QCheckBox(self.tr("Also make a backup when the program closes"))
        form.addRow("", self.on_exit_check)
        self.error = error_label()
        form.addRow("", self.error)
        self.note = subtitle_label("")
        form.addRow("", self.note)
        self.save_button = QPushButton(self.tr("&Save"))
        set_property(self.save_button, "primary", True)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        layout.addLayout(form)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(icon("backup"), self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore from file…"))
        self.restore_button.clicked.connect(lambda: self.open_restore())
        self.refresh_button = QPushButton(icon("refresh"), self.tr("R&efresh"))
        self.refresh_button.clicked.connect(self.reload_list)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(
            self.tr(
                "Delete the selected backup file. Backups made by hand are never deleted "
                "by the rotation: delete them here when they are no longer needed."
            )
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        for button in (
            self.backup_button,
            self.restore_button,
            self.refresh_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.model: ListTableModel[FolderEntry] = ListTableModel(
            [
                (self.tr("Made at"), self._when),
                (self.tr("Kind"), lambda e: kind_name(e.info.kind) if e.info else ""),
                (self.tr("Customers"), lambda e: e.info.customers if e.info else ""),
                (self.tr("Sales"), lambda e: e.info.sales if e.info else ""),
                (self.tr("Size"), lambda e: _size(e.info.size_bytes) if e.info else ""),
                (self.tr("Version"), lambda e: e.info.app_version if e.info else ""),
                (self.tr("File"), lambda e: e.file_name),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_restore(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_delete)
        self.model.modelReset.connect(self._update_delete)
        layout.addWidget(self.table, 1)

        actor = context.actor
        self.can_change = actor.can(Permission.CHANGE_SETTINGS)
        for widget in (
            self.choose_button,
            self.default_button,
            self.time_edit,
            self.daily_spin,
            self.monthly_spin,
            self.on_exit_check,
            self.save_button,
        ):
            widget.setEnabled(self.can_change)
        self.backup_button.setEnabled(actor.can(Permission.BACKUP_DATA))
        self.restore_button.setVisible(actor.can(Permission.RESTORE_BACKUP))
        self.delete_button.setVisible(self.can_change)
        self._update_delete()
        if not self.can_change:
            self.note.setText(self.tr("Only the owner can change where and when backups are made."))
        self.scheduler.backup_finished.connect(self._backup_finished)
        self.scheduler.backup_failed.connect(self._backup_failed)
        self.scheduler.running_changed.connect(self._running)
        self.reload()

    # -- settings ----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.context.closed:
            return
        current = self.context.call(backup.get_backup_settings)
        self._chosen_folder = current.folder if current.folder_chosen else ""
        self.folder_edit.setText(current.folder)
        self.folder_edit.setToolTip(
            "" if current.folder_chosen else self.tr("The default folder beside the store")
        )
        self.time_edit.setTime(QTime(current.daily_time.hour, current.daily_time.minute))
        self.daily_spin.setValue(current.keep_daily)
        self.monthly_spin.setValue(current.keep_monthly)
        self.on_exit_check.setChecked(current.on_exit)
        self.reload_list()

    def _when(self, entry: FolderEntry) -> str:
        if entry.info is None:
            reason = entry.problem.reason if entry.problem else ""
            return self.tr("unreadable (%1)").replace("%1", reason)
        text = entry.info.created_at.strftime("%Y-%m-%d %H:%M")
        if entry.before_erasure:  # holds an erased customer's data until rotation removes it
            text += " · " + self.tr("before an erasure")
        return text if entry.this_store else f"{text} · {entry.info.store_name}"

    @Slot()
    def reload_list(self) -> None:
        """Read the folder off the GUI thread (a USB stick or a synced folder can be slow)."""
        if self.context.closed:
            return
        self._list_requests += 1
        context, request = self.context, self._list_requests

        def work() -> tuple[list[FolderEntry], BackupStatus]:
            return context.call(backup.list_backups), context.call(backup.backup_status)

        run_in_background(
            work,
            None,
            "",
            lambda found: self._list_loaded(request, found),
            lambda exc: self._list_loaded(request, exc),
        )

    def list_pending(self) -> bool:
        return self._list_done < self._list_requests

    def _list_loaded(self, request: int, found: object) -> None:
        if not shiboken6.isValid(self):  # the tab was closed while the folder was read
            return
        self._list_done = max(self._list_done, request)
        if request == self._list_requests and isinstance(found, tuple):
            entries, status = found
            self.model.set_rows(entries)
            self._show_status(status)
        elif isinstance(found, BaseException) and not isinstance(found, Exception):
            raise found
        self.list_loaded.emit()

    def _show_status(self, status: BackupStatus) -> None:
        if status.warning == "folder_missing":
            text = self.tr("The backup folder is not there. Is the USB drive plugged in?")
        elif status.last_at is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = self.tr("Last good backup: %1").replace(
                "%1", status.last_at.strftime("%Y-%m-%d %H:%M")
            )
        self.status_label.setText(text)
        set_property(self.status_label, "error", status.warning is not None)

    @Slot()
    def choose_folder(self) -> None:
        folder = choose_folder(
            self,
            Purpose.BACKUP_FOLDER,
            self.tr("Where to keep the backups"),
            current=Path(self.folder_edit.text()),
        )
        if folder is not None:
            self.set_folder(str(folder))

    def set_folder(self, folder: str) -> None:
        """The chosen folder ("" for the default); saved with the other settings."""
        self._chosen_folder = folder
        self.folder_edit.setText(folder or self.tr("(the default folder beside the store)"))

    @Slot()
    def save(self) -> None:
        show_error(self.error, "")
        moment = self.time_edit.time()
        try:
            self.context.call(
                backup.set_backup_settings,
                folder=self._chosen_folder,
                daily_time=time(moment.hour(), moment.minute()),
                keep_daily=self.daily_spin.value(),
                keep_monthly=self.monthly_spin.value(),
                on_exit=self.on_exit_check.isChecked(),
            )
        except StoreCRMError as exc:
            show_error(self.error, messages.error_text(exc))
            return
        self.reload()
        self.scheduler.refresh_status()
        self.note.setText(self.tr("Saved."))

    # -- backing up --------------------------------------------------------------------------
    @Slot()
    def back_up_now(self) -> None:
        show_error(self.error, "")
        self.note.setText("")
        self.scheduler.run("manual", self, self.tr("Making a backup…"))

    @Slot(bool)
    def _running(self, running: bool) -> None:
        self.backup_button.setEnabled(
            not running and self.context.actor.can(Permission.BACKUP_DATA)
        )
        if running:
            self.note.setText(self.tr("Making a backup…"))

    def _backup_finished(self, result: BackupResult) -> None:
        text = self.tr("Backup made and verified: %1").replace("%1", result.info.file_name)
        if result.deleted:
            text += " " + self.tr("%n old backup(s) removed.", "", len(result.deleted))
        self.note.setText(text)
        self.reload_list()

    def _backup_failed(self, message: str) -> None:
        self.note.setText("")
        show_error(self.error, message)
        self.reload_list()

    # -- deleting ----------------------------------------------------------------------------
    def selected_entry(self) -> FolderEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    @Slot()
    def _update_delete(self) -> None:
        self.delete_button.setEnabled(self.can_change and self.selected_entry() is not None)

    def delete_selected(self) -> bool:
        """Delete the selected backup file after the owner confirms; True when deleted."""
        entry = self.selected_entry()
        if entry is None or not self.can_change or self.context.closed:
            return False
        if entry.info is not None:
            what = (
                self.tr("the backup made on %1 (%2)")
                .replace("%1", entry.info.created_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", kind_name(entry.info.kind))
            )
        else:
            what = entry.file_name
        answer = QMessageBox.question(
            self,
            self.tr("Delete backup"),
            self.tr(
                "Delete %1? The file is removed from the backup folder; this cannot be undone."
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        show_error(self.error, "")
        try:
            self.context.call(backup.delete_backup, Path(entry.path))
        except (StoreCRMError, OSError) as exc:
            show_error(self.error, messages.error_text(exc))
            self.reload_list()
            return False
        self.note.setText(self.tr("Deleted: %1").replace("%1", entry.file_name))
        self.reload_list()
        self.scheduler.refresh_status()
        return True

    # -- restoring ---------------------------------------------------------------------------
    def open_restore(self, row: int | None = None) -> RestoreDialog | None:
        if not self.context.actor.can(Permission.RESTORE_BACKUP):
            return None
        dialog = RestoreDialog(self, self.context)
        if row is not None and 0 <= row < self.model.rowCount():
            dialog.set_file(Path(self.model.row(row).path))
        dialog.finished.connect(self._restore_finished)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def _restore_finished(self, _result: int) -> None:
        dialog = self.restore_dialog
        self.restore_dialog = None
        if dialog is None:
            return
        dialog.deleteLater()
        if self.context.closed:
            self.scheduler.stop()
            self.store_closed.emit(dialog.result_info)
