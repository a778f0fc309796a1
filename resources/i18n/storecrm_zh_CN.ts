<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutTab</name>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>门店数据文件夹</translation>
    </message>
    <message>
        <source>Database revision</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>SQLCipher (AES-256); every account unlocks it with its own password</source>
        <translation>SQLCipher（AES-256）；每个账号用自己的密码解锁</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What, how many</source>
        <translation>内容与人数</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>phones masked</source>
        <translation>手机号已隐藏</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>&amp;Cashiers may see full phone numbers</source>
        <translation>收银员可查看完整手机号(&amp;C)</translation>
    </message>
    <message>
        <source>Off: cashiers see 138****5678 everywhere (the till, lists, reminders) and still find a customer by the whole number or its last four digits. Every change of this choice is recorded.</source>
        <translation>关闭时：收银员在收银台、客户列表、提醒等处看到的都是 138****5678，仍可用完整号码或后四位找到客户。每次更改此选项都会记入审计日志。</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>138****5678</source>
        <translation>138****5678</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Till search and member panel</source>
        <translation>收银台查找与会员信息</translation>
    </message>
    <message>
        <source>Customer list and profile</source>
        <translation>客户列表与档案</translation>
    </message>
    <message>
        <source>Reminders, tasks, service records</source>
        <translation>提醒、跟进任务、服务记录</translation>
    </message>
    <message>
        <source>Reminder messages export</source>
        <translation>导出提醒短信</translation>
    </message>
    <message>
        <source>Customer export (Excel)</source>
        <translation>导出客户（Excel）</translation>
    </message>
    <message>
        <source>One person&apos;s data (PDF + Excel)</source>
        <translation>单个客户的个人信息副本（PDF + Excel）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>经营报表</translation>
    </message>
    <message>
        <source>Receipts and sale details</source>
        <translation>小票与消费明细</translation>
    </message>
    <message>
        <source>Phone numbers, by role</source>
        <translation>各角色看到的手机号</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Preparing the demo store…</source>
        <translation>正在准备演示门店…</translation>
    </message>
    <message>
        <source>The store was upgraded to the new version; a safety copy was kept.</source>
        <translation>门店数据已升级到新版本，升级前的数据已另存一份备份。</translation>
    </message>
</context>
<context>
    <name>AppointmentPrint</name>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation>营业 %1–%2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>店休</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Nothing booked.</source>
        <translation>没有预约。</translation>
    </message>
    <message>
        <source>Nobody is on the staff roster yet.</source>
        <translation>员工名册还没有人。</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>不指定</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Leave %1–%2</source>
        <translation>请假 %1–%2</translation>
    </message>
    <message>
        <source>* a shift for this day only (not the usual week)</source>
        <translation>* 仅当天的班次（不同于常规周排班）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Please come 5 minutes early. See you soon!</source>
        <translation>请提前 5 分钟到店，期待您的光临！</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>PageUp</source>
        <translation>PageUp</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>PageDown</source>
        <translation>PageDown</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Ctrl+W: day or week</source>
        <translation>Ctrl+W：日视图或周视图</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>&amp;Arrived → till</source>
        <translation>到店 → 收银(&amp;A)</translation>
    </message>
    <message>
        <source>F5: mark arrived and open the till</source>
        <translation>F5：标记到店并打开收银</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>爽约(&amp;N)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Cance&amp;l appointment…</source>
        <translation>取消预约(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>改约(&amp;M)</translation>
    </message>
    <message>
        <source>M: pick the appointment up, arrows to the new time or staff member, Enter</source>
        <translation>M：拿起这个预约，用方向键移到新的时间或员工，回车放下</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>The day&apos;s book (A4)…</source>
        <translation>当天预约簿（A4）…</translation>
    </message>
    <message>
        <source>Appointment slip…</source>
        <translation>预约单…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>The roster, opening hours, rooms or tables</source>
        <translation>排班、营业时间、房间或桌位</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>排班(&amp;R)…</translation>
    </message>
    <message>
        <source>Who works which shift on each weekday</source>
        <translation>每位员工每周几上什么班</translation>
    </message>
    <message>
        <source>&amp;Opening hours…</source>
        <translation>营业时间(&amp;O)…</translation>
    </message>
    <message>
        <source>Roo&amp;ms, beds, chairs…</source>
        <translation>房间、床位、座椅(&amp;M)…</translation>
    </message>
    <message>
        <source>Table&amp;s…</source>
        <translation>桌位(&amp;S)…</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>The store is closed on this day.</source>
        <translation>本店当天休息。</translation>
    </message>
    <message>
        <source>No tables yet: add them with Tables…</source>
        <translation>还没有桌位：用“桌位…”添加</translation>
    </message>
    <message>
        <source>Nobody is on the staff roster yet.</source>
        <translation>员工名册里还没有人。</translation>
    </message>
    <message>
        <source>Moving %1: arrows to the new time or staff member, Enter places it, Esc stops.</source>
        <translation>正在改约 %1：用方向键移到新的时间或员工，回车确定，Esc 取消。</translation>
    </message>
    <message>
        <source>%1 free: Enter books it.</source>
        <translation>%1 空闲：按回车预约。</translation>
    </message>
    <message>
        <source>Appointments %1</source>
        <translation>预约簿 %1</translation>
    </message>
    <message>
        <source>The slip was sent to the printer.</source>
        <translation>预约单已发送到打印机。</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>取消原因？</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <source>Giving back %1 needs the approval of a manager or the owner. They sign with their own user name and password.</source>
        <translation>退还 %1 需要店长或店主授权，请由其输入本人的用户名和密码。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>授权(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Store created</source>
        <translation>创建门店</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign in with recovery code</source>
        <translation>使用恢复码登录</translation>
    </message>
    <message>
        <source>Password reset with recovery code</source>
        <translation>使用恢复码重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset by owner</source>
        <translation>店主重置密码</translation>
    </message>
    <message>
        <source>Recovery code tried</source>
        <translation>尝试使用恢复码</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>已更换门店密钥</translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation>已核对操作日志</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Lifecycle offers changed</source>
        <translation>会员礼遇设置已修改</translation>
    </message>
    <message>
        <source>Lifecycle coupons issued</source>
        <translation>已发放会员礼券</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Customer viewed</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Customer list viewed</source>
        <translation>查看客户列表</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>Store replaced by a backup</source>
        <translation>用备份替换门店数据</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup deleted</source>
        <translation>备份已删除</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Stored value paid back</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Manager confirmation</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <source>Price changed at the till</source>
        <translation>收银时改价</translation>
    </message>
    <message>
        <source>Catalogue changed</source>
        <translation>商品与服务项目已修改</translation>
    </message>
    <message>
        <source>Member tier set by hand</source>
        <translation>手动设置会员等级</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>积分过期清零</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>账户流水核对</translation>
    </message>
    <message>
        <source>Sales viewed</source>
        <translation>查看消费记录</translation>
    </message>
    <message>
        <source>Catalogue viewed</source>
        <translation>查看商品与服务项目</translation>
    </message>
    <message>
        <source>Staff list viewed</source>
        <translation>查看员工列表</translation>
    </message>
    <message>
        <source>Reminder acted on</source>
        <translation>处理提醒</translation>
    </message>
    <message>
        <source>Follow-up task set</source>
        <translation>设置跟进任务</translation>
    </message>
    <message>
        <source>Service record added</source>
        <translation>新增服务记录</translation>
    </message>
    <message>
        <source>Service record changed</source>
        <translation>修改服务记录</translation>
    </message>
    <message>
        <source>Message template changed</source>
        <translation>修改消息模板</translation>
    </message>
    <message>
        <source>Reminder list exported</source>
        <translation>导出提醒名单</translation>
    </message>
    <message>
        <source>Report viewed</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customer data listed</source>
        <translation>查看客户名单</translation>
    </message>
    <message>
        <source>A person&apos;s data exported</source>
        <translation>导出个人信息副本</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>删除客户个人信息</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>撤回营销同意</translation>
    </message>
    <message>
        <source>Privacy settings changed</source>
        <translation>更改隐私设置</translation>
    </message>
    <message>
        <source>Order discount or rounding</source>
        <translation>整单优惠或抹零</translation>
    </message>
    <message>
        <source>Sale parked</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Parked sale resumed</source>
        <translation>取单</translation>
    </message>
    <message>
        <source>Parked sale dropped</source>
        <translation>挂单作废</translation>
    </message>
    <message>
        <source>Cash drawer opened</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>关闭程序时</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Making a backup before closing…</source>
        <translation>关闭程序前正在备份…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a USB drive or a synced folder. The default folder is on the same disk as the store: it helps after a mistake, not when the disk fails.</source>
        <translation>请选择 U 盘或同步文件夹。默认文件夹与门店数据在同一块硬盘上：误操作后可以用它恢复，但硬盘损坏时就无济于事了。</translation>
    </message>
    <message>
        <source>Daily backup &amp;at</source>
        <translation>每日备份时间(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform>个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep one backup a day for the last</source>
        <translation>每天保留一份备份，保留最近</translation>
    </message>
    <message>
        <source>… and one a month for the last</source>
        <translation>…每月保留一份备份，保留最近</translation>
    </message>
    <message>
        <source>Also make a backup when the program closes</source>
        <translation>程序关闭时也备份一次</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from file…</source>
        <translation>从文件恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup f&amp;older</source>
        <translation>备份文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected backup file. Backups made by hand are never deleted by the rotation: delete them here when they are no longer needed.</source>
        <translation>删除选中的备份文件。手动备份不会被自动轮换删除：不再需要时，请在这里删除。</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费笔数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only the owner can change where and when backups are made.</source>
        <translation>只有店主可以修改备份的位置和时间。</translation>
    </message>
    <message>
        <source>The default folder beside the store</source>
        <translation>门店数据旁的默认文件夹</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>before an erasure</source>
        <translation>早于删除个人信息</translation>
    </message>
    <message>
        <source>The backup folder is not there. Is the USB drive plugged in?</source>
        <translation>找不到备份文件夹。U 盘插好了吗？</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>最近一次成功备份：%1</translation>
    </message>
    <message>
        <source>Where to keep the backups</source>
        <translation>选择备份的保存位置</translation>
    </message>
    <message>
        <source>(the default folder beside the store)</source>
        <translation>（门店数据旁的默认文件夹）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>备份完成并已校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) removed.</source>
        <translation>
            <numerusform>已删除 %n 份旧备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup made on %1 (%2)</source>
        <translation>%1 的备份（%2）</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the backup folder; this cannot be undone.</source>
        <translation>删除%1？文件将从备份文件夹中删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>已删除：%1</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup folder missing</source>
        <translation>找不到备份文件夹</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>No backup since %1</source>
        <translation>自 %1 起未备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>上次尝试失败</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>  paid in (principal)</source>
        <translation>  其中本金</translation>
    </message>
    <message>
        <source>  bonus</source>
        <translation>  赠送金额</translation>
    </message>
</context>
<context>
    <name>BalancesTable</name>
    <message>
        <source>Before</source>
        <translation>变动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变动后</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New appointment</source>
        <translation>新预约</translation>
    </message>
    <message>
        <source>Anyone free</source>
        <translation>任意空闲员工</translation>
    </message>
    <message>
        <source>Re&amp;quested</source>
        <translation>指定(&amp;Q)</translation>
    </message>
    <message>
        <source>The customer asked for this staff member</source>
        <translation>客户点名要这位员工（指定）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>项目(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不用房间</translation>
    </message>
    <message>
        <source>Any free room</source>
        <translation>任一空闲房间</translation>
    </message>
    <message numerus="yes">
        <source>%1 (takes %n appointment(s) at once)</source>
        <translation>
            <numerusform>%1（同时容纳 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房间(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer, or tick New customer.</source>
        <translation>请先找到客户，或勾选“新客户”。</translation>
    </message>
</context>
<context>
    <name>BusinessType</name>
    <message>
        <source>Retail shop</source>
        <translation>零售店</translation>
    </message>
    <message>
        <source>Restaurant / café</source>
        <translation>餐饮店</translation>
    </message>
    <message>
        <source>Beauty / hair salon</source>
        <translation>美容美发</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>Park</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Put this sale aside and serve the next customer</source>
        <translation>把这一单挂起，先接待下一位顾客</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>取单</translation>
    </message>
    <message>
        <source>The parked sales: resume one</source>
        <translation>挂起的单：取回一单继续</translation>
    </message>
    <message>
        <source>Discount…</source>
        <translation>整单优惠…</translation>
    </message>
    <message>
        <source>A discount on the whole sale, and rounding</source>
        <translation>整单折扣和抹零</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Drop the jiao and fen (抹零 to the yuan)</source>
        <translation>抹去角和分（抹零到元）</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Open the cash drawer (the owner; audited)</source>
        <translation>打开钱箱（仅店主；记入审计日志）</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <source>Print the last receipt again</source>
        <translation>再打印一次上一张小票</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>打印小票(&amp;P)</translation>
    </message>
    <message>
        <source>Print the receipt (Ctrl+P)</source>
        <translation>打印小票（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>The receipt on the screen first (Ctrl+Shift+P)</source>
        <translation>先在屏幕上预览小票（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Next sale</source>
        <translation>下一单(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the till for the next customer (Ctrl+N)</source>
        <translation>清空收银台，接待下一位顾客（Ctrl+N）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the till (Esc)</source>
        <translation>关闭收银（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard this sale (Esc)</source>
        <translation>放弃这笔收银（Esc）</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>完成收银</translation>
    </message>
    <message>
        <source>Record the sale (Ctrl+Enter)</source>
        <translation>记录这笔消费（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>取单（%1）</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>e.g. May thank-you for regulars</source>
        <translation>例如：五月老客回馈</translation>
    </message>
    <message>
        <source>Chosen at random, these customers get nothing: what they spend shows what the others would have spent without the offer.</source>
        <translation>随机抽取的这部分客户不发任何优惠：他们的消费说明了其他客户在没有优惠时会消费多少。</translation>
    </message>
    <message>
        <source>The text sent with each coupon (Export messages…). It may use {store}, {name}, {coupon}, {face}, {code} and {valid_to}.</source>
        <translation>随每张优惠券发送的短信（导出短信…）。可使用 {store}、{name}、{coupon}、{face}、{code} 和 {valid_to}。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Holdout</source>
        <translation>未参与比例(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>短信内容(&amp;M)</translation>
    </message>
    <message>
        <source>There is no active coupon template yet: create one under Coupons first.</source>
        <translation>还没有可用的优惠券模板：请先在优惠券中创建。</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A coupon to each target member</source>
        <translation>给参与组每人一张优惠券</translation>
    </message>
    <message>
        <source>A promotion for the target only</source>
        <translation>仅参与组可享的促销</translation>
    </message>
    <message>
        <source>Offer &amp;kind</source>
        <translation>优惠方式(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>优惠(&amp;O)</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>since</source>
        <translation>从</translation>
    </message>
    <message>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Who gets it</source>
        <translation>发给谁</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>客户类别(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>会员等级(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;RFM segment</source>
        <translation>RFM 分群(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Birthday in</source>
        <translation>生日月份(&amp;B)</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Spent in all (¥)</source>
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>The till gives it to the target members only, from the first day to the last; the holdout and everyone else pay as usual.</source>
        <translation>活动期间收银台只给参与组会员这项优惠；未参与组和其他顾客照常付款。</translation>
    </message>
    <message>
        <source>There is no promotion for a campaign&apos;s target yet: create one under Promotions with For: Campaign target only.</source>
        <translation>还没有供营销活动使用的促销：请先在促销中创建一项，适用对象选“仅活动参与组”。</translation>
    </message>
    <message>
        <source>Each target member is issued one coupon when the campaign is launched.</source>
        <translation>活动启动时给参与组每人发一张券。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n customer(s)</source>
        <translation>
            <numerusform>可发给 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without marketing consent left out</source>
        <translation>
            <numerusform>另有 %n 位未同意接收营销信息，已排除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignResultView</name>
    <message>
        <source>Choose a campaign to see what it earned.</source>
        <translation>选择一个活动，查看它带来的效果。</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Brought in about %1 more, interval %2–%3</source>
        <extracomment>Two-sided 95 % quantile of the normal distribution. Fewer members than this in either group and no interval is given: the variance of a group of one or two says nothing. The verdict&apos;s words (English defaults); ``%1`` is the amount, ``%2``/``%3`` the interval.</extracomment>
        <translation>多带来约 %1，区间 %2–%3</translation>
    </message>
    <message>
        <source>Brought in about %1 less, interval %2–%3</source>
        <translation>少带来约 %1，区间 %2–%3</translation>
    </message>
    <message>
        <source>No clear difference from the holdout group</source>
        <translation>与未参与组无明显差别</translation>
    </message>
    <message>
        <source>Too few members in a group to measure the effect</source>
        <translation>组内人数太少，无法衡量效果</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>营销活动效果</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>%2 制表于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>还没有营销活动。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Sales counted to %1</source>
        <translation>销售统计至 %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>%1 (promotion for the target)</source>
        <translation>%1（参与组专享促销）</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>参与组</translation>
    </message>
    <message>
        <source>Holdout group</source>
        <translation>未参与组</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>核销率</translation>
    </message>
    <message>
        <source>Revenue from redeemers</source>
        <translation>核销客户消费额</translation>
    </message>
    <message>
        <source>Discount cost</source>
        <translation>优惠成本</translation>
    </message>
    <message>
        <source>Spend per target member</source>
        <translation>参与组人均消费</translation>
    </message>
    <message>
        <source>Spend per holdout member</source>
        <translation>未参与组人均消费</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量收入</translation>
    </message>
    <message>
        <source>95 % interval from</source>
        <translation>95% 区间下限</translation>
    </message>
    <message>
        <source>95 % interval to</source>
        <translation>95% 区间上限</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Incremental revenue: spend per member in the target group minus spend per member in the holdout group (chosen at random, offered nothing), times the size of the target group. The interval holds the true effect 95 times in 100.</source>
        <translation>增量收入：参与组人均消费减去未参与组（随机抽取、不发任何优惠）人均消费，乘以参与组人数。该区间在 100 次中约有 95 次包含真实效果。</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>尚未发布</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Launch…</source>
        <translation>发布(&amp;L)…</translation>
    </message>
    <message>
        <source>Lifecycle &amp;offers…</source>
        <translation>会员礼遇(&amp;O)…</translation>
    </message>
    <message>
        <source>Welcome, birthday, win-back and referral coupons given automatically</source>
        <translation>自动发放开卡礼、生日礼、沉睡唤醒券和推荐奖励</translation>
    </message>
    <message>
        <source>Export &amp;messages…</source>
        <translation>导出短信(&amp;M)…</translation>
    </message>
    <message>
        <source>The target group&apos;s coupons with the campaign&apos;s message, for an SMS platform</source>
        <translation>参与组的优惠券及活动短信，用于短信平台</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Each campaign keeps a random holdout group that gets nothing; what the target group spends beyond it is what the campaign earned.</source>
        <translation>每个活动随机留出一组不发优惠的客户；参与组比这组多消费的部分，才是活动真正带来的收入。</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Launch “%1” now? Its customers are chosen today, the holdout is drawn and the target group gets the promotion at the till during the campaign. This cannot be undone.</source>
        <translation>现在发布“%1”吗？将按今天的数据选出客户，随机抽出未参与组；活动期间参与组在收银台享受这项促销。发布后无法撤销。</translation>
    </message>
    <message>
        <source>Launch the campaign</source>
        <translation>发布营销活动</translation>
    </message>
    <message>
        <source>Launching the campaign…</source>
        <translation>正在发布活动…</translation>
    </message>
    <message>
        <source>Launch “%1” now? Its customers are chosen today, the holdout is drawn and each customer in the target group is issued the coupon. This cannot be undone.</source>
        <translation>现在发布“%1”吗？将按今天的数据选出客户，随机抽出未参与组，并给参与组的每位客户发放优惠券。发布后无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued</source>
        <translation>
            <numerusform>已发放 %n 张优惠券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the target group</source>
        <translation>
            <numerusform>参与组 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) held out</source>
        <translation>
            <numerusform>%n 位客户留作未参与组</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the campaign results</source>
        <translation>导出营销活动效果</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s messages</source>
        <translation>导出营销活动短信</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条短信写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to marketing messages.</source>
        <translation>
            <numerusform>%n 位未同意接收营销信息，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns send offers to chosen customers and show what each really earned. They are for the owner and managers: ask one of them to sign in.</source>
        <translation>营销活动向选定的客户发送优惠，并显示每个活动真正带来的收入。仅限店主和店长使用：请他们登录。</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>unlimited</source>
        <translation>不限次</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1 次</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPlanDialog</name>
    <message>
        <source>Add a card plan</source>
        <translation>添加卡种</translation>
    </message>
    <message>
        <source>Change card plan</source>
        <translation>修改卡种</translation>
    </message>
    <message>
        <source>e.g. 10 washes card</source>
        <translation>例如：洗发10次卡</translation>
    </message>
    <message>
        <source>Session card (a number of visits)</source>
        <translation>次卡（按次数使用）</translation>
    </message>
    <message>
        <source>Period card (unlimited until expiry)</source>
        <translation>期限卡（到期前不限次数）</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>How long the card can be used after it is bought.</source>
        <translation>购卡后可以使用多长时间。</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform>次</numerusform>
        </translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>Not set (30 min)</source>
        <translation>未设置（30 分钟）</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>How long an appointment for this service takes.</source>
        <translation>预约这个服务项目需要多长时间。</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>次数(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Price (¥)</source>
        <translation>价格（¥）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>适用项目(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (30 days)</source>
        <translation>
            <numerusform>个月（30 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s) (365 days)</source>
        <translation>
            <numerusform>年（365 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>请选择</translation>
    </message>
</context>
<context>
    <name>CardPlansTab</name>
    <message>
        <source>Cards a member buys at the till: a session card holds a number of visits, a period card unlimited visits until it expires.</source>
        <translation>会员在收银时购买的卡：次卡包含一定的使用次数，期限卡在到期前可不限次数使用。</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change card plans and their prices.</source>
        <translation>只有店主或店长可以修改卡种及其价格。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限次</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>适用项目</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add card plan…</source>
        <translation>添加卡种(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a session or period card (Ctrl+N)</source>
        <translation>添加次卡或期限卡（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected card plan (Enter or double-click)</source>
        <translation>修改所选卡种（按 Enter 或双击）</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Only the owner or a manager can change the catalogue and its prices.</source>
        <translation>只有店主或店长可以修改商品与服务项目及其价格。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Discountable</source>
        <translation>可打折</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加商品(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an item or a service (Ctrl+N)</source>
        <translation>添加商品或服务项目（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected item (Enter or double-click)</source>
        <translation>修改所选商品（按 Enter 或双击）</translation>
    </message>
    <message>
        <source>Filter by name or category (Ctrl+F)</source>
        <translation>按名称或分类筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常客</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>CategoryRulesTab</name>
    <message>
        <source>Customers are sorted into categories from their visits and spending. A customer who never bought anything is a potential customer.</source>
        <translation>系统根据到店次数和消费金额自动为客户分类。从未消费过的客户为潜在客户。</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> visit(s)</source>
        <translation>
            <numerusform>次</numerusform>
        </translation>
    </message>
    <message>
        <source>New: first visit within</source>
        <translation>新客：首次到店距今不超过</translation>
    </message>
    <message>
        <source>Regular: at least</source>
        <translation>常客：到店次数至少</translation>
    </message>
    <message>
        <source>… and last visit within</source>
        <translation>…且最近到店距今不超过</translation>
    </message>
    <message>
        <source>VIP: total spending at least</source>
        <translation>VIP：累计消费至少</translation>
    </message>
    <message>
        <source>At risk: no visit for</source>
        <translation>流失风险：连续未到店达</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Only the owner can change these rules.</source>
        <translation>只有店主可以修改分类规则。</translation>
    </message>
    <message>
        <source>Saved. The customer list uses the new rules now.</source>
        <translation>已保存。客户列表现在按新规则分类。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>无法读取密码文件：%1</translation>
    </message>
    <message>
        <source>No password given: use --password-file, STORECRM_PASSWORD or a terminal.</source>
        <translation>未提供密码。请使用 --password-file 选项或 STORECRM_PASSWORD 环境变量，或在终端中运行以便输入密码。</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Owner&apos;s password: </source>
        <translation>店主密码：</translation>
    </message>
    <message>
        <source>Password for the new owner %1: </source>
        <translation>为新店主 %1 设置密码：</translation>
    </message>
    <message>
        <source>Store created: %1</source>
        <translation>门店已创建：%1</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe; it is shown only once):</source>
        <translation>恢复码（请抄写下来并妥善保管，仅显示这一次）：</translation>
    </message>
    <message>
        <source>--months must be between 0 and 120.</source>
        <translation>--months 必须在 0 到 120 之间。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customer(s) in %1 s.</source>
        <translation>
            <numerusform>已添加 %n 位演示客户，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale line(s)</source>
        <translation>
            <numerusform>%n 条消费明细</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1, %2 and %3 in %4 s.</source>
        <translation>已检查 %1、%2 和 %3，用时 %4 秒。</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5 (not imported).</source>
        <translation>%1：%2，%3，%4，%5（未导入）。</translation>
    </message>
    <message>
        <source>backup of %1 made %2 by StoreCRM %3 (schema %4): %5, %6</source>
        <translation>%1 的备份，由 StoreCRM %3 于 %2 制作（数据库结构版本 %4）：%5，%6</translation>
    </message>
    <message>
        <source>Mismatch: customer %1, %2: cached %3, ledger %4</source>
        <translation>不一致：客户 %1，%2：缓存值 %3，流水值 %4</translation>
    </message>
    <message numerus="yes">
        <source>Added %n month(s) of sales (%1) in %2 s.</source>
        <translation>
            <numerusform>已添加 %n 个月的消费记录（%1），用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n appointment(s) or reservation(s) in %1 s.</source>
        <translation>
            <numerusform>已添加 %n 条预约或订座，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entry(ies), chain intact.</source>
        <translation>
            <numerusform>审计日志：共 %n 条，哈希链完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n 条流水</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>共读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>新建 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过重复 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 位客户到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The password file is not a short UTF-8 text file with a password: %1</source>
        <translation>密码文件不是一个只写着密码的简短 UTF-8 文本文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file: %2</source>
        <translation>%1 指向的是文件夹，不是文件：%2</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist: %2</source>
        <translation>%1 所在的文件夹不存在：%2</translation>
    </message>
    <message>
        <source>--customers must be between 0 and %1.</source>
        <translation>--customers 必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Demo store created in %1 s: %2</source>
        <translation>演示门店已创建（用时 %1 秒）：%2</translation>
    </message>
    <message>
        <source>Sign in as %1 or %2 with the password %3.</source>
        <translation>请用 %1 或 %2 登录，密码 %3。</translation>
    </message>
    <message>
        <source>Audit log: the chain breaks at entry #%1: entries before it were removed.</source>
        <translation>操作日志：哈希链在第 %1 条处断开：它之前的记录被删除了。</translation>
    </message>
    <message>
        <source>Audit log: the chain breaks at entry #%1: it was changed, or slipped in.</source>
        <translation>操作日志：哈希链在第 %1 条处断开：这条记录被改动过，或是被插入的。</translation>
    </message>
    <message>
        <source>Audit log: the chain breaks at entry #%1: it has no hash (slipped in).</source>
        <translation>操作日志：哈希链在第 %1 条处断开：这条记录没有哈希（是被插入的）。</translation>
    </message>
    <message>
        <source>Breaks in the audit log&apos;s chain: %1</source>
        <translation>操作日志哈希链断开处：%1 处</translation>
    </message>
    <message>
        <source>Backups whose recorded audit log head was compared: %1</source>
        <translation>已与备份中记录的操作日志末条核对：%1 个备份</translation>
    </message>
    <message>
        <source>Backup %1 (made %2) recorded entry #%3, which is no longer in the log: entries were removed.</source>
        <translation>备份 %1（制作于 %2）记录的第 %3 条操作日志已不在日志中：有记录被删除了。</translation>
    </message>
    <message>
        <source>Backup %1 (made %2) recorded entry #%3, which is different now: the log was rewritten.</source>
        <translation>备份 %1（制作于 %2）记录的第 %3 条操作日志现在已不同：日志被改写过。</translation>
    </message>
    <message>
        <source>Backups of the history that a restore replaced (not compared): %1</source>
        <translation>属于已被恢复操作替换的历史的备份（未核对）：%1 个</translation>
    </message>
    <message>
        <source>Summary out of step: %1 %2: stored %3, the rows add up to %4</source>
        <translation>汇总不一致：%1 %2：存储的是 %3，原始记录合计为 %4</translation>
    </message>
    <message>
        <source>Mismatches found: %1</source>
        <translation>发现不一致：%1 处</translation>
    </message>
    <message>
        <source>Report summaries out of step: %1 (they are derived from the sales and the ledger: storecrm rebuild-summaries builds them again)</source>
        <translation>不一致的报表汇总：%1（汇总由消费记录和账目推算而来：运行 storecrm rebuild-summaries 即可重建）</translation>
    </message>
    <message>
        <source>Report summaries rebuilt in %1 s.</source>
        <translation>报表汇总已重建，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>不是有效日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>Reminders due on %1: %2</source>
        <translation>%1 的提醒：%2 条</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>--mapping must be a JSON object such as {&quot;联系方式&quot;: &quot;phone&quot;, &quot;C&quot;: null}, or a file holding one.</source>
        <translation>--mapping 须为 JSON 对象（例如 {&quot;联系方式&quot;: &quot;phone&quot;, &quot;C&quot;: null}），或包含这样一个对象的文件。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>试运行：未保存任何内容。</translation>
    </message>
    <message>
        <source>Fix the rows listed above in the file and import it again; rows already imported will then count as duplicates.</source>
        <translation>请在文件中改正以上各行，然后重新导入；已导入的行届时会被识别为重复。</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <source>Owed — coupons: %1, worth %2; expiring this month: %3, worth %4</source>
        <translation>未使用 — 优惠券：%1 张，面值 %2；本月到期：%3 张，面值 %4</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>Staff members: %1</source>
        <translation>员工：%1 人</translation>
    </message>
    <message>
        <source>%1: the store is closed.</source>
        <translation>%1：本店休息。</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <source>No staff member numbered %1.</source>
        <translation>没有工号为 %1 的员工。</translation>
    </message>
    <message>
        <source>structure OK, contents not checked: give a password to check them (%1)</source>
        <translation>结构正常，但内容未检查：请提供密码以检查内容（%1）</translation>
    </message>
    <message>
        <source>OK: %1; opened and checked with the key</source>
        <translation>正常：%1；已用密钥打开并检查</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation>--out 必须指定一个 .xlsx 文件。</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-11-30.</source>
        <translation>%1 必须是日期，例如 2025-11-30。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>%1 must name a %2 file.</source>
        <translation>%1 必须是 %2 文件。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Report made in %1 s.</source>
        <translation>报表用时 %1 秒。</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>No recovery code given: use --recovery-code CODE or a terminal.</source>
        <translation>未提供恢复码。请使用 --recovery-code CODE 选项，或在终端中运行以便输入恢复码。</translation>
    </message>
    <message>
        <source>Owner&apos;s password when the backup was made: </source>
        <translation>制作备份时的店主密码：</translation>
    </message>
    <message>
        <source>Backup written and verified in %1 s: %2</source>
        <translation>备份已写入并校验，用时 %1 秒：%2</translation>
    </message>
    <message>
        <source>Old backup removed: %1</source>
        <translation>已删除旧备份：%1</translation>
    </message>
    <message>
        <source>Replace the store in %1 with this backup? The current files are kept. [y/N] </source>
        <translation>要用此备份替换 %1 中的门店数据吗？当前文件会保留。[y/N] </translation>
    </message>
    <message>
        <source>%1 holds a store: add --yes to replace it with the backup.</source>
        <translation>%1 中已有门店数据：如要用备份替换，请加上 --yes 选项。</translation>
    </message>
    <message>
        <source>Add --replace-other-store to replace it.</source>
        <translation>如确要替换，请加上 --replace-other-store。</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>已恢复到 %1</translation>
    </message>
    <message>
        <source>The replaced store&apos;s files are kept in %1</source>
        <translation>被替换的门店数据文件保留在 %1</translation>
    </message>
    <message>
        <source>Upgraded from schema revision %1.</source>
        <translation>已从数据库结构版本 %1 升级。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contacted %1</source>
        <translation>已联系 %1</translation>
    </message>
    <message>
        <source>Outcome (optional):</source>
        <translation>联系结果（可不填）：</translation>
    </message>
    <message>
        <source>e.g. booked for Saturday 3 pm; not in town</source>
        <translation>例如：约了周六下午3点；人在外地</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>The pole display (%1) did not answer: %2</source>
        <translation>客显屏（%1）没有响应：%2</translation>
    </message>
    <message>
        <source>The cash drawer did not open: the printer (%1) did not answer: %2</source>
        <translation>钱箱没有打开：打印机（%1）没有响应：%2</translation>
    </message>
    <message>
        <source>The receipt printer (%1) did not print: %2</source>
        <translation>小票打印机（%1）没有打印：%2</translation>
    </message>
</context>
<context>
    <name>CouponSlip</name>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Show this slip at the till</source>
        <translation>请在收银台出示本券</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
</context>
<context>
    <name>CouponTemplateDialog</name>
    <message>
        <source>Add a coupon</source>
        <translation>新增优惠券</translation>
    </message>
    <message>
        <source>Change coupon</source>
        <translation>修改优惠券</translation>
    </message>
    <message>
        <source>e.g. ¥20 off ¥200</source>
        <translation>如：满200减20</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>What is paid: 90 % is 9折.</source>
        <translation>实付比例：90% 即 9折。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>(choose the item)</source>
        <translation>（选择商品）</translation>
    </message>
    <message>
        <source>Categories, e.g. 洗护, 染发 (empty: all)</source>
        <translation>适用分类，如：洗护, 染发（留空：全部）</translation>
    </message>
    <message>
        <source>fixed dates</source>
        <translation>固定日期</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>not for points</source>
        <translation>不可积分兑换</translation>
    </message>
    <message>
        <source>With promotions</source>
        <translation>可与促销同享</translation>
    </message>
    <message>
        <source>With the tier discount</source>
        <translation>可与会员折扣同享</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Minimum spend (¥)</source>
        <translation>最低消费（元）</translation>
    </message>
    <message>
        <source>Take off (¥)</source>
        <translation>减免（元）</translation>
    </message>
    <message>
        <source>Customers pay</source>
        <translation>顾客实付</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>兑换商品</translation>
    </message>
    <message>
        <source>On</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>… or from / to</source>
        <translation>… 或起止日期</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>每人限领</translation>
    </message>
    <message>
        <source>Points price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Combines</source>
        <translation>同享</translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Spend-and-save coupon</source>
        <translation>满减券</translation>
    </message>
    <message>
        <source>Discount coupon</source>
        <translation>折扣券</translation>
    </message>
    <message>
        <source>Cash voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Free item coupon</source>
        <translation>兑换券</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Given by hand</source>
        <translation>手动发放</translation>
    </message>
    <message>
        <source>Given to a list</source>
        <translation>批量发放</translation>
    </message>
    <message>
        <source>Bought with points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Top-up gift</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Welcome coupon</source>
        <translation>开卡礼</translation>
    </message>
    <message>
        <source>Birthday coupon</source>
        <translation>生日礼</translation>
    </message>
    <message>
        <source>Win-back coupon</source>
        <translation>沉睡唤醒券</translation>
    </message>
    <message>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
</context>
<context>
    <name>CouponsTab</name>
    <message>
        <source>Coupons given to members: each has its own code, scanned at the till or picked from the member&apos;s wallet, and is used once.</source>
        <translation>发给会员的优惠券：每张有独立券码，收银时扫码或从会员券包中选择，只能使用一次。</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change coupons or give them.</source>
        <translation>只有店主或店长可以修改或发放优惠券。</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Min. spend</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add coupon…</source>
        <translation>新增优惠券(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>新增优惠券</translation>
    </message>
    <message>
        <source>Change the selected coupon (Enter or double-click)</source>
        <translation>修改选中的优惠券（回车或双击）</translation>
    </message>
    <message>
        <source>Give to a &amp;member…</source>
        <translation>发给会员(&amp;M)…</translation>
    </message>
    <message>
        <source>Issue one coupon of this kind to a member</source>
        <translation>给一位会员发一张这种优惠券</translation>
    </message>
    <message>
        <source>Give to a &amp;list…</source>
        <translation>批量发券(&amp;L)…</translation>
    </message>
    <message>
        <source>One coupon of this kind to each customer with a tag or tier who agreed to marketing messages</source>
        <translation>给带某个标签或等级、且同意接收营销信息的顾客每人发一张这种券</translation>
    </message>
    <message>
        <source>&amp;Void a coupon…</source>
        <translation>作废优惠券(&amp;V)…</translation>
    </message>
    <message>
        <source>Find an issued coupon by its code and void it</source>
        <translation>按券码找到已发出的优惠券并作废</translation>
    </message>
    <message>
        <source>E&amp;xport for SMS…</source>
        <translation>导出短信(&amp;X)…</translation>
    </message>
    <message>
        <source>The usable coupons of this kind with a message each, as Excel for an SMS platform (members who agreed to marketing messages)</source>
        <translation>将这种可用的优惠券连同短信内容导出为 Excel，供短信平台使用（仅限同意接收营销信息的会员）</translation>
    </message>
    <message>
        <source>A refund of a whole sale gives its coupons back while they are valid</source>
        <translation>整单退款时，仍在有效期内的优惠券退还给顾客</translation>
    </message>
    <message>
        <source>a free item</source>
        <translation>兑换一件商品</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>发放后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Coupons still owed: %1, worth %2; %3 of them (%4) expire this month.</source>
        <translation>未使用的优惠券：%1 张，面值 %2；其中 %3 张（%4）本月到期。</translation>
    </message>
    <message>
        <source>Give a coupon</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Give “%1” to:</source>
        <translation>将「%1」发给：</translation>
    </message>
    <message>
        <source>Coupon %1 voided.</source>
        <translation>优惠券 %1 已作废。</translation>
    </message>
    <message>
        <source>Export coupons for SMS</source>
        <translation>导出优惠券短信</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) written to the file.</source>
        <translation>
            <numerusform>已写入 %n 张优惠券。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to marketing messages.</source>
        <translation>
            <numerusform>%n 位未同意接收营销信息，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the coupons…</source>
        <translation>正在导出优惠券…</translation>
    </message>
</context>
<context>
    <name>CustomerAppointmentsTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source> (requested)</source>
        <translation>（指定）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n to come</source>
        <translation>
            <numerusform>待到店 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>爽约 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>下次：%1</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>Phone (or its last digits) or name</source>
        <translation>手机号（或尾号）或姓名</translation>
    </message>
    <message>
        <source>New c&amp;ustomer</source>
        <translation>新客户(&amp;U)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Nobody found: tick New customer</source>
        <translation>没有找到：请勾选“新客户”</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <source>Choose a customer in the list to see the profile here.</source>
        <translation>在列表中选择一位客户，即可在此查看客户档案。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账户流水</translation>
    </message>
    <message>
        <source>Every change of stored value, points and sessions, with the balance after</source>
        <translation>储值、积分和次数的每一笔变动，以及变动后的余额</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Close the profile</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the profile (F4)</source>
        <translation>编辑档案（F4）</translation>
    </message>
    <message>
        <source>Write a note on the timeline</source>
        <translation>在时间线上写一条备忘</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the customer back into the list</source>
        <translation>将客户恢复到客户列表中</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge into another customer…</source>
        <translation>合并到其他客户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>收银(&amp;S)</translation>
    </message>
    <message>
        <source>Record a sale for this customer (F9)</source>
        <translation>为该客户收银（F9）</translation>
    </message>
    <message>
        <source>&amp;Top up</source>
        <translation>充值(&amp;T)</translation>
    </message>
    <message>
        <source>Put money on the stored-value balance</source>
        <translation>为储值账户充值</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>添加备忘(&amp;D)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Merge, archive; the person&apos;s data: export, withdraw consent, erase</source>
        <translation>合并、归档；个人信息：导出、撤回同意、删除</translation>
    </message>
    <message>
        <source>Print member &amp;card…</source>
        <translation>打印会员卡(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>导出此客户的全部个人信息(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw marketing consent…</source>
        <translation>撤回营销同意(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person&apos;s data…</source>
        <translation>删除此客户的个人信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Gift for p&amp;oints</source>
        <translation>积分兑换(&amp;O)</translation>
    </message>
    <message>
        <source>Give a gift for the customer&apos;s points</source>
        <translation>用客户的积分兑换礼品</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>退储值(&amp;W)</translation>
    </message>
    <message>
        <source>Pay stored value back to the customer</source>
        <translation>将储值余额退还给客户</translation>
    </message>
    <message>
        <source>Set t&amp;ier</source>
        <translation>设置等级(&amp;I)</translation>
    </message>
    <message>
        <source>Put the member in a tier by hand</source>
        <translation>手动设置会员等级</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销消息</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Write a note (a call, a wish, a remark)…</source>
        <translation>写一条备忘（如来电、需求、其他情况）…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation>只显示一个账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>What</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>No stored value, points or cards yet.</source>
        <translation>暂无储值、积分或卡项。</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
    <message>
        <source>No phone or card</source>
        <translation>无手机号和卡号</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>%1 已同意</translation>
    </message>
    <message>
        <source>No consent to messages</source>
        <translation>未同意接收消息</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · 经办人：%2</translation>
    </message>
    <message>
        <source>points %1</source>
        <translation>积分 %1</translation>
    </message>
    <message>
        <source>%1 (principal %2 + bonus %3)</source>
        <translation>%1（本金 %2 + 赠送 %3）</translation>
    </message>
    <message>
        <source>%1 lapse on %2</source>
        <translation>%1 积分将于 %2 过期</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>%1 / %2 left</source>
        <translation>剩余 %1/%2 次</translation>
    </message>
    <message>
        <source>unlimited visits</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>公历 %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message numerus="yes">
        <source>next on %1 (in %n day(s))</source>
        <translation>
            <numerusform>下次生日 %1（还有 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation>下次生日 %1</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>%1 will no longer be found at the till or shown in the list. Their history is kept, and they can be restored at any time.

Reason (optional):</source>
        <translation>归档后，收银时将查不到 %1，客户列表中也不再显示。其历史记录会保留，可随时恢复。

归档原因（选填）：</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Find the customer that %1 is a duplicate of. That customer keeps the timeline, tags, balance, points and visits of both.</source>
        <translation>请找到与 %1 重复的那位客户。合并后，该客户将保留双方的时间线、标签、余额、积分和到店次数。</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

Everything of %1 moves to %2, and %1 is archived. This cannot be undone.</source>
        <translation>确定将 %1 合并到 %2 吗？

%1 的所有资料将转到 %2 名下，%1 将被归档。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>客显副屏</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>欢迎光临！</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员优惠</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Points after</source>
        <translation>消费后积分</translation>
    </message>
    <message>
        <source>Stored value after</source>
        <translation>消费后储值余额</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>hair</source>
        <translation>发质</translation>
    </message>
    <message>
        <source>skin</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>同意营销</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>发质</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Find the customer by name, phone or card no.</source>
        <translation>按姓名、手机或卡号查找客户</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name, pinyin, phone or card number.</source>
        <translation>输入客户姓名、拼音、手机或卡号。</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>编辑客户 — %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation>偏好与备注</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>11-digit mobile or area code + number</source>
        <translation>11 位手机号，或区号+座机号</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation>其他电话(&amp;O)</translation>
    </message>
    <message>
        <source>Swipe the card or type its number</source>
        <translation>刷卡或输入卡号</translation>
    </message>
    <message>
        <source>&amp;Card no.</source>
        <translation>会员卡号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>介绍人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Agrees to receive messages from the store</source>
        <translation>同意接收本店发送的消息</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销消息</translation>
    </message>
    <message>
        <source>Pre&amp;ferences</source>
        <translation>偏好(&amp;F)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Born in the leap month (闰月) of the lunar year</source>
        <translation>生日在农历闰月</translation>
    </message>
    <message>
        <source>Only for a referral</source>
        <translation>仅转介绍的客户填写</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No referrer</source>
        <translation>清除介绍人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Find the customer who recommended the store.</source>
        <translation>请找到介绍该客户来店的老客户。</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>已是本店客户</translation>
    </message>
    <message>
        <source>Open %1&apos;s profile instead, or keep editing this form?</source>
        <translation>要改为打开 %1 的档案，还是继续编辑当前表单？</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>%1: %2 left</source>
        <extracomment>A page fills a tall window (30 rows of 36 px at 1080 px): opening, sorting and filtering read one page, and what a page shows of each customer (tags, cards, category) costs ~0.6 ms a row at 100k under load: 200 rows were 127 ms of a 245 ms filter.</extracomment>
        <translation>%1：余 %2 次</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1：至 %2</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Name, pinyin, phone or card no.</source>
        <translation>姓名、拼音、手机号或卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>选择(&amp;H)</translation>
    </message>
</context>
<context>
    <name>CustomerPrivacy</name>
    <message>
        <source>In the store</source>
        <translation>到店告知</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话告知</translation>
    </message>
    <message>
        <source>On WeChat</source>
        <translation>微信告知</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>短信告知</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>Personal data of %1.pdf</source>
        <translation>%1的个人信息.pdf</translation>
    </message>
    <message>
        <source>Save everything about this person</source>
        <translation>保存此客户的全部个人信息</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Personal data saved</source>
        <translation>个人信息已保存</translation>
    </message>
    <message>
        <source>Everything the store holds about this person was saved:
%1
%2

Hand the files to the customer; keep no other copy.</source>
        <translation>本店保存的关于此客户的全部信息已保存：
%1
%2

请将文件交给客户本人，不要另留副本。</translation>
    </message>
    <message>
        <source>Writing the person&apos;s data…</source>
        <translation>正在写入个人信息…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不支持排序。</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Name, pinyin, phone / last 4 digits, card no.</source>
        <translation>姓名、拼音、手机号/手机尾号4位、卡号</translation>
    </message>
    <message>
        <source>Ctrl+F. Enter opens the customer (or the card&apos;s owner); ↓ goes to the list.</source>
        <translation>Ctrl+F 定位到搜索框。按 Enter 打开该客户（或该卡的持卡人），按 ↓ 进入列表。</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>只显示带有此标签的客户</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Only customers of this category</source>
        <translation>只显示此分类的客户</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1+ 位客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>自选日期…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>提成明细(&amp;S)…</translation>
    </message>
    <message>
        <source>Every entry behind the selected person&apos;s month</source>
        <translation>所选员工当月提成的每一笔明细</translation>
    </message>
    <message>
        <source>Cash performance (现金业绩)</source>
        <translation>现金业绩</translation>
    </message>
    <message>
        <source>Consumption (消耗业绩)</source>
        <translation>消耗业绩</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Card and top-up sales</source>
        <translation>开卡与充值</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Cash perf.</source>
        <translation>现金业绩</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消耗业绩</translation>
    </message>
    <message>
        <source>Avg. ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Asked for (指定率)</source>
        <translation>指定率</translation>
    </message>
    <message>
        <source>Came back (回头客率)</source>
        <translation>回头客率</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>开卡业绩</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值业绩</translation>
    </message>
    <message>
        <source>现金业绩: money received for what they served, cards and top-ups they sold. 消耗业绩: services and goods consumed, from stored value and session cards too. 回头客率: their members who came back within 60 days so far. Refunds count on the day of the refund.</source>
        <translation>现金业绩：其服务、开卡与充值实际收到的钱。消耗业绩：消费的项目与商品，含储值与次卡消费。回头客率：其服务的会员中至今已在 60 天内回店的比例。退款计入退款当天。</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>DayBookModel</name>
    <message>
        <source>(requested)</source>
        <extracomment>The colour of an appointment&apos;s block by its status (the legend shows the same).</extracomment>
        <translation>（指定）</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>%1% off</source>
        <translation>减%1%</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this person&apos;s data</source>
        <translation>删除此客户的个人信息</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erased for good: the name, phones, card number, birthday, address, notes, preferences, tags, the search keys, and what staff wrote about %1 on the timeline, in contacts, tasks, service records and sale notes.&lt;/p&gt;&lt;p&gt;Kept, under “%2”: the sales and the ledger (the books must still add up), visits and amounts. Unused points lapse.&lt;/p&gt;&lt;p&gt;Backups made before now still hold the data: they are marked in the backup list and removed by the next good backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;此操作无法撤销。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;将永久删除：姓名、电话、卡号、生日、地址、备注、偏好、标签、搜索索引，以及员工在时间线、联系记录、跟进任务、服务记录和消费备注中关于%1写下的内容。&lt;/p&gt;&lt;p&gt;以“%2”保留：消费记录和账户流水（账目必须仍然平衡）、到店次数和金额。未使用的积分作废。&lt;/p&gt;&lt;p&gt;此前的备份仍含有这些信息：它们会在备份列表中标出，并在下一次成功备份后被删除。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation>输入客户姓名以确认：</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>永久删除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln customer(s) of the current list, as filtered and sorted.</source>
        <translation>
            <numerusform>当前列表（按当前筛选和排序）中的 %Ln 多位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) of the current list, as filtered and sorted.</source>
        <translation>
            <numerusform>导出当前列表中的 %n 位客户，保持当前的筛选和排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers (138****5678)</source>
        <translation>手机号脱敏，隐藏中间四位（138****5678）(&amp;M)</translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>保存客户列表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>What the message preview says about its made-up customer (besides the translated name). The placeholders the template editor offers as buttons (the service also knows English ones). The made-up appointment of the preview (tomorrow&apos;s appointments, no-show follow-up). Topics of the store bus that change what these tabs show.</extracomment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>New follow-up task</source>
        <translation>新建跟进任务</translation>
    </message>
    <message>
        <source>e.g. Ask how the new hair colour holds up</source>
        <translation>例如：问问新染的颜色保持得怎样</translation>
    </message>
    <message>
        <source>The task is on the today list from this day on.</source>
        <translation>从这一天起任务出现在今日提醒里。</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Anything the person calling should know</source>
        <translation>联系的人需要知道的情况</translation>
    </message>
    <message>
        <source>Cust&amp;omer</source>
        <translation>客户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FollowupsTab</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>显示哪些任务</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <source>Only the tasks assigned to me</source>
        <translation>只看分配给我的任务</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>新建跟进(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a follow-up task (Ctrl+N)</source>
        <translation>新增跟进任务 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected task as done</source>
        <translation>将选中的任务标记为完成</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected task (it is no longer needed)</source>
        <translation>取消选中的任务（不再需要）</translation>
    </message>
    <message>
        <source>Your role can see the tasks but not change them.</source>
        <translation>您的角色可以查看任务，但不能修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Cancel the task “%1” for %2?</source>
        <translation>取消 %2 的任务“%1”？</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>Gift for points</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>No gifts yet: give an item a points cost in the catalogue.</source>
        <translation>暂无礼品：请在商品与服务项目中为商品设置兑换所需积分。</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>兑换(&amp;R)</translation>
    </message>
    <message>
        <source>Give the gift and take the points (Ctrl+Enter)</source>
        <translation>送出礼品并扣除积分（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <source>Takes %n point(s)</source>
        <translation>
            <numerusform>需 %n 积分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveCouponsDialog</name>
    <message>
        <source>Give coupons to a list</source>
        <translation>批量发券</translation>
    </message>
    <message>
        <source>One “%1” to each customer chosen here who agreed to marketing messages; customers who already hold as many as the coupon allows are skipped.</source>
        <translation>给这里选出的、同意接收营销信息的顾客每人发一张“%1”；已达到每人限领张数的顾客会跳过。</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>等级(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>发放(&amp;G)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) get one</source>
        <translation>
            <numerusform>%n 位顾客各得一张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without marketing consent left out</source>
        <translation>
            <numerusform>另有 %n 位未同意接收营销信息，已排除</numerusform>
        </translation>
    </message>
    <message>
        <source>Giving coupons…</source>
        <translation>正在发券…</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) given.</source>
        <translation>
            <numerusform>已发出 %n 张券。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already had as many as allowed.</source>
        <translation>
            <numerusform>%n 位顾客已达到限领张数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to marketing messages.</source>
        <translation>
            <numerusform>%n 位未同意接收营销信息，已排除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HardwareTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Test print, as printed</source>
        <translation>测试打印效果</translation>
    </message>
    <message>
        <source>Only the owner sets up the counter&apos;s devices.</source>
        <translation>只有店主可以设置收银台的设备。</translation>
    </message>
    <message>
        <source>Receipt printer and cash drawer</source>
        <translation>小票打印机和钱箱</translation>
    </message>
    <message>
        <source>None: receipts through the print dialog</source>
        <translation>无：小票通过打印对话框打印</translation>
    </message>
    <message>
        <source>An ordinary printer (its driver)</source>
        <translation>普通打印机（使用其驱动程序）</translation>
    </message>
    <message>
        <source>ESC/POS printer on USB (device file)</source>
        <translation>USB 接口的 ESC/POS 打印机（设备文件）</translation>
    </message>
    <message>
        <source>ESC/POS printer on a serial port</source>
        <translation>串口 ESC/POS 打印机</translation>
    </message>
    <message>
        <source>ESC/POS printer on the network (port 9100)</source>
        <translation>网络 ESC/POS 打印机（9100 端口）</translation>
    </message>
    <message>
        <source>ESC/POS printer through a printer queue (raw)</source>
        <translation>通过打印队列的 ESC/POS 打印机（原始模式）</translation>
    </message>
    <message>
        <source>Write to a file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <source>Print the receipt by itself after each sale</source>
        <translation>每单收银后自动打印小票</translation>
    </message>
    <message>
        <source>Open the cash drawer when cash is paid</source>
        <translation>收到现金时自动打开钱箱</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>2 号针脚（多数钱箱）</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>5 号针脚</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <source>Print a test receipt with the settings shown</source>
        <translation>按当前显示的设置打印一张测试小票</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>位置(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Baud rate</source>
        <translation>波特率(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>纸宽(&amp;A)</translation>
    </message>
    <message>
        <source>Drawer &amp;pin</source>
        <translation>钱箱针脚(&amp;P)</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>客显副屏</translation>
    </message>
    <message>
        <source>COM3 or /dev/ttyUSB0; empty: none</source>
        <translation>COM3 或 /dev/ttyUSB0；留空表示没有</translation>
    </message>
    <message>
        <source>A picture shown between sales (optional)</source>
        <translation>两单之间显示的图片（可选）</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Second scr&amp;een</source>
        <translation>副屏(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;LED pole display</source>
        <translation>LED 客显屏(&amp;L)</translation>
    </message>
    <message>
        <source>Pole ba&amp;ud rate</source>
        <translation>客显屏波特率(&amp;U)</translation>
    </message>
    <message>
        <source>Promotion p&amp;icture</source>
        <translation>促销图片(&amp;I)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The printer&apos;s name in the system</source>
        <translation>打印机在系统中的名称</translation>
    </message>
    <message>
        <source>A file the bytes are added to</source>
        <translation>追加写入的文件</translation>
    </message>
    <message>
        <source>Saved. The till uses these devices from the next sale.</source>
        <translation>已保存。下一单起收银台使用这些设备。</translation>
    </message>
    <message>
        <source>A test print goes to an ESC/POS printer; choose its kind and place.</source>
        <translation>测试打印需要 ESC/POS 打印机；请选择类型和位置。</translation>
    </message>
    <message>
        <source>The test receipt was sent to %1.</source>
        <translation>测试小票已发送到 %1。</translation>
    </message>
    <message>
        <source>Give the printer&apos;s place first.</source>
        <translation>请先填写打印机的位置。</translation>
    </message>
    <message>
        <source>The picture for the customer display</source>
        <translation>客显副屏的图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Why (e.g. Spring Festival)</source>
        <translation>原因（如春节）</translation>
    </message>
    <message>
        <source>Add a &amp;closed day</source>
        <translation>添加店休日(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Closed days ahead: %1</source>
        <translation>今后的店休日：%1</translation>
    </message>
    <message>
        <source>A closed day is today or later.</source>
        <translation>店休日须是今天或以后。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import customers from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入客户</translation>
    </message>
    <message>
        <source>Export the customer list from your old system as .xlsx or .csv (UTF-8 or GBK). Columns such as 姓名, 手机, 性别, 生日, 卡号, 标签, 余额, 积分 and 备注 are recognised. You will see every row before anything is saved.</source>
        <translation>请先从原来的系统中把客户列表导出为 .xlsx 或 .csv 文件（UTF-8 或 GBK 编码）。可自动识别姓名、手机、性别、生日、卡号、标签、余额、积分、备注等列。保存前，您可以先查看每一行的导入结果。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns (choose what each column holds):</source>
        <translation>列对应关系（请为每一列选择导入的内容）：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Check &amp;again with these columns</source>
        <translation>按此对应关系重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported (fix them in the file):</source>
        <translation>无法导入的行（请在文件中修改）：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First rows as they will be imported:</source>
        <translation>导入预览（前几行）：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Customers already in the store:</source>
        <translation>店内已有的客户：</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation>用文件中的资料更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Test run only (save nothing)</source>
        <translation>仅试运行（不保存）(&amp;T)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the customer file</source>
        <translation>选择客户文件</translation>
    </message>
    <message>
        <source>Customer lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>客户列表 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4, %5.</source>
        <translation>%1：%2 — %3，%4，%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>共读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>新客户 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store</source>
        <translation>
            <numerusform>店内已有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be created</source>
        <translation>
            <numerusform>将新建 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>已新建 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as already in the store</source>
        <translation>
            <numerusform>%n 位店内已有，已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Test run: %1. Nothing was saved.</source>
        <translation>试运行：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1. Rows with problems were not imported.</source>
        <translation>%1。有问题的行未导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carried a balance or points for a customer who already exists; those balances were not changed.</source>
        <translation>
            <numerusform>有 %n 行为已有客户填写了余额或积分，这些客户原有的余额和积分未作更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Already in the store: %1</source>
        <translation>店内已有：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Add an item or service</source>
        <translation>添加商品或服务项目</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>e.g. Haircut</source>
        <translation>例如：剪发</translation>
    </message>
    <message>
        <source>e.g. Hair care</source>
        <translation>例如：护发</translation>
    </message>
    <message>
        <source>Not a gift</source>
        <translation>不可兑换</translation>
    </message>
    <message>
        <source>Members may take this as a gift for so many points.</source>
        <translation>会员可用这么多积分兑换此项作为礼品。</translation>
    </message>
    <message>
        <source>Tier discounts apply</source>
        <translation>享受会员等级折扣</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source> point(s)</source>
        <translation>
            <numerusform>积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind the customer to come back after this many days (e.g. a hair colour).</source>
        <translation>在这么多天后提醒客户回店（例如染发）。</translation>
    </message>
    <message>
        <source>Not set (30 min)</source>
        <translation>未设置（30 分钟）</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>How long an appointment for this service takes.</source>
        <translation>预约这个服务项目需要多长时间。</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>分类(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Price (¥)</source>
        <translation>价格（¥）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gift for</source>
        <translation>积分兑换(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Return visit after</source>
        <translation>回访间隔(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>Usual items (Alt+1…Alt+5)</source>
        <translation>常用项目（Alt+1…Alt+5）</translation>
    </message>
    <message>
        <source>Item, pinyin or amount (F3)</source>
        <translation>商品、拼音或金额（F3）</translation>
    </message>
    <message>
        <source>Enter adds the highlighted item; a number such as 88 or 88.5 adds that amount (F3)</source>
        <translation>按 Enter 添加高亮的项目；输入 88 或 88.5 这样的数字则直接添加该金额（F3）</translation>
    </message>
    <message>
        <source>Item or service</source>
        <translation>商品或服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Use card</source>
        <translation>用卡</translation>
    </message>
    <message>
        <source>Sell card</source>
        <translation>售卡</translation>
    </message>
    <message>
        <source>Best sellers (Alt+1…Alt+5)</source>
        <translation>热销项目（Alt+1…Alt+5）</translation>
    </message>
    <message>
        <source>Add %1, %2 (Alt+%3)</source>
        <translation>添加 %1，%2（Alt+%3）</translation>
    </message>
    <message>
        <source>Enter adds an amount of %1</source>
        <translation>按 Enter 添加金额 %1</translation>
    </message>
    <message>
        <source>No item matches; type a number to add an amount.</source>
        <translation>没有匹配的商品；输入数字可直接添加金额。</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Accounts that need a new password</source>
        <translation>需要设置新密码的账号</translation>
    </message>
    <message>
        <source>These accounts have not signed in since StoreCRM was updated, so their passwords could not be carried over to the store&apos;s new key: %1. Give each a new password (Reset password).</source>
        <translation>这些账号自 StoreCRM 更新以来还没有登录过，因此它们的密码无法沿用到门店的新密钥：%1。请为每个账号设置新密码（重置密码）。</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in. Their key is taken out of the store and the store&apos;s key is changed, so a copy of the key file taken earlier opens nothing written from now on. On a large store this takes a minute.</source>
        <translation>要停用 %1 吗？停用后将无法登录。此账号的密钥会从门店中移除，门店的密钥也会更换，因此之前复制走的密钥文件打不开从现在起写入的任何数据。数据较多的门店需要约一分钟。</translation>
    </message>
    <message>
        <source>The account is disabled. %1</source>
        <translation>账号已停用。%1</translation>
    </message>
    <message>
        <source>Disabling the account and changing the store&apos;s key…</source>
        <translation>正在停用账号并更换门店密钥…</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Sessions: %1</source>
        <translation>次数：%1</translation>
    </message>
    <message>
        <source>Stored value (paid in)</source>
        <translation>储值（本金）</translation>
    </message>
    <message>
        <source>Stored value (bonus)</source>
        <translation>储值（赠送）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>Card bought</source>
        <translation>购卡</translation>
    </message>
    <message>
        <source>Card used</source>
        <translation>划卡</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Bonus forfeited</source>
        <translation>清零赠送金额</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Points lapsed</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Coupon bought with points</source>
        <translation>积分兑换优惠券</translation>
    </message>
    <message>
        <source>Top-up gift</source>
        <translation>充值赠送</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Welcome coupon %1</source>
        <extracomment>How far back the win-back looks at visits (enough for a usual interval of months). The standing campaigns&apos; names (the campaign row keeps the name in the language of the day it was made, like a campaign the owner names); ``%1`` is the year.</extracomment>
        <translation>开卡礼 %1</translation>
    </message>
    <message>
        <source>Birthday coupon %1</source>
        <translation>生日礼 %1</translation>
    </message>
    <message>
        <source>Win-back coupon %1</source>
        <translation>沉睡唤醒 %1</translation>
    </message>
    <message>
        <source>Referral reward %1</source>
        <translation>推荐奖励 %1</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Lifecycle offers</source>
        <translation>会员礼遇</translation>
    </message>
    <message>
        <source>&amp;Welcome coupon on joining</source>
        <translation>开卡礼：入会送券(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Birthday coupon</source>
        <translation>生日礼(&amp;B)</translation>
    </message>
    <message>
        <source>W&amp;in-back coupon for a customer who stays away</source>
        <translation>沉睡唤醒：久未到店送券(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Referral reward</source>
        <translation>推荐奖励(&amp;R)</translation>
    </message>
    <message>
        <source>New members from the day it is switched on.</source>
        <translation>自开启之日起新入会的客户。</translation>
    </message>
    <message>
        <source>Solar or lunar, as the customer&apos;s birthday is kept; once a year.</source>
        <translation>按客户登记的公历或农历生日；每年一次。</translation>
    </message>
    <message>
        <source>When the days since the last visit pass the customer&apos;s usual interval (the middle of the gaps between their visits) by the margin; once a year.</source>
        <translation>距上次到店的天数超过该客户平时的到店间隔（各次到店间隔的中位数）加上余量时发放；每年一次。</translation>
    </message>
    <message>
        <source>To the customer who referred someone, when that person first pays.</source>
        <translation>被推荐的客户首次消费时，发给推荐人。</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>Give it</source>
        <translation>发放此券</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>至少到店次数</translation>
    </message>
    <message>
        <source>Each offer is a standing campaign: its coupons go out once a day when the store is opened, to customers with marketing consent, and are listed in the reminders to tell the customer. A random holdout gets nothing, so the campaigns list shows what each offer earned.</source>
        <translation>每项礼遇都是一个常设活动：每天开店时发放一次，只发给同意接收营销信息的客户，并列入提醒以便告知客户。随机抽取的未参与组不发券，活动列表据此显示每项礼遇带来的收益。</translation>
    </message>
    <message>
        <source>There is no active coupon template yet: create one under Coupons first.</source>
        <translation>还没有可用的优惠券模板：请先在优惠券中创建。</translation>
    </message>
    <message>
        <source>Chosen at random, these customers get nothing: what they spend shows what the others would have spent without the offer.</source>
        <translation>随机抽取的这部分客户不发任何优惠：他们的消费说明了其他客户在没有优惠时会消费多少。</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>未参与比例</translation>
    </message>
</context>
<context>
    <name>LineStaffDialog</name>
    <message>
        <source>(asst.)</source>
        <translation>（助）</translation>
    </message>
    <message>
        <source>Who served: %1</source>
        <translation>服务人员：%1</translation>
    </message>
    <message>
        <source>Type a name, pinyin, number or grade</source>
        <translation>输入姓名、拼音、工号或级别</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <source>Add as &amp;main</source>
        <translation>设为主做(&amp;M)</translation>
    </message>
    <message>
        <source>Add as a&amp;ssistant</source>
        <translation>设为助理(&amp;S)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+回车</translation>
    </message>
    <message>
        <source>&amp;Asked for (指定)</source>
        <translation>指定(&amp;A)</translation>
    </message>
    <message>
        <source>The customer asked for the main staff member</source>
        <translation>顾客指定了主做员工</translation>
    </message>
    <message>
        <source>Serving this line</source>
        <translation>本行服务人员</translation>
    </message>
    <message>
        <source>Enter: add as main · Shift+Enter: as assistant · Space: main ↔ assistant · R: asked for · Delete: take off · Ctrl+Enter: done</source>
        <translation>回车：设为主做 · Shift+回车：设为助理 · 空格：主做↔助理 · R：指定 · Delete：移除 · Ctrl+回车：完成</translation>
    </message>
    <message>
        <source>As the sa&amp;le</source>
        <translation>同整单(&amp;L)</translation>
    </message>
    <message>
        <source>The line is served by the sale&apos;s served-by</source>
        <translation>本行服务人员与整单的服务人员相同</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>(as the sale: its served-by)</source>
        <translation>（同整单的服务人员）</translation>
    </message>
    <message>
        <source>main</source>
        <translation>主做</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>指定</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Served by…</source>
        <translation>服务人员…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在打开门店…</translation>
    </message>
    <message>
        <source>Sign in — StoreCRM</source>
        <translation>登录 — StoreCRM</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>忘记密码(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Other store…</source>
        <translation>其他门店(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>LunarDate</name>
    <message>
        <source>lunar leap %1/%2</source>
        <extracomment>12345 → &quot;¥123.45&quot;, 123456789 → &quot;¥1,234,567.89&quot;, -500 → &quot;-¥5.00&quot; (``domain/money``).</extracomment>
        <translation>农历闰%1%2</translation>
    </message>
    <message>
        <source>lunar %1/%2</source>
        <translation>农历%1%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>year, then the lunar date</comment>
        <translation>%1年%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开%1…</translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle coupon(s) issued today</source>
        <translation>
            <numerusform>今天已发放 %n 张会员礼券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>今日 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;sale…</source>
        <translation>新建收银(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation>退出登录 / 切换用户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About StoreCRM</source>
        <translation>关于 StoreCRM(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>当前登录：%1 · %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>The store&apos;s data is encrypted on disk (SQLCipher, AES-256).</source>
        <translation>门店数据在本机硬盘上加密保存（SQLCipher，AES-256）。</translation>
    </message>
    <message>
        <source>About StoreCRM</source>
        <translation>关于 StoreCRM</translation>
    </message>
    <message>
        <source>StoreCRM %1 — customer archive and membership for one store.</source>
        <translation>StoreCRM %1 — 单门店客户档案与会员管理软件。</translation>
    </message>
</context>
<context>
    <name>MemberArea</name>
    <message>
        <source>Find a member (F2)</source>
        <translation>查找会员（F2）</translation>
    </message>
    <message>
        <source>The phone&apos;s last digits, the name, its pinyin or initials, or the card number (a card reader works too); Enter picks the first match (F2)</source>
        <translation>输入手机尾号、姓名、姓名拼音或首字母，或会员卡号（也可直接刷卡）；按 Enter 选择第一个匹配项（F2）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Sell to a walk-in customer, without a member (Ctrl+W)</source>
        <translation>按散客收银，不关联会员（Ctrl+W）</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>No member discount, points or stored value. To sell to a member, type the phone&apos;s last digits, the name, its pinyin or the card number above (F2).</source>
        <translation>散客不享受会员折扣、积分和储值。如需按会员收银，请在上方输入手机尾号、姓名、拼音或会员卡号（F2）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>新建会员(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a member of this phone or card, without leaving the till (Enter)</source>
        <translation>用这个手机号或卡号新建会员，不用离开收银台（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的会员。</translation>
    </message>
</context>
<context>
    <name>MemberCardDialog</name>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>&amp;Print on the receipt printer</source>
        <translation>在小票打印机上打印(&amp;P)</translation>
    </message>
    <message>
        <source>A sticker with the barcode and the QR code</source>
        <translation>带条形码和二维码的贴纸</translation>
    </message>
    <message>
        <source>Cop&amp;ies on the A4 sheet</source>
        <translation>A4 纸上的张数(&amp;I)</translation>
    </message>
    <message>
        <source>Save A4 &amp;sheet (PDF)…</source>
        <translation>保存 A4 卡片页 (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The member has no card number yet: give one on the profile (Edit).</source>
        <translation>该会员还没有卡号：请在客户档案中填写（编辑）。</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings → Hardware); the A4 sheet works.</source>
        <translation>尚未设置小票打印机（设置 → 硬件）；可以保存 A4 卡片页。</translation>
    </message>
    <message>
        <source>The card number is the barcode and the QR code.</source>
        <translation>卡号即条形码和二维码的内容。</translation>
    </message>
    <message>
        <source>Sent to the receipt printer.</source>
        <translation>已发送到小票打印机。</translation>
    </message>
    <message>
        <source>Save the member cards</source>
        <translation>保存会员卡</translation>
    </message>
    <message>
        <source>member-card-%1.pdf</source>
        <translation>会员卡-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
    <message>
        <source>No phone or card</source>
        <translation>无手机号和卡号</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>到店 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lapse on %1</source>
        <translation>
            <numerusform>%n 积分将于 %1 过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限次</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩 %1 次</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <source>No discount</source>
        <translation>无折扣</translation>
    </message>
    <message>
        <source>cumulative spend ≥ %1</source>
        <translation>累计消费 ≥ %1</translation>
    </message>
    <message>
        <source>single top-up ≥ %1</source>
        <translation>单次充值 ≥ %1</translation>
    </message>
    <message>
        <source>Set by hand only</source>
        <translation>仅手动设置</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two upgrade rules</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Top up %1, get %2 free</source>
        <translation>充 %1 送 %2</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>永久有效</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Session card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Period card</source>
        <translation>期限卡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MembershipScreen</name>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points &amp;&amp; stored value</source>
        <translation>积分与储值</translation>
    </message>
    <message>
        <source>Session cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Items &amp;&amp; services</source>
        <translation>商品与服务项目</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>manage user accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>change the store&apos;s settings</source>
        <translation>修改门店设置</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>This staff member has the day off (rest) that day.</source>
        <translation>该员工当天休息。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项，请填写。</translation>
    </message>
    <message>
        <source>A user name must be 2–32 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, no spaces.</source>
        <translation>用户名须为 2–32 个字符：汉字、字母、数字、“.”、“-”或“_”，不能有空格。</translation>
    </message>
    <message>
        <source>This store is already open in another copy of StoreCRM (on computer %1, since %2). Close that copy first.</source>
        <translation>此门店已在另一个 StoreCRM 窗口中打开（电脑 %1，打开于 %2）。请先关闭那个窗口。</translation>
    </message>
    <message>
        <source>This store is already open in another copy of StoreCRM. Close that copy first.</source>
        <translation>此门店已在另一个 StoreCRM 窗口中打开。请先关闭那个窗口。</translation>
    </message>
    <message>
        <source>Your role does not allow you to %1. Ask the store owner.</source>
        <translation>您的角色无权%1，请联系店主。</translation>
    </message>
    <message>
        <source>record sales</source>
        <translation>收银</translation>
    </message>
    <message numerus="yes">
        <source>A table&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>桌位名称最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An area&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>区域名称最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A room&apos;s name is at most %n character(s).</source>
        <translation>
            <numerusform>房间名称最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>refund sales</source>
        <translation>办理退款</translation>
    </message>
    <message>
        <source>approve refunds and withdrawals above the limit</source>
        <translation>审批超出限额的退款和退储值</translation>
    </message>
    <message>
        <source>view sales</source>
        <translation>查看消费记录</translation>
    </message>
    <message>
        <source>change the catalogue, prices or card plans</source>
        <translation>修改商品与服务项目、价格或卡种</translation>
    </message>
    <message>
        <source>change the membership tiers and rules</source>
        <translation>修改会员等级和规则</translation>
    </message>
    <message>
        <source>change a member&apos;s tier</source>
        <translation>调整会员的等级</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore the store from a backup</source>
        <translation>从备份恢复门店数据</translation>
    </message>
    <message>
        <source>see the reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>change the reminder rules and message templates</source>
        <translation>修改提醒规则和消息模板</translation>
    </message>
    <message>
        <source>Still to pay: %1.</source>
        <extracomment>Parameters that are money (fen) in the sale and membership problems, per field.</extracomment>
        <translation>还需支付 %1。</translation>
    </message>
    <message>
        <source>Only cash can be more than the total; the other payments are %1 too much.</source>
        <translation>只有现金可以多付（找零）；其他支付方式多出了 %1。</translation>
    </message>
    <message>
        <source>Stored value and points can only be used by a member; choose the member.</source>
        <translation>储值和积分只能由会员使用，请先选择会员。</translation>
    </message>
    <message>
        <source>Cards are sold to and used by members only; choose the member.</source>
        <translation>次卡只能售给会员、由会员使用，请先选择会员。</translation>
    </message>
    <message>
        <source>Not enough stored value: %1 available, %2 needed.</source>
        <translation>储值余额不足：可用 %1，需要 %2。</translation>
    </message>
    <message>
        <source>Only %1 of paid-in stored value can be paid back (%2 asked).</source>
        <translation>储值本金只有 %1 可退（申请退 %2）。</translation>
    </message>
    <message>
        <source>Not enough points: %1 available, %2 needed.</source>
        <translation>积分不足：可用 %1，需要 %2。</translation>
    </message>
    <message>
        <source>Not enough sessions left on the card: %1 left, %2 wanted.</source>
        <translation>次卡剩余次数不足：剩余 %1 次，需要 %2 次。</translation>
    </message>
    <message>
        <source>Paying with points is switched off in the membership rules.</source>
        <translation>会员规则中已关闭积分抵现。</translation>
    </message>
    <message>
        <source>Add at least one item or amount.</source>
        <translation>请至少添加一个商品或金额。</translation>
    </message>
    <message>
        <source>This customer is archived; restore the customer first.</source>
        <translation>该客户已归档，请先恢复该客户。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择商品。</translation>
    </message>
    <message>
        <source>This item is no longer sold.</source>
        <translation>该商品已停售。</translation>
    </message>
    <message>
        <source>This item cannot be taken for points.</source>
        <translation>该商品不能用积分兑换。</translation>
    </message>
    <message>
        <source>Choose a card.</source>
        <translation>请选择次卡。</translation>
    </message>
    <message>
        <source>This card plan is no longer sold.</source>
        <translation>该卡项已停售。</translation>
    </message>
    <message>
        <source>This card does not belong to the member.</source>
        <translation>该卡不属于此会员。</translation>
    </message>
    <message>
        <source>This card cannot be used any more (used up, expired or refunded).</source>
        <translation>该卡已不能使用（已用完、已过期或已退款）。</translation>
    </message>
    <message>
        <source>This card is for another service.</source>
        <translation>该卡不能用于此服务项目。</translation>
    </message>
    <message>
        <source>The card %1 has been used already; it cannot be refunded.</source>
        <translation>次卡“%1”已经使用过，不能退款。</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change a price.</source>
        <translation>只有店主或店长可以修改价格。</translation>
    </message>
    <message>
        <source>A payment must be more than ¥0.00.</source>
        <translation>支付金额必须大于 ¥0.00。</translation>
    </message>
    <message>
        <source>The amount must be between %1 and %2.</source>
        <translation>金额必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The quantity must be between %1 and %2.</source>
        <translation>数量必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>An item of this sale no longer exists.</source>
        <translation>这笔消费中的某个商品已不存在。</translation>
    </message>
    <message>
        <source>This line cannot be sold.</source>
        <translation>这一行无法销售。</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>请选择支付方式。</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this sale.</source>
        <translation>这笔消费已没有可退的内容。</translation>
    </message>
    <message>
        <source>The refund (%2) is more than what is left of the payments (%1).</source>
        <translation>退款金额（%2）超过了剩余可退的支付金额（%1）。</translation>
    </message>
    <message>
        <source>Only sales and top-ups can be refunded.</source>
        <translation>只有消费和充值可以退款。</translation>
    </message>
    <message>
        <source>This staff member&apos;s account is disabled.</source>
        <translation>该员工账号已停用。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>请填写任务内容。</translation>
    </message>
    <message>
        <source>Give the record a subject.</source>
        <translation>请填写记录主题。</translation>
    </message>
    <message>
        <source>Write down how it was resolved before marking it resolved.</source>
        <translation>标记为已解决前，请填写处理结果。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5 stars.</source>
        <translation>满意度为 1 到 5 星。</translation>
    </message>
    <message>
        <source>A template with this name already exists.</source>
        <translation>已有同名模板。</translation>
    </message>
    <message>
        <source>The message must not be empty.</source>
        <translation>消息内容不能为空。</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1. Use {姓名}, {余额}, {积分}, {剩余次数}, {生日} or {店名}.</source>
        <translation>未知的占位符：%1。可用 {姓名}、{余额}、{积分}、{剩余次数}、{生日} 或 {店名}。</translation>
    </message>
    <message>
        <source>Choose how the customer was contacted.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>Choose the day the reminder comes back.</source>
        <translation>请选择提醒再次出现的日期。</translation>
    </message>
    <message>
        <source>A reminder can only be put off to a day after today.</source>
        <translation>提醒只能延后到今天以后的日期。</translation>
    </message>
    <message numerus="yes">
        <source>This is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>内容过长，最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sale can have at most %n line(s).</source>
        <translation>
            <numerusform>一笔消费最多 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n person(s) can serve one line.</source>
        <translation>
            <numerusform>一行最多 %n 人服务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A plan has at most %n rule(s).</source>
        <translation>
            <numerusform>一个方案最多 %n 条规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A period is at most %n day(s).</source>
        <translation>
            <numerusform>时间段最长 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>open the cash drawer without a sale</source>
        <translation>在没有交易时打开钱箱</translation>
    </message>
    <message>
        <source>change promotions and coupons, or issue coupons</source>
        <translation>修改促销活动和优惠券，或发放优惠券</translation>
    </message>
    <message>
        <source>approve a discount above the limit</source>
        <translation>批准超出权限的优惠</translation>
    </message>
    <message>
        <source>create and launch marketing campaigns</source>
        <translation>创建和发布营销活动</translation>
    </message>
    <message>
        <source>This staff member no longer works here.</source>
        <translation>该员工已离职。</translation>
    </message>
    <message>
        <source>This staff member is not on the roster.</source>
        <translation>员工名册中没有此人。</translation>
    </message>
    <message>
        <source>A line needs a main staff member, not only assistants.</source>
        <translation>每行需要一位主做，不能只有助理。</translation>
    </message>
    <message>
        <source>The same person is named twice on a line.</source>
        <translation>同一员工在一行中出现了两次。</translation>
    </message>
    <message>
        <source>A plan starts today or later: the past is never paid again.</source>
        <translation>方案只能从今天或以后生效：已发生的提成不会重算。</translation>
    </message>
    <message>
        <source>Two rules pay the same thing for the same people; keep one.</source>
        <translation>有两条规则对同一对象重复计提，请只保留一条。</translation>
    </message>
    <message>
        <source>Card sales and top-ups are paid store-wide, not per item or category.</source>
        <translation>开卡和充值提成按全店计算，不能按项目或类别设置。</translation>
    </message>
    <message>
        <source>Card sales and top-ups pay on cash performance.</source>
        <translation>开卡和充值提成按现金业绩计算。</translation>
    </message>
    <message>
        <source>Tiers start at ¥0 and go up; a fixed amount per unit cannot be tiered.</source>
        <translation>阶梯须从 ¥0 开始逐级递增；按件固定金额不能设阶梯。</translation>
    </message>
    <message>
        <source>The main staff&apos;s and the assistants&apos; shares add up to more than 100%.</source>
        <translation>主做与助理的分成合计超过了 100%。</translation>
    </message>
    <message>
        <source>A rate is between 0% and 100%.</source>
        <translation>提成比例须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A share is between 0% and 100%.</source>
        <translation>分成比例须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Another staff member has this number.</source>
        <translation>该工号已被其他员工使用。</translation>
    </message>
    <message>
        <source>This account is already linked to another staff member.</source>
        <translation>该账号已关联其他员工。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Not a month (YYYY-MM).</source>
        <translation>不是有效的月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>The store is closed on %1: choose another day.</source>
        <translation>本店 %1 休息不营业，请另选日期。</translation>
    </message>
    <message>
        <source>The store is open from %1 to %2; the appointment must fit within.</source>
        <translation>营业时间为 %1 至 %2，预约须在营业时间之内。</translation>
    </message>
    <message>
        <source>This staff member&apos;s shift is %1–%2; the appointment must fit within.</source>
        <translation>该员工当天班次为 %1–%2，预约须在班次之内。</translation>
    </message>
    <message>
        <source>This staff member is on leave at that time.</source>
        <translation>该员工这段时间请假。</translation>
    </message>
    <message>
        <source>This staff member is already booked %1–%2; choose another time.</source>
        <translation>该员工 %1–%2 已有预约，请另选时间。</translation>
    </message>
    <message>
        <source>Nobody on shift is free at that time; choose another time.</source>
        <translation>这个时间在班的员工都没有空，请另选时间。</translation>
    </message>
    <message>
        <source>This customer already has an appointment at %1.</source>
        <translation>该客户 %1 已有预约。</translation>
    </message>
    <message>
        <source>This room (bed, chair) is full at that time; choose another time or room.</source>
        <translation>该房间（床位、座椅）这个时间已满，请另选时间或房间。</translation>
    </message>
    <message>
        <source>This room, bed or chair no longer exists.</source>
        <translation>该房间、床位或座椅已不存在。</translation>
    </message>
    <message>
        <source>The store has no rooms yet: add them with Settings → Rooms…</source>
        <translation>本店还没有房间：请在 设置 → 房间… 中添加。</translation>
    </message>
    <message>
        <source>No room (bed, chair) is free at that time; choose another time.</source>
        <translation>该时间没有空闲的房间（床位、座椅），请另选时间。</translation>
    </message>
    <message>
        <source>This room has appointments to come; move or cancel them first.</source>
        <translation>该房间还有未来的预约，请先改期或取消。</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>房间需要名称。</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>已有名为 %1 的房间。</translation>
    </message>
    <message>
        <source>A room takes %1 to %2 appointments at once.</source>
        <translation>一个房间可同时容纳 %1 至 %2 个预约。</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>请至少选择一个服务项目。</translation>
    </message>
    <message>
        <source>An appointment lasts at most 12 hours.</source>
        <translation>一个预约最长 12 小时。</translation>
    </message>
    <message>
        <source>This appointment can no longer be changed that way.</source>
        <translation>该预约当前状态下不能这样更改。</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>请填写取消预约的原因。</translation>
    </message>
    <message>
        <source>Leave ends after it starts.</source>
        <translation>请假的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>A shift needs a name.</source>
        <translation>班次需要名称。</translation>
    </message>
    <message>
        <source>A shift ends at another time than it starts.</source>
        <translation>班次的结束时间不能与开始时间相同。</translation>
    </message>
    <message>
        <source>The restaurant is closed on %1: choose another day.</source>
        <translation>%1 餐厅休息：请选另一天。</translation>
    </message>
    <message>
        <source>The restaurant is open from %1 to %2; a reservation holds its table %3 minutes and must end by closing.</source>
        <translation>餐厅营业时间 %1 至 %2；每次订座占桌 %3 分钟，须在打烊前结束。</translation>
    </message>
    <message>
        <source>Table %1 is taken %2–%3; choose another table or time.</source>
        <translation>%1 桌 %2–%3 已被预订；请换一张桌或换个时间。</translation>
    </message>
    <message>
        <source>Table %1 seats %2; a party of %3 needs a larger table.</source>
        <translation>%1 桌只有 %2 个座位；%3 位客人需要更大的桌。</translation>
    </message>
    <message>
        <source>No table seats a party of %1.</source>
        <translation>没有能坐下 %1 位客人的桌。</translation>
    </message>
    <message>
        <source>No table for a party of %1 is free at that time; choose another time.</source>
        <translation>那个时间没有能坐 %1 位客人的空桌；请换个时间。</translation>
    </message>
    <message>
        <source>This table no longer exists.</source>
        <translation>这张桌已不存在。</translation>
    </message>
    <message>
        <source>Table %1 is no longer in use.</source>
        <translation>%1 桌已停用。</translation>
    </message>
    <message>
        <source>This table has reservations to come; move or cancel them first.</source>
        <translation>这张桌还有未到的预订；请先改约或取消。</translation>
    </message>
    <message>
        <source>A party is %1 to %2 people.</source>
        <translation>用餐人数为 %1 至 %2 人。</translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation>桌位需要名称。</translation>
    </message>
    <message>
        <source>There is already a table called %1.</source>
        <translation>已经有名为 %1 的桌位。</translation>
    </message>
    <message>
        <source>A table needs an area (大厅, 包间 …).</source>
        <translation>桌位需要区域（大厅、包间…）。</translation>
    </message>
    <message>
        <source>A table has %1 to %2 seats.</source>
        <translation>每桌 %1 至 %2 个座位。</translation>
    </message>
    <message>
        <source>A sitting lasts %1 to %2 minutes.</source>
        <translation>用餐时长为 %1 至 %2 分钟。</translation>
    </message>
    <message>
        <source>The store still owes this customer stored value. Pay it back (withdraw) first, then erase the customer.</source>
        <translation>本店仍欠此客户储值。请先退还储值，再删除此客户。</translation>
    </message>
    <message>
        <source>This customer still has a card with sessions or days left. Use it up or refund it first, then erase the customer.</source>
        <translation>此客户仍有未用完的次卡或未到期的期限卡。请先用完或退卡，再删除此客户。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data has already been erased.</source>
        <translation>此客户的个人信息已经删除。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; nothing can be changed.</source>
        <translation>此客户的个人信息已删除，不能再修改。</translation>
    </message>
    <message>
        <source>This customer has not agreed to marketing messages: nothing to withdraw.</source>
        <translation>此客户没有同意接收营销信息，无需撤回。</translation>
    </message>
    <message>
        <source>The day of the withdrawal cannot be in the future.</source>
        <translation>撤回日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day of the withdrawal cannot be before the consent was given.</source>
        <translation>撤回日期不能早于同意日期。</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>这张优惠券已过期。</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>这张优惠券尚未生效。</translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation>这张优惠券已经用过了。</translation>
    </message>
    <message>
        <source>This coupon was voided.</source>
        <translation>这张优惠券已作废。</translation>
    </message>
    <message>
        <source>This coupon belongs to another customer.</source>
        <translation>这张优惠券属于其他顾客。</translation>
    </message>
    <message>
        <source>Nothing on this sale is covered by the coupon.</source>
        <translation>本单没有这张优惠券适用的商品。</translation>
    </message>
    <message>
        <source>The item this coupon is for is not on the sale.</source>
        <translation>这张兑换券对应的商品不在本单中。</translation>
    </message>
    <message>
        <source>Only one coupon of this kind per sale.</source>
        <translation>同一种优惠券每单只能用一张。</translation>
    </message>
    <message>
        <source>Too many coupons on one sale.</source>
        <translation>一单使用的优惠券太多了。</translation>
    </message>
    <message>
        <source>Not used: the sale&apos;s better offer cannot be combined with it.</source>
        <translation>未使用：本单更优惠的活动不能与它同享。</translation>
    </message>
    <message>
        <source>No coupon has this code; check what was typed.</source>
        <translation>没有这个券码的优惠券，请检查输入。</translation>
    </message>
    <message>
        <source>The coupon needs a spend of %1; the items it covers come to %2.</source>
        <translation>这张券需满 %1 才能使用，适用商品合计 %2。</translation>
    </message>
    <message>
        <source>This customer already has as many of these coupons as allowed.</source>
        <translation>该顾客持有的这种优惠券已达上限。</translation>
    </message>
    <message>
        <source>This coupon is switched off.</source>
        <translation>这种优惠券已停用。</translation>
    </message>
    <message>
        <source>Choose the coupon to give.</source>
        <translation>请选择要发放的优惠券。</translation>
    </message>
    <message>
        <source>This coupon&apos;s validity has ended.</source>
        <translation>这种优惠券的有效期已结束。</translation>
    </message>
    <message>
        <source>This coupon cannot be bought with points.</source>
        <translation>这种优惠券不能用积分兑换。</translation>
    </message>
    <message>
        <source>The amount off must be more than ¥0 and at most the threshold.</source>
        <translation>减免金额须大于 ¥0，且不超过门槛金额。</translation>
    </message>
    <message>
        <source>The amount off cannot be more than the minimum spend.</source>
        <translation>减免金额不能超过最低消费。</translation>
    </message>
    <message>
        <source>A discount is between 0% and 99% of the price paid (e.g. 88 for 8.8折).</source>
        <translation>折扣为实付比例 0%–99%（如 88 即 8.8折）。</translation>
    </message>
    <message>
        <source>Say how many are bought and how many come free (at least 1 each).</source>
        <translation>请填写买几件、送几件（各至少 1 件）。</translation>
    </message>
    <message>
        <source>A gift promotion needs a threshold and the gift item.</source>
        <translation>满赠活动需要门槛金额和赠品。</translation>
    </message>
    <message>
        <source>Choose at least one membership tier.</source>
        <translation>请至少选择一个会员等级。</translation>
    </message>
    <message>
        <source>Give either an end date or a number of days from issue.</source>
        <translation>请填写截止日期或自发放起的有效天数（二选一）。</translation>
    </message>
    <message>
        <source>Give both times of the window, and not the same time twice.</source>
        <translation>请填写时段的开始和结束时间，且两者不能相同。</translation>
    </message>
    <message>
        <source>Days of the month are numbers from 1 to 31, separated by commas.</source>
        <translation>每月日期为 1 到 31 的数字，用逗号分隔。</translation>
    </message>
    <message>
        <source>A top-up gift gives at least one thing: bonus, a card, points or coupons.</source>
        <translation>充值赠送至少要送一样：赠送金额、次卡、积分或优惠券。</translation>
    </message>
    <message>
        <source>Choose the coupon and how many to give, or neither.</source>
        <translation>请同时选择优惠券和赠送张数，或都不选。</translation>
    </message>
    <message>
        <source>The top-up amount must be more than ¥0.</source>
        <translation>充值金额须大于 ¥0。</translation>
    </message>
    <message>
        <source>This campaign has already been launched.</source>
        <translation>该活动已经发布。</translation>
    </message>
    <message>
        <source>This campaign&apos;s period is over: it can no longer be launched.</source>
        <translation>该活动的期间已过，不能再发布。</translation>
    </message>
    <message>
        <source>The last visit&apos;s range ends before it starts.</source>
        <translation>最近到店的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The spending range&apos;s lower amount is above its upper amount.</source>
        <translation>累计消费的下限高于上限。</translation>
    </message>
    <message>
        <source>Spending amounts cannot be negative.</source>
        <translation>消费金额不能为负数。</translation>
    </message>
    <message>
        <source>This customer category does not exist.</source>
        <translation>没有这个客户类别。</translation>
    </message>
    <message>
        <source>This RFM segment does not exist.</source>
        <translation>没有这个 RFM 分群。</translation>
    </message>
    <message>
        <source>Choose the offer: a coupon or a promotion, one of the two.</source>
        <translation>请选择优惠：优惠券或促销，二选一。</translation>
    </message>
    <message>
        <source>This promotion is switched off.</source>
        <translation>这项促销已停用。</translation>
    </message>
    <message>
        <source>Only a promotion for a campaign&apos;s target (For: Campaign target only) can be a campaign&apos;s offer.</source>
        <translation>只有供活动参与组使用的促销（适用对象：仅活动参与组）才能作为营销活动的优惠。</translation>
    </message>
    <message>
        <source>Another campaign already offers this promotion.</source>
        <translation>已有另一个营销活动使用这项促销。</translation>
    </message>
    <message>
        <source>A campaign offers this promotion: it stays for the campaign&apos;s target only.</source>
        <translation>有营销活动在使用这项促销：它只能给该活动的参与组使用。</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>该用户名已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Only the owner can give this role.</source>
        <translation>只有店主才能分配此角色。</translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be changed here.</source>
        <translation>店主账号不能在这里修改。</translation>
    </message>
    <message>
        <source>A disabled account gets a new password when it is enabled again.</source>
        <translation>已停用的账号在重新启用时需要设置新密码。</translation>
    </message>
    <message>
        <source>This account is disabled; enable it again with a new password.</source>
        <translation>此账号已停用；请在重新启用时为它设置新密码。</translation>
    </message>
    <message>
        <source>Not a valid phone number (11-digit mobile, or area code + number).</source>
        <translation>电话号码无效，请输入 11 位手机号，或区号加座机号码。</translation>
    </message>
    <message>
        <source>A card number has only digits, letters and &apos;-&apos; (at most 32).</source>
        <translation>会员卡号只能包含数字、字母和“-”，最多 32 个字符。</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>此日期不存在，请检查月份和日期。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天，请检查。</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>日期过早，请检查年份。</translation>
    </message>
    <message>
        <source>A referrer can only be given when the source is a referral.</source>
        <translation>只有来源为“转介绍”时才能填写介绍人。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>客户不能做自己的介绍人，请选择其他客户。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <source>This customer was already merged into another one.</source>
        <translation>该客户已合并到其他客户，无需再次操作。</translation>
    </message>
    <message>
        <source>A merged customer cannot be restored; open the customer it was merged into.</source>
        <translation>已合并的客户无法恢复，请打开合并后保留的那位客户。</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>数值超出允许范围，请检查。</translation>
    </message>
    <message>
        <source>No column is used for the name; choose which column holds the names.</source>
        <translation>还没有指定姓名列，请选择姓名所在的列。</translation>
    </message>
    <message>
        <source>The file has no column %1 (give its header, its letter or its number).</source>
        <translation>文件中没有“%1”列（请填写列标题、列字母或列序号）。</translation>
    </message>
    <message>
        <source>There is no field called %1 to import into.</source>
        <translation>没有名为“%1”的导入字段，请检查字段名称。</translation>
    </message>
    <message>
        <source>The field %1 is given to two columns; choose one.</source>
        <translation>字段“%1”被指定给了两列，请只保留其中一列。</translation>
    </message>
    <message>
        <source>This must be between %1 and %2.</source>
        <translation>取值必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>This name is already in use.</source>
        <translation>该名称已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Not enough: %1 available, %2 needed.</source>
        <translation>不足：可用 %1，需要 %2。</translation>
    </message>
    <message>
        <source>The bonus must be more than ¥0 and at most ten times the top-up.</source>
        <translation>赠送金额必须大于 ¥0，且不超过充值金额的十倍。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>输入的内容无效，请检查后重新输入。</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to restore the backup into %1. The current store was not changed. Free some space, or restore onto another disk.</source>
        <translation>磁盘空间不足，无法将备份恢复到 %1。当前门店数据没有任何改动。请清理出一些空间，或恢复到另一个磁盘。</translation>
    </message>
    <message>
        <source>The disk that holds the store is full: the store cannot be opened until some space is freed on it (%1). Nothing was lost.</source>
        <translation>门店数据所在的磁盘已满：清理出一些空间前无法打开门店（%1）。没有丢失任何数据。</translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so the last change was not saved. Nothing was lost: everything saved before is safe. Free some space on that disk (%1) and try again.</source>
        <translation>门店数据所在的磁盘已满，刚才的操作没有保存。没有丢失任何数据：之前保存的内容都完好。请在该磁盘（%1）上清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not written: %1. Nothing in the store was changed. Free some space or choose another disk.</source>
        <translation>磁盘已满，文件没有写入：%1。门店数据没有任何改动。请清理出一些空间，或换一个磁盘。</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>用户名或密码不正确，请重新输入。</translation>
    </message>
    <message>
        <source>This recovery code does not open this store. Check it against the paper copy.</source>
        <translation>此恢复码与该门店不匹配，请对照纸质备份仔细核对后重新输入。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the store owner.</source>
        <translation>该账号已被停用，请联系店主。</translation>
    </message>
    <message>
        <source>The store&apos;s key could not be changed just now: the store is busy (a report, a backup, or another program reading it). It is changed at the owner&apos;s next sign-in.</source>
        <translation>现在无法更换门店密钥：门店正忙（正在生成报表、备份，或有其他程序在读取）。店主下次登录时会自动更换。</translation>
    </message>
    <message>
        <source>Another task (an import, for example) is still saving to the store. Nothing was changed; please try again in a moment.</source>
        <translation>另一项操作（例如导入）仍在保存数据。本次未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>The store was closed (signed out or restored). Please sign in again.</source>
        <translation>门店已关闭（已退出登录或已恢复备份），请重新登录。</translation>
    </message>
    <message>
        <source>This store was saved by a newer version of StoreCRM. Please update.</source>
        <translation>该门店数据由更新版本的 StoreCRM 保存，请先将本程序升级到最新版本。</translation>
    </message>
    <message>
        <source>This store must first be upgraded by opening it in StoreCRM.</source>
        <translation>该门店数据需要先升级：请用 StoreCRM 程序打开一次，即可自动完成升级。</translation>
    </message>
    <message>
        <source>The store&apos;s folder may not be written (a read-only disk, share or folder): %1. The store is not damaged. Open it from a place where StoreCRM may write, or ask whoever manages the computer to allow writing there.</source>
        <translation>门店文件夹不允许写入（只读的磁盘、共享或文件夹）：%1。门店数据并未损坏。请从允许 StoreCRM 写入的位置打开，或请电脑管理员开放写入权限。</translation>
    </message>
    <message>
        <source>The store&apos;s database is empty or damaged, so the store cannot be opened; nothing was changed: %1. Restore it from a backup (“Restore from a backup file” when choosing a store); unless another folder was chosen, backups are kept in %2.</source>
        <translation>门店数据库为空或已损坏，无法打开门店；没有做任何改动：%1。请从备份恢复（选择门店时点“从备份文件恢复”）；如果没有另选文件夹，备份保存在 %2。</translation>
    </message>
    <message>
        <source>The store&apos;s key file (keyring.json) was changed outside StoreCRM, so it is not trusted and the store was not opened: %1. Put back this store&apos;s own keyring.json, or restore the store from a backup.</source>
        <translation>门店的密钥文件（keyring.json）在 StoreCRM 之外被改动过，不可信任，门店未打开：%1。请放回本门店自己的 keyring.json，或从备份恢复门店。</translation>
    </message>
    <message>
        <source>The store&apos;s files are damaged or not StoreCRM files: %1</source>
        <translation>门店数据文件已损坏，或不是 StoreCRM 的数据文件：%1</translation>
    </message>
    <message>
        <source>This folder is not a StoreCRM store: %1</source>
        <translation>此文件夹不是 StoreCRM 门店数据文件夹：%1</translation>
    </message>
    <message>
        <source>This backup is of the store “%1”, but %3 holds the store “%2”. Restoring it would replace that store with a different one.</source>
        <translation>这是门店“%1”的备份，而 %3 中是门店“%2”。恢复它会用另一家门店替换掉现有门店。</translation>
    </message>
    <message>
        <source>The folder is not empty; choose an empty or new folder: %1</source>
        <translation>该文件夹不是空的，请选择一个空文件夹或新建文件夹：%1</translation>
    </message>
    <message>
        <source>This phone number already belongs to %1.</source>
        <translation>该号码已登记在客户 %1 名下。</translation>
    </message>
    <message>
        <source>This card number already belongs to %1.</source>
        <translation>该会员卡号已登记在客户 %1 名下。</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>未找到该记录，可能已被删除。</translation>
    </message>
    <message>
        <source>This is a folder, not a file: %1. Give a file name inside it.</source>
        <translation>这是一个文件夹，不是文件：%1。请在其中指定一个文件名。</translation>
    </message>
    <message>
        <source>The folder does not exist: %1. Choose an existing folder.</source>
        <translation>文件夹不存在：%1。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>无法读取或写入文件，请确认文件未被其他程序占用且有访问权限：%1</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>操作未能完成，请稍后重试。</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>程序出现了问题，详细信息已记录到日志文件中。</translation>
    </message>
    <message>
        <source>This password does not open the backup. Type the owner&apos;s password as it was when the backup was made, or use the recovery code.</source>
        <translation>此密码无法打开该备份。请输入制作备份时的店主密码，或使用恢复码。</translation>
    </message>
    <message>
        <source>This recovery code does not open the backup. Check it against the paper copy.</source>
        <translation>此恢复码无法打开该备份，请对照纸质备份仔细核对。</translation>
    </message>
    <message>
        <source>The backup file does not exist: %1</source>
        <translation>备份文件不存在：%1</translation>
    </message>
    <message>
        <source>This is not a StoreCRM backup file: %1</source>
        <translation>这不是 StoreCRM 备份文件：%1</translation>
    </message>
    <message>
        <source>The backup file is incomplete (it was cut short, perhaps while it was being made or copied) and cannot be restored: %1</source>
        <translation>备份文件不完整（可能在制作或复制过程中被中断），无法恢复：%1</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored: %1</source>
        <translation>备份文件已损坏，无法恢复：%1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of StoreCRM. Update StoreCRM first: %1</source>
        <translation>该备份由更新版本的 StoreCRM 制作，请先升级 StoreCRM：%1</translation>
    </message>
    <message>
        <source>This is not a file that can hold a backup (a folder, a pipe or a device): %1</source>
        <translation>这不是能存放备份的文件（是文件夹、管道或设备）：%1</translation>
    </message>
    <message>
        <source>The new backup did not pass its check, so it was not kept: %1. The previous backups were kept. If this happens again, the store&apos;s data or the backup drive may be damaged.</source>
        <translation>新备份未通过校验，因此没有保留：%1。之前的备份都已保留。如果再次出现这种情况，门店数据或备份磁盘可能已损坏。</translation>
    </message>
    <message>
        <source>The backup file could not be read: %1</source>
        <translation>无法读取备份文件：%1</translation>
    </message>
    <message>
        <source>The backup folder is not there (is the USB drive plugged in?): %1. The previous backups were kept.</source>
        <translation>找不到备份文件夹（U 盘插好了吗？）：%1。之前的备份均已保留。</translation>
    </message>
    <message>
        <source>StoreCRM may not write into the backup folder: %1. The previous backups were kept.</source>
        <translation>StoreCRM 无权写入备份文件夹：%1。之前的备份均已保留。</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup in %1. The previous backups were kept.</source>
        <translation>%1 的可用空间不足，无法备份。之前的备份均已保留。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>The file does not exist: %1</source>
        <translation>文件不存在，请检查路径：%1</translation>
    </message>
    <message>
        <source>Only Excel (.xlsx) and CSV files can be imported: %1</source>
        <translation>只能导入 Excel（.xlsx）或 CSV 文件：%1</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel or WPS, save it as .xlsx, and import that file: %1</source>
        <translation>这是旧版 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入：%1</translation>
    </message>
    <message>
        <source>The file is damaged or is not what its name says: %1</source>
        <translation>文件已损坏，或文件内容与扩展名不符：%1</translation>
    </message>
    <message>
        <source>The file&apos;s text could not be read (it is not UTF-8 or GBK text). Save it from Excel as CSV or .xlsx again: %1</source>
        <translation>无法识别文件的文字编码（不是 UTF-8 或 GBK）。请用 Excel 重新另存为 CSV 或 .xlsx 后再导入：%1</translation>
    </message>
    <message>
        <source>The file has no rows to import: %1</source>
        <translation>文件中没有可导入的数据行：%1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件，请检查文件后重试：%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Birthday calendar</source>
        <translation>生日类型</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stored-value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Session card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>发质</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意营销</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>此单元格不能为空，请填写。</translation>
    </message>
    <message>
        <source>Write 男 or 女 (or leave the cell empty).</source>
        <translation>请填写“男”或“女”，或者留空。</translation>
    </message>
    <message>
        <source>Not a date we can read (write e.g. 1990-10-31, 10月31日 or 农历八月十五).</source>
        <translation>无法识别该日期，请写成 1990-10-31、10月31日 或 农历八月十五 这样的格式。</translation>
    </message>
    <message>
        <source>Day and month could be either way round; write the year first.</source>
        <translation>无法确定哪个是月、哪个是日，请按“年-月-日”的顺序填写。</translation>
    </message>
    <message>
        <source>Write 公历 or 农历 (or leave the cell empty).</source>
        <translation>请填写“公历”或“农历”，或者留空。</translation>
    </message>
    <message>
        <source>Write 是 or 否 (or leave the cell empty).</source>
        <translation>请填写“是”或“否”，或者留空。</translation>
    </message>
    <message>
        <source>Not an amount of money (write e.g. 1234.50).</source>
        <translation>不是有效的金额，请写成 1234.50 这样的格式。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>This must not be negative.</source>
        <translation>不能为负数，请检查。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>数值过大，请检查。</translation>
    </message>
    <message>
        <source>Points must be a whole number.</source>
        <translation>积分必须是整数。</translation>
    </message>
    <message>
        <source>This belongs to an archived customer. Restore that customer first, then import again.</source>
        <translation>此号码属于一位已归档的客户。请先恢复该客户，再重新导入。</translation>
    </message>
    <message>
        <source>Row %1 of the file already has this; the row is not imported.</source>
        <translation>文件第 %1 行已有相同的内容，本行未导入。</translation>
    </message>
    <message>
        <source>The phone belongs to one customer in the store and the card number to another.</source>
        <translation>手机号和卡号分别属于店内两位不同的客户，请在文件中核对后修改。</translation>
    </message>
    <message>
        <source>This looks like a totals row, not a customer; it is not imported.</source>
        <translation>这一行看起来是合计行，不是客户资料，未导入。</translation>
    </message>
    <message>
        <source>A formula whose result was not saved in the file (it was not saved by Excel or WPS). Open the file in Excel or WPS, save it, and import it again.</source>
        <translation>此单元格是公式，但文件中没有保存其计算结果（文件不是由 Excel 或 WPS 保存的）。请用 Excel 或 WPS 打开并保存该文件后重新导入。</translation>
    </message>
    <message>
        <source>The customer already exists; an import does not change an existing balance or points.</source>
        <translation>该客户已存在；导入不会更改已有客户的余额和积分。</translation>
    </message>
</context>
<context>
    <name>MethodTotalsModel</name>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>A member&apos;s balance, not money in the till</source>
        <translation>会员的账户余额，不是钱箱里的钱</translation>
    </message>
</context>
<context>
    <name>MyAccountTab</name>
    <message>
        <source>Signed in as</source>
        <translation>当前登录账号</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>确认密码(&amp;E)</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>修改密码(&amp;W)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>The store&apos;s key was changed. The old recovery code no longer opens the store: this is the new one. Print it or write it down and keep it somewhere safe; it is shown only now.</source>
        <translation>门店密钥已更换。旧的恢复码已打不开门店，这是新的恢复码。请打印或抄写下来并妥善保管；它只显示这一次。</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>What the store collects and why, in its own words: print it for a customer who asks, or put it up at the counter.</source>
        <translation>用本店自己的话说明收集哪些信息、为什么收集：客户询问时可打印给客户，也可张贴在柜台。</translation>
    </message>
    <message>
        <source>&amp;Save the text</source>
        <translation>保存文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>How %1 handles your personal information</source>
        <translation>%1如何处理您的个人信息</translation>
    </message>
    <message>
        <source>this shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>个人信息告知</translation>
    </message>
    <message>
        <source>Save the notice as a PDF</source>
        <translation>将告知另存为 PDF</translation>
    </message>
    <message>
        <source>Privacy notice.pdf</source>
        <translation>个人信息告知.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation>删除最后一个字符（退格）</translation>
    </message>
    <message>
        <source>Clear the box</source>
        <translation>清空输入框</translation>
    </message>
    <message>
        <source>The number typed becomes the quantity of the selected line</source>
        <translation>输入的数字作为所选行的数量</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Coupon code: scan or type, Enter</source>
        <translation>优惠券码：扫码或输入后回车</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>券包</translation>
    </message>
    <message>
        <source>The member&apos;s coupons</source>
        <translation>会员的优惠券</translation>
    </message>
    <message>
        <source>Clear coupons</source>
        <translation>清除用券</translation>
    </message>
    <message>
        <source>Add gift</source>
        <translation>加入赠品</translation>
    </message>
    <message>
        <source>✓ %1 (%2): %3</source>
        <translation>✓ %1（%2）：%3</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1：%2</translation>
    </message>
    <message>
        <source>%1 reached: the gift is free (Ctrl+G)</source>
        <translation>已满足「%1」：赠品免费（Ctrl+G 加入）</translation>
    </message>
</context>
<context>
    <name>OrderAdjustDialog</name>
    <message>
        <source>Order discount and rounding</source>
        <translation>整单优惠与抹零</translation>
    </message>
    <message>
        <source>&amp;No discount</source>
        <translation>不打折(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Percentage (折)</source>
        <translation>按折扣(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;total</source>
        <translation>改总价(&amp;T)</translation>
    </message>
    <message>
        <source>9 = 9折, 8.5 = 85折</source>
        <translation>9 = 9折，8.5 = 85折</translation>
    </message>
    <message>
        <source>What the customer pays: 9 or 90 for 90 %, 8.5 or 85 for 85 %</source>
        <translation>顾客实付的比例：9 或 90 表示九折，8.5 或 85 表示八五折</translation>
    </message>
    <message>
        <source>The amount to pay, ¥</source>
        <translation>应付金额，¥</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>抹零(&amp;R)</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>不抹零</translation>
    </message>
    <message>
        <source>Drop the fen (抹分)</source>
        <translation>抹去分（抹分）</translation>
    </message>
    <message>
        <source>Drop the jiao and fen (抹角)</source>
        <translation>抹去角和分（抹角）</translation>
    </message>
    <message>
        <source>To the nearest jiao</source>
        <translation>四舍五入到角</translation>
    </message>
    <message>
        <source>To the nearest yuan</source>
        <translation>四舍五入到元</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move all</source>
        <translation>全部取消(&amp;M)</translation>
    </message>
    <message>
        <source>No whole-order discount and no rounding</source>
        <translation>不打整单折扣，也不抹零</translation>
    </message>
    <message>
        <source>Type what the customer pays: 9 for 9折, 8.5 for 85折.</source>
        <translation>请输入折扣：9 表示九折，8.5 表示八五折。</translation>
    </message>
    <message>
        <source>Type the new total in yuan, such as 500 or 499.5.</source>
        <translation>请输入新的总价（元），例如 500 或 499.5。</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>优惠前：%1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>折扣 %1</translation>
    </message>
    <message>
        <source>rounding %1</source>
        <translation>抹零 %1</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>应付 %1</translation>
    </message>
    <message>
        <source>Above your limit: a manager confirms with their password on completing.</source>
        <translation>超出您的权限：完成收银时需店长输入密码确认。</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>The owner&apos;s account</source>
        <translation>店主账号</translation>
    </message>
    <message>
        <source>The owner can do everything, including adding staff accounts. The password also protects the store&apos;s data, which is kept encrypted.</source>
        <translation>店主拥有全部权限，包括添加员工账号。这个密码同时保护门店数据，数据始终加密保存。</translation>
    </message>
    <message>
        <source>e.g. 王店长</source>
        <translation>例如：王店长</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>正在创建门店…</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>挂单列表</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>挂单时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>挂单人</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>没有挂起的单。</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>作废(&amp;D)…</translation>
    </message>
    <message>
        <source>The customer will not come back for it</source>
        <translation>顾客不会回来结账了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>取单(&amp;R)</translation>
    </message>
    <message>
        <source>Back into the till (Enter)</source>
        <translation>取回收银台继续（Enter）</translation>
    </message>
    <message>
        <source>Drop the parked sale?</source>
        <translation>作废这张挂单？</translation>
    </message>
    <message>
        <source>Drop the parked sale of %1 (%2)? It cannot be resumed after.</source>
        <translation>作废 %1 的挂单（%2）？作废后无法取回。</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>散客</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>确认密码(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>PaymentRow</name>
    <message>
        <source>Amount in yuan; Enter goes back to the items</source>
        <extracomment>Methods paid through a platform: their payments carry the platform&apos;s transaction number.</extracomment>
        <translation>金额（元）；按 Enter 返回商品列表</translation>
    </message>
    <message>
        <source>Remove this payment (Ctrl+Del)</source>
        <translation>删除此笔支付（Ctrl+Del）</translation>
    </message>
    <message>
        <source>Transaction no. or last digits</source>
        <translation>交易单号或尾号</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s payment screen or type the last digits: the day summary lists them to check against the platform&apos;s statement</source>
        <translation>扫描顾客的付款码页面或输入单号尾号：日结中会列出，便于与支付平台的账单核对</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易单号</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Press a method (F5–F10) to pay what is due; press two to split.</source>
        <translation>按支付方式键（F5–F10）收取应付金额；按两种方式可组合支付。</translation>
    </message>
    <message>
        <source>Asked &amp;for</source>
        <translation>指定(&amp;F)</translation>
    </message>
    <message>
        <source>The customer asked for this staff member (指定); lines may differ (F4)</source>
        <translation>顾客指定了该员工；各行可单独设置（F4）</translation>
    </message>
    <message>
        <source>Note on the receipt (optional)</source>
        <translation>小票备注（选填）</translation>
    </message>
    <message>
        <source>Ser&amp;ved by</source>
        <translation>服务人员(&amp;V)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Payroll</name>
    <message>
        <source>Commission payroll</source>
        <translation>提成工资表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>%2 制表于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Cash performance</source>
        <translation>现金业绩</translation>
    </message>
    <message>
        <source>Consumption performance</source>
        <translation>消耗业绩</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>开卡业绩</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值业绩</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Tier adjustment</source>
        <translation>阶梯调整</translation>
    </message>
    <message>
        <source>Commission due</source>
        <translation>应发提成</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash performance: money received for what each person served, sold as cards or topped up. Consumption performance: services and goods consumed, from stored value and session cards too. Refunds are deducted in the month of the refund.</source>
        <translation>现金业绩：每人服务、开卡和充值实际收到的钱。消耗业绩：消费的项目与商品，含储值和次卡消费。退款在退款当月扣减。</translation>
    </message>
</context>
<context>
    <name>PayrollTab</name>
    <message>
        <source>The month to pay</source>
        <translation>发放提成的月份</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Export the payroll</source>
        <translation>导出提成工资表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Look at a version saved before</source>
        <translation>查看以前保存的版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>添加规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Pays on</source>
        <translation>计提对象</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>指定</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩口径</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Main / assistants</source>
        <translation>主做 / 助理</translation>
    </message>
    <message>
        <source>Bonus value</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>计提</translation>
    </message>
    <message>
        <source>Sales from this day on are paid by the new version</source>
        <translation>从这一天起的销售按新版本计提</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>改了什么（可选）</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>保存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <source>No plan yet: add rules and save.</source>
        <translation>还没有提成方案：添加规则后保存。</translation>
    </message>
    <message>
        <source>From %1, saved %2 by %3. %4</source>
        <translation>自 %1 起生效，%3 于 %2 保存。%4</translation>
    </message>
    <message>
        <source>Not saved yet: save as a new version.</source>
        <translation>尚未保存：请保存为新版本。</translation>
    </message>
    <message>
        <source>Version %1 is saved; it pays the sales from %2 on.</source>
        <translation>第 %1 版已保存，自 %2 起的销售按此计提。</translation>
    </message>
</context>
<context>
    <name>PrivacyCounts</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>%1 keeps this information about its customers, and why:
• Your name and mobile number, and if you give them your birthday, gender, address and notes: to recognise you at the counter, keep your membership (stored value, points, session cards) and greet you on your birthday.
• Your purchases, top-ups and visits: to keep your balances right and give you the member price.
• Whether you agree to messages from us: we send offers and reminders only if you agreed, and you may withdraw at any time.

Who sees it: only our staff, each only what their work needs; cashiers see phone numbers partly hidden. Every export and every look at many customers at once is recorded.
Where: on this shop&apos;s computer, encrypted; the backups are encrypted too.
How long: while you are our customer. After %2 without a visit, with nothing left on your account, your data is deleted.

Your rights: ask at the counter for a copy of everything we hold about you, to correct it, to withdraw your consent to messages, or to delete your data.</source>
        <translation>%1保存以下客户信息及其用途：
• 您的姓名和手机号，以及您提供的生日、性别、地址和备注：用于在柜台认出您、管理您的会员权益（储值、积分、次卡），并在您生日时送上祝福。
• 您的消费、充值和到店记录：用于保证余额准确、为您提供会员价。
• 您是否同意接收我们的消息：只有在您同意后才会发送优惠和提醒，您可以随时撤回。

谁能看到：只有本店员工，且每人只能看到工作所需的信息；收银员看到的手机号部分隐藏。每一次导出、每一次批量查看客户信息都会被记录。
存放在哪里：本店电脑上，加密保存；备份同样加密。
保存多久：在您是本店客户期间。连续 %2没有到店且账户中没有余额的，我们会删除您的信息。

您的权利：可到柜台要求获取我们保存的关于您的全部信息副本、更正信息、撤回接收消息的同意，或要求删除您的信息。</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Reminder list</source>
        <translation>提醒列表</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Customers proposed for erasure</source>
        <translation>建议删除的客户</translation>
    </message>
    <message>
        <source>Best and lapsed customers in a report</source>
        <translation>报表中的最佳客户与流失客户</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>What we collect and why</source>
        <translation>收集什么、为什么</translation>
    </message>
    <message>
        <source>Who sees what</source>
        <translation>谁能看到什么</translation>
    </message>
    <message>
        <source>Keeping and erasing</source>
        <translation>保存与删除</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>个人信息访问记录</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>Add a promotion</source>
        <translation>新增促销活动</translation>
    </message>
    <message>
        <source>Change promotion</source>
        <translation>修改促销活动</translation>
    </message>
    <message>
        <source>e.g. 满300减50 this weekend</source>
        <translation>如：本周末满300减50</translation>
    </message>
    <message>
        <source>Every time (每满)</source>
        <translation>每满</translation>
    </message>
    <message>
        <source>What is paid: 88 % is 8.8折, 50 % is half price.</source>
        <translation>实付比例：88% 即 8.8折，50% 即半价。</translation>
    </message>
    <message>
        <source>(choose the gift)</source>
        <translation>（选择赠品）</translation>
    </message>
    <message>
        <source>Categories, e.g. 洗护, 染发 (empty: all)</source>
        <translation>适用分类，如：洗护, 染发（留空：全部）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有顾客</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>These tiers</source>
        <translation>指定等级</translation>
    </message>
    <message>
        <source>Campaign target only</source>
        <translation>仅活动参与组</translation>
    </message>
    <message>
        <source>Open to nobody until a campaign offers it: then to that campaign&apos;s target members, during its period</source>
        <translation>在营销活动使用它之前对谁都不适用；之后在活动期间只适用于该活动的参与组会员</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Days of the month, e.g. 8, 18</source>
        <translation>每月几号，如：8, 18</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>仅在</translation>
    </message>
    <message>
        <source>With the tier discount</source>
        <translation>可与会员折扣同享</translation>
    </message>
    <message>
        <source>With other promotions</source>
        <translation>可与其他促销同享</translation>
    </message>
    <message>
        <source>Applied first, and chosen on equal savings</source>
        <translation>优先计算；优惠相同时优先选用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Spend at least (¥)</source>
        <translation>满（元）</translation>
    </message>
    <message>
        <source>Take off (¥)</source>
        <translation>减免（元）</translation>
    </message>
    <message>
        <source>Customers pay</source>
        <translation>顾客实付</translation>
    </message>
    <message>
        <source>Buy / free</source>
        <translation>买 / 送</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>On</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Member days</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Combines</source>
        <translation>同享</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <source>Spend and save (满减)</source>
        <translation>满减</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>打折</translation>
    </message>
    <message>
        <source>Nth item at a discount</source>
        <translation>第N件折扣</translation>
    </message>
    <message>
        <source>Buy N get M free</source>
        <translation>买N送M</translation>
    </message>
    <message>
        <source>Gift for a spend</source>
        <translation>满赠</translation>
    </message>
    <message>
        <source>Spend %1, %2 off</source>
        <translation>满 %1 减 %2</translation>
    </message>
    <message>
        <source>(each time)</source>
        <translation>（每满）</translation>
    </message>
    <message>
        <source>Unit no. %1 at %2</source>
        <translation>第 %1 件 %2</translation>
    </message>
    <message>
        <source>Buy %1, %2 free</source>
        <translation>买 %1 送 %2</translation>
    </message>
    <message>
        <source>Spend %1, a gift</source>
        <translation>满 %1 送赠品</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>day %1 of the month</source>
        <translation>每月 %1 号</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有顾客</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Campaign target</source>
        <translation>活动参与组</translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>指定等级：%1 个</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>others</source>
        <translation>其他促销</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>不同享</translation>
    </message>
</context>
<context>
    <name>PromotionsScreen</name>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Top-up gifts</source>
        <translation>充值赠送</translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message>
        <source>The till applies these by itself: of those that may be combined, the best for the customer wins, and each saving is its own line on the receipt.</source>
        <translation>收银时自动应用：在可同享的组合中选择对顾客最优惠的一种，每项优惠在小票上单独一行。</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change promotions.</source>
        <translation>只有店主或店长可以修改促销活动。</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Combines with</source>
        <translation>可同享</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>本月优惠金额</translation>
    </message>
    <message>
        <source>&amp;Add promotion…</source>
        <translation>新增促销(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a promotion</source>
        <translation>新增促销活动</translation>
    </message>
    <message>
        <source>Change the selected promotion (Enter or double-click)</source>
        <translation>修改选中的促销活动（回车或双击）</translation>
    </message>
    <message>
        <source>&amp;Switch off / on</source>
        <translation>停用 / 启用(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QuickMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新建会员</translation>
    </message>
    <message>
        <source>1990-05-20 or 05-20 (optional)</source>
        <translation>1990-05-20 或 05-20（可选）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Card no.</source>
        <translation>卡号(&amp;C)</translation>
    </message>
    <message>
        <source>The rest of the profile can be filled in later.</source>
        <translation>其余资料可以以后再补。</translation>
    </message>
    <message>
        <source>&amp;Create and sell</source>
        <translation>创建并收银(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>58 mm receipt roll</source>
        <translation>58 mm 小票纸</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 mm 小票纸</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>消费小票</translation>
    </message>
    <message>
        <source>Top-up receipt</source>
        <translation>充值小票</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>退款小票</translation>
    </message>
    <message>
        <source>Withdrawal receipt</source>
        <translation>退储值小票</translation>
    </message>
    <message>
        <source>Gift redemption</source>
        <translation>礼品兑换</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Refund of No. %1</source>
        <translation>原单号 %1 退款</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Stored value paid back</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>购卡</translation>
    </message>
    <message>
        <source>Session from card</source>
        <translation>划卡消费</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>打印测试</translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation>粗体文字</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>退还方式</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>the points paid with</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩 %1 次</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Refunded: No. %1</source>
        <translation>已退款：单号 %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Thank you, see you again soon!</source>
        <translation>谢谢惠顾，欢迎再次光临！</translation>
    </message>
    <message>
        <source>Shift summary</source>
        <translation>交班汇总</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计时段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Number of sales</source>
        <translation>消费笔数</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>not money in the till</source>
        <translation>不计入钱箱</translation>
    </message>
    <message>
        <source>Number of top-ups</source>
        <translation>充值笔数</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Bonus given</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Number of refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Stored value paid out</source>
        <translation>退储值金额</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Stored value spent</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>划卡次数</translation>
    </message>
    <message>
        <source>Cards sold</source>
        <translation>售卡数量</translation>
    </message>
    <message>
        <source>By staff</source>
        <translation>按员工</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Cash taken in (net)</source>
        <translation>现金净收入</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>Handed over by / received by</source>
        <translation>交班人 / 接班人</translation>
    </message>
    <message>
        <source>Nothing was sold in this period.</source>
        <translation>本时段内没有消费。</translation>
    </message>
    <message>
        <source>of which whole-order discounts</source>
        <translation>其中整单优惠</translation>
    </message>
    <message>
        <source>of which rounding</source>
        <translation>其中抹零</translation>
    </message>
    <message>
        <source>WeChat, Alipay and bank card payments</source>
        <translation>微信、支付宝和银行卡收款明细</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Parked sales not finished</source>
        <translation>未完成的挂单</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>Shift summary %1</source>
        <translation>交班汇总 %1</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <source>No receipt printer is set up: the cash drawer hangs on its port.</source>
        <translation>尚未设置小票打印机：钱箱接在打印机的钱箱接口上。</translation>
    </message>
</context>
<context>
    <name>ReconcileSection</name>
    <message>
        <source>WeChat, Alipay and bank card payments</source>
        <translation>微信、支付宝和银行卡收款明细</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Tick these off against the payment platform&apos;s statement</source>
        <translation>与支付平台的账单逐笔核对</translation>
    </message>
    <message>
        <source>Parked sales not finished</source>
        <translation>未完成的挂单</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>挂单时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By</source>
        <translation>挂单人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation>使用恢复码重置密码</translation>
    </message>
    <message>
        <source>Type the recovery code that was printed or written down when the store was created, then choose a new password for the account.</source>
        <translation>请输入创建门店时打印或抄写的恢复码，然后为该账号设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>确认密码(&amp;E)</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>正在验证恢复码…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If the owner&apos;s password is ever forgotten, this code is the only way into the store&apos;s data. Print it or write it down, and keep it somewhere safe. It is shown only now.</source>
        <translation>万一忘记了店主密码，这个恢复码是打开门店数据的唯一途径。请打印或抄写下来，并妥善保管。恢复码只在此时显示一次。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code</source>
        <translation>我已打印或抄写好恢复码</translation>
    </message>
    <message>
        <source>StoreCRM recovery code</source>
        <translation>StoreCRM 恢复码</translation>
    </message>
    <message>
        <source>Keep this sheet safe. With this code anyone can reset the owner&apos;s password and open the store&apos;s customer data.</source>
        <translation>请妥善保管本页。任何人拿到此恢复码，都可以重置店主密码并查看门店的客户数据。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund sale %1</source>
        <translation>消费单 %1 退款</translation>
    </message>
    <message>
        <source>Sale %1 · %2</source>
        <translation>消费单 %1 · %2</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>%1 · total %2 · paid %3</source>
        <translation>%1 · 合计 %2 · 支付 %3</translation>
    </message>
    <message>
        <source>Refunded before: %1</source>
        <translation>此前已退款：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation>本次退</translation>
    </message>
    <message>
        <source>&amp;Everything left</source>
        <translation>剩余全退(&amp;E)</translation>
    </message>
    <message>
        <source>Refund every line in full (Alt+E)</source>
        <translation>每一行都全额退款（Alt+E）</translation>
    </message>
    <message>
        <source>&amp;Nothing</source>
        <translation>全不退(&amp;N)</translation>
    </message>
    <message>
        <source>Set every line to 0, then choose (Alt+N)</source>
        <translation>先将每一行设为 0，再逐项选择（Alt+N）</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>退回款项</translation>
    </message>
    <message>
        <source>Stored value back</source>
        <translation>退回储值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Sessions back</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Required, e.g. the customer was not happy</source>
        <translation>必填，例如：顾客不满意</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>退款(&amp;F)</translation>
    </message>
    <message>
        <source>Record the refund (Ctrl+Enter)</source>
        <translation>确认退款（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <source>Choose what to refund.</source>
        <translation>请选择要退的内容。</translation>
    </message>
    <message>
        <source>%1 (paid in %2, bonus %3)</source>
        <translation>%1（本金 %2，赠送金额 %3）</translation>
    </message>
    <message>
        <source>%1 paid with given back</source>
        <translation>退回抵扣积分 %1</translation>
    </message>
    <message>
        <source>%1 earned taken back</source>
        <translation>扣回所得积分 %1</translation>
    </message>
    <message>
        <source>This refund needs a manager&apos;s or the owner&apos;s approval.</source>
        <translation>此笔退款需要店长或店主授权。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <source>No consent to marketing messages</source>
        <translation>未同意接收营销信息</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsTab</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> visit(s)</source>
        <translation>
            <numerusform>次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform>次</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Remind &amp;ahead</source>
        <translation>提前提醒(&amp;A)</translation>
    </message>
    <message>
        <source>From this many days before the birthday, solar or lunar.</source>
        <translation>生日（公历或农历）前这么多天开始提醒。</translation>
    </message>
    <message>
        <source>Return visits due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>By the customer&apos;s own &amp;rhythm</source>
        <translation>按客户自己的到店节奏(&amp;R)</translation>
    </message>
    <message>
        <source>With at least</source>
        <translation>至少到店</translation>
    </message>
    <message>
        <source>Their average interval between visits, once they have come this often.</source>
        <translation>到店达到这个次数后，按平均到店间隔计算。</translation>
    </message>
    <message>
        <source>By the items&apos; return &amp;cycle</source>
        <translation>按项目回访周期(&amp;C)</translation>
    </message>
    <message>
        <source>Items with a return cycle (a hair colour every 45 days) bought last time.</source>
        <translation>上次购买的有回访周期的项目（如染发每 45 天）。</translation>
    </message>
    <message>
        <source>Remind ahead</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <source>Keep showing after</source>
        <translation>到期后继续显示</translation>
    </message>
    <message>
        <source>Dormant customers (流失预警)</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>No &amp;visit for</source>
        <translation>未到店超过(&amp;V)</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Customers gone longer are in the customer list&apos;s “At risk” category.</source>
        <translation>更久未到店的客户在客户列表的“流失风险”分类中。</translation>
    </message>
    <message>
        <source>Cards expiring</source>
        <translation>次卡到期</translation>
    </message>
    <message>
        <source>&amp;Expires within</source>
        <translation>到期前(&amp;E)</translation>
    </message>
    <message>
        <source>Active cards that still have sessions, and period cards.</source>
        <translation>还有剩余次数的次卡，以及期限卡。</translation>
    </message>
    <message>
        <source>Session cards nearly used up</source>
        <translation>次卡即将用完</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>Session cards with this many sessions left or fewer.</source>
        <translation>剩余次数不超过这个数的次卡。</translation>
    </message>
    <message>
        <source>Stored value low</source>
        <translation>储值余额不足</translation>
    </message>
    <message>
        <source>&amp;Balance below</source>
        <translation>余额低于(&amp;B)</translation>
    </message>
    <message>
        <source>Balances above ¥0 and below this; reminded again after each visit.</source>
        <translation>余额大于 ¥0 且低于此数；每次到店后会再次提醒。</translation>
    </message>
    <message>
        <source>Membership anniversaries</source>
        <translation>入会周年</translation>
    </message>
    <message>
        <source>The day the customer joined, every year.</source>
        <translation>每年客户入会的那一天。</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments</source>
        <translation>明日预约</translation>
    </message>
    <message>
        <source>Customers booked for tomorrow, to remind them of their appointment.</source>
        <translation>明天有预约的顾客，提前提醒其按时到店。</translation>
    </message>
    <message>
        <source>No-show follow-up</source>
        <translation>爽约回访</translation>
    </message>
    <message>
        <source>No-shows of the &amp;last</source>
        <translation>回访最近(&amp;L)</translation>
    </message>
    <message>
        <source>Customers who did not come to their appointment.</source>
        <translation>预约后未到店的顾客。</translation>
    </message>
    <message>
        <source>Tasks and service records</source>
        <translation>任务和服务记录</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks on their due day</source>
        <translation>跟进任务到期当天(&amp;T)</translation>
    </message>
    <message>
        <source>Service records not resolved by their due da&amp;y</source>
        <translation>到期未解决的服务记录(&amp;Y)</translation>
    </message>
    <message>
        <source>Lifecycle coupons issued, to tell the customer</source>
        <translation>已发放的会员礼券，告知客户</translation>
    </message>
    <message>
        <source>Brought back &amp;within</source>
        <translation>回店统计期(&amp;W)</translation>
    </message>
    <message>
        <source>A contacted customer who buys within this many days counts as brought back in the reports.</source>
        <translation>联系后这么多天内消费的客户，在报表中算作召回成功。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Save the reminder settings (Ctrl+S)</source>
        <translation>保存提醒设置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Fill in the settings StoreCRM starts with</source>
        <translation>填入 StoreCRM 的默认设置</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change the reminder settings.</source>
        <translation>只有店主或店长可以修改提醒设置。</translation>
    </message>
    <message>
        <source>Tick to show these reminders</source>
        <translation>勾选以显示这类提醒</translation>
    </message>
    <message>
        <source>The default settings are filled in; save to keep them.</source>
        <translation>已填入默认设置；保存后生效。</translation>
    </message>
    <message>
        <source>Saved. Today&apos;s list follows the new settings.</source>
        <translation>已保存。今日提醒已按新设置计算。</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>今天爽约</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前爽约</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>comes every %n day(s)</source>
        <translation>
            <numerusform>平均每 %n 天来一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no visit for %n day(s)</source>
        <translation>
            <numerusform>%n 天未到店</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left</source>
        <translation>
            <numerusform>剩 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member for %n year(s)</source>
        <translation>
            <numerusform>入会满 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>不指定</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation>
            <numerusform>满 %n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 %2 到期</translation>
    </message>
    <message>
        <source>%1 expires %2</source>
        <translation>%1 %2 到期</translation>
    </message>
    <message>
        <source>stored value %1</source>
        <translation>储值余额 %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>负责人 %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Return visit due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>Dormant customer</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Card expiring</source>
        <translation>次卡到期</translation>
    </message>
    <message>
        <source>Card nearly used up</source>
        <translation>次卡将用完</translation>
    </message>
    <message>
        <source>Stored value low</source>
        <translation>储值余额不足</translation>
    </message>
    <message>
        <source>Membership anniversary</source>
        <translation>入会周年</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointments</source>
        <translation>明日预约</translation>
    </message>
    <message>
        <source>No-show follow-up</source>
        <translation>爽约回访</translation>
    </message>
    <message>
        <source>Lifecycle coupon to tell</source>
        <translation>会员礼券待告知</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RemindersScreen</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>提醒设置</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Business report</source>
        <extracomment>The translator&apos;s comment of a word that has one (the word → the comment), which the translation must be looked up with.</extracomment>
        <translation>经营报表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>对比 %1 至 %2</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>%1 由 %2 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期没有数据。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>按日销售</translation>
    </message>
    <message>
        <source>Sales by week</source>
        <translation>按周销售</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>按月销售</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Items and services</source>
        <translation>商品与服务</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>客户分层（RFM）</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>最佳客户</translation>
    </message>
    <message>
        <source>Customers who stopped coming</source>
        <translation>不再到店的客户</translation>
    </message>
    <message>
        <source>Membership liabilities</source>
        <translation>会员负债</translation>
    </message>
    <message>
        <source>Stored value in and out</source>
        <translation>储值进出</translation>
    </message>
    <message>
        <source>Points in and out</source>
        <translation>积分进出</translation>
    </message>
    <message>
        <source>Did the reminders bring people back?</source>
        <translation>提醒带回了客人吗？</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>指标口径说明</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Customers who came</source>
        <translation>到店客户</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Stored value owed</source>
        <translation>储值负债</translation>
    </message>
    <message>
        <source>vs. start: %1</source>
        <translation>期初：%1</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>after a change of a rate in percentage points: +1.5 pt</comment>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refunds (no.)</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Top-ups (no.)</source>
        <translation>充值笔数</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Net, previous period</source>
        <translation>上期净额</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Used from cards</source>
        <translation>次卡消费</translation>
    </message>
    <message>
        <source>Revenue, previous period</source>
        <translation>上期营业额</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Spend, previous period</source>
        <translation>上期消费</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Stored value now</source>
        <translation>当前储值</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>消费占比</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>人均消费</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回店</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>回店率</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Window still open</source>
        <translation>观察期未结束</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Customers on file at the end</source>
        <translation>期末在册客户</translation>
    </message>
    <message>
        <source>First visit ever</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Came back (had visited before)</source>
        <translation>老客回店</translation>
    </message>
    <message>
        <source>Came twice or more</source>
        <translation>到店两次及以上</translation>
    </message>
    <message>
        <source>Came in the previous period</source>
        <translation>上期到店客户</translation>
    </message>
    <message>
        <source>Came in both periods</source>
        <translation>两期都到店</translation>
    </message>
    <message>
        <source>Came last period, not this one</source>
        <translation>上期来过、本期未来</translation>
    </message>
    <message>
        <source>Customers with a visit from %1 to %2, scored against the average (days since the last visit: %3; visits: %4; spent: %5).</source>
        <translation>%1 至 %2 有到店记录的客户，与平均值比较（距上次到店天数：%3；到店次数：%4；消费：%5）。</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Principal (paid in)</source>
        <translation>本金（客户充入）</translation>
    </message>
    <message>
        <source>Bonus (given)</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Points, worth in money</source>
        <translation>积分折合金额</translation>
    </message>
    <message>
        <source>Sessions left on cards</source>
        <translation>次卡剩余次数</translation>
    </message>
    <message>
        <source>Count cards with sessions left</source>
        <translation>有剩余次数的次卡</translation>
    </message>
    <message>
        <source>Sessions left, at the price paid</source>
        <translation>剩余次数（按购买单价）</translation>
    </message>
    <message>
        <source>Period cards still valid</source>
        <translation>有效期限卡</translation>
    </message>
    <message>
        <source>Sessions sold in the period</source>
        <translation>本期售出次数</translation>
    </message>
    <message>
        <source>Sessions used in the period</source>
        <translation>本期消费次数</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Spent on sales</source>
        <translation>消费扣款</translation>
    </message>
    <message>
        <source>Given back by refunds</source>
        <translation>退款退回储值</translation>
    </message>
    <message>
        <source>Top-ups refunded</source>
        <translation>充值退款</translation>
    </message>
    <message>
        <source>Paid back (withdrawals)</source>
        <translation>退储值（取现）</translation>
    </message>
    <message>
        <source>Bonus forfeited</source>
        <translation>赠送金额作废</translation>
    </message>
    <message>
        <source>Other (opening balances, merges)</source>
        <translation>其他（期初导入、合并）</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Gifts for points</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Other (opening points, merges)</source>
        <translation>其他（期初导入、合并）</translation>
    </message>
    <message>
        <source>All reminders</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>Card sold</source>
        <translation>售卡</translation>
    </message>
    <message>
        <source>Other amounts</source>
        <translation>其他金额</translation>
    </message>
    <message>
        <source>Card uses (any service)</source>
        <translation>卡内消费（不限项目）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Not seen for a while</source>
        <translation>久未到店</translation>
    </message>
    <message>
        <source>Card expiring</source>
        <translation>卡即将到期</translation>
    </message>
    <message>
        <source>Card nearly used up</source>
        <translation>次卡快用完</translation>
    </message>
    <message>
        <source>Stored value low</source>
        <translation>储值余额不足</translation>
    </message>
    <message>
        <source>Membership anniversary</source>
        <translation>入会周年</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s appointment</source>
        <translation>明日预约</translation>
    </message>
    <message>
        <source>No-show follow-up</source>
        <translation>爽约回访</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Bookings by day</source>
        <translation>每日预约</translation>
    </message>
    <message>
        <source>Staff utilisation</source>
        <translation>员工利用率</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Still booked</source>
        <translation>待到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>预约时长（小时）</translation>
    </message>
    <message>
        <source>Shift hours</source>
        <translation>排班时长（小时）</translation>
    </message>
    <message>
        <source>Bookings: %1 · no-show rate: %2 · utilisation: %3</source>
        <translation>预约 %1 个 · 爽约率 %2 · 利用率 %3</translation>
    </message>
    <message>
        <source>Promotions, coupons and campaigns</source>
        <translation>促销、优惠券与营销活动</translation>
    </message>
    <message>
        <source>Coupons outstanding</source>
        <translation>未使用优惠券</translation>
    </message>
    <message>
        <source>counted on %1</source>
        <translation>统计日 %1</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>统计日</translation>
    </message>
    <message>
        <source>Promotion cost</source>
        <translation>促销成本</translation>
    </message>
    <message>
        <source>Campaign effect</source>
        <translation>营销活动效果</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Coupons outstanding: %1, face value %2 (expiring this month: %3, %4) · promotion cost in the period: %5</source>
        <translation>未使用优惠券：%1 张，面值 %2（本月到期：%3 张，%4）· 本期促销成本：%5</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Expiring this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>Their face value</source>
        <translation>到期面值</translation>
    </message>
    <message>
        <source>Promotion or coupon</source>
        <translation>促销或优惠券</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cost (given off)</source>
        <translation>成本（优惠金额）</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>活动期</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>核销率</translation>
    </message>
    <message>
        <source>Revenue from redeemers</source>
        <translation>核销客户消费额</translation>
    </message>
    <message>
        <source>Discount cost</source>
        <translation>优惠成本</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量收入</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Brought in about %1 more, interval %2–%3</source>
        <translation>多带来约 %1，区间 %2–%3</translation>
    </message>
    <message>
        <source>Brought in about %1 less, interval %2–%3</source>
        <translation>少带来约 %1，区间 %2–%3</translation>
    </message>
    <message>
        <source>No clear difference from the holdout group</source>
        <translation>与未参与组无明显差别</translation>
    </message>
    <message>
        <source>Too few members in a group to measure the effect</source>
        <translation>组内人数太少，无法衡量效果</translation>
    </message>
    <message>
        <source>Coupons outstanding: issued, not used, voided or expired on the day shown; face value is what they are worth at most. Promotion cost: what each promotion and each coupon took off the period&apos;s sales, as given on the sale (before refunds). Campaign effect: the campaigns that overlap the period, counted over their own period; incremental revenue = (spend per target member − spend per holdout member) × target size, with its 95 % interval.</source>
        <translation>未使用优惠券：统计日已发放、未使用、未作废且未过期的优惠券；面值为其最多可抵的金额。促销成本：本期各促销和各优惠券在销售中优惠掉的金额（按销售时计，未扣退款）。营销活动效果：与本期有重叠的营销活动，按活动自身的期间统计；增量收入 =（参与组人均消费 − 未参与组人均消费）× 参与组人数，附 95% 区间。</translation>
    </message>
    <message>
        <source>Appointments: bookings are the appointments starting on the day, cancelled ones left out. No-show rate = no-shows ÷ (came + no-shows). Utilisation = booked hours ÷ shift hours: the staff member&apos;s appointments, cancelled ones left out, against their shifts on the days the store was open, less their leave.</source>
        <translation>预约：预约数为当天开始的预约，不含已取消的。爽约率 = 爽约 ÷（到店 + 爽约）。利用率 = 预约时长 ÷ 排班时长：该员工的预约（不含已取消的）与其在营业日的排班时长（扣除请假）之比。</translation>
    </message>
    <message>
        <source>1000</source>
        <comment>a chart&apos;s money unit in yuan: 1000 (k) or 10000 (万)</comment>
        <translation>10000</translation>
    </message>
    <message>
        <source>k</source>
        <comment>written after a number of axis.unit yuan</comment>
        <translation>万</translation>
    </message>
    <message>
        <source>Money received by method</source>
        <translation>实收（按支付方式）</translation>
    </message>
    <message>
        <source>Revenue by category</source>
        <translation>营业额（按类别）</translation>
    </message>
    <message>
        <source>Revenue by staff</source>
        <translation>营业额（按员工）</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>各分层客户数</translation>
    </message>
    <message>
        <source>Stored value: in and out</source>
        <translation>储值：进与出</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品与服务</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM分层</translation>
    </message>
    <message>
        <source>Stopped coming</source>
        <translation>不再到店</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>会员负债</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒效果</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>口径说明</translation>
    </message>
    <message>
        <source>Revenue: what sales came to after discounts, less what was refunded on sales (on the day of the refund). It includes what was paid by stored value and points; top-ups are not revenue.</source>
        <translation>营业额：销售单折后金额合计，减去销售的退款（计入退款当天）。包括用储值和积分支付的部分；充值不计入营业额。</translation>
    </message>
    <message>
        <source>Visits: the number of sales tickets, walk-ins included. Average ticket = revenue ÷ visits.</source>
        <translation>到店次数：销售单的笔数，含散客。客单价 = 营业额 ÷ 到店次数。</translation>
    </message>
    <message>
        <source>Money received: cash, WeChat Pay, Alipay and bank card, net: sales and top-ups less refunds and withdrawals. Stored value and points are not money received. The day summary adds up the same way.</source>
        <translation>实收：现金、微信支付、支付宝和银行卡的净额：销售和充值收入，减去退款和退储值。储值和积分不是实收。与交班日结的口径一致。</translation>
    </message>
    <message>
        <source>New customers: profiles created in the period. Customers who came: with at least one sale. Repeat rate: the share of them who came twice or more. Churn rate: the share of last period&apos;s customers who did not come in this one.</source>
        <translation>新增客户：本期新建档的客户。到店客户：本期至少有一笔消费。复购率：其中到店两次及以上的比例。流失率：上期到店的客户中本期没有来的比例。</translation>
    </message>
    <message>
        <source>RFM: customers with a visit in the twelve months to the period&apos;s end (or in the period, when it is longer) are scored on recency, frequency and spend in that window, each high when better than the average; the eight combinations are the segments.</source>
        <translation>RFM：截至本期最后一天的十二个月内（期间更长时为本期）有到店记录的客户，按最近一次到店、到店次数和消费金额打分，每项优于平均值为“高”；八种组合即八类客户。</translation>
    </message>
    <message>
        <source>Liabilities: the ledger summed up to the end of the period&apos;s last day. Stored value is shown as principal (paid in) and bonus (given). Points are valued at the store&apos;s redemption rate; sessions left on count cards that had not expired, at the price paid per session.</source>
        <translation>负债：账本截至本期最后一天结束时的合计。储值分为本金（客户充入）和赠送金额。积分按本店抵现比例折算；次卡剩余次数只计未过期的卡，按购买时的单次价格计。</translation>
    </message>
    <message>
        <source>Reminder effect: reminders marked as contacted in the period; a customer came back when they bought within the window after the contact; spent is what those sales came to after their refunds, each sale counted once.</source>
        <translation>提醒效果：本期标记为“已联系”的提醒；联系后观察期内有消费即算回店；消费为这些销售单扣除退款后的金额，每笔只计一次。</translation>
    </message>
    <message numerus="yes">
        <source>A customer came back when they bought within %n day(s) after being contacted.</source>
        <translation>
            <numerusform>联系后 %n 天内有消费即算回店。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reports show the store&apos;s takings, its best customers and what it owes its members. They are for the owner and managers: ask one of them to sign in.</source>
        <translation>报表显示本店的营业额、最佳客户和对会员的负债，仅供店主和店长查看：请他们登录后查看。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the report, with a preview (Ctrl+P)</source>
        <translation>打印报表，可先预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF (Ctrl+Shift+S)</source>
        <translation>将报表保存为 PDF（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook for the accountant (Ctrl+E)</source>
        <translation>将报表保存为 Excel 工作簿，交给会计（Ctrl+E）</translation>
    </message>
    <message>
        <source>This month (Alt+1)</source>
        <translation>本月（Alt+1）</translation>
    </message>
    <message>
        <source>Last month (Alt+2)</source>
        <translation>上月（Alt+2）</translation>
    </message>
    <message>
        <source>This quarter (Alt+3)</source>
        <translation>本季度（Alt+3）</translation>
    </message>
    <message>
        <source>This year (Alt+4)</source>
        <translation>本年（Alt+4）</translation>
    </message>
    <message>
        <source>Dates… (Alt+5)</source>
        <translation>自选日期…（Alt+5）</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>报表包含哪些日期</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>报表第一天</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>报表最后一天</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>How the charts and tables group the days</source>
        <translation>图表和表格按日、周或月汇总</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compute the report again (F5)</source>
        <translation>重新计算报表（F5）</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>明细表：</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Back to the dashboard (Esc)</source>
        <translation>返回看板（Esc）</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>正在计算报表…</translation>
    </message>
    <message>
        <source>Stopped. Press F5 to compute the report.</source>
        <translation>已停止。按 F5 重新计算报表。</translation>
    </message>
    <message>
        <source>Stored value owed to members at the end of the last day</source>
        <translation>截至最后一天结束时欠会员的储值</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在生成工作簿…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ReservationDialog</name>
    <message>
        <source>New reservation</source>
        <translation>新订座</translation>
    </message>
    <message numerus="yes">
        <source> guest(s)</source>
        <translation>
            <numerusform> 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Any table that fits</source>
        <translation>任意合适的桌</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 座</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table is held %n minute(s).</source>
        <translation>
            <numerusform>占桌 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>High chair, birthday, window seat …</source>
        <translation>儿童椅、生日、靠窗…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>人数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>桌位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>订座(&amp;R)</translation>
    </message>
    <message>
        <source>Find the customer, or tick New customer.</source>
        <translation>请先找到客户，或勾选“新客户”。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The store “%1” was restored from the backup made on %2.</source>
        <translation>门店“%1”已从 %2 的备份恢复。</translation>
    </message>
    <message>
        <source>It was upgraded to this version of StoreCRM.</source>
        <translation>数据已升级到当前版本的 StoreCRM。</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>被替换的数据保存在 %1。</translation>
    </message>
    <message>
        <source>Sign in to go on.</source>
        <translation>请登录后继续。</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation>请选择备份文件…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Made by StoreCRM</source>
        <translation>StoreCRM 版本</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore into &amp;folder</source>
        <translation>恢复到文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The owner&apos;s &amp;password when the backup was made</source>
        <translation>备份时的店主密码(&amp;P)</translation>
    </message>
    <message>
        <source>The recovery co&amp;de</source>
        <translation>恢复码(&amp;D)</translation>
    </message>
    <message>
        <source>Open it with</source>
        <translation>解锁方式</translation>
    </message>
    <message>
        <source>Replace this store&apos;s data with the backup. The current data is kept as a safety copy in the store&apos;s folder.</source>
        <translation>用备份替换此门店的数据。当前数据会另存一份安全备份，保存在门店数据文件夹中。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>StoreCRM backups (%1)</source>
        <translation>StoreCRM 备份文件 (%1)</translation>
    </message>
    <message>
        <source>%1 (database revision %2)</source>
        <translation>%1（数据库版本 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔消费</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole file is checked before anything is replaced.</source>
        <translation>替换任何数据之前，会先检查整个文件。</translation>
    </message>
    <message>
        <source>It is from an older version and is upgraded when restored.</source>
        <translation>此备份来自旧版本，恢复时会自动升级。</translation>
    </message>
    <message>
        <source>Careful: this backup is of another store, not of “%1”.</source>
        <translation>注意：这是另一家门店的备份，不是“%1”的。</translation>
    </message>
    <message>
        <source>A backup of another store</source>
        <translation>另一家门店的备份</translation>
    </message>
    <message>
        <source>This backup is of the store “%1”. The store open now is “%2”.

Restoring it replaces “%2” with “%1”. The current data is kept as a safety copy in the store&apos;s folder. Replace it?</source>
        <translation>这是门店“%1”的备份。当前打开的门店是“%2”。

恢复它会用“%1”替换“%2”。当前数据会另存一份安全备份，保存在门店数据文件夹中。确定替换吗？</translation>
    </message>
    <message>
        <source>Where to keep the store&apos;s data</source>
        <translation>选择门店数据的保存位置</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Propose customers for erasure after</source>
        <translation>建议删除客户：满</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> 年</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>…without a visit, a purchase, a contact or a change, and with no stored value, points or card left. Review the list; nothing is erased until you say so.</source>
        <translation>…没有到店、消费、联系或资料修改，且没有剩余储值、积分或次卡。请先审核名单；在您确认之前不会删除任何信息。</translation>
    </message>
    <message>
        <source>&amp;Find them</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Erase the selected…</source>
        <translation>删除选中的客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Looking for dormant customers…</source>
        <translation>正在查找长期未到店的客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) proposed for erasure.</source>
        <translation>
            <numerusform>建议删除 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer is due for erasure.</source>
        <translation>没有需要删除的客户。</translation>
    </message>
    <message>
        <source>Erase customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n customer(s) for good? Their sales and ledger stay under a number. This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除 %n 位客户的个人信息吗？他们的消费记录和账户流水会以编号保留。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing customers…</source>
        <translation>正在删除客户个人信息…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased.</source>
        <translation>
            <numerusform>已删除 %n 位客户的个人信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be erased now (something is still owed to them).</source>
        <translation>
            <numerusform>%n 位客户暂时无法删除（本店仍欠其余额或次卡）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>已中途停止。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Rooms, beds and chairs</source>
        <translation>房间、床位、座椅</translation>
    </message>
    <message>
        <source>A booking may take a room (bed, chair); it takes as many appointments at once as its capacity.</source>
        <translation>预约可占用一个房间（床位、座椅）；每个房间同时容纳的预约数不超过其容量。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Takes at once</source>
        <translation>同时容纳</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New room, e.g. VIP room or bed 2</source>
        <translation>新房间，如 VIP 房或 2 号床</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>添加房间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source> appointment(s)</source>
        <translation>
            <numerusform> 个预约</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>新增员工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Show those who left</source>
        <translation>显示已离职员工</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Commission rule</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>Everything (store default)</source>
        <translation>全部（全店默认）</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>不限级别</translation>
    </message>
    <message>
        <source>Tiered by the month&apos;s performance (阶梯)</source>
        <translation>按当月业绩阶梯计提</translation>
    </message>
    <message>
        <source>Whole month: the rate reached pays the whole month. Marginal: each tier&apos;s rate pays the part of the month inside it.</source>
        <translation>整月：达到的档位比例适用于整月业绩。超额累进：每档比例只适用于该档内的业绩。</translation>
    </message>
    <message>
        <source>From (¥ in the month)</source>
        <translation>起点（当月业绩 ¥）</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>a share of the line (%)</source>
        <translation>按比例分成（%）</translation>
    </message>
    <message>
        <source>a fixed amount per unit (¥)</source>
        <translation>每件固定金额（¥）</translation>
    </message>
    <message>
        <source>Main %</source>
        <translation>主做 %</translation>
    </message>
    <message>
        <source>Assistants get</source>
        <translation>助理得</translation>
    </message>
    <message>
        <source>Pay on bonus stored value too (赠送金额)</source>
        <translation>赠送金额也计提</translation>
    </message>
    <message>
        <source>Pays on</source>
        <translation>计提对象</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>指定 / 非指定</source>
        <translation>指定 / 非指定</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩口径</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计提方式</translation>
    </message>
    <message>
        <source>Amount per unit (¥)</source>
        <translation>每件金额（¥）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>With assistants</source>
        <translation>有助理时</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>No points</source>
        <translation>不积分</translation>
    </message>
    <message>
        <source>Points for every whole yuan paid, before the tier&apos;s multiplier.</source>
        <translation>每实付 1 元整获得的积分（未乘会员等级倍数）。</translation>
    </message>
    <message>
        <source>No redemption</source>
        <translation>不可兑换</translation>
    </message>
    <message>
        <source>How many points pay for ¥1 at the till; 0 turns paying with points off.</source>
        <translation>收银时多少积分抵 ¥1；填 0 则关闭积分抵现。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>At the end of the following year</source>
        <translation>次年年底</translation>
    </message>
    <message>
        <source>积分年底清零: points earned in 2025 lapse after 31 December 2026.</source>
        <translation>积分年底清零：2025 年获得的积分将于 2026 年 12 月 31 日后清零。</translation>
    </message>
    <message>
        <source>Points &amp;earned per ¥1 paid</source>
        <translation>每付 ¥1 获得积分(&amp;E)</translation>
    </message>
    <message>
        <source>Points &amp;paid for ¥1 off</source>
        <translation>多少积分抵 ¥1(&amp;P)</translation>
    </message>
    <message>
        <source>Points e&amp;xpire</source>
        <translation>积分过期(&amp;X)</translation>
    </message>
    <message>
        <source>Top-up of at least</source>
        <translation>充值满</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The smallest top-up that earns the bonus, in ¥</source>
        <translation>可获赠送的最低充值金额（¥）</translation>
    </message>
    <message>
        <source>The bonus value added to the balance, in ¥</source>
        <translation>充入余额的赠送金额（¥）</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>添加规则(&amp;D)</translation>
    </message>
    <message>
        <source>Add the rule (Enter); the same amount replaces</source>
        <translation>添加规则（Enter）；充值金额相同的规则将被替换</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete)</source>
        <translation>删除所选规则（Delete）</translation>
    </message>
    <message>
        <source>Top up ¥</source>
        <translation>充值满 ¥</translation>
    </message>
    <message>
        <source>get ¥</source>
        <translation>另送 ¥</translation>
    </message>
    <message>
        <source>free</source>
        <translation>（赠送金额）</translation>
    </message>
    <message>
        <source>Top-up &amp;bonuses</source>
        <translation>充值赠送(&amp;B)</translation>
    </message>
    <message>
        <source>A cashier&apos;s refund or stored-value withdrawal above this amount needs a manager&apos;s or the owner&apos;s password.</source>
        <translation>收银员办理的退款或退储值超过此金额时，需要店长或店主输入密码授权。</translation>
    </message>
    <message>
        <source>Refunds need approval &amp;above (¥)</source>
        <translation>退款超过此金额需授权 (¥)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Save the rules (Ctrl+S)</source>
        <translation>保存规则（Ctrl+S）</translation>
    </message>
    <message>
        <source>Only the owner can change the points and stored-value rules.</source>
        <translation>只有店主可以修改积分和储值规则。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Saved. The till uses the new rules from the next sale.</source>
        <translation>已保存。收银将从下一笔消费起使用新规则。</translation>
    </message>
</context>
<context>
    <name>SaleDetailPanel</name>
    <message>
        <source>Choose a sale in the list to see it here.</source>
        <translation>在列表中选择一笔消费，即可在此查看详情。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Refund of</source>
        <translation>退款原单</translation>
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>已退 %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>优惠 %1</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>折前金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(%1 pts)</source>
        <translation>（%1 积分）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>已退款：%1</translation>
    </message>
    <message>
        <source>Left to refund: %1</source>
        <translation>可退余额：%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>(nobody in particular)</source>
        <translation>（未选员工）</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新建收银</translation>
    </message>
    <message>
        <source>Use a session card of the member for this service (Ctrl+K)</source>
        <translation>使用会员的次卡消费此服务项目（Ctrl+K）</translation>
    </message>
    <message>
        <source>Sell a session or period card (Ctrl+D)</source>
        <translation>售卖次卡或期限卡（Ctrl+D）</translation>
    </message>
    <message>
        <source>One more of the selected line (+ in the list, Ctrl+=)</source>
        <translation>所选行数量加一（在列表中按 +，或 Ctrl+=）</translation>
    </message>
    <message>
        <source>One less of the selected line (- in the list, Ctrl+-)</source>
        <translation>所选行数量减一（在列表中按 -，或 Ctrl+-）</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete in the list, Ctrl+Del)</source>
        <translation>删除所选行（在列表中按 Delete，或 Ctrl+Del）</translation>
    </message>
    <message>
        <source>Who served the selected line: main staff, assistants, asked for (F4)</source>
        <translation>所选行的服务人员：主做、助理、指定（F4）</translation>
    </message>
    <message>
        <source>Pay by %1 (%2)</source>
        <translation>%1收款（%2）</translation>
    </message>
    <message>
        <source>A coupon&apos;s code, scanned or typed (Ctrl+U)</source>
        <translation>优惠券码，扫码或手动输入（Ctrl+U）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The member has no card with sessions left.</source>
        <translation>该会员没有剩余次数的卡。</translation>
    </message>
    <message>
        <source>There are no card plans yet; the owner adds them in Settings.</source>
        <translation>还没有卡种，请店主在“设置”中添加。</translation>
    </message>
    <message>
        <source>A discount of %1 on this sale is above your limit: a manager or the owner approves it with their own user name and password.</source>
        <translation>本单优惠 %1 超出您的权限：需店长或店主用自己的用户名和密码批准。</translation>
    </message>
    <message>
        <source>Sale %1 recorded.</source>
        <translation>消费单 %1 已记录。</translation>
    </message>
    <message>
        <source>Give back %1 change.</source>
        <translation>请找零 %1。</translation>
    </message>
    <message>
        <source>No sale was recorded at this till yet.</source>
        <translation>这个收银台还没有收过一单。</translation>
    </message>
    <message>
        <source>Discard this sale?</source>
        <translation>放弃这笔收银？</translation>
    </message>
    <message>
        <source>This sale is not recorded yet. Discard it?</source>
        <translation>这笔收银尚未记录，确定放弃吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep selling</source>
        <translation>继续收银(&amp;K)</translation>
    </message>
    <message>
        <source>Add what is sold first; the discount is on the whole sale.</source>
        <translation>请先添加商品；整单优惠针对整张单。</translation>
    </message>
    <message>
        <source>The cash drawer was opened (recorded in the audit log).</source>
        <translation>钱箱已打开（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Select a line, type its quantity, then ×.</source>
        <translation>选中一行，输入数量，再按 ×。</translation>
    </message>
    <message>
        <source>There is nothing to park: add what is sold first.</source>
        <translation>没有可挂起的内容：请先添加商品。</translation>
    </message>
    <message>
        <source>Parked: %1, %2. F12 brings it back.</source>
        <translation>已挂单：%1，%2。按 F12 取单。</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>This coupon is already on the sale.</source>
        <translation>这张优惠券已经在本单中。</translation>
    </message>
    <message>
        <source>Coupons are a member&apos;s: find the member first.</source>
        <translation>优惠券属于会员：请先查找会员。</translation>
    </message>
    <message>
        <source>No gift has been reached.</source>
        <translation>还没有满足任何满赠活动。</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>card</source>
        <translation>用卡</translation>
    </message>
    <message>
        <source>This line has a problem; see under the totals.</source>
        <translation>这一行有问题，请查看合计下方的提示。</translation>
    </message>
    <message>
        <source>Who served this line (F4 to change)</source>
        <translation>本行服务人员（按 F4 修改）</translation>
    </message>
</context>
<context>
    <name>SaleTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Served by %1, cashier %2</source>
        <translation>服务人员：%1，收银员：%2</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品兑换</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>(%1 pts)</source>
        <translation>（%1 积分）</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <source>Sales</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>交班/日结</translation>
    </message>
    <message>
        <source>The shift summary (交班): takings by payment method, cash in the drawer (Ctrl+J)</source>
        <translation>交班汇总：按支付方式统计收入，核对钱箱现金（Ctrl+J）</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新建收银</translation>
    </message>
    <message>
        <source>Record a sale at the till (F9)</source>
        <translation>在收银台记录一笔消费（F9）</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Give back all or part of the selected sale or top-up (Ctrl+R)</source>
        <translation>对所选消费或充值全部或部分退款（Ctrl+R）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <source>Which days to show</source>
        <translation>显示哪些日期</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Only sales served by this member of staff</source>
        <translation>只显示该员工服务的消费</translation>
    </message>
    <message>
        <source>All payment methods</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <source>Only sales paid (in part) this way</source>
        <translation>只显示（部分）使用此方式支付的记录</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Sales, top-ups, refunds, withdrawals or gifts</source>
        <translation>消费、充值、退款、退储值或礼品兑换</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>客户…</translation>
    </message>
    <message>
        <source>Type a name, pinyin, phone or card number and press Enter (Ctrl+F)</source>
        <translation>输入姓名、拼音、手机号或卡号后按 Enter（Ctrl+F）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>The paper the receipt is printed on</source>
        <translation>打印小票所用的纸张</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <source>Print this receipt again (Ctrl+P)</source>
        <translation>重新打印此小票（Ctrl+P）</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Nobody found for %1</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Sales of a customer</source>
        <translation>客户的消费记录</translation>
    </message>
    <message>
        <source>Whose sales should be shown?</source>
        <translation>要查看哪位客户的消费记录？</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>adding up…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>sales %1</source>
        <translation>消费 %1</translation>
    </message>
    <message>
        <source>top-ups %1</source>
        <translation>充值 %1</translation>
    </message>
    <message>
        <source>refunds %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>paid out %1</source>
        <translation>退储值 %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>paid by %1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>New service record</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>e.g. Colour faded after a week</source>
        <translation>例如：染发一周后褪色</translation>
    </message>
    <message>
        <source>What the customer said or asked for</source>
        <translation>客户反映或要求的内容</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Has a due &amp;date</source>
        <translation>有截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Not resolved by this day, it is on the today list.</source>
        <translation>到这一天仍未解决，就会出现在今日提醒中。</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>How satisfied the customer was, 1 to 5</source>
        <translation>客户满意度，1 到 5</translation>
    </message>
    <message>
        <source>Cust&amp;omer</source>
        <translation>客户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>主题(&amp;B)</translation>
    </message>
    <message>
        <source>Deta&amp;il</source>
        <translation>详情(&amp;I)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Satis&amp;faction</source>
        <translation>满意度(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ServiceRecordsTab</name>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Which records to show</source>
        <translation>显示哪些记录</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Only records of this type</source>
        <translation>只看这一类记录</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a service request, complaint or feedback (Ctrl+N)</source>
        <translation>新增服务请求、投诉或反馈 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected record (Enter or F4)</source>
        <translation>修改选中的记录（回车或 F4）</translation>
    </message>
    <message>
        <source>Your role can see the records but not change them.</source>
        <translation>您的角色可以查看记录，但不能修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetTierDialog</name>
    <message>
        <source>Set the member&apos;s tier</source>
        <translation>设置会员等级</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>e.g. an old member card from the paper book</source>
        <translation>例如：纸质登记本上的老会员卡</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>会员等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Customer categories</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>ShiftSummaryDialog</name>
    <message>
        <source>Day summary / shift handover</source>
        <translation>日结 / 交班</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Since (shift start)…</source>
        <translation>从接班时起…</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>自定义起止…</translation>
    </message>
    <message>
        <source>A whole day, a shift from a chosen time until now, or any two moments</source>
        <translation>整天、从指定时间到现在的一个班次，或任意两个时间点之间</translation>
    </message>
    <message>
        <source>From this moment (included)</source>
        <translation>从此时刻起（含）</translation>
    </message>
    <message>
        <source>Until this moment (not included)</source>
        <translation>到此时刻止（不含）</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Only what this member of staff served</source>
        <translation>只统计该员工服务的记录</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>Opening float ¥</source>
        <translation>备用金 ¥</translation>
    </message>
    <message>
        <source>The change money that was in the drawer at the start</source>
        <translation>开班时钱箱里用于找零的备用金</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Top-up bonus given</source>
        <translation>充值赠送金额</translation>
    </message>
    <message>
        <source>Stored value paid out</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Stored value spent</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>已用次数</translation>
    </message>
    <message>
        <source>Cards sold</source>
        <translation>售卡数</translation>
    </message>
    <message>
        <source>By staff</source>
        <translation>按员工</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Print on the receipt printer&apos;s roll or on A4</source>
        <translation>打印在小票打印机纸卷上或 A4 纸上</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the summary (Ctrl+P)</source>
        <translation>预览并打印汇总（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file (Ctrl+S)</source>
        <translation>将汇总保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n top-up(s)</source>
        <translation>
            <numerusform>%n 笔充值</numerusform>
        </translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>赠送 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <source>cash taken %1 + float %2</source>
        <translation>现金收入 %1 + 备用金 %2</translation>
    </message>
    <message>
        <source>shift-summary-%1.pdf</source>
        <translation>交班汇总-%1.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>将汇总保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>延后到</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>一个月后</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Event or promotion</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <source>Commission rules can pay each grade differently</source>
        <translation>提成规则可按级别设置不同比例</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>（无账号）</translation>
    </message>
    <message>
        <source>Signed in with this account, they see their own figures</source>
        <translation>用此账号登录时，只能看到本人的业绩</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>工号(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>级别(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>登录账号(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>业绩(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;yroll</source>
        <translation>提成工资表(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>员工名册(&amp;R)</translation>
    </message>
    <message>
        <source>Commissio&amp;n plan</source>
        <translation>提成方案(&amp;N)</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <source>Services and goods</source>
        <translation>项目与商品</translation>
    </message>
    <message>
        <source>Card sales</source>
        <translation>开卡业绩</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值业绩</translation>
    </message>
    <message>
        <source>Cash performance</source>
        <translation>现金业绩</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消耗业绩</translation>
    </message>
    <message>
        <source>% of what was paid</source>
        <translation>按实收比例</translation>
    </message>
    <message>
        <source>% of list price</source>
        <translation>按原价比例</translation>
    </message>
    <message>
        <source>Fixed per unit</source>
        <translation>按件固定金额</translation>
    </message>
    <message>
        <source>Whole month</source>
        <translation>全月累进（整月）</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>超额累进</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主做</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Tier adjustment</source>
        <translation>阶梯调整</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Everything (store default)</source>
        <translation>全部（全店默认）</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Asked for (指定)</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Assigned (非指定)</source>
        <translation>非指定（轮牌）</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>每件 %1</translation>
    </message>
    <message>
        <source>of list price</source>
        <translation>（按原价）</translation>
    </message>
    <message>
        <source>of what was paid</source>
        <translation>（按实收）</translation>
    </message>
    <message>
        <source>Main %1 · assistant %2 a unit</source>
        <translation>主做 %1 · 助理每件 %2</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Month&apos;s performance %1 reaches %2 (%3): the month comes to %4, the entries made %5</source>
        <translation>当月业绩 %1 达到 %2（%3）：当月应提 %4，已计 %5</translation>
    </message>
    <message>
        <source>The month before (←)</source>
        <translation>上个月（←）</translation>
    </message>
    <message>
        <source>The month after (→)</source>
        <translation>下个月（→）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计提基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分成</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission statement: %1 %2</source>
        <translation>提成明细：%1 %2</translation>
    </message>
    <message>
        <source>Cash performance %1 · consumption %2 · visits %3 · card sales %4 · top-ups %5 · commission %6 + tier adjustments %7</source>
        <translation>现金业绩 %1 · 消耗业绩 %2 · 服务人次 %3 · 开卡 %4 · 充值 %5 · 提成 %6 + 阶梯调整 %7</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>共 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>commission due %1</source>
        <translation>应发提成 %1</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>The name is printed on receipts and reports.</source>
        <translation>门店名称会打印在小票和报表上。</translation>
    </message>
    <message>
        <source>e.g. 悦容美发沙龙</source>
        <translation>例如：悦容美发沙龙</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Store na&amp;me</source>
        <translation>门店名称(&amp;M)</translation>
    </message>
    <message>
        <source>Business &amp;type</source>
        <translation>行业类型(&amp;T)</translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation>数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Where to keep the store&apos;s data</source>
        <translation>选择门店数据的保存位置</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Store &amp;name</source>
        <translation>门店名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Business type</source>
        <translation>行业类型(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Language of this computer</source>
        <translation>本机界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Only the owner can change the store&apos;s name and type.</source>
        <translation>只有店主可以修改门店名称和行业类型。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>StoreWizard</name>
    <message>
        <source>StoreCRM — set up</source>
        <translation>StoreCRM — 初始设置</translation>
    </message>
</context>
<context>
    <name>TableBookModel</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 座</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablesDialog</name>
    <message>
        <source>Tables</source>
        <translation>桌位</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>桌位</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>New table, e.g. A5</source>
        <translation>新桌位，如 A5</translation>
    </message>
    <message>
        <source>&amp;Add table</source>
        <translation>添加桌位(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>A reservation holds its table</source>
        <translation>每次订座占桌</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source> seat(s)</source>
        <translation>
            <numerusform> 座</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new template (Ctrl+N)</source>
        <translation>新建模板 (Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected template (Delete)</source>
        <translation>删除选中的模板 (Delete)</translation>
    </message>
    <message>
        <source>e.g. Birthday wishes</source>
        <translation>例如：生日祝福</translation>
    </message>
    <message>
        <source>Any reminder</source>
        <translation>任何提醒</translation>
    </message>
    <message>
        <source>The reminders this message is offered for</source>
        <translation>这条消息用于哪类提醒</translation>
    </message>
    <message>
        <source>Hello {姓名}, …</source>
        <translation>{姓名}您好，…</translation>
    </message>
    <message>
        <source>Insert the customer&apos;s name</source>
        <translation>插入客户姓名</translation>
    </message>
    <message>
        <source>Insert the stored-value balance</source>
        <translation>插入储值余额</translation>
    </message>
    <message>
        <source>Insert the points</source>
        <translation>插入积分</translation>
    </message>
    <message>
        <source>Insert the sessions left on their cards</source>
        <translation>插入次卡剩余次数</translation>
    </message>
    <message>
        <source>Insert the birthday</source>
        <translation>插入生日</translation>
    </message>
    <message>
        <source>Insert the store&apos;s name</source>
        <translation>插入店名</translation>
    </message>
    <message>
        <source>Insert the appointment&apos;s day and time</source>
        <translation>插入预约的日期和时间</translation>
    </message>
    <message>
        <source>Insert the appointment&apos;s services</source>
        <translation>插入预约的项目</translation>
    </message>
    <message>
        <source>Insert the staff member booked</source>
        <translation>插入预约的技师</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>保存模板 (Ctrl+S)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>名称(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>适用于(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change the message templates.</source>
        <translation>只有店主或店长可以修改消息模板。</translation>
    </message>
    <message>
        <source>Ms Zhang</source>
        <comment>the made-up customer of the message preview</comment>
        <translation>张女士</translation>
    </message>
    <message>
        <source>Our store</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Haircut</source>
        <comment>the made-up service of the message preview</comment>
        <translation>剪发</translation>
    </message>
    <message>
        <source>Tony</source>
        <comment>the made-up staff member of the message preview</comment>
        <translation>Tony</translation>
    </message>
    <message>
        <source>A new template: give it a name and a message, then save.</source>
        <translation>新模板：填写名称和消息后保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>删除模板“%1”？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <source>Add a tier</source>
        <translation>添加会员等级</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>修改会员等级</translation>
    </message>
    <message>
        <source>e.g. Gold member</source>
        <translation>例如：金卡会员</translation>
    </message>
    <message>
        <source>A higher rank is a better tier; members only move up by themselves.</source>
        <translation>级别越高，等级越好；会员只会自动升级，不会自动降级。</translation>
    </message>
    <message>
        <source>What members pay, as a share of the price: 88 % is 8.8折, 100 % no discount.</source>
        <translation>会员按原价的百分比付款：88% 即 8.8折，100% 为不打折。</translation>
    </message>
    <message>
        <source>Members of this tier earn points this many times.</source>
        <translation>此等级会员获得积分的倍数。</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>A member reaches this tier once their spending adds up to this much.</source>
        <translation>会员累计消费达到此金额即升至此等级。</translation>
    </message>
    <message>
        <source>A member reaches this tier with one top-up of at least this much.</source>
        <translation>会员单次充值达到此金额即升至此等级。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>级别(&amp;R)</translation>
    </message>
    <message>
        <source>Members &amp;pay</source>
        <translation>会员付款比例(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;oints earned</source>
        <translation>积分倍数(&amp;O)</translation>
    </message>
    <message>
        <source>Upgrade at spen&amp;ding of (¥)</source>
        <translation>累计消费达到 (¥) 时升级(&amp;D)</translation>
    </message>
    <message>
        <source>… or a single &amp;top-up of (¥)</source>
        <translation>…或单次充值达到 (¥)(&amp;T)</translation>
    </message>
    <message>
        <source>Leave both upgrade amounts empty for a tier that is only given by hand.</source>
        <translation>两个升级金额都留空，则此等级只能手动设置。</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Members pay the tier&apos;s share of the price on discountable items and earn points at the tier&apos;s rate. They move up by themselves when a rule is met.</source>
        <translation>会员购买可打折的商品时按所在等级的比例付款，并按等级倍数获得积分。满足升级条件时自动升级。</translation>
    </message>
    <message>
        <source>Only the owner can change the membership tiers.</source>
        <translation>只有店主可以修改会员等级。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Points rate</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Upgrade rule</source>
        <translation>升级条件</translation>
    </message>
    <message>
        <source>&amp;Add tier…</source>
        <translation>添加等级(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a membership tier (Ctrl+N)</source>
        <translation>添加会员等级（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected tier (Enter or double-click)</source>
        <translation>修改所选等级（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>A deactivated tier is no longer reached by upgrades; its members keep it.</source>
        <translation>停用后，会员不会再通过升级进入此等级；已在此等级的会员保持不变。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TillRulesTab</name>
    <message>
        <source>Above these limits the till asks for a manager&apos;s or the owner&apos;s password. The owner has no limit.</source>
        <translation>超出以下权限时，收银台会要求店长或店主输入密码。店主不受限制。</translation>
    </message>
    <message>
        <source>Cashier: order discount up to</source>
        <translation>收银员：整单优惠最多</translation>
    </message>
    <message>
        <source>Cashier: rounding up to</source>
        <translation>收银员：抹零最多</translation>
    </message>
    <message>
        <source>Manager: order discount up to</source>
        <translation>店长：整单优惠最多</translation>
    </message>
    <message>
        <source>Manager: rounding up to</source>
        <translation>店长：抹零最多</translation>
    </message>
    <message>
        <source>充500送50, this week&apos;s offer …</source>
        <translation>充500送50，本周优惠……</translation>
    </message>
    <message>
        <source>Customer display between sales</source>
        <translation>两单之间客显屏显示</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Only the owner can change the till&apos;s rules.</source>
        <translation>只有店主可以修改收银规则。</translation>
    </message>
    <message>
        <source>Of what may be discounted (cards and no-discount items aside)</source>
        <translation>按可打折部分计算（不含卡项和不打折商品）</translation>
    </message>
    <message>
        <source>9: to the jiao; 99: to the yuan</source>
        <translation>9：抹到角；99：抹到元</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>不允许抹零</translation>
    </message>
    <message>
        <source>Saved. The till uses these rules from the next sale.</source>
        <translation>已保存。下一单起收银台使用这些规则。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 was merged into this customer</source>
        <translation>%1 已合并到此客户</translation>
    </message>
    <message>
        <source>The customer withdrew it on %1</source>
        <translation>客户于 %1 撤回</translation>
    </message>
    <message>
        <source>Opening balance carried over</source>
        <translation>从原系统转入</translation>
    </message>
    <message>
        <source>Now in the tier %1</source>
        <translation>会员等级变为 %1</translation>
    </message>
    <message>
        <source>No tier any more</source>
        <translation>已取消会员等级</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>延后到 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改资料</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Stored value paid back</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>会员等级变更</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Follow-up task set</source>
        <translation>设置跟进任务</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Service record resolved</source>
        <translation>服务记录已解决</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>撤回营销同意</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>个人信息已删除</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <source>Only the tasks and service records assigned to me</source>
        <translation>只看分配给我的任务和服务记录</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Export list… (Ctrl+E)</source>
        <translation>导出名单… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Contacted…</source>
        <translation>已联系(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>延后(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not interested</source>
        <translation>不感兴趣(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;py message</source>
        <translation>复制消息(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to the file.</source>
        <translation>
            <numerusform>已写入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do here today.</source>
        <translation>今天这一类没有待办。</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>未同意营销</translation>
    </message>
    <message>
        <source>%1 has not agreed to receive marketing messages. Copy the message anyway (e.g. for a service notice)?</source>
        <translation>%1 未同意接收营销信息。仍要复制这条消息吗（例如用于服务通知）？</translation>
    </message>
    <message>
        <source>Message copied for %1</source>
        <translation>已复制给 %1 的消息</translation>
    </message>
    <message>
        <source>Export reminder list</source>
        <translation>导出提醒名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to marketing messages.</source>
        <translation>
            <numerusform>%n 位未写入：未同意接收营销信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no phone.</source>
        <translation>
            <numerusform>%n 位未写入：没有手机号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>正在导出名单…</translation>
    </message>
</context>
<context>
    <name>TopUp</name>
    <message>
        <source>Top up %1, get %2 free</source>
        <comment>zh_CN: 充%1送%2</comment>
        <translation>充%1送%2</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <source>The money paid in, in yuan</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>充值金额 (¥)(&amp;A)</translation>
    </message>
    <message>
        <source>Top up exactly %1</source>
        <translation>充值 %1</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>支付方式(&amp;B)</translation>
    </message>
    <message>
        <source>Who sold the top-up (充值业绩)</source>
        <translation>充值由谁销售（计入充值业绩）</translation>
    </message>
    <message>
        <source>&amp;Served by</source>
        <translation>服务人员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Top up</source>
        <translation>充值(&amp;T)</translation>
    </message>
    <message>
        <source>Record the top-up (Ctrl+Enter)</source>
        <translation>确认充值（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>None (from %1: %2)</source>
        <translation>无（充值满 %1 起赠：%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>TopUpGiftDialog</name>
    <message>
        <source>Add a top-up gift</source>
        <translation>新增充值赠送</translation>
    </message>
    <message>
        <source>Change top-up gift</source>
        <translation>修改充值赠送</translation>
    </message>
    <message>
        <source>e.g. 充1000送护理卡</source>
        <translation>如：充1000送护理卡</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>（不送卡）</translation>
    </message>
    <message>
        <source>(no coupon)</source>
        <translation>（不送券）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Top-up of at least (¥)</source>
        <translation>充值满（元）</translation>
    </message>
    <message>
        <source>Bonus (¥)</source>
        <translation>赠送金额（元）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
</context>
<context>
    <name>TopUpGiftsTab</name>
    <message>
        <source>What a top-up earns besides the bonus rules: money, a card, points, coupons. The highest one reached applies; a refund of the top-up takes it back.</source>
        <translation>充值规则之外的赠送：金额、次卡、积分、优惠券。按达到的最高档赠送；充值退款时一并收回。</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change top-up gifts.</source>
        <translation>只有店主或店长可以修改充值赠送。</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Top-up of</source>
        <translation>充值满</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add top-up gift…</source>
        <translation>新增充值赠送(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a top-up gift</source>
        <translation>新增充值赠送</translation>
    </message>
    <message>
        <source>Change the selected gift (Enter or double-click)</source>
        <translation>修改选中的赠送规则（回车或双击）</translation>
    </message>
    <message>
        <source>%1 bonus</source>
        <translation>赠送 %1</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>一张次卡</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n 张优惠券</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>折前金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>待付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>(%1 % off)</source>
        <translation>（优惠 %1%）</translation>
    </message>
    <message>
        <source>+%1 earned</source>
        <translation>获得 +%1</translation>
    </message>
    <message>
        <source>−%1 used</source>
        <translation>抵扣 −%1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>添加员工账号</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>确认密码(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <source>Only the owner manages staff accounts.</source>
        <translation>只有店主可以管理员工账号。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>设置 %1 的新密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The new password is set.</source>
        <translation>新密码已设置。</translation>
    </message>
</context>
<context>
    <name>VoidCouponDialog</name>
    <message>
        <source>Void a coupon</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>A coupon given by mistake or declined: once voided it cannot be used. The coupon and its history stay on record.</source>
        <translation>发错或顾客不要的优惠券：作废后不能再使用。券和它的记录都会保留。</translation>
    </message>
    <message>
        <source>Type or scan the code</source>
        <translation>输入或扫描券码</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. given to the wrong customer</source>
        <translation>例如：发给了错误的顾客</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>券码(&amp;C)</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Void coupon</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Coupon wallet</source>
        <translation>会员券包</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Min. spend</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This member has no coupon to use.</source>
        <translation>该会员没有可用的优惠券。</translation>
    </message>
    <message>
        <source>&amp;Buy with points…</source>
        <translation>积分兑换(&amp;B)…</translation>
    </message>
    <message>
        <source>A coupon the member pays for with points (积分兑换)</source>
        <translation>会员用积分兑换优惠券</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>打印券(&amp;P)</translation>
    </message>
    <message>
        <source>The coupon with its code as a QR code and barcode</source>
        <translation>打印带二维码和条码的优惠券</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Use on this sale</source>
        <translation>本单使用(&amp;U)</translation>
    </message>
    <message>
        <source>Hand this coupon over (Enter)</source>
        <translation>在本单使用这张券（回车）</translation>
    </message>
    <message>
        <source>%1 — points: %2</source>
        <translation>%1 — 积分：%2</translation>
    </message>
    <message>
        <source>On this sale</source>
        <translation>已加入本单</translation>
    </message>
</context>
<context>
    <name>WeekBookModel</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>店休</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n 个预约</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekBookTable</name>
    <message>
        <source>Whose week: one staff member, or everyone</source>
        <translation>看谁的一周：某位员工，或全部员工</translation>
    </message>
    <message>
        <source>&amp;Whose week:</source>
        <translation>查看(&amp;W)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部员工</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Roster: the week</source>
        <translation>排班：每周</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Shaded: a day of its own in this week (not the usual week). The grid shows the week chosen below.</source>
        <translation>底色标出的是本周单独安排的班次（不同于常规周）。表格显示下方所选的那一周。</translation>
    </message>
    <message>
        <source>Save as the &amp;usual week</source>
        <translation>存为常规周(&amp;U)</translation>
    </message>
    <message>
        <source>Every week is worked like this from now on</source>
        <translation>从现在起每周都按此排班</translation>
    </message>
    <message>
        <source>Save for this &amp;week only</source>
        <translation>仅本周生效(&amp;W)</translation>
    </message>
    <message>
        <source>Only the week chosen below; the usual week stays as it is</source>
        <translation>只改下方所选的那一周，常规周不变</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add &amp;leave</source>
        <translation>添加请假(&amp;L)</translation>
    </message>
    <message>
        <source>Leave:</source>
        <translation>请假：</translation>
    </message>
    <message>
        <source>&amp;Copy last week</source>
        <translation>复制上周(&amp;C)</translation>
    </message>
    <message>
        <source>This week&apos;s shifts become what they were the week before</source>
        <translation>把所选一周的班次设为与上一周相同</translation>
    </message>
    <message>
        <source>&amp;Print the week…</source>
        <translation>打印本周排班(&amp;P)…</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>所在周：</translation>
    </message>
    <message>
        <source>This week only (the usual week: %1)</source>
        <translation>仅本周（常规周为：%1）</translation>
    </message>
    <message numerus="yes">
        <source>Copied: %n day(s) differ from the usual week.</source>
        <translation>
            <numerusform>已复制：有 %n 天与常规周排班不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>排班表 %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to StoreCRM</source>
        <translation>欢迎使用 StoreCRM</translation>
    </message>
    <message>
        <source>Customer archive and membership for your store. Everything stays on this PC.</source>
        <translation>为您的门店管理客户档案和会员。所有数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Create a new store</source>
        <translation>新建门店(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open an existing store folder…</source>
        <translation>打开已有门店数据文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file (new PC)…</source>
        <translation>从备份文件恢复（新电脑）(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the store&apos;s folder</source>
        <translation>选择门店数据文件夹</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw marketing consent</source>
        <translation>撤回营销同意</translation>
    </message>
    <message>
        <source>%1 agreed to marketing messages on %2. From now on, reminders and message exports leave them out. The history of consent is kept.</source>
        <translation>%1于 %2 同意接收营销信息。撤回后，提醒和短信导出将不再包含此客户。同意记录会完整保留。</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>撤回日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;How they told us</source>
        <translation>告知方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>撤回同意(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Pay back stored value</source>
        <translation>退储值</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>Paid-in money (principal) given back, in yuan; bonus is never paid out</source>
        <translation>退还的实付金额（本金），单位：元；赠送金额不予退还</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>全部(&amp;L)</translation>
    </message>
    <message>
        <source>Pay back all the principal (Alt+L)</source>
        <translation>退还全部本金（Alt+L）</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>金额 (¥)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Forfeit the remaining bonus (%1)</source>
        <translation>清零剩余赠送金额（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>退款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Required, e.g. moving away</source>
        <translation>必填，例如：搬家</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pay back</source>
        <translation>确认退还(&amp;P)</translation>
    </message>
    <message>
        <source>Record the payment back (Ctrl+Enter)</source>
        <translation>记录退储值（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>_CrashReporter</name>
    <message>
        <source>The disk is full, so the last change was not saved. Nothing was lost: every change saved before is kept.

Free some space on the disk (delete or move old files or backups) and try again.</source>
        <translation>磁盘已满，刚才的操作没有保存。没有丢失任何数据：之前保存的内容都完好。

请在磁盘上清理出一些空间（删除或移走旧文件或备份）后重试。</translation>
    </message>
    <message>
        <source>StoreCRM</source>
        <translation>StoreCRM</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your data is safe: every saved change is kept.

The details were written to:
%1</source>
        <translation>抱歉，程序出现了问题。您的数据是安全的：所有已保存的修改都不会丢失。

详细信息已写入：
%1</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>What the tab shows, for the store bus: a change of this reloads it, a save announces it. Other changes that alter the rows (a sale changes a tier&apos;s member count).</extracomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
</TS>
