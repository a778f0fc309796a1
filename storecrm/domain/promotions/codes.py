"""Coupon codes: 10 characters of Crockford base32 (no I, L, O, U: nothing to misread on a
slip or an SMS) and a check character, so a mistyped code is told apart from a foreign one.
A scanner or a cashier may type lower case, spaces or dashes; ``clean_code`` takes them out
and reads I/L as 1 and O as 0, as Crockford's alphabet does."""

from __future__ import annotations

import secrets
from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY = 10
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _check_char(body: str) -> str:
    total = 0
    for i, ch in enumerate(body):
        total += (i + 1) * ALPHABET.index(ch)
    return ALPHABET[total % len(ALPHABET)]


def new_code(choose: Callable[[str], str] = secrets.choice) -> str:
    """A fresh code; ``choose`` picks each character (the demo data passes its seeded
    generator's, so the same seed gives the same codes)."""
    body = "".join(choose(ALPHABET) for _ in range(BODY))
    return body + _check_char(body)


def clean_code(text: str) -> str:
    """What was typed or scanned, as a code would be stored (upper case, no separators)."""
    return "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-").translate(_READ_AS)


def well_formed(code: str) -> bool:
    """Whether a cleaned code has the right length, alphabet and check character."""
    if len(code) != BODY + 1 or any(ch not in ALPHABET for ch in code):
        return False
    return _check_char(code[:BODY]) == code[BODY]


def shown(code: str) -> str:
    """For reading aloud and printing: ABCD-EFGH-JKM."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
