"""Render every screen with demo data to PNG (offscreen; no display needed).

    python scripts/screenshots.py [--out docs/screenshots] [--lang zh_CN|en] [--only sales-]

Used for the README and for looking at what the program shows after a change. ``--only``
saves just the pictures whose names start with one of the given prefixes.

The offscreen platform gets two screens: a large desktop for most pictures, and a counter PC's
1366×768 less a 40 px taskbar, where the till opens and is fitted (gui/fit.py) as it would be
at the counter.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QWidget

    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.screens.customers_screen import CustomersScreen

ROOT = Path(__file__).resolve().parent.parent
COUNTER = (1366, 768 - 40)  # the counter PC's screen less the taskbar
SCREENS = [
    {"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1200},
    {"name": "counter", "x": 1920, "y": 0, "width": COUNTER[0], "height": COUNTER[1]},
]


def _offscreen_screens() -> None:
    """Two offscreen screens (see the module), unless a platform was chosen."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    import json

    folder = Path(tempfile.mkdtemp(prefix="storecrm-screens-"))
    screens = [s | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for s in SCREENS]
    (folder / "screens.json").write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={folder / 'screens.json'}"


def counter_screen() -> QScreen | None:
    from PySide6.QtGui import QGuiApplication

    return next((s for s in QGuiApplication.screens() if s.name() == "counter"), None)


def at_the_counter(window: QWidget) -> None:
    """Open ``window`` on the counter's screen (a window is on the screen its place is on)."""
    screen = counter_screen()
    if screen is not None:
        window.move(screen.availableGeometry().topLeft())
        window.setScreen(screen)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--only", nargs="*", default=[], help="name prefixes to save")
    args = parser.parse_args()
    os.environ.setdefault("STORECRM_HOME", tempfile.mkdtemp(prefix="storecrm-shots-"))
    _offscreen_screens()

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from storecrm import paths
    from storecrm.gui.app import create_application
    from storecrm.gui.login import LoginDialog
    from storecrm.gui.main_window import NAV_KEYS, MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.settings_screen import SettingsScreen
    from storecrm.gui.wizard import StoreWizard
    from storecrm.services import demo, session

    app = create_application(args.lang)
    final: Path = args.out
    final.mkdir(parents=True, exist_ok=True)
    # With --only, everything is made in a scratch folder and the chosen pictures copied.
    out = Path(tempfile.mkdtemp(prefix="storecrm-shots-out-")) if args.only else final

    def shoot(widget: QWidget, name: str, size: QSize | None = None) -> None:
        if size is not None:
            widget.resize(size)
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    folder = paths.demo_store_dir()
    if not session.is_store_folder(folder):
        demo.create_demo_store(folder)

    wizard = StoreWizard()
    shoot(wizard, "wizard-1-welcome")
    wizard.next()
    wizard.store_page.name_edit.setText("悦容美发沙龙")
    shoot(wizard, "wizard-2-store")
    wizard.recovery_page.set_code("7QK2M-9XH4D-R3TBW-8NVPC-5JZ6A", "悦容美发沙龙")
    wizard.next()
    shoot(wizard, "wizard-3-owner")
    wizard.close()
    page = wizard.recovery_page
    page.setTitle(page.title())
    shoot(page, "wizard-4-recovery-code", QSize(640, 420))
    page.close()

    login = LoginDialog(folder, store_name=demo.DEMO_STORE_NAME, username=demo.DEMO_OWNER)
    shoot(login, "login")
    login.close()

    ctx = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    window = MainWindow(ctx, Preferences())
    window.resize(1200, 760)
    # The window opens on the reminders when its first count arrives: let that happen first,
    # or it would jump there in the middle of the pictures below.
    while window.screens["reminders"].today.loading():  # type: ignore[attr-defined]
        QApplication.processEvents()
    for key in NAV_KEYS:
        window.show_screen(key)
        if key == "staff":  # its figures are added up in the background on first opening
            while window.screens["staff"].dashboard.performance is None:  # type: ignore[attr-defined]
                QApplication.processEvents()
        shoot(window, f"main-{key}")
    settings_screen = window.screens["settings"]
    assert isinstance(settings_screen, SettingsScreen)
    for index in range(1, settings_screen.tabs.count()):
        settings_screen.tabs.setCurrentIndex(index)
        shoot(window, f"settings-{index}-{settings_screen.tabs.widget(index).__class__.__name__}")
    shoot_customers(window, shoot)
    shoot_import(ctx, shoot, out)
    shoot_membership(window, shoot, out)
    shoot_reminders(window, shoot)
    shoot_reports(window, shoot, out)
    shoot_staff(window, shoot, out)
    shoot_appointment_week(window, shoot)
    shoot_campaigns(window, shoot)
    shoot_promotions(window, shoot, out)
    window.close()
    shoot_tables(shoot)
    app.quit()
    if args.only:
        import shutil

        for png in sorted(out.glob("*.png")):
            if png.name.startswith(tuple(args.only)):
                shutil.copy(png, final / png.name)
                print("kept", final / png.name)
    return 0


def shoot_tables(shoot: Callable[..., None]) -> None:
    """A restaurant's book (订座): a column per table grouped by area, today's reservations
    with the dinner hours in view; a reservation being made; the tables dialog. The restaurant
    demo is built in a scratch folder (a few seconds)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from storecrm.domain.store_profile import BusinessType
    from storecrm.gui.main_window import MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.appointments import AppointmentsScreen
    from storecrm.gui.screens.appointments.reservation import ReservationDialog
    from storecrm.services import demo, session

    folder = Path(tempfile.mkdtemp(prefix="storecrm-restaurant-")) / "store"
    demo.create_demo_store(
        folder, customers_count=600, months=1, business_type=BusinessType.RESTAURANT
    )
    ctx = session.sign_in(folder, demo.DEMO_OWNER, demo.DEMO_PASSWORD)
    window = MainWindow(ctx, Preferences())
    window.resize(1200, 760)
    window.show_screen("appointments")
    screen = window.screens["appointments"]
    assert isinstance(screen, AppointmentsScreen)
    window.show()
    QApplication.processEvents()
    screen.refresh()
    model = screen.model
    dinner = next(
        (r for r, t in enumerate(model.times) if t.hour == 18), max(0, model.rowCount() - 1)
    )
    booked = [b for b in model.blocks if b[0] >= dinner - 8]
    row, column = (booked[0][0], booked[0][1]) if booked else (dinner, 0)
    screen.table.setCurrentIndex(model.index(row, column))
    screen.table.scrollTo(model.index(min(model.rowCount() - 1, dinner + 12), 0))
    screen.table.scrollTo(model.index(max(0, dinner - 6), 0))
    shoot(window, "appointments-tables")
    start = datetime.combine(screen.day, datetime.min.time()).replace(hour=19)
    table_id = model.roster.tables[-1].table_id if model.roster and model.roster.tables else None
    screen.book_selected()
    dialog = screen.booking
    if isinstance(dialog, ReservationDialog):
        dialog.time_edit.setTime(dialog.time_edit.time().fromString(f"{start:%H:%M}", "HH:mm"))
        dialog.table_combo.setCurrentIndex(max(0, dialog.table_combo.findData(table_id)))
        dialog.choice.search_edit.setText("王")
        dialog.choice.search("王")  # as if typed
        dialog.party_spin.setValue(8)
        shoot(dialog, "appointments-reservation")
        dialog.reject()
    screen.edit_tables()
    if screen.tables_dialog is not None:
        shoot(screen.tables_dialog, "appointments-tables-dialog")
        screen.tables_dialog.reject()
    window.close()
    ctx.sign_out()


def shoot_appointment_week(window: MainWindow, shoot: Callable[..., None]) -> None:
    """The book's week view (everyone, then one staff member) with a week's appointments; the
    roster is set first where the demo store has none, and bookings that do not fit are left
    out (the demo data may already have some)."""
    from contextlib import suppress
    from datetime import datetime, time, timedelta

    from PySide6.QtCore import QSize

    from storecrm.domain import clock
    from storecrm.domain.errors import StoreCRMError
    from storecrm.gui.screens.appointments import AppointmentsScreen
    from storecrm.services import catalogue, customers
    from storecrm.services.appointments import book, roster
    from storecrm.services.appointments.dto import BookingDraft

    ctx = window.context
    today = clock.now().date()
    monday = today - timedelta(days=today.weekday())
    staff = [s.staff_id for s in ctx.call(book.day_book, today).staff][:6]
    weeks = ctx.call(roster.list_weeks)
    shifts = {s.name: s.shift_id for s in ctx.call(roster.list_shifts)}
    for n, staff_id in enumerate(staff):
        if staff_id not in weeks:
            week = {d: shifts["早班" if (n + d) % 2 else "晚班"] for d in range(7)}
            week[(n + 2) % 7] = None
            ctx.call(roster.set_week, staff_id, week)
    services = [i.item_id for i in ctx.call(catalogue.list_items) if i.kind == "service"][:4]
    people = ctx.call(customers.list_customer_ids)[:40]
    if services and people and staff:
        for n in range(28):
            day = monday + timedelta(days=n % 7)
            start = datetime.combine(day, time(10 + (n * 3) % 10, 30 if n % 2 else 0))
            draft = BookingDraft(
                start=start,
                item_ids=(services[n % len(services)],),
                staff_id=staff[n % len(staff)],
                customer_id=people[n % len(people)],
            )
            with suppress(StoreCRMError):  # a slot the demo data already took
                ctx.call(book.book_appointment, draft)
    screen = window.screens["appointments"]
    assert isinstance(screen, AppointmentsScreen)
    window.show_screen("appointments")
    screen.set_week_view(True)
    shoot(window, "appointments-week-everyone")
    screen.week_staff.setCurrentIndex(1)
    screen.refresh()
    shoot(window, "appointments-week-one")
    screen.set_week_view(False)
    screen.edit_roster()
    roster_dialog = screen.week_dialog
    if roster_dialog is not None:
        roster_dialog.copy_last_week()  # the dated week's row says what it did
        shoot(roster_dialog, "appointments-week-roster-copied", QSize(1100, 560))
        roster_dialog.reject()


def shoot_staff(window: MainWindow, shoot: Callable[..., None], out: Path) -> None:
    """The staff screen's tabs (last month's performance, the payroll, the roster, the plan),
    a statement, a rule being edited, the till's line staff picker, and the payroll PDF's page
    rendered to PNG."""
    import subprocess
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from storecrm.domain.commission import Role
    from storecrm.gui.screens.staff.pickers import LineStaffDialog
    from storecrm.gui.screens.staff.screen import StaffScreen
    from storecrm.gui.screens.till import SaleDialog
    from storecrm.services import catalogue

    screen = window.screens["staff"]
    assert isinstance(screen, StaffScreen)
    window.show_screen("staff")
    dash = screen.dashboard
    dash.period_combo.setCurrentIndex(dash.period_combo.findData("last_month"))
    while dash.performance is None or dash.performance.start != dash.period()[0]:
        QApplication.processEvents()
    shoot(window, "staff-1-performance")
    dash.table.selectRow(0)
    dash.statement()
    statement = screen.statement
    if statement is not None:
        shoot(statement, "staff-2-statement")
        statement.close()
    for index in range(1, screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        shoot(window, f"staff-{index + 2}-{screen.tabs.widget(index).__class__.__name__}")
    if screen.plan is not None and screen.plan.rules:
        screen.plan.table.selectRow(1)
        rule = screen.plan.edit()
        if rule is not None:
            shoot(rule, "staff-6-rule")
            rule.reject()
    if screen.payroll is not None:
        pdf = out / "staff-payroll.pdf"
        screen.payroll.export("pdf", pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
            check=True,
        )
        pdf.unlink()
        print(pdf.with_suffix(".png"))
    till = SaleDialog(window.context, None, window)
    till.resize(1366, 728)
    till.show()
    for item in window.context.call(catalogue.list_items)[:2]:
        till.add_item(item.item_id)
    picker = LineStaffDialog(till.payments.roster, None, "烫发", till)
    picker.show()
    picker.filter_edit.setText("kevin")
    picker.add_current(Role.MAIN)
    picker.filter_edit.setText("xy")
    picker.add_current(Role.ASSISTANT)
    shoot(picker, "staff-7-line-picker")
    picker.accept()
    till.model.set_draft(0, replace(till.model.lines[0].draft, staff=picker.chosen()))
    till.requote()
    QApplication.processEvents()
    shoot(till, "staff-8-till-lines")
    till.close()


def shoot_campaigns(window: MainWindow, shoot: Callable[..., None]) -> None:
    """Issue 20: the campaign list with the demo's campaigns (the one that worked selected, the
    one that did not beside it, the running one and the lifecycle offers' standing ones), and
    the result of the one that made no clear difference."""
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.screens.campaigns import CampaignsScreen

    window.show_screen("campaigns")
    screen = window.screens["campaigns"]
    assert isinstance(screen, CampaignsScreen)
    screen.refresh()
    while screen.report is None or not screen.report.results:
        QApplication.processEvents()
    names = [r.name for r in screen.report.results]
    for number, name in ((1, "老客回店礼"), (3, "银卡以上会员专享券")):
        if name in names:
            screen.table.selectRow(names.index(name))
            shoot(window, f"campaigns-{number}-{'result' if number == 1 else 'no-effect'}")


def shoot_promotions(window: MainWindow, shoot: Callable[..., None], out: Path) -> None:
    """Issue 20: the owner's promotions screen (its three tabs), the till applying offers by
    itself with a coupon handed over and one refused, the member's coupon wallet, and a coupon
    slip (the ticket as the counter's printer prints it)."""
    from PySide6.QtWidgets import QApplication

    from storecrm.domain.promotions.offers import (
        CouponKind,
        CouponTemplate,
        Promotion,
        PromotionKind,
        TopUpGift,
    )
    from storecrm.gui.screens.promotions import PromotionsScreen
    from storecrm.gui.screens.till import SaleDialog
    from storecrm.gui.screens.till.offers import hand_over, open_wallet, slip_image
    from storecrm.services import catalogue, membership, sales
    from storecrm.services.promotions import catalogue as offers
    from storecrm.services.promotions import coupons

    ctx = window.context
    items = ctx.call(catalogue.list_items)
    if len(items) < 3:
        return
    ctx.call(
        offers.save_promotion,
        Promotion(0, "满300减30", PromotionKind.AMOUNT_OFF, threshold_fen=30000, off_fen=3000),
    )
    # the demo store has its year of promotions and its 会员日 (services/demo_marketing/);
    # these two make sure the till below shows offers stacking whatever the day
    ctx.call(
        offers.save_promotion,
        Promotion(
            0, f"{items[1].name}第二件半价", PromotionKind.NTH_ITEM, buy_qty=2, permille=500
        ),  # fmt: skip
    )
    template = ctx.call(
        offers.save_template,
        CouponTemplate(
            0,
            "满200减20券",
            CouponKind.AMOUNT_OFF,
            min_spend_fen=20000,
            off_fen=2000,
            valid_days=30,
        ),  # fmt: skip
    )
    small = ctx.call(
        offers.save_template,
        CouponTemplate(
            0,
            "满1000减100券",
            CouponKind.AMOUNT_OFF,
            min_spend_fen=100000,
            off_fen=10000,
            valid_days=60,
        ),  # fmt: skip
    )
    ctx.call(
        offers.save_top_up_gift,
        TopUpGift(
            0, "充1000送积分和券", 100000, points=500, coupon_template_id=template.id, coupon_qty=2
        ),  # fmt: skip
    )
    member = next(
        (s.customer_id for i in ctx.call(sales.list_sale_ids, sales.SaleFilter(kind="sale"))[:50]
         for s in (ctx.call(sales.get_sale, i),) if s.customer_id),
        None,
    )  # fmt: skip
    if member is None:
        return
    given = ctx.call(coupons.issue_coupons, template.id, [member]).issued[0]
    refused = ctx.call(coupons.issue_coupons, small.id, [member]).issued[0]
    ctx.call(membership.top_up, member, 100_000, "wechat")  # the gift: points and two coupons

    window.show_screen("promotions")
    screen = window.screens["promotions"]
    assert isinstance(screen, PromotionsScreen)
    for tab in (screen.promotions_tab, screen.coupons_tab, screen.gifts_tab):
        tab.reload()  # made through the services above, not the screen's forms
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        shoot(window, f"promotions-{index + 1}-{('list', 'coupons', 'top-up-gifts')[index]}")
    screen.tabs.setCurrentIndex(0)

    till = SaleDialog(ctx, member)
    at_the_counter(till)
    till.show()
    till.add_item(items[0].item_id)
    till.add_item(items[1].item_id)
    till.add_item(items[1].item_id)
    till.add_item(items[2].item_id)
    hand_over(till, given.code)
    hand_over(till, refused.code)
    QApplication.processEvents()
    shoot(till, "promotions-4-till-offers")
    open_wallet(till)
    wallet = till.sub_dialog
    if wallet is not None:
        shoot(wallet, "promotions-5-wallet")
        wallet.close()
    till.close()
    slip_image(given, "悦容美发沙龙").save(str(out / "promotions-6-coupon-slip.png"))


def shoot_reminders(window: MainWindow, shoot: Callable[..., None]) -> None:
    """The today view (each busy kind) and the other reminder tabs, with the demo's data."""
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.screens.reminders_screen import RemindersScreen

    window.show_screen("reminders")
    screen = window.screens["reminders"]
    assert isinstance(screen, RemindersScreen)
    today = screen.today
    today.reload()
    while today.loading():
        QApplication.processEvents()
    counts = today.result.counts() if today.result else {}
    for kind in ("birthday", "return_visit", "followup", "appointment", "no_show"):
        if counts.get(kind):
            row = next(
                n for n in range(today.kinds.count()) if today.kinds.item(n).data(256) == kind
            )
            today.kinds.setCurrentRow(row)
            shoot(window, f"reminders-today-{kind}")
    for index in range(1, screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        shoot(window, f"reminders-{index}-{screen.tabs.widget(index).__class__.__name__}")
    screen.tabs.setCurrentIndex(0)


def shoot_reports(window: MainWindow, shoot: Callable[..., None], out: Path) -> None:
    """The dashboard for this month (against the same days of last month), scrolled to its
    charts, a table behind a tile, and the report's PDF pages as they print (pdftoppm)."""
    import subprocess

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.report_printing import report_labels
    from storecrm.gui.screens.reports_screen import ReportsScreen
    from storecrm.services import reports

    window.show()
    window.show_screen("reports")
    screen = window.screens["reports"]
    assert isinstance(screen, ReportsScreen)
    while screen.loading() or screen.report is None:
        QApplication.processEvents()
    shoot(window, "main-reports")  # the loop above caught it still computing
    shoot(window, "reports-1-dashboard")
    shoot(window, "reports-2-dashboard-all", QSize(1200, 1240))
    window.resize(1200, 760)
    screen.show_detail("top_customers")
    shoot(window, "reports-3-best-customers")
    screen.show_detail("payments")
    shoot(window, "reports-4-payment-methods")
    screen.show_dashboard()
    pdf = out / "report.pdf"
    window.context.call(reports.export_report, screen.report, pdf, "pdf", report_labels())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "4", str(pdf), str(out / "report-page")],
        check=True,
    )
    pdf.unlink()
    for png in sorted(out.glob("report-page-*.png")):
        print(png)


def _counted(screen: CustomersScreen) -> None:
    """Wait for the list's count (counted off the GUI thread) to be shown."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 20
    while screen.matches is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def shoot_customers(window: MainWindow, shoot: Callable[..., None]) -> None:
    """The list sorted by spending, one profile (with a lunar birthday and tags, if the demo has
    one near the top), its timeline, and the form: new, with a wrong phone, and editing."""
    from PySide6.QtCore import Qt

    from storecrm.gui.customer_model import Column
    from storecrm.gui.screens.customers_screen import CustomersScreen
    from storecrm.services import customers

    screen = window.screens["customers"]
    assert isinstance(screen, CustomersScreen)
    window.show_screen("customers")
    screen.sort_by(Column.TOTAL_SPEND, Qt.SortOrder.DescendingOrder)
    _counted(screen)
    shoot(window, "customers-1-list-by-spending")
    chosen = screen.model.customer_id(0)
    for row in range(min(60, screen.model.rowCount())):
        detail = screen.context.call(customers.get_customer, screen.model.customer_id(row))
        if detail.tags and detail.birthday is not None and detail.birthday.calendar == "lunar":
            chosen = detail.customer_id
            break
    screen.open_customer(chosen)
    shoot(window, "customers-2-profile")
    screen.detail.tabs.setCurrentIndex(1)
    shoot(window, "customers-3-timeline")
    screen.detail.tabs.setCurrentIndex(0)
    screen.close_detail()
    screen.search_box.setText("138")
    screen.apply_filter()
    _counted(screen)
    shoot(window, "customers-4-search")
    screen.search_box.clear()

    screen.new_customer()
    form = screen.form
    assert form is not None
    shoot(form, "customers-5-form-new")
    form.name_edit.setText("林晓雨")
    form.phone_edit.setText("12345")
    form.save()
    shoot(form, "customers-6-form-errors")
    form.reject()
    screen.edit_customer(chosen)
    form = screen.form
    assert form is not None
    shoot(form, "customers-7-form-edit")
    form.reject()


def shoot_import(ctx: object, shoot: Callable[..., None], out: Path) -> None:
    """The import wizard's preview of a typical old-system export, with two bad rows."""
    from datetime import date

    import openpyxl
    from PySide6.QtWidgets import QApplication

    from storecrm.gui.screens.customer_transfer import ImportDialog

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["会员姓名", "手机号码", "性别", "出生日期", "会员卡号", "卡内余额", "积分", "标签", "备注"]
    )
    rows = [
        [
            "刘一鸣",
            "13811110001",
            "男",
            date(1988, 5, 4),
            "A001",
            "¥120.50",
            30,
            "老客",
            "喜欢安静",
        ],
        ["陈晓二", "139-2222-0002", "女", "1992年3月8日", "A002", "", "", "学生", ""],
        ["张三丰", "12345", "男", "", "A003", "", "", "", ""],
        ["李四娘", "13644440004", "女", "1990-02-30", "A004", "", "", "", ""],
        ["王五", "13655550005", "女", "农历八月十五", "A005", "300", 120, "烫染", ""],
        ["赵六", "13811110001", "男", "", "A006", "", "", "", ""],
    ]
    for row in rows:
        sheet.append(row)
    path = out.parent / "_import-sample.xlsx"
    book.save(path)
    try:
        dialog = ImportDialog(ctx)  # type: ignore[arg-type]
        dialog.resize(1000, 680)
        dialog.show()
        dialog.load(path)
        while dialog.pages.currentIndex() != 1:
            QApplication.processEvents()
        shoot(dialog, "customers-8-import-preview")
        dialog.reject()
    finally:
        path.unlink(missing_ok=True)


def shoot_membership(window: MainWindow, shoot: Callable[..., None], out: Path) -> None:
    """The till for a member with stored value and a card, a refund, the sales list, the day
    summary, the membership screen's tabs, a profile's member rows and ledger, and receipts and
    a day summary printed to PDF then rendered to PNG (as they come out of the printer)."""
    import subprocess
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from storecrm.gui import printing
    from storecrm.gui.screens.customers_screen import CustomersScreen
    from storecrm.gui.screens.member_dialogs import RefundDialog
    from storecrm.gui.screens.membership_screen import MembershipScreen
    from storecrm.gui.screens.sales_screen import SalesScreen
    from storecrm.gui.screens.shift_dialog import ShiftSummaryDialog
    from storecrm.gui.screens.till import SaleDialog
    from storecrm.services import membership, sales

    ctx = window.context
    found = None
    for sale_id in ctx.call(sales.list_sale_ids, sales.SaleFilter(kind="sale"))[:400]:
        sale = ctx.call(sales.get_sale, sale_id)
        after = sale.balances_after
        if sale.customer_id and after and any(c.usable for c in after.cards):
            found = sale
            break
    if found is None or found.customer_id is None:
        return
    member = found.customer_id
    ctx.call(membership.top_up, member, 100_000, "wechat")  # stored value with a bonus, too

    # The till as a cashier sees it at the counter: on its 1366×768 screen, fitted to it.
    walk_in = SaleDialog(ctx)
    at_the_counter(walk_in)
    walk_in.item_search.setText("ran")  # 染发 by its pinyin
    shoot(walk_in, "sales-0-till-walk-in")
    walk_in.close()
    till = SaleDialog(ctx, member)
    at_the_counter(till)
    till.show()
    summary = ctx.call(membership.member_summary, member)
    for item in summary.usual_items[:2]:
        till.add_item(item.item_id)
    card = next(c for c in summary.balances.cards if c.usable)
    till.add_session(card)
    stored = till.pay("stored_value")
    if stored is not None:
        stored.set_amount(10_000)
        till.requote()
    till.pay("wechat")
    QApplication.processEvents()
    shoot(till, "sales-1-till")
    till.complete()
    shoot(till, "sales-2-till-recorded")
    recorded = till.recorded
    till.close()
    if recorded is not None:
        refund = RefundDialog(ctx, recorded.sale_id, window)
        refund.show()
        QApplication.processEvents()
        shoot(refund, "sales-3-refund")
        refund.reject()
        for paper in ("58mm", "A4"):
            pdf = out / f"receipt-{paper}.pdf"
            printing.save_receipt_pdf(recorded, "悦容美发沙龙（演示）", pdf, paper)
            png = str(pdf.with_suffix(""))
            subprocess.run(
                ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), png], check=True
            )
            pdf.unlink()
            print(pdf.with_suffix(".png"))

    screen = window.screens["sales"]
    assert isinstance(screen, SalesScreen)
    window.show_screen("sales")
    screen.set_period("week")
    while screen.loading():
        QApplication.processEvents()
    if recorded is not None:
        screen.select_sale(recorded.sale_id)
    shoot(window, "sales-4-list")
    shift = ShiftSummaryDialog(ctx, window)
    shift.resize(900, 700)
    shift.show()
    now = datetime.now()
    shift.set_period(now.replace(hour=0, minute=0, second=0) - timedelta(days=1), now)
    for _ in range(200):
        QApplication.processEvents()
    shoot(shift, "sales-5-day-summary")
    shift.reject()
    day = ctx.call(sales.shift_summary, now - timedelta(days=1), now)
    pdf = out / "day-summary-A4.pdf"
    printing.save_shift_summary_pdf(day, pdf, "A4", opening_float_fen=50000)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    pdf.unlink()

    members = window.screens["membership"]
    assert isinstance(members, MembershipScreen)
    window.show_screen("membership")
    for index in range(members.tabs.count()):
        members.tabs.setCurrentIndex(index)
        shoot(window, f"membership-{index + 1}")

    customers_screen = window.screens["customers"]
    assert isinstance(customers_screen, CustomersScreen)
    window.show_screen("customers")
    customers_screen.open_customer(member)
    customers_screen.detail.tabs.setCurrentIndex(0)
    shoot(window, "customers-9-member-profile")
    customers_screen.detail.tabs.setCurrentIndex(2)
    shoot(window, "customers-10-ledger")
    customers_screen.detail.tabs.setCurrentIndex(1)
    shoot(window, "customers-11-timeline-with-sales")


if __name__ == "__main__":
    sys.exit(main())
