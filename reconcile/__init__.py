"""reconcile: find where sources contradict each other and propose reconciled values."""

from reconcile.models import Report

__all__ = ["Report", "__version__"]
__version__ = "0.1.0"
