"""The office profile: shipped profiles, the `office` command, and documents that name the
office's own decision body (and never GRIP or Region Skåne unless the profile does)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from delegation_planner.demo import create_demo_database
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.office import (
    SHIPPED,
    OfficeProfileError,
    profile_from_json,
    profile_to_json,
    shipped_profile,
)
from delegation_planner.storage import checklists, office_store
from delegation_planner.storage.database import open_database

TODAY = dt.date(2031, 2, 10)


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang, "HOME": "/tmp"}
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True, text=True, env=env
    )


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize("key", SHIPPED)
def test_shipped_profiles_read_and_round_trip(key: str) -> None:
    profile = shipped_profile(key)
    assert profile_from_json(profile_to_json(profile)) == profile
    assert set(profile.decision_body) == {"sv", "da", "en"}
    for theme in profile.policy.priority_themes:
        assert all(profile.theme_label(theme, lang) for lang in ("sv", "da", "en")), theme


def test_skane_keeps_the_contract_rules_and_danish_regions_name_their_own_body() -> None:
    skane, hovedstaden, midtjylland = (shipped_profile(k) for k in SHIPPED)
    assert skane.body("sv").name == "GRIP"
    assert "Gemensamma presidiet för internationella frågor och representation" in skane.body("sv").full_name
    assert skane.policy.criteria == [
        "justification",
        "delegation_size",
        "bottom_up",
        "grip_decision",
        "theme_priority",
    ]
    assert hovedstaden.body("da").name == "Forretningsudvalget"
    assert midtjylland.body("da").name == "Regionsrådet"
    assert hovedstaden.document_language == midtjylland.document_language == "da"
    assert "bottom_up" not in hovedstaden.policy.criteria


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("not json", "not a JSON file"),
        ('{"format": "other"}', "format"),
        (
            json.dumps({**json.loads(profile_to_json(shipped_profile("skane"))), "document_language": "de"}),
            "document_language",
        ),
    ],
)
def test_a_bad_profile_file_says_where(text: str, place: str) -> None:
    with pytest.raises(OfficeProfileError, match=place):
        profile_from_json(text)


def test_a_profile_file_in_one_language_borrows_it_for_the_others() -> None:
    data = json.loads(profile_to_json(shipped_profile("midtjylland")))
    data["decision_body"] = {"da": data["decision_body"]["da"]}
    data["themes"] = [{"key": "ict", "labels": {"da": "IT"}}]
    profile = profile_from_json(json.dumps(data))
    assert profile.body("sv").name == profile.body("en").name == "Regionsrådet"
    assert profile.theme_label("ict", "en") == "IT"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    create_demo_database(path, TODAY, office="hovedstaden")
    # Start from Skåne's profile, as every register older than office profiles.
    db = open_database(path)
    office_store.use_office(db, shipped_profile("skane"))
    db.close()
    return path


def test_show_use_export_and_import_round_trip(demo: Path, tmp_path: Path) -> None:
    shown = run("office", "show", "--db", str(demo))
    assert shown.returncode == 0, shown.stderr
    assert "Region Skåne" in shown.stdout and "GRIP" in shown.stdout
    used = run("office", "use", "hovedstaden", "--db", str(demo))
    assert used.returncode == 0, used.stderr
    assert "Forretningsudvalget" in used.stdout
    out = tmp_path / "hovedstaden.json"
    exported = run("office", "export", "--db", str(demo), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert profile_from_json(out.read_text("utf-8")).name == "Region Hovedstaden"
    assert run("office", "use", "skane", "--db", str(demo)).returncode == 0
    assert run("office", "use", str(out), "--db", str(demo)).returncode == 0
    again = tmp_path / "again.json"
    assert run("office", "export", "--db", str(demo), "--out", str(again)).returncode == 0
    assert again.read_text("utf-8") == out.read_text("utf-8")
    danish = run("office", "show", "--db", str(demo), lang="da_DK.UTF-8")
    assert "Besluttende organ: Forretningsudvalget" in danish.stdout
    assert "Land: Danmark" in danish.stdout


def test_an_unknown_profile_is_refused_in_one_line(demo: Path) -> None:
    before = demo.read_bytes()
    result = run("office", "use", "gotland", "--db", str(demo))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "gotland" in result.stderr
    assert demo.read_bytes() == before


def _documents(db: Path, tmp_path: Path, lang: str) -> dict[str, str]:
    texts = {}
    for kind, key in (("memo", "jiangsu-2016-business"), ("basis", "jiangsu-2016-business")):
        out = tmp_path / f"{kind}-{lang}.docx"
        result = run(kind, key, "--db", str(db), "--out", str(out), "--lang", lang)
        assert result.returncode == 0, result.stderr
        texts[kind] = document_text(out)
    out = tmp_path / f"report-{lang}.docx"
    result = run("report", "--year", "2016", "--db", str(db), "--out", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    texts["report"] = document_text(out)
    from delegation_planner.documents.briefing import write_briefing

    database = open_database(db)
    items = [(i.text, i.owner, None) for i in checklists.load_template(database, Direction.OUTBOUND)]
    write_briefing(database, "jiangsu-2016-business", tmp_path / f"briefing-{lang}.docx", lang, items)
    database.close()
    texts["briefing"] = document_text(tmp_path / f"briefing-{lang}.docx")
    return texts


def test_hovedstaden_documents_never_name_grip_or_skane(demo: Path, tmp_path: Path) -> None:
    assert run("office", "use", "hovedstaden", "--db", str(demo)).returncode == 0
    for kind, text in _documents(demo, tmp_path, "da").items():
        assert "GRIP" not in text, kind
        assert "Skåne" not in text, kind
        assert "Region Hovedstaden" in text, kind
    texts = _documents(demo, tmp_path, "da")
    assert "Beslutningsgrundlag for Forretningsudvalget" in texts["basis"]
    assert "Jiangsu, Kina" in texts["basis"]
    assert "14.–19. november 2016" in texts["basis"]
    assert "Sundheds- og velfærdsteknologi" in texts["basis"]
    assert "Beslutning i Forretningsudvalget registreret" in texts["briefing"]
    assert "Resultater af besøgene" in texts["report"]
    assert "life_science" not in texts["report"] and "health_care" not in texts["basis"]


def test_skane_documents_name_grip_and_a_swedish_briefing_has_a_swedish_checklist(
    demo: Path, tmp_path: Path
) -> None:
    texts = _documents(demo, tmp_path, "sv")
    assert "Beslutsunderlag för GRIP" in texts["basis"]
    assert "GRIP-beslut" in texts["basis"]
    assert "Jiangsu, Kina" in texts["memo"]
    assert "Visum sökt" in texts["briefing"] and "Visas applied for" not in texts["briefing"]
    assert "GRIP-beslut registrerat" in texts["briefing"]


def test_a_new_office_renames_the_decision_item_of_existing_checklists(demo: Path) -> None:
    db = open_database(demo)
    checklists.apply_template(db, "jiangsu-healthtech-upcoming", Direction.OUTBOUND)
    own = checklists.load_checklist(db, "jiangsu-healthtech-upcoming")
    assert any(i.text == "GRIP-beslut registrerat" for i in own)
    office_store.use_office(db, shipped_profile("hovedstaden"))
    texts = [i.text for i in checklists.load_checklist(db, "jiangsu-healthtech-upcoming")]
    assert "Beslutning i Forretningsudvalget registreret" in texts
    assert not any("GRIP" in t for t in texts)
    db.close()


def test_documents_default_to_the_office_language(demo: Path, tmp_path: Path) -> None:
    assert run("office", "use", "hovedstaden", "--db", str(demo)).returncode == 0
    out = tmp_path / "basis.docx"
    assert run("basis", "jiangsu-2016-business", "--db", str(demo), "--out", str(out)).returncode == 0
    assert "Beslutningsgrundlag for Forretningsudvalget" in document_text(out)


def test_the_register_letterhead_is_used_unless_template_is_given(demo: Path, tmp_path: Path) -> None:
    from delegation_planner.documents.template import build_template

    letterhead = tmp_path / "letterhead.docx"
    template = build_template()
    template.sections[0].header.paragraphs[0].text = "Kontoret för internationella frågor · {office}"
    template.save(str(letterhead))
    assert run("office", "letterhead", str(letterhead), "--db", str(demo)).returncode == 0
    out = tmp_path / "basis.docx"
    assert run("basis", "jiangsu-2016-business", "--db", str(demo), "--out", str(out)).returncode == 0
    assert "Kontoret för internationella frågor · Region Skåne" in document_text(out)
    not_docx = tmp_path / "not.docx"
    not_docx.write_text("plain text")
    refused = run("office", "letterhead", str(not_docx), "--db", str(demo))
    assert refused.returncode == 2
    assert run("office", "letterhead", "--clear", "--db", str(demo)).returncode == 0
    assert run("basis", "jiangsu-2016-business", "--db", str(demo), "--out", str(out)).returncode == 0
    assert "Kontoret för internationella frågor" not in document_text(out)


def test_check_messages_name_the_office_body_and_json_keeps_its_format(demo: Path) -> None:
    assert run("office", "use", "hovedstaden", "--db", str(demo)).returncode == 0
    result = run("check", "jiangsu-2013-business", "--db", str(demo), "--json")
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["criteria"]] == [
        "justification",
        "delegation_size",
        "bottom_up",
        "grip_decision",
        "theme_priority",
    ]
    assert "GRIP" not in result.stdout
    assert next(c for c in data["criteria"] if c["id"] == "bottom_up")["level"] == "n/a"


def test_a_schema_4_register_becomes_skane_with_swedish_and_danish_templates(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from delegation_planner.storage.schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="0005_office_profile")
    db.execute("UPDATE checklist_templates SET text = 'Embassy meeting booked' WHERE position = 0")
    db.execute("UPDATE policy SET name = 'Region Gotland (GRIP)'")
    db.conn.commit()
    MIGRATIONS.apply(db)
    office = office_store.load_office(db)
    # The office's name as its renamed policy gave it; Region Skåne's rules and languages.
    assert office.name == "Region Gotland" and office.document_language == "sv"
    swedish = [i.text for i in checklists.load_template(db, Direction.OUTBOUND, "sv")]
    assert swedish[0] == "Embassy meeting booked"  # the office's own wording is kept
    assert "GRIP-beslut registrerat" in swedish and "Visum sökt" in swedish
    db.close()
