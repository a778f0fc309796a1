"""`storecrm coupons` as a real process: a customer's wallet, every coupon still owed with the
liability, as text and JSON; the list of several customers' coupons is an audited bulk read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storecrm.domain.customer import CustomerDraft
from storecrm.domain.promotions.codes import shown
from storecrm.domain.promotions.offers import CouponKind, CouponTemplate
from storecrm.services import customers, session
from storecrm.services.promotions import catalogue, coupons
from tests.test_cli import run

PASSWORD = "pw-123456"


@pytest.fixture(scope="module")
def coupon_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, list[str]]:
    folder = tmp_path_factory.mktemp("cli-coupons") / "store"
    made = run(
        "init", "--store", str(folder), "--name", "小店", "--owner", "boss", password=PASSWORD
    )
    assert made.returncode == 0, made.stderr
    ctx = session.sign_in(folder, "boss", PASSWORD)
    try:
        li = ctx.call(customers.create_customer, CustomerDraft(name="李四", phone="13900001111"))
        wang = ctx.call(customers.create_customer, CustomerDraft(name="王五", phone="13900002222"))
        template = ctx.call(
            catalogue.save_template,
            CouponTemplate(0, "十元券", CouponKind.VOUCHER, off_fen=1000, valid_days=30),
        )
        issued = ctx.call(
            coupons.issue_coupons, template.id, [li.customer_id, wang.customer_id]
        ).issued
    finally:
        ctx.close()
    return folder, li.customer_id, [c.code for c in issued]


def test_a_customers_coupons_as_json(coupon_store: tuple[Path, int, list[str]]) -> None:
    folder, li, codes = coupon_store
    result = run(
        "coupons", "--store", str(folder), "--customer", str(li), "--json", password=PASSWORD
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(c["code"], c["face_fen"], c["state"]) for c in data["coupons"]] == [
        (codes[0], 1000, "usable")
    ]
    assert "liability" not in data


def test_every_coupon_owed_with_the_liability(coupon_store: tuple[Path, int, list[str]]) -> None:
    folder, _li, codes = coupon_store
    result = run("coupons", "--store", str(folder), "--json", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(c["code"] for c in data["coupons"]) == sorted(codes)
    assert (data["liability"]["count"], data["liability"]["face_fen"]) == (2, 2000)
    text = run("coupons", "--store", str(folder), password=PASSWORD)
    assert text.returncode == 0, text.stderr
    assert shown(codes[0]) in text.stdout
    assert "Coupons: 2" in text.stdout and "Owed — coupons: 2, worth ¥20.00" in text.stdout
    ctx = session.sign_in(folder, "boss", PASSWORD)
    try:
        with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - reading the log directly
            actions = [str(r["action"]) for r in uow.audit.recent(20)]
    finally:
        ctx.close()
    assert "personal_data_read" in actions
