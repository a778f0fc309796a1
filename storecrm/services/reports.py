"""Reports: how the month is going, the best customers, who stopped coming, what stored value
the store owes, which staff sells most, whether the reminders brought people back.

:func:`build_report` reads everything in one unit of work (one snapshot of the store), sums in
SQL slice by slice (see ``data/report_repository.py``) and returns a
:class:`~storecrm.domain.reports.Report`; the definitions of every figure are in
``domain/reports.py``. It reports progress and can be stopped between slices. Viewing needs
``VIEW_REPORTS``; :func:`export_report` writes the PDF or the workbook and is audited (the
period and the format, never what the report holds), and also needs ``EXPORT_DATA`` since the
report names customers.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from storecrm.data.report_repository import CustomerWindows, ReportRepository
from storecrm.data.uow import UnitOfWork, reads
from storecrm.domain import clock
from storecrm.domain.customer import mask_phone
from storecrm.domain.errors import ValidationError
from storecrm.domain.membership import MONEY_METHODS, PaymentMethod
from storecrm.domain.report_marketing import (
    CampaignEffectRow,
    CouponLiabilityRow,
    MarketingFigures,
    PromotionCostLine,
)
from storecrm.domain.reports import (
    REMINDER_DAYS,
    RFM_WINDOW_DAYS,
    Balances,
    CategoryRow,
    Comparison,
    Contact,
    CustomerFigures,
    CustomerRow,
    Granularity,
    ItemRow,
    Liabilities,
    MethodRow,
    Period,
    PointsFlow,
    RateComparison,
    ReminderEffect,
    Report,
    ReturnVisit,
    RfmReport,
    RfmRow,
    RfmScale,
    RfmSegment,
    SalesBucket,
    SalesFigures,
    StaffRow,
    StoredValueFlow,
    Summary,
    auto_granularity,
    buckets,
    percent,
    previous_period,
    reminder_effect,
)
from storecrm.domain.roles import Actor, Permission
from storecrm.services import audit, privacy
from storecrm.services.appointments.figures import read_figures
from storecrm.services.campaigns.results import campaign_results
from storecrm.services.membership import load_rules
from storecrm.services.promotions.coupons import coupon_liability, promotion_cost
from storecrm.services.report_customers import (
    CustomerPart,
    Entry,
    count_segments,
    customer_ranges,
    read_customers,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

WORKERS = max(1, min(4, os.cpu_count() or 1))  # connections reading at once
FORMATS = ("pdf", "xlsx")


class ReportCancelled(Exception):
    """The user stopped the report; nothing was written."""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    start: date
    end: date  # included
    compare: bool = True  # also sum the previous period (for the changes shown)
    granularity: Granularity | None = None  # None: days, weeks or months by the length
    reminder_days: int = REMINDER_DAYS

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)


# -- accumulators ------------------------------------------------------------------------------
_FIGURES = tuple(SalesFigures.__dataclass_fields__)
_F = {name: index for index, name in enumerate(_FIGURES)}


class _Days:
    """Per day: the SalesFigures fields as a list of ints."""

    def __init__(self) -> None:
        self.days: dict[date, list[int]] = {}

    def row(self, day: date) -> list[int]:
        values = self.days.get(day)
        if values is None:
            values = self.days[day] = [0] * len(_FIGURES)
        return values

    def add_sales(
        self,
        day: date,
        kind: str,
        of_kind: str | None,
        n: int,
        total: int,
        discount: int = 0,
        walk_in_total: int = 0,
    ) -> None:
        """Add ``n`` tickets of ``kind`` (for a refund, ``of_kind`` is what it gives back)."""
        row = self.row(day)
        if kind == "sale" or (kind == "refund" and of_kind != "top_up"):
            if kind == "sale":
                row[_F["sales"]] += n
                row[_F["gross_fen"]] += total
            else:
                row[_F["refunds"]] += n
                row[_F["refunds_fen"]] -= total
            row[_F["discount_fen"]] += discount
            row[_F["walk_in_fen"]] += walk_in_total
            row[_F["member_fen"]] += total - walk_in_total
        elif kind == "refund":
            row[_F["top_up_refunds_fen"]] -= total
        elif kind == "top_up":
            row[_F["top_ups"]] += n
            row[_F["top_ups_fen"]] += total
        elif kind == "withdrawal":
            row[_F["withdrawals_fen"]] -= total
        elif kind == "gift":
            row[_F["gifts"]] += n

    def total(self, period: Period) -> SalesFigures:
        result = [0] * len(_FIGURES)
        for day, values in self.days.items():
            if day in period:
                for i, v in enumerate(values):
                    result[i] += v
        return SalesFigures(*result)

    def buckets(self, period: Period, granularity: Granularity) -> tuple[SalesBucket, ...]:
        return tuple(SalesBucket(b, self.total(b)) for b in buckets(period, granularity))


@dataclass
class _Staff:
    sales: int = 0
    revenue: int = 0
    top_ups: int = 0
    previous_revenue: int = 0


@dataclass
class _Method:
    sales: int = 0
    top_ups: int = 0
    refunds: int = 0
    withdrawals: int = 0
    previous_net: int = 0


@dataclass
class _Line:
    qty: int = 0
    amount: int = 0
    discount: int = 0
    sessions: int = 0


class _Steps:
    """Progress over all the slices, whichever thread reads them; the place where a report
    stops when it is cancelled (or when another part of it failed)."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self.abort = threading.Event()
        self._lock = threading.Lock()
        self.step(0)

    def check(self) -> None:
        """Raise ReportCancelled when the user stopped the report or another part failed."""
        if self.abort.is_set() or (self.cancel is not None and self.cancel()):
            raise ReportCancelled()

    def finish(self) -> None:
        """Every step done (the ones a part did not need too)."""
        self.step(self.total)

    def step(self, n: int = 1) -> None:
        self.check()
        with self._lock:
            self.done = min(self.done + n, self.total)
            done = self.done
        if self.progress is not None:
            self.progress(done, self.total)


def _day(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(str(text)[:10])


# -- the report --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Plan:
    """The periods a report reads, as moments."""

    period: Period
    previous: Period
    rfm_window: Period
    compare: bool
    start: datetime  # the period's first moment
    end: datetime  # the moment after its last day
    compare_start: datetime  # the previous period's first moment (``start`` without compare)
    compare_end: datetime  # the moment after its last day (``start`` without compare)
    reminder_days: int

    @classmethod
    def of(cls, request: ReportRequest) -> _Plan:
        period = request.period
        rfm_window = (
            period
            if period.days >= RFM_WINDOW_DAYS
            else Period(period.end - timedelta(days=RFM_WINDOW_DAYS - 1), period.end)
        )
        previous = previous_period(period)
        return cls(
            period=period,
            previous=previous,
            rfm_window=rfm_window,
            compare=request.compare,
            start=period.start_at,
            end=period.end_at,
            compare_start=previous.start_at if request.compare else period.start_at,
            compare_end=previous.end_at if request.compare else period.start_at,
            reminder_days=request.reminder_days,
        )

    def segments(self) -> list[tuple[datetime, datetime]]:
        """The customer figures need visits and spend per customer in three windows (this
        period, the previous one, the RFM window): their edges cut time into segments, each
        read once and added to the windows it lies in."""
        rfm_start = self.rfm_window.start_at
        edges = sorted({min(self.compare_start, rfm_start), rfm_start, self.compare_start,
                        self.compare_end, self.start, self.end})  # fmt: skip
        return list(zip(edges, edges[1:], strict=False))

    def windows(self) -> tuple[tuple[datetime, datetime], ...]:
        return (
            (self.start, self.end),
            (self.compare_start, self.compare_end),
            (self.rfm_window.start_at, self.end),
        )


@dataclass
class _Read:
    """Everything summed from the store, before it is shaped into the report."""

    customers: CustomerPart
    segments: dict[RfmSegment, list[int]]
    days: _Days
    staff: dict[int | None, _Staff]
    methods: dict[str, _Method]
    lines: dict[tuple[str, int | None, str | None], _Line]
    ledger: _LedgerSums
    cards_opening: tuple[int, int, int, int]
    cards_closing: tuple[int, int, int, int]
    customers_on_file: int
    first_time: int
    staff_names: dict[int, str]
    catalogue: dict[int, tuple[str, str]]
    contacts: list[Contact]
    visits_after: list[ReturnVisit]


@reads
def build_report(
    uow: UnitOfWork,
    actor: Actor,
    request: ReportRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Report:
    """Every section of the report for ``request`` (see ``domain/reports.py``), from one
    snapshot of the store. Raises :class:`ReportCancelled` when ``cancel()`` turns true
    (checked between slices); call it from a worker thread."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "report_view")
    if not 1 <= request.reminder_days <= 365:
        raise ValidationError("days", "range", low=1, high=365)
    plan = _Plan.of(request)
    read = _read(uow, plan, progress, cancel)
    report = _assemble(uow, actor, plan, request.granularity or auto_granularity(plan.period), read)
    # The best and the lapsed customers are listed by name: a bulk read of personal data.
    listed = {c.customer_id for c in (*report.top_customers, *report.lapsed_customers)}
    privacy.record_read(
        uow,
        actor,
        "report_customers",
        len(listed),
        masked=True,
        params={"from": plan.period.start.isoformat(), "to": plan.period.end.isoformat()},
    )
    return report


def _read(uow: UnitOfWork, plan: _Plan, progress: Progress | None, cancel: Cancel | None) -> _Read:
    """Sum everything the report needs, from one moment of the store: the marks (the highest
    ids, see ``data/report_repository.Marks``) and the summaries by day are read on this unit
    of work, in one snapshot; the per-customer passes run side by side on connections of their
    own (one per processor, at most :data:`WORKERS`), bounded by the marks."""
    repo = uow.reports
    marks = repo.marks()
    start, end = _text(plan.start), _text(plan.end)
    windows = CustomerWindows(
        start=start,
        end=end,
        previous=(_text(plan.compare_start), _text(plan.compare_end)),
        rfm_start=_text(plan.rfm_window.start_at),
        read_start=_text(min(plan.compare_start, plan.rfm_window.start_at)),
    )
    ranges = customer_ranges(marks.customer)
    steps = _Steps(2 + len(ranges), progress, cancel)

    days, ledger = _Days(), _LedgerSums()
    staff: dict[int | None, _Staff] = {}
    methods: dict[str, _Method] = {}
    lines: dict[tuple[str, int | None, str | None], _Line] = {}
    _read_sales(repo.sales_days(_text(plan.compare_start), end), plan.start, plan.previous,
                days, staff)  # fmt: skip
    _read_payments(repo.payments_by_method(start, end, windows.previous), methods)
    _read_lines(repo.lines_by_item(start, end), lines)
    ledger.add(repo.ledger_by_kind(start, end))
    cards_opening = repo.card_balances(start, start, marks)
    cards_closing = repo.card_balances(end, end, marks)
    steps.step()
    for day, n in repo.new_customers_by_day(plan.compare_start, plan.end, marks):
        days.row(date.fromisoformat(str(day)))[_F["new_customers"]] += int(n)
    contacts = [
        Contact(str(kind), int(cid), at)
        for kind, cid, at in repo.reminder_contacts(plan.start, plan.end, marks)
    ]
    visits_after = []
    if contacts:
        until = plan.end + timedelta(days=plan.reminder_days)
        visits_after = [
            ReturnVisit(int(sid), int(cid), at, int(net))
            for sid, cid, at, net in repo.sales_after_contacts(plan.start, plan.end, until, marks)
        ]
    read = _Read(
        customers=CustomerPart(),
        segments={},
        days=days,
        staff=staff,
        methods=methods,
        lines=lines,
        ledger=ledger,
        cards_opening=cards_opening,
        cards_closing=cards_closing,
        customers_on_file=repo.customers_on_file(plan.end, marks),
        first_time=repo.first_time_customers(plan.start, plan.end, marks),
        staff_names=repo.staff_names(),
        catalogue=repo.catalogue(),
        contacts=contacts,
        visits_after=visits_after,
    )
    steps.step()

    period_end = plan.period.end
    read.customers = CustomerPart.merged(
        _run_parts(
            uow,
            [partial(read_customers, ids=r, windows=windows, marks=marks, period_end=period_end)
             for r in ranges],
            steps,
        )
    )  # fmt: skip
    read.segments = count_segments(read.customers)
    steps.finish()
    return read


def _text(moment: datetime) -> str:
    """A report's bound as the text a stored time is compared with ('YYYY-MM-DD': the
    periods start and end at midnight)."""
    return moment.date().isoformat()


T = TypeVar("T")


def _run_parts(
    uow: UnitOfWork, parts: Sequence[Callable[[ReportRepository], T]], steps: _Steps
) -> list[T]:
    """Run each part on its own connection, :data:`WORKERS` at a time (on this unit of work
    when there is one processor), a step of the progress each; their results in order. The
    first failure (or a cancel) stops the others at their next step and is raised."""
    if WORKERS <= 1:
        results = []
        for part in parts:
            results.append(part(uow.reports))
            steps.step()
        return results

    def run(part: Callable[[ReportRepository], T]) -> T:
        try:
            steps.check()
            with uow.store.unit_of_work(read_only=True) as own:
                cache_size = own.reports.small_cache()
                try:
                    result = part(own.reports)
                finally:
                    own.reports.release_memory(cache_size)  # the pooled connection stays
            steps.step()
            return result
        except BaseException:
            steps.abort.set()
            raise

    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="report") as pool:
        futures = [pool.submit(run, part) for part in parts]
        errors = [f.exception() for f in futures]
    failures = [e for e in errors if e is not None]
    if failures:
        # The part that failed first, not the ones it stopped.
        real = [e for e in failures if not isinstance(e, ReportCancelled)]
        raise (real or failures)[0]
    return [f.result() for f in futures]


def _assemble(
    uow: UnitOfWork, actor: Actor, plan: _Plan, granularity: Granularity, read: _Read
) -> Report:
    period, previous, compare = plan.period, plan.previous, plan.compare
    sums = read.customers
    top, lapsed = sums.top, sums.lapsed
    named = {
        int(r.id): r
        for r in uow.reports.customer_rows([-t[1] for t in top] + [-t[1] for t in lapsed])
    }
    scale = sums.scale

    def customer_row(entry: Entry) -> CustomerRow:
        spend, neg_id, visits, last, rfm = entry
        cid = -neg_id
        info = named.get(cid)
        return CustomerRow(
            customer_id=cid,
            name="" if info is None else str(info.name),
            phone=None if info is None or not info.phone else mask_phone(str(info.phone)),
            tier="" if info is None or info.tier is None else str(info.tier),
            visits=visits,
            spend_fen=spend,
            last_visit=last,
            balance_fen=0 if info is None else int(info.balance_fen),
            segment=None if rfm is None else scale.segment(*rfm),
        )

    totals = read.days.total(period)
    previous_totals = read.days.total(previous) if compare else SalesFigures()
    rules = load_rules(uow)
    liabilities = read.ledger.liabilities(
        read.cards_opening, read.cards_closing, rules.points_per_yuan_off
    )
    customers = CustomerFigures(
        total_at_end=read.customers_on_file,
        new=totals.new_customers,
        active=sums.active,
        first_time=min(read.first_time, sums.active),
        returning=max(sums.active - read.first_time, 0),
        repeat=sums.repeat,
        previous_active=sums.previous_active,
        retained=sums.retained,
        churned=sums.churned,
    )
    payments = _payment_rows(read.methods, compare)
    money_in = sum(m.net_fen for m in payments if m.method in _MONEY)
    money_in_before = sum(m.previous_net_fen or 0 for m in payments if m.method in _MONEY)

    def cmp(current: int, before: int) -> Comparison:
        return Comparison(current, before if compare else None)

    summary = Summary(
        revenue_fen=cmp(totals.revenue_fen, previous_totals.revenue_fen),
        visits=cmp(totals.sales, previous_totals.sales),
        average_ticket_fen=cmp(totals.average_ticket_fen, previous_totals.average_ticket_fen),
        money_received_fen=cmp(money_in, money_in_before),
        top_ups_fen=cmp(totals.net_top_ups_fen, previous_totals.net_top_ups_fen),
        new_customers=cmp(totals.new_customers, previous_totals.new_customers),
        active_customers=cmp(sums.active, sums.previous_active),
        repeat_rate=RateComparison(
            customers.repeat_rate,
            percent(sums.previous_repeat, sums.previous_active) if compare else None,
        ),
        churn_rate=RateComparison(customers.churn_rate if compare else None, None),
        stored_value_fen=Comparison(
            liabilities.closing.stored_value_fen, liabilities.opening.stored_value_fen
        ),
    )
    rows, total = reminder_effect(read.contacts, read.visits_after, plan.reminder_days, clock.now())
    items, categories = _item_rows(read.lines, read.catalogue)
    return Report(
        store_name=str(uow.settings.get("store_name") or ""),
        period=period,
        previous=previous,
        granularity=granularity,
        generated_at=clock.now(),
        generated_by=actor.display_name,
        totals=totals,
        previous_totals=previous_totals,
        summary=summary,
        by_day=read.days.buckets(period, Granularity.DAY),
        by_week=read.days.buckets(period, Granularity.WEEK),
        by_month=read.days.buckets(period, Granularity.MONTH),
        previous_by_day=read.days.buckets(previous, Granularity.DAY) if compare else (),
        payments=payments,
        items=items,
        categories=categories,
        staff=_staff_rows(read.staff, read.staff_names, compare),
        customers=customers,
        rfm=_rfm(plan.rfm_window, scale, read.segments),
        top_customers=tuple(customer_row(t) for t in sorted(top, reverse=True)),
        lapsed_customers=tuple(customer_row(t) for t in sorted(lapsed, reverse=True)),
        liabilities=liabilities,
        reminders=ReminderEffect(plan.reminder_days, rows, total),
        points_per_yuan_off=rules.points_per_yuan_off,
        appointments=read_figures(uow, period),
        marketing=_marketing(uow, actor, period),
    )


def _marketing(uow: UnitOfWork, actor: Actor, period: Period) -> MarketingFigures | None:
    """The coupons outstanding today, what each promotion and coupon template took off the
    period's sales, and the campaigns launched that overlap the period (None: none of these)."""
    liability = coupon_liability(uow, actor)
    cost = promotion_cost(uow, actor, period.start, period.end)
    results = [
        r
        for r in campaign_results(uow, actor)
        if r.phase != "draft" and r.starts_on <= period.end and r.ends_on >= period.start
    ]
    figures = MarketingFigures(
        liability_on=liability.on,
        coupons=tuple(
            CouponLiabilityRow(
                t.name, t.kind.value, t.count, t.face_fen, t.expiring_count, t.expiring_face_fen
            )
            for t in liability.templates
        ),
        promotion_costs=tuple(
            PromotionCostLine(r.source, r.name, r.sales, r.amount_fen) for r in cost.rows
        ),
        campaigns=tuple(
            CampaignEffectRow(
                name=r.name,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                phase=r.phase,
                reached=r.reached,
                redeemed=r.redeemed,
                revenue_from_redeemers_fen=r.revenue_from_redeemers_fen,
                discount_cost_fen=r.discount_cost_fen,
                effect=r.effect,
            )
            for r in sorted(results, key=lambda r: (r.starts_on, r.campaign_id))
        ),
    )
    return None if figures.empty else figures


_MONEY = frozenset(m.value for m in MONEY_METHODS)


def _read_sales(
    rows: Iterable[Any],
    split: datetime,
    previous: Period,
    days: _Days,
    staff: dict[int | None, _Staff],
) -> None:
    """Add the sums per day, kind, kind given back and staff (``sales_by_day``): a refund of
    a top-up counts against the top-ups, any other refund against revenue."""
    split_day = split.date()
    for day_text, kind, of_kind, staff_id, n, total, discount, walk_in in rows:
        day = date.fromisoformat(str(day_text))
        kind, n, total = str(kind), int(n), int(total)
        person = staff.setdefault(int(staff_id) or None, _Staff())
        current = day >= split_day
        if kind == "refund" and of_kind == "top_up":
            days.add_sales(day, "refund", "top_up", n, total)
            if current:
                person.top_ups += total
            continue
        days.add_sales(day, kind, "sale" if kind == "refund" else None, n, total,
                       int(discount), int(walk_in))  # fmt: skip
        counts = kind in ("sale", "refund")
        if not current:
            if counts and day in previous:  # not the days between the two periods
                person.previous_revenue += total
            continue
        if kind == "sale":
            person.sales += n
        if counts:
            person.revenue += total
        elif kind == "top_up":
            person.top_ups += total


def _read_payments(rows: Iterable[Any], methods: dict[str, _Method]) -> None:
    for kind, method, amount, before in rows:
        entry = methods.setdefault(str(method), _Method())
        amount = int(amount or 0)
        entry.previous_net += int(before or 0)
        if kind == "sale":
            entry.sales += amount
        elif kind == "top_up":
            entry.top_ups += amount
        elif kind == "refund":
            entry.refunds -= amount
        elif kind == "withdrawal":
            entry.withdrawals -= amount


def _read_lines(
    rows: Iterable[Any], lines: dict[tuple[str, int | None, str | None], _Line]
) -> None:
    for kind, item_id, card_name, qty, amount, discount in rows:
        item = None if item_id is None else int(item_id)
        if kind == "session":  # a service covered by a card: counted on that service
            line = lines.setdefault(
                ("item" if item is not None else "session", item, None), _Line()
            )
            line.sessions += int(qty)
            continue
        key = (str(kind), item, None if card_name is None else str(card_name))
        line = lines.setdefault(key, _Line())
        line.qty += int(qty)
        line.amount += int(amount)
        line.discount += int(discount)


_METHOD_ORDER = [m.value for m in PaymentMethod]


def _payment_rows(methods: Mapping[str, _Method], compare: bool) -> tuple[MethodRow, ...]:
    order = {m: i for i, m in enumerate(_METHOD_ORDER)}
    return tuple(
        MethodRow(
            method=method,
            sales_fen=m.sales,
            top_ups_fen=m.top_ups,
            refunds_fen=m.refunds,
            withdrawals_fen=m.withdrawals,
            previous_net_fen=m.previous_net if compare else None,
        )
        for method, m in sorted(methods.items(), key=lambda x: (order.get(x[0], 99), x[0]))
        if m.sales or m.top_ups or m.refunds or m.withdrawals or (compare and m.previous_net)
    )


def _staff_rows(
    staff: Mapping[int | None, _Staff], names: Mapping[int, str], compare: bool
) -> tuple[StaffRow, ...]:
    rows = [
        StaffRow(
            staff_id=sid,
            name="" if sid is None else names.get(sid, str(sid)),
            sales=s.sales,
            revenue_fen=s.revenue,
            top_ups_fen=s.top_ups,
            previous_revenue_fen=s.previous_revenue if compare else None,
        )
        for sid, s in staff.items()
        if s.sales or s.revenue or s.top_ups or (compare and s.previous_revenue)
    ]
    rows.sort(key=lambda r: (-r.revenue_fen, r.name))
    return tuple(rows)


def _item_rows(
    lines: Mapping[tuple[str, int | None, str | None], _Line],
    catalogue: Mapping[int, tuple[str, str]],
) -> tuple[tuple[ItemRow, ...], tuple[CategoryRow, ...]]:
    items: list[ItemRow] = []
    for (kind, item_id, card_name), line in lines.items():
        name, category = ("", "")
        if kind == "item" and item_id is not None:
            name, category = catalogue.get(item_id, (str(item_id), ""))
        elif kind == "card":
            name = card_name or ""
        items.append(
            ItemRow(
                kind=kind,
                item_id=item_id,
                name=name,
                category=category,
                qty=line.qty,
                amount_fen=line.amount,
                discount_fen=line.discount,
                sessions_used=line.sessions,
            )
        )
    items.sort(key=lambda r: (-r.amount_fen, -r.sessions_used, r.kind, r.name))
    groups: dict[tuple[str, str], list[int]] = {}
    for row in items:
        key = (row.kind, row.category if row.kind == "item" else "")
        group = groups.setdefault(key, [0, 0])
        group[0] += row.qty
        group[1] += row.amount_fen
    categories = [
        CategoryRow(category=category, kind=kind, qty=qty, amount_fen=amount)
        for (kind, category), (qty, amount) in groups.items()
    ]
    categories.sort(key=lambda r: (-r.amount_fen, r.kind, r.category))
    return tuple(items), tuple(categories)


def _rfm(window: Period, scale: RfmScale, segments: Mapping[RfmSegment, list[int]]) -> RfmReport:
    counts = {segment: segments.get(segment, [0, 0, 0]) for segment in RfmSegment}
    return RfmReport(
        window=window,
        scale=scale,
        rows=tuple(RfmRow(s, c[0], c[1], c[2]) for s, c in counts.items()),
    )


class _LedgerSums:
    """The ledger's sums before the period and in it, per account and kind."""

    def __init__(self) -> None:
        self.before: dict[str, int] = {}  # account → sum before the period
        self.during: dict[tuple[str, str, bool], int] = {}  # (account, kind, positive) → sum

    def add(self, rows: Iterable[Any]) -> None:
        for account, kind, before, up, down in rows:
            account, before, up, down = str(account), int(before), int(up), int(down)
            self.before[account] = self.before.get(account, 0) + before
            for positive, delta in ((True, up), (False, down)):
                if delta:
                    key = (account, str(kind), positive)
                    self.during[key] = self.during.get(key, 0) + delta

    def _during(self, account: str, kind: str, positive: bool | None = None) -> int:
        return sum(
            v
            for (a, k, p), v in self.during.items()
            if a == account and k == kind and (positive is None or p == positive)
        )

    def _flow(self, account: str) -> StoredValueFlow:
        known = {"top_up", "sale", "refund", "withdrawal", "forfeit"}
        other = sum(v for (a, k, _p), v in self.during.items() if a == account and k not in known)
        return StoredValueFlow(
            top_ups=self._during(account, "top_up"),
            spent=self._during(account, "sale"),
            refunded_to_balance=self._during(account, "refund", True),
            top_ups_refunded=self._during(account, "refund", False),
            withdrawn=self._during(account, "withdrawal"),
            forfeited=self._during(account, "forfeit"),
            other=other,
        )

    def liabilities(
        self,
        cards_opening: tuple[int, int, int, int],
        cards_closing: tuple[int, int, int, int],
        points_per_yuan_off: int,
    ) -> Liabilities:
        """``cards_*``: (sessions left, count cards with sessions left, their value, period
        cards valid) at the start of the period and after its end
        (``ReportRepository.card_balances``)."""
        principal, bonus = self._flow("principal"), self._flow("bonus")
        known = {"earn", "redeem", "gift", "expiry", "refund"}
        points = PointsFlow(
            earned=self._during("points", "earn"),
            redeemed=self._during("points", "redeem"),
            gifts=self._during("points", "gift"),
            expired=self._during("points", "expiry"),
            refunds=self._during("points", "refund"),
            other=sum(
                v for (a, k, _p), v in self.during.items() if a == "points" and k not in known
            ),
        )
        opening_pts = self.before.get("points", 0)

        def value(pts: int) -> int:
            return pts * 100 // points_per_yuan_off if points_per_yuan_off > 0 and pts > 0 else 0

        def balances(cards: tuple[int, int, int, int], p: int, b: int, pts: int) -> Balances:
            sessions, count, worth, periods = cards
            return Balances(
                principal_fen=p,
                bonus_fen=b,
                points=pts,
                points_value_fen=value(pts),
                sessions=sessions,
                session_cards=count,
                sessions_value_fen=worth,
                period_cards=periods,
            )

        p0, b0 = self.before.get("principal", 0), self.before.get("bonus", 0)
        opening = balances(cards_opening, p0, b0, opening_pts)
        closing = balances(
            cards_closing, p0 + principal.net, b0 + bonus.net, opening_pts + points.net
        )
        return Liabilities(
            opening=opening,
            closing=closing,
            principal=principal,
            bonus=bonus,
            points=points,
            sessions_sold=self._during("sessions", "card"),
            sessions_used=-self._during("sessions", "use")
            - self._during("sessions", "refund", True),
        )


# -- exporting ---------------------------------------------------------------------------------
@reads
def export_report(
    uow: UnitOfWork,
    actor: Actor,
    report: Report,
    path: Path,
    fmt: str,
    labels: Mapping[str, str] | None = None,
    *,
    purpose: str = "export",
) -> Path:
    """Write ``report`` as a PDF (A4) or an Excel workbook to ``path`` (atomically: the file
    appears complete or not at all). ``labels`` are the words in the user's language (see
    ``reports/report_labels.py``); ``purpose`` "print" when it is written to be printed."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "report_export")
    audit.require(uow, actor, Permission.EXPORT_DATA, "report_export")
    if fmt not in FORMATS:
        raise ValidationError("format", "invalid")
    target = Path(path)
    if fmt == "pdf":
        from storecrm.reports.report_pdf import write_pdf

        write_pdf(report, target, labels)
    else:
        from storecrm.reports.report_xlsx import write_xlsx

        write_xlsx(report, target, labels)
    audit.record(
        uow,
        actor,
        "report_export",
        detail={
            "format": fmt,
            "purpose": purpose,
            "from": report.period.start.isoformat(),
            "to": report.period.end.isoformat(),
        },
    )
    privacy.commit_or_remove(uow, target)
    return target


def report_pdf_bytes(
    uow: UnitOfWork, actor: Actor, report: Report, labels: Mapping[str, str] | None = None
) -> bytes:
    """The report as a PDF in memory, for the print preview (audited as an export for
    printing: it lists customers by name)."""
    audit.require(uow, actor, Permission.VIEW_REPORTS, "report_export")
    audit.require(uow, actor, Permission.EXPORT_DATA, "report_export")
    from storecrm.reports.report_pdf import pdf_bytes

    data = pdf_bytes(report, labels)
    audit.record(
        uow,
        actor,
        "report_export",
        detail={
            "format": "pdf",
            "purpose": "print",
            "from": report.period.start.isoformat(),
            "to": report.period.end.isoformat(),
        },
    )
    uow.commit()
    return data


__all__ = [
    "ReportCancelled",
    "ReportRequest",
    "build_report",
    "export_report",
    "report_pdf_bytes",
]
