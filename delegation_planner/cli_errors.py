"""The command line's one refusal: any reason to stop with exit status 2."""

from __future__ import annotations


class BadInput(Exception):
    """Any reason to stop with exit status 2; the message is the one line shown."""
