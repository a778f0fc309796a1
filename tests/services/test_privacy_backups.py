"""Backups made before a customer was erased still hold that person's data: the backup list
flags them and the next good backup's rotation removes the daily and on-exit ones (PIPL erasure,
issue 17); one the owner made by hand is only flagged, for the owner to delete."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.services import backup, customers, privacy
from storecrm.services.session import StoreContext


def test_backups_older_than_an_erasure_are_flagged_then_rotated_out(
    owner: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    owner.call(backup.set_backup_settings, folder=str(usb), keep_daily=30, keep_monthly=12)
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 1, 9, 9))
    gone = owner.call(customers.create_customer, CustomerDraft(name="要删除", phone="13800001111"))
    older = []
    for day in (10, 12):
        monkeypatch.setattr(clock, "now", lambda d=day: datetime(2026, 1, d, 13))
        older.append(owner.call(backup.run_backup, kind="scheduled").info.file_name)
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 1, 12, 15))
    by_hand = owner.call(backup.run_backup).info.file_name
    assert [e.before_erasure for e in owner.call(backup.list_backups)] == [False] * 3

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 1, 13, 10))
    owner.call(privacy.erase_customer, gone.customer_id)
    listed = owner.call(backup.list_backups)
    assert [(e.file_name, e.before_erasure) for e in listed] == [
        (by_hand, True),
        (older[1], True),
        (older[0], True),
    ]

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 1, 14, 13))
    result = owner.call(backup.run_backup, kind="scheduled")
    assert sorted(result.deleted) == sorted(older)
    assert [(e.file_name, e.before_erasure) for e in owner.call(backup.list_backups)] == [
        (result.info.file_name, False),
        (by_hand, True),
    ]
