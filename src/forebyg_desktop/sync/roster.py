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

Who uses each device: the join request carries the person's name and role
(under the invitation key, like the rest of the claim), and from roster
format 2 the leader puts them with the admission date into the device's
entry as a "label" encrypted with the current epoch's team key, bound to the
team, epoch and device. Members can read them, the hub and outsiders cannot,
and a removed device cannot read labels written after the key rotation. A
format 1 roster (no labels) still verifies; its people are simply unknown.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, replace
from datetime import date

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.state import TeamInfo

FORMAT = 1  # invitations and join requests (the name and role in a claim are optional)
ROSTER_FORMAT = 2  # 2: device entries may carry an encrypted "label"
_LABEL_MAX = 200  # characters of a name or role kept from a join request
_LABEL_BLOCK = 64  # labels are padded to a multiple of this many bytes before encryption
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


@dataclass(frozen=True)
class MemberLabel:
    """Whose device it is: name and role as entered at first run, and when it joined."""

    name: str
    role: str  # the store's role ("leader" or "staff"); "" unknown
    joined: str  # ISO date the leader admitted the device; "" unknown

    def as_json(self) -> dict:
        return {"name": self.name, "role": self.role, "joined": self.joined}

    @classmethod
    def from_json(cls, data: object) -> MemberLabel:
        """A label from decrypted or claimed JSON; ValueError if it is not one."""
        if not isinstance(data, dict):
            raise ValueError("label")
        fields = [data.get(k, "") for k in ("name", "role", "joined")]
        if not all(isinstance(f, str) for f in fields):
            raise ValueError("label")
        return cls(*(" ".join(f.split())[:_LABEL_MAX] for f in fields))


def today() -> str:
    """The local date, as people remember the day a colleague joined."""
    return date.today().isoformat()


def _label_ad(team: str, epoch: int, device: str) -> bytes:
    return f"forebyg-label|{team}|{epoch}|{device}".encode()


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

    def labels(self, keys: dict[int, bytes]) -> dict[str, MemberLabel]:
        """The labels readable with `keys` (this roster's epoch key); unreadable ones left out.

        A label that does not decrypt (another team's key, a key this device never
        received, an entry moved from another device) is unknown, never an error:
        the roster itself is already verified, and the keys stay usable.
        """
        key = keys.get(self.epoch)
        found = {}
        for device, entry in self.devices.items():
            box = entry.get("label")
            if key is None or not isinstance(box, str):
                continue
            try:
                plain = crypto.decrypt(key, _unb64(box), _label_ad(self.team, self.epoch, device))
                found[device] = MemberLabel.from_json(json.loads(plain))
            except (crypto.CryptoError, ValueError):
                continue
        return found

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
    labels: dict[str, MemberLabel] | None = None,
) -> dict:
    """A new roster document, keys sealed to every active device, signed by the leader.

    `labels` are encrypted afresh under the key of `epoch` (any label already in
    `devices` is dropped), so after a rotation they are under the new key only.
    """
    devices = {
        d: _with_label(team.team_id, epoch, keys[epoch], d, e, labels or {})
        for d, e in devices.items()
    }
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
        "format": ROSTER_FORMAT,
        "team": team.team_id,
        "name": team.name,
        "version": version,
        "epoch": epoch,
        "leader": team.leader_device,
        "devices": devices,
        "envelopes": envelopes,
    }
    signature = crypto.sign(leader_signing_key, canonical_json(body).encode(), context="roster")
    return {"body": body, "signature": _b64(signature)}


def _with_label(
    team: str, epoch: int, key: bytes, device: str, entry: dict, labels: dict[str, MemberLabel]
) -> dict:
    entry = {k: v for k, v in entry.items() if k != "label"}
    label = labels.get(device)
    if label is not None:
        plain = canonical_json(label.as_json()).encode()
        plain += b" " * (-len(plain) % _LABEL_BLOCK)  # the hub sees no name's exact length
        entry["label"] = _b64(crypto.encrypt(key, plain, _label_ad(team, epoch, device)))
    return entry


def roster_bytes(document: dict) -> bytes:
    return canonical_json(document).encode()


def verify_roster(document: dict, team: TeamInfo) -> Roster:
    """The roster in `document` if the pinned leader signed it for this team."""
    try:
        body = document["body"]
        signature = _unb64(document["signature"])
        crypto.verify(team.leader_key, signature, canonical_json(body).encode(), context="roster")
    except (KeyError, TypeError, ValueError, crypto.CryptoError) as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the roster is not signed by the team leader"))
        ) from exc
    if int(body.get("format", 0)) > ROSTER_FORMAT:
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
    team: TeamInfo,
    invitation: str,
    key: bytes,
    device: str,
    public_keys: tuple[bytes, bytes],
    person: MemberLabel | None = None,
) -> bytes:
    """The join request a new device leaves in the hub for the leader.

    `person` (name and role) travels inside the box, under the invitation key.
    """
    claim = {"device": device, "sign": public_keys[0].hex(), "exchange": public_keys[1].hex()}
    if person is not None:
        claim.update(name=person.name, role=person.role)
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
) -> tuple[str, dict, MemberLabel]:
    """(invitation id, roster entry, label dated today) of a request with a pending invitation.

    A request from an older version names no one: its label has the date only.
    """
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
    try:
        if claim["device"] != device:
            raise ValueError("device")
        person = MemberLabel.from_json({k: claim.get(k, "") for k in ("name", "role")})
        entry = {"sign": claim["sign"], "exchange": claim["exchange"], "removed_after": None}
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the join request is damaged"))) from exc
    return invitation, entry, replace(person, joined=today())
