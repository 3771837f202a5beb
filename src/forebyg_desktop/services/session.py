"""A user's working session: their unlocked store and their municipality's profile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.validation import validate_name
from forebyg_desktop.core.validation_rules import field_label
from forebyg_desktop.paths import store_file
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.setup.passphrase_service import check_new_passphrase, user_context
from forebyg_desktop.store.connection import unlocks
from forebyg_desktop.store.profile_repo import bundled_profile_ids, load_bundled_profile
from forebyg_desktop.store.record_store import Store

CTX = "Session"


@dataclass
class Session:
    """What every use case works on."""

    store: Store
    profile: Profile

    @property
    def user(self) -> str:
        return self.store.user

    def today(self) -> date:
        return date.today()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_session(
    data_dir: Path, passphrase: str, *, profile_id: str, user: str, role: str = "staff"
) -> Session:
    """Create the user's store with `profile_id` (refuses to overwrite one)."""
    if profile_id not in bundled_profile_ids():
        known = ", ".join(bundled_profile_ids())
        raise ServiceError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Session", 'Unknown profile "{profile}". Known profiles: {known}.'
                ),
                {"profile": profile_id, "known": known},
            ),
            "profile",
        )
    if not user.strip():
        raise ServiceError(
            Message(CTX, QT_TRANSLATE_NOOP("Session", "The user name must not be empty.")), "user"
        )
    # The name goes into every change this store writes: the name rules apply.
    bad = validate_name("user", user.strip(), label=field_label(QT_TRANSLATE_NOOP("Field", "Name")))
    if bad:
        raise ServiceError(bad[0].message, "user")
    profile = load_bundled_profile(profile_id)
    # Strong enough, and not built on the user's own name or municipality.
    check_new_passphrase(passphrase, context=user_context(user, profile))
    store = Store.create(
        store_file(data_dir), passphrase, user=user.strip(), profile_id=profile_id, role=role
    )
    return Session(store, profile)


def open_session(data_dir: Path, passphrase: str) -> Session:
    """Unlock the user's store and load its profile."""
    store = Store.open(store_file(data_dir), passphrase)
    try:
        profile = current_profile(store)
    except Exception:
        store.close()
        raise
    return Session(store, profile)


def current_profile(store: Store) -> Profile:
    """The store's profile: the bundled one, or a newer one the team leader sent as a pack."""
    from forebyg_desktop.sync.profile_pack import adopted_profile

    bundled = load_bundled_profile(store.profile_id)
    adopted = adopted_profile(store, store.profile_id)
    return adopted if adopted is not None and adopted.version > bundled.version else bundled


def verify_passphrase(session: Session, passphrase: str) -> bool:
    """Whether `passphrase` unlocks this session's store (used to unlock a locked screen)."""
    return session.store.path is not None and unlocks(session.store.path, passphrase)
