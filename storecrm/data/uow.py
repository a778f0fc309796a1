"""Unit of work: one database transaction that rolls back unless :meth:`commit` is called.

A unit either writes or reads (see :mod:`storecrm.data.writer`):

- A **write unit** holds the store's writer lock from start to end and begins with
  ``BEGIN IMMEDIATE``; there is one at a time.
- A **read unit** takes no lock and reads a snapshot on a ``query_only`` connection, so it never
  waits for the writer and can never make it fail. What it must still write (its audit entries,
  a cache it found behind) it hands to the writer with :meth:`UnitOfWork.hand_to_writer`; its
  :meth:`~UnitOfWork.commit` has the writer make those writes, each in a write unit of its own.

A use case that only reads is marked with :func:`reads`, and ``StoreContext.call`` gives it a
read unit; every other use case gets a write unit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Mapping
from datetime import datetime
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection

from storecrm.data.appointment_repository import AppointmentRepository
from storecrm.data.cache import WROTE_WATCHED
from storecrm.data.campaign_repository import CampaignRepository
from storecrm.data.customer_repository import CustomerRepository
from storecrm.data.lifecycle_repository import LifecycleRepository
from storecrm.data.privacy_repository import PrivacyRepository
from storecrm.data.promotion_repository import PromotionRepository
from storecrm.data.reminder_repository import ReminderRepository
from storecrm.data.report_repository import ReportRepository
from storecrm.data.repositories import AuditRepository, SettingsRepository, UserRepository
from storecrm.data.sales_repository import CatalogueRepository, SalesRepository
from storecrm.data.staff_repository import StaffRepository
from storecrm.data.summary_repository import SummaryRepository
from storecrm.data.till_repository import TillRepository
from storecrm.domain import clock

if TYPE_CHECKING:
    from storecrm.data.store import Store

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
_READS = "__storecrm_reads__"


def reads(service: F) -> F:
    """Mark a use case that only reads: it runs on a read unit of work, never waits for the
    writer, and a write it makes by mistake raises ``WriteOnReadPath`` at once."""
    setattr(service, _READS, True)
    return service


def only_reads(service: Callable[..., Any]) -> bool:
    return bool(getattr(service, _READS, False))


Write = Callable[["UnitOfWork"], None]


class _HandedAudit(AuditRepository):
    """A read unit's audit trail: each entry is stamped now and written by the writer when the
    unit commits (a rollback drops it, as it would drop a written one)."""

    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(uow.connection)
        self._uow = uow

    def append(
        self,
        action: str,
        *,
        user_id: int | None,
        username: str,
        outcome: str = "ok",
        target: str | None = None,
        detail: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        stamped = at or clock.now()
        kept = dict(detail or {})

        def write(w: UnitOfWork) -> None:
            w.audit.append(
                action,
                user_id=user_id,
                username=username,
                outcome=outcome,
                target=target,
                detail=kept,
                at=stamped,
            )

        self._uow.hand_to_writer(write)


_REPOSITORIES = (
    "settings", "users", "audit", "customers", "catalogue", "sales", "reports", "reminders",
    "staff", "privacy", "till", "appointments", "summaries", "promotions", "campaigns",
    "lifecycle",
)  # fmt: skip


class UnitOfWork:
    """One transaction (see the module docstring). Its repositories are built on first use:
    a look-up that reads customers builds one, not sixteen (issue 23: building them all was
    about a fifth of an exact phone look-up)."""

    def __init__(self, store: Store, *, read_only: bool = False, wait: float | None = None) -> None:
        self.store = store
        self.read_only = read_only
        self._wait = wait  # for the writer; None: as long as the thread may (data.writer)
        #: Something was committed (or handed to the writer and written): running the unit
        #: again would do it twice.
        self.committed = False
        self._conn: Connection | None = None
        self._locked = False
        self._handed: list[Write] = []
        self._after_commit: list[Callable[[], None]] = []
        self._generation = 0  # the store cache's when this unit began (data/cache.py)

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._conn

    def __enter__(self) -> UnitOfWork:
        self.store.check_open()
        if not self.read_only:
            self.store.writer.acquire(self._wait)
            self._locked = True
        try:
            self.store.check_open()  # closed while this unit waited for the writer
            engine = self.store.read_engine if self.read_only else self.store.engine
            self._generation = self.store.cache.generation  # before this unit reads anything
            self._conn = engine.connect()
            self._conn.info.pop(WROTE_WATCHED, None)
            self._conn.begin()
        except BaseException:
            self._end()
            raise
        return self

    # -- repositories, each built on first use on this unit's connection -------------------
    @cached_property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self.connection)

    @cached_property
    def users(self) -> UserRepository:
        return UserRepository(self.connection)

    @cached_property
    def audit(self) -> AuditRepository:
        return _HandedAudit(self) if self.read_only else AuditRepository(self.connection)

    @cached_property
    def customers(self) -> CustomerRepository:
        return CustomerRepository(self.connection)

    @cached_property
    def catalogue(self) -> CatalogueRepository:
        return CatalogueRepository(self.connection)

    @cached_property
    def sales(self) -> SalesRepository:
        return SalesRepository(self.connection)

    @cached_property
    def reports(self) -> ReportRepository:
        return ReportRepository(self.connection)

    @cached_property
    def reminders(self) -> ReminderRepository:
        return ReminderRepository(self.connection)

    @cached_property
    def staff(self) -> StaffRepository:
        return StaffRepository(self.connection)

    @cached_property
    def privacy(self) -> PrivacyRepository:
        return PrivacyRepository(self.connection)

    @cached_property
    def till(self) -> TillRepository:
        return TillRepository(self.connection)

    @cached_property
    def appointments(self) -> AppointmentRepository:
        return AppointmentRepository(self.connection)

    @cached_property
    def summaries(self) -> SummaryRepository:
        return SummaryRepository(self.connection)

    @cached_property
    def promotions(self) -> PromotionRepository:
        """Promotions and coupons (0014)."""
        return PromotionRepository(self.connection)

    @cached_property
    def campaigns(self) -> CampaignRepository:
        """Campaigns (issue 20)."""
        return CampaignRepository(self.connection)

    @cached_property
    def lifecycle(self) -> LifecycleRepository:
        """Lifecycle offers (issue 20)."""
        return LifecycleRepository(self.connection)

    def cached(self, key: Hashable, load: Callable[[], T]) -> T:
        """A figure read from the tables the store cache watches (data/cache.py), kept per
        open store: ``load()`` runs when it is not kept, or when this unit changed one of
        those tables (it reads its own change, and keeps nothing before it commits). What
        ``load`` returns is shared: it must not be changed by anyone."""
        if self.connection.info.get(WROTE_WATCHED):
            return load()
        return self.store.cache.get(key, load, self._generation)

    def hand_to_writer(self, write: Write) -> None:
        """A write this unit may need to make. A write unit makes it now, in its transaction.
        A read unit keeps it for :meth:`commit`, when the writer makes it in a write unit of
        its own — later, after other writes perhaps, so ``write`` must look at the store again
        rather than trust what this unit read."""
        if self.read_only:
            self._handed.append(write)
        else:
            write(self)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once this unit's transaction has committed (to keep a cache of
        committed figures, see ``services/staff/posting``); a rollback drops it."""
        self._after_commit.append(action)

    def commit(self) -> None:
        """Commit; a statement after it begins a new transaction. A read unit has the writer
        make what was handed to it, then reads on from a snapshot that includes it."""
        assert self._conn is not None
        handed, self._handed = self._handed, []
        actions, self._after_commit = self._after_commit, []
        changed = self._conn.info.pop(WROTE_WATCHED, False)
        tx = self._conn.get_transaction()
        if tx is not None:  # None: nothing ran since the last commit
            tx.commit()
            if not self.read_only and self.store.checkpointer is not None:
                try:  # a checkpoint, if due, is made off this path
                    self.store.checkpointer.committed()
                except Exception:  # the sale is saved: it must not be reported as failed
                    log.warning("the WAL checkpointer could not be told of a commit", exc_info=True)
        if changed:  # after the commit: no reader can read the old figures and keep them
            self.store.cache.drop()
            self._generation = self.store.cache.generation
        for action in actions:
            action()
        for write in handed:
            self.store.write(write)
            self.committed = True
        # The unit may go on (e.g. to audit after a commit): its next statement begins the
        # next transaction (SQLAlchemy's autobegin, through the engine's begin event). Not
        # begun here: a sale's unit ends after its commit, and beginning again cost it a
        # BEGIN IMMEDIATE and a ROLLBACK (issue 23).
        if not self.read_only:
            self.committed = True

    def rollback(self) -> None:
        assert self._conn is not None
        self._handed.clear()
        self._after_commit.clear()
        tx = self._conn.get_transaction()
        if tx is not None:
            tx.rollback()
        self._conn.info.pop(WROTE_WATCHED, None)

    def _end(self) -> None:
        try:
            tx = None if self._conn is None else self._conn.get_transaction()
            if tx is not None and tx.is_active:
                tx.rollback()
        finally:
            try:
                if self._conn is not None:
                    self._conn.info.pop(WROTE_WATCHED, None)
                    self._conn.close()
            finally:
                self._conn = None
                self._handed.clear()
                self._after_commit.clear()
                for name in _REPOSITORIES:  # a unit entered again builds them anew
                    self.__dict__.pop(name, None)
                if self._locked:
                    self._locked = False
                    self.store.writer.release()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._end()
