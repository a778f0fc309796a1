"""The PIPL rights in the window: the profile's export, withdraw and erase actions, the
cashier's masked phones in the profile and the form, and Settings → Privacy."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storecrm.domain import clock
from storecrm.domain.customer import CustomerDraft
from storecrm.gui.app import create_application
from storecrm.gui.preferences import Preferences
from storecrm.gui.screens.customer_detail import CustomerDetailPanel
from storecrm.gui.screens.customer_form import CustomerFormDialog
from storecrm.gui.screens.customer_privacy import EraseCustomerDialog, WithdrawConsentDialog
from storecrm.gui.screens.privacy_settings import PrivacyTab
from storecrm.gui.screens.settings_screen import SettingsScreen
from storecrm.services import customers, info, privacy, session
from storecrm.services.session import StoreContext
from tests.conftest import CASHIER, CASHIER_PASSWORD, OWNER, OWNER_PASSWORD


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    create_application("en")
    privacy.forget_recent_reads()


def _add(ctx: StoreContext, name: str, phone: str, consent: bool = True) -> int:
    draft = CustomerDraft(name=name, phone=phone, notes="爱喝茶", marketing_consent=consent)
    return ctx.call(customers.create_customer, draft).customer_id


def _panel(qtbot: QtBot, ctx: StoreContext, customer_id: int) -> CustomerDetailPanel:
    panel = CustomerDetailPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(460, 760)
    panel.show()
    panel.show_customer(customer_id)
    return panel


def _menu_texts(panel: CustomerDetailPanel) -> list[str]:
    menu = panel.more_button.menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_the_owner_exports_withdraws_and_erases_from_the_profile(
    qtbot: QtBot, owner: StoreContext, tmp_path: Path
) -> None:
    cid = _add(owner, "林小雨", "13812345678")
    panel = _panel(qtbot, owner, cid)
    assert _menu_texts(panel) == [
        "&Merge into another customer…",
        "&Archive…",
        "E&xport everything about this person…",
        "&Withdraw marketing consent…",
        "&Erase this person's data…",
    ]
    task = panel.export_person(tmp_path / "林小雨.pdf")
    assert task is not None
    qtbot.waitUntil(lambda: (tmp_path / "林小雨.xlsx").exists(), timeout=20_000)
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "PersonExported") is not None)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "林小雨.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "林小雨" in text and "13812345678" in text and "爱喝茶" in text
    panel.findChild(QMessageBox, "PersonExported").close()

    dialog = panel.withdraw_consent()
    assert isinstance(dialog, WithdrawConsentDialog)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("wechat"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert panel.values["consent"].text() == "No consent to messages"
    assert "&Withdraw marketing consent…" not in _menu_texts(panel)
    assert any("Marketing consent withdrawn" in t for t in panel.timeline_texts())

    erase = panel.erase()
    assert isinstance(erase, EraseCustomerDialog)
    assert not erase.ok_button.isEnabled()
    erase.confirm_edit.setText("林小")  # (QTest types ASCII only; an IME gives Chinese)
    assert not erase.ok_button.isEnabled()
    erase.confirm_edit.setText("林小雨")
    assert erase.ok_button.isEnabled()
    erase.confirm_edit.clear()
    qtbot.keyClicks(erase.confirm_edit, str(cid))  # or the customer's number
    assert erase.ok_button.isEnabled()
    erase.ok_button.click()
    qtbot.waitUntil(lambda: not erase.isVisible())
    assert panel.name_label.text() == f"已删除客户 #{cid}"
    assert panel.archived_badge.isVisible() and panel.archived_badge.text() == "Erased"
    assert panel.contact_label.text() == "No phone or card"
    assert not panel.more_button.isVisible() and not panel.restore_button.isVisible()
    assert all("林小雨" not in t and "爱喝茶" not in t for t in panel.timeline_texts())


def test_a_cashier_sees_the_masked_phone_and_saves_the_form_as_shown(
    qtbot: QtBot, store_dir: Path
) -> None:
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    cid = _add(owner, "周杰", "13912345678")
    owner.close()
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        panel = _panel(qtbot, ctx, cid)
        assert panel.contact_label.text() == "139****5678"
        assert _menu_texts(panel) == ["&Withdraw marketing consent…"]  # no export, no erase
        form = CustomerFormDialog(ctx, ctx.call(customers.get_customer, cid))
        qtbot.addWidget(form)
        assert form.phone_edit.text() == "139****5678"
        form.notes_edit.setPlainText("换了洗发水")
        assert form.save(), form.error_text("phone")
    finally:
        ctx.close()
    owner = session.sign_in(store_dir, OWNER, OWNER_PASSWORD)
    try:
        stored = owner.call(customers.get_customer, cid)
        assert (stored.phone, stored.notes) == ("13912345678", "换了洗发水")
    finally:
        owner.close()


def test_settings_has_a_privacy_tab_with_notice_phones_retention_and_access_log(
    qtbot: QtBot, owner: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2020, 1, 10, 10))
    old = [_add(owner, f"老客{i}", f"1370000000{i}", consent=False) for i in range(3)]
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 3, 1, 10))
    screen = SettingsScreen(owner, Preferences())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert "Privacy" in titles
    screen.tabs.setCurrentWidget(screen.privacy_tab)
    tab: PrivacyTab = screen.privacy_tab
    pages = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert pages == [
        "What we collect and why",
        "Who sees what",
        "Keeping and erasing",
        "Access to personal data",
    ]
    notice = tab.notice.editor.toPlainText()
    assert "测试门店" in notice and "3 years" in notice
    tab.notice.editor.setPlainText(notice + "\nAsk 王店长.")
    tab.notice.save()
    pdf = tab.notice.save_as_pdf(tmp_path / "notice.pdf")
    assert pdf is not None
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    assert "Ask 王店长." in printed.stdout and "测试门店" in printed.stdout

    tab.pages.setCurrentWidget(tab.access)
    assert not tab.access.full_phones.isChecked()
    # Masked before: the cashier's till, list and reminders, reports (owner, manager) and
    # receipts (everyone); after: the cashier's three become whole.
    assert tab.access.policy.text().count("138****5678") == 8
    tab.access.full_phones.setChecked(True)
    assert owner.call(privacy.get_privacy_settings).cashier_full_phones
    assert tab.access.policy.text().count("138****5678") == 5

    assert tab.retention is not None
    tab.pages.setCurrentWidget(tab.retention)
    assert tab.retention.years.value() == 3
    tab.retention.find_dormant()
    qtbot.waitUntil(lambda: tab.retention.model.rowCount() == 3, timeout=20_000)
    tab.retention.select_rows([0, 1])
    task = tab.retention.erase_selected(confirmed=True)
    assert task is not None
    qtbot.waitUntil(lambda: hasattr(tab.retention, "last_report"), timeout=20_000)
    assert tab.retention.last_report.erased == 2
    qtbot.waitUntil(lambda: tab.retention.model.rowCount() == 1, timeout=20_000)
    assert tab.retention.model.row(0).customer_id == old[2]

    assert tab.log is not None
    tab.pages.setCurrentWidget(tab.log)
    qtbot.waitUntil(lambda: tab.log.model.rowCount() > 0, timeout=20_000)
    actions = {tab.log.model.row(r).action for r in range(tab.log.model.rowCount())}
    assert {"privacy_settings", "customer_erase", "personal_data_read"} <= actions
    cashier_index = next(
        i for i in range(tab.log.user_combo.count()) if CASHIER in tab.log.user_combo.itemText(i)
    )
    tab.log.user_combo.setCurrentIndex(cashier_index)
    qtbot.waitUntil(lambda: tab.log.model.rowCount() == 0, timeout=20_000)
    owner_index = next(
        i for i in range(tab.log.user_combo.count()) if OWNER in tab.log.user_combo.itemText(i)
    )
    tab.log.user_combo.setCurrentIndex(owner_index)  # the filter shows that user's entries
    qtbot.waitUntil(lambda: tab.log.model.rowCount() > 0, timeout=20_000)
    users = {tab.log.model.row(r).username for r in range(tab.log.model.rowCount())}
    assert users == {OWNER}
    erased = [e for e in owner.call(info.recent_audit) if e.action == "customer_erase"]
    assert [json.loads(e.detail) for e in erased] == [{}, {}]


def test_a_cashier_sees_the_notice_but_not_retention_or_the_log(
    qtbot: QtBot, store_dir: Path
) -> None:
    ctx = session.sign_in(store_dir, CASHIER, CASHIER_PASSWORD)
    try:
        tab = PrivacyTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        tab.reload()
        assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
            "What we collect and why",
            "Who sees what",
        ]
        assert tab.notice.editor.isReadOnly() and not tab.notice.save_button.isVisible()
        tab.pages.setCurrentWidget(tab.access)
        assert not tab.access.full_phones.isEnabled()
        assert tab.notice.print_button.isEnabled()
    finally:
        ctx.close()
