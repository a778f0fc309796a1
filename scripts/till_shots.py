"""The till at the counter's hardware, rendered to PNG (offscreen; no display, no devices):

    python scripts/till_shots.py [--out docs/screenshots] [--lang zh_CN|en]

- ``till-touch-1024.png``: the touch layout on a 收银一体机's 1024×768 screen (less a 40 px
  taskbar) with a member, lines, a whole-order discount with rounding and a split payment;
- ``till-touch-recorded.png``: the same sale recorded;
- ``till-with-customer-display.png``: the till and, beside it, the customer display on the
  second screen as the customer sees the sale;
- ``customer-display-idle.png``: the customer display between customers: the store's
  promotion;
- ``receipt-escpos-58mm.png``: the receipt the till sent to the printer, decoded from its
  ESC/POS bytes and drawn as the printer prints it.

A small store is made in a temporary folder; the printer and the pole display are files there.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOUCH = {"name": "touch", "x": 0, "y": 0, "width": 1024, "height": 768 - 40}
SECOND = {"name": "customer", "x": 1024, "y": 0, "width": 1024, "height": 600}


def _screens(folder: Path) -> None:
    screens = [s | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for s in (TOUCH, SECOND)]
    (folder / "screens.json").write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={folder / 'screens.json'}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="storecrm-till-shots-"))
    os.environ["STORECRM_HOME"] = str(work / "home")
    _screens(work)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QImage, QPainter

    from storecrm.domain.customer import CustomerDraft
    from storecrm.domain.membership import MembershipRules, Tier, TopUpBonus
    from storecrm.domain.order_adjust import (
        OrderAdjust,
        OrderDiscount,
        Rounding,
        RoundingMode,
        RoundingUnit,
    )
    from storecrm.domain.store_profile import BusinessType
    from storecrm.gui.app import create_application
    from storecrm.gui.counter import settings as device_settings
    from storecrm.gui.counter.devices import Counter
    from storecrm.gui.counter.render import render
    from storecrm.gui.screens.till import SaleDialog
    from storecrm.hardware.config import DisplaySettings, PrinterKind, PrinterSettings
    from storecrm.hardware.escpos_decode import decode
    from storecrm.services import catalogue, customers, membership, session
    from storecrm.services.dto import ItemDraft
    from storecrm.services.till_settings import TillSettings, set_till_settings

    app = create_application(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    created = session.create_store(
        work / "store",
        store_name="悦容美发沙龙",
        business_type=BusinessType.BEAUTY,
        owner_username="boss",
        owner_display_name="王店长",
        owner_password="shots-pass-1",
        scrypt_params={"n": 2**14, "r": 8, "p": 1},  # the floor: cheap, and allowed
    )
    ctx = created.context
    for name, price, kind in (
        ("男士精剪", 8800, "service"),
        ("洗吹造型", 3800, "service"),
        ("头皮护理", 16800, "service"),
        ("氨基酸洗发水", 6500, "item"),
        ("护发精油", 12800, "item"),
    ):
        ctx.call(catalogue.save_item, ItemDraft(name=name, price_fen=price, kind=kind))  # type: ignore[arg-type]
    gold = ctx.call(membership.save_tier, Tier(0, "金卡", 1, 880))
    ctx.call(membership.set_rules, MembershipRules(top_up_bonuses=(TopUpBonus(50000, 5000),)))
    member = ctx.call(
        customers.create_customer,
        CustomerDraft(name="张晓雨", phone="13812345678", card_no="88001234"),
    ).customer_id
    ctx.call(membership.set_member_tier, member, gold.tier_id)
    ctx.call(membership.top_up, member, 50000, "wechat")
    ctx.call(set_till_settings, TillSettings(promotion_text="充500送50，本周烫发8折"))

    printer_file = work / "printer.bin"
    device_settings.save_printer(
        PrinterSettings(PrinterKind.FILE, str(printer_file), paper="58mm", auto_print=True)
    )
    device_settings.save_display(
        DisplaySettings(screen="customer", pole_port=f"file:{work / 'pole.bin'}")
    )
    devices = Counter()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    till = SaleDialog(ctx, member, devices=devices)
    touch = next(s for s in app.screens() if s.name() == "touch")
    till.setScreen(touch)
    till.move(touch.availableGeometry().topLeft())
    till.show()
    settle()
    items = {i.name: i.item_id for i in ctx.call(catalogue.list_items)}
    for name in ("男士精剪", "头皮护理", "护发精油", "氨基酸洗发水"):
        till.add_item(items[name])
    till._set_adjust(
        OrderAdjust(OrderDiscount.percent(950), Rounding(RoundingUnit.YUAN, RoundingMode.DOWN))
    )
    till.pay("stored_value")
    cash = till.pay("cash")
    assert cash is not None
    cash.amount_edit.setText("100")
    stored = till.payment_rows[0]
    stored.amount_edit.setText("300")
    till.requote()
    settle()
    till.grab().save(str(args.out / "till-touch-1024.png"))
    print("till", till.size().toTuple(), "at least", till.minimumSizeHint().toTuple())
    display = devices.display
    assert display is not None
    settle()
    pair = QImage(till.width() + display.width() + 24, max(till.height(), display.height()),
                  QImage.Format.Format_RGB32)  # fmt: skip
    pair.fill(QColor("#374151"))
    painter = QPainter(pair)
    painter.drawImage(QPoint(0, 0), till.grab().toImage())
    painter.drawImage(QPoint(till.width() + 24, 0), display.grab().toImage())
    painter.end()
    pair.save(str(args.out / "till-with-customer-display.png"))
    till.complete()
    devices.wait()
    settle()
    till.grab().save(str(args.out / "till-touch-recorded.png"))
    display.grab().save(str(args.out / "customer-display-paid.png"))
    ticket = decode(printer_file.read_bytes(), 32)
    render(ticket).save(str(args.out / "receipt-escpos-58mm.png"))
    till.next_sale()
    settle()
    display.grab().save(str(args.out / "customer-display-idle.png"))
    for name in (
        "till-touch-1024",
        "till-with-customer-display",
        "till-touch-recorded",
        "customer-display-paid",
        "customer-display-idle",
        "receipt-escpos-58mm",
    ):
        print(args.out / f"{name}.png")
    till.close()
    devices.close_display()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
