"""The import wizard and the export dialog, driven like a person (real files, real store)."""

from __future__ import annotations

import functools
import threading
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from storecrm.gui.app import create_application
from storecrm.gui.screens.customer_transfer import ExportDialog, ImportDialog
from storecrm.services import customers as svc
from storecrm.services.customers import CustomerFilter
from storecrm.services.session import StoreContext


def _old_system_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["会员姓名", "手机号码", "性别", "出生日期", "会员卡号", "卡内余额", "积分", "备注"]
    )
    sheet.append(["刘一", "13811110001", "男", date(1988, 5, 4), "A001", "¥120.50", 30, "老客"])
    sheet.append(["陈二", "139-2222-0002", "女", "1992年3月8日", "A002", "", "", ""])
    sheet.append(["张三", "12345", "男", "", "A003", "", "", ""])  # bad phone: row 4
    sheet.append(["李四", "13644440004", "女", "1990-02-30", "A004", "", "", ""])  # bad date: row 5
    book.save(path)
    return path


def test_import_wizard_shows_each_bad_row_then_imports_the_good_ones(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, tmp_path: Path
) -> None:
    create_application("en")
    dialog = ImportDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(_old_system_file(tmp_path / "old.xlsx"))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert (
        "4 rows read" in dialog.summary.text() and "2 rows with problems" in dialog.summary.text()
    )
    problems = {(p.row_number, p.field) for p in dialog.problem_model._rows}  # noqa: SLF001
    assert problems == {(4, "phone"), (5, "birthday")}
    fields = {
        dialog.columns.item(r, 0).text(): dialog.columns.cellWidget(r, 2).currentData()  # type: ignore[union-attr]
        for r in range(dialog.columns.rowCount())
    }
    assert fields["会员姓名"] == "name" and fields["卡内余额"] == "balance"
    assert isinstance(dialog.columns.cellWidget(0, 2), QComboBox)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert dialog.report is not None and dialog.report.saved
    assert (dialog.report.created, dialog.report.problem_rows) == (2, 2)
    assert "2 customers created" in dialog.report_label.text()
    hits = owner.call(svc.search_customers, "刘一")
    assert [h.name for h in hits] == ["刘一"] and hits[0].balance_fen == 12_050
    assert hits[0].points == 30
    assert owner.call(svc.search_customers, "张三") == []  # the bad row was not imported


def test_a_test_run_saves_nothing(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, tmp_path: Path
) -> None:
    create_application("en")
    dialog = ImportDialog(owner)
    qtbot.addWidget(dialog)
    dialog.load(_old_system_file(tmp_path / "old.xlsx"))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.dry_run.setChecked(True)
    dialog.run()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10_000)
    assert "Nothing was saved" in dialog.report_label.text()
    assert owner.call(svc.list_customer_ids) == []


def test_a_file_that_is_not_a_table_is_explained(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, tmp_path: Path
) -> None:
    create_application("en")
    junk = tmp_path / "photo.xlsx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    dialog = ImportDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(junk)
    qtbot.waitUntil(lambda: dialog.file_error.isVisible(), timeout=10_000)
    assert dialog.file_error.text()
    assert dialog.pages.currentIndex() == 0


def test_export_dialog_writes_the_filtered_list_with_masked_phones(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, tmp_path: Path
) -> None:
    create_application("en")
    from storecrm.domain.customer import CustomerDraft

    owner.call(svc.create_customer, CustomerDraft(name="王五", phone="13855556666"))
    owner.call(svc.create_customer, CustomerDraft(name="赵六", phone="13977778888"))
    flt = CustomerFilter(text="王")
    dialog = ExportDialog(owner, flt, "name", False, 1)
    qtbot.addWidget(dialog)
    assert dialog.mask_check.isChecked()
    target = tmp_path / "out.xlsx"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    values = [[c for c in row] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(values) == 1
    assert "王五" in values[0] and "138****6666" in values[0]
    assert "13855556666" not in values[0]


def test_the_customers_screen_opens_import_and_export_for_its_list(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from storecrm.gui.screens import customers_screen

    create_application("en")
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    screen = customers_screen.CustomersScreen(owner)
    qtbot.addWidget(screen)
    screen.show_import()
    screen.show_export()
    qtbot.waitUntil(lambda: len(opened) == 2)  # once the list is counted
    assert [type(d).__name__ for d in opened] == ["ImportDialog", "ExportDialog"]
    export = opened[1]
    assert isinstance(export, ExportDialog) and export.flt == screen.current_filter()


def test_export_waits_for_the_count_off_the_gui_thread(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for before the list's count arrived, the export dialog (it shows the count)
    opens when a count made off the GUI thread arrives: counting a filter's matches at 1M
    takes 0.2 s of CPU, which froze the window."""
    from PySide6.QtWidgets import QDialog

    from storecrm.domain.customer import CustomerDraft
    from storecrm.gui.screens import customers_screen
    from storecrm.services import customer_list

    create_application("en")
    for name in ("张三", "李四", "王五"):
        owner.call(svc.create_customer, CustomerDraft(name=name))
    counted_on: list[threading.Thread] = []
    count = customer_list.count_customers

    @functools.wraps(count)
    def watched(*args: Any, **kwargs: Any) -> int:
        counted_on.append(threading.current_thread())
        return count(*args, **kwargs)

    monkeypatch.setattr(customer_list, "count_customers", watched)
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    screen = customers_screen.CustomersScreen(owner)
    qtbot.addWidget(screen)
    assert screen.matches is None  # the screen's own count waits for the list to be painted
    screen.show_export()
    assert opened == []  # not counted here, on the GUI thread
    qtbot.waitUntil(lambda: len(opened) == 1)
    export = opened[0]
    assert isinstance(export, ExportDialog) and screen.matches == 3
    assert any("3 customers" in label.text() for label in export.findChildren(QLabel))
    assert counted_on and threading.main_thread() not in counted_on


def test_an_export_asked_for_before_a_filter_change_does_not_open_on_its_own(
    qtbot: QtBot, qapp: QApplication, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cashier asks for the export, then changes the filter before the count arrives: the
    new filter's count arrives later and no export dialog opens by itself. While it waits the
    screen says it is counting."""
    from PySide6.QtWidgets import QDialog

    from storecrm.domain.customer import CustomerDraft
    from storecrm.gui.screens import customers_screen

    create_application("en")
    for name in ("张三", "李四"):
        owner.call(svc.create_customer, CustomerDraft(name=name))
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    screen = customers_screen.CustomersScreen(owner)
    qtbot.addWidget(screen)
    screen.show_export()
    assert screen.count_label.text() == "Counting…"
    screen.search_box.setText("张")
    screen.apply_filter()
    qtbot.waitUntil(lambda: screen.matches == 1, timeout=10_000)
    assert opened == []


def test_export_takes_every_matching_customer_not_the_pages_the_list_read(
    qtbot: QtBot,
    qapp: QApplication,
    owner: StoreContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    from storecrm.gui.screens import customers_screen
    from storecrm.services import customer_list, demo

    create_application("en")
    owner.call(demo.add_demo_customers, 70, 2)
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    screen = customers_screen.CustomersScreen(owner)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 60  # one page read
    screen.show_export()  # before the count arrived: opens when it does
    qtbot.waitUntil(lambda: len(opened) == 1)
    export = opened[0]
    assert isinstance(export, ExportDialog)
    texts = [label.text() for label in export.findChildren(QLabel)]
    assert "The 70 customers of the current list, as filtered and sorted." in texts
    target = tmp_path / "all.xlsx"
    export.export_to(target)
    qtbot.waitUntil(lambda: export.result_path is not None, timeout=20_000)
    assert export.result_rows == 70
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.max_row == 71  # the heading and everyone
    monkeypatch.setattr(customer_list, "COUNT_AT_MOST", 50)
    screen.matches = None
    screen.show_export()
    qtbot.waitUntil(lambda: len(opened) == 2)
    texts = [label.text() for label in opened[1].findChildren(QLabel)]
    assert "More than 50 customers of the current list, as filtered and sorted." in texts
