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
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> 次</translation>
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
        <source>%1 rows read: %2 created, %3 updated, %4 duplicates skipped, %5 with problems (not imported).</source>
        <translation>共读取 %1 行：新建 %2 位，更新 %3 位，跳过重复 %4 位，%5 行有问题（未导入）。</translation>
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
        <source>--out must name an .xlsx file.</source>
        <translation>--out 必须指定一个 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
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
        <source>Add &amp;note</source>
        <translation>添加备忘(&amp;N)</translation>
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
        <source>Merge into another customer, archive</source>
        <translation>合并到其他客户、归档</translation>
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
    <message>
        <source>next on %1 (in %2 days)</source>
        <translation>下次生日 %1（还有 %2 天）</translation>
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
        <source>Pr&amp;eferences</source>
        <translation>偏好(&amp;E)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
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
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
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
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message>
        <source>Saved %1 customers to %2.</source>
        <translation>已将 %1 位客户保存到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message>
        <source>The %1 customers of the current list, as filtered and sorted.</source>
        <translation>导出当前列表中的 %1 位客户，保持当前的筛选和排序。</translation>
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
        <source>%1: %2 rows read — %3 new customers, %4 already in the store, %5 rows with problems.</source>
        <translation>%1：共读取 %2 行 — 新客户 %3 位，店内已有 %4 位，%5 行有问题。</translation>
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
    <message>
        <source>Test run: %1 customers would be created and %2 updated; %3 skipped as already in the store; %4 rows have problems. Nothing was saved.</source>
        <translation>试运行：将新建 %1 位客户、更新 %2 位；%3 位店内已有，将跳过；%4 行有问题。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 customers were created and %2 updated; %3 skipped as already in the store; %4 rows with problems were not imported.</source>
        <translation>已新建 %1 位客户、更新 %2 位；%3 位店内已有，已跳过；%4 行有问题，未导入。</translation>
    </message>
    <message>
        <source>%1 rows carried a balance or points for a customer who already exists; those balances were not changed.</source>
        <translation>有 %1 行为已有客户填写了余额或积分，这些客户原有的余额和积分未作更改。</translation>
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
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>The customer already exists; an import does not change an existing balance or points.</source>
        <translation>该客户已存在；导入不会更改已有客户的余额和积分。</translation>
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
        <source>Customer categories</source>
        <translation>客户分类</translation>
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
        <source>Opening balance carried over</source>
        <translation>从原系统转入</translation>
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
