"""reconcile: find where sources contradict each other and propose reconciled values.

>>> import reconcile
>>> report = reconcile.check(["facts/sources"])      # doctest: +SKIP
>>> [c.kind for c in report.conflicts]               # doctest: +SKIP
"""

from reconcile.models import Report

__all__ = ["Report", "__version__", "check"]
__version__ = "0.1.0"


def check(paths=None, **overrides):  # type: ignore[no-untyped-def]
    """Run the whole pipeline on ``paths`` (default: the fact base) and return the Report."""
    from reconcile.pipeline import check as _check

    return _check(paths, **overrides)
