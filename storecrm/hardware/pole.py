"""The 8-digit LED pole display (顾客显示屏) on a serial port, beside many tills: it shows one
amount and lights one of four lamps under the digits (单价 price, 总计 total, 收款 paid,
找零 change).

The command set these displays share: ``ESC @`` initialise, ``ESC s n`` the lamp (0 none,
1 price, 2 total, 3 paid, 4 change), ``ESC Q A`` + the digits (a decimal point is a segment,
not a digit) + ``CR`` to show them, ``FF`` (0x0C) to clear.
"""

from __future__ import annotations

from enum import IntEnum

DIGITS = 8


class Lamp(IntEnum):
    NONE = 0
    PRICE = 1
    TOTAL = 2
    PAID = 3
    CHANGE = 4


def amount_digits(amount_fen: int) -> str:
    """ "123.45" for 12345 fen; what does not fit 8 digits shows without the fen, then as
    its last 8 digits (a display cannot show more)."""
    sign = "-" if amount_fen < 0 else ""
    fen = abs(amount_fen)
    text = f"{fen // 100}.{fen % 100:02d}"
    if len(text) - 1 + len(sign) > DIGITS:
        text = str(fen // 100)
    return (sign + text)[-(DIGITS + (1 if "." in text else 0)) :]


def show(amount_fen: int, lamp: Lamp) -> bytes:
    return (
        b"\x1b@"
        + bytes([0x1B, 0x73, int(lamp)])
        + b"\x1bQA"
        + amount_digits(amount_fen).encode("ascii")
        + b"\r"
    )


def clear() -> bytes:
    return b"\x1b@\x0c"


def read(data: bytes) -> list[tuple[Lamp, str]]:
    """What a display shows after each ``ESC Q A``: the lamp and the digits (for the tests)."""
    shown: list[tuple[Lamp, str]] = []
    lamp = Lamp.NONE
    pos = 0
    while pos < len(data):
        if data.startswith(b"\x1bs", pos):
            lamp = Lamp(data[pos + 2])
            pos += 3
        elif data.startswith(b"\x1bQA", pos):
            end = data.index(b"\r", pos)
            shown.append((lamp, data[pos + 3 : end].decode("ascii")))
            pos = end + 1
        elif data.startswith(b"\x1b@", pos):
            pos += 2
        elif data[pos] == 0x0C:
            shown.append((Lamp.NONE, ""))
            pos += 1
        else:
            raise ValueError(f"unknown pole display byte 0x{data[pos]:02x} at {pos}")
    return shown


__all__ = ["DIGITS", "Lamp", "amount_digits", "clear", "read", "show"]
