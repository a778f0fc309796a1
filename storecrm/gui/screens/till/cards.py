"""The menu that pops up under "Use card" (Ctrl+K) or "Sell card" (Ctrl+D) when there is a
choice: the member's cards with sessions left, or the store's card plans. Enter takes the
first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from storecrm.gui.format import date_text, money
from storecrm.services.dto import CardBalance, CardPlanInfo


class CardMenu(QMenu):
    """Cards to use or plans to sell, under the button that asked."""

    def card_text(self, c: CardBalance) -> str:
        left = (
            self.tr("unlimited")
            if c.sessions_left is None
            else self.tr("%1 left").replace("%1", str(c.sessions_left))
        )
        parts = [c.name, left]
        if c.expires_on is not None:
            parts.append(self.tr("until %1").replace("%1", date_text(c.expires_on)))
        return " · ".join(parts)

    def plan_text(self, plan: CardPlanInfo) -> str:
        detail = (
            self.tr("%n session(s)", "", plan.sessions or 0)
            if plan.kind == "count"
            else self.tr("%n day(s)", "", plan.valid_days or 0)
        )
        return f"{plan.name} · {detail} · {money(plan.price_fen)}"

    def offer_cards(
        self, button: QWidget, cards: Sequence[CardBalance], use: Callable[[CardBalance], None]
    ) -> None:
        self._popup(button, [(self.card_text(c), partial(use, c)) for c in cards])

    def offer_plans(
        self,
        button: QWidget,
        plans: Sequence[CardPlanInfo],
        add: Callable[[CardPlanInfo], None],
    ) -> None:
        self._popup(button, [(self.plan_text(p), partial(add, p)) for p in plans])

    def _popup(self, button: QWidget, entries: Sequence[tuple[str, Callable[[], object]]]) -> None:
        self.clear()
        for text, slot in entries:
            action = self.addAction(text)
            action.triggered.connect(lambda _c=False, s=slot: s())
        self.popup(button.mapToGlobal(QPoint(0, button.height())))
        actions = self.actions()
        if actions:
            self.setActiveAction(actions[0])
