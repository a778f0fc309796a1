"""What a table cell read from a file may be, beyond plain values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FormulaWithoutValue:
    """A cell holding a formula whose result was never saved (files written by programs other
    than Excel or WPS, e.g. by a script): its value is unknown, and guessing it (or reading the
    cell as empty) would import something the owner never saw."""

    formula: str  # as written, e.g. "=A2&B2"

    def __str__(self) -> str:
        return self.formula
