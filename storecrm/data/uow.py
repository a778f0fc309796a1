"""Unit of work: one database transaction that rolls back unless :meth:`commit` is called."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Transaction

from storecrm.data.customer_repository import CustomerRepository
from storecrm.data.privacy_repository import PrivacyRepository
from storecrm.data.reminder_repository import ReminderRepository
from storecrm.data.report_repository import ReportRepository
from storecrm.data.repositories import AuditRepository, SettingsRepository, UserRepository
from storecrm.data.sales_repository import CatalogueRepository, SalesRepository
from storecrm.data.till_repository import TillRepository

if TYPE_CHECKING:
    from storecrm.data.store import Store


class UnitOfWork:
    settings: SettingsRepository
    users: UserRepository
    audit: AuditRepository
    customers: CustomerRepository
    catalogue: CatalogueRepository
    sales: SalesRepository
    reports: ReportRepository
    reminders: ReminderRepository
    privacy: PrivacyRepository
    till: TillRepository

    def __init__(self, store: Store) -> None:
        self.store = store
        self._conn: Connection | None = None
        self._tx: Transaction | None = None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._conn

    def __enter__(self) -> UnitOfWork:
        self._conn = self.store.engine.connect()
        self._tx = self._conn.begin()
        self.settings = SettingsRepository(self._conn)
        self.users = UserRepository(self._conn)
        self.audit = AuditRepository(self._conn)
        self.customers = CustomerRepository(self._conn)
        self.catalogue = CatalogueRepository(self._conn)
        self.sales = SalesRepository(self._conn)
        self.reports = ReportRepository(self._conn)
        self.reminders = ReminderRepository(self._conn)
        self.privacy = PrivacyRepository(self._conn)
        self.till = TillRepository(self._conn)
        return self

    def commit(self) -> None:
        assert self._tx is not None and self._conn is not None
        self._tx.commit()
        self._tx = self._conn.begin()  # the unit may go on (e.g. to audit after a commit)

    def rollback(self) -> None:
        assert self._tx is not None and self._conn is not None
        self._tx.rollback()
        self._tx = self._conn.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._tx is not None and self._tx.is_active:
                self._tx.rollback()
        finally:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self._tx = None
