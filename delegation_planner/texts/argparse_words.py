"""argparse's own words in the reader's language: its refusals and its ``--help``.

argparse words its errors and the frame of its help ("usage:", "positional arguments",
"options", "show this help message and exit") through gettext's default domain, for
which Python ships no Swedish or Danish catalogue. Its messages are listed here so that
they are in the program's catalogue, and ``install()`` points argparse's lookup at that
catalogue in the reader's language: a mistyped command is refused, and ``--help`` is
written, in the same language as everything else the command line says.

The placeholders of the usage lines (``FILE``, ``DATE``) are translated too, as GNU
programs do ("FIL", "DATUM"): they are words the reader fills in, not names to type.
"""

from __future__ import annotations

import argparse

from delegation_planner.texts.catalogue import mark, tr, translations

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
    # The frame of every --help.
    # Translators: starts the usage line, as in "usage: delegation-planner import FILE"; keep the space.
    mark("usage: "),
    mark("positional arguments"),
    mark("options"),
    mark("show this help message and exit"),
)

# Translators: placeholders in the usage lines of --help, written in capitals; the reader
# puts a value in their place ("--out FILE"). One word each, no spaces.
METAVARS = {
    word: word
    for word in (
        mark("PATH"),
        mark("COMMAND"),
        mark("OFFICE"),
        mark("DELEGATION"),
        mark("FILE"),
        mark("REFERENCE"),
        mark("PHONE"),
        mark("NAME"),
        mark("YEAR"),
        mark("DATE"),
        mark("STATUS"),
        mark("TEXT"),
        mark("ID"),
        mark("PATTERN"),
        mark("SOURCE"),
        mark("TARGET"),
        mark("PERSON"),
        mark("PROFILE"),
        mark("TEMPLATE"),
        mark("ACTION"),
    )
}


def metavar(word: str) -> str:
    """The usage line's placeholder ``word`` (one of ``METAVARS``) in the reader's language."""
    return tr(METAVARS[word])


def _gettext(message: str) -> str:
    return translations().gettext(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translations().ngettext(singular, plural, count)


def install() -> None:
    """Make argparse word its refusals and help in the reader's language (``catalogue.use_language``)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
