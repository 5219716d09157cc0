"""A hostile office template: outside links and macros are removed with a warning,
sizes are bounded, and a device or folder given as the template is refused in words."""

from __future__ import annotations

import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents import template_safety
from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.template import SHIPPED_TEMPLATE, TemplateError
from delegation_planner.documents.template_safety import TemplateWarning
from tests.helpers.documents import KEY, store

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MACRO_TYPE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


def hostile_template(path: Path) -> Path:
    """The shipped template with every kind of thing an office template should not carry."""
    with (
        zipfile.ZipFile(SHIPPED_TEMPLATE) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    MACRO_TYPE.encode(),
                ).replace(
                    b"</Types>",
                    b'<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    b"</Types>",
                )
            elif info.filename == "word/settings.xml":
                data = data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdTpl"/><w:zoom', 1)
            elif info.filename == "word/header1.xml":
                data = data.replace(
                    b"<w:t>{office}</w:t></w:r>",
                    b'<w:t>{office}</w:t></w:r><w:hyperlink r:id="rIdFile"><w:r><w:t>share</w:t></w:r></w:hyperlink>'
                    b'<w:hyperlink r:id="rIdWeb"><w:r><w:t>web</w:t></w:r></w:hyperlink>',
                )
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                    f'Target="vbaProject.bin"/><Relationship Id="rIdImg" Type="{R}/image" '
                    f'Target="https://tracker.example.com/pixel.png" TargetMode="External"/></Relationships>'.encode(),
                )
            target.writestr(info, data)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
        target.writestr(
            "word/_rels/settings.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdTpl" Type="{R}/attachedTemplate" Target="http://evil.example.com/t.dotm" '
            f'TargetMode="External"/></Relationships>',
        )
        target.writestr(
            "word/_rels/header1.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdFile" Type="{R}/hyperlink" Target="file://server/share/x.exe" TargetMode="External"/>'
            f'<Relationship Id="rIdWeb" Type="{R}/hyperlink" Target="https://www.skane.se/" TargetMode="External"/>'
            f"</Relationships>",
        )
    return path


def test_outside_links_and_macros_are_removed_with_a_warning(db: Database, tmp_path: Path) -> None:
    store(db)
    template = hostile_template(tmp_path / "office.dotm")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = write_basis(db, KEY, tmp_path / "basis.docx", template=template)
    said = " ".join(str(w.message) for w in caught if issubclass(w.category, TemplateWarning))
    for expected in (
        "macros and controls (word/vbaProject.bin)",
        "outside template (http://evil.example.com/t.dotm)",
        "picture fetched from outside",
        "link to a file (file://server/share/x.exe)",
    ):
        assert expected in said, said
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        everything = b"".join(package.read(n) for n in names)
    assert "word/vbaProject.bin" not in names
    for gone in (
        b"evil.example.com",
        b"tracker.example.com",
        b"file://",
        b"attachedTemplate",
        b"macroEnabled",
    ):
        assert gone not in everything, gone
    assert b"https://www.skane.se/" in everything  # an ordinary web link stays
    assert docx.Document(str(out)).paragraphs


def test_a_clean_template_is_left_as_it_is() -> None:
    data = SHIPPED_TEMPLATE.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert template_safety.make_safe(data) is data


def test_a_zip_bomb_template_is_refused(db: Database, tmp_path: Path) -> None:
    store(db)
    bomb = tmp_path / "bomb.docx"
    with (
        zipfile.ZipFile(SHIPPED_TEMPLATE) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info.filename))
        target.writestr("word/document.xml", b" " * (60 * 1024 * 1024))
    with pytest.raises(TemplateError, match="unpacks to more than 50 MB"):
        write_basis(db, KEY, tmp_path / "basis.docx", template=bomb)
    assert not (tmp_path / "basis.docx").exists()


def test_the_command_line_warns_and_refuses_devices_and_folders(db_path: Path, tmp_path: Path) -> None:
    from delegation_planner.storage.database import open_database

    db = open_database(db_path)
    store(db)
    db.close()

    def basis(template: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "delegation_planner.cli",
                "basis",
                KEY,
                "--db",
                str(db_path),
                "--out",
                str(tmp_path / "b.docx"),
                "--template",
                template,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = basis(str(hostile_template(tmp_path / "office.dotm")))
    assert done.returncode == 0, done.stderr
    assert "delegation-planner: warning: The template: its macros" in done.stderr
    for bad in ("/dev/zero", str(tmp_path)):
        refused = basis(bad)
        assert refused.returncode == 2
        assert "Traceback" not in refused.stderr and "not a" in refused.stderr, refused.stderr
