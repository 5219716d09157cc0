"""Regenerate the shipped Word template: ``python resources/templates/make_templates.py``.

The design lives in ``delegation_planner.documents.template.build_template`` (the
program falls back to it when the file is missing); this script saves it with
fixed dates and zip timestamps so that running it twice gives the same bytes and
a change to the design shows as a real change in git.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout without installing

from delegation_planner.documents.template import build_template  # noqa: E402

_FIXED_MOMENT = dt.datetime(2026, 1, 1, 0, 0, 0)


def reproducible(data: bytes) -> bytes:
    """The same package with every member dated ``_FIXED_MOMENT``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_MOMENT.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def main() -> None:
    document = build_template()
    document.core_properties.created = document.core_properties.modified = _FIXED_MOMENT
    document.core_properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    target = HERE / "visit-memo.docx"
    target.write_bytes(reproducible(buffer.getvalue()))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
