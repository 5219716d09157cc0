"""Reading a participant list file (CSV or Excel) into text rows, within limits.

A list is a few dozen people; a file far beyond that is a mistake or an attack,
and is refused with the reason before it can take the memory or the time:

- the file is at most ``MAX_FILE_BYTES`` (20 MB) and holds at most ``MAX_ROWS``
  (50,000) rows;
- a cell holds at most ``MAX_CELL_CHARS`` (1,000) characters; a longer one is an
  error of its row (the row is left out, the rest is read);
- an .xlsx is a zip archive: the uncompressed size of each part and of all parts
  together is checked from the archive's directory before anything is unpacked
  (a 1 MB file can unpack to gigabytes), and the workbook is read row by row
  (openpyxl's read-only mode);
- spreadsheet error values (``#DIV/0!``, ``#N/A``, ``#REF!`` …) are errors of their
  row, not names; a cell whose stored value cannot be read is an error of its row.

CSV text is UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode
text") or without one when the byte pattern shows it, else Windows-1252 with a note.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from delegation_planner.texts.catalogue import number as grouped
from delegation_planner.texts.catalogue import tr

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_CELL_CHARS = 1_000
MAX_COLUMNS = 100
# The largest a single part of an .xlsx (a sheet, the shared strings) and all of
# them together may unpack to; a 10,000-row list is a few megabytes.
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Rows that cannot be read are errors of their own; more than this and the file is
# refused whole (it is not a list that went a little wrong).
MAX_UNREADABLE_ROWS = 1000

ERROR_VALUES = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#PYTHON!",
    }
)
_DELIMITERS = ",;\t"

Progress = Callable[[int, int], None]


class ImportProblem(Exception):
    """The file cannot be read, or a plan with errors was applied; the message says why."""


@dataclass
class ParticipantTable:
    """What a file holds: its header row, its rows (as text), their row numbers in the file,
    and the rows that could not be read at all (number, reason)."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    notes: list[str] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)


def _no_progress(_done: int, _total: int) -> None:
    return None


def _report_every(report: Progress, rows: int) -> None:
    # Often enough for Cancel to answer at once, seldom enough not to flood the window.
    if rows % 100 == 0:
        report(rows, 0)


def read_table(path: Path | str, progress: Progress | None = None) -> ParticipantTable:
    """Read a participant list; ``progress(rows, 0)`` is called as rows are read (it may
    raise to stop the reading: the window's Cancel)."""
    path = Path(path)
    report = progress or _no_progress
    try:
        if not path.is_file():
            raise ImportProblem(tr("{path_name} is not a file that can be read.", path_name=path.name))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                tr(
                    "The file is {size:.0f} MB; a participant list may be at most {limit} MB.",
                    size=size / 1024 / 1024,
                    limit=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        with path.open("rb") as handle:
            head = handle.read(4)
        if path.suffix.lower() in (".xlsx", ".xlsm") or head[:2] == b"PK":
            return read_xlsx(path, report)
        data = path.read_bytes()
    except OSError as error:
        raise ImportProblem(
            tr("Cannot read {path}: {reason}.", path=path, reason=error.strerror or error)
        ) from error
    return read_csv(data, report)


# --- CSV ---------------------------------------------------------------------------------------------


def decode_csv(data: bytes) -> tuple[str, list[str]]:
    """The text of a CSV file and notes on how it was read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, "utf-16"), []
    if len(data) >= 4 and b"\x00" in data[:200]:
        # UTF-16 without a BOM: every other byte of Latin text is zero.
        sample = data[:200]
        if sample[1::2].count(0) > len(sample) // 4:
            return _decode_utf16(data, "utf-16-le"), []
        if sample[0::2].count(0) > len(sample) // 4:
            return _decode_utf16(data, "utf-16-be"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page: Windows-1252 in the Nordics.
        return data.decode("cp1252", errors="replace"), [
            tr("The file is not UTF-8; it was read as Windows-1252 (Western European).")
        ]


def _decode_utf16(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportProblem(
            tr(
                "The file looks like UTF-16 text but byte {start} cannot be read; save it again "
                "as CSV UTF-8 or Unicode text.",
                start=error.start,
            )
        ) from None


def read_csv(data: bytes, progress: Progress | None = None) -> ParticipantTable:
    report = progress or _no_progress
    text, notes = decode_csv(data)
    delimiter = detect_delimiter(text)
    # The csv module's own field limit (128 KB) raises; a longer cell is this module's to refuse.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    table = ParticipantTable([], [], [], notes)
    line_before = 0
    while True:
        number = line_before + 1  # the line the record starts on (a quoted field may span lines)
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            line_before = reader.line_num
            table.unreadable.append((number, tr("cannot be read ({error})", error=error)))
            if len(table.unreadable) > MAX_UNREADABLE_ROWS:
                first = table.unreadable[0][0]
                raise ImportProblem(
                    tr("Too many rows cannot be read; the first is row {first}.", first=first)
                ) from None
            continue
        line_before = reader.line_num
        if headers is None:
            if any(cell.strip() for cell in record):
                headers = [_clip(cell.strip()) for cell in record[:MAX_COLUMNS]]
            continue
        _add_row(table, number, [cell.strip() for cell in record])
        _report_every(report, len(table.rows))
    table.headers = headers or []
    return table


def detect_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in Nordic locales) or tab, from the first lines."""
    sample = "\n".join(text[:20_000].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


# --- Excel ---------------------------------------------------------------------------------------------


def check_archive(source: Path | IO[bytes]) -> None:
    """Refuse an .xlsx whose parts would unpack to more than the limits (a zip bomb),
    from the sizes in the archive's directory, before anything is unpacked."""
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportProblem(tr("The file is not an Excel workbook (.xlsx) that can be read.")) from error
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or total > MAX_UNPACKED_BYTES:
            raise ImportProblem(
                tr(
                    "The workbook unpacks to more than {size} MB ({filename} alone is {part:,.0f} "
                    "MB); a participant list is far smaller. Save the list as a new workbook or as "
                    "CSV.",
                    size=MAX_PART_BYTES // 1024 // 1024,
                    filename=info.filename,
                    part=info.file_size / 1024 / 1024,
                )
            )


def read_xlsx(source: Path | bytes, progress: Progress | None = None) -> ParticipantTable:
    from openpyxl import load_workbook  # only here: reading a CSV needs none of it

    report = progress or _no_progress
    opened: Path | IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else source
    check_archive(opened)
    if isinstance(opened, io.BytesIO):
        opened.seek(0)
    try:
        book = load_workbook(opened, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportProblem(tr("The file is not an Excel workbook (.xlsx) that can be read.")) from error
    table = ParticipantTable([], [], [])
    headers: list[str] | None = None
    try:
        sheet = book.worksheets[0]
        for number, values in _sheet_rows(sheet):
            cells = [_cell_text(v) for v in values[:MAX_COLUMNS]]
            if headers is None:
                if any(cells):
                    headers = [_clip(c) for c in cells]
                continue
            _add_row(table, number, cells)
            _report_every(report, len(table.rows))
    finally:
        book.close()
    table.headers = headers or []
    return table


# What a cell whose stored value cannot be read holds instead (never in a real list).
UNREADABLE = "\x00unreadable"


@contextlib.contextmanager
def _tolerant_cells() -> Iterator[None]:
    """Let openpyxl's read-only sheets turn a cell it cannot convert (a number cell
    holding "abc", a shared string index out of range) into ``UNREADABLE`` instead of
    raising out of the row iterator, which would end the reading of the whole sheet."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet import _read_only
    from openpyxl.worksheet._reader import WorkSheetParser

    class TolerantParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            try:
                return cast(dict[str, Any], super().parse_cell(element))
            except (ValueError, TypeError, KeyError, IndexError, OverflowError):
                row, column = int(getattr(self, "row_counter", 0)), int(getattr(self, "col_counter", 0)) + 1
                with contextlib.suppress(ValueError, TypeError):
                    row, column = coordinate_to_tuple(element.get("r"))
                self.col_counter = column
                return {
                    "row": row,
                    "column": column,
                    "value": UNREADABLE,
                    "data_type": "s",
                    "style_id": 0,
                }

    original = _read_only.WorkSheetParser
    _read_only.WorkSheetParser = TolerantParser
    try:
        yield
    finally:
        _read_only.WorkSheetParser = original


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    with _tolerant_cells():
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- shared ---------------------------------------------------------------------------------------------


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _add_row(table: ParticipantTable, number: int, cells: list[str]) -> None:
    if len(table.rows) >= MAX_ROWS:
        raise ImportProblem(
            tr(
                "The list has more than {limit} rows; split it into several files.",
                limit=grouped(MAX_ROWS),
            )
        )
    broken = next((i for i, c in enumerate(cells) if c == UNREADABLE), None)
    if broken is not None:
        table.unreadable.append((number, f"column {broken + 1} holds a value that cannot be read"))
        return
    long = next((i for i, c in enumerate(cells) if len(c) > MAX_CELL_CHARS), None)
    if long is not None:
        table.unreadable.append(
            (
                number,
                f"column {long + 1} holds {len(cells[long]):,} characters; at most {MAX_CELL_CHARS:,}".replace(
                    ",", " "
                ),
            )
        )
        return
    table.rows.append(cells[:MAX_COLUMNS])
    table.row_numbers.append(number)
