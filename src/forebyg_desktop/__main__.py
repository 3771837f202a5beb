"""`python -m forebyg_desktop`, and the entry script of the packaged app."""

from __future__ import annotations

from forebyg_desktop.cli import run

if __name__ == "__main__":
    run()
