"""Invitations and join requests: how a new device gets into a team.

The leader's invitation file holds the team's identity and keys, encrypted
with a key derived from a one-time code given in person (scrypt, so guessing
the code from a copied file is slow), and the date it expires. The new device
answers with a join request in the hub, encrypted with the same key, which
proves it knew the code; the leader's next sync adds it to the roster.

An invitation is for one person, named by the leader when writing it (name
and role are kept in the leader's own invitation record, never taken from the
joining device), is used once (a second request with it is refused) and
expires after `invitation_days` (14 by default, IT may set it).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.hub import JOIN_MAX_BYTES
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.roster import MemberLabel, b64, unb64
from forebyg_desktop.sync.state import TeamInfo
from forebyg_desktop.sync.untrusted import HEX64, UUID, Malformed

FORMAT = 1  # invitations and join requests
INVITATION_MAX_BYTES = 64 * 2**10
DEFAULT_DAYS = 14
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely
_EPOCH = re.compile(r"[1-9]\d{0,6}")


@dataclass(frozen=True)
class InvitationRecord:
    """The leader's record of an invitation it wrote (kept in its store only)."""

    key: bytes
    expires: str  # ISO date, the last day a join request with it is accepted
    name: str  # the invited person, as the leader wrote it
    role: str  # "staff" or "leader"
    used_by: str | None = None  # the device admitted with it

    def as_json(self) -> dict:
        return {
            "key": self.key.hex(),
            "expires": self.expires,
            "name": self.name,
            "role": self.role,
            "used_by": self.used_by,
        }

    @classmethod
    def from_json(cls, data: dict) -> InvitationRecord:
        """A stored record; one from before expiry existed has expired."""
        return cls(
            bytes.fromhex(data["key"]),
            data.get("expires", ""),
            data.get("name", ""),
            data.get("role", ""),
            data.get("used_by"),
        )


def new_code() -> str:
    """A one-time code of 12 characters (60 bits), in groups of four."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(chars[i : i + 4] for i in range(0, 12, 4))


def expiry(days: int, today: date | None = None) -> str:
    """The last day an invitation written today is accepted."""
    return ((today or date.today()) + timedelta(days=days)).isoformat()


def make_invitation(
    team: TeamInfo, keys: dict[int, bytes], expires: str
) -> tuple[str, str, bytes, bytes]:
    """(code, invitation id, invitation key, file bytes) for a new device."""
    code, invitation, salt = new_code(), new_id(), secrets.token_bytes(16)
    key = crypto.key_from_code(code, salt)
    secret = {
        "team": team.as_json(),
        "keys": {str(e): k.hex() for e, k in keys.items()},
        "expires": expires,
    }
    box = crypto.encrypt(
        key, canonical_json(secret).encode(), f"{team.team_id}|{invitation}".encode()
    )
    document = {
        "kind": "forebyg-invitation",
        "format": FORMAT,
        "team": team.team_id,
        "invitation": invitation,
        "salt": b64(salt),
        "box": b64(box),
    }
    return code, invitation, key, canonical_json(document).encode()


def _not_an_invitation() -> Rejected:
    return Rejected(message(QT_TRANSLATE_NOOP("Sync", "the file is not a Forebyg invitation")))


def open_invitation(
    data: bytes, code: str, today: str | None = None
) -> tuple[TeamInfo, dict[int, bytes], str, bytes]:
    """(team, team keys, invitation id, invitation key) from an invitation and its code."""
    try:
        document = untrusted.obj(
            untrusted.loads(data, max_size=INVITATION_MAX_BYTES, max_depth=2),
            "invitation",
            required=("kind", "format", "team", "invitation", "salt", "box"),
        )
        if document["kind"] != "forebyg-invitation":
            raise Malformed("kind")
        if untrusted.integer(document["format"], "format", 1, 10**6) > FORMAT:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the invitation was made by a newer version of Forebyg; update the program",
                    )
                )
            )
        invitation = untrusted.text(document["invitation"], "invitation", 64)
        team_id = untrusted.text(document["team"], "team", 64)
        salt = unb64(document["salt"], "salt", 64)
        box = unb64(document["box"], "box", INVITATION_MAX_BYTES)
    except Malformed as exc:
        raise _not_an_invitation() from exc
    key = crypto.key_from_code(code, salt)
    try:
        plain = crypto.decrypt(key, box, f"{team_id}|{invitation}".encode())
    except crypto.CryptoError as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the code does not match this invitation"))
        ) from exc
    try:
        secret = untrusted.obj(
            untrusted.loads(plain, max_size=INVITATION_MAX_BYTES, max_depth=2),
            "secret",
            required=("team", "keys"),
            optional=("expires",),
        )
        team = _team(secret["team"])
        keys = {}
        for epoch, value in untrusted.obj(secret["keys"], "keys").items():
            keys[int(untrusted.text(epoch, "keys", 7, _EPOCH))] = bytes.fromhex(
                untrusted.text(value, "keys", 64, HEX64)
            )
        expires = untrusted.text(secret.get("expires", ""), "expires", 10)
    except Malformed as exc:
        raise _not_an_invitation() from exc
    if expires and expires < (today or date.today().isoformat()):
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the invitation expired on {date}; ask the leader for a new one"
                ),
                date=expires,
            )
        )
    return team, keys, invitation, key


def _team(value: object) -> TeamInfo:
    team = untrusted.obj(value, "team", required=("team_id", "name", "leader_device", "leader_key"))
    return TeamInfo(
        untrusted.text(team["team_id"], "team", 64),
        untrusted.text(team["name"], "team", 200),
        untrusted.text(team["leader_device"], "team", 36, UUID),
        bytes.fromhex(untrusted.text(team["leader_key"], "team", 64, HEX64)),
    )


def make_join_request(
    team: TeamInfo, invitation: str, key: bytes, device: str, public_keys: tuple[bytes, bytes]
) -> bytes:
    """The join request a new device leaves in the hub for the leader.

    It names no person: the leader named the invited person in the invitation.
    """
    claim = {"device": device, "sign": public_keys[0].hex(), "exchange": public_keys[1].hex()}
    ad = f"{team.team_id}|{invitation}|{device}".encode()
    document = {
        "kind": "forebyg-join",
        "format": FORMAT,
        "team": team.team_id,
        "invitation": invitation,
        "device": device,
        "box": b64(crypto.encrypt(key, canonical_json(claim).encode(), ad)),
    }
    return canonical_json(document).encode()


def _damaged(part: str) -> Rejected:
    return Rejected(
        message(QT_TRANSLATE_NOOP("Sync", "the join request is damaged ({part})"), part=part)
    )


def open_join_request(
    data: bytes,
    team: TeamInfo,
    device: str,
    invitations: dict[str, InvitationRecord],
    today: str,
) -> tuple[str, dict, MemberLabel]:
    """(invitation id, roster entry, label) of `device`'s request with a pending invitation.

    The label is the leader's own record of whom it invited, dated `today`;
    whatever the request itself might say about its person is not read.
    """
    try:
        document = untrusted.obj(
            untrusted.loads(data, max_size=JOIN_MAX_BYTES, max_depth=1),
            "request",
            required=("kind", "format", "team", "invitation", "device", "box"),
        )
        if document["kind"] != "forebyg-join" or document["team"] != team.team_id:
            raise Malformed("kind")
        untrusted.integer(document["format"], "format", 1, FORMAT)
        invitation = untrusted.text(document["invitation"], "invitation", 64)
        if untrusted.text(document["device"], "device", 36, UUID) != device:
            raise Malformed("device")
        box = unb64(document["box"], "box", JOIN_MAX_BYTES)
    except Malformed as exc:
        raise _damaged(exc.where) from exc
    pending = invitations.get(invitation)
    if pending is None or pending.used_by not in (None, device):
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the join request uses an unknown or already used invitation"
                )
            )
        )
    if not pending.expires or pending.expires < today:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP("Sync", "the join request uses an invitation that has expired")
            )
        )
    ad = f"{team.team_id}|{invitation}|{device}".encode()
    try:
        plain = crypto.decrypt(pending.key, box, ad)
    except crypto.CryptoError as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the join request was not made with the invitation's code"
                )
            )
        ) from exc
    try:
        claim = untrusted.obj(
            untrusted.loads(plain, max_size=JOIN_MAX_BYTES, max_depth=1),
            "claim",
            required=("device", "sign", "exchange"),
            optional=("name", "role"),  # sent by older versions; not taken
        )
        if claim["device"] != device:
            raise Malformed("device")
        entry = {
            "sign": untrusted.text(claim["sign"], "key", 64, HEX64),
            "exchange": untrusted.text(claim["exchange"], "key", 64, HEX64),
            "removed_after": None,
        }
    except Malformed as exc:
        raise _damaged(exc.where) from exc
    label = MemberLabel.from_json({"name": pending.name, "role": pending.role, "joined": today})
    return invitation, entry, label
