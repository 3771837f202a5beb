"""Audit witnesses: heads of this device's audit chain kept in the hub, outside its store.

The head of the audit chain (count and hash of the last entry) lives in the
store's own meta, so a person with the passphrase could cut the log short
and rewrite the head. Every bundle's signed manifest carries the head when it
was written; and because reading a child's record is audited without any
operation to export, a sync also writes a small witness file when the head
moved since the last one:

    b"FBWITNESS\\n" + header line (JSON: format, team, key epoch) + b"\\n"
    + AEAD(team key, 4-byte length + body + Ed25519 signature, context "audit-witness")

with body {format, team, device, count, head}. Only the newest few of a
device's own witness files are kept; it deletes the older ones it wrote.
`forebyg check` gathers the witnesses the hub holds for this device, checked
with its own key, and compares its audit chain against them
(`sync_service.audit_witnesses`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.bundle import read_manifest
from forebyg_desktop.sync.hub import (
    BUNDLE_MAX_BYTES,
    WITNESS_MAX_BYTES,
    WITNESS_NAME,
    bundle_files,
    witness_files,
    witness_name,
    write_new_or_alternative,
)
from forebyg_desktop.sync.problems import NotWritten, SyncProblem
from forebyg_desktop.sync.state import SyncState
from forebyg_desktop.sync.untrusted import HEX64, UUID, Malformed, read_bounded

MAGIC = b"FBWITNESS\n"
FORMAT = 1
KEEP = 3  # own witness files kept in the hub


def seal_witness(
    device: str, witness: AuditWitness, *, team: str, epoch: int, key: bytes, signing_key: bytes
) -> bytes:
    body = canonical_json(
        {
            "format": FORMAT,
            "team": team,
            "device": device,
            "count": witness.count,
            "head": witness.head,
        }
    ).encode()
    inner = (
        len(body).to_bytes(4, "big")
        + body
        + crypto.sign(signing_key, body, context="audit-witness")
    )
    header = MAGIC + canonical_json({"format": FORMAT, "team": team, "epoch": epoch}).encode()
    header += b"\n"
    return header + crypto.encrypt(key, inner, header)


def open_witness(
    data: bytes, *, team: str, keys: dict[int, bytes], device: str, public_key: bytes
) -> AuditWitness:
    """The witness in `data` if `device` signed it for `team`; Malformed otherwise."""
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + 256)
    if not data.startswith(MAGIC) or end < 0:
        raise Malformed("magic")
    header = untrusted.obj(
        untrusted.loads(data[len(MAGIC) : end], max_size=256, max_depth=1),
        "header",
        required=("format", "team", "epoch"),
    )
    key = keys.get(untrusted.integer(header["epoch"], "epoch", 1, 10**6))
    if key is None or header["team"] != team:
        raise Malformed("key")
    try:
        inner = crypto.decrypt(key, data[end + 1 :], data[: end + 1])
        size = int.from_bytes(inner[:4], "big")
        body = inner[4 : 4 + size]
        crypto.verify(public_key, inner[4 + size :], body, context="audit-witness")
    except crypto.CryptoError as exc:
        raise Malformed("signature") from exc
    fields = untrusted.obj(
        untrusted.loads(body, max_size=1024, max_depth=1),
        "body",
        required=("format", "team", "device", "count", "head"),
    )
    if fields["team"] != team or untrusted.text(fields["device"], "device", 36, UUID) != device:
        raise Malformed("device")
    return AuditWitness(
        untrusted.integer(fields["count"], "count", 0, 2**62),
        untrusted.text(fields["head"], "head", 64, HEX64),
    )


def write_witness(state: SyncState, hub: Path) -> AuditWitness | None:
    """Leave a witness of this device's audit head in the hub if it moved since the last one.

    Raises NotWritten when it did not land; deletes this device's older witness files.
    """
    team, keys = state.team(), state.team_keys()
    head = state.store.audit.head()
    written = state.witnesses_written()
    if team is None or not keys or head.count == 0:
        return None
    if written and _count(written[-1]) == head.count:
        return None  # the newest witness already has this head
    epoch = max(keys)
    data = seal_witness(
        state.device,
        head,
        team=team.team_id,
        epoch=epoch,
        key=keys[epoch],
        signing_key=state.signing_key(),
    )
    path = write_new_or_alternative(hub, witness_name(state.device, head.count), data)
    if path is None:
        raise NotWritten(witness_name(state.device, head.count))
    written.append(path.name)
    for old in written[:-KEEP]:
        with contextlib.suppress(OSError):
            (hub / old).unlink()
    state.set_witnesses_written(written[-KEEP:])
    return head


def _count(name: str) -> int:
    match = WITNESS_NAME.fullmatch(name)
    return int(match.group(2)) if match else -1


def gather(state: SyncState, hub: Path) -> list[AuditWitness]:
    """Every witness of this device's audit chain the hub holds, checked with its own key."""
    return list(_gather(state, hub))


def _gather(state: SyncState, hub: Path) -> Iterator[AuditWitness]:
    team, keys = state.team(), state.team_keys()
    if team is None or not keys:
        return
    own = crypto.signing_public_key(state.signing_key())
    for b in bundle_files(hub):
        if b.device != state.device:
            continue
        try:
            manifest = read_manifest(
                read_bounded(b.path, BUNDLE_MAX_BYTES),
                team=team.team_id,
                team_keys=keys,
                device_key=lambda d: own if d == state.device else None,
            )
        except (OSError, SyncProblem, ValueError):
            continue  # not a witness: damaged, another's, unreadable
        witness = manifest.witness()
        if witness is not None and manifest.device == state.device:
            yield witness
    for _count, path in witness_files(hub, state.device):
        try:
            yield open_witness(
                read_bounded(path, WITNESS_MAX_BYTES),
                team=team.team_id,
                keys=keys,
                device=state.device,
                public_key=own,
            )
        except (OSError, ValueError):
            continue
