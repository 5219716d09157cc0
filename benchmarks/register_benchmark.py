"""Benchmark the register with years of records.

    python benchmarks/register_benchmark.py [--delegations 100000] [--keep DIR]

Generates (once, cached in --keep) a register of 100,000 delegations with 500,000
participants and measures what a person feels:

- window: from starting the program (a new process, imports included) until the
  register's first rows are on screen;
- filter: typing a search word key by key, how long each keystroke blocks the
  window (its event handling) and the longest stall of the event loop while the
  query runs in the background, and how long until the filtered rows show;
- import: importing a 10,000-delegation interchange file into an empty register;
- policy: re-evaluating every delegation's GRIP verdict after a policy change;
- report: the annual report (Word, with charts) of the year with the most delegations.

Figures are printed; the README reports them. This is a script, not a test: it
measures, it does not pass or fail.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate_register import generate  # noqa: E402

SEARCH = "jiangsu health"


def window_child(db_path: str, started: float) -> None:
    """Runs in a fresh process: open the window, type, report timings as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from delegation_planner.ui.main_window import MainWindow
    from delegation_planner.ui.session import RegisterSession

    app = QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(RegisterSession.open(Path(db_path)), settings)
    window.show()
    page = window.delegations
    assert page is not None
    model = page.model

    def wait(condition, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + limit
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the register did not answer in time")
            app.processEvents()
            time.sleep(0.001)

    wait(lambda: model.rowCount() > 0)
    model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    app.processEvents()
    shown = time.time() - started
    rows_total = model.rowCount()

    # The longest gap between ticks of a 5 ms timer is the longest the window froze.
    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        stalls.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    edit = window.ui.filter_edit
    edit.setFocus()
    per_key: list[float] = []
    typed_at = time.perf_counter()
    for char in SEARCH:
        t0 = time.perf_counter()
        QTest.keyClick(edit, char)
        per_key.append((time.perf_counter() - t0) * 1000)
        # a person types about 8 characters a second
        end = time.perf_counter() + 0.12
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)
    typed_done = time.perf_counter()
    result_rows = [-1]

    def filtered() -> bool:
        if model.rowCount() != rows_total and not model.is_loading:
            result_rows[0] = model.rowCount()
            return True
        return False

    wait(filtered)
    answered = (time.perf_counter() - typed_done) * 1000
    timer.stop()
    print(
        json.dumps(
            {
                "shown_s": shown,
                "rows": rows_total,
                "max_key_ms": max(per_key),
                "max_stall_ms": max(stalls) if stalls else 0.0,
                "answer_after_last_key_ms": answered,
                "typing_s": typed_done - typed_at,
                "filtered_rows": result_rows[0],
            }
        )
    )
    window.close()


def measure_window(db: Path) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(
        [sys.executable, __file__, "--child-window", str(db), "--started", repr(started)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"window benchmark failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_import(work: Path) -> dict[str, float]:
    from delegation_planner.interchange.service import export_file, import_file
    from delegation_planner.storage.database import open_database

    source = work / "ten-thousand.sqlite3"
    if not source.exists():
        generate(source, 10_000)
    exported = work / "ten-thousand.json"
    db = open_database(source)
    export_file(db, exported)
    db.close()
    target = work / "imported.sqlite3"
    target.unlink(missing_ok=True)
    db = open_database(target)
    t0 = time.perf_counter()
    import_file(db, exported)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    import_file(db, exported)
    again = time.perf_counter() - t0
    db.close()
    return {"import_s": first, "reimport_s": again, "file_mb": exported.stat().st_size / 1e6}


def measure_policy(db_path: Path) -> dict[str, float]:
    from delegation_planner.storage import repository
    from delegation_planner.storage.database import open_database

    db = open_database(db_path)
    policy = repository.load_policy(db)
    t0 = time.perf_counter()
    repository.save_policy(db, policy)
    seconds = time.perf_counter() - t0
    db.close()
    return {"policy_s": seconds}


def measure_report(db_path: Path, out: Path) -> dict[str, float]:
    """The annual report of the year with the most delegations, figures to saved file."""
    from delegation_planner.documents.report import write_report
    from delegation_planner.storage.database import open_database

    db = open_database(db_path)
    year, count = db.execute(
        "SELECT CAST(substr(start, 1, 4) AS INTEGER) AS y, count(*) AS n FROM delegations "
        "GROUP BY y ORDER BY n DESC, y DESC LIMIT 1"
    ).fetchone()
    t0 = time.perf_counter()
    write_report(db, year, out)
    seconds = time.perf_counter() - t0
    db.close()
    print(f"annual report of {year} ({count:,} delegations)  {seconds:6.2f} s")
    return {"report_s": seconds, "year": year, "delegations": count}


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the register with years of records.")
    parser.add_argument("--delegations", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--child-window", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_window:
        window_child(args.child_window, args.started)
        return
    args.keep.mkdir(parents=True, exist_ok=True)
    big = args.keep / f"register-{args.delegations}.sqlite3"
    if not big.exists():
        print(f"generating {args.delegations:,} delegations (once; kept in {args.keep}) …", flush=True)
        figures = generate(big, args.delegations)
        print(f"  {figures['participants']:,} participants, {figures['seconds']:.1f} s")
    window = measure_window(big)
    print(f"register of {window['rows']:,} delegations")
    print(f"  window shows the register        {window['shown_s']:6.2f} s   (target < 2 s)")
    print(f"  slowest keystroke in the filter   {window['max_key_ms']:6.1f} ms  (target < 50 ms)")
    print(f"  longest window stall while typing {window['max_stall_ms']:6.1f} ms")
    print(
        f"  filtered rows after the last key  {window['answer_after_last_key_ms']:6.0f} ms"
        f"  ('{SEARCH}': {window['filtered_rows']:,} rows)"
    )
    imported = measure_import(args.keep)
    print(f"import of 10,000 delegations ({imported['file_mb']:.0f} MB file)")
    print(f"  into an empty register            {imported['import_s']:6.2f} s")
    print(f"  the same file again (no changes)  {imported['reimport_s']:6.2f} s")
    # The target is a year of 1,000 delegations: 26,000 spread over the generator's 26 years.
    year_sized = args.keep / "register-26000.sqlite3"
    if not year_sized.exists():
        generate(year_sized, 26_000)
    print("annual report, a year of about 1,000 delegations (target < 5 s):")
    measure_report(year_sized, args.keep / "annual-report-1000.docx")
    print("annual report, the busiest year of the large register:")
    measure_report(big, args.keep / "annual-report.docx")
    policy = measure_policy(big)
    print(
        f"policy change, every verdict again  {policy['policy_s']:6.2f} s   (in the background, with progress)"
    )


if __name__ == "__main__":
    main()
