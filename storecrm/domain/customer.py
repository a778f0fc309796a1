"""A customer's profile as the store records it, and the rules for its fields.

Phone numbers are normalised the way a cashier types them (spaces, dashes, +86/0086 and
full-width digits are accepted). Names get pinyin search keys (full and initials, with the
common alternative readings of surnames such as 单 shan/dan, 曾 zeng, 解 xie) so that
"zs" or "zhangsan" finds 张三.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from storecrm.domain.errors import ValidationError

T = TypeVar("T")


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class Source(StrEnum):
    WALK_IN = "walk_in"
    REFERRAL = "referral"
    ONLINE = "online"
    EVENT = "event"
    OTHER = "other"


MAX_NAME = 32
MAX_TEXT = 500
MAX_CARD = 32

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{9,11}$")  # 区号 + number, e.g. 075512345678


def to_halfwidth(text: str) -> str:
    """Full-width digits and letters (１３８, ＡＢ) as typed by a Chinese IME → ASCII."""
    return unicodedata.normalize("NFKC", text)


def normalise_phone(raw: str) -> str | None:
    """``None`` for an empty entry; the canonical digits otherwise; raises for a bad number.

    Accepts spaces, dashes, dots, brackets, a ``+86``/``0086``/``86`` prefix and full-width
    digits. Mobile numbers become 11 digits; landlines keep their area code.
    """
    text = to_halfwidth(raw).strip()
    if not text:
        return None
    digits = re.sub(r"[\s\-.()（）]", "", text)
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("86"):
            raise ValidationError("phone", "invalid_phone")
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        raise ValidationError("phone", "invalid_phone")
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    raise ValidationError("phone", "invalid_phone")


def mask_phone(phone: str | None) -> str:
    """138****5678: for exports and printouts that must not show the whole number."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return phone[:2] + "*" * (len(phone) - 2)
    return f"{phone[:3]}{'*' * (len(phone) - 7)}{phone[-4:]}"


def normalise_card_no(raw: str) -> str | None:
    """A card reader types the number and Enter; people add spaces. Letters are kept."""
    text = re.sub(r"\s+", "", to_halfwidth(raw)).upper()
    if not text:
        return None
    if len(text) > MAX_CARD or not re.fullmatch(r"[0-9A-Z\-]+", text):
        raise ValidationError("card_no", "invalid_card_no")
    return text


def normalise_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", to_halfwidth(raw)).strip()
    if not name:
        raise ValidationError("name", "required")
    if len(name) > MAX_NAME:
        raise ValidationError("name", "too_long", maximum=MAX_NAME)
    return name


# Surnames read differently from the same character as a word (pypinyin's default reading).
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "乐": ("yue", "le"),
    "区": ("ou", "qu"),
    "朴": ("piao", "pu"),
    "仇": ("qiu", "chou"),
    "查": ("zha", "cha"),
    "覃": ("qin", "tan"),
    "盖": ("ge", "gai"),
    "缪": ("miao", "mou"),
    "翟": ("zhai", "di"),
    "秘": ("bi", "mi"),
    "繁": ("po", "fan"),
    "召": ("shao", "zhao"),
    "种": ("chong", "zhong"),
    "尉": ("yu", "wei"),
    "员": ("yun", "yuan"),
    "相": ("xiang",),
    "沈": ("shen",),
    "任": ("ren",),
    "华": ("hua",),
    "纪": ("ji",),
    "宁": ("ning",),
    "长": ("zhang", "chang"),
    "万": ("wan", "mo"),
}
_MAX_KEY_VARIANTS = 4


def load_pinyin() -> None:
    """Load pypinyin's dictionaries now (the window does before it freezes what it loaded at
    start). Otherwise they load on the first name read: a command that reads no name (such as
    ``storecrm commission``) does not pay their third of a second."""
    import pypinyin  # noqa: F401


def _pinyin(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, errors="default")


def name_syllables(name: str) -> tuple[str, ...]:
    """The name's pinyin, one lower-case item per syllable (a run of letters or digits is one
    item), spaces dropped: what :func:`pinyin_keys` and :func:`name_sort_key` read."""
    return tuple(s.lower() for s in _pinyin("".join(name.split())))


@lru_cache(maxsize=65536)  # names repeat a lot (张伟, 王芳 …); keys are immutable
def pinyin_keys(name: str) -> frozenset[str]:
    """Search keys for a name: full pinyin and initials, lowercase, no spaces or tones.

    张三 → {"zhangsan", "zs"}; 单雄信 → {"shanxiongxin", "danxiongxin", "sxx", "dxx"}.
    Letters and digits in a name are kept as they are (Tony王 → "tonywang", "tw").
    """
    return pinyin_keys_of(name, name_syllables(name))


def pinyin_keys_of(name: str, syllables: Sequence[str]) -> frozenset[str]:
    """:func:`pinyin_keys` from the name's :func:`name_syllables` (read once for both keys)."""
    chars = [ch for ch in name if not ch.isspace()]
    if not chars:
        return frozenset()
    readings: list[tuple[str, ...]] = [(s,) for s in syllables]
    if chars[0] in _SURNAME_READINGS and len(syllables) == len(chars):
        readings[0] = _SURNAME_READINGS[chars[0]]
    keys: set[str] = set()
    for combo in itertools.islice(itertools.product(*readings), _MAX_KEY_VARIANTS):
        parts = [re.sub(r"[^0-9a-z]", "", p) for p in combo]
        parts = [p for p in parts if p]
        if not parts:
            continue
        keys.add("".join(parts))
        keys.add("".join(p[0] for p in parts))
    return frozenset(keys)


@lru_cache(maxsize=1)
def _phrase_pairs() -> frozenset[str]:
    """Every two neighbouring characters of a phrase in pypinyin's phrase dictionary."""
    from pypinyin.constants import PHRASES_DICT

    return frozenset(p[i : i + 2] for p in PHRASES_DICT for i in range(len(p) - 1))


class NamePartReader:
    """:func:`name_syllables` of names made of a surname and a given name, with each part read
    by pypinyin once (a million demo customers have some 400,000 names but only some 20,000
    given names).

    pypinyin cuts a run of Chinese characters into phrases of its dictionary, reading each
    phrase as a whole; where no phrase holds the surname's last character followed by the given
    name's first, the cut falls between the parts, so the name reads as its parts read alone.
    Any other name is read whole: 王国乐 reads "wang guo le" (王国 is a phrase) while 国乐 alone
    reads "guo yue". Names with anything but Chinese characters are read whole too.
    """

    def __init__(self, limit: int = 65536) -> None:
        from pypinyin.constants import RE_HANS

        self._hans = RE_HANS
        self._pairs = _phrase_pairs()
        self._parts: dict[str, tuple[str, ...]] = {}
        self._limit = limit  # parts kept; the memo starts over when full

    def syllables(self, surname: str, given: str) -> tuple[str, ...]:
        name = surname + given
        if (
            not surname
            or not given
            or surname[-1] + given[0] in self._pairs
            or not self._hans.match(name)
        ):
            return name_syllables(name)
        return self._part(surname) + self._part(given)

    def _part(self, part: str) -> tuple[str, ...]:
        found = self._parts.get(part)
        if found is None:
            if len(self._parts) >= self._limit:
                self._parts.clear()
            found = self._parts[part] = name_syllables(part)
        return found


def surname_sort_key(name: str) -> str:
    """A quick sort key for long lists made on the fly: the surname's pinyin (单 as shan), then
    the name itself. Lists sort by surname as the customer list does (王 after 白, whatever
    their code points), without working out every name's full reading."""
    return _first_reading(name[:1]) + "\x00" + name


@lru_cache(maxsize=8192)  # one entry per character that starts a name
def _first_reading(char: str) -> str:
    if char in _SURNAME_READINGS:
        return _SURNAME_READINGS[char][0]
    return _pinyin(char)[0].lower() if char else ""


@lru_cache(maxsize=65536)
def name_sort_key(name: str) -> str:
    """How a name sorts in a Chinese list: by pinyin (安 before 白 before 张), surnames read as
    surnames (单 as shan), then by the characters themselves for names that read alike."""
    return name_sort_key_of(name, name_syllables(name))


def name_sort_key_of(name: str, syllables: Sequence[str]) -> str:
    """:func:`name_sort_key` from the name's :func:`name_syllables` (read once for both keys)."""
    chars = "".join(name.split())
    syllables = list(syllables)
    if chars and chars[0] in _SURNAME_READINGS and len(syllables) == len(chars):
        syllables[0] = _SURNAME_READINGS[chars[0]][0]
    return " ".join(syllables)[:120] + "\x00" + name


def name_grams(name: str) -> frozenset[str]:
    """Every character and every pair of neighbouring characters of a name (spaces dropped,
    case folded): a name fragment of one or two characters is one index look-up, a longer one
    is narrowed by its first pair."""
    chars = "".join(name.split()).casefold()
    return frozenset(chars) | frozenset(chars[i : i + 2] for i in range(len(chars) - 1))


def name_lead_grams(name: str) -> frozenset[str]:
    """The grams of :func:`name_grams` a name starts with (its first character and first
    pair): every name starting with a fragment has the fragment's first gram among these, so
    the search reads names by their start from them (``customer_grams.starts``)."""
    chars = "".join(name.split()).casefold()
    return frozenset(g for g in (chars[:1], chars[:2]) if g)


class QueryKind(StrEnum):
    DIGITS = "digits"  # phone (full, prefix or last digits) or card number
    LETTERS = "letters"  # pinyin (full or initials) or a card number with letters
    TEXT = "text"  # a name fragment (Chinese or mixed)
    EMPTY = "empty"


def classify_query(raw: str) -> tuple[QueryKind, str]:
    """What the cashier typed, normalised: digits, latin letters, or name text."""
    text = to_halfwidth(raw).strip()
    if not text:
        return QueryKind.EMPTY, ""
    compact = re.sub(r"[\s\-]", "", text)
    if compact.startswith("+86") and compact[3:].isdigit():
        compact = compact[3:]
    if compact.isdigit():
        return QueryKind.DIGITS, compact
    if compact.isascii() and compact.isalnum():
        return QueryKind.LETTERS, compact.lower()
    return QueryKind.TEXT, re.sub(r"\s+", " ", text)


@dataclass(frozen=True, slots=True)
class BusinessFields:
    """Notes a store of each kind keeps: taste and allergies (restaurants), hair and skin
    (salons), clothing and shoe sizes (retail)."""

    taste: str = ""
    allergies: str = ""
    hair_notes: str = ""
    skin_notes: str = ""
    sizes: str = ""


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """What a person fills in on the customer form (before validation)."""

    name: str
    phone: str = ""
    other_phone: str = ""
    gender: Gender = Gender.UNKNOWN
    card_no: str = ""
    address: str = ""
    source: Source = Source.WALK_IN
    referrer_id: int | None = None
    preferences: str = ""
    notes: str = ""
    business: BusinessFields = field(default_factory=BusinessFields)
    marketing_consent: bool = False


@dataclass(frozen=True, slots=True)
class ValidCustomer:
    """A draft that passed every rule, with fields in canonical form."""

    name: str
    phone: str | None
    other_phone: str | None
    gender: Gender
    card_no: str | None
    address: str
    source: Source
    referrer_id: int | None
    preferences: str
    notes: str
    business: BusinessFields
    marketing_consent: bool


def _text(field_name: str, value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ValidationError(field_name, "too_long", maximum=MAX_TEXT)
    return value


def validate(draft: CustomerDraft) -> tuple[ValidCustomer, list[ValidationError]]:
    """Check every field; returns the canonical customer and *all* problems found, so a form
    can show each message next to its field at once."""
    problems: list[ValidationError] = []

    def attempt(fn: Callable[..., T], *args: str) -> T | None:
        try:
            return fn(*args)
        except ValidationError as exc:
            problems.append(exc)
            return None

    name = attempt(normalise_name, draft.name) or ""
    phone = attempt(normalise_phone, draft.phone)
    other = None
    try:
        other = normalise_phone(draft.other_phone)
    except ValidationError:
        problems.append(ValidationError("other_phone", "invalid_phone"))
    card = attempt(normalise_card_no, draft.card_no)
    if draft.source is not Source.REFERRAL and draft.referrer_id is not None:
        problems.append(ValidationError("referrer", "referrer_without_referral"))
    business = BusinessFields(
        **{
            k: attempt(_text, k, getattr(draft.business, k)) or ""
            for k in ("taste", "allergies", "hair_notes", "skin_notes", "sizes")
        }
    )
    valid = ValidCustomer(
        name=name,
        phone=phone,
        other_phone=other,
        gender=draft.gender,
        card_no=card,
        address=attempt(_text, "address", draft.address) or "",
        source=draft.source,
        referrer_id=draft.referrer_id,
        preferences=attempt(_text, "preferences", draft.preferences) or "",
        notes=attempt(_text, "notes", draft.notes) or "",
        business=business,
        marketing_consent=draft.marketing_consent,
    )
    return valid, problems


# Tags get these colours in turn, in the order they are created.
TAG_COLORS = (
    "#0F766E",
    "#2563EB",
    "#7C3AED",
    "#DB2777",
    "#EA580C",
    "#CA8A04",
    "#16A34A",
    "#475569",
)


def tag_color(position: int) -> str:
    return TAG_COLORS[position % len(TAG_COLORS)]


class Category(StrEnum):
    """Computed, never stored: a customer's place in the store's life cycle."""

    POTENTIAL = "potential"  # registered, never bought
    NEW = "new"  # first visit recently
    REGULAR = "regular"  # comes often
    VIP = "vip"  # spends a lot
    AT_RISK = "at_risk"  # used to come, has not for a long time (流失风险)
    OCCASIONAL = "occasional"  # none of the above


@dataclass(frozen=True, slots=True)
class CategoryRules:
    """Thresholds the owner can see and tune (Settings → Customer categories)."""

    new_days: int = 30  # first visit within this many days → new
    regular_visits: int = 4  # at least this many visits in all …
    regular_days: int = 60  # … and the last one within this many days → regular
    vip_spend_fen: int = 500_000  # total spend at least ¥5,000 → VIP
    at_risk_days: int = 90  # no visit for this many days (and visited before) → at risk

    def check(self) -> CategoryRules:
        for name in ("new_days", "regular_visits", "regular_days", "at_risk_days"):
            if not 1 <= getattr(self, name) <= 3650:
                raise ValidationError(name, "out_of_range", minimum=1, maximum=3650)
        if self.vip_spend_fen < 0:
            raise ValidationError("vip_spend_fen", "out_of_range", minimum=0, maximum="")
        return self


@dataclass(frozen=True, slots=True)
class VisitSummary:
    first_visit: datetime | None
    last_visit: datetime | None
    visit_count: int
    total_spend_fen: int


def categorise(summary: VisitSummary, rules: CategoryRules, today: date) -> Category:
    """One category per customer, the first that applies: VIP, at risk, new, regular, potential.

    VIP comes first (a big spender who has stopped coming is still shown as VIP; the at-risk
    filter lists them too via :func:`is_at_risk`).
    """
    if summary.last_visit is None:
        return Category.POTENTIAL
    if summary.total_spend_fen >= rules.vip_spend_fen:
        return Category.VIP
    if is_at_risk(summary, rules, today):
        return Category.AT_RISK
    if summary.first_visit and (today - summary.first_visit.date()).days < rules.new_days:
        return Category.NEW
    if (
        summary.visit_count >= rules.regular_visits
        and (today - summary.last_visit.date()).days < rules.regular_days
    ):
        return Category.REGULAR
    return Category.OCCASIONAL


def is_at_risk(summary: VisitSummary, rules: CategoryRules, today: date) -> bool:
    return (
        summary.last_visit is not None
        and (today - summary.last_visit.date()).days >= rules.at_risk_days
    )
