"""Staff screens (员工): the roster, the commission plan editor, the performance dashboard, a
staff member's commission statement and the payroll; ``pickers`` holds the till's staff
choosers. ``screen.StaffScreen`` assembles the tabs (imported by the main window; this package
itself imports nothing, so the till can use ``pickers`` alone)."""
