"""The text sent with each coupon, kept apart from the coupon export (which needs openpyxl) so
that the screens and services that only show or pass on the text do not load the export."""

from __future__ import annotations

DEFAULT_MESSAGE = (
    "【{store}】{name}您好，送您一张{coupon}（{face}），券码 {code}，{valid_to}前到店出示使用。"
)

__all__ = ["DEFAULT_MESSAGE"]
