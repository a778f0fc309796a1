"""Campaigns with a holdout: who is held out, what the campaign really earned, and the verdict.

A campaign sends its offer to a target group and keeps a random holdout (default 10 %) out of it.
The holdout is drawn by hashing the campaign's seed with the customer's id, so a customer's group
depends on nothing else: the same seed gives the same groups on every machine and on every run,
and a customer who joins a standing campaign later is placed without moving anyone already placed.

The effect is the spend per member in the target group minus the spend per member in the holdout,
times the target size, with a 95 % interval from the normal approximation of the difference of two
means with unequal variances (Welch). Money goes in and comes out as integer fen; only the
statistics (means, variances, the standard error) are computed in float inside
``estimate_effect`` and rounded to fen once, at the end.

The plain-language verdict is a kind plus figures; its words are English defaults marked for
translation (context "Campaigns") and filled at the edge in the user's language.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_HOLDOUT_PERCENT = 10
MAX_HOLDOUT_PERCENT = 50
#: Two-sided 95 % quantile of the normal distribution.
Z_95 = 1.959963984540054
#: Fewer members than this in either group and no interval is given: the variance of a group
#: of one or two says nothing.
MIN_GROUP_SIZE = 5


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802
    """Marks ``source`` for translation (pyside6-lupdate looks for this name); returns it."""
    return source


class Group(StrEnum):
    """Which side of the campaign a member is on."""

    TARGET = "target"
    HOLDOUT = "holdout"


def holdout_bucket(seed: int, customer_id: int) -> int:
    """The customer's place in 0..9999 for this seed: the first eight bytes of
    SHA-256("seed:customer_id") modulo 10 000 (stable across machines and Python versions,
    unlike ``hash()``)."""
    digest = hashlib.sha256(f"{int(seed)}:{int(customer_id)}".encode("ascii")).digest()
    return int.from_bytes(digest[:8], "big") % 10_000


def check_holdout_percent(percent: int) -> int:
    """The percentage if it is 0..MAX_HOLDOUT_PERCENT, otherwise ValueError."""
    if not 0 <= int(percent) <= MAX_HOLDOUT_PERCENT:
        raise ValueError(f"holdout percent {percent} is outside 0..{MAX_HOLDOUT_PERCENT}")
    return int(percent)


def group_of(seed: int, customer_id: int, holdout_percent: int = DEFAULT_HOLDOUT_PERCENT) -> Group:
    """The customer's group: the holdout when their bucket falls below ``holdout_percent`` %."""
    percent = check_holdout_percent(holdout_percent)
    if holdout_bucket(seed, customer_id) < percent * 100:
        return Group.HOLDOUT
    return Group.TARGET


def assign_groups(
    customer_ids: Iterable[int], seed: int, holdout_percent: int = DEFAULT_HOLDOUT_PERCENT
) -> dict[int, Group]:
    """Every customer's group, by ``group_of``."""
    return {int(cid): group_of(seed, cid, holdout_percent) for cid in customer_ids}


class VerdictKind(StrEnum):
    MORE = "more"  # the interval lies above zero
    LESS = "less"  # the interval lies below zero
    NO_CLEAR_DIFFERENCE = "no_clear_difference"  # the interval contains zero
    TOO_FEW = "too_few"  # a group too small for an interval


@dataclass(frozen=True)
class EffectEstimate:
    """What the campaign earned beyond what the target would have spent anyway (all fen)."""

    target_size: int
    holdout_size: int
    target_spend: int  # total spend of the target group in the period
    holdout_spend: int
    target_per_member: int  # rounded means, for display
    holdout_per_member: int
    incremental: int  # (mean target − mean holdout) × target size
    low: int  # the 95 % interval of ``incremental``
    high: int
    kind: VerdictKind

    @property
    def measurable(self) -> bool:
        return self.kind is not VerdictKind.TOO_FEW


def _mean_var(values: Sequence[int]) -> tuple[float, float]:
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    return mean, var


def estimate_effect(target_spend: Sequence[int], holdout_spend: Sequence[int]) -> EffectEstimate:
    """The incremental revenue from each member's spend in the period (fen; a member who bought
    nothing counts as 0), with its 95 % interval and the verdict's kind.

    ``incremental = (mean_t − mean_h) × n_t``; its standard error is
    ``n_t × sqrt(var_t/n_t + var_h/n_h)`` (Welch, sample variances); the interval is
    ``incremental ± 1.96 × se``. Everything returned is rounded to whole fen."""
    target = [int(v) for v in target_spend]
    holdout = [int(v) for v in holdout_spend]
    n_t, n_h = len(target), len(holdout)
    total_t, total_h = sum(target), sum(holdout)
    if n_t < MIN_GROUP_SIZE or n_h < MIN_GROUP_SIZE:
        per_t = round(total_t / n_t) if n_t else 0
        per_h = round(total_h / n_h) if n_h else 0
        incremental = (per_t - per_h) * n_t if n_t and n_h else 0
        return EffectEstimate(
            n_t,
            n_h,
            total_t,
            total_h,
            per_t,
            per_h,
            incremental,
            incremental,
            incremental,
            VerdictKind.TOO_FEW,
        )
    mean_t, var_t = _mean_var(target)
    mean_h, var_h = _mean_var(holdout)
    incremental_f = (mean_t - mean_h) * n_t
    se = n_t * math.sqrt(var_t / n_t + var_h / n_h)
    low, high = round(incremental_f - Z_95 * se), round(incremental_f + Z_95 * se)
    if low > 0:
        kind = VerdictKind.MORE
    elif high < 0:
        kind = VerdictKind.LESS
    else:
        kind = VerdictKind.NO_CLEAR_DIFFERENCE
    return EffectEstimate(
        n_t,
        n_h,
        total_t,
        total_h,
        round(mean_t),
        round(mean_h),
        round(incremental_f),
        low,
        high,
        kind,
    )


def rough_yuan_text(fen: int) -> str:
    """An amount as people say it when it is an estimate: whole yuan, kept to three significant
    figures from ¥1,000 up: 1_234_567 fen → "¥12,300", 45_678 → "¥457", -410_000 → "-¥4,100"."""
    yuan = abs(int(fen)) / 100  # float only for rounding a display figure
    whole = round(yuan)
    if whole >= 1000:
        step = 10 ** (len(str(whole)) - 3)
        whole = int(round(yuan / step)) * step
    sign = "-" if fen < 0 and whole else ""
    return f"{sign}¥{whole:,}"


#: The verdict's words (English defaults); ``%1`` is the amount, ``%2``/``%3`` the interval.
VERDICT_WORDS: dict[str, str] = {
    VerdictKind.MORE.value: QT_TRANSLATE_NOOP(
        "Campaigns", "Brought in about %1 more, interval %2–%3"
    ),
    VerdictKind.LESS.value: QT_TRANSLATE_NOOP(
        "Campaigns", "Brought in about %1 less, interval %2–%3"
    ),
    VerdictKind.NO_CLEAR_DIFFERENCE.value: QT_TRANSLATE_NOOP(
        "Campaigns", "No clear difference from the holdout group"
    ),
    VerdictKind.TOO_FEW.value: QT_TRANSLATE_NOOP(
        "Campaigns", "Too few members in a group to measure the effect"
    ),
}


def verdict_text(estimate: EffectEstimate, words: Mapping[str, str] | None = None) -> str:
    """The verdict in the words given (translated by the caller; English by default)."""
    template = (words or {}).get(estimate.kind.value) or VERDICT_WORDS[estimate.kind.value]
    if estimate.kind is VerdictKind.LESS:
        amount, low, high = -estimate.incremental, -estimate.high, -estimate.low
    else:
        amount, low, high = estimate.incremental, estimate.low, estimate.high
    return (
        template.replace("%1", rough_yuan_text(amount))
        .replace("%2", rough_yuan_text(low))
        .replace("%3", rough_yuan_text(high))
    )


__all__ = [
    "DEFAULT_HOLDOUT_PERCENT",
    "MAX_HOLDOUT_PERCENT",
    "EffectEstimate",
    "Group",
    "VERDICT_WORDS",
    "VerdictKind",
    "assign_groups",
    "check_holdout_percent",
    "estimate_effect",
    "group_of",
    "holdout_bucket",
    "rough_yuan_text",
    "verdict_text",
]
