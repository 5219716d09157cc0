"""The window's dialogs: settings, record editors, imports, the People menu."""
