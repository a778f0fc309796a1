"""The profile tab of the customer panel (its rows, laid out for the store's business type)
and filling the header, the figures and the rows from a customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from storecrm.gui.format import date_text, money
from storecrm.gui.names import (
    CATEGORY_COLORS,
    business_field_label,
    business_fields,
    category_name,
    gender_name,
)
from storecrm.gui.screens.customer_detail.frames import transparent
from storecrm.gui.screens.customer_detail.words import MEMBER_ROWS, member_texts, source_html
from storecrm.gui.widgets import badge
from storecrm.services.dto import CustomerDetail

if TYPE_CHECKING:
    from storecrm.gui.screens.customer_detail.panel import CustomerDetailPanel


def build_profile(panel: CustomerDetailPanel) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    inner.setObjectName("ProfilePage")
    panel.profile_form = QFormLayout(inner)
    panel.profile_form.setContentsMargins(14, 12, 14, 12)
    panel.profile_form.setHorizontalSpacing(16)
    panel.profile_form.setVerticalSpacing(8)
    panel.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    panel.profile_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    panel.values = {}
    panel.captions = {}
    panel._order = []
    for key, caption in (
        ("tier", QCoreApplication.translate("CustomerDetailPanel", "Tier")),
        ("stored_value", QCoreApplication.translate("CustomerDetailPanel", "Stored value")),
        ("points", QCoreApplication.translate("CustomerDetailPanel", "Points")),
        ("cards", QCoreApplication.translate("CustomerDetailPanel", "Cards")),
        ("phone", QCoreApplication.translate("CustomerDetailPanel", "Phone")),
        ("other_phone", QCoreApplication.translate("CustomerDetailPanel", "Other phone")),
        ("card_no", QCoreApplication.translate("CustomerDetailPanel", "Card no.")),
        ("gender", QCoreApplication.translate("CustomerDetailPanel", "Gender")),
        ("birthday", QCoreApplication.translate("CustomerDetailPanel", "Birthday")),
        ("source", QCoreApplication.translate("CustomerDetailPanel", "Source")),
        ("address", QCoreApplication.translate("CustomerDetailPanel", "Address")),
        ("consent", QCoreApplication.translate("CustomerDetailPanel", "Marketing")),
        ("taste", business_field_label("taste")),
        ("allergies", business_field_label("allergies")),
        ("hair_notes", business_field_label("hair_notes")),
        ("skin_notes", business_field_label("skin_notes")),
        ("sizes", business_field_label("sizes")),
        ("preferences", QCoreApplication.translate("CustomerDetailPanel", "Preferences")),
        ("notes", QCoreApplication.translate("CustomerDetailPanel", "Notes")),
        ("created", QCoreApplication.translate("CustomerDetailPanel", "Added")),
    ):
        label = QLabel(caption)
        label.setObjectName("PageSubtitle")
        panel.captions[key] = label
        value = QLabel()
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel.values[key] = value
    source = panel.values["source"]
    source.setTextFormat(Qt.TextFormat.RichText)
    source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    source.linkActivated.connect(panel._open_link)
    panel.values["cards"].setTextFormat(Qt.TextFormat.RichText)
    panel.member_separator = QFrame()
    panel.member_separator.setFrameShape(QFrame.Shape.HLine)
    panel.member_separator.setStyleSheet("QFrame { color: #E5E7EB; }")
    scroll.setWidget(inner)
    transparent(scroll, inner)
    return scroll


def fill(panel: CustomerDetailPanel, c: CustomerDetail, business_type: str) -> None:
    panel.name_label.setText(c.name)
    foreground, background = CATEGORY_COLORS.get(c.category, ("#374151", "#E5E7EB"))
    panel.category_badge.setText(category_name(c.category))
    panel.category_badge.setStyleSheet(
        f"QLabel#Badge {{ background-color: {background}; color: {foreground}; }}"
    )
    archived = c.archived_at is not None
    panel.archived_badge.setText(
        QCoreApplication.translate("CustomerDetailPanel", "Erased")
        if c.erased
        else QCoreApplication.translate("CustomerDetailPanel", "Archived")
    )
    panel.archived_badge.setVisible(archived)
    panel.edit_button.setVisible(panel.can_edit and not archived)
    panel.note_button.setVisible(panel.can_edit and not archived)
    panel.note_row.setVisible(panel.can_edit and not archived)
    panel.restore_button.setVisible(
        panel.can_delete and archived and c.merged_into_id is None and not c.erased
    )
    panel.merge_action.setVisible(panel.can_delete and not archived)
    panel.archive_action.setVisible(panel.can_delete and not archived)
    panel.card_action.setVisible(bool(c.card_no) and not archived)  # a card to print
    panel.export_person_action.setVisible(panel.can_export and not c.erased)
    panel.withdraw_consent_action.setVisible(
        panel.can_edit and c.marketing_consent and not c.erased
    )
    panel.erase_action.setVisible(panel.can_delete and not c.erased)
    panel.more_button.setVisible(
        any(a.isVisible() for a in panel.more_button.menu().actions() if not a.isSeparator())
    )
    panel.sale_button.setVisible(panel.can_sell and not archived)
    panel.top_up_button.setVisible(panel.can_sell and not archived)
    panel.gift_button.setVisible(panel.can_sell and not archived)
    panel.withdraw_button.setVisible(panel.can_withdraw and not archived)
    panel.tier_button.setVisible(panel.can_set_tier and not archived)
    panel.member_actions.setVisible(
        not archived and (panel.can_sell or panel.can_withdraw or panel.can_set_tier)
    )
    summary = panel.summary
    panel.tier_badge.setText(summary.tier_name if summary is not None else "")
    panel.tier_badge.setVisible(summary is not None and bool(summary.tier_name))
    contact = [
        p
        for p in (
            c.phone,
            c.card_no
            and QCoreApplication.translate("CustomerDetailPanel", "Card %1").replace(
                "%1", c.card_no
            ),
        )
        if p
    ]
    panel.contact_label.setText(
        "  ·  ".join(contact)
        or QCoreApplication.translate("CustomerDetailPanel", "No phone or card")
    )
    panel.tags_layout.clear()
    for tag in c.tags:
        panel.tags_layout.addWidget(badge(tag.name, tag.color))
    panel.tags_box.setVisible(bool(c.tags))

    panel.balance_stat.value.setText(money(c.balance_fen))
    panel.points_stat.value.setText(f"{c.points:,}")
    panel.visits_stat.value.setText(str(c.visit_count))
    panel.spend_stat.value.setText(money(c.total_spend_fen))
    panel.last_visit_stat.value.setText(date_text(c.last_visit_at) or "—")

    first, others = business_fields(business_type)
    member = member_texts(panel.summary)
    texts: dict[str, str] = {
        **member,
        "phone": c.phone or "",
        "other_phone": c.other_phone or "",
        "card_no": c.card_no or "",
        "gender": gender_name(c.gender) if c.gender != "unknown" else "",
        "birthday": panel.birthday_detail(c),
        "source": source_html(c),
        "address": c.address,
        "consent": (
            QCoreApplication.translate("CustomerDetailPanel", "Agreed on %1").replace(
                "%1", date_text(c.marketing_consent_at)
            )
            if c.marketing_consent
            else QCoreApplication.translate("CustomerDetailPanel", "No consent to messages")
        ),
        "taste": c.taste,
        "allergies": c.allergies,
        "hair_notes": c.hair_notes,
        "skin_notes": c.skin_notes,
        "sizes": c.sizes,
        "preferences": c.preferences,
        "notes": c.notes,
        "created": QCoreApplication.translate("CustomerDetailPanel", "%1 by %2")
        .replace("%1", date_text(c.created_at))
        .replace("%2", c.created_by or "—"),
    }
    order = [
        *MEMBER_ROWS,
        "phone",
        "other_phone",
        "card_no",
        "gender",
        "birthday",
        *first,
        "source",
        "address",
        "consent",
        *others,
        "preferences",
        "notes",
        "created",
    ]
    always = {"phone", "card_no", "birthday", "consent", *first}
    if order != panel._order:  # the business type changed: lay the rows out again
        while panel.profile_form.rowCount():
            panel.profile_form.takeRow(0)
        for key in order:
            panel.profile_form.addRow(panel.captions[key], panel.values[key])
            if key == MEMBER_ROWS[-1]:
                panel.profile_form.addRow(panel.member_separator)
        panel._order = order
    for key in order:
        panel.values[key].setText(texts[key] or "—")
        panel.profile_form.setRowVisible(panel.values[key], key in always or bool(texts[key]))
    panel.profile_form.setRowVisible(panel.member_separator, any(texts[key] for key in MEMBER_ROWS))
