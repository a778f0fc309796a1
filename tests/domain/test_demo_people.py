"""Tests for the demo-customer generator (storecrm.domain.demo_people)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import islice
from pathlib import Path

import pytest

from storecrm.domain import demo_people
from storecrm.domain.demo_people import (
    BUSINESS_TYPES,
    PHONE_PREFIXES,
    SOURCES,
    DemoPerson,
    generate,
)

TODAY = date(2025, 6, 15)
LEAP_TODAY = date(2024, 2, 29)
N = 20_000

PHONE_RE = re.compile(r"^1[3-9]\d{9}$")
CARD_RE = re.compile(r"^88\d{6}$")
NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
EXPECTED_PREFIXES = (
    [str(p) for p in range(130, 140)]
    + ["145", "147"]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["166", "170", "171", "173", "175", "176", "177", "178"]
    + [str(p) for p in range(180, 190)]
    + ["191", "198", "199"]
)
COMPOUND_SURNAMES = ("欧阳", "上官", "司马", "诸葛")
UNLUCKY_CHARS = "死病亡丧鬼尸屎粪奴贱毒癌杀凶哀苦穷丑傻呆蠢狗猪棺墓坟葬灾祸"


def age_on(birthday: date, today: date) -> int:
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


def split_name(name: str) -> tuple[str, str]:
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return surname, name[len(surname) :]


def share(people: list[DemoPerson], predicate: Callable[[DemoPerson], bool]) -> float:
    return sum(1 for p in people if predicate(p)) / len(people)


@pytest.fixture(scope="module")
def people() -> list[DemoPerson]:
    return list(generate(N, 2024, today=TODAY))


@pytest.fixture(scope="module")
def leap_people() -> list[DemoPerson]:
    return list(generate(N, 99, today=LEAP_TODAY, months=3, business_type="beauty"))


# --------------------------------------------------------------------------- determinism


def test_same_arguments_give_the_same_people() -> None:
    first = list(generate(3000, 7, today=TODAY, business_type="restaurant"))
    second = list(generate(3000, 7, today=TODAY, business_type="restaurant"))
    assert len(first) == 3000
    assert first == second


@pytest.mark.parametrize(
    ("seed", "today", "months"),
    [
        (8, TODAY, 12),
        (7, date(2025, 6, 16), 12),
        (7, TODAY, 6),
    ],
)
def test_changing_an_argument_changes_the_people(seed: int, today: date, months: int) -> None:
    original = list(generate(500, 7, today=TODAY, months=12))
    changed = list(generate(500, seed, today=today, months=months))
    assert changed != original


def test_zero_people() -> None:
    assert list(generate(0, 1, today=TODAY)) == []


def test_independent_of_pythonhashseed() -> None:
    code = (
        "import hashlib, sys\n"
        "from datetime import date\n"
        "from storecrm.domain.demo_people import generate\n"
        "people = list(generate(3000, 11, today=date(2025, 6, 15), business_type='beauty'))\n"
        "sys.stdout.write(hashlib.sha256(repr(people).encode()).hexdigest())\n"
    )
    repo_root = str(Path(__file__).resolve().parents[2])
    digests = []
    for hash_seed in ("0", "4242"):
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = hash_seed
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [repo_root, env.get("PYTHONPATH")]))
        result = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        digests.append(result.stdout.strip())
    here = list(generate(3000, 11, today=date(2025, 6, 15), business_type="beauty"))
    assert digests[0] == digests[1] == hashlib.sha256(repr(here).encode()).hexdigest()


# --------------------------------------------------------------------------- argument checks


@pytest.mark.parametrize(
    ("n", "months", "business_type"),
    [
        (-1, 12, "retail"),
        (demo_people.MAX_PEOPLE + 1, 12, "retail"),
        (10, 0, "retail"),
        (10, 12, "bank"),
        (10, 12, "Retail"),
    ],
)
def test_bad_arguments_are_rejected_at_call_time(n: int, months: int, business_type: str) -> None:
    with pytest.raises(ValueError):
        generate(n, 1, today=TODAY, months=months, business_type=business_type)


def test_accepts_a_str_enum_business_type() -> None:
    class Kind(StrEnum):
        RESTAURANT = "restaurant"

    with_enum = list(generate(200, 3, today=TODAY, business_type=Kind.RESTAURANT))
    with_str = list(generate(200, 3, today=TODAY, business_type="restaurant"))
    assert with_enum == with_str


def test_is_lazy() -> None:
    # Taking a few people from the largest allowed run must not build the whole run.
    first = list(islice(generate(demo_people.MAX_PEOPLE, 5, today=TODAY), 3))
    assert len(first) == 3
    assert all(isinstance(p, DemoPerson) for p in first)


# --------------------------------------------------------------------------- phones and cards


def test_phone_prefix_list_is_the_documented_one() -> None:
    assert sorted(PHONE_PREFIXES) == sorted(EXPECTED_PREFIXES)
    assert len(set(PHONE_PREFIXES)) == len(PHONE_PREFIXES)


def test_phones_are_valid_and_unique(people: list[DemoPerson]) -> None:
    phones = [p.phone for p in people]
    assert len(set(phones)) == N
    for phone in phones:
        assert PHONE_RE.match(phone), phone
        assert phone[:3] in EXPECTED_PREFIXES, phone
    # 13x / 15x / 18x numbers dominate, every prefix family shows up.
    families = Counter(phone[:2] for phone in phones)
    assert families["13"] + families["15"] + families["18"] > 0.7 * N
    assert set(families) == {"13", "14", "15", "16", "17", "18", "19"}


def test_phone_suffix_map_is_one_to_one() -> None:
    table = [(i * 7919 + 13) % 10_000 for i in range(10_000)]
    keys = (17, 4242, 9999)
    suffixes = [demo_people._phone_suffix(c, keys, table) for c in range(200_000)]
    assert len(set(suffixes)) == len(suffixes)
    assert all(0 <= s < 100_000_000 for s in suffixes)
    # Consecutive counters do not give consecutive-looking numbers.
    assert sum(1 for a, b in zip(suffixes, suffixes[1:], strict=False) if abs(a - b) < 10_000) < 100


def test_card_numbers(people: list[DemoPerson]) -> None:
    cards = [p.card_no for p in people if p.card_no is not None]
    assert 0.66 <= len(cards) / N <= 0.74
    assert len(set(cards)) == len(cards)
    for card in cards:
        assert CARD_RE.match(card), card
    # Issued in order of registration.
    assert cards == sorted(cards)


# --------------------------------------------------------------------------- who they are


def test_gender_share(people: list[DemoPerson]) -> None:
    assert {p.gender for p in people} == {"female", "male"}
    assert 0.55 <= share(people, lambda p: p.gender == "female") <= 0.69


@pytest.mark.parametrize("fixture_name", ["people", "leap_people"])
def test_birthdays_and_ages(fixture_name: str, request: pytest.FixtureRequest) -> None:
    group: list[DemoPerson] = request.getfixturevalue(fixture_name)
    today = TODAY if fixture_name == "people" else LEAP_TODAY
    known = [p.birthday for p in group if p.birthday is not None]
    assert 0.82 <= len(known) / len(group) <= 0.88
    ages = [age_on(b, today) for b in known]
    assert min(ages) >= 16
    assert max(ages) <= 75
    assert min(ages) <= 17 and max(ages) >= 74  # the whole range is used
    core = sum(1 for a in ages if 22 <= a <= 45) / len(ages)
    assert core > 0.55
    assert core < 0.85


@pytest.mark.parametrize(
    "today", [TODAY, LEAP_TODAY, date(2025, 2, 28), date(2025, 3, 1), date(2023, 12, 31)]
)
@pytest.mark.parametrize("age", [16, 30, 75])
def test_birth_dates_for_an_age_are_exact(today: date, age: int) -> None:
    dates = demo_people._birth_dates(today, age)
    assert 365 <= len(dates) <= 366
    assert all(age_on(d, today) == age for d in dates)
    assert all((a - b).days == 1 for a, b in zip(dates, dates[1:], strict=False))
    # Nothing is missing at either end: one day later or earlier is another age.
    assert age_on(dates[0] + timedelta(days=1), today) == age - 1
    assert age_on(dates[-1] - timedelta(days=1), today) == age + 1


def test_lunar_birthdays(people: list[DemoPerson]) -> None:
    assert not any(p.birthday_is_lunar for p in people if p.birthday is None)
    known = [p for p in people if p.birthday is not None]
    lunar = [p for p in known if p.birthday_is_lunar]
    assert 0.09 <= len(lunar) / len(known) <= 0.15
    # Older customers keep lunar birthdays more often than young ones.
    old = [p for p in known if p.birthday is not None and age_on(p.birthday, TODAY) >= 50]
    young = [p for p in known if p.birthday is not None and age_on(p.birthday, TODAY) < 30]
    assert share(old, lambda p: p.birthday_is_lunar) > 2 * share(
        young, lambda p: p.birthday_is_lunar
    )


def test_names_look_real(people: list[DemoPerson]) -> None:
    surnames = set(demo_people._SURNAMES)
    female_chars = set("".join("".join(tier) for tier in demo_people._FEMALE_TIERS.values()))
    male_chars = set("".join("".join(tier) for tier in demo_people._MALE_TIERS.values()))
    female_chars |= set(demo_people._FEMALE_DOUBLES)
    one_char = doubled = 0
    for person in people:
        assert NAME_RE.match(person.name), person.name
        surname, given = split_name(person.name)
        assert surname in surnames, person.name
        assert 1 <= len(given) <= 2, person.name
        allowed = female_chars if person.gender == "female" else male_chars
        assert set(given) <= allowed, person
        assert not set(person.name) & set(UNLUCKY_CHARS), person.name
        assert person.name not in demo_people._BLOCKED_NAMES
        assert given[0] != surname[-1], person.name
        if len(given) == 2 and given[0] == given[1]:  # 娜娜, 婷婷: female and curated only
            assert person.gender == "female", person.name
            assert given[0] in demo_people._FEMALE_DOUBLES, person.name
            doubled += 1
        one_char += len(given) == 1
    assert 0.21 <= one_char / N <= 0.29
    females = sum(1 for p in people if p.gender == "female")
    assert 0.02 <= doubled / females <= 0.06


def test_surname_frequencies(people: list[DemoPerson]) -> None:
    counts = Counter(split_name(p.name)[0] for p in people)
    top3 = {s for s, _ in counts.most_common(3)}
    assert top3 <= {"王", "李", "张", "刘"}
    assert (counts["王"] + counts["李"] + counts["张"]) / N > 0.15
    assert len(counts) >= 90
    compound = sum(counts[s] for s in COMPOUND_SURNAMES)
    assert 1 <= compound <= 0.01 * N


def test_name_pools_are_curated() -> None:
    for tiers in (demo_people._FEMALE_TIERS, demo_people._MALE_TIERS):
        chars = "".join("".join(tier) for tier in tiers.values())
        assert len(chars) == len(set(chars)), "a character is listed twice"
        assert 100 <= len(chars) <= 200
        assert not set(chars) & set(UNLUCKY_CHARS)
    # Reduplicated names (娜娜, 婷婷) use timeless characters only.
    assert set(demo_people._FEMALE_DOUBLES) <= set("".join(demo_people._FEMALE_TIERS["common"]))
    assert not set("".join(demo_people._SURNAMES)) & set(UNLUCKY_CHARS)
    assert len(demo_people._SURNAMES) >= 100
    assert set(COMPOUND_SURNAMES) <= set(demo_people._SURNAMES)


def test_given_names_fit_the_generation() -> None:
    # Someone born in the 1950s is more often a 秀英 than a 梓涵, and vice versa.
    classic = set("".join(demo_people._FEMALE_TIERS["classic"]))
    modern = set("".join(demo_people._FEMALE_TIERS["modern"]))
    people = [p for p in generate(N, 5, today=TODAY) if p.gender == "female" and p.birthday]
    old = [p for p in people if p.birthday is not None and p.birthday.year < 1965]
    young = [p for p in people if p.birthday is not None and p.birthday.year >= 2000]
    assert old and young
    assert not any(set(split_name(p.name)[1]) & modern for p in old)
    assert not any(set(split_name(p.name)[1]) & classic for p in young)


# --------------------------------------------------------------------------- store facts


def test_created_at_within_opening_hours_and_window(people: list[DemoPerson]) -> None:
    window_start = datetime.combine(date(2024, 6, 15), time(9))
    window_end = datetime.combine(TODAY, time(0))
    times = [p.created_at for p in people]
    assert all(t.tzinfo is None for t in times)
    assert all(window_start <= t < window_end for t in times)
    assert all(9 <= t.hour < 21 for t in times)
    assert times == sorted(times)
    # Spread over the whole window, not bunched up.
    assert times[0] < datetime(2024, 6, 22)
    assert times[-1] > datetime(2025, 6, 7)
    months = Counter((t.year, t.month) for t in times)
    assert len(months) == 13
    assert min(months[(2024, m)] for m in range(7, 13)) > 0.04 * N


def test_created_at_window_with_short_months_and_leap_day(leap_people: list[DemoPerson]) -> None:
    # 3 months before 29 Feb 2024 is 29 Nov 2023.
    start = datetime(2023, 11, 29, 9)
    assert all(start <= p.created_at < datetime(2024, 2, 29) for p in leap_people)
    assert leap_people[0].created_at.date() <= date(2023, 12, 1)


def test_restaurants_sign_people_up_at_meal_times() -> None:
    people = list(generate(5000, 1, today=TODAY, business_type="restaurant"))
    hours = Counter(p.created_at.hour for p in people)
    assert hours[12] > 3 * hours[15]
    assert hours[18] > 3 * hours[9]


def test_source_and_consent_shares(people: list[DemoPerson]) -> None:
    counts = Counter(p.source for p in people)
    assert set(counts) == set(SOURCES)
    for source, expected in zip(SOURCES, (0.55, 0.20, 0.15, 0.10), strict=True):
        assert abs(counts[source] / N - expected) < 0.02, source
    assert 0.56 <= share(people, lambda p: p.marketing_consent) <= 0.64


@pytest.mark.parametrize("business_type", BUSINESS_TYPES)
def test_notes_and_tags_fit_the_business(business_type: str) -> None:
    people = list(generate(5000, 21, today=TODAY, business_type=business_type))
    own_notes = {text for text, _ in demo_people._NOTES[business_type]}
    own_tags = {tag for tag, *_ in demo_people._TAGS[business_type]}
    assert len(own_notes) >= 15

    with_notes = [p for p in people if p.notes]
    assert 0.26 <= len(with_notes) / len(people) <= 0.34
    assert {p.notes for p in with_notes} <= own_notes
    assert len({p.notes for p in with_notes}) >= 15

    tag_counts = Counter(len(p.tags) for p in people)
    assert set(tag_counts) == {0, 1, 2, 3}
    for person in people:
        assert len(set(person.tags)) == len(person.tags)
        assert set(person.tags) <= own_tags, person.tags
        for a, b in demo_people._TAG_CONFLICTS:
            assert not (a in person.tags and b in person.tags), person.tags
        if "学生" in person.tags and person.birthday is not None:
            assert age_on(person.birthday, TODAY) <= 24
        if "宝妈" in person.tags:
            assert person.gender == "female"


def test_gendered_notes_go_to_the_right_people() -> None:
    people = list(generate(10_000, 4, today=TODAY, business_type="retail"))
    for person in people:
        if person.notes == "衣服XL码，裤子32码":
            assert person.gender == "male"
        if person.notes in ("衣服M码，鞋38码", "常给老公买衣服，L码"):
            assert person.gender == "female"
    assert any(p.notes == "衣服XL码，裤子32码" for p in people)
