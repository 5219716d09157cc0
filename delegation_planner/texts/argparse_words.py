"""argparse's own refusals ("the following arguments are required: --out") in the reader's language.

argparse words its errors through gettext's default domain, for which Python ships no
Swedish or Danish catalogue. Its messages are listed here so that they are in the
program's catalogue, and ``install()`` points argparse's lookup at that catalogue in the
reader's language: a mistyped command is refused in the same language as everything
else the command line says. Only the refusals are listed; ``--help`` stays English.
"""

from __future__ import annotations

import argparse

from delegation_planner.texts.catalogue import mark, translations

MESSAGES = (
    mark("ambiguous option: %(option)s could match %(matches)s"),
    mark("argument %(argument_name)s: %(message)s"),
    mark("expected one argument"),
    mark("expected at least one argument"),
    mark("expected at most one argument"),
    mark("ignored explicit argument %r"),
    mark("invalid %(type)s value: %(value)r"),
    mark("invalid choice: %(value)r (choose from %(choices)s)"),
    mark("not allowed with argument %s"),
    mark("one of the arguments %s is required"),
    mark("the following arguments are required: %s"),
    mark("unrecognized arguments: %s"),
    mark("unknown parser %(parser_name)r (choices: %(choices)s)"),
    mark("can't open '%(filename)s': %(error)s"),
)


def _gettext(message: str) -> str:
    return translations().gettext(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translations().ngettext(singular, plural, count)


def install() -> None:
    """Make argparse word its refusals in the reader's language (``catalogue.use_language``)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
