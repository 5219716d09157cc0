"""Files the program reads at run time, shipped inside the package.

Read them with ``importlib.resources`` (``files(__name__) / "templates" / ...``), never by
a path relative to the source tree: an installed wheel has no source tree. Everything in
this folder that is not Python is package data (see MANIFEST.in), and a test builds the
wheel and checks that it is there.
"""
