"""The bundle's manifest: what it names, its canonical encoding, and reading it back.

The manifest names format, schema and app version, team, device, sequence
range, operation count, the payload's size and SHA-256 and (format 2) the
device's audit-chain head when it was written. The device signs its canonical
JSON (see `bundle` for the file layout). Read back from a decrypted bundle it
is hostile until checked: strict JSON reader and explicit type and range
checks; a manifest from a newer program is refused as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.canonical import canonical_json
from forebyg_desktop.store.schema import SCHEMA_VERSION
from forebyg_desktop.sync import crypto, untrusted
from forebyg_desktop.sync.hub import MAX_SEQ
from forebyg_desktop.sync.problems import Rejected, message
from forebyg_desktop.sync.untrusted import HEX64, UUID, Malformed

FORMAT = 2  # 2: payload size, audit head and padding
MAX_EPOCH = 10**6
MAX_OPS = 50_000  # operations one bundle may hold (writers use far fewer)
PAYLOAD_MAX_BYTES = 64 * 2**20  # inflated payload, absolute
_MAX_MANIFEST = 4096
_APP = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
_FIELDS_1 = ("format", "schema", "app", "team", "epoch", "device", "first", "last", "count")
_FIELDS_1 += ("sha256",)
_FIELDS_2 = (*_FIELDS_1, "size", "audit_count", "audit_head")


@dataclass(frozen=True)
class Manifest:
    format: int
    schema: int
    app: str
    team: str
    epoch: int
    device: str
    first: int
    last: int
    count: int
    sha256: str
    size: int = -1  # payload bytes; -1 in format 1 (the payload is the rest)
    audit_count: int = 0  # the device's audit chain when written (format 2)
    audit_head: str = ""

    def encode(self) -> bytes:
        names = _FIELDS_1 if self.format == 1 else _FIELDS_2
        return canonical_json({n: getattr(self, n) for n in names}).encode()

    def witness(self) -> AuditWitness | None:
        return AuditWitness(self.audit_count, self.audit_head) if self.audit_head else None


def _newer(version: str) -> Rejected:
    return Rejected(
        message(
            QT_TRANSLATE_NOOP(
                "Sync",
                "the bundle was made by a newer version of Forebyg ({app}); "
                "update the program to read it",
            ),
            app=version,
        )
    )


def damaged(part: str) -> Rejected:
    """The refusal of a damaged manifest; `part` says which part."""
    return Rejected(
        message(QT_TRANSLATE_NOOP("Sync", "the bundle's manifest is damaged ({part})"), part=part)
    )


def split_manifest(inner: bytes, team: str, epoch: int) -> tuple[Manifest, bytes, bytes, bytes]:
    """(manifest, its signed bytes, signature, the rest) from the decrypted inner part."""
    size = int.from_bytes(inner[:4], "big")
    if size > _MAX_MANIFEST or len(inner) < 4 + size + crypto.SIGNATURE_SIZE:
        raise damaged("length")
    signed = inner[4 : 4 + size]
    try:
        manifest = _manifest_fields(untrusted.loads(signed, max_size=_MAX_MANIFEST, max_depth=1))
    except Malformed as exc:
        raise damaged(exc.where) from exc
    if manifest.team != team or manifest.epoch != epoch:
        raise Rejected(message(QT_TRANSLATE_NOOP("Sync", "the bundle belongs to another team")))
    end = 4 + size + crypto.SIGNATURE_SIZE
    return manifest, signed, inner[4 + size : end], inner[end:]


def _manifest_fields(value: object) -> Manifest:
    fields = untrusted.obj(value, "manifest")
    fmt = untrusted.integer(fields.get("format"), "format", 1, MAX_EPOCH)
    schema = untrusted.integer(fields.get("schema"), "schema", 1, 10**6)
    if fmt > FORMAT or schema > SCHEMA_VERSION:
        raise _newer(untrusted.text(fields.get("app"), "app", 40))
    untrusted.obj(fields, "manifest", required=_FIELDS_1 if fmt == 1 else _FIELDS_2)
    first = untrusted.integer(fields["first"], "first", 1, MAX_SEQ)
    last = untrusted.integer(fields["last"], "last", first, MAX_SEQ)
    count = untrusted.integer(fields["count"], "count", 1, MAX_OPS)
    if count != last - first + 1:
        raise Malformed("count")
    extra = {}
    if fmt > 1:
        extra = {
            "size": untrusted.integer(fields["size"], "size", 0, PAYLOAD_MAX_BYTES),
            "audit_count": untrusted.integer(fields["audit_count"], "audit_count", 0, 2**62),
            "audit_head": fields["audit_head"]
            if fields["audit_head"] == ""
            else untrusted.text(fields["audit_head"], "audit_head", 64, HEX64),
        }
    return Manifest(
        format=fmt,
        schema=schema,
        app=untrusted.text(fields["app"], "app", 40, _APP),
        team=untrusted.text(fields["team"], "team", 64),
        epoch=untrusted.integer(fields["epoch"], "epoch", 1, MAX_EPOCH),
        device=untrusted.text(fields["device"], "device", 36, UUID),
        first=first,
        last=last,
        count=count,
        sha256=untrusted.text(fields["sha256"], "sha256", 64, HEX64),
        **extra,
    )
