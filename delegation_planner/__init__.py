"""Delegation Planner: plan delegations, apply the GRIP rules, follow visits up."""

__version__ = "0.1.0"
