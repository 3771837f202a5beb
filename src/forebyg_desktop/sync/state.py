"""This device's sync settings and keys, kept in the encrypted store's meta table.

Private keys (the device's Ed25519 signing key and X25519 exchange key, the
team keys of every epoch, pending invitation keys) never leave the encrypted
store. High-water marks need no separate record: operations are applied per
device in contiguous sequence order only, so the highest sequence number held
in the change log for a device is its mark, updated in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.store import oplog_repo
from forebyg_desktop.store.record_store import Store
from forebyg_desktop.sync import crypto

_SIGNING = "sync.signing_key"
_EXCHANGE = "sync.exchange_key"
_TEAM = "sync.team"
_KEYS = "sync.team_keys"
_ROSTER = "sync.roster"
_HUB = "sync.hub"
_EXPORTED = "sync.exported_seq"
_INVITATIONS = "sync.invitations"
_LAST_SYNC = "sync.last_sync"
_PACKS = "sync.packs"
_PUBLISHED = "sync.published."  # + roster version: the exact bytes the leader published
_WITNESS = "sync.witness"


@dataclass(frozen=True)
class TeamInfo:
    """The team this device belongs to, as pinned when it created or joined it."""

    team_id: str
    name: str
    leader_device: str
    leader_key: bytes  # Ed25519 public key every roster must be signed with

    def as_json(self) -> dict:
        return {
            "team_id": self.team_id,
            "name": self.name,
            "leader_device": self.leader_device,
            "leader_key": self.leader_key.hex(),
        }

    @classmethod
    def from_json(cls, data: dict) -> TeamInfo:
        return cls(
            data["team_id"], data["name"], data["leader_device"], bytes.fromhex(data["leader_key"])
        )


class SyncState:
    """Typed access to the sync entries of one store's meta table."""

    def __init__(self, store: Store, profile: Profile | None = None) -> None:
        self.store = store
        # The profile this device works with (an adopted pack's version included):
        # imported operations are checked against its keys.
        self.profile = profile

    @property
    def device(self) -> str:
        return self.store.device_id

    def _get(self, key: str) -> str:
        return self.store.meta_value(key)

    # -- device keys ---------------------------------------------------------------

    def signing_key(self) -> bytes:
        """This device's Ed25519 key, made on first use."""
        value = self._get(_SIGNING)
        if not value:
            with self.store.transaction():
                value = self._get(_SIGNING)
                if not value:
                    value = crypto.new_signing_key().hex()
                    self.store.set_meta(_SIGNING, value)
                    self.store.set_meta(_EXCHANGE, crypto.new_exchange_key().hex())
        return bytes.fromhex(value)

    def exchange_key(self) -> bytes:
        self.signing_key()
        return bytes.fromhex(self._get(_EXCHANGE))

    def public_keys(self) -> tuple[bytes, bytes]:
        """(signing, exchange) public keys of this device."""
        return (
            crypto.signing_public_key(self.signing_key()),
            crypto.exchange_public_key(self.exchange_key()),
        )

    # -- team ------------------------------------------------------------------------

    def team(self) -> TeamInfo | None:
        value = self._get(_TEAM)
        return TeamInfo.from_json(json.loads(value)) if value else None

    def set_team(self, team: TeamInfo) -> None:
        self.store.set_meta(_TEAM, json.dumps(team.as_json()))

    def is_leader(self) -> bool:
        team = self.team()
        return team is not None and team.leader_device == self.device

    def team_keys(self) -> dict[int, bytes]:
        value = self._get(_KEYS)
        return {int(e): bytes.fromhex(k) for e, k in json.loads(value).items()} if value else {}

    def add_team_keys(self, keys: dict[int, bytes]) -> None:
        merged = {**self.team_keys(), **keys}
        self.store.set_meta(_KEYS, json.dumps({str(e): k.hex() for e, k in sorted(merged.items())}))

    def roster_document(self) -> dict | None:
        value = self._get(_ROSTER)
        return json.loads(value) if value else None

    def set_roster_document(self, document: dict) -> None:
        self.store.set_meta(_ROSTER, json.dumps(document, sort_keys=True))

    def hub(self) -> Path | None:
        value = self._get(_HUB)
        return Path(value) if value else None

    def set_hub(self, hub: Path) -> None:
        self.store.set_meta(_HUB, str(hub))

    # -- progress marks ----------------------------------------------------------------

    def exported_seq(self) -> int:
        return int(self._get(_EXPORTED) or 0)

    def set_exported_seq(self, seq: int) -> None:
        self.store.set_meta(_EXPORTED, str(seq))

    def last_sync(self) -> str:
        return self._get(_LAST_SYNC)

    def set_last_sync(self, when: str) -> None:
        self.store.set_meta(_LAST_SYNC, when)

    def high_water_marks(self) -> dict[str, int]:
        """Per device, the highest sequence number held (contiguous from 1)."""
        return oplog_repo.high_water_marks(self.store)

    def high_water_mark(self, device: str) -> int:
        return oplog_repo.high_water_mark(self.store, device)

    # -- leader only: pending invitations, profile packs ---------------------------------

    def invitations(self) -> dict[str, dict]:
        value = self._get(_INVITATIONS)
        return json.loads(value) if value else {}

    def set_invitations(self, invitations: dict[str, dict]) -> None:
        self.store.set_meta(_INVITATIONS, json.dumps(invitations, sort_keys=True))

    def packs(self) -> dict[str, int]:
        """Profile id -> newest pack version adopted."""
        value = self._get(_PACKS)
        return json.loads(value) if value else {}

    def set_packs(self, packs: dict[str, int]) -> None:
        self.store.set_meta(_PACKS, json.dumps(packs, sort_keys=True))

    # -- leader only: every roster version published, byte for byte ----------------------

    def published_rosters(self) -> dict[int, bytes]:
        return {
            int(key[len(_PUBLISHED) :]): value.encode()
            for key, value in self.store.meta().items()
            if key.startswith(_PUBLISHED)
        }

    def add_published_roster(self, version: int, data: bytes) -> None:
        self.store.set_meta(f"{_PUBLISHED}{version:06d}", data.decode())

    # -- audit witnesses this device wrote to the hub --------------------------------------

    def witnesses_written(self) -> list[str]:
        """File names of this device's witness files in the hub, oldest first."""
        value = self._get(_WITNESS)
        return json.loads(value) if value else []

    def set_witnesses_written(self, names: list[str]) -> None:
        self.store.set_meta(_WITNESS, json.dumps(names))
