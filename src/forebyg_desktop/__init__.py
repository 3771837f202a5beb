"""Forebyg Desktop: early, preventive work with children's wellbeing."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "forebyg-desktop"
APP_AUTHOR = "Forebyg"
