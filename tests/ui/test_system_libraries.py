"""On Linux, missing system libraries for the window are named, with the command that installs them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from delegation_planner.ui import system_libraries as libs

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:display=:1"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, True),
    ],
)
def test_when_the_xcb_plugin_will_be_used(environ: dict[str, str], expected: bool) -> None:
    assert libs.uses_xcb(environ) is expected


@linux_only
def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
    missing = libs.missing_libraries({"DISPLAY": ":0"}, loadable=lambda name: name not in absent)
    assert missing == {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
    }
    text = libs.message(missing)
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    # Offscreen needs no X11 library, so nothing of X11 is asked for.
    assert (
        libs.missing_libraries({"QT_QPA_PLATFORM": "offscreen"}, loadable=lambda name: name not in absent)
        == {}
    )


@linux_only
def test_the_window_does_not_start_and_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "import delegation_planner.ui.system_libraries as libs\n"
        "libs._loadable = lambda name: name != 'libxcb-icccm.so.4'\n"
        "from delegation_planner.app import main\n"
        "try:\n"
        "    main([])\n"
        "except SystemExit as stop:\n"
        "    print(','.join(m for m in sys.modules if m.startswith('PySide6')))\n"
        "    raise\n"
    )
    environ = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    environ["DISPLAY"] = ":0"
    done = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "sudo apt-get install libxcb-icccm4" in done.stderr
    assert "libxcb-icccm.so.4" in done.stderr
    assert done.stdout.strip() == "", "no Qt library was loaded before the check"


@linux_only
def test_the_table_covers_every_system_library_the_xcb_plugin_links() -> None:
    """A new PySide6 may link one more library; the table must name it (and its package)."""
    import re
    import shutil
    from pathlib import Path

    import PySide6

    if shutil.which("readelf") is None:
        pytest.skip("needs readelf (binutils) to read the plugin's links")
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin_files = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    plugin_files += [qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6Widgets.so.6"]
    needed: set[str] = set()
    for path in plugin_files:
        if path.is_file():
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    bundled = libs._bundled_with_qt()
    basic = re.compile(r"lib(c|m|dl|rt|pthread|stdc\+\+|gcc_s|z|zstd|gthread-2\.0)\.so|ld-linux")
    system = {name for name in needed if name not in bundled and not basic.match(name)}
    assert system, "the plugin's links could not be read"
    assert system <= set(libs.GUI_LIBRARIES) | set(libs.XCB_LIBRARIES)
