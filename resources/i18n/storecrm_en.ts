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
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer list viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer search</source>
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
    <name>Category</name>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRulesTab</name>
    <message>
        <source>Customers are sorted into categories from their visits and spending. A customer who never bought anything is a potential customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: first visit within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular: at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and last visit within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: total spending at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: no visit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The customer list uses the new rules now.</source>
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
    <message>
        <source>--mapping must be a JSON object such as {&quot;联系方式&quot;: &quot;phone&quot;, &quot;C&quot;: null}, or a file holding one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 updated, %4 duplicates skipped, %5 with problems (not imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows listed above in the file and import it again; rows already imported will then count as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <source>Choose a customer in the list to see the profile here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the customer back into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another customer, archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into another customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note (a call, a wish, a remark)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next on %1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be found at the till or shown in the list. Their history is kept, and they can be restored at any time.

Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer that %1 is a duplicate of. That customer keeps the timeline, tags, balance, points and visits of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2?

Everything of %1 moves to %2, and %1 is archived. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile or area code + number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe the card or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive messages from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born in the leap month (闰月) of the lunar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer who recommended the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1&apos;s profile instead, or keep editing this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Name, pinyin, phone or card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin, phone / last 4 digits, card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F. Enter opens the customer (or the card&apos;s owner); ↓ goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 customers of the current list, as filtered and sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers (138****5678)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customer list from your old system as .xlsx or .csv (UTF-8 or GBK). Columns such as 姓名, 手机, 性别, 生日, 卡号, 标签, 余额, 积分 and 备注 are recognised. You will see every row before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (choose what each column holds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported (fix them in the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers already in the store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test run only (save nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read — %3 new customers, %4 already in the store, %5 rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run: %1 customers would be created and %2 updated; %3 skipped as already in the store; %4 rows have problems. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers were created and %2 updated; %3 skipped as already in the store; %4 rows with problems were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows carried a balance or points for a customer who already exists; those balances were not changed.</source>
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
    <name>LunarDate</name>
    <message>
        <source>lunar leap %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunar %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>year, then the lunar date</comment>
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
        <source>Not a valid phone number (11-digit mobile, or area code + number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has only digits, letters and &apos;-&apos; (at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referrer can only be given when the source is a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was already merged into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged customer cannot be restored; open the customer it was merged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is used for the name; choose which column holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1 (give its header, its letter or its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field called %1 to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is given to two columns; choose one.</source>
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
        <source>This phone number already belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number already belongs to %1.</source>
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
    <message>
        <source>The file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Excel (.xlsx) and CSV files can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel or WPS, save it as .xlsx, and import that file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not what its name says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text could not be read (it is not UTF-8 or GBK text). Save it from Excel as CSV or .xlsx again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored-value balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 男 or 女 (or leave the cell empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date we can read (write e.g. 1990-10-31, 10月31日 or 农历八月十五).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and month could be either way round; write the year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 公历 or 农历 (or leave the cell empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 是 or 否 (or leave the cell empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount of money (write e.g. 1234.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to an archived customer. Restore that customer first, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the file already has this; the row is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone belongs to one customer in the store and the card number to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a totals row, not a customer; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already exists; an import does not change an existing balance or points.</source>
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
        <source>Customer categories</source>
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
    <name>Source</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
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
