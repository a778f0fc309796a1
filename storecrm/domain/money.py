"""Money as people read it: integer fen turned into text (or exact yuan) at the display edge.

The one place where fen become "¥1,234.50"; the screens, the receipts, the reports, the CLI,
the error messages and the reminder templates all write money through these functions, so an
amount reads the same everywhere. Integer arithmetic only: no float ever touches money.
"""

from __future__ import annotations

from decimal import Decimal


def _split(fen: int) -> tuple[str, int, int]:
    """-123456 → ("-", 1234, 56)."""
    fen = int(fen)
    whole, cents = divmod(abs(fen), 100)
    return ("-" if fen < 0 else ""), whole, cents


def money_text(fen: int) -> str:
    """12345 → "¥123.45", 123456789 → "¥1,234,567.89", -500 → "-¥5.00", 0 → "¥0.00"."""
    minus, whole, cents = _split(fen)
    return f"{minus}¥{whole:,}.{cents:02d}"


def amount_text(fen: int, *, sign: bool = False) -> str:
    """Money without the yuan mark, for a column that says it is yuan: 12345 → "123.45",
    123456789 → "1,234,567.89", -500 → "-5.00"; ``sign`` writes "+" before a positive amount."""
    minus, whole, cents = _split(fen)
    prefix = minus or ("+" if sign and int(fen) > 0 else "")
    return f"{prefix}{whole:,}.{cents:02d}"


def yuan_text(fen: int) -> str:
    """Fen as an amount to edit or to type back: 8800 → "88.00", 123456 → "1234.56",
    -500 → "-5.00" (no yuan mark, no thousands separator)."""
    minus, whole, cents = _split(fen)
    return f"{minus}{whole}.{cents:02d}"


def yuan_decimal(fen: int) -> Decimal:
    """Fen as an exact number of yuan, for a spreadsheet cell: 12345 → Decimal("123.45")."""
    return Decimal(int(fen)) / 100


__all__ = ["amount_text", "money_text", "yuan_decimal", "yuan_text"]
