"""Commands of this module register on reconcile.cli.app.app."""

from reconcile.cli.app import app  # noqa: F401
