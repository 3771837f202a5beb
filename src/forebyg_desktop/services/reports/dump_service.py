"""`forebyg dump`: every shared record as canonical JSON.

Only what the change log makes is printed (never device-local data such as
the audit log, drafts or the device id), ordered by entity type and id, so
two stores holding the same operations print identical dumps. The output is
streamed record by record, so a store of any size dumps in little memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from forebyg_desktop.services.session import Session
from forebyg_desktop.store import dump_repo
from forebyg_desktop.store.audit_repo import AuditEvent
from forebyg_desktop.store.canonical import canonical_json


def iter_dump(session: Session) -> Iterator[str]:
    """The dump in pieces: one JSON object {table: [records sorted by id]}."""
    session.store.record_reads([AuditEvent("export", "store", "*", None, "dump of all records")])
    yield "{"
    for ti, table in enumerate(dump_repo.tables()):
        yield f"{',' if ti else ''}\n{json.dumps(table)}:["
        for ri, record in enumerate(dump_repo.records(session.store, table)):
            yield f"{',' if ri else ''}\n{canonical_json(record)}"
        yield "\n]"
    yield "\n}\n"


def write_dump(session: Session, out: TextIO) -> None:
    for piece in iter_dump(session):
        out.write(piece)


def dump_records(session: Session) -> dict[str, list[dict]]:
    """The dump as Python data (for tests and small stores)."""
    return json.loads("".join(iter_dump(session)))
