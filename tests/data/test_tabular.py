"""Reading the owner's tables: real .xlsx files written with openpyxl and CSVs in the encodings
Chinese Excel and WPS produce."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from storecrm.data.tabular import read_table
from storecrm.domain.errors import UnreadableFile


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    workbook.save(path)
    return path


def test_xlsx_keeps_cell_types_and_excel_row_numbers(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "会员.xlsx",
        [
            ["姓名", "手机", "生日", "余额"],
            ["张三", 13812345678, date(1990, 10, 31), 1234.5],
            [],  # an empty line in the middle of the sheet
            ["李四", "13912345678", 33177, "¥88.00"],
            [None, None, None, None],
            ["王五"],
        ],
    )
    table = read_table(path)
    assert table.header == ("姓名", "手机", "生日", "余额")
    assert table.header_row == 1
    assert [r.number for r in table.rows] == [2, 4, 6]
    first, second, third = table.rows
    assert first.cells[1] == 13812345678 and isinstance(first.cells[1], int)
    assert isinstance(first.cells[2], datetime) and first.cells[2].date() == date(1990, 10, 31)
    assert first.cells[3] == 1234.5
    assert second.cells == ("李四", "13912345678", 33177, "¥88.00")
    assert third.cells == ("王五", None, None, None)  # padded to the header's width


def test_a_title_above_the_header_is_skipped_when_a_header_test_is_given(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "t.xlsx", [["2024年会员资料"], [], ["姓名", "手机"], ["张三", "13812345678"]]
    )
    plain = read_table(path)
    assert plain.header == ("2024年会员资料",)
    table = read_table(path, is_header=lambda cells: "姓名" in cells)
    assert table.header == ("姓名", "手机") and table.header_row == 3
    assert [(r.number, r.cells) for r in table.rows] == [(4, ("张三", "13812345678"))]


@pytest.mark.parametrize(
    "encoding, expected",
    [("gbk", "gb18030"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("utf-16", "utf-16")],
)
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    text = "姓名,手机号,备注\r\n张三,13812345678,喜欢安静\r\n\r\n李四,13912345678,\r\n"
    path = tmp_path / "members.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.header == ("姓名", "手机号", "备注")
    assert [r.number for r in table.rows] == [2, 4]
    assert table.rows[0].cells == ("张三", "13812345678", "喜欢安静")
    assert table.rows[1].cells == ("李四", "13912345678", "")


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    lines = [["姓名", "地址", "余额"], ["张三", "深圳市, 南山区", "1,234.50"], ["李四", "", "0"]]
    text = "\n".join(
        delimiter.join(f'"{c}"' if ("," in c or ";" in c) else c for c in line) for line in lines
    )
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ("张三", "深圳市, 南山区", "1,234.50")


def test_a_quoted_cell_spanning_lines_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('姓名,备注\n张三,"第一行\n第二行"\n李四,x\n', encoding="utf-8")
    table = read_table(path)
    assert [(r.number, r.cells[0]) for r in table.rows] == [(2, "张三"), (3, "李四")]
    assert table.rows[0].cells[1] == "第一行\n第二行"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("old.xls", b"\xd0\xcf\x11\xe0 anything", "old_excel"),
        ("report.pdf", b"%PDF-1.4", "unsupported"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip file", "damaged"),
        ("text-renamed.xlsx", "姓名,手机\n".encode(), "damaged"),
        ("binary.csv", b"\x00\x01\x02\x03abc", "encoding"),
        ("blank.csv", b"\r\n , ,\r\n\r\n", "empty"),
        ("nothing.csv", b"", "empty"),
    ],
)
def test_unreadable_files_raise_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as info:
        read_table(path)
    assert info.value.reason == reason
    assert info.value.path == str(path)


def test_a_missing_file_is_reported_as_missing(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as info:
        read_table(tmp_path / "gone.xlsx")
    assert info.value.reason == "missing"


def test_bytes_that_are_neither_utf8_nor_gb18030_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("姓名\n".encode() + b"\x81\x20\xff\xfe\xfd")
    with pytest.raises(UnreadableFile) as info:
        read_table(path)
    assert info.value.reason == "encoding"
