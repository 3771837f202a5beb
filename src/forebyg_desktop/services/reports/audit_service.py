"""Reading the audit log."""

from __future__ import annotations

from forebyg_desktop.services.session import Session


def audit_entries(session: Session, child_id: str | None = None) -> list[dict]:
    """Audit entries oldest first, all or for one child."""
    return session.store.audit.entries(child_id)
