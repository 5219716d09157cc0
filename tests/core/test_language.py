"""Which language the program speaks, from the environment as gettext reads it (no Qt)."""

from __future__ import annotations

import pytest

from delegation_planner.texts import language
from delegation_planner.texts.language import environment_language, language_of, system_language


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("sv_SE.UTF-8", "sv"),
        ("sv_FI", "sv"),
        ("da_DK.UTF-8", "da"),
        ("da-DK", "da"),
        ("en_GB.UTF-8", "en"),
        ("en_US@euro", "en"),
        ("Swedish_Sweden.1252", "sv"),
        ("Danish_Denmark.1252", "da"),
        ("de_DE.UTF-8", None),
        ("nb_NO.UTF-8", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_language_of_a_locale_name(tag, expected):
    assert language_of(tag) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        # LC_ALL beats LC_MESSAGES beats LANG, as in gettext.
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "da_DK.UTF-8"}, "da"),
        ({"LANG": "da_DK.UTF-8", "LC_MESSAGES": "da_DK.UTF-8", "LC_ALL": "sv_SE.UTF-8"}, "sv"),
        # LANGUAGE is a list of preferences, the first the program speaks wins...
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:da:sv"}, "da"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "sv"}, "sv"),
        # ...but it is ignored in the C locale (scripts and tests start with LC_ALL=C).
        ({"LC_ALL": "C", "LANGUAGE": "sv"}, "en"),
        ({"LANGUAGE": "sv"}, None),
        # A language the program does not speak gives English.
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, None),
    ],
)
def test_environment_language(environ, expected):
    assert environment_language(environ) == expected


def test_system_language_falls_back_to_english_without_any_setting():
    assert system_language({}, platform="linux") == "en"
    assert system_language({"LANG": "sv_SE.UTF-8"}, platform="win32") == "sv"


def test_each_language_is_named_in_its_own_language():
    assert [language.native_name(code) for code in language.LANGUAGES] == ["Svenska", "Dansk", "English"]
