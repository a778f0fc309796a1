"""Issue 17, finding 12 and the CSV part of 7: files that used to lose rows or fail.

- a row made only of formulas without saved results disappeared without a word;
- a single NUL byte made a CSV "unknown encoding";
- a 1 MB cell broke the delimiter sniffer (csv's 128 KB field limit).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from storecrm import messages
from storecrm.services import customer_import, customers
from storecrm.services.session import StoreContext


def test_rows_of_formulas_without_saved_results_are_reported_not_lost(
    owner: StoreContext, tmp_path: Path
) -> None:
    # openpyxl writes formulas without results, as scripts and some exporters do.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "手机", "备注"])
    sheet.append(["张三", "13812345678", "老顾客"])
    sheet.append(['="李"&"四"', '="139"&"12345678"', "=C2"])  # formulas only
    sheet.append(["王五", "=B2+1", None])  # a phone that is a formula
    sheet.append(["赵六", "13712345678", "=LEN(A5)"])  # a formula in the notes only
    sheet.append([None, None, None, "=ROW()"])  # beyond the header, nothing mapped
    sheet.append(["钱七", "13612345678", None])
    path = tmp_path / "公式.xlsx"
    workbook.save(path)

    report = owner.call(customer_import.run_import, path)
    problems = [(p.row_number, p.field, p.code, p.value) for p in report.problems]
    assert problems == [
        (3, "name", "formula_without_value", '="李"&"四"'),
        (3, "phone", "formula_without_value", '="139"&"12345678"'),
        (3, "notes", "formula_without_value", "=C2"),
        (4, "phone", "formula_without_value", "=B2+1"),
        (5, "notes", "formula_without_value", "=LEN(A5)"),
        (6, "row", "formula_without_value", ""),
    ]
    assert (report.rows_read, report.created, report.problem_rows) == (6, 2, 4)
    text = messages.import_problem_text(report.problems[0])
    assert "Excel or WPS" in text and "save it" in text


def test_a_formula_with_its_saved_result_is_read_as_the_result(
    owner: StoreContext, tmp_path: Path
) -> None:
    """What Excel itself saves: the formula and its last result; the result is imported."""
    path = tmp_path / "cached.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "手机"])
    sheet.append(["周八", "13512345678"])
    workbook.save(path)
    # Add a cached value by hand, as Excel writes it: <c><f>…</f><v>…</v></c>.
    import zipfile

    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    row3 = '<row r="3"><c r="A3" t="str"><f>"吴"&amp;"九"</f><v>吴九</v></c></row>'
    parts["xl/worksheets/sheet1.xml"] = xml.replace("</sheetData>", row3 + "</sheetData>").encode()
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    report = owner.call(customer_import.run_import, path)
    assert (report.created, report.problems) == (2, ())
    assert [h.name for h in owner.call(customers.search_customers, "吴九")] == ["吴九"]


def test_a_stray_nul_byte_in_a_csv_is_dropped(owner: StoreContext, tmp_path: Path) -> None:
    path = tmp_path / "pos.csv"
    path.write_bytes("姓名,手机\n张三,13812345678\x00\n李四\x00,13912345678\n".encode("gb18030"))
    report = owner.call(customer_import.run_import, path)
    assert (report.created, report.problems) == (2, ())
    assert [h.name for h in owner.call(customers.search_customers, "13912345678")] == ["李四"]


def test_a_one_megabyte_cell_is_a_too_long_problem_of_its_row(
    owner: StoreContext, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    huge = "很长" * 500_000  # 1,000,000 characters, 3 MB of UTF-8
    path.write_text(
        f"姓名;手机;备注\n张三;13812345678;{huge}\n李四;13912345678;好\n", encoding="utf-8"
    )
    preview = owner.call(customer_import.preview_import, path)
    assert [(p.row_number, p.field, p.code, p.limit) for p in preview.problems] == [
        (2, "notes", "too_long", 500)
    ]
    assert len(preview.problems[0].value) <= 60
    report = owner.call(customer_import.run_import, path)
    assert (report.created, report.problem_rows) == (1, 1)
