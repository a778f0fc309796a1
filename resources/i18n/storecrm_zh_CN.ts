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
        <source>Audit log viewed</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>添加演示数据</translation>
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
        <source>--customers must be zero or more.</source>
        <translation>--customers 不能小于 0。</translation>
    </message>
    <message>
        <source>Added %1 demo customers in %2 s.</source>
        <translation>已添加 %1 位演示客户，用时 %2 秒。</translation>
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
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The customer archive — instant look-up by name, pinyin, phone or card, full profiles, tags and import from Excel — arrives in the next version.</source>
        <translation>客户档案将在下一版本推出：支持按姓名、拼音、手机号或卡号快速查找客户，完整的客户资料、客户标签，以及从 Excel 导入。</translation>
    </message>
    <message>
        <source>Recording sales, refunds and the daily cash summary arrives in a later version.</source>
        <translation>消费登记、退款和每日收银汇总将在后续版本中推出。</translation>
    </message>
    <message>
        <source>Member tiers, points, stored value and session cards arrive in a later version.</source>
        <translation>会员等级、积分、储值和次卡将在后续版本中推出。</translation>
    </message>
    <message>
        <source>Birthday, return-visit and follow-up reminders arrive in a later version.</source>
        <translation>生日提醒、回访提醒和跟进提醒将在后续版本中推出。</translation>
    </message>
    <message>
        <source>Reports with charts, PDF printing and Excel export arrive in a later version.</source>
        <translation>报表（含图表、PDF 打印和 Excel 导出）将在后续版本中推出。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>This field is required.</source>
        <translation>此项为必填项，请填写。</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>内容过长，最多 %1 个字符。</translation>
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
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
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
        <source>This value is not valid.</source>
        <translation>输入的内容无效，请检查后重新输入。</translation>
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
        <source>This store was saved by a newer version of StoreCRM. Please update.</source>
        <translation>该门店数据由更新版本的 StoreCRM 保存，请先将本程序升级到最新版本。</translation>
    </message>
    <message>
        <source>This store must first be upgraded by opening it in StoreCRM.</source>
        <translation>该门店数据需要先升级：请用 StoreCRM 程序打开一次，即可自动完成升级。</translation>
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
        <source>The folder is not empty; choose an empty or new folder: %1</source>
        <translation>该文件夹不是空的，请选择一个空文件夹或新建文件夹：%1</translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>未找到该记录，可能已被删除。</translation>
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
        <source>C&amp;hange password</source>
        <translation>修改密码(&amp;H)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
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
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
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
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>门店名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Business type</source>
        <translation>行业类型(&amp;B)</translation>
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
        <source>Choose the store&apos;s folder</source>
        <translation>选择门店数据文件夹</translation>
    </message>
</context>
<context>
    <name>_CrashReporter</name>
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
</TS>
