"""Qt-free texts: CLDR formatting (Babel), the reader's language, names of countries and themes.

The window formats with QLocale; everything else (the documents, the command line,
the core's messages) formats here, so a date or an amount reads the same in both.
"""
