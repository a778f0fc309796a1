"""The report summaries: proving them against the rows and building them again.

The summaries (``sales_by_day``, ``payments_by_day``, ``lines_by_day``, ``ledger_by_day``) are
derived: triggers add every sale, payment, line and ledger entry to its day in the transaction
that writes it. :func:`check_summaries` adds the rows up again and lists every day whose stored
sums differ (``storecrm check`` runs it beside the ledger check); :func:`rebuild_summaries`
empties them and adds the rows up into them again (``storecrm rebuild-summaries``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storecrm.data.summary_repository import SUMMARIES
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit

Progress = Callable[[int, int], None]
SHOWN = 50  # differences listed at most (the count says how many there are)


@dataclass(frozen=True, slots=True)
class SummaryMismatch:
    """A day (and kind, method, item …) whose stored sums are not what its rows add up to."""

    table: str
    key: tuple[object, ...]
    columns: tuple[str, ...]
    stored: tuple[int, ...] | None  # None: no row stored for the key
    from_rows: tuple[int, ...] | None  # None: no rows for the key


@dataclass(frozen=True, slots=True)
class SummaryCheck:
    tables: int
    mismatches: tuple[SummaryMismatch, ...]  # the first SHOWN
    count: int  # all of them

    @property
    def ok(self) -> bool:
        return self.count == 0


class _Steps:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = max(total, 1), 0, progress

    def __call__(self) -> None:
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)


@reads
def check_summaries(
    uow: UnitOfWork, actor: Actor | None, *, progress: Progress | None = None
) -> SummaryCheck:
    """Add every sale, payment, line and ledger entry up again and compare with the summaries."""
    if actor is not None:
        audit.require(uow, actor, Permission.VIEW_AUDIT_LOG, "ledger_check")
    repo = uow.summaries
    step = _Steps(repo.steps(), progress)
    columns = {s.table: s.sums for s in SUMMARIES}
    shown: list[SummaryMismatch] = []
    count = 0
    for diff in repo.differences(step):
        count += 1
        if len(shown) < SHOWN:
            shown.append(
                SummaryMismatch(
                    diff.table, diff.key, columns[diff.table], diff.stored, diff.from_rows
                )
            )
    return SummaryCheck(len(SUMMARIES), tuple(shown), count)


def rebuild_summaries(uow: UnitOfWork, actor: Actor, *, progress: Progress | None = None) -> None:
    """Build every summary again from the rows, in one transaction (the owner's)."""
    audit.require(uow, actor, Permission.CHANGE_SETTINGS, "summaries_rebuild")
    repo = uow.summaries
    repo.rebuild(_Steps(repo.steps(), progress))
    audit.record(uow, actor, "summaries_rebuild")
    uow.commit()


__all__ = ["SummaryCheck", "SummaryMismatch", "check_summaries", "rebuild_summaries"]
