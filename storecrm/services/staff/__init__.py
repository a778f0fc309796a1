"""Staff, performance and commission (员工业绩与提成).

- ``roster``: the staff members, apart from the sign-in accounts;
- ``serving``: who served a ticket's lines (the till's "served by" and each line's staff);
- ``plans``: versioned commission plans;
- ``posting``: performance and commission written with each sale, top-up and refund;
- ``figures``: the performance dashboard, statements and the payroll;
- ``check``: ``storecrm check`` re-adds the commission ledger.
"""
