"""Strategy-profile packs: an updated profile, signed by the team leader, through the hub.

A profile is no secret (it is the municipality's published strategy), so a
pack is signed, not encrypted. Members accept a pack only if the pinned
leader key signed it for their team and the profile inside validates, and
only a version newer than what they use; the adopted profile is kept in the
encrypted store's meta, so every device of the team assesses with the same
version. Records keep the profile id and version they were made with.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.profile_loader import ProfileError, profile_from_bytes
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.hub import (
    PACK_MAX_BYTES,
    pack_files,
    pack_name,
    write_new_or_alternative,
)
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.problems import NotWritten, Rejected, message
from forebyg_desktop.sync.roster import unb64
from forebyg_desktop.sync.state import SyncState, TeamInfo
from forebyg_desktop.sync.untrusted import Malformed

FORMAT = 1
_PROFILE_META = "profile.pack."


def make_pack(team: TeamInfo, signing_key: bytes, raw: bytes, profile: Profile) -> bytes:
    body = {
        "kind": "forebyg-profile-pack",
        "format": FORMAT,
        "team": team.team_id,
        "profile_id": profile.id,
        "version": profile.version,
        "profile": base64.b64encode(raw).decode(),
    }
    signature = crypto.sign(signing_key, canonical_json(body).encode(), context="profile-pack")
    return canonical_json(
        {"body": body, "signature": base64.b64encode(signature).decode()}
    ).encode()


def open_pack(data: bytes, team: TeamInfo, name: str) -> tuple[Profile, bytes]:
    """The verified, valid profile in a pack (Rejected otherwise)."""
    try:
        document = untrusted.obj(
            untrusted.loads(data, max_size=PACK_MAX_BYTES, max_depth=2),
            "pack",
            required=("body", "signature"),
        )
        body = untrusted.obj(document["body"], "body")
        crypto.verify(
            team.leader_key,
            unb64(document["signature"], "signature", 100),
            canonical_json(body).encode(),
            context="profile-pack",
        )
        untrusted.obj(
            body,
            "body",
            required=("kind", "format", "team", "profile_id", "version", "profile"),
        )
        if body["kind"] != "forebyg-profile-pack" or body["team"] != team.team_id:
            raise Malformed("kind")
        fmt = untrusted.integer(body["format"], "format", 1, 10**6)
        untrusted.text(body["profile_id"], "profile_id", 40)
        untrusted.integer(body["version"], "version", 1, 999_999)
        raw = unb64(body["profile"], "profile", PACK_MAX_BYTES)
    except (Malformed, crypto.CryptoError) as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the profile pack is not signed by the team leader for this team"
                )
            )
        ) from exc
    if fmt > FORMAT:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the profile pack needs a newer version of Forebyg; update the program"
                )
            )
        )
    try:
        # The profile is JSON from the hub too: the strict reader first (NaN, duplicate keys).
        untrusted.loads(raw.removeprefix(b"\xef\xbb\xbf"), max_size=PACK_MAX_BYTES, max_depth=32)
        profile = profile_from_bytes(raw, name)
    except (Malformed, ProfileError) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the profile in the pack is not valid"))
        ) from exc
    if profile.id != body["profile_id"] or profile.version != body["version"]:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the profile pack's name does not match its profile"))
        )
    return profile, raw


def publish_pack(state: SyncState, hub: Path, raw: bytes, profile: Profile) -> Path:
    """Leader: put a pack in the hub; returns where. NotWritten if it did not land."""
    team = state.team()
    assert team is not None
    data = make_pack(team, state.signing_key(), raw, profile)
    name = pack_name(profile.id, profile.version)
    path = write_new_or_alternative(hub, name, data)
    if path is None:
        raise NotWritten(name)
    adopt_raw(state.store, profile, raw)
    return path


def adopt_packs(state: SyncState, hub: Path, intake: Intake) -> list[tuple[str, int]]:
    """Adopt every newer valid pack from the hub; returns (profile id, version) adopted."""
    team = state.team()
    assert team is not None
    adopted = []
    for profile_id, version, path in pack_files(hub):
        if version <= adopted_version(state.store, profile_id):
            continue
        data = intake.read(path, PACK_MAX_BYTES)
        if data is None:
            continue

        def verified(
            data: bytes = data,
            path: Path = path,
            profile_id: str = profile_id,
            version: int = version,
        ) -> tuple[Profile, bytes]:
            profile, raw = open_pack(data, team, path.name)
            if (profile.id, profile.version) != (profile_id, version):
                raise Rejected(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Sync", "the profile pack's name does not match its profile"
                        )
                    )
                )
            return profile, raw

        found = intake.guard(path, verified)
        if found is not None:
            adopt_raw(state.store, *found)
            adopted.append((profile_id, version))
    return adopted


def adopt_raw(store: Store, profile: Profile, raw: bytes) -> None:
    store.set_meta(
        f"{_PROFILE_META}{profile.id}",
        json.dumps({"version": profile.version, "raw": raw.decode("utf-8-sig")}),
    )


def adopted_version(store: Store, profile_id: str) -> int:
    value = store.meta_value(f"{_PROFILE_META}{profile_id}")
    return int(json.loads(value)["version"]) if value else 0


def adopted_profile(store: Store, profile_id: str) -> Profile | None:
    """The profile adopted from a pack for `profile_id`, if any."""
    value = store.meta_value(f"{_PROFILE_META}{profile_id}")
    if not value:
        return None
    return profile_from_bytes(json.loads(value)["raw"].encode(), f"{profile_id} (profile pack)")
