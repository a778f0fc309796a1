"""Customer field rules: phones, cards, names, pinyin keys, queries, categories."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from storecrm.domain.customer import (
    Category,
    CategoryRules,
    CustomerDraft,
    QueryKind,
    Source,
    VisitSummary,
    categorise,
    classify_query,
    mask_phone,
    normalise_card_no,
    normalise_phone,
    pinyin_keys,
    surname_sort_key,
    validate,
)
from storecrm.domain.errors import ValidationError


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0755-8888 1234", "075588881234"),
        ("(010) 12345678", "01012345678"),
        ("", None),
        ("   ", None),
    ],
)
def test_phone_normalisation(typed: str, expected: str | None) -> None:
    assert normalise_phone(typed) == expected


@pytest.mark.parametrize(
    "typed", ["12345", "1381234567", "138123456789", "23812345678", "+1 555 1234567", "138abc45678"]
)
def test_bad_phones_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalise_phone(typed)
    assert info.value.code == "invalid_phone"


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("075588881234") == "075*****1234"
    assert mask_phone(None) == ""


def test_card_numbers_from_a_reader_or_a_person() -> None:
    assert normalise_card_no(" 8800 1234 ") == "88001234"
    assert normalise_card_no("ｖｉｐ-001") == "VIP-001"
    assert normalise_card_no("") is None
    with pytest.raises(ValidationError):
        normalise_card_no("卡号1")


@pytest.mark.parametrize(
    "name, keys",
    [
        ("张三", {"zhangsan", "zs"}),
        ("单雄信", {"shanxiongxin", "danxiongxin", "sxx", "dxx"}),
        ("曾小贤", {"zengxiaoxian", "cengxiaoxian", "zxx", "cxx"}),
        ("欧阳娜娜", {"ouyangnana", "oynn"}),
        ("Tony王", {"tonywang", "tw"}),
    ],
)
def test_pinyin_keys(name: str, keys: set[str]) -> None:
    assert pinyin_keys(name) == keys


@pytest.mark.parametrize(
    "typed, kind, text",
    [
        ("5678", QueryKind.DIGITS, "5678"),
        ("138 1234", QueryKind.DIGITS, "1381234"),
        ("+86 138", QueryKind.DIGITS, "138"),
        ("ZS", QueryKind.LETTERS, "zs"),
        ("ｚｈａｎｇ", QueryKind.LETTERS, "zhang"),
        ("张", QueryKind.TEXT, "张"),
        (" 小 明 ", QueryKind.TEXT, "小 明"),
        ("", QueryKind.EMPTY, ""),
    ],
)
def test_classify_query(typed: str, kind: QueryKind, text: str) -> None:
    assert classify_query(typed) == (kind, text)


def test_validate_reports_every_problem_at_once() -> None:
    draft = CustomerDraft(
        name=" ",
        phone="12345",
        other_phone="abc",
        card_no="卡",
        referrer_id=3,
        source=Source.WALK_IN,
    )
    _, problems = validate(draft)
    assert sorted(p.field for p in problems) == [
        "card_no",
        "name",
        "other_phone",
        "phone",
        "referrer",
    ]


def test_validate_canonicalises() -> None:
    valid, problems = validate(CustomerDraft(name="  张  三 ", phone="+86 138-1234-5678"))
    assert problems == []
    assert valid.name == "张 三" and valid.phone == "13812345678"


RULES = CategoryRules()
TODAY = date(2026, 11, 23)


def _summary(first: str | None, last: str | None, visits: int, spend: int) -> VisitSummary:
    def at(d: str | None) -> datetime | None:
        return datetime.fromisoformat(d) if d else None

    return VisitSummary(at(first), at(last), visits, spend)


@pytest.mark.parametrize(
    "summary, category",
    [
        (_summary(None, None, 0, 0), Category.POTENTIAL),
        (_summary("2026-11-10", "2026-11-10", 1, 10_000), Category.NEW),
        (_summary("2025-01-01", "2026-11-01", 6, 80_000), Category.REGULAR),
        (_summary("2025-01-01", "2026-11-01", 3, 80_000), Category.OCCASIONAL),
        (_summary("2025-01-01", "2026-11-01", 20, 600_000), Category.VIP),
        (_summary("2025-01-01", "2026-05-01", 20, 600_000), Category.VIP),
        (_summary("2025-01-01", "2026-05-01", 9, 90_000), Category.AT_RISK),
        (_summary("2026-11-01", "2026-11-01", 1, 500_000), Category.VIP),
    ],
)
def test_categories(summary: VisitSummary, category: Category) -> None:
    assert categorise(summary, RULES, TODAY) is category


def test_category_rules_are_checked() -> None:
    with pytest.raises(ValidationError):
        CategoryRules(new_days=0).check()
    assert CategoryRules(at_risk_days=180).check().at_risk_days == 180


def test_long_lists_sort_by_the_surnames_pinyin() -> None:
    # By code point the order would be 单 张 曾 白; by pinyin it is bai shan zeng zhang.
    names = ["张伟", "曾小贤", "白雪", "单田芳", "张三"]
    assert sorted(names, key=surname_sort_key) == ["白雪", "单田芳", "曾小贤", "张三", "张伟"]
    assert sorted(["bob", "Amy", ""], key=surname_sort_key) == ["", "Amy", "bob"]


def test_a_name_is_read_from_its_parts_only_where_no_phrase_joins_them() -> None:
    from storecrm.domain import demo_people
    from storecrm.domain.customer import NamePartReader, name_syllables

    reader = NamePartReader()
    # 王国 is a phrase: pypinyin cuts 王国|乐 and reads 乐 alone as "le"; 国乐 alone is "guo yue".
    assert name_syllables("王") + name_syllables("国乐") != name_syllables("王国乐")
    assert reader.syllables("王", "国乐") == name_syllables("王国乐") == ("wang", "guo", "le")
    assert reader.syllables("周", "长达") == name_syllables("周长达")
    assert reader.syllables("欧阳", "娜娜") == name_syllables("欧阳娜娜")
    assert reader.syllables("Tony", "王") == name_syllables("Tony王")
    # Every surname with given names drawn from every pool reads as the whole name reads.
    givens: set[str] = set()
    for pools in (demo_people._FEMALE_POOLS, demo_people._MALE_POOLS):
        for single, first, second in pools:
            givens.update(single[:20])
            givens.update(first[i % len(first)] + second[(7 * i) % len(second)] for i in range(40))
    for surname in demo_people._SURNAMES:
        for given in sorted(givens)[::5]:
            assert reader.syllables(surname, given) == name_syllables(surname + given)
