"""The pure import rules: headers, cells, birthdays, money and duplicates within a file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from storecrm.domain.birthday import Birthday, Calendar
from storecrm.domain.customer import Gender, Source
from storecrm.domain.customer_import import (
    ImportParser,
    ParsedCustomer,
    RowProblem,
    apply_overrides,
    check_mapping,
    excel_serial_to_date,
    guess_field,
    guess_mapping,
    looks_like_header,
    parse_birthday,
    parse_calendar,
    parse_gender,
    parse_points,
    parse_rows,
    parse_source,
    parse_tags,
    parse_yes_no,
    parse_yuan,
)
from storecrm.domain.errors import ValidationError

TODAY = date(2026, 5, 1)


# -- headers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header, field",
    [
        ("姓名", "name"),
        ("客户名称", "name"),
        ("会员姓名", "name"),
        ("Name", "name"),
        ("姓名*", "name"),
        ("手机号码（必填）", "phone"),
        ("联系电话", "phone"),
        ("Mobile", "phone"),
        ("备用电话", "other_phone"),
        ("性别", "gender"),
        ("出生日期", "birthday"),
        ("会员生日", "birthday"),
        ("农历生日", "lunar_birthday"),
        ("阴历生日", "lunar_birthday"),
        ("生日类型", "birthday_calendar"),
        ("历法", "birthday_calendar"),
        ("会员卡号", "card_no"),
        ("会员号", "card_no"),
        ("说明", "notes"),
        ("分类标签", "tags"),
        ("余额(元)", "balance"),
        ("卡内余额", "balance"),
        ("可用积分", "points"),
        ("住址", "address"),
        ("客户来源", "source"),
        ("忌口", "taste"),
        ("过敏史", "allergies"),
        ("发质", "hair_notes"),
        ("皮肤", "skin_notes"),
        ("鞋码", "sizes"),
        ("接受短信", "marketing_consent"),
        ("微信号", None),
        ("赠送余额", None),  # bonus money is not the opening balance
        ("累计积分", None),
        ("推荐人手机", None),  # someone else's phone
        ("", None),
    ],
)
def test_headers_are_recognised(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_guess_mapping_gives_each_field_once_and_a_second_phone_becomes_the_other() -> None:
    header = ["序号", "姓名", "手机", "电话", "联系方式", "姓名", "生日"]
    assert guess_mapping(header) == {1: "name", 2: "phone", 3: "other_phone", 6: "birthday"}
    assert looks_like_header(header)
    assert not looks_like_header(["2024年会员资料"])


def test_overrides_name_columns_by_header_letter_or_number() -> None:
    header = ["姓名", "联系方式x", "生日", "积分"]
    guessed = guess_mapping(header)
    assert guessed == {0: "name", 2: "birthday", 3: "points"}
    mapping = apply_overrides(header, guessed, {"联系方式x": "phone", "C": "lunar_birthday"})
    assert mapping == {0: "name", 1: "phone", 2: "lunar_birthday", 3: "points"}
    mapping = apply_overrides(header, guessed, {"4": None, "2": "name"})
    assert mapping == {1: "name", 2: "birthday"}  # the field moved away from column A
    with pytest.raises(ValidationError) as info:
        apply_overrides(header, guessed, {"微信": "phone"})
    assert (info.value.field, info.value.code) == ("mapping", "unknown_column")
    with pytest.raises(ValidationError) as info:
        apply_overrides(header, guessed, {"A": "wechat"})
    assert info.value.code == "unknown_field"


@pytest.mark.parametrize(
    "mapping, code",
    [
        ({0: "name", 1: "wechat"}, "unknown_field"),
        ({0: "name", 5: "phone"}, "unknown_column"),
        ({0: "name", 1: "name"}, "field_twice"),
        ({1: "phone"}, "no_name_column"),
    ],
)
def test_check_mapping_refuses_unusable_mappings(mapping: dict[int, str], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_mapping(mapping, 3)
    assert info.value.code == code
    assert check_mapping({2: "phone", 0: "name"}, 3) == {0: "name", 2: "phone"}


# -- birthdays ----------------------------------------------------------------------------------
def solar(y: int | None, m: int, d: int) -> Birthday:
    return Birthday(Calendar.SOLAR, m, d, y)


def lunar(y: int | None, m: int, d: int, leap: bool = False) -> Birthday:
    return Birthday(Calendar.LUNAR, m, d, y, leap)


@pytest.mark.parametrize(
    "cell, expected",
    [
        (date(1990, 10, 31), solar(1990, 10, 31)),
        (datetime(1990, 10, 31, 0, 0), solar(1990, 10, 31)),
        (33177, solar(1990, 10, 31)),  # Excel serial (1900 date system)
        (33177.5, solar(1990, 10, 31)),  # with a time of day
        (19901031, solar(1990, 10, 31)),
        ("1990-10-31", solar(1990, 10, 31)),
        ("1990/10/31", solar(1990, 10, 31)),
        ("1990.10.31", solar(1990, 10, 31)),
        ("19901031", solar(1990, 10, 31)),
        ("1990年10月31日", solar(1990, 10, 31)),
        ("1990-10-31 00:00:00", solar(1990, 10, 31)),
        ("33177", solar(1990, 10, 31)),  # a serial number saved as text in a CSV
        ("１９９０－１０－３１", solar(1990, 10, 31)),  # full-width
        ("10月31日", solar(None, 10, 31)),
        ("10-31", solar(None, 10, 31)),
        ("12/25/1990", solar(1990, 12, 25)),
        ("25/12/1990", solar(1990, 12, 25)),
        ("公历1990-10-31", solar(1990, 10, 31)),
        ("农历八月十五", lunar(None, 8, 15)),
        ("八月十五", lunar(None, 8, 15)),
        ("闰四月初八", lunar(None, 4, 8, leap=True)),
        ("1990年农历八月十五", lunar(1990, 8, 15)),
        ("农历1990年八月十五", lunar(1990, 8, 15)),
        ("一九九〇年八月十五", lunar(1990, 8, 15)),
        ("正月初一", lunar(None, 1, 1)),
        ("腊月廿三", lunar(None, 12, 23)),
        ("冬月三十", lunar(None, 11, 30)),
        ("十一月初十", lunar(None, 11, 10)),
        ("二月二十", lunar(None, 2, 20)),
        ("农历8月15日", lunar(None, 8, 15)),
        ("农历1990-08-15", lunar(1990, 8, 15)),
        ("2020年闰四月初八", lunar(2020, 4, 8, leap=True)),
        ("", None),
        (None, None),
        ("0000-00-00", None),  # what some POS systems write for "unknown"
    ],
)
def test_birthday_forms(cell: object, expected: Birthday | None) -> None:
    assert parse_birthday(cell, lunar=None, today=TODAY) == expected


def test_the_calendar_column_decides_how_a_plain_date_is_read() -> None:
    assert parse_birthday(date(1990, 8, 15), lunar=True, today=TODAY) == lunar(1990, 8, 15)
    assert parse_birthday("8-15", lunar=True, today=TODAY) == lunar(None, 8, 15)
    assert parse_birthday("8-15", lunar=False, today=TODAY) == solar(None, 8, 15)
    # Words in the cell win over the column.
    assert parse_birthday("公历8月15日", lunar=True, today=TODAY) == solar(None, 8, 15)
    assert parse_calendar("农历") is True and parse_calendar("阳历") is False
    assert parse_calendar("") is None
    with pytest.raises(ValidationError):
        parse_calendar("每年")


@pytest.mark.parametrize(
    "serial, expected",
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # Excel's day 60 is its non-existent 1900-02-29
        (33177, date(1990, 10, 31)),
        (45292, date(2024, 1, 1)),
    ],
)
def test_excel_serial_numbers(serial: int, expected: date) -> None:
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize(
    "cell, code",
    [
        (60, "impossible_date"),  # 1900-02-29
        ("2月30日", "impossible_date"),
        ("1990-02-30", "impossible_date"),
        ("农历三十一", "invalid_date"),
        ("2021年闰二月初一", "impossible_date"),  # 2021 has no leap second month
        ("2027-01-01", "future_date"),
        ("1800-01-01", "too_old"),
        ("03/04/1990", "ambiguous_date"),
        ("下个月", "invalid_date"),
        ("90-10-31", "invalid_date"),
        (True, "invalid_date"),
    ],
)
def test_impossible_and_unreadable_birthdays_say_why(cell: object, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_birthday(cell, lunar=None, today=TODAY)
    assert (info.value.field, info.value.code) == ("birthday", code)


# -- money and other cells ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "cell, fen",
    [
        ("¥1,234.50", 123450),
        ("￥1，234.5", 123450),
        ("1234.5元", 123450),
        ("RMB 88", 8800),
        ("0.29", 29),  # float("0.29") * 100 == 28.999999999999996
        (0.29, 29),
        (1234.5, 123450),
        (0.1 + 0.2, 30),  # what an Excel formula leaves behind
        (100, 10000),
        ("", 0),
        (None, 0),
        ("1000000", 100_000_000),
    ],
)
def test_yuan_amounts_become_exact_fen(cell: object, fen: int) -> None:
    result = parse_yuan(cell)
    assert result == fen and isinstance(result, int)


@pytest.mark.parametrize(
    "cell, code",
    [
        ("12.345", "too_many_decimals"),
        (12.345, "too_many_decimals"),
        ("-5", "negative"),
        ("abc", "invalid_amount"),
        ("1000000.01", "too_large"),
        (date(2024, 1, 1), "invalid_amount"),
        ("NaN", "invalid_amount"),
    ],
)
def test_bad_amounts(cell: object, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_yuan(cell)
    assert (info.value.field, info.value.code) == ("balance", code)


def test_points() -> None:
    assert parse_points("1,200") == 1200
    assert parse_points(300.0) == 300
    assert parse_points(None) == 0
    for cell, code in (
        ("12.5", "not_whole_number"),
        ("-3", "negative"),
        ("很多", "not_whole_number"),
    ):
        with pytest.raises(ValidationError) as info:
            parse_points(cell)
        assert info.value.code == code


@pytest.mark.parametrize(
    "cell, gender",
    [
        ("男", Gender.MALE),
        ("M", Gender.MALE),
        ("先生", Gender.MALE),
        ("female", Gender.FEMALE),
        ("女士", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("", Gender.UNKNOWN),
        ("保密", Gender.UNKNOWN),
    ],
)
def test_gender(cell: str, gender: Gender) -> None:
    assert parse_gender(cell) is gender


def test_unknown_gender_is_a_problem() -> None:
    with pytest.raises(ValidationError) as info:
        parse_gender("中")
    assert info.value.code == "invalid_gender"


@pytest.mark.parametrize(
    "cell, source",
    [
        ("自然到店", Source.WALK_IN),
        ("到店", Source.WALK_IN),
        ("转介绍", Source.REFERRAL),
        ("朋友推荐", Source.REFERRAL),
        ("美团", Source.ONLINE),
        ("大众点评", Source.ONLINE),
        ("抖音团购", Source.ONLINE),
        ("周年庆活动", Source.EVENT),
        ("电台广告", Source.OTHER),
        ("", Source.WALK_IN),
    ],
)
def test_source(cell: str, source: Source) -> None:
    assert parse_source(cell) is source


def test_yes_no_and_tags() -> None:
    assert [parse_yes_no(v) for v in ("是", "Y", "1", 1, "TRUE", "否", "n", "0", "")] == [
        True,
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    with pytest.raises(ValidationError):
        parse_yes_no("也许")
    assert parse_tags("老顾客，VIP、烫染;学生/老顾客 周末") == (
        "老顾客",
        "VIP",
        "烫染",
        "学生",
        "周末",
    )
    with pytest.raises(ValidationError) as info:
        parse_tags("一" * 25)
    assert info.value.code == "too_long"


# -- rows ---------------------------------------------------------------------------------------
MAPPING = {
    0: "name",
    1: "phone",
    2: "gender",
    3: "birthday",
    4: "card_no",
    5: "balance",
    6: "points",
    7: "tags",
    8: "notes",
    9: "source",
    10: "marketing_consent",
    11: "hair_notes",
}


def _row(**cells: object) -> list[object]:
    order = list(MAPPING.values())
    return [cells.get(f) for f in order]


def test_a_good_row_becomes_a_parsed_customer() -> None:
    cells = _row(
        name=" 张三 ",
        phone=13812345678.0,  # a phone typed as a number, read back as float
        gender="男",
        birthday="农历八月十五",
        card_no="8800 1234",
        balance="¥1,234.50",
        points="200",
        tags="老顾客，VIP",
        source="美团",
        marketing_consent="是",
        hair_notes="细软",
    )
    result = ImportParser(MAPPING, today=TODAY).parse(2, cells)
    assert isinstance(result, ParsedCustomer)
    assert result.row_number == 2
    assert result.valid.name == "张三" and result.valid.phone == "13812345678"
    assert result.valid.card_no == "88001234" and result.valid.gender is Gender.MALE
    assert result.valid.source is Source.ONLINE and result.valid.marketing_consent
    assert result.valid.business.hair_notes == "细软"
    assert result.birthday == lunar(None, 8, 15)
    assert result.tags == ("老顾客", "VIP")
    assert (result.opening_balance_fen, result.opening_points) == (123450, 200)
    assert "notes" not in result.filled and {"name", "phone", "hair_notes"} <= result.filled


def test_csv_tricks_that_keep_digits_as_text_are_understood() -> None:
    parser = ImportParser({0: "name", 1: "phone", 2: "card_no"}, today=TODAY)
    result = parser.parse(2, ["张三", '="13812345678"', "'00012"])
    assert isinstance(result, ParsedCustomer)
    assert (result.valid.phone, result.valid.card_no) == ("13812345678", "00012")


def test_a_bad_row_lists_every_problem_with_field_and_value() -> None:
    cells = _row(
        name="",
        phone="1381234",
        gender="中",
        birthday="2月30日",
        balance="12.345",
        points="-1",
        marketing_consent="也许",
    )
    result = ImportParser(MAPPING, today=TODAY).parse(7, cells)
    assert isinstance(result, list)
    found = {(p.field, p.code, p.value) for p in result}
    assert found == {
        ("name", "required", ""),
        ("phone", "invalid_phone", "1381234"),
        ("gender", "invalid_gender", "中"),
        ("birthday", "impossible_date", "2月30日"),
        ("balance", "too_many_decimals", "12.345"),
        ("points", "negative", "-1"),
        ("marketing_consent", "invalid_yes_no", "也许"),
    }
    assert all(p.row_number == 7 for p in result)


def test_a_lunar_birthday_column_is_read_as_lunar_and_wins_over_the_solar_one() -> None:
    parser = ImportParser({0: "name", 1: "birthday", 2: "lunar_birthday"}, today=TODAY)
    result = parser.parse(2, ["张三", "1990-10-03", "1990-08-15"])
    assert isinstance(result, ParsedCustomer) and result.birthday == lunar(1990, 8, 15)
    result = parser.parse(3, ["李四", "1990-10-03", None])
    assert isinstance(result, ParsedCustomer) and result.birthday == solar(1990, 10, 3)
    flagged = ImportParser({0: "name", 1: "birthday", 2: "birthday_calendar"}, today=TODAY)
    result = flagged.parse(2, ["王五", datetime(1990, 8, 15), "农历"])
    assert isinstance(result, ParsedCustomer) and result.birthday == lunar(1990, 8, 15)


def test_the_later_of_two_rows_with_the_same_phone_or_card_is_a_problem() -> None:
    mapping = {0: "name", 1: "phone", 2: "card_no"}
    rows = [
        (2, ["张三", "13812345678", "A1"]),
        (3, ["李四", "138 1234 5678", ""]),  # the same phone, written differently
        (5, ["王五", "", "a1"]),  # the same card, lower case
        (6, ["赵六", "13900000000", "B2"]),
    ]
    results = parse_rows(rows, mapping, today=TODAY)
    assert isinstance(results[0], ParsedCustomer) and isinstance(results[3], ParsedCustomer)
    assert results[1] == [RowProblem(3, "phone", "duplicate_in_file", "13812345678", other_row=2)]
    assert results[2] == [RowProblem(5, "card_no", "duplicate_in_file", "A1", other_row=2)]


def test_a_row_with_problems_still_claims_its_phone() -> None:
    mapping = {0: "name", 1: "phone"}
    results = parse_rows(
        [(2, ["", "13812345678"]), (3, ["李四", "13812345678"])], mapping, today=TODAY
    )
    assert isinstance(results[0], list)
    assert results[1] == [RowProblem(3, "phone", "duplicate_in_file", "13812345678", other_row=2)]


def test_a_totals_row_at_the_bottom_is_not_a_customer() -> None:
    parser = ImportParser({0: "name", 1: "phone", 2: "balance"}, today=TODAY)
    assert parser.parse(30, ["合 计", None, "98,765.00"]) == [
        RowProblem(30, "name", "total_row", "合 计")
    ]
    assert isinstance(parser.parse(31, ["合计", "13812345678", None]), ParsedCustomer)
