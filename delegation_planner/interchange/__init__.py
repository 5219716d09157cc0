"""The interchange file of contract §4: reading with field-path errors, writing, import/export.

Qt-free. ``reader`` turns a file (or a decoded JSON value) into a domain ``Register``
or raises ``InterchangeError`` listing every problem found; ``writer`` turns a
``Register`` into the file's canonical text; ``service`` joins them to the database.
"""
