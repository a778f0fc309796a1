"""Exporting the customer list (as filtered and sorted on screen) to an Excel file.

Exporting personal data is a sensitive act: it needs ``Permission.EXPORT_DATA`` and is
audited with the row count, whether phones were masked and which kind of filter was used
(never names, phone numbers or the search text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.customers import (
    CustomerFilter,
    birthday_info,
    birthday_of,
    category_of,
    get_category_rules,
    list_customer_ids,
)
from storecrm.services.dto import BirthdayInfo
from storecrm.services.privacy import commit_or_remove

Progress = Callable[[int, int], None]
CHUNK = 500


@dataclass(frozen=True, slots=True)
class ExportRow:
    """Everything a customer's line in an export holds (money in fen, as everywhere)."""

    customer_id: int
    name: str
    phone: str | None
    other_phone: str | None
    card_no: str | None
    gender: str
    birthday: BirthdayInfo | None
    birthday_solar: date | None  # the solar date of birth, when the year is known
    tags: tuple[str, ...]
    category: str
    source: str
    address: str
    preferences: str
    taste: str
    allergies: str
    hair_notes: str
    skin_notes: str
    sizes: str
    notes: str
    marketing_consent: bool
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    visit_count: int
    total_spend_fen: int
    balance_fen: int
    points: int
    created_at: datetime
    archived: bool


@dataclass(frozen=True, slots=True)
class ExportResult:
    rows: int
    path: Path


@reads
def export_rows(
    uow: UnitOfWork,
    actor: Actor,
    flt: CustomerFilter = CustomerFilter(),  # noqa: B008 - frozen dataclass
    sort: str = "name",
    descending: bool = False,
    *,
    progress: Progress | None = None,
) -> list[ExportRow]:
    """The customers of the list as filtered and sorted, with the detail an export shows."""
    audit.require(uow, actor, Permission.EXPORT_DATA, "customer_export")
    ids = list_customer_ids(uow, actor, flt, sort, descending)
    rules = get_category_rules(uow, actor)
    today = date.today()
    result: list[ExportRow] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = uow.customers.rows(chunk)
        tag_map = uow.customers.tags_of([i for i in chunk if i in rows])
        for customer_id in chunk:
            row = rows.get(customer_id)
            if row is None:
                continue
            birthday = birthday_of(row)
            result.append(
                ExportRow(
                    customer_id=customer_id,
                    name=str(row["name"]),
                    phone=row["phone"],
                    other_phone=row["other_phone"],
                    card_no=row["card_no"],
                    gender=str(row["gender"]),
                    birthday=birthday_info(birthday),
                    birthday_solar=row["birthday"],
                    tags=tuple(str(t["name"]) for t in tag_map.get(customer_id, [])),
                    category=category_of(row, rules, today).value,
                    source=str(row["source"]),
                    address=str(row["address"]),
                    preferences=str(row["preferences"]),
                    taste=str(row["taste"]),
                    allergies=str(row["allergies"]),
                    hair_notes=str(row["hair_notes"]),
                    skin_notes=str(row["skin_notes"]),
                    sizes=str(row["sizes"]),
                    notes=str(row["notes"]),
                    marketing_consent=bool(row["marketing_consent"]),
                    first_visit_at=row["first_visit_at"],
                    last_visit_at=row["last_visit_at"],
                    visit_count=int(row["visit_count"]),
                    total_spend_fen=int(row["total_spend_fen"]),
                    balance_fen=int(row["balance_fen"]),
                    points=int(row["points"]),
                    created_at=row["created_at"],
                    archived=row["archived_at"] is not None,
                )
            )
        if progress is not None:
            progress(len(result), len(ids))
    return result


@reads
def export_customers(
    uow: UnitOfWork,
    actor: Actor,
    path: Path,
    flt: CustomerFilter = CustomerFilter(),  # noqa: B008 - frozen dataclass
    sort: str = "name",
    descending: bool = False,
    mask_phones: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the (filtered, sorted) customer list to ``path`` (.xlsx).

    The file appears under its name only when complete. An ``OSError`` (disk full, the file
    open in Excel, no permission) is raised as it is, and the target is left as it was.
    ``progress(done, total)`` counts rows gathered, then rows written (total = 2 × rows).
    Call it from a worker thread.
    """
    audit.require(uow, actor, Permission.EXPORT_DATA, "customer_export")
    target = Path(path)

    def gathering(done: int, total: int) -> None:
        if progress is not None:
            progress(done, 2 * total)

    rows = export_rows(uow, actor, flt, sort, descending, progress=gathering)

    def writing(done: int, total: int) -> None:
        if progress is not None:
            progress(total + done, 2 * total)

    from storecrm.reports import customer_export as xlsx  # openpyxl: loaded when a file is written

    xlsx.write_customers(target, rows, mask_phones=mask_phones, progress=writing)
    audit.record(
        uow,
        actor,
        "customer_export",
        detail={
            "rows": len(rows),
            "masked": mask_phones,
            "filter": _filter_summary(flt),
            "sort": sort,
            "descending": descending,
        },
    )
    commit_or_remove(uow, target)
    return ExportResult(rows=len(rows), path=target)


def _filter_summary(flt: CustomerFilter) -> dict[str, object]:
    """The filter without personal data: the search text may be a name or a phone number."""
    return {
        "tag_id": flt.tag_id,
        "category": flt.category,
        "include_archived": flt.include_archived,
        "text": bool(flt.text.strip()),
    }


__all__ = ["ExportResult", "ExportRow", "export_customers", "export_rows"]
