"""Recording, listing and withdrawing parents' consent to share."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.errors import ServiceError, ValidationFailed
from forebyg_desktop.services.handover.consent_service import (
    list_consents,
    record_consent,
    withdraw_consent,
)
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.store.errors import RecordNotFound
from tests.conftest import PASSPHRASE


@pytest.fixture
def session(tmp_path: Path):
    with create_session(tmp_path, PASSPHRASE, profile_id="topi", user="Mette Hansen") as s:
        yield s


def _consent(session: Session, child_id: str, **kw) -> str:
    args = {
        "child_id": child_id,
        "given_by": "Anne Sørensen (mor)",
        "covers": ["assessments", "plans"],
        "recipient": "Skovbo Skole",
        "purpose": "Skolestart",
        "expires": (session.today() + timedelta(days=90)).isoformat(),
        **kw,
    }
    return record_consent(session, **args)


def test_consent_is_recorded_listed_and_withdrawn(session: Session) -> None:
    cid = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    kid = _consent(session, cid)
    [consent] = list_consents(session, cid)
    assert consent.id == kid and consent.covers == ("assessments", "plans")
    assert consent.is_active(session.today())
    withdraw_consent(session, kid)
    [consent] = list_consents(session, cid)
    assert consent.withdrawn == session.today() and not consent.is_active(session.today())
    with pytest.raises(ServiceError, match="already withdrawn"):
        withdraw_consent(session, kid)
    actions = [(e["action"], e["entity"]) for e in session.store.audit.entries(cid)]
    assert ("write", "consent") in actions and ("read", "consent") in actions


def test_incomplete_consent_is_refused_with_every_problem(session: Session) -> None:
    cid = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    with pytest.raises(ValidationFailed) as err:
        _consent(
            session,
            cid,
            given_by=" ",
            covers=["assessments", "cpr"],
            purpose="",
            expires=session.today().isoformat(),
        )
    fields = {p.where for p in err.value.problems}
    assert {"given_by", "covers", "purpose", "expires"} <= fields
    assert list_consents(session, cid) == []


def test_bad_date_and_unknown_child(session: Session) -> None:
    cid = add_child(session, "Ida Sørensen", "2021-04-12", "Sommerfuglene")
    with pytest.raises(ValidationFailed, match="expires"):
        _consent(session, cid, expires="1. juni")
    with pytest.raises(RecordNotFound, match="No child"):
        _consent(session, "nobody")
