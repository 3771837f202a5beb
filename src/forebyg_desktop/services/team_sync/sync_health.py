"""Problems of the team as this device sees it, for `sync status` and the app's status bar.

Derived from what this store holds and the names in the hub (no file is
read): a roster version missing from the hub, a colleague still writing under
a replaced team key, changes of a removed device held here that the rest of
the team refused. Each is a translatable message without record content.
"""

from __future__ import annotations

import json
from pathlib import Path

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import quarantine_repo
from forebyg_desktop.sync.exchange import OLD_KEY
from forebyg_desktop.sync.hub import BUNDLE_NAME, roster_files
from forebyg_desktop.sync.problems import message
from forebyg_desktop.sync.roster import Roster
from forebyg_desktop.sync.state import SyncState


def team_problems(
    session: Session, state: SyncState, roster: Roster, hub: Path | None
) -> list[Message]:
    """What is wrong in the team from here; `hub` None when it cannot be reached."""
    problems = _removed_changes_held(state, roster)
    refused = {
        file: json.loads(reason) for file, reason, _d in quarantine_repo.refused(session.store)
    }
    problems += _old_key_writers(state, refused)
    if hub is not None:
        problems += _roster_gap(roster, hub, refused)
    return problems


def _removed_changes_held(state: SyncState, roster: Roster) -> list[Message]:
    problems = []
    marks = state.high_water_marks()
    for device, entry in sorted(roster.devices.items()):
        cap = entry.get("removed_after")
        if cap is not None and marks.get(device, 0) > cap:
            # Imported before this device learnt of the removal: the rest of
            # the team refuses these, so the data here differs from theirs.
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This device holds {count} changes that removed device {device} "
                        "made after its removal; other devices refused them.",
                    ),
                    count=marks[device] - cap,
                    device=device,
                )
            )
    return problems


def _old_key_writers(state: SyncState, refused: dict[str, dict]) -> list[Message]:
    """Devices whose bundles under a replaced key were refused and not yet sent again."""
    waiting: dict[str, int] = {}
    for file, reason in refused.items():
        match = BUNDLE_NAME.fullmatch(file)
        if match and reason.get("text") == OLD_KEY:
            device = match.group(1)
            if state.high_water_mark(device) < int(match.group(3)):
                waiting[device] = min(waiting.get(device, 10**10), int(match.group(2)))
    return [
        message(
            QT_TRANSLATE_NOOP(
                "Sync",
                "Device {device} still writes under a team key that was replaced: its changes "
                "from number {first} on reach this device when it has synced once with the "
                "new roster.",
            ),
            device=device,
            first=first,
        )
        for device, first in sorted(waiting.items())
    ]


def _roster_gap(roster: Roster, hub: Path, refused: dict[str, dict]) -> list[Message]:
    """Roster versions up to the one held that the hub lacks (or holds only refused files of)."""
    present = {version for version, path in roster_files(hub) if path.name not in refused}
    missing = [v for v in range(1, roster.version + 1) if v not in present]
    if not missing:
        return []
    return [
        message(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The hub folder lacks team roster version(s) {versions}; the team leader's "
                "next sync puts them back. Until then new colleagues and keys may not reach "
                "every device.",
            ),
            versions=", ".join(str(v) for v in missing),
        )
    ]
