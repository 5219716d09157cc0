"""Help ▸ About: the version, what the program does in the office's own words, and where its log is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from delegation_planner.ui.window_host import WindowHost

# The texts keep the main window's context, where the menu item that opens the box lives.
_tr = QCoreApplication.translate


def show_about(window: WindowHost) -> None:
    from delegation_planner import __version__, app_log
    from delegation_planner.ui.labels.office import decision_body

    log_file = app_log.current_log_file()
    log_line = (
        _tr("MainWindow", "The program's log is in %1").replace("%1", str(log_file))
        if log_file is not None
        else _tr("MainWindow", "The program keeps no log this time (its folder could not be written).")
    )
    QMessageBox.about(
        window,
        _tr("MainWindow", "About Delegation Planner"),
        _tr("MainWindow", "Delegation Planner %1").replace("%1", __version__)
        + "\n\n"
        + _tr(
            "MainWindow",
            "Delegation Planner plans and follows up inbound and outbound delegations: "
            "participants, programme, costs, the decision on political participation ({0}), "
            "visit memos and their follow-up points.",
        ).format(decision_body(window.session.db).name)
        + "\n\n"
        + log_line,
    )
