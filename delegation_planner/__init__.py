"""Delegation Planner: plan delegations, apply the GRIP rules, follow visits up."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up when first asked for, not on import: reading the installed metadata costs
    # a tenth of a second that the window's first paint would otherwise wait for.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # One place for the version: pyproject.toml, as installed.
        found = version("delegation-planner")
    except PackageNotFoundError:  # run from a checkout that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
