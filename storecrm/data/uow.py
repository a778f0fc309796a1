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

from collections.abc import Callable, Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Transaction

from storecrm.data.appointment_repository import AppointmentRepository
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

F = TypeVar("F", bound=Callable[..., Any])
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


class UnitOfWork:
    settings: SettingsRepository
    users: UserRepository
    audit: AuditRepository
    customers: CustomerRepository
    catalogue: CatalogueRepository
    sales: SalesRepository
    reports: ReportRepository
    reminders: ReminderRepository
    staff: StaffRepository
    privacy: PrivacyRepository
    till: TillRepository
    appointments: AppointmentRepository
    summaries: SummaryRepository
    promotions: PromotionRepository
    campaigns: CampaignRepository  # campaigns (issue 20)
    lifecycle: LifecycleRepository  # lifecycle offers (issue 20)

    def __init__(self, store: Store, *, read_only: bool = False, wait: float | None = None) -> None:
        self.store = store
        self.read_only = read_only
        self._wait = wait  # for the writer; None: as long as the thread may (data.writer)
        #: Something was committed (or handed to the writer and written): running the unit
        #: again would do it twice.
        self.committed = False
        self._conn: Connection | None = None
        self._tx: Transaction | None = None
        self._locked = False
        self._handed: list[Write] = []
        self._after_commit: list[Callable[[], None]] = []

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
            self._conn = engine.connect()
            self._tx = self._conn.begin()
        except BaseException:
            self._end()
            raise
        self.settings = SettingsRepository(self._conn)
        self.users = UserRepository(self._conn)
        self.audit = _HandedAudit(self) if self.read_only else AuditRepository(self._conn)
        self.customers = CustomerRepository(self._conn)
        self.catalogue = CatalogueRepository(self._conn)
        self.sales = SalesRepository(self._conn)
        self.reports = ReportRepository(self._conn)
        self.reminders = ReminderRepository(self._conn)
        self.staff = StaffRepository(self._conn)
        self.privacy = PrivacyRepository(self._conn)
        self.till = TillRepository(self._conn)
        self.appointments = AppointmentRepository(self._conn)
        self.summaries = SummaryRepository(self._conn)
        self.promotions = PromotionRepository(self._conn)  # promotions and coupons (0014)
        self.campaigns = CampaignRepository(self._conn)  # campaigns (issue 20)
        self.lifecycle = LifecycleRepository(self._conn)  # lifecycle offers (issue 20)
        return self

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
        """Commit and go on in a new transaction. A read unit has the writer make what was
        handed to it, then reads on from a snapshot that includes it."""
        assert self._tx is not None and self._conn is not None
        handed, self._handed = self._handed, []
        actions, self._after_commit = self._after_commit, []
        self._tx.commit()
        for action in actions:
            action()
        try:
            for write in handed:
                self.store.write(write)
                self.committed = True
        finally:
            self._tx = self._conn.begin()  # the unit may go on (e.g. to audit after a commit)
        if not self.read_only:
            self.committed = True

    def rollback(self) -> None:
        assert self._tx is not None and self._conn is not None
        self._handed.clear()
        self._after_commit.clear()
        self._tx.rollback()
        self._tx = self._conn.begin()

    def _end(self) -> None:
        try:
            if self._tx is not None and self._tx.is_active:
                self._tx.rollback()
        finally:
            try:
                if self._conn is not None:
                    self._conn.close()
            finally:
                self._conn = None
                self._tx = None
                self._handed.clear()
                self._after_commit.clear()
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
