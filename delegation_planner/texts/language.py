"""The language the user reads, from the system, without Qt.

Only the three languages the program is written in count; anything else is English.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Mapping

LANGUAGES = ("sv", "da", "en")
DEFAULT_LANGUAGE = "en"

# Norwegian readers understand Danish better than English; nb/nn/no fall back to it.
_NEAREST = {"nb": "da", "nn": "da", "no": "da"}


def language_of(tag: str) -> str | None:
    """``sv_SE.UTF-8`` -> ``sv``; ``nb-NO`` -> ``da``; None for a tag of another language."""
    code = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].strip().lower()
    code = _NEAREST.get(code, code)
    return code if code in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language: LANGUAGE (a list, first known wins), LC_ALL, LC_MESSAGES, LANG;
    on Windows and macOS without those, the locale the system reports."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value or value in ("C", "POSIX"):
            continue
        for tag in value.split(":"):
            found = language_of(tag)
            if found:
                return found
        if name != "LANGUAGE":
            # A set LC_ALL / LC_MESSAGES / LANG of another language means that language's reader.
            return DEFAULT_LANGUAGE
    if environ is None and sys.platform == "win32":
        return language_of(_windows_display_language()) or DEFAULT_LANGUAGE
    if environ is None and sys.platform == "darwin":
        return language_of(locale.getlocale()[0] or "") or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _windows_display_language() -> str:
    import ctypes

    # The display language, not the formats' locale: a Swede may use English formats.
    lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return str(locale.windows_locale.get(lcid, ""))
