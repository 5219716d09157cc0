"""Table models and proxies of the window."""
