"""The modules of a QR code and the bars of a Code128 barcode, from reportlab's encoders: the
customer display's and test print's previews draw them, the member cards print them."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128


def qr_matrix(data: str) -> list[list[bool]]:
    """Rows of modules, True for dark (error correction M, as the printer's ``GS ( k``)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


def code128_bars(data: str) -> list[tuple[bool, int]]:
    """(is a bar, width in modules) from the start code to the stop code, quiet zones out."""
    code = Code128(data)
    code.validate()
    code.encode()
    code.decompose()
    return [(c.isupper(), ord(c.lower()) - ord("a") + 1) for c in code.decomposed]


__all__ = ["code128_bars", "qr_matrix"]
