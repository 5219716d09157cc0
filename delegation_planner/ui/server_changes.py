"""Other people's saves on a server register, as they happen (LISTEN/NOTIFY).

Every change the storage layer logs on a server is also announced on the
``change_log.CHANNEL`` channel, and the server delivers the announcement when the
change commits. The window keeps one more connection that only listens; a
``QSocketNotifier`` on its socket wakes the GUI thread when something arrives, so
nothing polls and no thread waits. The window's own saves are told apart by the
sending connection's process id and left out: the window already shows them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import psycopg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from delegation_planner.storage import server
from delegation_planner.storage.change_log import CHANNEL
from delegation_planner.storage.errors import StorageError

log = logging.getLogger("delegation_planner.ui")

# Announcements arriving together (an import, a policy change) are passed on as one batch.
BATCH_MS = 300


@dataclass(frozen=True)
class ServerChange:
    kind: str  # 'delegation', 'person', 'organisation', 'agreement', 'policy' …
    key: str
    action: str  # 'created', 'changed', 'saved', 'deleted'
    who: str


class ServerChanges(QObject):
    """Listens on its own connection to ``url``; ``changed`` carries each batch of others' changes."""

    changed = Signal(list)  # list[ServerChange]

    def __init__(self, url: str, own_pid: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own_pid = own_pid
        self._pending: list[ServerChange] = []
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self._flush)
        self._db: server.ServerDatabase | None = None
        self._notifier: QSocketNotifier | None = None
        try:
            self._db = server.connect(url, read_only=True, application="Delegation Planner (updates)")
            self._db.pg.execute(f"LISTEN {CHANNEL}")
        except (StorageError, psycopg.Error) as error:
            # The window still works; it only does not show others' saves until reopened.
            log.warning("no live updates from the server: %s", error)
            self.close()
            return
        self._notifier = QSocketNotifier(self._db.pg.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def _read(self) -> None:
        if self._db is None:
            return
        try:
            arrived = list(self._db.pg.notifies(timeout=0))
        except psycopg.Error as error:
            log.warning("live updates from the server stopped: %s", error)
            self.close()
            return
        for notice in arrived:
            if notice.pid == self._own_pid:
                continue
            parts = notice.payload.split("\t")
            if len(parts) == 4:
                self._pending.append(ServerChange(*parts))
        if self._pending and not self._batch.isActive():
            self._batch.start()

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if batch:
            self.changed.emit(batch)

    def close(self) -> None:
        self._batch.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._db is not None:
            self._db.close()
            self._db = None
