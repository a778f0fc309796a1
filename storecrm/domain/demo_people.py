"""Reproducible, realistic-looking Chinese customers for a demo store.

The demo/trial mode and the test suites need a customer archive that looks like the one a real
small shop, restaurant or hair & beauty salon in mainland China would have after some months of
business: common surnames in their real proportions, given names that fit the person's gender
and generation, valid and unique mobile numbers, sequential membership cards, a few short staff
notes and tags that fit the business type, and registration times inside opening hours.

Everything is derived from one ``random.Random(seed)``; nothing depends on hash order, the wall
clock or the locale, so the same arguments always give the same people, in the same order. The
people are yielded in order of registration (``created_at`` never decreases, card numbers
increase), which is how a real archive grows.

Pure standard library: this is domain code and must not import Qt or the database layer.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate, combinations

__all__ = [
    "BUSINESS_TYPES",
    "MAX_PEOPLE",
    "PHONE_PREFIXES",
    "SOURCES",
    "DemoPerson",
    "generate",
]


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """One generated customer; field meanings follow the real customer record."""

    name: str
    surname: str  # the start of ``name``; the rest is the given name
    gender: str  # "female" | "male"
    phone: str  # 11-digit mainland mobile number, unique within one generate() call
    birthday: date | None  # always the solar (Gregorian) birth date, even when lunar
    birthday_is_lunar: bool  # the customer celebrates the lunar (农历) birthday
    card_no: str | None  # 8 digits starting with "88"; None when not a member
    notes: str  # short staff note, "" for most people
    tags: tuple[str, ...]
    source: str  # "walk_in" | "referral" | "online" | "event"
    created_at: datetime  # naive local time, within opening hours
    marketing_consent: bool


BUSINESS_TYPES: tuple[str, ...] = ("retail", "restaurant", "beauty", "other")
SOURCES: tuple[str, ...] = ("walk_in", "referral", "online", "event")
_SOURCE_WEIGHTS: tuple[float, ...] = (0.55, 0.20, 0.15, 0.10)
_SOURCE_CUM: tuple[float, ...] = tuple(accumulate(_SOURCE_WEIGHTS))

#: The most people one call makes (a 1,000,000-customer benchmark store). Card numbers are "88" +
#: 6 digits and never repeat: once they run out, the people after have no card.
MAX_PEOPLE = 1_000_000

_FEMALE_SHARE = 0.62
_BIRTHDAY_KNOWN = 0.85
_LUNAR_SHARE = 0.12  # of known birthdays; older customers use lunar birthdays more often
_CARD_SHARE = 0.70
_NOTES_SHARE = 0.30
_CONSENT_SHARE = 0.60
_ONE_CHAR_GIVEN = 0.25
_REDUPLICATED_FEMALE = 0.05  # 娜娜, 婷婷 ... among two-character female given names

_MIN_AGE = 16
_MAX_AGE = 75
_OPEN_HOUR = 9
_OPEN_HOURS = 12  # 9:00-21:00

# --------------------------------------------------------------------------- surnames
# Approximate share per 10,000 people (2020 census / household-registration rankings); the
# compound surnames are slightly over-represented so that a demo of a few thousand shows one.
_SURNAME_TABLE: tuple[tuple[str, int], ...] = (
    ("王", 712), ("李", 700), ("张", 674), ("刘", 510), ("陈", 461), ("杨", 322),
    ("黄", 242), ("赵", 200), ("吴", 197), ("周", 195), ("徐", 131), ("孙", 126),
    ("马", 122), ("朱", 121), ("胡", 113), ("郭", 109), ("何", 96), ("林", 94),
    ("高", 92), ("罗", 86), ("郑", 82), ("梁", 76), ("谢", 63), ("宋", 58),
    ("唐", 56), ("许", 52), ("韩", 51), ("邓", 49), ("冯", 49), ("曹", 48),
    ("彭", 45), ("曾", 44), ("肖", 43), ("田", 42), ("董", 41), ("潘", 39),
    ("袁", 39), ("蔡", 37), ("蒋", 37), ("余", 36), ("于", 35), ("杜", 34),
    ("叶", 33), ("程", 32), ("魏", 31), ("苏", 31), ("吕", 30), ("丁", 29),
    ("任", 29), ("卢", 28), ("姚", 27), ("沈", 27), ("钟", 26), ("姜", 25),
    ("崔", 25), ("谭", 24), ("陆", 23), ("范", 22), ("汪", 22), ("廖", 21),
    ("石", 21), ("金", 20), ("韦", 20), ("贾", 20), ("夏", 19), ("付", 19),
    ("方", 19), ("邹", 18), ("熊", 18), ("白", 18), ("孟", 17), ("秦", 17),
    ("邱", 17), ("侯", 16), ("江", 16), ("尹", 16), ("薛", 15), ("闫", 15),
    ("段", 15), ("雷", 15), ("龙", 14), ("黎", 14), ("史", 14), ("陶", 13),
    ("贺", 13), ("毛", 12), ("郝", 12), ("顾", 12), ("龚", 12), ("邵", 11),
    ("万", 11), ("覃", 11), ("武", 11), ("钱", 10), ("戴", 10), ("严", 10),
    ("莫", 9), ("孔", 9), ("向", 9), ("常", 9), ("汤", 9), ("康", 8),
    ("易", 8), ("乔", 8), ("赖", 8), ("欧阳", 8), ("上官", 2), ("司马", 2),
    ("诸葛", 1),
)  # fmt: skip
_SURNAMES: tuple[str, ...] = tuple(s for s, _ in _SURNAME_TABLE)
_SURNAME_CUM: tuple[float, ...] = tuple(accumulate(float(w) for _, w in _SURNAME_TABLE))

# --------------------------------------------------------------------------- given names
# Curated pools of common given-name characters by generation: "classic" ones (秀英, 建国) are
# typical for people born before ~1985, "modern" ones (梓涵, 浩宇) for those born after ~1995.
# Each tier lists characters usable (1) first, second or alone, (2) only first, (3) second or
# alone, (4) only second. Nothing unlucky or odd (死, 病, 亡 ...) is in any pool.
_Tier = tuple[str, str, str, str]

_FEMALE_TIERS: dict[str, _Tier] = {
    "classic": ("秀英兰桂凤珍菊梅翠霞玉萍琴", "春秋素爱彩巧金美月淑", "娥莲香芝雁荣芬", "花珠"),
    "common": (
        "丽敏静娟燕艳芳娜红玲琳洁婷雪慧颖晶丹莉佳华云蓉璐露瑶怡薇蕾雅妍珊媛琪瑜岚菲"
        "青冰虹莹宁君琼艺楠晴瑞舒",
        "晓小文海嘉婉亚惠佩梦",
        "倩茜莎蓓娇芸荷姗婧娴蕊菁茹妮婕娅霏",
        "",
    ),
    "modern": (
        "欣悦琦钰馨雯昕萌瑾璇",
        "梓诗语若思雨紫可一子芷沐心依",
        "萱涵晗妤冉桐曦菡彤",
        "然汐诺",
    ),
}
_MALE_TIERS: dict[str, _Tier] = {
    "classic": ("军华明林平福德忠庆国民建", "志永金春长卫学树", "山荣", "生发贵"),
    "common": (
        "伟强磊勇杰涛斌超刚辉鹏飞波健峰凯浩毅俊东海翔旭剑成宏松新良宁锐",
        "晓小文家振立天嘉世冠广",
        "鑫亮龙锋兵帅彬坤阳川森柏乐峻勋鸣楠洋江雷晖达凡中炜昆钧骏越豪聪威栋",
        "远",
    ),
    "modern": ("宇睿昊哲博航泽皓瑞恒逸煜", "梓子一奕思沐", "轩琛晟熙铭辰宸楷祺霖烨", "然涵诺"),
}
_FEMALE_DOUBLES = "娜婷丹莉晶琳菲倩媛佳露静璐楠蕾妮"  # common-tier characters only

# How the tiers mix for each birth-year era: (classic, common, modern) repetition counts.
_ERA_MIX: tuple[tuple[int, int, int], ...] = ((3, 1, 0), (1, 3, 0), (0, 3, 1), (0, 1, 3))
_ERA_BIRTH_YEARS: tuple[int, ...] = (1965, 1985, 2000)  # era = bisect_right(this, birth year)

# Full names that read as a political leader, a household-name celebrity or a well-known
# joke homophone (杨伟 ~ 阳痿, 胡丽晶 ~ 狐狸精, 沈晶冰 ~ 神经病); such a draw is redrawn.
_BLOCKED_NAMES = frozenset(
    {
        "毛泽东", "江泽民", "胡锦涛", "习近平", "李克强", "李强", "李鹏", "朱镕基", "温家宝",
        "邓小平", "周恩来", "周永康", "张德江", "王岐山", "赵紫阳", "胡耀邦", "马云", "雷军",
        "王健林", "刘强东", "刘德华", "姚明", "刘翔", "王菲", "赵薇", "范冰冰", "潘金莲",
        "李莲英", "史珍香", "杨伟", "胡丽晶", "胡丽静", "胡莉晶", "胡莉静", "胡丽菁", "胡丽婧",
        "沈晶冰", "沈静冰", "沈菁冰", "沈婧冰", "沈晶兵", "沈静兵",
    }
)  # fmt: skip

# --------------------------------------------------------------------------- phones
# Mainland mobile prefixes with rough relative frequencies (13x/15x/18x dominate).
_PHONE_TABLE: tuple[tuple[str, int], ...] = (
    ("130", 30), ("131", 30), ("132", 30), ("133", 25), ("134", 25), ("135", 45),
    ("136", 40), ("137", 40), ("138", 50), ("139", 50), ("145", 3), ("147", 4),
    ("150", 25), ("151", 25), ("152", 25), ("153", 15), ("155", 20), ("156", 20),
    ("157", 15), ("158", 30), ("159", 30), ("166", 12), ("170", 4), ("171", 3),
    ("173", 10), ("175", 8), ("176", 12), ("177", 12), ("178", 10), ("180", 20),
    ("181", 20), ("182", 25), ("183", 20), ("184", 5), ("185", 20), ("186", 25),
    ("187", 25), ("188", 20), ("189", 25), ("191", 8), ("198", 10), ("199", 12),
)  # fmt: skip
PHONE_PREFIXES: tuple[str, ...] = tuple(p for p, _ in _PHONE_TABLE)
_PHONE_CUM: tuple[float, ...] = tuple(accumulate(float(w) for _, w in _PHONE_TABLE))

# --------------------------------------------------------------------------- ages
# (first age, last age, relative weight per year of age): most customers are 22-45.
_AGE_BANDS: tuple[tuple[int, int, float], ...] = (
    (16, 17, 0.6), (18, 21, 1.3), (22, 30, 3.0), (31, 38, 3.0), (39, 45, 2.4),
    (46, 55, 1.4), (56, 65, 0.8), (66, 75, 0.4),
)  # fmt: skip


def _lunar_tendency(age: int) -> float:
    """Relative likelihood that someone of this age goes by the lunar birthday."""
    if age >= 50:
        return 2.5
    if age >= 30:
        return 1.0
    return 0.4


# --------------------------------------------------------------------------- notes and tags
# (text, gender it applies to or "" for anyone)
_Note = tuple[str, str]
_NOTES: dict[str, tuple[_Note, ...]] = {
    "restaurant": (
        ("不吃香菜", ""), ("海鲜过敏", ""), ("喜欢靠窗座位", ""),
        ("不吃葱姜蒜", ""), ("口味清淡，少油少盐", ""),
        ("特别能吃辣，多放花椒", ""), ("吃素，不吃荤腥", ""),
        ("不吃牛羊肉", ""), ("花生过敏，上菜前提醒后厨", ""),
        ("周五晚上常订8人包间", ""), ("带小孩，需要儿童座椅", ""),
        ("常点外卖，送到幸福小区3栋", ""), ("血糖偏高，菜里少放糖", ""),
        ("公司聚餐，需开发票", ""), ("带老人来，菜要做得软烂些", ""),
        ("不吃猪肉", ""), ("喜欢喝常温饮料，不加冰", ""),
        ("生日当天送一碗长寿面", ""), ("自带酒水，提前准备开瓶器", ""),
    ),
    "beauty": (
        ("发质细软", ""), ("对染膏过敏，需做皮试", ""), ("敏感肌，慎用果酸", ""),
        ("头皮容易出油", ""), ("发量少，不要打薄", ""), ("指定发型师：小陈", ""),
        ("每月固定来做一次护理", ""), ("孕期，暂不做烫染", "female"),
        ("喜欢偏冷色调的染发", ""), ("卷发容易毛躁，建议做护理", ""),
        ("头皮屑多，推荐去屑护理", ""), ("脸型偏圆，不适合齐刘海", ""),
        ("美甲喜欢简约款", "female"), ("对睫毛胶水过敏", "female"),
        ("痘痘肌，清洁手法要轻", ""), ("白发较多，两个月补染一次", ""),
        ("不喜欢被推销办卡", ""), ("只剪短发，两边推短", "male"),
        ("常约周末上午", ""),
    ),
    "retail": (
        ("衣服M码，鞋38码", "female"), ("喜欢简约款", ""), ("偏爱深色系", ""),
        ("常给孩子买衣服，孩子身高120", ""), ("衣服XL码，裤子32码", "male"),
        ("到新款时微信通知", ""), ("只买纯棉材质", ""), ("喜欢国货品牌", ""),
        ("送货地址：阳光花园5栋", ""), ("老人不会用微信，有事打电话", ""),
        ("不喜欢被推销", ""), ("常买打折款，有活动请通知", ""),
        ("常给老公买衣服，L码", "female"), ("鞋码偏大半码", ""), ("对羊毛过敏", ""),
        ("需要开发票", ""), ("衣服S码，个子小", "female"), ("买东西爽快，不太讲价", ""),
    ),
    "other": (
        ("微信联系更方便", ""), ("不方便接电话，请发短信", ""), ("需要开发票", ""),
        ("喜欢参加店里的活动", ""), ("周末来得多", ""), ("朋友介绍来的", ""),
        ("对价格比较敏感", ""), ("住附近小区，走路几分钟", ""),
        ("上班族，晚上七点后有空", ""), ("常带孩子一起来", ""),
        ("开车来，需要停车位", ""), ("不喜欢被推销", ""), ("生日月记得提醒优惠", ""),
        ("积分想换礼品", ""), ("听力不太好，说话声音大些", ""), ("说话直接，喜欢快", ""),
    ),
}  # fmt: skip

# (tag, min age, max age, gender or "")
_Tag = tuple[str, int, int, str]
_ANYONE = (_MIN_AGE, _MAX_AGE)
_COMMON_TAGS: tuple[_Tag, ...] = (
    ("老顾客", *_ANYONE, ""), ("附近小区", *_ANYONE, ""), ("学生", 16, 24, ""),
    ("上班族", 22, 59, ""), ("退休", 55, 75, ""), ("宝妈", 24, 45, "female"),
)  # fmt: skip
_TAGS: dict[str, tuple[_Tag, ...]] = {
    "restaurant": _COMMON_TAGS + (
        ("爱吃辣", *_ANYONE, ""), ("不吃辣", *_ANYONE, ""), ("常点外卖", 16, 55, ""),
        ("家庭聚餐", 25, 75, ""), ("商务宴请", 25, 65, ""), ("夜宵常客", 18, 50, ""),
        ("素食", *_ANYONE, ""),
    ),
    "beauty": _COMMON_TAGS + (
        ("烫染客户", *_ANYONE, ""), ("敏感肌", *_ANYONE, ""), ("护理套餐", 20, 75, ""),
        ("美甲", 16, 60, "female"), ("固定发型师", *_ANYONE, ""), ("次卡客户", 18, 75, ""),
        ("只剪发", *_ANYONE, ""),
    ),
    "retail": _COMMON_TAGS + (
        ("大码", *_ANYONE, ""), ("小个子", *_ANYONE, "female"), ("爱尝鲜", 16, 50, ""),
        ("价格敏感", *_ANYONE, ""), ("团购", *_ANYONE, ""), ("送礼客户", 22, 75, ""),
    ),
    "other": _COMMON_TAGS + (
        ("价格敏感", *_ANYONE, ""), ("活动积极", *_ANYONE, ""), ("需回访", *_ANYONE, ""),
        ("高消费", 22, 75, ""),
    ),
}  # fmt: skip
_TAG_COUNT_CUM: tuple[float, ...] = (0.40, 0.73, 0.92, 1.0)  # 0, 1, 2 or 3 tags
# Tags that contradict each other never go on the same person.
_TAG_CONFLICTS: tuple[tuple[str, str], ...] = (
    ("学生", "上班族"), ("学生", "宝妈"), ("上班族", "退休"), ("爱吃辣", "不吃辣"),
    ("只剪发", "烫染客户"), ("只剪发", "护理套餐"), ("大码", "小个子"), ("价格敏感", "高消费"),
)  # fmt: skip

# --------------------------------------------------------------------------- opening hours
# Relative sign-up activity per opening hour (9:00 ... 20:00) and per weekday (Mon ... Sun).
_HOUR_PROFILE: dict[str, tuple[float, ...]] = {
    "retail": (0.4, 0.7, 0.9, 0.8, 0.8, 1.0, 1.1, 1.1, 1.0, 1.1, 1.2, 0.9),
    "restaurant": (0.1, 0.3, 1.2, 1.8, 1.2, 0.4, 0.2, 0.3, 1.2, 1.9, 1.6, 0.8),
    "beauty": (0.3, 0.8, 0.9, 0.6, 0.8, 1.1, 1.2, 1.1, 0.9, 1.0, 1.1, 0.7),
    "other": (0.6, 0.9, 1.0, 0.8, 0.9, 1.0, 1.0, 1.0, 0.9, 0.9, 0.8, 0.6),
}
_WEEKDAY_PROFILE: dict[str, tuple[float, ...]] = {
    "retail": (0.9, 0.9, 0.9, 1.0, 1.1, 1.6, 1.5),
    "restaurant": (0.8, 0.8, 0.9, 1.0, 1.4, 1.6, 1.4),
    "beauty": (0.8, 0.9, 0.9, 1.0, 1.1, 1.7, 1.6),
    "other": (1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.2),
}

# --------------------------------------------------------------------------- helpers


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def _shift_months(day: date, months: int) -> date:
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def _birth_dates(today: date, age: int) -> tuple[date, ...]:
    """Every birth date of someone who is exactly ``age`` years old on ``today``, newest first.

    From the one whose birthday is today back to the one who turns ``age + 1`` tomorrow.
    """
    latest = _shift_years(today, -age)
    span = (latest - _shift_years(today, -age - 1)).days
    return tuple(latest - timedelta(days=k) for k in range(span))


def _phone_suffix(counter: int, keys: Sequence[int], table: Sequence[int]) -> int:
    """Map 0..99,999,999 one-to-one onto itself (a decimal Feistel network on 4-digit halves).

    ``table`` holds 10,000 random values and ``keys`` one offset per round. Feeding in a
    running counter gives distinct, random-looking 8-digit suffixes without any retries.
    """
    left, right = divmod(counter, 10_000)
    for key in keys:
        left, right = right, (left + table[(right + key) % 10_000]) % 10_000
    return left * 10_000 + right


_NamePools = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _name_pools(tiers: dict[str, _Tier]) -> tuple[_NamePools, ...]:
    """Per era: (one-character names, first characters, second characters)."""
    order = ("classic", "common", "modern")
    pools = []
    for mix in _ERA_MIX:
        single: list[str] = []
        first: list[str] = []
        second: list[str] = []
        for tier_name, repeat in zip(order, mix, strict=True):
            anywhere, first_only, second_or_alone, second_only = tiers[tier_name]
            single += list(anywhere + second_or_alone) * repeat
            first += list(anywhere + first_only) * repeat
            second += list(anywhere + second_or_alone + second_only) * repeat
        pools.append((tuple(single), tuple(first), tuple(second)))
    return tuple(pools)


_FEMALE_POOLS = _name_pools(_FEMALE_TIERS)
_MALE_POOLS = _name_pools(_MALE_TIERS)
_DOUBLE_THRESHOLD = _ONE_CHAR_GIVEN + (1.0 - _ONE_CHAR_GIVEN) * _REDUPLICATED_FEMALE


def _given_name(rand: Callable[[], float], pools: _NamePools, female: bool, surname: str) -> str:
    single, first, second = pools
    while True:
        roll = rand()
        if roll < _ONE_CHAR_GIVEN:
            given = single[int(rand() * len(single))]
        elif female and roll < _DOUBLE_THRESHOLD:
            given = _FEMALE_DOUBLES[int(rand() * len(_FEMALE_DOUBLES))] * 2
        else:
            head = first[int(rand() * len(first))]
            tail = second[int(rand() * len(second))]
            if head == tail:
                continue
            given = head + tail
        if given[0] == surname[-1] or surname + given in _BLOCKED_NAMES:
            continue
        return given


_TagChoices = tuple[tuple[tuple[str, ...], ...], ...]


def _tag_choices(business_type: str, ages: Sequence[int], gender: str) -> list[_TagChoices]:
    """Per age: for 0, 1, 2 and 3 tags, every fitting, consistent combination (in pool order)."""
    cache: dict[tuple[str, ...], _TagChoices] = {}
    result = []
    for age in ages:
        pool = tuple(
            tag
            for tag, low, high, who in _TAGS[business_type]
            if low <= age <= high and who in ("", gender)
        )
        if pool not in cache:
            cache[pool] = tuple(
                tuple(
                    combo
                    for combo in combinations(pool, min(k, len(pool)))
                    if not any(a in combo and b in combo for a, b in _TAG_CONFLICTS)
                )
                for k in range(len(_TAG_COUNT_CUM))
            )
        result.append(cache[pool])
    return result


def _opening_buckets(
    start: date, days: int, business_type: str
) -> tuple[list[datetime], list[float]]:
    """Hour-long opening-time buckets over the window and their cumulative sign-up weights."""
    hours = _HOUR_PROFILE[business_type]
    weekdays = _WEEKDAY_PROFILE[business_type]
    starts: list[datetime] = []
    weights: list[float] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        trend = 0.85 + 0.3 * offset / days  # the customer base grows a little over time
        day_weight = weekdays[day.weekday()] * trend
        opening = datetime.combine(day, time(_OPEN_HOUR))
        for hour, hour_weight in enumerate(hours):
            starts.append(opening + timedelta(hours=hour))
            weights.append(day_weight * hour_weight)
    return starts, list(accumulate(weights))


# 0..3599 seconds into an opening hour; one extra entry absorbs float rounding at the very end.
_SECOND_STEPS: tuple[timedelta, ...] = tuple(timedelta(seconds=s) for s in range(3600)) + (
    timedelta(seconds=3599),
)

# --------------------------------------------------------------------------- public API


def generate(
    n: int,
    seed: int,
    *,
    today: date,
    months: int = 12,
    business_type: str = "retail",
) -> Iterator[DemoPerson]:
    """Yield ``n`` demo customers registered during the ``months`` before ``today``.

    Deterministic in all arguments. Registration times fall between the same calendar day
    ``months`` earlier and the day before ``today``, 9:00-21:00, in non-decreasing order; ages
    (16-75) and birthdays are relative to ``today``. ``business_type`` is one of
    :data:`BUSINESS_TYPES` (a ``BusinessType`` member works too) and picks notes, tags and the
    hours and weekdays when people sign up.
    """
    if n < 0 or n > MAX_PEOPLE:
        raise ValueError(f"n must be between 0 and {MAX_PEOPLE}, got {n}")
    if months < 1:
        raise ValueError(f"months must be at least 1, got {months}")
    if business_type not in BUSINESS_TYPES:
        raise ValueError(f"unknown business_type {business_type!r}; expected {BUSINESS_TYPES}")
    return _generate(n, seed, today, months, str(business_type))


def _generate(
    n: int, seed: int, today: date, months: int, business_type: str
) -> Iterator[DemoPerson]:
    # Only Random.random() is used: its sequence for a given seed is the part of the random
    # module that Python promises to keep stable across versions.
    rand = random.Random(seed).random

    # Registration window: hour-long opening-time buckets, each with its share of sign-ups.
    start = _shift_months(today, -months)
    bucket_starts, bucket_cum = _opening_buckets(start, (today - start).days, business_type)
    bucket_total = bucket_cum[-1]
    bucket_low = [0.0, *bucket_cum[:-1]]
    bucket_scale = [3600.0 / (high - low) for low, high in zip(bucket_low, bucket_cum, strict=True)]
    last_bucket = len(bucket_cum) - 1
    second_steps = _SECOND_STEPS

    # Ages: weights, every possible birth date for each age, lunar probability, name era.
    ages = [a for low, high, _ in _AGE_BANDS for a in range(low, high + 1)]
    age_weights = [w for low, high, w in _AGE_BANDS for _ in range(low, high + 1)]
    age_cum = list(accumulate(age_weights))
    age_total = age_cum[-1]
    mean_tendency = sum(w * _lunar_tendency(a) for a, w in zip(ages, age_weights, strict=True))
    lunar_p = [_lunar_tendency(a) * _LUNAR_SHARE * age_total / mean_tendency for a in ages]
    birth_dates = [_birth_dates(today, age) for age in ages]
    female_names = [_FEMALE_POOLS[bisect_right(_ERA_BIRTH_YEARS, today.year - a)] for a in ages]
    male_names = [_MALE_POOLS[bisect_right(_ERA_BIRTH_YEARS, today.year - a)] for a in ages]

    # Notes and tags that fit the business type, the gender and (tags) the age.
    female_notes = tuple(t for t, who in _NOTES[business_type] if who in ("", "female"))
    male_notes = tuple(t for t, who in _NOTES[business_type] if who in ("", "male"))
    female_tags = _tag_choices(business_type, ages, "female")
    male_tags = _tag_choices(business_type, ages, "male")
    tag_count_cum = _TAG_COUNT_CUM

    # Phones: per prefix, a keyed one-to-one map of the 8-digit suffix fed with a counter.
    phone_table = [int(rand() * 10_000) for _ in range(10_000)]
    phone_keys = [tuple(int(rand() * 10_000) for _ in range(3)) for _ in PHONE_PREFIXES]
    phone_counters = [0] * len(PHONE_PREFIXES)
    phone_cum = _PHONE_CUM
    phone_total = phone_cum[-1]

    surname_cum = _SURNAME_CUM
    surname_total = surname_cum[-1]
    source_cum = _SOURCE_CUM
    source_total = source_cum[-1]

    # Cards are issued in order; now and then a number is skipped (spoilt or lost card), but
    # only while enough numbers remain for everyone still to come.
    card = 88_000_001 + int(rand() * 999)
    card_max = 88_999_999

    # Registration times are the order statistics of n uniform draws, produced one at a time
    # in increasing order (remaining *= U ** (1 / k)) and mapped through the bucket weights.
    remaining = 1.0

    for i in range(n):
        remaining *= (1.0 - rand()) ** (1.0 / (n - i))
        position = (1.0 - remaining) * bucket_total
        bucket = bisect_right(bucket_cum, position)
        if bucket > last_bucket:  # only if `remaining` underflows
            bucket = last_bucket
            position = bucket_total
        created_at = (
            bucket_starts[bucket]
            + second_steps[int((position - bucket_low[bucket]) * bucket_scale[bucket])]
        )

        female = rand() < _FEMALE_SHARE
        age_index = bisect_right(age_cum, rand() * age_total)
        if rand() < _BIRTHDAY_KNOWN:
            dates = birth_dates[age_index]
            birthday: date | None = dates[int(rand() * len(dates))]
            lunar = rand() < lunar_p[age_index]
        else:
            birthday = None
            lunar = False

        surname = _SURNAMES[bisect_right(surname_cum, rand() * surname_total)]
        if female:
            given = _given_name(rand, female_names[age_index], True, surname)
        else:
            given = _given_name(rand, male_names[age_index], False, surname)

        prefix = bisect_right(phone_cum, rand() * phone_total)
        suffix = _phone_suffix(phone_counters[prefix], phone_keys[prefix], phone_table)
        phone_counters[prefix] += 1

        if rand() < _CARD_SHARE and card <= card_max:
            card_no: str | None = str(card)
            gap = 1 + int(rand() * 4) if rand() < 0.08 else 1
            card += gap if card + gap + (n - i) <= card_max else 1
        else:
            card_no = None

        source = SOURCES[bisect_right(source_cum, rand() * source_total)]

        if rand() < _NOTES_SHARE:
            note_pool = female_notes if female else male_notes
            notes = note_pool[int(rand() * len(note_pool))]
        else:
            notes = ""

        tag_choices = (female_tags if female else male_tags)[age_index][
            bisect_right(tag_count_cum, rand())
        ]
        tags = tag_choices[int(rand() * len(tag_choices))]

        yield DemoPerson(
            name=surname + given,
            surname=surname,
            gender="female" if female else "male",
            phone=f"{PHONE_PREFIXES[prefix]}{suffix:08d}",
            birthday=birthday,
            birthday_is_lunar=lunar,
            card_no=card_no,
            notes=notes,
            tags=tags,
            source=source,
            created_at=created_at,
            marketing_consent=rand() < _CONSENT_SHARE,
        )
