"""The delegation editor (``delegation_editor``), the windows that keep one per delegation
(``windows``), its tabs (each a small widget with load/apply_to/problems/changed) and the
documents written from it (memo, decision basis)."""
