"""Delegation Planner: plan delegations, apply the GRIP rules, follow visits up."""

from importlib.metadata import PackageNotFoundError, version

try:
    # One place for the version: pyproject.toml, as installed.
    __version__ = version("delegation-planner")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
