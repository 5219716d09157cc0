"""Import and export against a real (temporary) register database."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from delegation_planner.domain.records import Register
from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.reader import read_file, read_text
from delegation_planner.interchange.service import ImportSummary, export_file, export_text, import_file
from delegation_planner.interchange.writer import dumps
from delegation_planner.storage.dialect import table_names

EXAMPLE = Path(__file__).parent.parent / "data" / "contract-example.json"


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, so "nothing changed" means exactly that."""
    tables = table_names(db)
    # Sorted here: the search index's bookkeeping tables have no rowid to order by.
    return {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}


def files_in(folder: Path) -> list[str]:
    """What is in ``folder`` besides the register file (absent when it is on a server)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "register.sqlite3")


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def by_key(register: Register) -> Register:
    """The register in the database's order: the writer keeps records in the order given."""
    return Register(
        organisations=sorted(register.organisations, key=lambda r: r.id),
        people=sorted(register.people, key=lambda r: r.id),
        agreements=sorted(register.agreements, key=lambda r: r.id),
        delegations=sorted(register.delegations, key=lambda r: r.id),
    )


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_import_then_export_gives_the_files_canonical_form(db: Database) -> None:
    summary = import_file(db, EXAMPLE)
    assert summary == ImportSummary(3, 1, 1, 1, delegations_new=1)
    canonical = dumps(by_key(read_file(EXAMPLE)))
    assert export_text(db) == canonical
    # The canonical form is a fixed point: reading and writing it changes nothing.
    assert dumps(read_text(canonical)) == canonical


def test_an_imported_new_delegation_has_its_author_in_the_history(db: Database) -> None:
    from delegation_planner.storage import change_log

    import_file(db, EXAMPLE)
    key = read_file(EXAMPLE).delegations[0].id
    (created,) = change_log.history(db, "delegation", key)
    assert (created.action, created.revision, created.who) == ("created", 1, change_log.actor(db))


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db: Database) -> None:
    import_file(db, EXAMPLE)
    before = dump(db)
    assert len(before["grip_decisions"]) == 1
    summary = import_file(db, EXAMPLE)
    assert dump(db) == before
    assert (summary.delegations_new, summary.delegations_changed, summary.delegations_unchanged) == (0, 0, 1)


def test_importing_the_export_changes_nothing(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    exported = tmp_path / "export.json"
    export_file(db, exported)
    before = dump(db)
    import_file(db, exported)
    assert dump(db) == before


def test_a_changed_delegation_is_rewritten_and_its_decision_history_kept(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, EXAMPLE)
    data = example()
    data["delegations"][0]["title"] = "Business delegation to Jiangsu and Shanghai"
    data["delegations"][0]["grip_decision"]["outcome"] = "approved_with_conditions"
    summary = import_file(db, write_json(tmp_path / "changed.json", data))
    assert summary.delegations_changed == 1
    row = db.execute("SELECT title, revision FROM delegations WHERE id = 'jiangsu-2026'").fetchone()
    assert row == ("Business delegation to Jiangsu and Shanghai", 2)
    outcomes = [r[0] for r in db.execute("SELECT outcome FROM grip_decisions ORDER BY id")]
    assert outcomes == ["approved", "approved_with_conditions"]


def test_a_broken_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    before = dump(db)
    data = example()
    data["organisations"].append({"id": "new-org", "name": "New", "kind": "company"})
    data["delegations"][0]["title"] = "Changed"
    data["delegations"][0]["participants"][0]["person"] = "p9"
    with pytest.raises(InterchangeError) as caught:
        import_file(db, write_json(tmp_path / "broken.json", data))
    assert caught.value.problems == ["delegations[0].participants[0].person: unknown person 'p9'"]
    assert dump(db) == before


def test_a_broken_file_into_an_empty_register_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    broken = tmp_path / "broken.json"
    broken.write_bytes(EXAMPLE.read_bytes().replace(b'"SEK"', b'"kronor"'))
    with pytest.raises(InterchangeError, match=r"^delegations\[0\]\.costs\[0\]\.currency: "):
        import_file(db, broken)
    assert dump(db) == before


def test_references_to_records_already_in_the_register_are_accepted(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    addition = {
        "format": "delegation-planner/1",
        "delegations": [
            {
                "id": "guangdong-2026",
                "title": "Official visit to Guangdong",
                "direction": "outbound",
                "purpose": "official",
                "start": "2026-09-01",
                "end": "2026-09-03",
                "agreement": "gd",
                "initiator": {"organisation": "region", "kind": "region"},
                "participants": [{"person": "chair", "role": "leader"}],
                "programme": [{"start": "2026-09-02T10:00", "title": "Talks", "counterpart": "jitri"}],
                "follow_up_points": [{"text": "Report", "owner": "chair", "due": "2026-10-01"}],
            }
        ],
    }
    summary = import_file(db, write_json(tmp_path / "addition.json", addition))
    assert summary == ImportSummary(0, 0, 0, 1, delegations_new=1)
    exported = json.loads(export_text(db))
    assert [d["id"] for d in exported["delegations"]] == ["guangdong-2026", "jiangsu-2026"]
    assert [o["id"] for o in exported["organisations"]] == ["cluster1", "jitri", "region"]
    owner = db.execute(
        "SELECT owner_person_id FROM follow_up_points WHERE delegation_id = 'guangdong-2026'"
    ).fetchone()
    assert owner == ("chair",)


def test_a_file_may_update_a_record_others_refer_to(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    update = {
        "format": "delegation-planner/1",
        "people": [{"id": "chair", "name": "Anna Svensson", "kind": "official", "organisation": "region"}],
    }
    import_file(db, write_json(tmp_path / "update.json", update))
    assert db.execute("SELECT kind, title FROM people WHERE id = 'chair'").fetchone() == ("official", "")
    # The register's politician count follows the person's new kind.
    assert db.execute("SELECT home_politicians FROM delegations").fetchone() == (0,)


def test_progress_is_reported(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    import_file(db, EXAMPLE, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]


def test_a_missing_file_is_an_interchange_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="there is no file"):
        import_file(db, tmp_path / "nope.json")


def test_the_summary_reads_as_words() -> None:
    summary = ImportSummary(3, 1, 1, 2, delegations_new=1, delegations_changed=1)
    assert (
        str(summary)
        == "3 organisations, 1 person, 1 agreement, 2 delegations (1 new, 1 changed, 0 unchanged)"
    )


def test_export_of_an_empty_register(db: Database) -> None:
    assert json.loads(export_text(db)) == {
        "format": "delegation-planner/2",
        "organisations": [],
        "people": [],
        "agreements": [],
        "delegations": [],
    }


def test_export_file_writes_utf8_bytes_exactly(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    target = tmp_path / "out.json"
    export_file(db, target)
    assert target.read_bytes() == export_text(db).encode("utf-8")
    assert "Skåne".encode() in target.read_bytes()
    assert files_in(tmp_path) == ["out.json"]


def test_a_failed_export_leaves_the_old_file_and_no_debris(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(db, EXAMPLE)
    target = tmp_path / "out.json"
    target.write_text("the previous export", encoding="utf-8")

    def refuse(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        export_file(db, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert files_in(tmp_path) == ["out.json"]


def test_exporting_onto_a_folder_fails_cleanly(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(OSError):
        export_file(db, folder)
    assert files_in(tmp_path) == ["folder"]


def test_chinese_danish_and_markup_text_survive_the_database(db: Database, tmp_path: Path) -> None:
    data = example()
    data["organisations"][0]["name"] = "江苏省产业技术研究院"
    data["organisations"][1]["name"] = "Region Hovedstaden — Ærø, Øresund, Åbenrå"
    data["delegations"][0]["notes"] = 'Notes with <tags> & "quotes"\nand a second line'
    path = tmp_path / "unicode.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_file(db, path)
    text = export_text(db)
    assert "江苏省产业技术研究院" in text
    assert "Region Hovedstaden — Ærø, Øresund, Åbenrå" in text
    assert '"notes": "Notes with <tags> & \\"quotes\\"\\nand a second line"' in text
    assert read_text(text) == by_key(read_text(path.read_bytes()))


def test_one_person_on_both_sides_counts_once_at_home(db, tmp_path):
    """The contract does not forbid it; GRIP counts only the home-side participation."""
    import json

    from delegation_planner.cli import check_delegation
    from delegation_planner.interchange.service import import_file

    data = json.loads((Path(__file__).parent.parent / "data" / "contract-example.json").read_text("utf-8"))
    data["delegations"][0]["participants"].append({"person": "chair", "side": "partner"})
    path = tmp_path / "both.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_file(db, path)
    result = check_delegation(db, "jiangsu-2026")
    assert result.criterion("delegation_size").message.startswith("1 politician")
    assert db.execute("SELECT home_politicians FROM delegations").fetchone()[0] == 1
