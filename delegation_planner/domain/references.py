"""The references an office gives the documents it files (a Dnr, a diarium or journal number).

An office proposes them from a pattern in its profile: ``{year}`` (2026), ``{yy}``
(26, as in Region Skåne's older "Dnr 0800610") and ``{number}``, the next number of the
year, with Python's format specification for padding (``{number:04d}`` gives 0007).
"""

from __future__ import annotations

from delegation_planner.texts.catalogue import tr

DEFAULT_REFERENCE_PATTERN = "Dnr {year}-{number:04d}"
MAX_REFERENCE_CHARS = 100


def fill_reference(pattern: str, year: int, number: int) -> str:
    return pattern.format(year=year, yy=f"{year % 100:02d}", number=number)


# What can be wrong with a pattern, as codes the window words in its own language.
EMPTY, UNKNOWN_FIELD, NO_NUMBER, TOO_LONG = "empty", "unknown_field", "no_number", "too_long"


def pattern_fault(pattern: str) -> str | None:
    """What is wrong with ``pattern`` (one of the codes above), or None when it can propose references."""
    if not pattern.strip():
        return EMPTY
    try:
        first, second = fill_reference(pattern, 2026, 1), fill_reference(pattern, 2026, 2)
        longest = fill_reference(pattern, 2026, 99999)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return UNKNOWN_FIELD
    if first == second:
        return NO_NUMBER  # every proposal would be the same reference
    if "\n" in first or len(longest) > MAX_REFERENCE_CHARS:
        return TOO_LONG
    return None


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot propose references, in the reader's words; None when it can."""
    example = DEFAULT_REFERENCE_PATTERN
    fault = pattern_fault(pattern)
    if fault is None:
        return None
    return {
        EMPTY: tr("A reference pattern is needed, e.g. {example}.", example=example),
        UNKNOWN_FIELD: tr(
            "The pattern may use {{year}}, {{yy}} and {{number}} (e.g. {example}), and nothing else in braces.",
            example=example,
        ),
        NO_NUMBER: tr(
            "The pattern needs {{number}}, the document's number in the year (e.g. {example}).",
            example=example,
        ),
        TOO_LONG: tr(
            "A reference is one line of at most {max_reference_chars} characters.",
            max_reference_chars=MAX_REFERENCE_CHARS,
        ),
    }[fault]
