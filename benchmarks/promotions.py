"""Benchmark: the till's best-offer choice per change of the sale (issue 20: under 10 ms with
30 active promotions and 10 coupons in the member's wallet).

    python benchmarks/promotions.py [--changes 400] [--seed 1]

A sale grows line by line to 12 lines and shrinks again (each change a new choice), with 30
promotions of every kind (some not combinable with others or with the tier discount, some on
categories, a 会员日, a happy hour), a 9.5折 member, 10 coupons in the wallet checked on every
change and 2 of them handed over. Prints the median and p95 per change with the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storecrm.domain.promotions.engine import CartLine, best_offer, wallet_check  # noqa: E402
from storecrm.domain.promotions.offers import (  # noqa: E402
    Audience,
    Coupon,
    CouponKind,
    CouponTemplate,
    Promotion,
    PromotionKind,
    Targets,
    When,
    weekday_mask,
)

CATEGORIES = ("洗护", "染发", "烫发", "护理", "饮品")


def promotions(rng: random.Random) -> list[Promotion]:
    made: list[Promotion] = []
    for i in range(1, 31):
        kind = list(PromotionKind)[i % len(PromotionKind)]
        targets = Targets()
        if i % 3 == 0:
            targets = Targets(categories=frozenset({rng.choice(CATEGORIES)}))
        elif i % 3 == 1:
            targets = Targets(item_ids=frozenset(rng.sample(range(1, 41), 5)))
        when = When()
        if i % 7 == 0:
            when = When(weekdays=weekday_mask([0, 2, 4]))
        elif i % 11 == 0:
            when = When(time_from=dtime(10, 0), time_to=dtime(22, 0))
        made.append(
            Promotion(
                i,
                f"活动{i}",
                kind,
                threshold_fen=rng.choice([5000, 10000, 20000, 30000]),
                off_fen=rng.choice([500, 1000, 2000, 5000]),
                repeatable=i % 4 == 0,
                permille=rng.choice([500, 800, 880, 900]),
                buy_qty=2,
                free_qty=1,
                gift_item_id=rng.randint(1, 40),
                targets=targets,
                audience=Audience.MEMBERS if i % 5 == 0 else Audience.EVERYONE,
                when=when,
                with_tier=i % 6 != 0,
                with_others=i % 4 != 1,
                priority=i % 3,
            )  # fmt: skip
        )
    return made


def wallet(customer_id: int) -> list[Coupon]:
    coupons = []
    for i in range(10):
        kind = list(CouponKind)[i % len(CouponKind)]
        template = CouponTemplate(
            100 + i, f"券{i}", kind, min_spend_fen=5000 * (i % 3), off_fen=1000 + 500 * i,
            permille=850, max_off_fen=3000, item_id=i + 1, valid_days=30,
            with_promotions=i % 3 != 2, with_tier=i % 4 != 3,
        )  # fmt: skip
        coupons.append(
            Coupon(i + 1, f"CODE{i}", template, customer_id, date(2026, 12, 1), date(2026, 12, 31))
        )
    return coupons


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    promos = promotions(rng)
    coupons = wallet(42)
    handed = coupons[:2]
    moment = datetime(2026, 12, 9, 15, 0)
    catalogue = [
        CartLine(i, CATEGORIES[i % len(CATEGORIES)], 1, rng.randint(10, 400) * 100, i % 9 != 0)
        for i in range(1, 41)
    ]
    lines: list[CartLine] = []
    times: list[float] = []
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for change in range(args.changes):
        if change % 24 < 12:
            base = rng.choice(catalogue)
            lines.append(CartLine(base.item_id, base.category, rng.randint(1, 3), base.unit_fen,
                                  base.discountable))  # fmt: skip
        elif lines:
            lines.pop(rng.randrange(len(lines)))
        if not lines:
            continue
        started = time.perf_counter()
        best_offer(
            lines, tier_permille=950, customer_id=42, tier_id=1, moment=moment,
            promotions=promos, coupons=handed,
        )  # fmt: skip
        wallet_check(lines, coupons, 42, moment.date())
        times.append(time.perf_counter() - started)
    times.sort()
    median = statistics.median(times) * 1000
    p95 = times[int(len(times) * 0.95) - 1] * 1000
    print(
        f"best offer, 30 promotions, 10 wallet coupons (2 handed over), {len(times)} changes: "
        f"median {median:.2f} ms, p95 {p95:.2f} ms, max {times[-1] * 1000:.2f} ms "
        f"(load average {load:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
