"""The delegation editor's tabs: each a small widget with load/apply_to/problems/changed."""
