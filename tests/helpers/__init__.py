"""Helpers shared by test modules (a test module never imports another test module).

Fixtures live in ``tests/conftest.py`` and ``tests/ui/conftest.py``; plain functions and
example records live here. Only modules named for the window may import Qt.
"""
