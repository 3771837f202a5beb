"""Crafting hostile hub files for the tests: what a stranger on the share or a rogue member writes.

A stranger can put any bytes under any name. A (former) member also holds a
team key, so it can change what is inside the encryption (re-encrypting, not
re-signing); a rogue member signs with its own device key too.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from forebyg_desktop.store.operation import Operation
from forebyg_desktop.sync import crypto
from forebyg_desktop.sync.bundle import MAGIC, seal_bundle
from forebyg_desktop.sync.bundle_payload import operation_rows
from forebyg_desktop.sync.hub import bundle_files, bundle_name


def own_bundles(device, hub: Path) -> list[Path]:
    return [b.path for b in bundle_files(hub) if b.device == device.id]


def split(data: bytes) -> tuple[bytes, bytes]:
    """(header line with its newline, the sealed rest) of a bundle or witness file."""
    end = data.index(b"\n", len(MAGIC)) + 1
    return data[:end], data[end:]


def with_header(data: bytes, header_json: str) -> bytes:
    """The bundle with its clear header line replaced (a stranger can do this)."""
    _header, sealed = split(data)
    return MAGIC + header_json.encode() + b"\n" + sealed


def inner_of(data: bytes, key: bytes) -> tuple[bytes, bytes]:
    header, sealed = split(data)
    return header, crypto.decrypt(key, sealed, header)


def reseal_inner(data: bytes, key: bytes, change) -> bytes:
    """Decrypt with the team key, change the inner bytes, encrypt again (no new signature)."""
    header, inner = inner_of(data, key)
    return header + crypto.encrypt(key, change(inner), header)


def with_manifest_text(data: bytes, key: bytes, change) -> bytes:
    """The bundle with its manifest's JSON text changed inside the encryption."""

    def edit(inner: bytes) -> bytes:
        size = int.from_bytes(inner[:4], "big")
        text = change(inner[4 : 4 + size].decode()).encode()
        return len(text).to_bytes(4, "big") + text + inner[4 + size :]

    return reseal_inner(data, key, edit)


def signed_by(
    device, rows: list, *, epoch: int | None = None, first_last=None
) -> tuple[str, bytes]:
    """(file name, bytes) of a bundle `device` signs with its own key: a rogue member's."""
    keys = device.state.team_keys()
    epoch = epoch or max(keys)
    manifest, data = seal_bundle(
        device.id,
        rows,
        team=device.state.team().team_id,
        epoch=epoch,
        team_key=keys[epoch],
        signing_key=device.state.signing_key(),
    )
    return bundle_name(device.id, manifest.first, manifest.last), data


def signed_payload(device, payload: bytes, first: int, last: int, count: int) -> bytes:
    """A bundle `device` signs whose compressed payload is `payload`, whatever it holds."""
    from forebyg_desktop.store.canonical import canonical_json
    from forebyg_desktop.sync.bundle import padded_size
    from forebyg_desktop.sync.bundle_manifest import FORMAT, Manifest

    keys = device.state.team_keys()
    epoch = max(keys)
    team = device.state.team().team_id
    manifest = Manifest(
        format=FORMAT,
        schema=6,
        app="0.1.0",
        team=team,
        epoch=epoch,
        device=device.id,
        first=first,
        last=last,
        count=count,
        sha256=crypto.digest(payload),
        size=len(payload),
        audit_count=0,
        audit_head="",
    )
    encoded = manifest.encode()
    inner = (
        len(encoded).to_bytes(4, "big")
        + encoded
        + crypto.sign(device.state.signing_key(), encoded, context="bundle-manifest")
        + payload
    )
    inner += bytes(padded_size(len(inner)) - len(inner))
    header = MAGIC + canonical_json({"format": FORMAT, "team": team, "epoch": epoch}).encode()
    header += b"\n"
    return header + crypto.encrypt(keys[epoch], inner, header)


def rows_payload(rows) -> bytes:
    return zlib.compress(json.dumps(rows).encode())


def next_ops(device, fields_list: list[dict], entity: str = "child") -> list[Operation]:
    """Operations `device` would write next (numbered after what it holds), not stored."""
    import time

    from forebyg_desktop.core.hlc import Timestamp
    from forebyg_desktop.core.ids import new_id

    seq = device.state.high_water_mark(device.id)
    now = Timestamp(int(time.time() * 1000)).encode()  # made today, as a real write is
    return [
        Operation(
            new_id(),
            device.id,
            seq + i + 1,
            now,
            device.store.user,
            entity,
            fields.pop("_id", new_id()),
            "put",
            fields,
        )
        for i, fields in enumerate(fields_list)
    ]


__all__ = ["operation_rows"]
