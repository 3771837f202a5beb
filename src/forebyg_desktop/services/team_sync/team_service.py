"""Sync teams: create one, invite a device, join with an invitation.

The leader's device creates the team and signs every roster; a new device
joins with the leader's invitation file plus a one-time code given in person
and is admitted at the leader's next sync. Removing a (lost) device and
publishing a profile are in `team_leader_service`; what the team dialogue
lists is in `team_overview_service`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.ids import new_id
from forebyg_desktop.core.validation import validate_name
from forebyg_desktop.core.validation_rules import field_label
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.session import Session
from forebyg_desktop.sync import crypto, membership
from forebyg_desktop.sync import hub as hub_files
from forebyg_desktop.sync.intake import Intake
from forebyg_desktop.sync.invitation import (
    INVITATION_MAX_BYTES,
    InvitationRecord,
    expiry,
    make_invitation,
    make_join_request,
    open_invitation,
)
from forebyg_desktop.sync.problems import Rejected
from forebyg_desktop.sync.roster import roster_bytes, sign_roster, today
from forebyg_desktop.sync.state import SyncState, TeamInfo
from forebyg_desktop.sync.untrusted import TooLarge, read_bounded

_CTX = "Team"
ROLES = ("staff", "leader")
MAX_PERSON_NAME = 200
# open_invitation's reason when the key from the code does not open the file.
_WRONG_CODE = "the code does not match this invitation"


class TeamRefused(ServiceError):
    """A refused team request in the "Team" context, naming the input it is about.

    `where` is "name", "hub", "file", "code", "out" or "device" ("" when it is
    about no one input), so the team dialogue can show it beside that field.
    """

    def __init__(self, text: str, where: str = "", **params: object) -> None:
        super().__init__(Message(_CTX, text, params), where)


@dataclass(frozen=True)
class TeamSummary:
    team_id: str
    name: str
    device: str
    leader: bool
    hub: str
    fingerprint: str  # of the leader's key, for people to compare

    def as_json(self) -> dict:
        return dict(self.__dict__)


def summary(state: SyncState) -> TeamSummary:
    """This device's team as shown to people (the device must be in a team)."""
    team = state.team()
    assert team is not None
    return TeamSummary(
        team.team_id,
        team.name,
        state.device,
        state.is_leader(),
        str(state.hub() or ""),
        crypto.fingerprint(team.leader_key),
    )


def _usable_hub(hub: Path) -> Path:
    hub = Path(hub).expanduser()
    if not hub_files.reachable(hub):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "The hub folder {hub} does not exist or cannot be written; nothing was changed.",
            ),
            "hub",
            hub=str(hub),
        )
    return hub.resolve()


def _not_in_team(state: SyncState) -> None:
    team = state.team()
    if team is not None:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", 'This device already belongs to the team "{name}".'),
            name=team.name,
        )


def _refuse_bad_name(value: str, where: str, label: str) -> None:
    """The name rules every name obeys (control and direction characters, CPR, length)."""
    errors = validate_name(where, value, label=field_label(label), required=False)
    if errors:
        raise ServiceError(errors[0].message, where)


def create_team(session: Session, name: str, hub: Path) -> TeamSummary:
    """Make this (leader's) device the leader of a new team syncing through `hub`."""
    state = SyncState(session.store)
    _not_in_team(state)
    if session.store.meta_value("role") != "leader":
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "Only a leader's store can create a team (see `forebyg init --role`)."
            )
        )
    if not name.strip():
        raise TeamRefused(QT_TRANSLATE_NOOP("Team", "The team name must not be empty."), "name")
    _refuse_bad_name(name.strip(), "name", QT_TRANSLATE_NOOP("Field", "The team name"))
    hub = _usable_hub(hub)
    sign_public, exchange_public = state.public_keys()
    team = TeamInfo(new_id(), name.strip(), state.device, sign_public)
    keys = {1: crypto.new_symmetric_key()}
    devices = {
        state.device: {
            "sign": sign_public.hex(),
            "exchange": exchange_public.hex(),
            "removed_after": None,
        }
    }
    document = sign_roster(
        team=team,
        version=1,
        epoch=1,
        devices=devices,
        keys=keys,
        leader_signing_key=state.signing_key(),
        labels={state.device: membership.own_label(state, today())},
    )
    data = roster_bytes(document)
    if not hub_files.write_new(hub / hub_files.roster_name(1), data):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "The hub folder {hub} already holds a team; choose an empty folder."
            ),
            "hub",
            hub=str(hub),
        )
    with session.store.transaction():
        state.set_team(team)
        state.add_team_keys(keys)
        state.set_roster_document(document)
        state.add_published_roster(1, data)
        state.set_hub(hub)
    return summary(state)


def invite(session: Session, out: Path, name: str = "", role: str = "staff") -> str:
    """Write an invitation for `name` (as `role`); returns the one-time code to give in person.

    The roster will name the new device's person as given here, whatever the
    joining device says. The invitation is used once and expires after the
    days IT set (`invitation_days`, 14 by default).
    """
    state = SyncState(session.store)
    if not state.is_leader():
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "Only the team leader's device can invite a device.")
        )
    name = " ".join(name.split())
    _refuse_bad_name(name, "person", QT_TRANSLATE_NOOP("Field", "The person's name"))
    if len(name) > MAX_PERSON_NAME:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "The name must be at most {n} characters."),
            "person",
            n=MAX_PERSON_NAME,
        )
    if role not in ROLES:
        raise TeamRefused(QT_TRANSLATE_NOOP("Team", "The role must be staff or leader."), "role")
    out = Path(out)
    if out.exists():
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file} already exists; it was not changed."),
            "out",
            file=str(out),
        )
    team = state.team()
    assert team is not None
    expires = expiry(invitation_days())
    code, invitation, key, data = make_invitation(team, state.team_keys(), expires)
    with session.store.transaction():
        invitations = state.invitations()
        invitations[invitation] = InvitationRecord(key, expires, name, role).as_json()
        state.set_invitations(invitations)
        write_atomic(out, data)
    return code


def invitation_days() -> int:
    """How many days an invitation is valid: IT's `invitation_days`, else 14."""
    from forebyg_desktop.site_config import site_config
    from forebyg_desktop.sync.invitation import DEFAULT_DAYS

    return site_config().invitation_days or DEFAULT_DAYS


def join_team(session: Session, invitation_file: Path, code: str, hub: Path) -> TeamSummary:
    """Join the team of an invitation; the leader's next sync admits this device."""
    state = SyncState(session.store)
    _not_in_team(state)
    hub = _usable_hub(hub)
    try:
        data = read_bounded(Path(invitation_file), INVITATION_MAX_BYTES)
    except TooLarge as exc:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: the file is not a Forebyg invitation."),
            "file",
            file=str(invitation_file),
        ) from exc
    except OSError as exc:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: cannot be read ({reason})."),
            "file",
            file=str(invitation_file),
            reason=exc.strerror,
        ) from exc
    try:
        team, keys, invitation, key = open_invitation(data, code)
    except Rejected as problem:
        raise TeamRefused(
            QT_TRANSLATE_NOOP("Team", "{file}: {reason}."),
            "code" if problem.message.text == _WRONG_CODE else "file",
            file=str(invitation_file),
            reason=problem.message,
        ) from problem
    request = make_join_request(team, invitation, key, state.device, state.public_keys())
    with session.store.transaction():
        state.set_team(team)
        state.add_team_keys(keys)
        state.set_hub(hub)
        if (
            hub_files.write_new_or_alternative(hub, hub_files.join_name(state.device), request)
            is None
        ):
            raise TeamRefused(
                QT_TRANSLATE_NOOP(
                    "Team",
                    "The join request could not be written to the hub folder {hub}; "
                    "nothing was changed.",
                ),
                "hub",
                hub=str(hub),
            )
    membership.adopt_newest_roster(state, hub, Intake(state))
    return summary(state)


def team_summary(session: Session) -> TeamSummary | None:
    state = SyncState(session.store)
    return summary(state) if state.team() else None
