"""Which language the program speaks: Swedish, Danish or English, from the system.

Qt-free, so that the command line and the documents can ask the same question as
the window. The window adds the person's own choice (*Settings ▸ Language*) on top
of this; see ``delegation_planner.ui.language``.

On Linux and other Unix systems the language comes from the environment, in the
order GNU gettext reads it: ``LANGUAGE`` (a colon-separated list of preferences,
used unless the locale is "C"), then the first of ``LC_ALL``, ``LC_MESSAGES`` and
``LANG`` that is set. On Windows (and when nothing is set) the display language of
the account is asked of the system; on macOS the first of the preferred languages.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping

SWEDISH = "sv"
DANISH = "da"
ENGLISH = "en"
LANGUAGES = (SWEDISH, DANISH, ENGLISH)
"""The languages the program is written in, as ISO 639-1 codes."""

DEFAULT = ENGLISH
"""For a system whose language the program does not speak."""

_NATIVE_NAMES = {SWEDISH: "Svenska", DANISH: "Dansk", ENGLISH: "English"}


def native_name(language: str) -> str:
    """The language's name in its own language ("sv" -> "Svenska"), for a choice list."""
    return _NATIVE_NAMES[language]


def language_of(tag: str) -> str | None:
    """The supported language of a locale name or language tag, or None.

    Accepts the shapes the systems use: ``sv_SE.UTF-8``, ``da-DK``, ``en_GB@euro``,
    ``Swedish_Sweden.1252`` (Windows). Norwegian Bokmål/Nynorsk readers are not
    guessed into Danish: they get the default.
    """
    tag = tag.strip()
    if _is_c_locale(tag):
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base in LANGUAGES:
        return base
    # Windows names its locales in English ("Swedish_Sweden").
    return {"swedish": SWEDISH, "danish": DANISH, "english": ENGLISH}.get(base)


def _is_c_locale(name: str) -> bool:
    name = name.strip()
    return not name or name in ("C", "POSIX") or name.startswith(("C.", "POSIX."))


def first_supported(tags: Iterable[str]) -> str | None:
    """The first of ``tags`` (most preferred first) that names a supported language."""
    for tag in tags:
        language = language_of(tag)
        if language is not None:
            return language
    return None


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment variables ask for, as gettext reads them; None if none does."""
    env = os.environ if environ is None else environ
    locale_name = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    # gettext ignores LANGUAGE when the locale is "C": a program started with LC_ALL=C
    # (scripts, tests) speaks the default whatever LANGUAGE says.
    if env.get("LANGUAGE") and not _is_c_locale(locale_name):
        preferred = first_supported(env["LANGUAGE"].split(":"))
        if preferred is not None:
            return preferred
    if locale_name:
        return language_of(locale_name) or DEFAULT
    return None


def _windows_display_language() -> str | None:
    # Imported here, as ``subprocess`` below: the window asks for its language before its
    # first paint, and only Windows needs these modules for the answer.
    import ctypes
    import locale

    language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return language_of(locale.windows_locale.get(int(language_id), ""))


def _macos_preferred_language() -> str | None:
    # Imported here: the window asks for its language before its first paint, and only a
    # Mac needs a process for the answer.
    import subprocess

    try:
        result = subprocess.run(
            ["defaults", "read", "-g", "AppleLanguages"], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return None
    # The answer is a property list: ( "sv-SE", "en-GB" ).
    tags = [part.strip(' "\n()') for part in result.stdout.split(",")]
    return language_of(tags[0]) if tags else None


def system_language(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """The language of the system: "sv", "da" or "en" (the default for any other language).

    The environment variables come first on every platform (so ``LANG=da_DK.UTF-8``
    works in a terminal on macOS too); without them Windows and macOS are asked for
    the display language. ``environ`` and ``platform`` are for tests.
    """
    found = environment_language(environ)
    if found is not None:
        return found
    platform = sys.platform if platform is None else platform
    try:
        if platform == "win32":
            found = _windows_display_language()
        elif platform == "darwin":
            found = _macos_preferred_language()
    except (OSError, AttributeError, ValueError):
        found = None
    return found or DEFAULT
