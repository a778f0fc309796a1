"""ESC/POS bytes read back into a ticket: what a printer would print, line by line with its
style, the QR codes and barcodes, the cuts and the drawer pulses.

It knows the commands ``escpos.encode`` writes (and a few harmless others: ``ESC !``, ``FS .``,
``ESC 2``/``ESC 3``); anything else is an error, so a test catches bytes a printer would
misread. The tests decode what the till sent; Settings → Hardware shows a test print's preview
from its bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from storecrm.hardware.escpos import ENCODING
from storecrm.hardware.ticket import Align, Barcode, Cut, Drawer, Feed, Item, Qr, Text, Ticket

ALIGNS = {0: Align.LEFT, 48: Align.LEFT, 1: Align.CENTER, 49: Align.CENTER}
ALIGNS |= {2: Align.RIGHT, 50: Align.RIGHT}


class DecodeError(ValueError):
    pass


@dataclass
class _State:
    align: Align = Align.LEFT
    bold: bool = False
    wide: bool = False
    tall: bool = False
    text: bytearray = field(default_factory=bytearray)
    qr_size: int = 3
    qr_data: bytes = b""
    barcode_height: int = 162
    after_symbol: bool = False  # the LF that follows a QR code or barcode is part of it


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise DecodeError(f"a command is cut short at byte {self.pos}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]


def decode(data: bytes, columns: int = 32) -> Ticket:
    r = _Reader(data)
    s = _State()
    items: list[Item] = []

    def flush() -> None:
        text = bytes(s.text).decode(ENCODING, errors="replace")
        items.append(Text(text, s.align, s.bold, s.wide, s.tall))
        s.text.clear()

    while r.pos < len(data):
        b = r.byte()
        symbol_before, s.after_symbol = s.after_symbol, False
        if b == 0x0A and symbol_before and not s.text:
            continue
        if b == 0x0A:
            flush()
        elif b == 0x0D:
            continue
        elif b == 0x1B:
            _esc(r, s, items, flush)
        elif b == 0x1D:
            _gs(r, s, items)
        elif b == 0x1C:
            if r.byte() not in (0x26, 0x2E):  # FS & / FS .: Chinese mode on / off
                raise DecodeError(f"unknown FS command at byte {r.pos - 1}")
        elif b < 0x20:
            raise DecodeError(f"control byte 0x{b:02x} at {r.pos - 1}")
        else:
            s.text.append(b)
    if s.text:
        flush()  # text never printed (no LF): shown anyway, a test sees it
    return Ticket(tuple(items), columns)


def _esc(r: _Reader, s: _State, items: list[Item], flush: Callable[[], None]) -> None:
    c = r.byte()
    if c == 0x40:  # ESC @
        s.align, s.bold, s.wide, s.tall = Align.LEFT, False, False, False
    elif c == 0x61:  # ESC a n
        n = r.byte()
        if n not in ALIGNS:
            raise DecodeError(f"bad alignment {n}")
        s.align = ALIGNS[n]
    elif c == 0x45:  # ESC E n
        s.bold = bool(r.byte() & 1)
    elif c == 0x21:  # ESC ! n: print mode (bold 0x08, double height 0x10, double width 0x20)
        n = r.byte()
        s.bold, s.tall, s.wide = bool(n & 0x08), bool(n & 0x10), bool(n & 0x20)
    elif c == 0x64:  # ESC d n
        n = r.byte()
        if s.text:  # ESC d prints what is in the buffer first
            flush()
        items.append(Feed(n))
    elif c == 0x70:  # ESC p m t1 t2
        m = r.byte()
        r.take(2)
        items.append(Drawer(2 if m in (0, 48) else 5))
    elif c == 0x32:  # ESC 2: default line spacing
        pass
    elif c == 0x33:  # ESC 3 n: line spacing
        r.byte()
    else:
        raise DecodeError(f"unknown ESC command 0x{c:02x} at byte {r.pos - 1}")


def _gs(r: _Reader, s: _State, items: list[Item]) -> None:
    c = r.byte()
    if c == 0x21:  # GS ! n
        n = r.byte()
        s.wide, s.tall = bool(n & 0xF0), bool(n & 0x0F)
    elif c == 0x28:  # GS ( k pL pH cn fn ...
        if r.byte() != 0x6B:
            raise DecodeError("only GS ( k (QR) is known")
        low, high = r.take(2)
        body = r.take(low + 256 * high)
        if body[0] != 49:
            raise DecodeError("only QR symbols are known")
        fn = body[1]
        if fn == 67:
            s.qr_size = body[2]
        elif fn == 80:
            s.qr_data = bytes(body[3:])
        elif fn == 81:
            items.append(Qr(s.qr_data.decode(ENCODING), s.qr_size))
            s.after_symbol = True
    elif c in (0x48, 0x77):  # GS H n, GS w n
        r.byte()
    elif c == 0x68:  # GS h n
        s.barcode_height = r.byte()
    elif c == 0x6B:  # GS k m n data (format B)
        m = r.byte()
        if m != 73:
            raise DecodeError(f"only Code128 barcodes are known (m={m})")
        body = r.take(r.byte())
        text = body.decode("ascii")
        items.append(Barcode(text[2:] if text[:1] == "{" else text, s.barcode_height))
        s.after_symbol = True
    elif c == 0x56:  # GS V m [n]
        m = r.byte()
        if m in (65, 66):
            r.byte()
        items.append(Cut(partial=m in (1, 49, 66)))
    else:
        raise DecodeError(f"unknown GS command 0x{c:02x} at byte {r.pos - 1}")


def drawer_pulses(data: bytes) -> int:
    """How many drawer pulses the bytes hold."""
    return sum(isinstance(i, Drawer) for i in decode(data).items)


__all__ = ["DecodeError", "decode", "drawer_pulses"]
