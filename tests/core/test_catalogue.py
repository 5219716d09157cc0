"""The core's and the command line's messages: every one translated, none stale, the .mo current.

The code is read as ``make messages`` reads it (Babel's extractor); each Swedish and Danish
catalogue must hold exactly those messages, each with a finished translation that keeps
the English text's placeholders. A message added, reworded or removed in the code without
``make messages`` and a translation fails here.
"""

from __future__ import annotations

import re
import string

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from delegation_planner.texts import catalogue
from delegation_planner.texts.catalogue_build import TRANSLATED, mo_path, po_path, template


@pytest.fixture(scope="module")
def wanted() -> Catalog:
    return template()


def _read(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def _ids(catalog: Catalog) -> set[str | tuple[str, ...]]:
    return {m.id for m in catalog if m.id}


def _key(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else value


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_code_has_messages(wanted: Catalog) -> None:
    # The extractor must see the core's messages at all (a wrong keyword would find none).
    ids = _ids(wanted)
    assert "There is no delegation '{key}' in the register." in ids
    assert ("{count} delegation", "{count} delegations") in ids
    assert len(ids) > 200


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_in_the_catalogue_and_nothing_else(language: str, wanted: Catalog) -> None:
    have = _read(language)
    missing = _ids(wanted) - _ids(have)
    stale = _ids(have) - _ids(wanted)
    assert not missing, f"run 'make messages' and translate: {sorted(map(str, missing))[:10]}"
    assert not stale, f"no longer in the code (run 'make messages'): {sorted(map(str, stale))[:10]}"
    assert not have.obsolete, f"obsolete entries left in {po_path(language).name}: {list(have.obsolete)[:5]}"


def _strings(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_is_finished_and_keeps_its_facts(language: str) -> None:
    for message in _read(language):
        if not message.id:
            continue
        forms = [message.id] if isinstance(message.id, str) else list(message.id)
        english = forms[-1]
        assert not message.fuzzy, f"{language}: fuzzy (check it, then remove the flag): {english!r}"
        texts = _strings(message)
        for text in texts:
            assert text.strip(), f"{language}: untranslated: {english!r}"
            # A singular may leave the count out ("the last year"), never add a fact.
            assert _fields(text) <= set().union(*map(_fields, forms)), f"{language}: {english!r} / {text!r}"
        assert _fields(texts[-1]) == _fields(english), (
            f"{language}: placeholders differ: {english!r} / {texts[-1]!r}"
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalogue_is_current(language: str) -> None:
    source = _read(language)
    with mo_path(language).open("rb") as handle:
        compiled = read_mo(handle)

    def entries(catalog: Catalog) -> dict[object, object]:
        return {_key(m.id): _key(m.string) for m in catalog if m.id and not m.fuzzy}

    expected = entries(source)
    actual = entries(compiled)
    assert actual == expected, "the .mo is older than its .po: run 'make messages'"


def test_messages_follow_the_reader_language() -> None:
    try:
        catalogue.use_language("sv")
        assert catalogue.tr("There is no register at {path}.", path="x.db").startswith(
            "Det finns inget register"
        )
        assert catalogue.ntr("{count} delegation", "{count} delegations", 20000) == "20\xa0000 delegationer"
        catalogue.use_language("da")
        assert catalogue.ntr("{count} delegation", "{count} delegations", 1) == "1 delegation"
        assert catalogue.ntr("{count} delegation", "{count} delegations", 20000) == "20.000 delegationer"
        catalogue.use_language("de")  # a language the program does not speak
        assert catalogue.reader_language() == "en"
        assert catalogue.tr("There is no register at {path}.", path="x.db") == "There is no register at x.db."
    finally:
        catalogue.use_language("en")


def test_swedish_and_danish_read_as_their_own(wanted: Catalog) -> None:
    # The wording of an authority: no English left in a translation by mistake.
    english_words = re.compile(r"\b(the|was|cannot|there is|must)\b", re.IGNORECASE)
    for language in TRANSLATED:
        for message in _read(language):
            if message.id:
                for text in _strings(message):
                    assert not english_words.search(re.sub(r"\{[^}]*\}|'[^']*'|--\S+", "", text)), (
                        f"{language}: {text!r}"
                    )
