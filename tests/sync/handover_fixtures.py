"""Two institutions with real encrypted stores, and a child at the sending one."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from forebyg_desktop.core.profile import EvaluationDecision
from forebyg_desktop.core.records import (
    Assessment,
    AssessmentStatus,
    IndicatorProgress,
    ParentsInformed,
    PlanEvaluation,
    ReportDecision,
)
from forebyg_desktop.services.assessment.assessment_service import quick_assessment
from forebyg_desktop.services.child.child_service import add_child
from forebyg_desktop.services.handover.consent_service import record_consent
from forebyg_desktop.services.handover.institution_service import (
    Institution,
    require_institution,
    write_public_key,
)
from forebyg_desktop.services.plan.plan_service import quick_plan
from forebyg_desktop.services.session import Session, create_session
from forebyg_desktop.store.operation import Change
from forebyg_desktop.store.profile_repo import load_bundled_profile
from forebyg_desktop.sync import handover_file
from forebyg_desktop.sync.institution_key import b64
from tests.conftest import PASSPHRASE

TOPI = load_bundled_profile("topi")
ABUSE_SIGN = next(s.key for s in TOPI.all_signs() if s.indicates_abuse)
PLAIN_SIGN = next(s.key for s in TOPI.all_signs() if not s.indicates_abuse)
CHILD_NAME = "Zainab Kristiansen-Holm"
NOTE = "Græder ofte ved aflevering om morgenen"
ABUSE_NOTE = "Blå mærker på overarmen, siger far har taget hårdt fat"
DRAFT_NOTE = "Udkast: endnu ikke drøftet med forældrene"
PLAN_GOAL = "Zainab deltager i fælles leg tre gange om ugen"
EVAL_NOTE = "Leger nu fast med to andre piger"
SENDER = "Børnehuset Solsikken"
RECEIVER = "Skovbo Skole"


@dataclass
class Institutions:
    sender: Session
    receiver: Session
    receiver_key: Path
    child_id: str
    assessment_id: str
    abuse_id: str
    draft_id: str
    plan_id: str
    abuse_plan_id: str
    evaluation_id: str
    folder: Path

    def consent(self, covers=("assessments", "plans", "evaluations"), **kw) -> str:
        args = {
            "child_id": self.child_id,
            "given_by": "Amina Holm (mor)",
            "covers": covers,
            "recipient": RECEIVER,
            "purpose": "Overgang fra børnehave til skole",
            "expires": self.sender.today() + timedelta(days=180),
            **kw,
        }
        return record_consent(self.sender, **args)

    def op_count(self, session: Session) -> int:
        return session.store.db.execute("SELECT count(*) FROM oplog").fetchone()[0]


def _assessment(session: Session, child_id: str, **kw) -> str:
    a = Assessment(
        id=kw.pop("id"),
        child_id=child_id,
        date=session.today(),
        profile_id=TOPI.id,
        profile_version=TOPI.version,
        assessors=(session.user,),
        **kw,
    )
    session.store.write([Change("assessment", a.id, a.to_fields())])
    return a.id


def make_institutions(tmp_path: Path) -> Institutions:
    sender = create_session(tmp_path / "sender", PASSPHRASE, profile_id="topi", user="Mette Hansen")
    receiver = create_session(
        tmp_path / "receiver", PASSPHRASE, profile_id="topi", user="Jens Lund"
    )
    folder = tmp_path / "files"
    folder.mkdir()
    key = folder / "skovbo.key"
    write_public_key(receiver, key, RECEIVER)
    write_public_key(sender, folder / "solsikken.key", SENDER)

    cid = add_child(sender, CHILD_NAME, "2020-05-01", "Sommerfuglene")
    aid = quick_assessment(
        sender, child_id=cid, position="yellow", signs=[PLAIN_SIGN], protective=[], note=NOTE
    ).id
    abuse = _assessment(
        sender,
        cid,
        id="abuse-1",
        position="red",
        signs=(ABUSE_SIGN,),
        observations=ABUSE_NOTE,
        parents_informed=ParentsInformed.WITHHELD,
        report_decision=ReportDecision.REPORTED,
        status=AssessmentStatus.FINAL,
    )
    draft = _assessment(sender, cid, id="draft-1", position="green", observations=DRAFT_NOTE)
    template = TOPI.plan_templates[0].key
    follow_up = (sender.today() + timedelta(weeks=6)).isoformat()
    pid = quick_plan(sender, child_id=cid, template=template, goal=PLAN_GOAL, follow_up=follow_up)
    abuse_pid = quick_plan(
        sender,
        child_id=cid,
        template=template,
        goal="Tæt kontakt til kommunen",
        follow_up=follow_up,
    )
    sender.store.write(
        [
            Change("plan", pid, {"assessment_id": aid}),
            Change("plan", abuse_pid, {"assessment_id": abuse}),
        ]
    )
    ev = PlanEvaluation(
        id="eval-1",
        plan_id=pid,
        child_id=cid,
        date=sender.today(),
        decision=EvaluationDecision.CONTINUE,
        progress=(IndicatorProgress(indicator="leg", progress="bedre", met=True),),
        note=EVAL_NOTE,
        by="Mette Hansen",
        next_follow_up=sender.today() + timedelta(weeks=4),
    )
    sender.store.write([Change("evaluation", ev.id, ev.to_fields())])
    return Institutions(
        sender, receiver, key, cid, aid, abuse, draft, pid, abuse_pid, ev.id, folder
    )


@pytest.fixture(name="inst")
def inst_fixture(tmp_path: Path):
    """A daycare (sender) and a school (receiver), both with institution keys."""
    made = make_institutions(tmp_path)
    yield made
    made.sender.close()
    made.receiver.close()


def forged(kind: str, body: dict, to: Institution, signing_key: bytes) -> bytes:
    """A file as some program holding `signing_key` would seal it to `to`."""
    return handover_file.pack(
        kind,
        body,
        recipient_fingerprint=to.fingerprint,
        recipient_exchange_key=to.public.exchange_key,
        signing_private_key=signing_key,
    )


def opened_body(inst: Institutions, path: Path) -> dict:
    """The signed body of a handover file, as the receiver's key opens it."""
    me = require_institution(inst.receiver)
    return handover_file.open_sealed(
        handover_file.parse(path.read_bytes()), me.exchange_private
    ).body


def signed_by(body: dict, signer: Institution, to: Institution) -> bytes:
    """`body` as a handover from `signer` (its keys in the sender block), sealed to `to`."""
    own = signer.public
    body = {
        **copy.deepcopy(body),
        "sender": {
            "institution": own.institution,
            "fingerprint": own.fingerprint,
            "exchange_key": b64(own.exchange_key),
            "signing_key": b64(own.signing_key),
        },
    }
    return forged("handover", body, to, signer.signing_private)


@pytest.fixture(name="forger")
def forger_fixture(tmp_path: Path):
    """Another Forebyg install whose institution key is made under the sender's name."""
    session = create_session(tmp_path / "forger", PASSPHRASE, profile_id="topi", user="X")
    write_public_key(session, tmp_path / "forger.key", SENDER)
    yield require_institution(session)
    session.close()


def yesterday(session: Session) -> date:
    return session.today() - timedelta(days=1)
