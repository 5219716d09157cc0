"""Before the window starts on Linux: are the system libraries Qt needs there?

PySide6 brings Qt but not the X11 libraries its ``xcb`` platform plugin links
against, and a minimal system (a server image, a fresh container, some desktops)
lacks a few of them. Qt then stops with "Could not load the Qt platform plugin
'xcb'", naming neither the missing file nor what to install. So the libraries are
looked for first, by the names the plugin asks for, and what is missing is said
with the command that installs it.

This module imports no Qt: it runs before anything could fail to load.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What Qt's GUI libraries load on any platform (also offscreen), file -> Debian/Ubuntu package.
GUI_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What the xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6) links against besides those.
XCB_LIBRARIES = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

EXIT_MISSING_LIBRARIES = 2


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start on X11: asked for, or left to choose on an X display
    that is not a Wayland session (where Qt takes its Wayland plugin)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    if not environ.get("DISPLAY"):
        return False
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(
    environ: Mapping[str, str] | None = None,
    loadable: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """The libraries (file -> package) Qt will need here and cannot find; empty off Linux."""
    if not sys.platform.startswith("linux"):
        return {}
    environ = os.environ if environ is None else environ
    loadable = loadable or _loadable
    wanted = dict(GUI_LIBRARIES)
    if uses_xcb(environ):
        wanted.update(XCB_LIBRARIES)
    bundled = _bundled_with_qt()
    return {name: package for name, package in wanted.items() if name not in bundled and not loadable(name)}


def message(missing: Mapping[str, str]) -> str:
    packages = " ".join(dict.fromkeys(missing.values()))
    return (
        "Delegation Planner cannot open its window: this system lacks libraries that the "
        f"window needs ({', '.join(missing)}).\n"
        "On Debian or Ubuntu, install them with:\n\n"
        f"    sudo apt-get install {packages}\n\n"
        "On another Linux, install the packages that provide these files. "
        "The commands (delegation-planner --help) work without them."
    )


def check_or_exit() -> None:
    """Say what to install and exit with status 2 if the window could not start."""
    missing = missing_libraries()
    if missing:
        print(message(missing), file=sys.stderr)
        raise SystemExit(EXIT_MISSING_LIBRARIES)


def _loadable(name: str) -> bool:
    # dlopen by the exact file name the plugin asks for: the same search (LD_LIBRARY_PATH,
    # the loader's cache) that will be made when Qt loads it.
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _bundled_with_qt() -> set[str]:
    """Library files a PySide6 wheel carries itself (found there, not on the system)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    found: set[str] = set()
    for location in spec.submodule_search_locations:
        lib = Path(location) / "Qt" / "lib"
        if lib.is_dir():
            found.update(p.name for p in lib.iterdir())
    return found
