"""ESC/POS and the pole display as bytes: a receipt with Chinese item names encodes to GB18030
and decodes back to the receipt's own lines, styles, QR code and cut; the drawer pulse is in
the bytes only when asked (the till asks for cash payments); the columns of a 58 mm roll hold
with Chinese in them; the transports deliver or say why not."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from storecrm.hardware import escpos, pole
from storecrm.hardware.escpos_decode import DecodeError, decode, drawer_pulses
from storecrm.hardware.ticket import (
    Align,
    Barcode,
    Cut,
    Drawer,
    Feed,
    Qr,
    Text,
    Ticket,
    clip,
    row,
    width,
    wrap,
)
from storecrm.hardware.transports import (
    DeviceError,
    DeviceTransport,
    FileTransport,
    NetworkTransport,
)
from storecrm.reports.receipt_ticket import paid_in_cash, receipt_ticket, sample_ticket
from storecrm.services.dto import PaymentInfo
from tests.test_receipt_html import _line, _sale


def test_a_ticket_survives_encoding_and_decoding() -> None:
    ticket = Ticket(
        (
            Drawer(),
            Text("悦容美发", Align.CENTER, bold=True, wide=True, tall=True),
            Text("剪发  ¥88.00", Align.LEFT),
            Text("合计", Align.RIGHT, bold=True),
            Text(""),
            Qr("20261207-0001", 6),
            Barcode("88001234", 80),
            Feed(4),
            Cut(),
        ),
        32,
    )
    data = escpos.encode(ticket)
    assert data.startswith(b"\x1b@\x1c&")  # initialise, Chinese mode
    assert "剪发".encode("gb18030") in data and "剪发".encode() not in data
    assert decode(data).items == ticket.items


def test_a_receipt_with_chinese_names_decodes_to_its_own_lines() -> None:
    sale = _sale()
    ticket = receipt_ticket(sale, "悦容美发沙龙", paper="58mm", cash_tendered_fen=20000)
    data = escpos.encode(ticket)
    back = decode(data)
    assert back.texts() == ticket.texts()
    texts = back.texts()
    for words in ("剪发", "护发精油", "张三 138****5678", "金卡", "洗吹十次卡"):
        assert any(words in line for line in texts), words
    # Every line fits the 32 columns of a 58 mm roll (double width counts twice).
    for item in back.items:
        if isinstance(item, Text):
            assert width(item.text) * (2 if item.wide else 1) <= 32, item.text
    total = next(i for i in back.items if isinstance(i, Text) and "¥333.44" in i.text)
    assert total.bold and total.wide and total.tall  # the total in double size
    assert [i for i in back.items if isinstance(i, Qr)] == [Qr(sale.no, 6)]
    assert isinstance(back.items[-1], Cut)
    assert drawer_pulses(data) == 0  # not asked for
    cash = next(t for t in texts if t.startswith("Cash received"))
    assert cash.endswith("200.00") and any(t.startswith("Change") for t in texts)


def test_the_order_discount_and_rounding_are_their_own_lines() -> None:
    lines = (
        replace(_line(1, "剪发", 1, 8800, discount=1056 + 774 + 21), order_discount_fen=774,
                rounding_fen=21),
        replace(_line(2, "洗发水", 2, 12000, discount=2880 + 2112 + 57), order_discount_fen=2112,
                rounding_fen=57),
    )  # fmt: skip
    sale = _sale(
        lines=lines,
        list_fen=32800,
        discount_fen=32800 - 25900,
        total_fen=25900,
        order_discount_fen=2886,
        rounding_fen=78,
        payments=(PaymentInfo("wechat", 25900, 0, "4200001987654321"),),
    )
    texts = decode(escpos.encode(receipt_ticket(sale, "店", paper="80mm"))).texts()
    assert any(t.startswith("  Discount") and t.endswith("-10.56") for t in texts)  # the tier's
    assert any(t.startswith("Order discount") and t.endswith("-28.86") for t in texts)
    assert any(t.startswith("Rounding") and t.endswith("-0.78") for t in texts)
    assert "  Ref. 4200001987654321" in texts
    assert all(width(t) <= 48 for t in texts)


def test_the_drawer_opens_for_cash_only() -> None:
    cash = _sale()  # paid partly in cash
    wechat = _sale(payments=(PaymentInfo("wechat", 33344, 0),))
    refund = _sale(kind="refund", payments=(PaymentInfo("cash", -5000, 0),), total_fen=-5000)
    assert paid_in_cash(cash) and not paid_in_cash(wechat) and not paid_in_cash(refund)
    for sale in (cash, wechat, refund):
        data = escpos.encode(receipt_ticket(sale, "店", open_drawer=paid_in_cash(sale)))
        assert drawer_pulses(data) == (1 if sale is cash else 0)
    assert escpos.drawer_only() == b"\x1b@\x1bp\x00\x19\xfa"


def test_the_sample_ticket_rules_the_paper_width() -> None:
    texts = decode(escpos.encode(sample_ticket("悦容美发沙龙", {}, "80mm"))).texts()
    assert "123456789012345678901234567890123456789012345678" in texts


def test_unknown_commands_are_refused() -> None:
    with pytest.raises(DecodeError):
        decode(b"\x1b@\x1bZ\x00")
    with pytest.raises(DecodeError):
        decode(b"\x1d(k\x05")  # cut short


@pytest.mark.parametrize(
    ("left", "right", "columns", "expected"),
    [
        ("合计", "¥88.00", 16, ["合计      ¥88.00"]),
        ("护发精油特别长的名字", "128.00", 16, ["护发精油特别长的", "名字      128.00"]),
        ("ABC", "1.00", 8, ["ABC 1.00"]),
        ("ABCDEFG", "1.00", 8, ["ABCDEFG", "    1.00"]),
    ],
)
def test_rows_keep_to_the_columns(left: str, right: str, columns: int, expected: list[str]) -> None:
    got = row(left, right, columns)
    assert got == expected
    assert all(width(line) <= columns for line in got)


def test_a_chinese_character_is_never_cut_in_half() -> None:
    assert clip("剪发A", 3) == "剪"
    assert wrap("剪发洗吹", 5) == ["剪发", "洗吹"]
    assert width("剪发 88") == 7


def test_the_pole_display_shows_the_total_and_the_change() -> None:
    data = pole.show(12345, pole.Lamp.TOTAL) + pole.show(655, pole.Lamp.CHANGE) + pole.clear()
    assert pole.read(data) == [
        (pole.Lamp.TOTAL, "123.45"),
        (pole.Lamp.CHANGE, "6.55"),
        (pole.Lamp.NONE, ""),
    ]
    assert pole.amount_digits(99999999) == "999999.99"
    assert pole.amount_digits(123456789) == "1234567"  # no room for the fen


def test_a_file_and_a_device_file_take_the_bytes(tmp_path: Path) -> None:
    FileTransport(tmp_path / "printer.bin").send(b"one")
    FileTransport(tmp_path / "printer.bin").send(b"two")
    assert (tmp_path / "printer.bin").read_bytes() == b"onetwo"
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    DeviceTransport(str(device)).send(b"\x1b@")
    assert device.read_bytes() == b"\x1b@"
    with pytest.raises(DeviceError) as missing:
        DeviceTransport(str(tmp_path / "no-such-lp")).send(b"x")
    assert missing.value.device.endswith("no-such-lp")


def test_a_network_printer_on_port_9100_gets_the_bytes() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    got = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(4096):
                got.extend(chunk)

    thread = threading.Thread(target=serve)
    thread.start()
    data = escpos.encode(sample_ticket("店", {}, "58mm"))
    NetworkTransport("127.0.0.1", port).send(data)
    thread.join(timeout=10)
    server.close()
    assert bytes(got) == data
    with pytest.raises(DeviceError):  # nobody listens there now
        NetworkTransport("127.0.0.1", port).send(b"x")
