"""Importing customers from an Excel or CSV file: look first (preview), then import.

The import is all or nothing. Its good rows are written in one transaction that is committed
at the end, or rolled back on any error, on cancel and on a dry run, so the store is never
left half imported. Rows with problems are never imported. The owner fixes the file and runs
the import again, and the rows that arrived the first time are then duplicates.

A row whose phone or card number the store already has is a duplicate of that customer. With
``on_duplicate="skip"`` it is left alone. With ``"update"``, the fields the file fills in
replace the stored ones (an empty cell keeps the stored value) and the file's tags are added.
A balance or points in the file become opening ledger entries, but only for customers this
import creates. The balance of a customer who already exists is never changed by an import,
because it has a history of its own. The report lists each such row as a warning.

Both functions read the whole file and may take seconds for tens of thousands of rows. Call
them from a worker thread. ``progress(done, total)`` is called at least every 500 rows, and
``cancel()`` is polled just as often.
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from storecrm.data.tabular import Table, read_table
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.customer_import import (
    ImportParser,
    ParsedCustomer,
    RowProblem,
    cell_text,
    check_mapping,
    guess_mapping,
    looks_like_header,
)
from storecrm.domain.errors import ValidationError
from storecrm.domain.money import yuan_text
from storecrm.domain.privacy import ConsentSource
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit
from storecrm.services.customers import birthday_columns, profile_columns
from storecrm.services.privacy import consent_event

OnDuplicate = Literal["skip", "update"]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PREVIEW_ROWS = 20
CHUNK = 500
DEFAULT_CARD_NAME = "次卡"  # a card imported without a name (data, in the store's language)
IMPORT_NOTE = "import"  # text of the "created" timeline event and of opening ledger entries

# Import fields → customers columns an update may write (when the file's cell is filled).
_UPDATABLE = {
    "name": "name",
    "phone": "phone",
    "other_phone": "other_phone",
    "gender": "gender",
    "card_no": "card_no",
    "address": "address",
    "source": "source",
    "preferences": "preferences",
    "notes": "notes",
    "taste": "taste",
    "allergies": "allergies",
    "hair_notes": "hair_notes",
    "skin_notes": "skin_notes",
    "sizes": "sizes",
    "marketing_consent": "marketing_consent",
}


@dataclass(frozen=True, slots=True)
class ImportColumn:
    index: int  # 0-based; Excel's letter is openpyxl.utils.get_column_letter(index + 1)
    header: str
    field: str | None  # the IMPORT_FIELDS name it feeds, None when ignored


@dataclass(frozen=True, slots=True)
class StoreDuplicate:
    """A row whose phone or card number belongs to a customer already in the store."""

    row_number: int
    customer_id: int
    name: str
    matched_by: str  # "phone" | "card_no"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row_number: int
    texts: tuple[str, ...]  # every cell of the row as text, in column order
    customer: ParsedCustomer | None  # None when the row has problems
    problems: tuple[RowProblem, ...]
    duplicate: StoreDuplicate | None

    @property
    def status(self) -> str:
        """ "problem", "duplicate" or "new"."""
        if self.problems:
            return "problem"
        return "duplicate" if self.duplicate else "new"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    path: str
    header_row: int  # the row (as Excel numbers it) that holds the column names
    columns: tuple[ImportColumn, ...]
    mapping: dict[int, str]  # column index → field, as guessed or as given
    unmapped: tuple[ImportColumn, ...]  # columns with a header that will be ignored
    rows: tuple[PreviewRow, ...]  # the first PREVIEW_ROWS data rows
    problems: tuple[RowProblem, ...]  # every problem of every row
    duplicates: tuple[StoreDuplicate, ...]  # every row that matches a stored customer
    rows_read: int
    ok_rows: int  # rows without problems: new + duplicates
    new_rows: int
    problem_rows: int

    @property
    def duplicate_rows(self) -> int:
        return len(self.duplicates)


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows_read: int
    created: int
    updated: int
    skipped: int  # duplicates left alone (on_duplicate="skip")
    problem_rows: int  # rows not imported because of their problems
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]  # e.g. a balance for an existing customer, not applied
    on_duplicate: str
    dry_run: bool
    cancelled: bool
    saved: bool  # committed; False for a dry run, a cancel, or when there was nothing to do
    tags_created: int
    opening_balance_fen: int  # sum of opening balances written for new customers
    opening_points: int
    seconds: float
    opening_sessions: int = 0  # sessions on imported session cards


# -- reading ------------------------------------------------------------------------------------
def _read(path: Path) -> Table:
    return read_table(Path(path), is_header=looks_like_header)


def _mapping_for(
    table: Table, mapping: Mapping[int, str] | None, *, strict: bool
) -> dict[int, str]:
    if mapping is None:
        guessed = guess_mapping(table.header)
        if strict and "name" not in guessed.values():
            raise ValidationError("mapping", "no_name_column")
        return guessed
    try:
        return check_mapping(mapping, len(table.header))
    except ValidationError as exc:
        if not strict and exc.code == "no_name_column":
            return dict(sorted(mapping.items()))
        raise


def _columns(table: Table, mapping: Mapping[int, str]) -> tuple[ImportColumn, ...]:
    return tuple(
        ImportColumn(index, text, mapping.get(index)) for index, text in enumerate(table.header)
    )


@dataclass
class _Classified:
    """Phase one: every row parsed and matched against the store as it was before."""

    parsed: list[ParsedCustomer] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    problem_rows: set[int] = field(default_factory=set)
    duplicates: dict[int, StoreDuplicate] = field(default_factory=dict)  # by row number
    results: dict[int, ParsedCustomer | list[RowProblem]] = field(default_factory=dict)


def _classify(
    uow: UnitOfWork,
    table: Table,
    mapping: Mapping[int, str],
    *,
    keep_results_for: int,
    step: Callable[[int], bool],
) -> _Classified | None:
    """Parse and match every row; ``None`` when cancelled."""
    parser = ImportParser(mapping, today=date.today())
    out = _Classified()
    claimed: dict[int, int] = {}  # stored customer id → first row that matched it
    for start in range(0, len(table.rows), CHUNK):
        chunk = table.rows[start : start + CHUNK]
        good: list[ParsedCustomer] = []
        for row in chunk:
            result = parser.parse(row.number, row.cells)
            if len(out.results) < keep_results_for:
                out.results[row.number] = result
            if isinstance(result, ParsedCustomer):
                good.append(result)
            else:
                out.problems.extend(result)
                out.problem_rows.add(row.number)
        by_phone = uow.customers.ids_by_phones(p.valid.phone for p in good if p.valid.phone)
        by_card = uow.customers.ids_by_cards(p.valid.card_no for p in good if p.valid.card_no)
        matched: dict[int, tuple[int, str]] = {}
        for parsed in good:
            phone_id = by_phone.get(parsed.valid.phone or "")
            card_id = by_card.get(parsed.valid.card_no or "")
            if phone_id is not None and card_id is not None and phone_id != card_id:
                _problem(
                    out,
                    RowProblem(
                        parsed.row_number,
                        "card_no",
                        "matches_two_customers",
                        parsed.valid.card_no or "",
                    ),
                )
                continue
            existing = phone_id if phone_id is not None else card_id
            if existing is None:
                out.parsed.append(parsed)
                continue
            by = "phone" if phone_id is not None else "card_no"
            first = claimed.setdefault(existing, parsed.row_number)
            if first != parsed.row_number:
                value = parsed.valid.phone if by == "phone" else parsed.valid.card_no
                _problem(
                    out,
                    RowProblem(
                        parsed.row_number, by, "duplicate_in_file", value or "", other_row=first
                    ),
                )
                continue
            matched[parsed.row_number] = (existing, by)
            out.parsed.append(parsed)
        if matched:
            found = uow.customers.rows([i for i, _ in matched.values()])
            names = {i: str(r["name"]) for i, r in found.items()}
            # An archived (or merged) customer is hidden on purpose: an import must not bring
            # them back or change them behind the owner's back. The owner restores them first.
            archived = {
                row_number
                for row_number, (existing, _) in matched.items()
                if found[existing]["archived_at"] is not None
            }
            for row_number in sorted(archived):
                existing, by = matched.pop(row_number)
                out.parsed = [p for p in out.parsed if p.row_number != row_number]
                _problem(
                    out,
                    RowProblem(row_number, by, "archived_customer", names.get(existing, "")),
                )
            for row_number, (existing, by) in matched.items():
                out.duplicates[row_number] = StoreDuplicate(
                    row_number, existing, names.get(existing, ""), by
                )
        if not step(len(chunk)):
            return None
    return out


def _by_row(problems: Sequence[RowProblem]) -> tuple[RowProblem, ...]:
    return tuple(sorted(problems, key=lambda p: p.row_number))  # stable: fields keep their order


def _problem(out: _Classified, problem: RowProblem) -> None:
    out.problems.append(problem)
    out.problem_rows.add(problem.row_number)
    out.results[problem.row_number] = [problem]


def _stepper(total: int, progress: Progress | None, cancel: Cancel | None) -> Callable[[int], bool]:
    done = 0

    def step(rows: int) -> bool:
        nonlocal done
        done += rows
        if progress is not None:
            progress(min(done, total), total)
        return not (cancel is not None and cancel())

    if progress is not None:
        progress(0, total)
    return step


# -- preview ------------------------------------------------------------------------------------
@reads
def preview_import(
    uow: UnitOfWork,
    actor: Actor,
    path: Path,
    mapping: Mapping[int, str] | None = None,
    *,
    progress: Progress | None = None,
) -> ImportPreview:
    """What an import of ``path`` would do, without changing anything.

    ``mapping`` (column index → IMPORT_FIELDS name) replaces the guess. A mapping without a
    name column is allowed here (every row then has a "required" problem), so a wizard can
    show it, but :func:`run_import` refuses it. Raises ``UnreadableFile`` and
    ``ValidationError(field="mapping")``.
    """
    audit.require(uow, actor, Permission.IMPORT_DATA, "customer_import")
    table = _read(path)
    used = _mapping_for(table, mapping, strict=False)
    classified = _classify(
        uow,
        table,
        used,
        keep_results_for=PREVIEW_ROWS,
        step=_stepper(len(table.rows), progress, None),
    )
    assert classified is not None  # no cancel callback
    columns = _columns(table, used)
    rows = []
    for row in table.rows[:PREVIEW_ROWS]:
        result = classified.results.get(row.number, [])
        problems = tuple(p for p in classified.problems if p.row_number == row.number)
        rows.append(
            PreviewRow(
                row_number=row.number,
                texts=tuple(cell_text(c) for c in row.cells),
                customer=result if isinstance(result, ParsedCustomer) and not problems else None,
                problems=problems,
                duplicate=classified.duplicates.get(row.number),
            )
        )
    ok_rows = len(table.rows) - len(classified.problem_rows)
    return ImportPreview(
        path=str(path),
        header_row=table.header_row,
        columns=columns,
        mapping=dict(used),
        unmapped=tuple(c for c in columns if c.field is None and c.header),
        rows=tuple(rows),
        problems=_by_row(classified.problems),
        duplicates=tuple(sorted(classified.duplicates.values(), key=lambda d: d.row_number)),
        rows_read=len(table.rows),
        ok_rows=ok_rows,
        new_rows=ok_rows - len(classified.duplicates),
        problem_rows=len(classified.problem_rows),
    )


# -- import -------------------------------------------------------------------------------------
def run_import(
    uow: UnitOfWork,
    actor: Actor,
    path: Path,
    mapping: Mapping[int, str] | None = None,
    on_duplicate: OnDuplicate = "skip",
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import the good rows of ``path`` in one transaction (see the module's docstring).

    ``progress(done, total)``: ``total`` is twice the number of data rows (checking every
    row, then saving the good ones). Raises ``UnreadableFile``,
    ``ValidationError(field="mapping")``, and any database error (the store is then
    unchanged).
    """
    if on_duplicate not in ("skip", "update"):
        raise ValueError(f"on_duplicate must be 'skip' or 'update', not {on_duplicate!r}")
    audit.require(uow, actor, Permission.IMPORT_DATA, "customer_import")
    started = _time.perf_counter()
    table = _read(path)
    used = _mapping_for(table, mapping, strict=True)
    step = _stepper(2 * len(table.rows), progress, cancel)
    classified = _classify(uow, table, used, keep_results_for=0, step=step)
    writer = _Writer(uow, actor, on_duplicate)
    if classified is not None:
        for start in range(0, len(classified.parsed), CHUNK):
            chunk = classified.parsed[start : start + CHUNK]
            writer.write(chunk, classified.duplicates)
            if not step(len(chunk)):
                classified = None
                break
        else:
            step(len(table.rows) - len(classified.parsed))  # rows with problems: nothing to save
    cancelled = classified is None
    report = ImportReport(
        rows_read=len(table.rows),
        created=0 if cancelled else writer.created,
        updated=0 if cancelled else writer.updated,
        skipped=0 if cancelled else writer.skipped,
        problem_rows=0 if classified is None else len(classified.problem_rows),
        problems=() if classified is None else _by_row(classified.problems),
        warnings=() if cancelled else tuple(writer.warnings),
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        cancelled=cancelled,
        saved=False,
        tags_created=0 if cancelled else writer.tags_created,
        opening_balance_fen=0 if cancelled else writer.opening_balance_fen,
        opening_points=0 if cancelled else writer.opening_points,
        seconds=0.0,
        opening_sessions=0 if cancelled else writer.opening_sessions,
    )
    counts = {
        "rows": report.rows_read,
        "created": report.created,
        "updated": report.updated,
        "skipped": report.skipped,
        "problem_rows": report.problem_rows,
        "on_duplicate": on_duplicate,
        "file_type": Path(path).suffix.lower(),
    }
    saved = False
    if cancelled or dry_run:
        uow.rollback()
        if cancelled:
            audit.record(uow, actor, "customer_import", outcome="cancelled", detail=counts)
            uow.commit()
    else:
        audit.record(uow, actor, "customer_import", detail=counts)
        uow.commit()
        saved = report.created + report.updated > 0
    return replace(report, saved=saved, seconds=round(_time.perf_counter() - started, 3))


class _Writer:
    """Phase two: write parsed rows in bulk (customers, tags, timeline, opening ledger)."""

    def __init__(self, uow: UnitOfWork, actor: Actor, on_duplicate: OnDuplicate) -> None:
        self.uow = uow
        self.actor = actor
        self.on_duplicate = on_duplicate
        self.now = clock.now()
        self.tag_ids = {str(t["name"]): int(t["id"]) for t in uow.customers.all_tags()}
        self.created = self.updated = self.skipped = self.tags_created = 0
        self.opening_balance_fen = self.opening_points = self.opening_sessions = 0
        self.warnings: list[RowProblem] = []

    def _tag(self, name: str) -> int:
        if name not in self.tag_ids:
            self.tag_ids[name] = self.uow.customers.add_tag(name, self.now)
            self.tags_created += 1
        return self.tag_ids[name]

    def write(
        self, chunk: Sequence[ParsedCustomer], duplicates: Mapping[int, StoreDuplicate]
    ) -> None:
        new = [p for p in chunk if p.row_number not in duplicates]
        old = [p for p in chunk if p.row_number in duplicates]
        self._create(new)
        if self.on_duplicate == "skip":
            self.skipped += len(old)
        else:
            self._update(old, duplicates)

    def _create(self, rows: Sequence[ParsedCustomer]) -> None:
        if not rows:
            return
        user = self.actor.user_id
        values = [
            profile_columns(p.valid)
            | birthday_columns(p.birthday)
            | {
                "marketing_consent_at": self.now if p.valid.marketing_consent else None,
                "created_at": self.now,
                "created_by": user,
                "updated_at": self.now,
                "updated_by": user,
            }
            for p in rows
        ]
        ids = self.uow.customers.insert_many(values)
        links: list[tuple[int, int]] = []
        events: list[dict[str, Any]] = []
        ledger: list[dict[str, Any]] = []
        for customer_id, parsed in zip(ids, rows, strict=True):
            links.extend((customer_id, self._tag(name)) for name in parsed.tags)
            events.append(
                {
                    "customer_id": customer_id,
                    "at": self.now,
                    "kind": "created",
                    "text": IMPORT_NOTE,
                    "user_id": user,
                }
            )
            entry = {
                "customer_id": customer_id,
                "kind": "opening",
                "at": self.now,
                "user_id": user,
                "note": IMPORT_NOTE,
            }
            if parsed.opening_balance_fen:
                ledger.append(entry | {"account": "principal", "delta": parsed.opening_balance_fen})
                self.opening_balance_fen += parsed.opening_balance_fen
            if parsed.opening_points:
                ledger.append(entry | {"account": "points", "delta": parsed.opening_points})
                self.opening_points += parsed.opening_points
            if parsed.opening_sessions:
                card_id = self.uow.sales.insert_card(
                    {
                        "customer_id": customer_id,
                        "name": parsed.session_card or DEFAULT_CARD_NAME,
                        "kind": "count",
                        "sessions_total": parsed.opening_sessions,
                        "sessions_left": 0,  # the opening entry below fills it
                        "price_fen": 0,
                        "bought_at": self.now,
                    }
                )
                ledger.append(
                    entry
                    | {"account": "sessions", "delta": parsed.opening_sessions, "card_id": card_id}
                )
                self.opening_sessions += parsed.opening_sessions
        self.uow.customers.add_tag_links(links)
        self.uow.customers.add_events(events)
        self.uow.customers.add_ledger_entries(ledger)
        self.uow.privacy.add_consents(
            [
                consent_event(customer_id, True, self.now, ConsentSource.IMPORT, user)
                for customer_id, parsed in zip(ids, rows, strict=True)
                if parsed.valid.marketing_consent
            ]
        )
        self.created += len(rows)

    def _update(
        self, rows: Sequence[ParsedCustomer], duplicates: Mapping[int, StoreDuplicate]
    ) -> None:
        if not rows:
            return
        ids = [duplicates[p.row_number].customer_id for p in rows]
        before = self.uow.customers.rows(ids)
        tags_before = self.uow.customers.tags_of(ids)
        links: list[tuple[int, int]] = []
        events: list[dict[str, Any]] = []
        consents: list[dict[str, Any]] = []
        for customer_id, parsed in zip(ids, rows, strict=True):
            stored: Mapping[str, object] = before[customer_id]
            profile = profile_columns(parsed.valid)
            values = {
                column: profile[column]
                for field_name, column in _UPDATABLE.items()
                if field_name in parsed.filled
            }
            if parsed.birthday is not None:
                values |= birthday_columns(parsed.birthday)
            changed = sorted(k for k, v in values.items() if stored[k] != v)
            if "marketing_consent" in changed:
                values["marketing_consent_at"] = self.now if values["marketing_consent"] else None
                consents.append(
                    consent_event(
                        customer_id,
                        bool(values["marketing_consent"]),
                        self.now,
                        ConsentSource.IMPORT,
                        self.actor.user_id,
                    )
                )
            have = {int(t["id"]) for t in tags_before.get(customer_id, [])}
            new_tags = [t for t in (self._tag(n) for n in parsed.tags) if t not in have]
            if new_tags:
                links.extend((customer_id, t) for t in new_tags)
                changed.append("tags")
            if changed:
                update = {k: v for k, v in values.items() if k in changed or k.endswith("_at")}
                self.uow.customers.update(
                    customer_id, update | {"updated_at": self.now, "updated_by": self.actor.user_id}
                )
                events.append(
                    {
                        "customer_id": customer_id,
                        "at": self.now,
                        "kind": "updated",
                        "text": ",".join(changed),
                        "user_id": self.actor.user_id,
                    }
                )
            for field_name, amount in (
                ("balance", parsed.opening_balance_fen),
                ("points", parsed.opening_points),
                ("sessions", parsed.opening_sessions),
            ):
                if amount:
                    self.warnings.append(
                        RowProblem(
                            parsed.row_number,
                            field_name,
                            "balance_not_changed",
                            str(amount) if field_name != "balance" else yuan_text(amount),
                        )
                    )
        self.uow.customers.add_tag_links(links)
        self.uow.customers.add_events(events)
        self.uow.privacy.add_consents(consents)
        self.updated += len(rows)


@reads
def import_columns(uow: UnitOfWork, actor: Actor, path: Path) -> tuple[ImportColumn, ...]:
    """The file's columns with the guessed field of each (quick first step of a wizard or
    of ``--mapping`` on the command line)."""
    audit.require(uow, actor, Permission.IMPORT_DATA, "customer_import")
    table = _read(path)
    return _columns(table, guess_mapping(table.header))


__all__ = [
    "ImportColumn",
    "ImportPreview",
    "ImportReport",
    "PreviewRow",
    "StoreDuplicate",
    "import_columns",
    "preview_import",
    "run_import",
]
