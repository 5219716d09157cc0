"""Regenerate the shipped Word template: ``python -m delegation_planner.resources.make_templates``.

The design lives in ``delegation_planner.documents.template.build_template``; this
module saves it with fixed dates and zip timestamps so that running it twice gives the
same bytes and a change to the design shows as a real change in git. A test checks that
the committed ``templates/visit-memo.docx`` is what ``template_bytes()`` makes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from delegation_planner.documents.template import build_template

_FIXED_MOMENT = dt.datetime(2026, 1, 1, 0, 0, 0)
TARGET = Path(__file__).resolve().parent / "templates" / "visit-memo.docx"


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


def template_bytes() -> bytes:
    document = build_template()
    document.core_properties.created = document.core_properties.modified = _FIXED_MOMENT
    document.core_properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible(buffer.getvalue())


def main() -> None:
    TARGET.write_bytes(template_bytes())
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
