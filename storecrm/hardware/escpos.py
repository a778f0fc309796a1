"""A ticket as ESC/POS bytes, the command set of the thermal receipt printers sold in China
(Xprinter, GPrinter, Epson TM, the printers built into 收银一体机).

Text is GB18030 in the printer's Chinese mode (``FS &``); ASCII stays one byte. Styles are set
before each line and reset after it, so every line stands on its own (a printer switched on in
the middle of a ticket prints the rest right). The commands, as in the Epson ESC/POS manual and
python-escpos:

``ESC @`` initialise · ``FS &`` Chinese mode · ``ESC a n`` align (0 left, 1 centre, 2 right) ·
``ESC E n`` bold · ``GS ! n`` size (0x10 double width, 0x01 double height) · ``LF`` print the
line · ``ESC d n`` feed n lines · ``GS ( k`` QR code (model 2, module size, error correction
M, store, print) · ``GS H``/``GS h``/``GS w``/``GS k 73`` Code128 with its number under it ·
``GS V 66 0`` feed to the cutter and cut (``GS V 65 0`` a full cut) · ``ESC p m t1 t2`` a pulse
on the drawer port (m 0: pin 2, m 1: pin 5; on 50 ms, off 500 ms).
"""

from __future__ import annotations

from storecrm.hardware.ticket import Align, Barcode, Cut, Drawer, Feed, Item, Qr, Text, Ticket

ENCODING = "gb18030"
ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
ALIGN = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}
QR_ERROR_M = 49
PULSE_ON, PULSE_OFF = 25, 250  # × 2 ms: 50 ms on, 500 ms off


def _qr(data: str, size: int) -> bytes:
    payload = data.encode(ENCODING)
    length = len(payload) + 3

    def k(*body: int) -> bytes:  # noqa: E306 - GS ( k with its parameter length
        return GS + b"(k" + bytes([len(body) & 0xFF, len(body) >> 8, *body])

    return (
        k(49, 65, 50, 0)  # model 2
        + k(49, 67, max(1, min(16, size)))  # module size
        + k(49, 69, QR_ERROR_M)  # error correction M (15 %)
        + GS + b"(k" + bytes([length & 0xFF, length >> 8, 49, 80, 48]) + payload  # store
        + k(49, 81, 48)  # print
    )  # fmt: skip


def _barcode(data: str, height: int) -> bytes:
    body = b"{B" + data.encode("ascii")  # code set B: digits, letters, '-'
    if len(body) > 255:
        raise ValueError("barcode too long")
    return (
        GS + b"H" + bytes([2])  # the number under the bars
        + GS + b"h" + bytes([max(1, min(255, height))])
        + GS + b"w" + bytes([2])
        + GS + b"k" + bytes([73, len(body)]) + body
    )  # fmt: skip


def drawer_pulse(pin: int = 2) -> bytes:
    return ESC + b"p" + bytes([0 if pin == 2 else 1, PULSE_ON, PULSE_OFF])


def _item(item: Item) -> bytes:
    if isinstance(item, Text):
        size = (0x10 if item.wide else 0) | (0x01 if item.tall else 0)
        return (
            ESC + b"a" + bytes([ALIGN[item.align]])
            + ESC + b"E" + bytes([1 if item.bold else 0])
            + GS + b"!" + bytes([size])
            + item.text.encode(ENCODING, errors="replace") + LF
            + (ESC + b"E\x00" if item.bold else b"")
            + (GS + b"!\x00" if size else b"")
        )  # fmt: skip
    if isinstance(item, Qr):
        return ESC + b"a\x01" + _qr(item.data, item.size) + LF
    if isinstance(item, Barcode):
        return ESC + b"a\x01" + _barcode(item.data, item.height) + LF
    if isinstance(item, Feed):
        return ESC + b"d" + bytes([max(0, min(255, item.lines))])
    if isinstance(item, Cut):
        return GS + b"V" + bytes([66 if item.partial else 65, 0])
    if isinstance(item, Drawer):
        return drawer_pulse(item.pin)
    raise TypeError(f"not a ticket item: {item!r}")


def encode(ticket: Ticket) -> bytes:
    """The bytes to send to the printer for ``ticket`` (initialised, in Chinese mode)."""
    return INIT + CHINESE_ON + b"".join(_item(i) for i in ticket.items) + ESC + b"a\x00"


def drawer_only(pin: int = 2) -> bytes:
    """Open the cash drawer without printing anything."""
    return INIT + drawer_pulse(pin)


__all__ = ["ENCODING", "drawer_only", "drawer_pulse", "encode"]
