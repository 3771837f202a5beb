"""Sync teams and sync: create, invite, join, remove a device; run a sync; its status and conflicts."""
