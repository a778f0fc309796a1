"""The words of one customer's copy of their data (PDF and workbook).

The copy is handed to the customer of a Chinese store, so its words are file content in
Chinese, like the customer export's headers (``reports/customer_export.py``), not the
program's interface.
"""

from __future__ import annotations

from datetime import date, datetime

from storecrm.domain.birthday import LUNAR_MONTH_NAMES, lunar_day_chinese
from storecrm.domain.money import money_text
from storecrm.reports.customer_export import CALENDARS, GENDERS, SOURCES
from storecrm.services.dto import BirthdayInfo

TITLE = "个人信息副本"
SUBTITLE = "本店保存的关于您的全部信息（依《个人信息保护法》第四十五条提供）"

SECTIONS = {
    "profile": "基本资料",
    "consent": "营销信息同意记录",
    "sales": "消费与储值记录",
    "ledger": "储值、积分与次卡账户明细",
    "cards": "次卡与期限卡",
    "contacts": "回访与联系记录",
    "followups": "跟进任务",
    "service": "服务、投诉与反馈记录",
    "timeline": "档案变更记录",
    "appointments": "预约记录",
}
EMPTY = "（无）"

PROFILE_FIELDS = {
    "customer_id": "客户编号",
    "name": "姓名",
    "phone": "手机",
    "other_phone": "其他电话",
    "gender": "性别",
    "birthday": "生日",
    "card_no": "卡号",
    "address": "地址",
    "source": "来源",
    "referrer": "介绍人",
    "tags": "标签",
    "preferences": "偏好",
    "taste": "口味",
    "allergies": "过敏",
    "hair_notes": "发质",
    "skin_notes": "肤质",
    "sizes": "尺码",
    "notes": "备注",
    "marketing_consent": "同意接收营销信息",
    "visits": "到店次数",
    "total_spend": "累计消费",
    "balance": "储值余额",
    "points": "积分",
    "created": "建档",
    "updated": "最近修改",
}

SALE_KINDS = {
    "sale": "消费",
    "top_up": "充值",
    "refund": "退款",
    "withdrawal": "退储值",
    "gift": "积分兑换",
}
ACCOUNTS = {"principal": "储值本金", "bonus": "赠送金额", "points": "积分", "sessions": "次卡"}
LEDGER_KINDS = {
    "opening": "期初",
    "opening_balance": "期初",
    "top_up": "充值",
    "sale": "消费",
    "refund": "退款",
    "earn": "消费积分",
    "earned": "消费积分",
    "redeem": "积分抵扣",
    "redeemed": "积分抵扣",
    "card": "购卡",
    "card_bought": "购卡",
    "use": "使用次卡",
    "card_used": "使用次卡",
    "withdrawal": "退还",
    "forfeit": "赠送作废",
    "gift": "积分兑换",
    "expiry": "积分过期",
    "merge": "合并档案",
    "adjust": "调整",
    "coupon": "积分兑换券",
    "top_up_gift": "充值赠送",
}
METHODS = {
    "cash": "现金",
    "wechat": "微信",
    "alipay": "支付宝",
    "bank_card": "银行卡",
    "stored_value": "储值",
    "points": "积分",
}
CONSENT = {True: "同意", False: "撤回"}
CONSENT_SOURCES = {
    "form": "资料登记",
    "import": "批量导入",
    "withdrawal": "本人撤回",
    "erasure": "删除个人信息",
    "migration": "早前登记",
}
CHANNELS = {
    "in_store": "到店",
    "phone": "电话",
    "wechat": "微信",
    "sms": "短信",
    "other": "其他",
}
REMINDER_KINDS = {
    "birthday": "生日",
    "return_visit": "回访",
    "dormant": "久未到店",
    "card_expiring": "次卡到期",
    "card_low": "次卡将用完",
    "balance_low": "余额不足",
    "anniversary": "入会纪念日",
    "followup": "跟进任务",
    "service": "服务记录",
    "appointment": "明日预约",
    "no_show": "爽约回访",
}
ACTIONS = {
    "contacted": "已联系",
    "snoozed": "稍后提醒",
    "done": "已完成",
    "not_interested": "不需要",
}
STATUSES = {
    "open": "待处理",
    "done": "已完成",
    "cancelled": "已取消",
    "in_progress": "处理中",
    "resolved": "已解决",
}
SERVICE_TYPES = {"request": "需求", "complaint": "投诉", "feedback": "反馈"}
CARD_KINDS = {"count": "次卡", "period": "期限卡"}
CARD_STATUSES = {"active": "有效", "used_up": "已用完", "expired": "已过期", "refunded": "已退"}
EVENTS = {
    "created": "建档",
    "updated": "修改资料",
    "archived": "归档",
    "restored": "恢复",
    "merged": "合并档案",
    "note": "备注",
    "tier": "会员等级",
    "consent_withdrawn": "撤回营销同意",
    "erased": "删除个人信息",
}

HEADERS = {
    "consent": ("时间", "同意/撤回", "来源", "方式", "记录人", "记录时间"),
    "sales": ("单号", "时间", "类型", "内容", "金额", "支付", "备注"),
    "ledger": ("时间", "账户", "类型", "变动", "变动后", "单号", "次卡"),
    "cards": ("名称", "类型", "剩余次数", "到期日", "状态"),
    "contacts": ("时间", "提醒", "处理", "方式", "备注", "经办人"),
    "followups": ("到期日", "事项", "备注", "状态", "负责人", "创建时间"),
    "service": ("时间", "类型", "主题", "详情", "状态", "处理结果", "满意度"),
    "timeline": ("时间", "事项", "内容", "操作人"),
    "appointments": ("时间", "项目", "技师", "状态", "预约方式", "备注", "取消原因"),
}
APPOINTMENT_STATUSES = {
    "booked": "已预约",
    "arrived": "已到店",
    "done": "已完成",
    "no_show": "爽约",
    "cancelled": "已取消",
}
APPOINTMENT_SOURCES = {"phone": "电话", "wechat": "微信", "walk_in": "到店", "online": "网上"}


def when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def amount(account: str, delta: int, *, signed: bool = True) -> str:
    """A ledger amount: money as ¥, points and sessions as numbers."""
    if account in ("principal", "bonus"):
        text = money_text(abs(delta))
        return ("-" if delta < 0 else "+" if signed and delta > 0 else "") + text
    return f"{delta:+d}" if signed else str(delta)


def birthday_text(b: BirthdayInfo | None) -> str:
    """A birthday as people write it: 1990-10-31, 10月31日, 农历八月十五."""
    if b is None:
        return ""
    if b.calendar == "solar":
        return f"{b.year}-{b.month:02d}-{b.day:02d}" if b.year else f"{b.month}月{b.day}日"
    leap = "闰" if b.leap_month else ""
    prefix = f"农历{b.year}年" if b.year else "农历"
    return f"{prefix}{leap}{LUNAR_MONTH_NAMES[b.month - 1]}月{lunar_day_chinese(b.day)}"


def labelled(names: dict[str, str], key: str | None) -> str:
    return "" if key is None else names.get(key, key)


__all__ = ["CALENDARS", "GENDERS", "SOURCES", "amount", "birthday_text", "labelled", "when"]
