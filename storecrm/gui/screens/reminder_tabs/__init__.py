"""The Reminders screen's other tabs: follow-up tasks (跟进任务), service records (服务记录),
message templates (消息模板) and the reminder settings (提醒设置).

Each tab is a plain widget over :mod:`storecrm.services.reminders` and says ``changed`` after
it wrote something, so the screen can refresh today's list. The two dialogs,
:class:`FollowupDialog` and :class:`ServiceRecordDialog`, also open from a customer's profile.

Ctrl+N, F4, Delete and Ctrl+S belong to the tab that has the focus (widget-with-children
shortcuts), so the four tabs never fight over a key.
"""

from storecrm.gui.screens.reminder_tabs.common import OVERDUE
from storecrm.gui.screens.reminder_tabs.followups import FollowupDialog, FollowupsTab
from storecrm.gui.screens.reminder_tabs.service_records import (
    ServiceRecordDialog,
    ServiceRecordsTab,
)
from storecrm.gui.screens.reminder_tabs.settings import ReminderSettingsTab
from storecrm.gui.screens.reminder_tabs.templates import TemplatesTab

__all__ = [
    "OVERDUE",
    "FollowupDialog",
    "FollowupsTab",
    "ReminderSettingsTab",
    "ServiceRecordDialog",
    "ServiceRecordsTab",
    "TemplatesTab",
]
