"""Customer archive services on a real encrypted store."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import Category, CustomerDraft, Gender, Source
from storecrm.domain.errors import PermissionDenied
from storecrm.services import customers as svc
from storecrm.services import demo, info, session
from storecrm.services.customers import CustomerFilter, DuplicateCustomer, InvalidCustomer
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD


def _add(ctx: StoreContext, name: str, phone: str = "", card: str = "", **kw: object) -> int:
    tags = kw.pop("tags", ())
    birthday = kw.pop("birthday", None)
    draft = CustomerDraft(name=name, phone=phone, card_no=card, **kw)  # type: ignore[arg-type]
    return ctx.call(svc.create_customer, draft, birthday=birthday, tags=tags).customer_id


def _set(ctx: StoreContext, customer_id: int, **values: object) -> None:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - visit summaries come from sales later
        uow.customers.update(customer_id, values)
        uow.commit()


@pytest.fixture
def people(owner: StoreContext) -> dict[str, int]:
    ids = {
        "张三": _add(owner, "张三", "13812345678", "88001234", tags=["老顾客", "烫染"]),
        "张姗姗": _add(owner, "张姗姗", "13900005678"),
        "李四": _add(owner, "李四", "13700001111", "VIP-7"),
        "王小明": _add(owner, "王小明", "+86 150 2222 3333", gender=Gender.MALE),
        "单田芳": _add(owner, "单田芳", "0755-88881234"),
    }
    return ids


def _names(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.name for h in hits]


def test_create_and_read_back_a_full_profile(owner: StoreContext) -> None:
    lunar = Birthday(Calendar.LUNAR, 8, 15, 1990)
    created = owner.call(
        svc.create_customer,
        CustomerDraft(
            name="陈美玲",
            phone="１３６ ００００ ８８８８",
            gender=Gender.FEMALE,
            card_no="8800 5555",
            source=Source.ONLINE,
            notes="喜欢安静",
            marketing_consent=True,
        ),
        birthday=lunar,
        tags=["VIP候选", "学生"],
    )
    detail = owner.call(svc.get_customer, created.customer_id)
    assert detail.phone == "13600008888" and detail.card_no == "88005555"
    assert detail.birthday is not None and detail.birthday.calendar == "lunar"
    assert (detail.birthday.month, detail.birthday.day, detail.birthday.year) == (8, 15, 1990)
    assert detail.birthday_solar == date(1990, 10, 3)  # 农历1990年八月十五
    assert [t.name for t in detail.tags] == sorted(["VIP候选", "学生"])
    assert detail.marketing_consent and detail.marketing_consent_at is not None
    assert detail.category == Category.POTENTIAL.value
    assert detail.created_by == "王店长"
    assert [e.kind for e in owner.call(svc.timeline, created.customer_id)] == ["created"]


def test_a_phone_that_exists_names_the_customer_who_has_it(
    owner: StoreContext, people: dict[str, int]
) -> None:
    with pytest.raises(DuplicateCustomer) as info_:
        _add(owner, "另一个人", "138-1234-5678")
    assert info_.value.existing_id == people["张三"] and info_.value.existing_name == "张三"
    with pytest.raises(DuplicateCustomer):
        _add(owner, "又一个人", card="88001234")


def test_invalid_fields_are_all_reported(owner: StoreContext) -> None:
    with pytest.raises(InvalidCustomer) as info_:
        _add(owner, "", "12345")
    assert sorted(p.field for p in info_.value.problems) == ["name", "phone"]


@pytest.mark.parametrize(
    "query, first",
    [
        ("张三", "张三"),
        ("小明", "王小明"),
        ("王小明", "王小明"),
        ("田", "单田芳"),
        ("zs", "张三"),
        ("ZS", "张三"),
        ("zhangsan", "张三"),
        ("zhangs", "张三"),
        ("wxm", "王小明"),
        ("stf", "单田芳"),  # 单 read as a surname (shan)
        ("dtf", "单田芳"),
        ("13812345678", "张三"),
        ("138 1234 5678", "张三"),
        ("3333", "王小明"),
        ("1234", "单田芳"),  # a landline's last digits
        ("88001234", "张三"),  # card number
        ("vip-7", "李四"),
        ("VIP7", None),
    ],
)
def test_search_at_the_till(
    owner: StoreContext, people: dict[str, int], query: str, first: str | None
) -> None:
    hits = owner.call(svc.search_customers, query)
    if first is None:
        assert hits == []
    else:
        assert hits and hits[0].name == first, _names(hits)


def test_last_four_digits_find_everyone_with_them(
    owner: StoreContext, people: dict[str, int]
) -> None:
    assert sorted(_names(owner.call(svc.search_customers, "5678"))) == ["张三", "张姗姗"]


def test_name_search_puts_exact_and_prefix_matches_first(
    owner: StoreContext, people: dict[str, int]
) -> None:
    assert _names(owner.call(svc.search_customers, "张")) == ["张三", "张姗姗"]


def test_archived_customers_leave_search_and_list_but_keep_history(
    owner: StoreContext, people: dict[str, int]
) -> None:
    cid = people["李四"]
    owner.call(svc.archive_customer, cid, "搬走了")
    assert owner.call(svc.search_customers, "李四") == []
    assert cid not in owner.call(svc.list_customer_ids)
    assert _names(owner.call(svc.search_customers, "李四", include_archived=True)) == ["李四"]
    assert cid in owner.call(svc.list_customer_ids, CustomerFilter(include_archived=True))
    assert owner.call(svc.find_by_card, "VIP-7") is None
    owner.call(svc.restore_customer, cid)
    assert _names(owner.call(svc.search_customers, "李四")) == ["李四"]
    kinds = [e.kind for e in owner.call(svc.timeline, cid)]
    assert kinds == ["restored", "archived", "created"]


def test_a_cashier_edits_but_cannot_archive_or_merge(cashier: StoreContext) -> None:
    cid = _add(cashier, "收银员建的客户", "13511112222")
    assert cashier.call(svc.get_customer, cid).created_by == "小李"
    with pytest.raises(PermissionDenied):
        cashier.call(svc.archive_customer, cid)
    with pytest.raises(PermissionDenied):
        cashier.call(svc.merge_customers, cid, cid)


def test_update_records_what_changed_on_the_timeline(
    owner: StoreContext, people: dict[str, int]
) -> None:
    cid = people["王小明"]
    owner.call(
        svc.update_customer,
        cid,
        CustomerDraft(name="王小明", phone="15022223333", gender=Gender.MALE, address="南山区"),
        tags=["新标签"],
    )
    entry = owner.call(svc.timeline, cid)[0]
    assert entry.kind == "updated" and entry.text == "address"
    assert [t.name for t in owner.call(svc.get_customer, cid).tags] == ["新标签"]
    owner.call(svc.update_customer, cid, CustomerDraft(name="王晓明", phone="15022223333"))
    assert _names(owner.call(svc.search_customers, "晓明")) == ["王晓明"]  # grams rewritten
    assert owner.call(svc.search_customers, "小明") == []
    assert _names(owner.call(svc.search_customers, "wxm")) == ["王晓明"]


def test_merging_moves_history_tags_and_balances(
    owner: StoreContext, people: dict[str, int]
) -> None:
    keep, gone = people["张三"], people["张姗姗"]
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - opening balances as an import makes
        now = datetime(2026, 1, 1, 10, 0)
        uow.customers.add_ledger_entries(
            [
                {
                    "customer_id": gone,
                    "account": "principal",
                    "kind": "opening",
                    "delta": 12_345,
                    "at": now,
                    "user_id": 1,
                    "note": "",
                },
                {
                    "customer_id": gone,
                    "account": "points",
                    "kind": "opening",
                    "delta": 300,
                    "at": now,
                    "user_id": 1,
                    "note": "",
                },
                {
                    "customer_id": keep,
                    "account": "principal",
                    "kind": "opening",
                    "delta": 100,
                    "at": now,
                    "user_id": 1,
                    "note": "",
                },
            ]
        )
        uow.commit()
    _set(owner, gone, visit_count=3, total_spend_fen=30_000, last_visit_at=datetime(2026, 10, 1))
    owner.call(svc.add_note, gone, "来电预约周六")
    merged = owner.call(svc.merge_customers, keep, gone)
    assert merged.balance_fen == 12_445 and merged.points == 300
    assert merged.visit_count == 3 and merged.total_spend_fen == 30_000
    kinds = [e.kind for e in owner.call(svc.timeline, keep)]
    assert "note" in kinds and "merged" in kinds
    gone_detail = owner.call(svc.get_customer, gone)
    assert gone_detail.merged_into_id == keep and gone_detail.archived_at is not None
    assert gone_detail.balance_fen == 0 and gone_detail.points == 0
    with owner._store.unit_of_work() as uow:  # noqa: SLF001 - every balance is its ledger's sum
        for cid in (keep, gone):
            sums = uow.customers.ledger_sums(cid)
            row = uow.customers.get(cid)
            assert row["balance_fen"] == sums.get("principal", 0) + sums.get("bonus", 0)
            assert row["points"] == sums.get("points", 0)
    audit = [(e.action, e.target) for e in owner.call(info.recent_audit)]
    assert ("customer_merge", f"customer:{keep}") in audit


def test_sorting_and_filters_run_in_sql(owner: StoreContext, people: dict[str, int]) -> None:
    _set(
        owner,
        people["李四"],
        total_spend_fen=900_000,
        visit_count=30,
        first_visit_at=datetime(2025, 1, 1),
        last_visit_at=datetime.now() - timedelta(days=2),
    )
    _set(
        owner,
        people["王小明"],
        total_spend_fen=50_000,
        visit_count=5,
        first_visit_at=datetime(2025, 1, 1),
        last_visit_at=datetime.now() - timedelta(days=200),
    )
    by_spend = owner.call(svc.list_customer_ids, CustomerFilter(), "total_spend", True)
    assert by_spend[:2] == [people["李四"], people["王小明"]]
    tag_id = next(t.tag_id for t in owner.call(svc.list_tags) if t.name == "老顾客")
    assert owner.call(svc.list_customer_ids, CustomerFilter(tag_id=tag_id)) == [people["张三"]]
    assert owner.call(svc.list_customer_ids, CustomerFilter(category="vip")) == [people["李四"]]
    assert owner.call(svc.list_customer_ids, CustomerFilter(category="at_risk")) == [
        people["王小明"]
    ]
    assert owner.call(svc.list_customer_ids, CustomerFilter(text="zhangsa")) == [people["张三"]]
    by_name = owner.call(svc.customer_rows, owner.call(svc.list_customer_ids))
    assert len(by_name) == 5


def test_sql_categories_agree_with_the_domain_rules(owner: StoreContext) -> None:
    owner.call(demo.add_demo_customers, 1500, 4)
    every = owner.call(svc.list_customer_ids)
    rows = {r.customer_id: r.category for r in owner.call(svc.customer_rows, every)}
    seen = set()
    for category in Category:
        ids = owner.call(svc.list_customer_ids, CustomerFilter(category=category.value))
        assert all(rows[i] == category.value for i in ids), category
        assert len(ids) == sum(1 for c in rows.values() if c == category.value), category
        if ids:
            seen.add(category)
    assert len(seen) >= 5  # the demo data has customers in (nearly) every category


def test_category_rules_are_the_owners_to_tune(store_dir: Path) -> None:
    from storecrm.domain.customer import CategoryRules

    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        owner.call(svc.set_category_rules, CategoryRules(at_risk_days=30))
        assert owner.call(svc.get_category_rules).at_risk_days == 30
    finally:
        owner.close()
    cashier = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            cashier.call(svc.set_category_rules, CategoryRules(at_risk_days=5))
        assert cashier.call(svc.get_category_rules).at_risk_days == 30
    finally:
        cashier.close()


def test_the_list_sorts_names_by_pinyin(owner: StoreContext) -> None:
    for name in ("张伟", "安琪", "白雪", "单田芳", "曾小贤", "阿明"):
        _add(owner, name)
    ids = owner.call(svc.list_customer_ids, CustomerFilter(), "name", False)
    names = [r.name for r in owner.call(svc.customer_rows, ids)]
    # a-ming, an-qi, bai-xue, shan-tian-fang (单 as a surname), zeng-xiao-xian, zhang-wei
    assert names == ["阿明", "安琪", "白雪", "单田芳", "曾小贤", "张伟"]
