"""The built wheel is the whole program: installed elsewhere, it writes a memo on the shipped template.

A checkout reads its files from the source tree; an installed copy has only what the
wheel carries. So the wheel is built from the project's files (as a fresh clone would
have them), installed into a new environment outside the tree, and asked to write a memo.
The dependencies are borrowed from this environment so that nothing is downloaded.
"""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import docx
import pytest

from delegation_planner.storage.database import open_database
from tests.helpers.documents import KEY, store

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "delegation_planner"

pytestmark = pytest.mark.slow


def _project_files() -> list[str]:
    """The files a clone has (tracked, or new and not ignored), as git lists them."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to know the project's files")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("clone")
    for name in _project_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            out,
            source,
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a new environment with only the wheel installed (and this one's dependencies)."""
    env = tmp_path_factory.mktemp("env")
    venv.EnvBuilder(with_pip=False).create(env)
    scripts = env / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel],
        check=True,
        capture_output=True,
    )
    # A plain path line: the .pth files of this environment (among them the editable
    # install of the checkout) are not read, so the package can only come from the wheel.
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "borrowed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return scripts


def test_every_file_of_the_package_is_in_the_wheel(wheel: Path) -> None:
    wanted = {name for name in _project_files() if name.startswith(f"{PACKAGE}/")}
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    assert wanted - shipped == set()


def test_the_installed_program_writes_a_memo_on_the_shipped_template(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [installed / "python", "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert Path(where.strip()).is_relative_to(installed.parent), where

    register = tmp_path / "register.sqlite3"
    db = open_database(register)
    store(db)
    db.close()
    memo = tmp_path / "memo.docx"
    done = subprocess.run(
        [installed / "delegation-planner", "memo", KEY, "--db", register, "--out", memo, "--lang", "en"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr

    section = docx.Document(str(memo)).sections[0]
    # Only the shipped template has a letterhead: the office and the document kind on one
    # line, a page-number field in the footer; python-docx's own default has neither.
    office, kind = section.header.paragraphs[0].text.split("\t")
    assert office and kind and "{" not in office + kind
    assert 'w:instr=" PAGE' in section.footer._element.xml
