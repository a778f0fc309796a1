"""Render every screen with demo data to PNG (offscreen; no display needed).

    python scripts/screenshots.py [--out docs/screenshots] [--lang zh_CN|en]

Used for the README and for looking at what the program shows after a change.
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
    from storecrm.gui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    os.environ.setdefault("STORECRM_HOME", tempfile.mkdtemp(prefix="storecrm-shots-"))

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from storecrm import paths
    from storecrm.gui.app import create_application
    from storecrm.gui.login import LoginDialog
    from storecrm.gui.main_window import NAV_KEYS, MainWindow
    from storecrm.gui.preferences import Preferences
    from storecrm.gui.screens.settings_screen import SettingsScreen
    from storecrm.gui.wizard import StoreWizard
    from storecrm.services import demo, session

    app = create_application(args.lang)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

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
    for key in NAV_KEYS:
        window.show_screen(key)
        shoot(window, f"main-{key}")
    settings_screen = window.screens["settings"]
    assert isinstance(settings_screen, SettingsScreen)
    for index in range(1, settings_screen.tabs.count()):
        settings_screen.tabs.setCurrentIndex(index)
        shoot(window, f"settings-{index}-{settings_screen.tabs.widget(index).__class__.__name__}")
    shoot_customers(window, shoot)
    shoot_import(ctx, shoot, out)
    window.close()
    app.quit()
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
