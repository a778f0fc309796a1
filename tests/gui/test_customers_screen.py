"""The Customers screen as a cashier and an owner use it: look-up by name, pinyin, last digits
and card reader; the lazy list; sorting; the form's messages; archive, restore and notes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.customer_model import (
    PAGE_ROWS,
    TEXT_ROLE,
    Column,
    CustomerTableModel,
)
from storecrm.gui.screens.customer_form import CustomerFormDialog
from storecrm.gui.screens.customers_screen import CustomersScreen
from storecrm.services import customer_list, demo, membership
from storecrm.services import customers as svc
from storecrm.services.customers import CustomerFilter
from storecrm.services.session import StoreContext


def _add(ctx: StoreContext, name: str, phone: str = "", card: str = "", **kw: object) -> int:
    tags = kw.pop("tags", ())
    draft = CustomerDraft(name=name, phone=phone, card_no=card, **kw)  # type: ignore[arg-type]
    return ctx.call(svc.create_customer, draft, tags=tags).customer_id


def _set_spend(ctx: StoreContext, customer_id: int, fen: int) -> None:
    with ctx._store.unit_of_work() as uow:  # noqa: SLF001 - spending comes from sales later
        uow.customers.update(customer_id, {"total_spend_fen": fen, "visit_count": 1})
        uow.commit()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")  # the look, the font, and the English source texts


@pytest.fixture
def people(owner: StoreContext) -> dict[str, int]:
    return {
        "张三": _add(owner, "张三", "13812345678", "88001234", tags=["老顾客", "烫染"]),
        "李四": _add(owner, "李四", "13700001111", "VIP-7"),
        "王小明": _add(owner, "王小明", "15022223333"),
        "陈美玲": _add(owner, "陈美玲", "13600008888"),
    }


def _screen(qtbot: QtBot, ctx: StoreContext) -> CustomersScreen:
    screen = CustomersScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: not screen.tags_pending())
    return screen


@pytest.fixture
def screen(qtbot: QtBot, owner: StoreContext, people: dict[str, int]) -> Iterator[CustomersScreen]:
    yield _screen(qtbot, owner)


def _names(screen: CustomersScreen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


# -- look-up ---------------------------------------------------------------------------------------
def test_the_list_shows_everyone_sorted_by_name(qtbot: QtBot, screen: CustomersScreen) -> None:
    assert sorted(_names(screen)) == sorted(["张三", "李四", "王小明", "陈美玲"])
    # sorted by name in SQL, in pinyin order: chen < li < wang < zhang
    assert _names(screen) == ["陈美玲", "李四", "王小明", "张三"]
    qtbot.waitUntil(lambda: screen.count_label.text() == "4 customers")
    assert not screen.detail_open()


@pytest.mark.parametrize(
    "typed, found",
    [("zs", ["张三"]), ("5678", ["张三"]), ("wxm", ["王小明"]), ("1111", ["李四"])],
)
def test_typing_filters_the_list(
    qtbot: QtBot, screen: CustomersScreen, typed: str, found: list[str]
) -> None:
    qtbot.keyClicks(screen.search_box, typed)
    qtbot.waitUntil(lambda: _names(screen) == found)
    plural = "" if len(found) == 1 else "s"
    qtbot.waitUntil(lambda: screen.count_label.text() == f"{len(found)} customer{plural}")


def test_a_chinese_name_fragment_finds_the_customer(qtbot: QtBot, screen: CustomersScreen) -> None:
    screen.search_box.insert("小明")  # an input method inserts the characters
    qtbot.waitUntil(lambda: _names(screen) == ["王小明"])
    screen.search_box.clear()
    qtbot.waitUntil(lambda: len(_names(screen)) == 4)


def test_a_card_reader_opens_the_card_owner(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    qtbot.keyClicks(screen.search_box, "88001234")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)  # the reader ends with Enter
    assert screen.detail_open()
    assert screen.detail.customer is not None
    assert screen.detail.customer.customer_id == people["张三"]
    assert screen.detail.name_label.text() == "张三"
    assert screen.table.currentIndex().row() == screen.model.row_of(people["张三"])
    assert screen.search_box.selectedText() == "88001234"  # the next swipe replaces it
    # A card number with letters matches no name, phone or pinyin: only the card look-up.
    qtbot.keyClicks(screen.search_box, "vip-7")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.model.rowCount() == 0
    assert screen.detail.customer is not None
    assert screen.detail.customer.customer_id == people["李四"]


def test_enter_on_a_single_match_opens_it_and_an_unknown_card_opens_nobody(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    qtbot.keyClicks(screen.search_box, "99999999")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.detail.customer is None and not screen.detail_open()
    screen.search_box.clear()
    qtbot.keyClicks(screen.search_box, "lisi")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.detail.customer is not None
    assert screen.detail.customer.customer_id == people["李四"]


def test_down_arrow_moves_from_the_search_into_the_list_and_enter_opens(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search_box.hasFocus()
    qtbot.keyClicks(screen.search_box, "zs")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Down)
    assert screen.table.hasFocus()
    assert screen.table.currentIndex().row() == 0
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.detail.customer is not None
    assert screen.detail.customer.customer_id == people["张三"]


# -- the lazy list ---------------------------------------------------------------------------------
def test_the_model_reads_a_page_at_a_time_and_keeps_a_few(
    owner: StoreContext, people: dict[str, int]
) -> None:
    model = CustomerTableModel(owner, page_size=2, max_pages=2)
    model.reload()
    assert model.rowCount() == 2 and model.page_fetches == 1 and model.rows_fetched == 2
    assert model.index(0, Column.NAME).data() == "陈美玲"
    assert model.index(1, Column.PHONE).data() == "13700001111"  # read with the page
    assert model.page_fetches == 1 and model.canFetchMore()
    model.fetchMore()  # the view reached the end of what it has: the page after the last key
    assert model.rowCount() == 4 and model.page_fetches == 2 and model.cached_pages() == [0, 1]
    assert model.index(3, Column.NAME).data() == "张三"
    assert not model.canFetchMore()  # the page read one more row to know there is none
    model.max_pages = 1
    assert model.index(2, Column.NAME).data() == "王小明"  # page 1, still cached
    assert model.page_fetches == 2
    model.refresh_rows()
    assert model.cached_pages() == []
    model.index(0, Column.NAME).data()  # a dropped page is read again by its ids
    model.index(3, Column.NAME).data()  # evicts page 0 (at most one page kept)
    assert model.cached_pages() == [1] and model.page_fetches == 4


def test_a_customer_whose_place_changed_while_scrolling_is_one_row(
    owner: StoreContext, people: dict[str, int]
) -> None:
    model = CustomerTableModel(owner, page_size=2, max_pages=4)
    model.sort(Column.BALANCE, Qt.SortOrder.AscendingOrder)
    first = model.ids()
    assert len(first) == 2 and model.canFetchMore()
    # A top-up moves a customer already shown past the rows not read yet: the next pages
    # (after the last key read) meet them again.
    owner.call(membership.top_up, first[0], 10_000_000, "cash")
    while model.canFetchMore():
        model.fetchMore()
    ids = model.ids()
    assert len(ids) == len(set(ids)) == len(people)  # each customer once
    assert ids[:2] == first


def test_opening_a_big_list_reads_one_page_and_scrolling_reaches_everyone(
    qtbot: QtBot, owner: StoreContext
) -> None:
    owner.call(demo.add_demo_customers, 450, 3)
    screen = _screen(qtbot, owner)
    # The old list read all 450 ids sorted before showing the first page.
    assert screen.model.rowCount() == PAGE_ROWS == 60
    assert screen.model.page_fetches == 1 and screen.model.rows_fetched == 60
    qtbot.waitUntil(lambda: screen.count_label.text() == "450 customers")
    every = owner.call(svc.list_customer_ids)  # what export and the old list read
    for pages in range(2, 9):
        screen.table.scrollToBottom()  # the view asks for the next page
        rows = min(450, pages * 60)
        qtbot.waitUntil(lambda n=rows: screen.model.rowCount() == n)  # type: ignore[misc]
    assert not screen.model.canFetchMore()
    assert screen.model.ids() == every
    assert screen.model.page_fetches == 8


def test_a_count_past_the_bound_is_shown_as_more_than(
    qtbot: QtBot, screen: CustomersScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: screen.count_label.text() == "4 customers")
    monkeypatch.setattr(customer_list, "COUNT_AT_MOST", 3)
    screen.apply_filter()
    qtbot.waitUntil(lambda: screen.count_label.text() == "3+ customers")
    assert screen.matches == 4  # counted one past the bound, no further


def test_sorting_by_total_spend_puts_the_biggest_spender_first(
    qtbot: QtBot, owner: StoreContext, people: dict[str, int]
) -> None:
    _set_spend(owner, people["张三"], 12_000)
    _set_spend(owner, people["李四"], 123_456_78)
    _set_spend(owner, people["王小明"], 50_000)
    screen = _screen(qtbot, owner)
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.TOTAL_SPEND) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert screen.model.sort_column == Column.TOTAL_SPEND
    assert _names(screen) == ["李四", "王小明", "张三", "陈美玲"]
    first = screen.model.index(0, Column.TOTAL_SPEND)
    assert first.data() == "¥123,456.78"
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert _names(screen)[-1] == "李四"  # a second click: smallest first
    phone_x = header.sectionViewportPosition(Column.PHONE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(phone_x, 10))
    assert screen.model.sort_column == Column.TOTAL_SPEND  # phone is not sortable
    assert header.sortIndicatorSection() == Column.TOTAL_SPEND


def test_tags_and_category_are_shown_as_pills_with_their_text(
    screen: CustomersScreen, people: dict[str, int]
) -> None:
    row = screen.model.row_of(people["张三"])
    assert row is not None
    tags = screen.model.index(row, Column.TAGS)
    assert tags.data(TEXT_ROLE) == "烫染, 老顾客"
    assert not tags.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert screen.model.index(row, Column.CATEGORY).data(TEXT_ROLE) == "Potential"


# -- the form -----------------------------------------------------------------------------------
def test_the_form_shows_the_phone_message_next_to_the_phone(
    qtbot: QtBot, owner: StoreContext
) -> None:
    form = CustomerFormDialog(owner, business_type="beauty")
    qtbot.addWidget(form)
    form.show()
    form.name_edit.insert("测试")
    qtbot.keyClicks(form.phone_edit, "12345")
    assert form.save() is False
    assert "Not a valid phone number" in form.error_text("phone")
    label = form.errors["phone"]
    assert label.isVisible() and label.parentWidget() is form.phone_edit.parentWidget()
    assert label.geometry().top() >= form.phone_edit.geometry().bottom()  # right under it
    assert form.error_text("name") == "" and form.result() != QDialog.DialogCode.Accepted
    assert owner.call(svc.list_customer_ids) == []
    form.phone_edit.setText("13812345678")
    assert form.save() is True
    assert form.saved is not None and form.saved.phone == "13812345678"


def test_a_card_reader_enter_in_the_card_field_moves_on_and_does_not_save(
    qtbot: QtBot, owner: StoreContext
) -> None:
    form = CustomerFormDialog(owner, business_type="retail")
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.name_edit.insert("刷卡人")
    form.card_edit.setFocus()
    qtbot.keyClicks(form.card_edit, "88009999")
    qtbot.keyClick(form.card_edit, Qt.Key.Key_Return)
    assert form.isVisible() and form.saved is None
    assert form.focusWidget() is form.gender_combo
    assert owner.call(svc.list_customer_ids) == []
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved is not None and form.saved.card_no == "88009999"


def test_a_duplicate_phone_offers_to_open_that_customer(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.new_customer()
    form = screen.form
    assert form is not None
    form.name_edit.insert("张三丰")
    form.phone_edit.setText("138 1234 5678")
    assert form.save() is False
    assert form.error_text("phone") == "This phone number already belongs to 张三."
    box = form.duplicate_box
    assert box is not None and box.isVisible() and "张三" in box.informativeText()
    assert form.duplicate_open_button is not None
    with qtbot.waitSignal(form.open_existing) as opened:
        qtbot.mouseClick(form.duplicate_open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [people["张三"]]
    qtbot.waitUntil(lambda: screen.form is None)
    assert screen.detail.customer is not None and screen.detail.customer.name == "张三"
    assert len(owner_ids(screen)) == 4  # nobody was added


def owner_ids(screen: CustomersScreen) -> list[int]:
    return screen.context.call(svc.list_customer_ids)


def test_the_form_creates_a_customer_with_a_lunar_birthday_and_tags(
    qtbot: QtBot, screen: CustomersScreen
) -> None:
    screen.new_customer()
    form = screen.form
    assert form is not None
    form.name_edit.insert("周八月")
    form.calendar_combo.setCurrentIndex(form.calendar_combo.findData("lunar"))
    form.month_combo.setCurrentIndex(form.month_combo.findData(8))
    form.day_combo.setCurrentIndex(form.day_combo.findData(15))
    form.year_unknown.setChecked(True)
    form.tags_edit.insert("老顾客，新标签")
    assert form.save() is True
    qtbot.waitUntil(lambda: screen.form is None)
    detail = screen.detail.customer
    assert detail is not None and detail.name == "周八月"
    assert detail.birthday is not None
    assert (detail.birthday.calendar, detail.birthday.month, detail.birthday.day) == (
        "lunar",
        8,
        15,
    )
    assert detail.birthday.year is None
    assert sorted(t.name for t in detail.tags) == ["新标签", "老顾客"]
    assert screen.detail.values["birthday"].text().startswith("lunar 8/15")
    assert "周八月" in _names(screen)
    qtbot.waitUntil(lambda: "新标签" in (screen.tag_names or []))


def test_an_impossible_birthday_is_shown_at_the_birthday(qtbot: QtBot, owner: StoreContext) -> None:
    form = CustomerFormDialog(owner)
    qtbot.addWidget(form)
    form.name_edit.insert("闰三月人")
    # 30 February is not offered any more (test_customer_form.py); lunar 2023 has a leap
    # second month, not a leap third one.
    form.calendar_combo.setCurrentIndex(form.calendar_combo.findData("lunar"))
    form.year_unknown.setChecked(False)
    form.year_spin.setValue(2023)
    form.month_combo.setCurrentIndex(form.month_combo.findData(3))
    form.day_combo.setCurrentIndex(form.day_combo.findData(10))
    form.leap_check.setChecked(True)
    assert form.save() is False
    assert form.error_text("birthday") == "This date does not exist."
    assert form.error_text("phone") == ""


def test_editing_keeps_what_was_there(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.edit_customer(people["张三"])
    form = screen.form
    assert form is not None
    assert form.phone_edit.text() == "13812345678" and form.card_edit.text() == "88001234"
    assert form.tags_edit.text() == "烫染, 老顾客"
    form.business_edits["hair_notes"].insert("短发")
    assert form.save() is True
    detail = screen.context.call(svc.get_customer, people["张三"])
    assert detail.hair_notes == "短发" and detail.card_no == "88001234"
    assert [t.name for t in detail.tags] == ["烫染", "老顾客"]


# -- profile actions ------------------------------------------------------------------------------
def test_archive_hides_from_the_list_and_restore_brings_back(
    screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.open_customer(people["李四"])
    assert screen.detail.more_button.isVisible()
    assert screen.detail.archive(reason="搬家了") is True
    assert "李四" not in _names(screen)
    assert screen.detail.archived_badge.isVisible() and screen.detail.restore_button.isVisible()
    screen.archived_check.setChecked(True)
    row = screen.model.row_of(people["李四"])
    assert row is not None
    assert screen.model.index(row, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    screen.archived_check.setChecked(False)
    assert screen.detail.restore() is True
    assert "李四" in _names(screen)
    assert not screen.detail.archived_badge.isVisible()
    texts = screen.detail.timeline_texts()
    assert texts[0].startswith("Restored")
    assert texts[1].startswith("Archived") and texts[1].endswith("\n搬家了")


def test_a_note_appears_on_the_timeline(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.open_customer(people["王小明"])
    assert len(screen.detail.timeline_texts()) == 1  # created
    screen.detail.note_edit.insert("想约周六下午")
    qtbot.keyClick(screen.detail.note_edit, Qt.Key.Key_Return)
    texts = screen.detail.timeline_texts()
    assert len(texts) == 2
    assert texts[0].startswith("Note") and texts[0].endswith("想约周六下午")
    assert screen.detail.note_edit.text() == ""
    screen.context.call(svc.add_note, people["王小明"], "电话回访")
    screen.detail.reload()
    assert screen.detail.timeline_texts()[0].endswith("电话回访")


def test_merging_a_duplicate_opens_the_customer_kept(
    screen: CustomersScreen, people: dict[str, int]
) -> None:
    duplicate = _add(screen.context, "张三(重复)", "13999990000")
    screen.apply_filter()
    screen.open_customer(duplicate)
    assert screen.detail.merge_into(people["张三"]) is True
    assert screen.detail.customer is not None
    assert screen.detail.customer.customer_id == people["张三"]
    assert "张三(重复)" not in _names(screen)
    assert screen.detail.timeline_texts()[0].endswith("张三(重复) was merged into this customer")


def test_a_cashier_has_no_archive_merge_import_or_export(
    qtbot: QtBot, cashier: StoreContext
) -> None:
    customer = _add(cashier, "赵六", "13511112222")
    screen = _screen(qtbot, cashier)
    screen.open_customer(customer)
    assert screen.detail.edit_button.isVisible()
    assert not screen.detail.more_button.isVisible()
    assert not screen.import_button.isVisible() and not screen.export_button.isVisible()
    assert screen.new_button.isVisible()
    # A member with a card: the cashier may print it (More → member card), nothing else there.
    member = cashier.call(
        svc.create_customer, CustomerDraft(name="钱七", phone="13511113333", card_no="8800777")
    ).customer_id
    screen.open_customer(member)
    assert screen.detail.more_button.isVisible()
    shown = [a for a in screen.detail.more_button.menu().actions() if a.isVisible()]
    assert [a for a in shown if not a.isSeparator()] == [screen.detail.card_action]
    card = screen.detail.print_card()
    assert card is not None and card.card.card_no == "8800777" and card.pdf_button.isEnabled()
    card.close()


def test_ctrl_n_starts_a_customer_with_the_phone_nobody_has(
    qtbot: QtBot, screen: CustomersScreen
) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClicks(screen.search_box, "13911112222")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    qtbot.waitUntil(lambda: screen.count_label.text() == "0 customers")
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = screen.form
    assert form is not None and form.isVisible()
    assert form.phone_edit.text() == "13911112222" and form.name_edit.text() == ""
    form.reject()
    qtbot.waitUntil(lambda: screen.form is None)


def test_a_referrer_is_picked_by_typing_and_linked_on_the_profile(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    from storecrm.gui.screens.customer_picker import CustomerPickerDialog

    picker = CustomerPickerDialog(screen.context, "Referred by", "Who?", parent=screen)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "lisi")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen is not None and picker.chosen.customer_id == people["李四"]
    assert picker.result() == QDialog.DialogCode.Accepted

    screen.new_customer()
    form = screen.form
    assert form is not None
    form.name_edit.insert("介绍来的")
    form.source_combo.setCurrentIndex(form.source_combo.findData("referral"))
    assert form.referrer_button.isEnabled()
    form.set_referrer(picker.chosen.customer_id, picker.chosen.name)
    assert form.save() is True
    detail = screen.detail.customer
    assert detail is not None and detail.referrer_id == people["李四"]
    source = screen.detail.values["source"].text()
    assert "Referred by a customer" in source and f'href="customer:{people["李四"]}"' in source
    with qtbot.waitSignal(screen.detail.open_requested) as opened:
        screen.detail.values["source"].linkActivated.emit(f"customer:{people['李四']}")
    assert opened.args == [people["李四"]]
    assert screen.detail.customer is not None and screen.detail.customer.name == "李四"


def test_escape_clears_the_search_then_closes_the_profile_and_f4_edits(
    qtbot: QtBot, screen: CustomersScreen, people: dict[str, int]
) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClicks(screen.search_box, "88001234")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.detail_open()
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    form = screen.form
    assert form is not None and form.customer is not None
    assert form.customer.customer_id == people["张三"]
    form.reject()
    qtbot.waitUntil(lambda: screen.form is None)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Escape)
    assert screen.search_box.text() == "" and len(_names(screen)) == 4
    assert screen.detail_open()
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Escape)
    assert not screen.detail_open() and screen.detail.customer is None


def test_a_narrow_tag_column_shows_the_first_tag_and_how_many_more(qapp: QApplication) -> None:
    from storecrm.gui import pills

    tags = (("固定发型师", "#2563EB", "#FFFFFF"), ("敏感肌", "#16A34A", "#FFFFFF"))
    tags += (("美甲", "#0F766E", "#FFFFFF"), ("只剪发", "#7C3AED", "#FFFFFF"))
    texts = [t for t, *_ in pills.layout(tags, 400)]
    assert texts == ["固定发型师", "敏感肌", "美甲", "只剪发"]
    for width in (150, 110, 90, 70, 40, 10):
        shown = [t for t, *_ in pills.layout(tags, width)]
        assert shown[0].startswith("固") and shown[-1].startswith("+"), (width, shown)
        assert int(shown[-1][1:]) == len(tags) - len(shown) + 1  # the rest, counted
        if width <= 90:
            assert len(shown) == 2 and shown[0].endswith("…")  # elided, never only "+4"
    assert [t for t, *_ in pills.layout(tags[:1], 30)] == ["固…"]


def test_a_far_walk_is_read_a_bounded_step_at_a_time_and_the_window_stays_live(
    qtbot: QtBot, owner: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The only VIPs are the last five by name: sorted by name, the page read walks past
    everyone else first. Each read walks a bounded part of the index (here 20 entries, no
    time) and the model reads on from the event loop, not in one long read on the GUI
    thread; the list ends with the same customers in the same order."""
    owner.call(demo.add_demo_customers, 200, 3)
    with owner._store.unit_of_work() as uow:  # noqa: SLF001
        uow.connection.exec_driver_sql(
            "UPDATE customers SET total_spend_fen = 600000, visit_count = 9,"
            " last_visit_at = '2026-01-02 10:00:00.000000',"
            " first_visit_at = '2025-01-02 10:00:00.000000'"
            " WHERE id IN (SELECT id FROM customers ORDER BY name_sort DESC, id DESC LIMIT 5)"
        )
        uow.connection.exec_driver_sql(
            "UPDATE customers SET total_spend_fen = 0 WHERE total_spend_fen >= 500000"
            " AND id NOT IN (SELECT id FROM customers ORDER BY name_sort DESC, id DESC LIMIT 5)"
        )
        uow.commit()
    screen = _screen(qtbot, owner)
    model = screen.model
    monkeypatch.setattr(customer_list, "WALK_SECONDS", 0.0, raising=False)
    monkeypatch.setattr(customer_list, "FIRST_WALK", 20, raising=False)
    fetches = model.page_fetches
    screen.category_combo.setCurrentIndex(screen.category_combo.findData("vip"))
    # One bounded read on the GUI thread: the first 20 by name, none of them a VIP.
    assert model.page_fetches == fetches + 1
    assert model.rowCount() == 0 and model.canFetchMore()
    assert model.reading_on  # the next read waits in the event loop (what the benchmark waits on)
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    assert model.page_fetches > fetches + 5  # the rest read on, 20 entries at a time
    qtbot.waitUntil(lambda: not model.reading_on)
    every = owner.call(svc.list_customer_ids, CustomerFilter(category="vip"))
    assert model.ids() == every and len(every) == 5
    qtbot.waitUntil(lambda: not model.canFetchMore())
