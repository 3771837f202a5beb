"""The team roster, invitations and join requests: who may write to the hub.

The roster lists each device's public keys and, for a removed device, the
last sequence number of it that is still accepted. The leader signs every
version; members pin the leader's key when they create or join the team and
accept only newer versions signed with it. Each version also carries the
team keys (every epoch, so a new member can read the whole history) sealed
to each active device's X25519 key: removing a device starts a new epoch
whose key the removed device never receives.

Joining: the leader's invitation file holds the team's identity and keys,
encrypted with a key derived from a one-time code given in person (scrypt, so
guessing the code from a copied file is slow). The new device answers with a
join request in the hub, encrypted with the same key, which proves it knew
the code; the leader's next sync adds it to the roster, once per invitation.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.state import TeamInfo

FORMAT = 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


@dataclass(frozen=True)
class Roster:
    """A verified roster version."""

    team: str
    name: str
    version: int
    epoch: int
    leader: str
    devices: dict[str, dict]  # id -> {"sign", "exchange", "removed_after"}
    envelopes: dict[str, str]
    document: dict

    def signing_key(self, device: str) -> bytes | None:
        entry = self.devices.get(device)
        return bytes.fromhex(entry["sign"]) if entry else None

    def removed_after(self, device: str) -> int | None:
        entry = self.devices.get(device)
        return None if entry is None else entry.get("removed_after")

    def active(self) -> list[str]:
        return sorted(d for d, e in self.devices.items() if e.get("removed_after") is None)

    def unseal_keys(self, device: str, exchange_key: bytes) -> dict[int, bytes]:
        """The team keys sealed to `device` in this version ({} if none for it)."""
        sealed = self.envelopes.get(device)
        if sealed is None:
            return {}
        ad = f"{self.team}|{self.version}|{device}".encode()
        try:
            keys = json.loads(crypto.unseal(exchange_key, _unb64(sealed), ad))
        except (crypto.CryptoError, ValueError) as exc:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the roster's key envelope for this device is damaged"
                    )
                )
            ) from exc
        return {int(e): bytes.fromhex(k) for e, k in keys.items()}


def sign_roster(
    *,
    team: TeamInfo,
    version: int,
    epoch: int,
    devices: dict[str, dict],
    keys: dict[int, bytes],
    leader_signing_key: bytes,
) -> dict:
    """A new roster document, keys sealed to every active device, signed by the leader."""
    plain = canonical_json({str(e): k.hex() for e, k in sorted(keys.items())}).encode()
    envelopes = {
        device: _b64(
            crypto.seal(
                bytes.fromhex(entry["exchange"]),
                plain,
                f"{team.team_id}|{version}|{device}".encode(),
            )
        )
        for device, entry in sorted(devices.items())
        if entry.get("removed_after") is None
    }
    body = {
        "format": FORMAT,
        "team": team.team_id,
        "name": team.name,
        "version": version,
        "epoch": epoch,
        "leader": team.leader_device,
        "devices": devices,
        "envelopes": envelopes,
    }
    signature = crypto.sign(leader_signing_key, canonical_json(body).encode())
    return {"body": body, "signature": _b64(signature)}


def roster_bytes(document: dict) -> bytes:
    return canonical_json(document).encode()


def verify_roster(document: dict, team: TeamInfo) -> Roster:
    """The roster in `document` if the pinned leader signed it for this team."""
    try:
        body = document["body"]
        signature = _unb64(document["signature"])
        crypto.verify(team.leader_key, signature, canonical_json(body).encode())
    except (KeyError, TypeError, ValueError, crypto.CryptoError) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the roster is not signed by the team leader"))
        ) from exc
    if int(body.get("format", 0)) > FORMAT:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the roster was made by a newer version of Forebyg; update the program"
                )
            )
        )
    if body["team"] != team.team_id or body["leader"] != team.leader_device:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the roster belongs to another team")))
    return Roster(
        body["team"],
        body["name"],
        int(body["version"]),
        int(body["epoch"]),
        body["leader"],
        body["devices"],
        body["envelopes"],
        document,
    )


def parse_roster(data: bytes, team: TeamInfo) -> Roster:
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the roster file is damaged"))) from exc
    return verify_roster(document, team)


# -- invitations and join requests ------------------------------------------------------


def new_code() -> str:
    """A one-time code of 12 characters (60 bits), in groups of four."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(chars[i : i + 4] for i in range(0, 12, 4))


def make_invitation(team: TeamInfo, keys: dict[int, bytes]) -> tuple[str, str, bytes, bytes]:
    """(code, invitation id, invitation key, file bytes) for a new device."""
    code, invitation, salt = new_code(), new_id(), secrets.token_bytes(16)
    key = crypto.key_from_code(code, salt)
    secret = {"team": team.as_json(), "keys": {str(e): k.hex() for e, k in keys.items()}}
    box = crypto.encrypt(
        key, canonical_json(secret).encode(), f"{team.team_id}|{invitation}".encode()
    )
    document = {
        "kind": "forebyg-invitation",
        "format": FORMAT,
        "team": team.team_id,
        "invitation": invitation,
        "salt": _b64(salt),
        "box": _b64(box),
    }
    return code, invitation, key, canonical_json(document).encode()


def open_invitation(data: bytes, code: str) -> tuple[TeamInfo, dict[int, bytes], str, bytes]:
    """(team, team keys, invitation id, invitation key) from an invitation and its code."""
    try:
        document = json.loads(data)
        if document.get("kind") != "forebyg-invitation":
            raise ValueError("kind")
        if int(document["format"]) > FORMAT:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "the invitation was made by a newer version of Forebyg; update the program",
                    )
                )
            )
        invitation, salt = document["invitation"], _unb64(document["salt"])
        box, team_id = _unb64(document["box"]), document["team"]
    except (ValueError, KeyError, TypeError) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the file is not a Forebyg invitation"))
        ) from exc
    key = crypto.key_from_code(code, salt)
    try:
        secret = json.loads(crypto.decrypt(key, box, f"{team_id}|{invitation}".encode()))
    except crypto.CryptoError as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the code does not match this invitation"))
        ) from exc
    team = TeamInfo.from_json(secret["team"])
    keys = {int(e): bytes.fromhex(k) for e, k in secret["keys"].items()}
    return team, keys, invitation, key


def make_join_request(
    team: TeamInfo, invitation: str, key: bytes, device: str, public_keys: tuple[bytes, bytes]
) -> bytes:
    """The join request a new device leaves in the hub for the leader."""
    claim = {"device": device, "sign": public_keys[0].hex(), "exchange": public_keys[1].hex()}
    ad = f"{team.team_id}|{invitation}|{device}".encode()
    document = {
        "kind": "forebyg-join",
        "format": FORMAT,
        "team": team.team_id,
        "invitation": invitation,
        "device": device,
        "box": _b64(crypto.encrypt(key, canonical_json(claim).encode(), ad)),
    }
    return canonical_json(document).encode()


def open_join_request(
    data: bytes, team: TeamInfo, invitations: dict[str, dict]
) -> tuple[str, dict]:
    """(invitation id, roster entry) of a join request made with a pending invitation."""
    try:
        document = json.loads(data)
        invitation, device = document["invitation"], document["device"]
        box = _unb64(document["box"])
        if document.get("kind") != "forebyg-join" or document["team"] != team.team_id:
            raise ValueError("kind")
    except (ValueError, KeyError, TypeError) as exc:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the join request is damaged"))) from exc
    pending = invitations.get(invitation)
    if pending is None or pending.get("used_by") not in (None, device):
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the join request uses an unknown or already used invitation"
                )
            )
        )
    ad = f"{team.team_id}|{invitation}|{device}".encode()
    try:
        claim = json.loads(crypto.decrypt(bytes.fromhex(pending["key"]), box, ad))
    except crypto.CryptoError as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the join request was not made with the invitation's code"
                )
            )
        ) from exc
    if claim["device"] != device:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the join request is damaged")))
    return invitation, {"sign": claim["sign"], "exchange": claim["exchange"], "removed_after": None}
