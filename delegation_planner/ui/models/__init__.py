"""Table models and proxies of the window, named by what they hold.

Models import labels and widgets-free helpers only: never an editor, a dialog, a page
or the main window (tests/core/test_ui_layout.py).
"""
