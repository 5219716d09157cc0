"""The window's catalogues: every text translated into Swedish and Danish, and up to date.

Fails when a window text was added or changed without running ``make translations``
(and translating it), when a translation is unfinished or obsolete, when a translation
drops a placeholder, and when a committed ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from delegation_planner.ui import translations_build as build

TRANSLATED = ("sv", "da")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                element.get("numerus") == "yes",
            )
            found[key] = element
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The catalogues as lupdate makes them from today's sources, in a scratch folder."""
    folder = tmp_path_factory.mktemp("ts")
    for language in build.LANGUAGES:
        build.update(language, folder)
    return folder


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_catalogue_holds_exactly_the_window_texts(fresh, language):
    committed = set(messages(build.ts_path(language)))
    wanted = set(messages(build.ts_path(language, fresh)))
    new = sorted(f"{m.context}: {m.source!r}" for m in wanted - committed)
    gone = sorted(f"{m.context}: {m.source!r}" for m in committed - wanted)
    assert not new, f"texts not in {language} catalogue (run `make translations`): {new[:20]}"
    assert not gone, f"texts no longer in the window (run `make translations`): {gone[:20]}"


def translations(element: ET.Element) -> list[str]:
    translation = element.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_has_a_finished_translation(language):
    unfinished = []
    for message, element in messages(build.ts_path(language)).items():
        translation = element.find("translation")
        assert translation is not None
        texts = translations(element)
        expected_forms = 2 if message.numerus else 1  # Swedish and Danish: one, other
        if translation.get("type") or len(texts) != expected_forms or not all(t.strip() for t in texts):
            unfinished.append(f"{message.context}: {message.source!r}")
    assert not unfinished, (
        f"{len(unfinished)} texts without a finished {language} translation: {unfinished[:20]}"
    )


def test_english_catalogue_gives_singular_and_plural_of_every_counted_text():
    found = messages(build.ts_path("en"))
    assert found, "the English catalogue holds the counted texts"
    for message, element in found.items():
        assert message.numerus
        forms = translations(element)
        assert element.find("translation").get("type") is None, message.source  # type: ignore[union-attr]
        assert len(forms) == 2 and all(forms), message.source
        assert forms[0] != forms[1] or "(s)" not in message.source, message.source


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language):
    wrong = []
    for message, element in messages(build.ts_path(language)).items():
        wanted = sorted(PLACEHOLDER.findall(message.source))
        accelerator = "&" in message.source.replace("&&", "")
        for text in translations(element):
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{message.source!r} -> {text!r}")
            if text.replace("&&", "").count("&") != int(accelerator):
                wrong.append(f"accelerator: {message.source!r} -> {text!r}")
    assert not wrong, f"{language}: {wrong[:20]}"


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_compiled_catalogue_is_up_to_date(tmp_path, language):
    scratch = tmp_path / f"{language}.ts"
    shutil.copy(build.ts_path(language), scratch)
    compiled = tmp_path / f"{language}.qm"
    build.release(scratch, compiled)
    assert build.qm_path(language).read_bytes() == compiled.read_bytes(), (
        f"{build.qm_path(language).name} is stale: run `make translations`"
    )
