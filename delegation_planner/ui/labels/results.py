"""Display words for result kinds, in the shape of ``ui.labels.enums``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.enums import ResultKind

_tr = QCoreApplication.translate


def result_kinds() -> list[tuple[str, ResultKind]]:
    return [
        (_tr("Labels", "Partnership"), ResultKind.PARTNERSHIP),
        (_tr("Labels", "Sale"), ResultKind.SALE),
        (_tr("Labels", "Agreement signed"), ResultKind.AGREEMENT_SIGNED),
        (_tr("Labels", "Investment"), ResultKind.INVESTMENT),
        (_tr("Labels", "Research project"), ResultKind.RESEARCH_PROJECT),
        (_tr("Labels", "Other"), ResultKind.OTHER),
    ]
