"""`python -m forebyg_desktop.cli`: the same as `forebyg`."""

from __future__ import annotations

from forebyg_desktop.cli import run

if __name__ == "__main__":
    run()
