"""The team roster: who may write to the hub, with which keys, up to which operation.

The roster lists each device's public keys and, for a removed device, the
last sequence number of it that is still accepted. The leader signs every
version; members pin the leader's key when they create or join the team and
accept only newer versions signed with it. Each version also carries the
team keys (every epoch, so a new member can read the whole history) sealed
to each active device's X25519 key: removing a device starts a new epoch
whose key the removed device never receives.

A key rotation (format 3) also records, per device, the last sequence number
the leader held when the epoch ended (`rotations`): a bundle under an older
key is accepted only up to there, so operations written later must come under
the new key. An honest device that wrote under the old key before it saw the
new roster sends those operations again under the new key (sync/exchange.py).
Rotations from before format 3 recorded nothing, and their old keys stay
accepted as they were.

Who uses each device: from roster format 2 the leader puts the person's
name and role (from its own invitation record) with the admission date into
the device's entry as a "label" encrypted with the current epoch's team key,
bound to the team, epoch and device. Members can read them, the hub and
outsiders cannot, and a removed device cannot read labels written after the
key rotation. From format 3 the team's name is not in the roster at all
(members know it from their invitation): nothing in a roster is readable
without the team key but device ids, public keys and numbers.

Everything is read through the strict JSON reader and checked field by field
before use, even behind a valid signature.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.hub import MAX_SEQ, ROSTER_MAX_BYTES
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.state import TeamInfo
from forebyg_desktop.sync.untrusted import HEX64, UUID, Malformed

ROSTER_FORMAT = 3  # 2: encrypted labels; 3: no team name, key rotations recorded
MAX_VERSION = 999_999  # six digits in the file name
MAX_EPOCH = 10**6
MAX_DEVICES = 1000
_LABEL_MAX = 200  # characters of a name or role kept
_LABEL_BLOCK = 64  # labels are padded to a multiple of this many bytes before encryption
_EPOCH_KEY = re.compile(r"[1-9]\d{0,6}")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: object, where: str, max_len: int) -> bytes:
    """Base64 text from a hub file, decoded (Malformed if it is not)."""
    try:
        return base64.b64decode(untrusted.text(text, where, max_len).encode(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Malformed(where) from exc


@dataclass(frozen=True)
class MemberLabel:
    """Whose device it is: name and role as the leader gave them, and when it joined."""

    name: str
    role: str  # the store's role ("leader" or "staff"); "" unknown
    joined: str  # ISO date the leader admitted the device; "" unknown

    def as_json(self) -> dict:
        return {"name": self.name, "role": self.role, "joined": self.joined}

    @classmethod
    def from_json(cls, data: object) -> MemberLabel:
        """A label from decrypted JSON; ValueError if it is not one."""
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
    version: int
    epoch: int
    leader: str
    devices: dict[str, dict]  # id -> {"sign", "exchange", "removed_after"[, "label"]}
    envelopes: dict[str, str]
    document: dict
    rotations: dict[str, dict[str, int]]  # ended epoch -> device -> last seq accepted under it

    def signing_key(self, device: str) -> bytes | None:
        entry = self.devices.get(device)
        return bytes.fromhex(entry["sign"]) if entry else None

    def removed_after(self, device: str) -> int | None:
        entry = self.devices.get(device)
        return None if entry is None else entry.get("removed_after")

    def accepted_until(self, device: str, epoch: int) -> int | None:
        """The last operation of `device` accepted in a bundle under key `epoch` (None: any).

        A removed device's cap, and for an ended epoch what the leader held of
        the device when the epoch ended (0 for a device not in the team then).
        """
        cap = self.removed_after(device)
        ended = self.rotations.get(str(epoch)) if epoch < self.epoch else None
        if ended is not None:
            held = ended.get(device, 0)
            cap = held if cap is None else min(cap, held)
        return cap

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
                sealed = unb64(box, "label", 4096)
                plain = crypto.decrypt(key, sealed, _label_ad(self.team, self.epoch, device))
                found[device] = MemberLabel.from_json(untrusted.loads(plain, max_size=4096))
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
            plain = crypto.unseal(exchange_key, unb64(sealed, "envelope", 16384), ad)
            keys = untrusted.obj(untrusted.loads(plain, max_size=2**20, max_depth=1), "keys")
            found = {}
            for epoch, key in keys.items():
                untrusted.text(epoch, "epoch", 7, _EPOCH_KEY)
                found[int(epoch)] = bytes.fromhex(untrusted.text(key, "key", 64, HEX64))
        except (crypto.CryptoError, ValueError) as exc:
            raise Rejected(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the roster's key envelope for this device is damaged"
                    )
                )
            ) from exc
        return found


def sign_roster(
    *,
    team: TeamInfo,
    version: int,
    epoch: int,
    devices: dict[str, dict],
    keys: dict[int, bytes],
    leader_signing_key: bytes,
    labels: dict[str, MemberLabel] | None = None,
    rotations: dict[str, dict[str, int]] | None = None,
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
        device: b64(
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
        "version": version,
        "epoch": epoch,
        "leader": team.leader_device,
        "devices": devices,
        "envelopes": envelopes,
        "rotations": rotations or {},
    }
    signature = crypto.sign(leader_signing_key, canonical_json(body).encode(), context="roster")
    return {"body": body, "signature": b64(signature)}


def _with_label(
    team: str, epoch: int, key: bytes, device: str, entry: dict, labels: dict[str, MemberLabel]
) -> dict:
    entry = {k: v for k, v in entry.items() if k != "label"}
    label = labels.get(device)
    if label is not None:
        plain = canonical_json(label.as_json()).encode()
        plain += b" " * (-len(plain) % _LABEL_BLOCK)  # the hub sees no name's exact length
        entry["label"] = b64(crypto.encrypt(key, plain, _label_ad(team, epoch, device)))
    return entry


def roster_bytes(document: dict) -> bytes:
    return canonical_json(document).encode()


def _not_signed() -> Rejected:
    return Rejected(
        message(QT_TRANSLATE_NOOP("Sync", "the roster is not signed by the team leader"))
    )


def verify_roster(document: object, team: TeamInfo) -> Roster:
    """The roster in `document` if the pinned leader signed it for this team."""
    try:
        document = untrusted.obj(document, "roster", required=("body", "signature"))
        body = untrusted.obj(document["body"], "body")
        signature = unb64(document["signature"], "signature", 100)
        crypto.verify(team.leader_key, signature, canonical_json(body).encode(), context="roster")
    except (Malformed, crypto.CryptoError) as exc:
        raise _not_signed() from exc
    try:
        return _roster(body, document, team)
    except Malformed as exc:
        raise Rejected(
            message(QT_TRANSLATE_NOOP("Sync", "the roster is damaged ({part})"), part=exc.where)
        ) from exc


def _roster(body: dict, document: dict, team: TeamInfo) -> Roster:
    fmt = untrusted.integer(body.get("format"), "format", 1, MAX_EPOCH)
    if fmt > ROSTER_FORMAT:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "the roster was made by a newer version of Forebyg; update the program"
                )
            )
        )
    required = ("format", "team", "version", "epoch", "leader", "devices", "envelopes")
    untrusted.obj(body, "body", required=required, optional=("name", "rotations"))
    if body["team"] != team.team_id or body["leader"] != team.leader_device:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the roster belongs to another team")))
    devices = untrusted.obj(body["devices"], "devices")
    if len(devices) > MAX_DEVICES:
        raise Malformed("devices")
    for device, entry in devices.items():
        _device_entry(device, entry)
    leader = devices.get(team.leader_device)
    if leader is None or leader["removed_after"] is not None:
        raise Malformed("leader")
    envelopes = untrusted.obj(body["envelopes"], "envelopes")
    for device, sealed in envelopes.items():
        untrusted.text(device, "envelopes", 36, UUID)
        untrusted.text(sealed, "envelopes", 16384)
    return Roster(
        team=body["team"],
        version=untrusted.integer(body["version"], "version", 1, MAX_VERSION),
        epoch=untrusted.integer(body["epoch"], "epoch", 1, MAX_EPOCH),
        leader=body["leader"],
        devices=devices,
        envelopes=envelopes,
        document=document,
        rotations=_rotations(body.get("rotations", {})),
    )


def _device_entry(device: str, entry: object) -> None:
    untrusted.text(device, "devices", 36, UUID)
    entry = untrusted.obj(
        entry, "device", required=("sign", "exchange", "removed_after"), optional=("label",)
    )
    untrusted.text(entry["sign"], "device key", 64, HEX64)
    untrusted.text(entry["exchange"], "device key", 64, HEX64)
    if entry["removed_after"] is not None:
        untrusted.integer(entry["removed_after"], "removed_after", 0, MAX_SEQ)
    if "label" in entry:
        untrusted.text(entry["label"], "label", 4096)


def _rotations(value: object) -> dict[str, dict[str, int]]:
    rotations = untrusted.obj(value, "rotations")
    for epoch, held in rotations.items():
        untrusted.text(epoch, "rotations", 7, _EPOCH_KEY)
        for device, seq in untrusted.obj(held, "rotations").items():
            untrusted.text(device, "rotations", 36, UUID)
            untrusted.integer(seq, "rotations", 0, MAX_SEQ)
    return rotations


def parse_roster(data: bytes, team: TeamInfo) -> Roster:
    try:
        document = untrusted.loads(data, max_size=ROSTER_MAX_BYTES, max_depth=6)
    except Malformed as exc:
        raise Rejected(
            message(
                QT_TRANSLATE_NOOP("Sync", "the roster file is damaged ({part})"), part=exc.where
            )
        ) from exc
    return verify_roster(document, team)
