"""Sync use cases: run a sync, its status, quarantined files (for the UI and CLI).

`run_sync` adopts the newest roster, admits join requests (on the leader's
device), exports this device's new operations and imports every usable new
bundle; progress goes to a plain callback, so the UI can forward it from a
worker thread. Nothing here returns record content: counts, file names,
device ids and reasons only (conflicts, which do show values, live in
conflict_service).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session, current_profile
from forebyg_desktop.services.team_sync.sync_health import team_problems
from forebyg_desktop.store import conflict_repo, quarantine_repo
from forebyg_desktop.store.audit_repo import AuditWitness
from forebyg_desktop.store.errors import ImportRefused
from forebyg_desktop.sync import hub as hub_files
from forebyg_desktop.sync import membership, profile_pack, witness
from forebyg_desktop.sync.exchange import Progress, export_new, import_bundles, recover_own
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.problems import CONTEXT, NotWritten, SyncProblem, message
from forebyg_desktop.sync.state import SyncState
from forebyg_desktop.sync.witness import write_witness

_LAST_RESULT = "sync.last_result"


@dataclass(frozen=True)
class SyncResult:
    """What one sync did."""

    exported: int  # own operations written to the hub
    imported: int  # operations of other devices applied
    bundles: int  # bundles applied
    quarantined: int  # files newly refused this time
    conflicts: int  # new conflicts found
    admitted: list[str] = field(default_factory=list)  # devices admitted (leader)
    profiles: list[tuple[str, int]] = field(default_factory=list)  # profile packs adopted
    waiting: list[tuple[str, Message]] = field(default_factory=list)  # file, why it waits
    recovered: int = 0  # own operations taken back from the hub (a restored store)
    problems: list[Message] = field(default_factory=list)  # worth telling (a squatted name)
    failed: list[Message] = field(default_factory=list)  # what did not land in the hub

    def as_json(self) -> dict:
        data = dict(self.__dict__)
        data["waiting"] = [{"file": f, "reason": m.english()} for f, m in self.waiting]
        data["problems"] = [m.english() for m in self.problems]
        data["failed"] = [m.english() for m in self.failed]
        return data


@dataclass(frozen=True)
class QuarantinedFile:
    """A refused hub file; the name and reason never hold record content."""

    file: str
    message: Message  # why, translatable
    detected: str  # ISO 8601 UTC

    @property
    def reason(self) -> str:
        return self.message.english()


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    in_team: bool
    team_name: str = ""
    hub: str = ""
    reachable: bool = False
    last_sync: str = ""  # ISO 8601 UTC, "" if never
    outgoing: int = 0  # own operations not yet in the hub
    conflicts: int = 0
    quarantined: int = 0
    problems: list[Message] = field(default_factory=list)

    def as_json(self) -> dict:
        data = dict(self.__dict__)
        data["problems"] = [m.english() for m in self.problems]
        return data


def _state(session: Session) -> SyncState:
    state = SyncState(session.store, session.profile)
    if state.team() is None:
        raise ServiceError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This device is not in a sync team yet: "
                    "use `forebyg team create` or `forebyg team join`.",
                )
            )
        )
    return state


def run_sync(session: Session, progress: Progress | None = None) -> SyncResult:
    """Export own new operations to the hub and import everything new from it.

    Each hub file is handled on its own: a bad one is quarantined and the rest
    goes on. What this sync could not put in the hub is in `failed`.
    """
    state = _state(session)
    hub = state.hub()
    assert hub is not None
    if not hub_files.reachable(hub):
        raise ServiceError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "The hub folder {hub} cannot be reached; nothing was synced."
                ),
                hub=str(hub),
            )
        )
    intake = Intake(state)
    failed: list[Message] = []
    roster = membership.adopt_newest_roster(state, hub, intake)
    admitted: list[str] = []
    try:
        admitted = membership.admit_join_requests(state, hub, intake)
        membership.republish_rosters(state, hub)
    except NotWritten as problem:
        failed.append(problem.message)
    profiles = profile_pack.adopt_packs(state, hub, intake)
    if any(pid == session.store.profile_id for pid, _v in profiles):
        session.profile = current_profile(session.store)  # new assessments use the new version
        state.profile = session.profile
    if admitted:
        roster = membership.current_roster(state)
    withdrawn = membership.withdraw_refused(state, roster)
    if roster is not None and roster.removed_after(state.device) is not None:
        raise ServiceError(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync", "This device was removed from the team; it can no longer sync."
                )
            )
        )
    with session.store.bulk():
        try:
            recovered = recover_own(state, hub, roster, intake)
        except ImportRefused as refused:
            assert refused.message is not None
            recovered = 0
            failed.append(refused.message)
        exported = export_new(state, hub, roster)
        imported = import_bundles(state, hub, roster, progress, intake)
    failed += exported.failed
    try:
        write_witness(state, hub)
    except NotWritten as problem:
        failed.append(problem.message)
    result = SyncResult(
        exported=exported.exported,
        imported=imported.imported,
        bundles=imported.bundles,
        quarantined=intake.refused,
        conflicts=imported.conflicts,
        admitted=admitted,
        profiles=profiles,
        waiting=imported.waiting,
        recovered=recovered,
        problems=withdrawn + exported.problems,
        failed=failed,
    )
    with session.store.transaction():
        state.set_last_sync(datetime.now(UTC).isoformat(timespec="seconds"))
        session.store.set_meta(
            _LAST_RESULT,
            json.dumps(
                {
                    "waiting": [[f, m.text, m.params] for f, m in imported.waiting],
                    "problems": [
                        [m.text, m.params] for m in failed + withdrawn + exported.problems
                    ],
                },
                default=str,
            ),
        )
    return result


def audit_witnesses(session: Session) -> list[AuditWitness]:
    """Heads of this device's audit chain that the hub holds (own bundles and witness files).

    Empty when the device is in no team or the hub cannot be reached; `check`
    compares the audit chain against them.
    """
    state = SyncState(session.store)
    hub = state.hub()
    if state.team() is None or hub is None or not hub_files.reachable(hub):
        return []
    return witness.gather(state, hub)


def quarantined(session: Session) -> list[QuarantinedFile]:
    """Hub files refused, newest first, with the reason."""
    found = []
    for file, reason, detected in quarantine_repo.refused(session.store):
        stored = json.loads(reason)
        found.append(
            QuarantinedFile(
                file,
                Message(stored.get("context", CONTEXT), stored["text"], stored["params"]),
                detected,
            )
        )
    return found


def sync_status(session: Session) -> SyncStatus:
    """Team, hub reachability, last sync, operations waiting to go out, problems."""
    state = SyncState(session.store)
    team = state.team()
    if team is None:
        return SyncStatus(in_team=False)
    hub = state.hub()
    reachable = hub is not None and hub_files.reachable(hub)
    outgoing = state.high_water_mark(state.device) - state.exported_seq()
    conflicts = conflict_repo.count(session.store)
    problems: list[Message] = []
    if not reachable:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Sync", "The hub folder {hub} cannot be reached."), hub=str(hub)
            )
        )
    last = json.loads(session.store.meta_value(_LAST_RESULT) or "{}")
    for _file, text, params in last.get("waiting", []):
        problems.append(Message(CONTEXT, text, params))
    for text, params in last.get("problems", []):
        problems.append(Message(CONTEXT, text, params))
    try:
        roster = membership.current_roster(state)
    except SyncProblem as problem:
        problems.append(problem.message)
        roster = None
    if roster is not None and state.device not in roster.devices:
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This device waits for the team leader to admit it (at the leader's next sync).",
                )
            )
        )
    elif roster is not None and roster.removed_after(state.device) is not None:
        problems.append(
            message(QT_TRANSLATE_NOOP("Sync", "This device was removed from the team."))
        )
    if roster is not None:
        problems += team_problems(session, state, roster, hub if reachable else None)
    return SyncStatus(
        in_team=True,
        team_name=team.name,
        hub=str(hub or ""),
        reachable=reachable,
        last_sync=state.last_sync(),
        outgoing=outgoing,
        conflicts=conflicts,
        quarantined=quarantine_repo.count(session.store),
        problems=problems,
    )
