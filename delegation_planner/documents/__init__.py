"""Qt-free Word documents: visit memo, decision basis, annual report."""
