<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutTab</name>
    <message>
        <source>Program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher (AES-256); every account unlocks it with its own password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Preparing the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was upgraded to the new version; a safety copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset with recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessType</name>
    <message>
        <source>Retail shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant / café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty / hair salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: use --password-file, STORECRM_PASSWORD or a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new owner %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe; it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo customers in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — StoreCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer archive — instant look-up by name, pinyin, phone or card, full profiles, tags and import from Excel — arrives in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording sales, refunds and the daily cash summary arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member tiers, points, stored value and session cards arrive in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday, return-visit and follow-up reminders arrive in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports with charts, PDF printing and Excel export arrive in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StoreCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s data is encrypted on disk (SQLCipher, AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About StoreCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoreCRM %1 — customer archive and membership for one store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the store&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must be 2–32 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already open in another copy of StoreCRM (on computer %1, since %2). Close that copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already open in another copy of StoreCRM. Close that copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to %1. Ask the store owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can give this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code does not open this store. Check it against the paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the store owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was saved by a newer version of StoreCRM. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store must first be upgraded by opening it in StoreCRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s files are damaged or not StoreCRM files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a StoreCRM store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not empty; choose an empty or new folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAccountTab</name>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>The owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner can do everything, including adding staff accounts. The password also protects the store&apos;s data, which is kept encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王店长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code that was printed or written down when the store was created, then choose a new password for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the owner&apos;s password is ever forgotten, this code is the only way into the store&apos;s data. Print it or write it down, and keep it somewhere safe. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoreCRM recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet safe. With this code anyone can reset the owner&apos;s password and open the store&apos;s customer data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is printed on receipts and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 悦容美发沙龙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the store&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Store &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change the store&apos;s name and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWizard</name>
    <message>
        <source>StoreCRM — set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner manages staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to StoreCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive and membership for your store. Everything stays on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing store folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CrashReporter</name>
    <message>
        <source>StoreCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your data is safe: every saved change is kept.

The details were written to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
