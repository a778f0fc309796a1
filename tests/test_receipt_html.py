"""Receipts and shift summaries as HTML: pure functions of the service results (no Qt, no
store), in fen all the way to the text."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from storecrm.reports import shift_summary
from storecrm.reports.receipt import (
    DEFAULT_LABELS,
    fen_text,
    money_text,
    receipt_html,
)
from storecrm.reports.shift_summary import method_breakdown, shift_html
from storecrm.services.dto import (
    CardBalance,
    MemberBalances,
    PaymentInfo,
    SaleInfo,
    SaleLineInfo,
    ShiftSummary,
    StaffTotal,
)

AT = datetime(2025, 3, 12, 15, 4, 0)


def _line(n: int, name: str, qty: int, unit: int, discount: int = 0, kind: str = "item"):
    return SaleLineInfo(
        line_id=n,
        line_no=n,
        kind=kind,
        description=name,
        qty=qty,
        unit_fen=unit,
        list_fen=qty * unit,
        discount_fen=discount,
        amount_fen=qty * unit - discount,
        item_id=n,
        card_id=None,
        refunded_qty=0,
    )


def _sale(**changes: object) -> SaleInfo:
    lines = (_line(1, "剪发", 1, 8800, discount=1056), _line(2, "护发精油", 2, 12800))
    values: dict[str, object] = {
        "sale_id": 7,
        "no": "20250312-0007",
        "kind": "sale",
        "at": AT,
        "customer_id": 3,
        "customer_name": "张三",
        "customer_phone": "138****5678",
        "staff_name": "小李",
        "cashier_name": "王店长",
        "approved_by_name": None,
        "refund_of_id": None,
        "refund_of_no": None,
        "tier_name": "金卡",
        "lines": lines,
        "payments": (
            PaymentInfo("wechat", 20000, 0),
            PaymentInfo("cash", 10000, 0),
            PaymentInfo("stored_value", 3344, 0),
        ),
        "list_fen": 34400,
        "discount_fen": 1056,
        "total_fen": 33344,
        "points_earned": 333,
        "note": "",
        "refunds": (),
        "refundable_fen": 33344,
        "balances_after": MemberBalances(
            principal_fen=40000,
            bonus_fen=4000,
            points=1333,
            cards=(
                CardBalance(5, "洗吹十次卡", "count", 1, 10, 7, date(2025, 12, 31), "active"),
                CardBalance(6, "旧卡", "count", 1, 10, 0, None, "used_up"),
            ),
        ),
    }
    values.update(changes)
    return SaleInfo(**values)  # type: ignore[arg-type]


def _text(html: str) -> str:
    """The visible words, roughly: tags out, entities back."""
    text = re.sub(r"<[^>]+>", " ", html)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
    return re.sub(r"\s+", " ", text.replace("&gt;", ">"))


# -- money -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fen, text, signed",
    [
        (0, "0.00", "0.00"),
        (5, "0.05", "+0.05"),
        (12345, "123.45", "+123.45"),
        (123456789, "1,234,567.89", "+1,234,567.89"),
        (-500, "-5.00", "-5.00"),
    ],
)
def test_fen_text_never_uses_floats(fen: int, text: str, signed: str) -> None:
    assert fen_text(fen) == text
    assert fen_text(fen, sign=True) == signed


def test_money_text_puts_the_sign_before_the_yuan_mark() -> None:
    assert money_text(33344) == "¥333.44"
    assert money_text(-6200) == "-¥62.00"


# -- the receipt ----------------------------------------------------------------------------------
def test_a_58mm_receipt_has_everything_the_customer_keeps() -> None:
    text = _text(receipt_html(_sale(), "美丽发廊", paper="58mm"))
    for words in (
        "美丽发廊",
        "Sales receipt",
        "20250312-0007",
        "2025-03-12 15:04",
        "王店长",
        "Served by 小李",
        "张三 138****5678",
        "金卡",
        "剪发",
        "1 × 88.00 88.00",  # narrow paper: quantity × price under the name
        "Discount -10.56",
        "护发精油",
        "2 × 128.00 256.00",
        "Subtotal 344.00",
        "Total ¥333.44",
        "Points earned +333",
        "Stored value 440.00",
        "Principal 400.00",
        "Bonus 40.00",
        "Points 1,333",
        "洗吹十次卡 7 left · until 2025-12-31",
        "Thank you",
    ):
        assert words in text, words
    assert "旧卡" not in text  # a used-up card is not listed
    # Payments in the usual order: cash, WeChat, …, stored value.
    assert (
        text.index("Cash 100.00") < text.index("WeChat 200.00") < text.index("Stored value 33.44")
    )
    assert "Change" not in text  # the till did not say what was handed over


def test_wide_paper_lists_lines_in_columns() -> None:
    html = receipt_html(_sale(), "美丽发廊", paper="80mm")
    assert "<th" in html and ">Qty<" in html and ">Price<" in html
    assert receipt_html(_sale(), "美丽发廊", paper="A4").count("<tr>") >= 10


def test_change_is_printed_when_more_cash_was_handed_over() -> None:
    text = _text(receipt_html(_sale(), "店", paper="58mm", cash_tendered_fen=15000))
    assert "Cash received 150.00" in text and "Change 50.00" in text
    same = _text(receipt_html(_sale(), "店", paper="58mm", cash_tendered_fen=10000))
    assert "Change" not in same


def test_a_refund_names_the_sale_it_gives_back() -> None:
    refund = _sale(
        sale_id=9,
        no="20250312-0009",
        kind="refund",
        refund_of_id=7,
        refund_of_no="20250312-0007",
        lines=(SaleLineInfo(3, 1, "item", "护发精油", -1, 12800, -12800, 0, -12800, 2, None, 0),),
        payments=(PaymentInfo("wechat", -12800, 0),),
        list_fen=-12800,
        discount_fen=0,
        total_fen=-12800,
        points_earned=-128,
        note="不满意",
    )
    text = _text(receipt_html(refund, "店"))
    assert "Refund receipt" in text
    assert "Refund of No. 20250312-0007" in text
    assert "Refunded -¥128.00" in text
    assert "Paid back WeChat -128.00" in text
    assert "Points taken back -128" in text
    assert "Reason: 不满意" in text
    original = _text(receipt_html(_sale(refunds=("20250312-0009",)), "店"))
    assert "Refunded: No. 20250312-0009" in original


def test_a_top_up_shows_the_bonus_and_a_walk_in_no_balances() -> None:
    top_up = _sale(
        kind="top_up",
        lines=(_line(1, "", 1, 50000, kind="top_up"),),
        payments=(PaymentInfo("alipay", 50000, 0),),
        list_fen=50000,
        discount_fen=0,
        total_fen=50000,
        points_earned=0,
        sv_principal_fen=50000,
        sv_bonus_fen=5000,
    )
    text = _text(receipt_html(top_up, "店"))
    assert "Top-up receipt" in text and "Stored value top-up" in text
    assert "Alipay 500.00" in text and "Bonus +50.00" in text
    walk_in = _text(
        receipt_html(
            _sale(customer_id=None, customer_name=None, customer_phone=None, balances_after=None),
            "店",
        )
    )
    assert "Walk-in customer" in walk_in
    assert "Balances" not in walk_in and "Points earned" not in walk_in


def test_names_are_escaped_and_labels_translated() -> None:
    labels = {"title.sale": "销售小票", "total": "合计", "method.cash": "现金"}
    html = receipt_html(
        _sale(customer_name="<b>李</b>", note="a & b"), "A&B <店>", labels, paper="58mm"
    )
    assert "&lt;b&gt;李&lt;/b&gt;" in html and "A&amp;B &lt;店&gt;" in html
    text = _text(html)
    assert "销售小票" in text and "合计 ¥333.44" in text and "现金 100.00" in text
    assert "Served by" in text  # what the mapping leaves out falls back to English
    assert set(DEFAULT_LABELS) >= set(labels)


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="B5"):
        receipt_html(_sale(), "店", paper="B5")


# -- the shift summary ---------------------------------------------------------------------------
def _summary() -> ShiftSummary:
    return ShiftSummary(
        start=datetime(2025, 3, 12, 0, 0),
        end=datetime(2025, 3, 13, 0, 0),
        store_name="美丽发廊",
        sales=3,
        sales_total_fen=26800,
        discount_fen=0,
        refunds=1,
        refunds_fen=3000,
        top_ups=1,
        top_ups_fen=50000,
        bonus_given_fen=5000,
        withdrawals_fen=5000,
        by_method={"cash": 5000, "wechat": 5000, "alipay": 50000, "stored_value": 8800},
        sales_by_method={"cash": 13000, "wechat": 5000, "stored_value": 8800},
        top_ups_by_method={"alipay": 50000},
        refunds_by_method={"cash": 3000},
        cash_expected_fen=5000,
        stored_value_spent_fen=8800,
        points_earned=238,
        points_redeemed=0,
        sessions_used=2,
        cards_sold=1,
        per_staff=(StaffTotal("小李", 2, 18000), StaffTotal("", 1, 5800)),
    )


def test_method_breakdown_adds_up_to_the_net() -> None:
    summary = _summary()
    # cash: 130 in from sales, 30 back by refund, 50 paid out (a withdrawal) → 50 net
    assert method_breakdown(summary, "cash") == (13000, 0, 3000, 5000, 5000)
    assert method_breakdown(summary, "alipay") == (0, 50000, 0, 0, 50000)
    assert shift_summary.shift_methods(summary) == ["cash", "wechat", "alipay", "stored_value"]


@pytest.mark.parametrize("paper", ["58mm", "80mm", "A4"])
def test_the_shift_summary_counts_the_float_into_the_drawer(paper: str) -> None:
    html = shift_html(
        _summary(), paper=paper, staff_name=None, opening_float_fen=20000, printed_at=AT
    )
    text = _text(html)
    assert "美丽发廊" in text and "Shift summary" in text
    assert "From 2025-03-12 00:00" in text and "To 2025-03-13 00:00" in text
    assert "All staff" in text and "Printed 2025-03-12 15:04" in text
    assert "Cash taken in (net) 50.00" in text
    assert "Opening float 200.00" in text
    assert "Cash expected in the drawer ¥250.00" in text
    assert "Number of sales 3" in text and "Sales total 268.00" in text
    assert "Bonus given 50.00" in text and "Given back 30.00" in text
    assert "Stored value paid out 50.00" in text
    assert "Sessions used 2" in text and "Cards sold 1" in text
    assert "小李 2 180.00" in text and "(nobody named) 1 58.00" in text
    if paper == "58mm":  # one block per method on a narrow roll
        assert "Cash 50.00 Sales 130.00 Refunds -30.00 Paid out -50.00" in text
    else:
        assert "Cash 130.00 0.00 -30.00 -50.00 50.00" in text
        assert "not money in the till" in text  # stored value is not counted in the drawer


def test_an_empty_period_says_so() -> None:
    empty = ShiftSummary(
        start=datetime(2025, 3, 12),
        end=datetime(2025, 3, 13),
        store_name="店",
        sales=0,
        sales_total_fen=0,
        discount_fen=0,
        refunds=0,
        refunds_fen=0,
        top_ups=0,
        top_ups_fen=0,
        bonus_given_fen=0,
        withdrawals_fen=0,
        by_method={},
        sales_by_method={},
        top_ups_by_method={},
        refunds_by_method={},
        cash_expected_fen=0,
        stored_value_spent_fen=0,
        points_earned=0,
        points_redeemed=0,
        sessions_used=0,
        cards_sold=0,
        per_staff=(),
    )
    text = _text(shift_html(empty, {"shift.staff": "收银员"}, "A4", staff_name="小李"))
    assert "Nothing was sold in this period." in text
    assert "收银员 小李" in text
    assert "Cash expected in the drawer ¥0.00" in text
