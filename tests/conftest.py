"""Suite-wide test settings.

Hypothesis runs without a per-example deadline (timing is never asserted: a loaded CI machine
must not turn a slow example into a failure) and derandomized under CI, so a run is repeatable.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "default")
