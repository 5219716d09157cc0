"""The window on a register file never loads the server's driver.

psycopg's import takes 0.25–0.8 s on a busy machine; loaded while the window built itself after
its first paint, it kept the window frozen that much longer for a register that has no server.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_RUN = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtCore import QSettings, QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv[:1])\n"
    "from delegation_planner.ui.qt_app import run_window\n"
    "def report():\n"
    "    windows = [w for w in app.topLevelWidgets() if getattr(w, 'session', None) is not None]\n"
    "    if not windows or windows[0].dashboard is None or windows[0].dashboard._tasks:\n"
    "        QTimer.singleShot(100, report)\n"
    "        return\n"
    "    print('PSYCOPG', 'psycopg' in sys.modules, flush=True)\n"
    "    os._exit(0)\n"
    "QTimer.singleShot(100, report)\n"
    "run_window(Path(sys.argv[1]), settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
)


def test_the_window_on_a_file_loads_no_server_driver(register_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(register_path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("PSYCOPG")]
    assert lines == ["PSYCOPG False"], done.stdout + done.stderr[-2000:]
