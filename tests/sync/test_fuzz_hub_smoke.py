"""The hub fuzzer runs end to end and finds nothing on a few mutants (the lead runs 10,000)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

FUZZER = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_hub.py"


def test_twenty_mutants_leave_no_traceback_internal_error_or_divergence() -> None:
    spec = importlib.util.spec_from_file_location("fuzz_hub", FUZZER)
    fuzz = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fuzz  # its dataclasses look their module up
    spec.loader.exec_module(fuzz)
    counts = fuzz.run(20, seed=20)
    assert counts.mutants == 20 and counts.refused > 0
    assert (counts.tracebacks, counts.internal_errors) == (0, 0)
    assert (counts.inconsistent, counts.not_converged) == (0, 0)
