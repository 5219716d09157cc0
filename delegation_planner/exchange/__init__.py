"""Exchange with other programs (Qt-free): calendars (.ics), spreadsheets (.xlsx),
and participant lists read from CSV or Excel files."""
