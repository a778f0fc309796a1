"""Rules for importing customers from a table the owner kept elsewhere (Excel, a POS export).

Pure: it takes a header and numbered rows of cell values (``str``, ``int``, ``float``,
``date``/``datetime`` or ``None``) and says, row by row, either what customer the row
describes (:class:`ParsedCustomer`) or what is wrong with it (:class:`RowProblem` list).

- Headers are recognised in Chinese and English (``guess_mapping``); the owner can correct
  the guess (``apply_overrides``).
- Birthdays come as Excel dates, Excel serial numbers, many written forms and lunar dates in
  Chinese numerals (农历八月十五, 闰四月初八, 腊月廿三).
- Money is read with :class:`~decimal.Decimal` into integer fen; never through ``float``.
- A phone or card number that two rows share is a problem of the later row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from storecrm.domain.birthday import Birthday, Calendar, check_birthday
from storecrm.domain.cells import FormulaWithoutValue
from storecrm.domain.customer import (
    BusinessFields,
    CustomerDraft,
    Gender,
    Source,
    ValidCustomer,
    to_halfwidth,
    validate,
)
from storecrm.domain.errors import ValidationError

# The fields a column can feed, in the order a mapping editor should offer them.
IMPORT_FIELDS: tuple[str, ...] = (
    "name",
    "phone",
    "other_phone",
    "gender",
    "birthday",
    "lunar_birthday",
    "birthday_calendar",
    "card_no",
    "tags",
    "balance",
    "points",
    "sessions",
    "session_card",
    "source",
    "address",
    "preferences",
    "taste",
    "allergies",
    "hair_notes",
    "skin_notes",
    "sizes",
    "notes",
    "marketing_consent",
)

MAX_TAG = 24
MAX_OPENING_FEN = 100_000_000  # ¥1,000,000: more on one card is a typo, not a balance
MAX_OPENING_POINTS = 100_000_000
PREVIEW_VALUE_CHARS = 60

# Exact header texts (after _header_key) → field.
_HEADERS: dict[str, str] = {}
for _field, _names in {
    "name": "姓名 名字 客户名称 客户姓名 会员姓名 会员名称 顾客姓名 客户 客户名 name",
    "phone": "手机 手机号 手机号码 电话 联系电话 电话号码 联系方式 移动电话 会员手机 会员手机号 "
    "mobile phone tel telephone cellphone",
    "other_phone": "其他电话 其它电话 备用电话 备用手机 固定电话 座机 otherphone",
    "gender": "性别 gender sex",
    "birthday": "生日 出生日期 生日日期 公历生日 阳历生日 出生年月日 birthday birthdate dob",
    "lunar_birthday": "农历生日 阴历生日 旧历生日 lunarbirthday",
    "birthday_calendar": "生日类型 历法 生日历法 农历/公历 公历/农历",
    "card_no": "卡号 会员卡号 会员号 会员编号 会员卡 卡号码 card cardno cardnumber",
    "notes": "备注 说明 备注信息 note notes remark remarks",
    "tags": "标签 分类标签 客户标签 tags tag",
    "balance": "余额 储值余额 卡内余额 会员余额 账户余额 储值 balance",
    "points": "积分 可用积分 当前积分 剩余积分 会员积分 points",
    "sessions": "剩余次数 次卡剩余次数 次卡余次 剩余次卡 可用次数 sessions sessionsleft",
    "session_card": "次卡 次卡名称 卡项 卡项名称 sessioncard",
    "address": "地址 住址 联系地址 家庭住址 address",
    "source": "来源 客户来源 渠道 来源渠道 source",
    "taste": "口味 忌口 口味偏好 taste",
    "allergies": "过敏 过敏史 过敏源 allergies",
    "hair_notes": "发质 头发 hair",
    "skin_notes": "肤质 皮肤 skin",
    "sizes": "尺码 鞋码 衣码 尺寸 sizes size",
    "preferences": "偏好 喜好 preferences",
    "marketing_consent": "同意营销 接受短信 接受营销 营销短信 marketingconsent",
}.items():
    for _name in _names.split():
        _HEADERS[_name] = _field

# Words that identify a column even inside a longer header (会员生日, 客户手机号 …). Money and
# points are deliberately absent: 赠送余额 or 累计积分 must not become an opening balance.
_HEADER_WORDS: tuple[tuple[str, str], ...] = (
    ("姓名", "name"),
    ("手机", "phone"),
    ("卡号", "card_no"),
    ("生日", "birthday"),
    ("地址", "address"),
    ("备注", "notes"),
    ("标签", "tags"),
)
_NOT_THE_CUSTOMER = ("推荐", "介绍人", "紧急", "员工", "导购", "技师")  # 推荐人手机 …


def _header_key(text: str) -> str:
    key = to_halfwidth(text).strip().lower()
    key = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", key)  # 余额(元), 手机号（必填）
    return re.sub(r"[\s*:_\-]", "", key)


def guess_field(header: str) -> str | None:
    key = _header_key(header)
    if not key:
        return None
    if key in _HEADERS:
        return _HEADERS[key]
    if any(word in key for word in _NOT_THE_CUSTOMER):
        return None
    for word, field_name in _HEADER_WORDS:
        if word in key:
            return field_name
    return None


def guess_mapping(header: Sequence[str]) -> dict[int, str]:
    """Column index → field for the columns we recognise; each field at most once (a second
    phone column becomes the other phone)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, text in enumerate(header):
        field_name = guess_field(text)
        if field_name is None:
            continue
        if field_name in taken:
            if field_name == "phone" and "other_phone" not in taken:
                field_name = "other_phone"
            else:
                continue
        mapping[index] = field_name
        taken.add(field_name)
    return mapping


def looks_like_header(cells: Sequence[str]) -> bool:
    """A row that names at least two known columns (rows above it are a title)."""
    return len(guess_mapping(cells)) >= 2


def check_mapping(mapping: Mapping[int, str], width: int) -> dict[int, str]:
    """Raises ``ValidationError(field="mapping")`` for an unusable mapping."""
    seen: set[str] = set()
    for index, field_name in mapping.items():
        if field_name not in IMPORT_FIELDS:
            raise ValidationError("mapping", "unknown_field", name=field_name)
        if not 0 <= index < width:
            raise ValidationError("mapping", "unknown_column", column=index + 1)
        if field_name in seen:
            raise ValidationError("mapping", "field_twice", name=field_name)
        seen.add(field_name)
    if "name" not in seen:
        raise ValidationError("mapping", "no_name_column")
    return dict(sorted(mapping.items()))


def _column_letters(text: str) -> int | None:
    if not re.fullmatch(r"[A-Za-z]{1,3}", text):
        return None
    number = 0
    for ch in text.upper():
        number = number * 26 + ord(ch) - ord("A") + 1
    return number - 1


def apply_overrides(
    header: Sequence[str], guessed: Mapping[int, str], overrides: Mapping[str, str | None]
) -> dict[int, str]:
    """The guess, corrected column by column.

    A key names a column by its header text, by its letter as Excel shows it (``"C"``) or by
    its number counted from 1. A value is a field, or ``None``/``""`` to ignore the column.
    A field given to a column is taken away from any column the guess gave it to.
    """
    mapping = dict(guessed)
    texts = [h.strip() for h in header]
    for key, field_name in overrides.items():
        name = str(key).strip()
        if name in texts:
            index = texts.index(name)
        elif (letters := _column_letters(name)) is not None and letters < len(header):
            index = letters
        elif name.isdigit() and 1 <= int(name) <= len(header):
            index = int(name) - 1
        else:
            raise ValidationError("mapping", "unknown_column", column=name)
        if not field_name:
            mapping.pop(index, None)
            continue
        if field_name not in IMPORT_FIELDS:
            raise ValidationError("mapping", "unknown_field", name=field_name)
        mapping = {i: f for i, f in mapping.items() if f != field_name}
        mapping[index] = field_name
    return dict(sorted(mapping.items()))


# -- results ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why row ``row_number`` cannot be imported (or, as a warning, what was not done)."""

    row_number: int
    field: str  # an IMPORT_FIELDS name, or "row"
    code: str
    value: str = ""  # what the cell held, shortened, for the owner to find it
    other_row: int | None = None  # duplicate_in_file: the row that has it first
    limit: int | None = None  # too_long: the maximum


@dataclass(frozen=True, slots=True)
class ParsedCustomer:
    row_number: int
    draft: CustomerDraft
    valid: ValidCustomer
    birthday: Birthday | None
    tags: tuple[str, ...]
    opening_balance_fen: int
    opening_points: int
    filled: frozenset[str]  # IMPORT_FIELDS whose cell was not empty (an update writes these)
    opening_sessions: int = 0  # sessions left on a session card from the old system
    session_card: str = ""  # that card's name


RowResult = ParsedCustomer | list[RowProblem]


# -- cells ------------------------------------------------------------------------------------
def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: object) -> str:
    """A cell as the owner would read it: 13812345678.0 → "13812345678", dates as ISO."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    text = str(cell).strip()
    quoted = re.fullmatch(r'="(.*)"', text)  # ="13812345678", a CSV trick to keep digits text
    if quoted:
        text = quoted.group(1).strip()
    return text


def _shown(cell: object) -> str:
    text = cell.formula if isinstance(cell, FormulaWithoutValue) else cell_text(cell)
    return text if len(text) <= PREVIEW_VALUE_CHARS else text[: PREVIEW_VALUE_CHARS - 1] + "…"


def _number_text(cell: object) -> str:
    """Phone and card cells: an apostrophe or tab that forced text in Excel is not part of it."""
    return cell_text(cell).lstrip("'\t ")


_GENDERS: dict[str, Gender] = {}
for _gender, _words in {
    Gender.MALE: "男 m male 先生 男士 男性 男生 man",
    Gender.FEMALE: "女 f female 女士 女性 女生 小姐 woman",
    Gender.UNKNOWN: "未知 保密 不详 其他 其它 - / u unknown",
}.items():
    for _word in _words.split():
        _GENDERS[_word] = _gender


def parse_gender(cell: object) -> Gender:
    text = to_halfwidth(cell_text(cell)).lower()
    if not text:
        return Gender.UNKNOWN
    if text in _GENDERS:
        return _GENDERS[text]
    raise ValidationError("gender", "invalid_gender")


_SOURCE_WORDS: tuple[tuple[Source, tuple[str, ...]], ...] = (
    (Source.REFERRAL, ("转介绍", "推荐", "介绍", "老带新", "朋友", "referral")),
    (
        Source.ONLINE,
        ("网络", "线上", "网上", "美团", "大众点评", "点评", "抖音", "小红书", "微信", "淘宝")
        + ("online",),
    ),
    (Source.EVENT, ("活动", "event")),
    (Source.WALK_IN, ("到店", "自然到店", "进店", "路过", "walk")),
)


def parse_source(cell: object) -> Source:
    """Empty → walk in (the form's default); anything not recognised → other."""
    text = to_halfwidth(cell_text(cell)).lower()
    if not text:
        return Source.WALK_IN
    try:
        return Source(text)
    except ValueError:
        pass
    for source, words in _SOURCE_WORDS:
        if any(word in text for word in words):
            return source
    return Source.OTHER


_YES = frozenset(("是", "y", "yes", "1", "true", "同意", "接受", "允许", "√", "✓", "✔", "对", "有"))
_NO = frozenset(
    (
        "否",
        "n",
        "no",
        "0",
        "false",
        "不同意",
        "不接受",
        "拒绝",
        "不允许",
        "×",
        "✗",
        "✘",
        "无",
        "没有",
    )
)


def parse_yes_no(cell: object, field_name: str = "marketing_consent") -> bool:
    text = to_halfwidth(cell_text(cell)).lower()
    if not text:
        return False
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(field_name, "invalid_yes_no")


_MONEY_MARKS = re.compile(r"[¥￥$,，\s]|元|rmb|cny", re.IGNORECASE)
_FEN = Decimal("0.01")
_FLOAT_SLACK = Decimal("0.000001")  # Excel arithmetic leaves 0.30000000000000004 behind


def parse_yuan(cell: object, field_name: str = "balance") -> int:
    """A yuan amount → fen. "¥1,234.50", "1234.5元", 1234.5 → 123450. Empty → 0."""
    if is_blank(cell):
        return 0
    if isinstance(cell, bool | date | time):
        raise ValidationError(field_name, "invalid_amount")
    if isinstance(cell, int):
        amount = Decimal(cell)
    elif isinstance(cell, float):
        amount = Decimal(repr(cell))  # the shortest text that is this float, as Excel shows it
        rounded = amount.quantize(_FEN, rounding=ROUND_HALF_UP)
        if abs(rounded - amount) < _FLOAT_SLACK:
            amount = rounded
    else:
        text = _MONEY_MARKS.sub("", to_halfwidth(cell_text(cell)))
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(field_name, "invalid_amount") from None
    if not amount.is_finite():
        raise ValidationError(field_name, "invalid_amount")
    if amount != amount.quantize(_FEN, rounding=ROUND_HALF_UP):
        raise ValidationError(field_name, "too_many_decimals")
    if amount < 0:
        raise ValidationError(field_name, "negative")
    fen = int(amount * 100)
    if fen > MAX_OPENING_FEN:
        raise ValidationError(field_name, "too_large")
    return fen


def parse_points(cell: object, field_name: str = "points") -> int:
    if is_blank(cell):
        return 0
    if isinstance(cell, bool | date | time):
        raise ValidationError(field_name, "not_whole_number")
    if isinstance(cell, int):
        value = Decimal(cell)
    elif isinstance(cell, float):
        value = Decimal(repr(cell))
    else:
        try:
            value = Decimal(re.sub(r"[,，\s]|分", "", to_halfwidth(cell_text(cell))))
        except InvalidOperation:
            raise ValidationError(field_name, "not_whole_number") from None
    if not value.is_finite() or value != value.to_integral_value():
        raise ValidationError(field_name, "not_whole_number")
    if value < 0:
        raise ValidationError(field_name, "negative")
    if value > MAX_OPENING_POINTS:
        raise ValidationError(field_name, "too_large")
    return int(value)


_TAG_SPLIT = re.compile(r"[，,、;；/|｜\s]+")


def parse_tags(cell: object) -> tuple[str, ...]:
    found: list[str] = []
    for part in _TAG_SPLIT.split(to_halfwidth(cell_text(cell))):
        if part and part not in found:
            if len(part) > MAX_TAG:
                raise ValidationError("tags", "too_long", maximum=MAX_TAG)
            found.append(part)
    return tuple(found)


# -- birthdays --------------------------------------------------------------------------------
_EXCEL_EPOCH = date(1899, 12, 30)
_LUNAR_WORDS = ("农历", "阴历", "旧历", "lunar")
_SOLAR_WORDS = ("公历", "阳历", "新历", "西历", "solar")
_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGIT |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_MONTH = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
_NO_DATE = frozenset({"0000-00-00", "00000000", "0000/00/00", "0000-00-0000:00:00"})


def excel_serial_to_date(serial: float) -> date:
    """Excel's 1900 date system: day 1 is 1900-01-01, and it believes 1900-02-29 existed
    (serial 60), so serials after it are one day ahead of the calendar."""
    day = int(serial)
    if day < 1 or day > 2_958_465:  # 9999-12-31
        raise ValidationError("birthday", "invalid_date")
    if day == 60:
        raise ValidationError("birthday", "impossible_date")
    if day < 60:
        return date(1899, 12, 31) + timedelta(days=day)
    return _EXCEL_EPOCH + timedelta(days=day)


def _cn_number(text: str) -> int | None:
    """一 … 三十 (also 十五, 二十一, 廿三, 卅), or arabic digits."""
    if text.isdigit():
        return int(text)
    if text == "卅":
        return 30
    if text.startswith("廿"):
        rest = text[1:]
        return 20 if not rest else (20 + _CN_DIGIT[rest] if rest in _CN_DIGIT else None)
    if "十" in text:
        tens_text, _, ones_text = text.partition("十")
        tens = 1 if not tens_text else _CN_DIGIT.get(tens_text)
        ones = 0 if not ones_text else _CN_DIGIT.get(ones_text)
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(text) == 1 and text in _CN_DIGIT:
        return _CN_DIGIT[text]
    return None


def _cn_month(text: str) -> int | None:
    return _CN_MONTH.get(text) or _cn_number(text)


def _cn_day(text: str) -> int | None:
    if text.startswith("初"):
        value = _cn_number(text[1:])
        return value if value is not None and 1 <= value <= 10 else None
    return _cn_number(text)


_CN_NUM = r"[〇零○一二两三四五六七八九十廿卅]+"
_CN_DATE = re.compile(
    rf"^(?:(?P<year>\d{{4}}|[〇零○一二三四五六七八九]{{4}})年?)?"
    rf"(?P<month>正|冬|腊|臘|{_CN_NUM}|\d{{1,2}})月"
    rf"(?P<day>初{_CN_NUM}|{_CN_NUM}|\d{{1,2}})[日号]?$"
)
_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})[日号]?$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_TIME_SUFFIX = re.compile(r"[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGIT[ch]) for ch in text))


def parse_birthday(cell: object, *, lunar: bool | None, today: date) -> Birthday | None:
    """A birthday cell → :class:`Birthday`, ``None`` for an empty cell.

    ``lunar``: what the column (or a calendar column) says; ``None`` when it says nothing.
    Words in the cell (农历…, 公历…, 闰) win over it, and a month or day in Chinese numerals
    means lunar. Raises ``ValidationError(field="birthday", code=…)``: ``invalid_date`` for
    what is not a date, ``impossible_date``/``future_date``/``too_old`` from the birthday
    rules, ``ambiguous_date`` for 03/04/1990.
    """
    leap = False
    year: int | None
    if is_blank(cell):
        return None
    if isinstance(cell, bool | time):
        raise ValidationError("birthday", "invalid_date")
    if isinstance(cell, date):  # includes datetime
        year, month, day = cell.year, cell.month, cell.day
    elif isinstance(cell, int | float):
        number = int(cell)
        if 10_000_101 <= number <= 99_991_231 and float(cell).is_integer():  # 19901031
            year, month, day = number // 10_000, number // 100 % 100, number % 100
        else:
            d = excel_serial_to_date(float(cell))
            year, month, day = d.year, d.month, d.day
    else:
        text = _TIME_SUFFIX.sub("", to_halfwidth(cell_text(cell)).strip())
        if text in _NO_DATE:
            return None
        text = re.sub(r"[\s()（）:：]", "", text)
        lower = text.lower()
        if any(word in lower for word in _LUNAR_WORDS):
            lunar = True
        elif any(word in lower for word in _SOLAR_WORDS):
            lunar = False
        for word in _LUNAR_WORDS + _SOLAR_WORDS:
            lower = lower.replace(word, "")
        text = lower
        if "闰" in text or "閏" in text:
            leap, lunar = True, True
            text = text.replace("闰", "").replace("閏", "")
        if m := _YMD.match(text) or _YMD_COMPACT.match(text):
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m := _MD.match(text):
            year, month, day = None, int(m.group(1)), int(m.group(2))
        elif m := _DMY.match(text):
            first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if first > 12 >= second:
                day, month = first, second
            elif second > 12 >= first or first == second:
                month, day = first, second
            else:
                raise ValidationError("birthday", "ambiguous_date")
        elif re.fullmatch(r"\d{5}", text):  # an Excel serial number saved as text
            d = excel_serial_to_date(int(text))
            year, month, day = d.year, d.month, d.day
        elif m := _CN_DATE.match(text):
            cn_month, cn_day = _cn_month(m.group("month")), _cn_day(m.group("day"))
            if cn_month is None or cn_day is None:
                raise ValidationError("birthday", "invalid_date")
            if lunar is None and not (m.group("month").isdigit() and m.group("day").isdigit()):
                lunar = True  # 八月十五, 正月初一: written the lunar way
            year, month, day = _year_of(m.group("year")), cn_month, cn_day
        else:
            raise ValidationError("birthday", "invalid_date")
    if year is not None and year < 1000:
        raise ValidationError("birthday", "too_old" if year else "invalid_date")
    calendar = Calendar.LUNAR if lunar else Calendar.SOLAR
    return check_birthday(calendar, month, day, year, leap, today=today)


_CALENDARS: dict[str, bool] = {w: True for w in _LUNAR_WORDS + ("阴", "农", "lunar")}
_CALENDARS |= {w: False for w in _SOLAR_WORDS + ("阳", "公", "solar")}


def parse_calendar(cell: object) -> bool | None:
    """A 生日类型/历法 cell: True for lunar, False for solar, None when empty."""
    text = to_halfwidth(cell_text(cell)).lower()
    if not text:
        return None
    if text in _CALENDARS:
        return _CALENDARS[text]
    raise ValidationError("birthday_calendar", "invalid_calendar")


# -- rows -------------------------------------------------------------------------------------
_TOTALS = frozenset({"合计", "总计", "小计", "共计", "total", "sum", "subtotal"})


class ImportParser:
    """Parses rows one after another, remembering phones and card numbers already seen, so
    a later row with the same one is reported (streaming: a big file needs no second pass)."""

    def __init__(self, mapping: Mapping[int, str], *, today: date) -> None:
        self.mapping = dict(mapping)
        self.today = today
        self._first_row: dict[tuple[str, str], int] = {}

    def parse(self, row_number: int, cells: Sequence[object]) -> RowResult:
        raw: dict[str, object] = {
            field_name: cells[index] if index < len(cells) else None
            for index, field_name in self.mapping.items()
        }
        # A formula whose result was never saved: its value is unknown, so the row waits
        # until the owner saves the file in Excel or WPS (reading it as empty, as before,
        # made a row of formulas vanish without a word).
        unknown = [
            RowProblem(row_number, f, "formula_without_value", _shown(c))
            for f, c in raw.items()
            if isinstance(c, FormulaWithoutValue)
        ]
        if (
            not unknown
            and any(isinstance(c, FormulaWithoutValue) for c in cells)
            and all(is_blank(c) for c in raw.values())
        ):
            return [RowProblem(row_number, "row", "formula_without_value")]
        if unknown:
            return unknown
        problems: list[RowProblem] = []

        def problem(field_name: str, exc: ValidationError) -> None:
            maximum = exc.params.get("maximum")
            problems.append(
                RowProblem(
                    row_number,
                    field_name,
                    exc.code,
                    _shown(raw.get(field_name)),
                    limit=maximum if isinstance(maximum, int) else None,
                )
            )

        def attempt(field_name: str, parse, *args):  # type: ignore[no-untyped-def]
            try:
                return parse(*args)
            except ValidationError as exc:
                problem(field_name, exc)
                return None

        filled = frozenset(f for f, cell in raw.items() if not is_blank(cell))
        gender = attempt("gender", parse_gender, raw.get("gender")) or Gender.UNKNOWN
        if gender is Gender.UNKNOWN:
            filled -= {"gender"}
        consent = attempt("marketing_consent", parse_yes_no, raw.get("marketing_consent"))
        draft = CustomerDraft(
            name=cell_text(raw.get("name")),
            phone=_number_text(raw.get("phone")),
            other_phone=_number_text(raw.get("other_phone")),
            gender=gender,
            card_no=_number_text(raw.get("card_no")),
            address=cell_text(raw.get("address")),
            source=parse_source(raw.get("source")),
            preferences=cell_text(raw.get("preferences")),
            notes=cell_text(raw.get("notes")),
            business=BusinessFields(
                taste=cell_text(raw.get("taste")),
                allergies=cell_text(raw.get("allergies")),
                hair_notes=cell_text(raw.get("hair_notes")),
                skin_notes=cell_text(raw.get("skin_notes")),
                sizes=cell_text(raw.get("sizes")),
            ),
            marketing_consent=bool(consent),
        )
        valid, invalid = validate(draft)
        for exc in invalid:
            problem(exc.field, exc)

        calendar = attempt("birthday_calendar", parse_calendar, raw.get("birthday_calendar"))
        birthday = None
        if not is_blank(raw.get("lunar_birthday")):  # both given: the lunar one is celebrated
            birthday = attempt(
                "lunar_birthday",
                lambda c: parse_birthday(c, lunar=True, today=self.today),
                raw["lunar_birthday"],
            )
        elif not is_blank(raw.get("birthday")):
            birthday = attempt(
                "birthday",
                lambda c: parse_birthday(c, lunar=calendar, today=self.today),
                raw["birthday"],
            )
        tags = attempt("tags", parse_tags, raw.get("tags")) or ()
        balance = attempt("balance", parse_yuan, raw.get("balance")) or 0
        points = attempt("points", parse_points, raw.get("points")) or 0
        sessions = attempt("sessions", lambda c: parse_points(c, "sessions"), raw.get("sessions"))
        session_card = " ".join(str(raw.get("session_card") or "").split())[:64]

        if (
            _header_key(draft.name) in _TOTALS
            and not draft.phone.strip()
            and not draft.card_no.strip()
        ):
            problems = [RowProblem(row_number, "name", "total_row", _shown(raw.get("name")))]
        for field_name, value in (("phone", valid.phone), ("card_no", valid.card_no)):
            if value is None:
                continue
            first = self._first_row.setdefault((field_name, value), row_number)
            if first != row_number:
                problems.append(
                    RowProblem(row_number, field_name, "duplicate_in_file", value, other_row=first)
                )
        if problems:
            return problems
        return ParsedCustomer(
            row_number=row_number,
            draft=draft,
            valid=valid,
            birthday=birthday,
            tags=tuple(tags),
            opening_balance_fen=balance,
            opening_points=points,
            filled=filled,
            opening_sessions=sessions or 0,
            session_card=session_card,
        )


def parse_rows(
    rows: Iterable[tuple[int, Sequence[object]]], mapping: Mapping[int, str], *, today: date
) -> list[RowResult]:
    parser = ImportParser(mapping, today=today)
    return [parser.parse(number, cells) for number, cells in rows]
