"""The Qt-free storage layer: one SQLite file through sqlite-utils."""
