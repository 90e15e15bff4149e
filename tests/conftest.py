"""Shared test set-up: hypothesis profiles.

``ci`` (chosen when the CI environment variable is set) runs 1000 examples per property;
``dev`` (the default) 100 for quick local runs; ``long`` 20000 for fuzzing sessions
(``HYPOTHESIS_PROFILE=long pytest tests -k propert``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=20000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

#: tests/typing/ holds code that mypy checks but nothing runs.
collect_ignore_glob = ["typing/*"]
