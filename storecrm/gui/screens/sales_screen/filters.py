"""The sales list's filters: the named periods and their dates, the filter bar, and the
customer box (Enter: the only match is chosen, several open a picker). The bar's strings
keep the screen's translation context ("SalesScreen")."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLabel, QWidget

from storecrm.domain.errors import StoreCRMError
from storecrm.gui.look import set_property
from storecrm.gui.names import method_name, sale_kind_name
from storecrm.gui.sale_model import KINDS, METHODS
from storecrm.gui.widgets import FlowLayout, error_box, search_edit
from storecrm.services import customers

if TYPE_CHECKING:
    from storecrm.gui.screens.sales_screen.screen import SalesScreen


PERIODS = ("today", "yesterday", "week", "month", "custom")


def period_dates(period: str, today: date) -> tuple[date, date]:
    """The first and last day (both included) of a named period."""
    if period == "yesterday":
        day = today - timedelta(days=1)
        return day, day
    if period == "week":  # the week starts on Monday, as on a Chinese calendar
        return today - timedelta(days=today.weekday()), today
    if period == "month":
        return today.replace(day=1), today
    return today, today


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def build_filters(screen: SalesScreen) -> QWidget:
    """The filter bar: period, dates, staff, payment method, type and the customer box."""
    filters_box = QWidget()  # wraps onto a second line on a narrow (1024 px) screen
    filters = FlowLayout(filters_box, spacing=8)
    screen.period_combo = QComboBox()
    names = {
        "today": QCoreApplication.translate("SalesScreen", "Today"),
        "yesterday": QCoreApplication.translate("SalesScreen", "Yesterday"),
        "week": QCoreApplication.translate("SalesScreen", "This week"),
        "month": QCoreApplication.translate("SalesScreen", "This month"),
        "custom": QCoreApplication.translate("SalesScreen", "Dates…"),
    }
    for period in PERIODS:
        screen.period_combo.addItem(names[period], period)
    screen.period_combo.setToolTip(QCoreApplication.translate("SalesScreen", "Which days to show"))
    screen.from_edit = QDateEdit()
    screen.to_edit = QDateEdit()
    for edit, tip in (
        (screen.from_edit, QCoreApplication.translate("SalesScreen", "First day shown")),
        (screen.to_edit, QCoreApplication.translate("SalesScreen", "Last day shown")),
    ):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
    dash = QLabel("–")
    screen.staff_combo = QComboBox()
    screen.staff_combo.setToolTip(
        QCoreApplication.translate("SalesScreen", "Only sales served by this member of staff")
    )
    screen.staff_combo.setMinimumContentsLength(6)
    screen.method_combo = QComboBox()
    screen.method_combo.addItem(
        QCoreApplication.translate("SalesScreen", "All payment methods"), None
    )
    for method in METHODS:
        screen.method_combo.addItem(method_name(method), method)
    screen.method_combo.setToolTip(
        QCoreApplication.translate("SalesScreen", "Only sales paid (in part) this way")
    )
    screen.kind_combo = QComboBox()
    screen.kind_combo.addItem(QCoreApplication.translate("SalesScreen", "All types"), None)
    for kind in KINDS:
        screen.kind_combo.addItem(sale_kind_name(kind), kind)
    screen.kind_combo.setToolTip(
        QCoreApplication.translate("SalesScreen", "Sales, top-ups, refunds, withdrawals or gifts")
    )
    screen.customer_edit = search_edit(
        QCoreApplication.translate("SalesScreen", "Customer…"),
        QCoreApplication.translate(
            "SalesScreen", "Type a name, pinyin, phone or card number and press Enter (Ctrl+F)"
        ),
        150,
        240,
    )
    for widget in (
        screen.period_combo,
        screen.from_edit,
        dash,
        screen.to_edit,
        screen.staff_combo,
        screen.method_combo,
        screen.kind_combo,
        screen.customer_edit,
    ):
        filters.addWidget(widget)
    return filters_box


def find_customer(screen: SalesScreen) -> None:
    """Enter in the customer box: the only match is chosen, several open a picker."""
    text = screen.customer_edit.text().strip()
    if not text:
        screen.set_customer(None)
        return
    if screen.customer_id is not None and text == screen.customer_label:
        return
    try:
        hits = screen.context.call(customers.search_customers, text, limit=20)
    except StoreCRMError as exc:
        error_box(screen, exc)
        return
    if len(hits) == 1:
        screen.set_customer(hits[0].customer_id, hits[0].name)
        return
    set_property(screen.customer_edit, "error", not hits)
    if not hits:
        screen.customer_edit.setToolTip(
            QCoreApplication.translate("SalesScreen", "Nobody found for %1").replace("%1", text)
        )
        return
    from storecrm.gui.screens.customer_picker import CustomerPickerDialog

    picker = CustomerPickerDialog(
        screen.context,
        QCoreApplication.translate("SalesScreen", "Sales of a customer"),
        QCoreApplication.translate("SalesScreen", "Whose sales should be shown?"),
        parent=screen,
    )
    picker.search_edit.setText(text)
    picker.search()
    picker.finished.connect(lambda result, p=picker: _picked(screen, p, result))
    screen.dialog = picker
    picker.open()


def _picked(screen: SalesScreen, picker: QDialog, result: int) -> None:
    if screen.dialog is picker:
        screen.dialog = None
    picker.deleteLater()
    chosen = getattr(picker, "chosen", None)
    if result == QDialog.DialogCode.Accepted and chosen is not None:
        screen.set_customer(chosen.customer_id, chosen.name)
