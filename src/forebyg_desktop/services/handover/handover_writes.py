"""What a received handover writes, and the rules it must obey before anything is written.

A handover never overwrites what is held from elsewhere: records are only
added. Only a later handover from the same institution may update a plan or
an evaluation it sent before; a finalised assessment never changes. A child
already held keeps the receiver's own fields (e.g. its class). What is
written must pass the import rules every device of the team checks.
"""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.core.records import HandoverDirection
from forebyg_desktop.core.validation_import import problems_in_operation
from forebyg_desktop.services.handover.handover_checks import Received
from forebyg_desktop.services.handover.handover_problems import kind
from forebyg_desktop.services.handover.handover_receipt import refused
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.errors import RecordNotFound
from forebyg_desktop.store.operation import Change


def _origins(session: Session) -> dict[str, set[str]]:
    """ "entity:id" -> the key fingerprints of the handovers it was received by."""
    found: dict[str, set[str]] = {}
    for row in session.store.find("handover", include_deleted=True):
        if row.get("direction") == HandoverDirection.RECEIVED:
            for ref in row.get("records", ()):
                found.setdefault(ref, set()).add(row.get("counterpart_fingerprint", ""))
    return found


def changes(
    session: Session, path: Path, got: Received, same_sender: set[str], group: str
) -> list[Change]:
    """What to write: the child if new here, and records new here or changed by their sender.

    Refused (nothing written) when a record the handover carries is held here
    already but was made here or received from another institution, or when
    it would change a finalised assessment.
    """
    store = session.store
    origins = _origins(session)
    changes = []
    for entity, fields in [("child", {"id": got.child.id}), *got.records]:
        record_id = fields["id"]
        try:
            held = store.get(entity, record_id, include_deleted=True)
        except RecordNotFound:
            held = None
        new = {k: v for k, v in fields.items() if k != "id"}
        if held is None:
            if entity == "child":
                new = {**got.child.to_fields(), "group": " ".join(group.split())}
            changes.append(Change(entity, record_id, new))
            continue
        senders = origins.get(f"{entity}:{record_id}", set())
        if not senders & same_sender:
            text = (
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file}: {kind} it carries is already held here, received from another "
                    "institution; a handover never overwrites a record held from another "
                    "sender. Nothing was imported.",
                )
                if senders
                else QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file}: {kind} it carries is already held here and was made here; a "
                    "handover never overwrites a record made here. Nothing was imported.",
                )
            )
            raise refused(path, text, kind=kind(entity))
        if entity == "child" or {k: held.get(k) for k in new} == new:
            continue  # the child keeps the receiver's own fields (its group)
        if entity == "assessment":
            raise refused(
                path,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file} would change a finalised assessment received before; a finalised "
                    "assessment never changes. Nothing was imported.",
                ),
            )
        changes.append(Change(entity, record_id, new))
    return changes


def obeys_team_rules(session: Session, path: Path, changes: list[Change]) -> None:
    """Refuse what the team's devices would refuse when this device's writes reach them.

    Received records reach colleagues by sync, where every change passes the
    import rules (core.validation_import): a record that breaks them would be
    refused there and hold back everything this device writes after it. So the
    same rules apply here, before anything is written.
    """
    today = session.today()
    for change in changes:
        try:
            held = session.store.get(change.entity, change.entity_id, include_deleted=True)
        except RecordNotFound:
            held = {}
        merged = {**{k: v for k, v in held.items() if k != "id"}, **change.fields}
        problems = problems_in_operation(
            change.entity,
            change.entity_id,
            merged,
            session.profile,
            made_on=today,
            changed=list(change.fields),
        )
        if problems:
            raise refused(
                path,
                QT_TRANSLATE_NOOP(
                    "HandoverService",
                    "{file}: {kind} it carries breaks a rule every device checks ({problem}). "
                    "Nothing was imported.",
                ),
                kind=kind(change.entity),
                problem=problems[0].message,
            )
