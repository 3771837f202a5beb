"""The lock screen and the auto-lock."""
