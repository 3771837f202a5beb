"""What the assessment dialogue does apart from laying out (the view: assessment_dialog.py).

It holds what the dialogue opened with (`AssessmentStart`: a draft to resume,
the individual assessments a joint one rests on, the assessment a correction
supersedes), turns what the form shows (`FormState`) into the draft's fields
and a draft back into a `FormState`, asks the services for the signpost, and
makes the finalise job. No widget and no Qt here: the view reads and sets its
widgets, the controller decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forebyg_desktop.core.guidance import (
    Guidance,
    age_in_months,
    answer_keys,
    is_abuse_path,
    known_signs,
    signs_for_age,
)
from forebyg_desktop.core.profile import SignDomain
from forebyg_desktop.core.records import Assessment, ReportDecision
from forebyg_desktop.services.assessment.assessment_flow_service import (
    AssessmentStart,
    finalise_individual,
    finalise_joint,
    guidance_for_draft,
)
from forebyg_desktop.services.assessment.correction_flow_service import finalise_correction
from forebyg_desktop.services.drafts.draft_service import save_draft
from forebyg_desktop.services.session import Session
from forebyg_desktop.ui.kit.dialog_parts import iso_date

TEXT_FIELDS = ("observations", "child_view", "parents_view", "family_resources")


@dataclass
class FormState:
    """What the form shows, as plain values."""

    assessors: str = ""  # names, separated by commas
    position: str = ""  # a scale key, "" while none is chosen
    signs: list[str] = field(default_factory=list)
    protective: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # TEXT_FIELDS
    answers: dict[str, str] = field(default_factory=dict)  # the profile's questions
    agreed_reason: str = ""
    based_on: list[str] | None = None  # the individual assessments ticked; None: all
    parents_informed: str = "not_yet"
    parents_how: str = ""
    report_choice: str = ""  # ReportDecision.REPORTED or NOT_REPORTED, or "" (none yet)
    report_date: date | None = None  # None: today
    report_by: str = ""
    report_reason: str = ""


@dataclass(frozen=True)
class Signpost:
    """What the signpost beside the form shows for the position and signs chosen."""

    guidance: Guidance | None
    assessment_date: date
    duty_from_signs: bool  # signs alone bring the reporting duty
    abuse_from_signs: bool  # signs alone put the case on the abuse path


class AssessmentController:
    """One individual, joint or corrected assessment of `child` being written."""

    def __init__(self, session: Session, child: dict, start: AssessmentStart) -> None:
        self.session = session
        self.profile = session.profile
        self.child = child
        self.kind = start.kind
        self.individuals: list[Assessment] = list(start.individuals)
        self.corrects = start.corrects  # a correction of this finalised assessment
        self.today = session.today()
        self._draft: dict[str, Any] = dict(start.fields)
        self.assessment_date = iso_date(self._draft.get("date")) or self.today

    @property
    def joint(self) -> bool:
        return self.kind == "joint"

    @property
    def user(self) -> str:
        """Who is writing (the assessor, and the reporter, until changed)."""
        return self.session.user

    def age_in_months(self) -> int | None:
        """The child's age on the assessment's day (None without a usable birth date)."""
        birth = iso_date(self.child.get("birth_date"))
        return age_in_months(birth, self.today) if birth and birth <= self.today else None

    def sign_domains(self) -> tuple[SignDomain, ...]:
        """The signs to offer: those for the child's age, or all of them."""
        months = self.age_in_months()
        return self.profile.sign_domains if months is None else signs_for_age(self.profile, months)

    def questions(self, lang: str) -> list[tuple[str, str]]:
        """The profile's questions to answer, as (answer key, question text in `lang`)."""
        texts = {f"q{i}": q.get(lang) for i, q in enumerate(self.profile.practice.questions, 1)}
        texts.update(
            {f.key: f.label.get(lang) for f in self.profile.framework if f.kind == "question"}
        )
        return [(key, texts.get(key, key)) for key in answer_keys(self.profile)]

    # --- the draft ----------------------------------------------------------------------

    def restored(self) -> FormState:
        """What the form shows on opening: the draft resumed, or a new one by the user."""
        f = self._draft
        names = f.get("assessors")
        if isinstance(names, list) and names:
            assessors = ", ".join(str(n) for n in names)
        else:
            assessors = "" if f else self.user
        answers = f.get("answers") if isinstance(f.get("answers"), dict) else {}
        based_on = f.get("based_on")
        return FormState(
            assessors=assessors,
            position=f.get("position") or "",
            signs=list(f.get("signs") or []),
            protective=list(f.get("protective") or []),
            texts={key: str(f.get(key) or "") for key in TEXT_FIELDS},
            answers={key: str(answers.get(key) or "") for key in answer_keys(self.profile)},
            agreed_reason=str(f.get("agreed_reason") or ""),
            based_on=based_on if isinstance(based_on, list) else None,
            parents_informed=f.get("parents_informed") or "not_yet",
            parents_how=str(f.get("parents_informed_how") or ""),
            report_choice=f.get("report_choice") or f.get("report_decision") or "",
            report_date=iso_date(f.get("report_date")),
            report_by=str(f.get("report_by") or ""),
            report_reason=str(f.get("report_reason") or ""),
        )

    def fields(self, state: FormState, report_applies: bool) -> dict[str, Any]:
        """The draft's fields for what the form shows (`report_applies`: the signpost asks
        for a report decision)."""
        if state.report_choice == ReportDecision.REPORTED.value:
            decision = ReportDecision.REPORTED
        elif state.report_choice == ReportDecision.NOT_REPORTED.value:
            decision = ReportDecision.NOT_REPORTED
        else:
            decision = ReportDecision.PENDING
        reported = decision is ReportDecision.REPORTED
        fields: dict[str, Any] = {
            "kind": self.kind,
            **({"supersedes": self.corrects} if self.corrects else {}),
            "child_id": self.child["id"],
            "date": self.assessment_date.isoformat(),
            "assessors": [n.strip() for n in state.assessors.split(",") if n.strip()],
            "position": state.position,
            "signs": list(state.signs),
            "protective": list(state.protective),
            **{k: state.texts.get(k, "") for k in TEXT_FIELDS},
            "answers": {k: text for k, text in state.answers.items() if text},
            "agreed_reason": state.agreed_reason if self.joint else "",
            "parents_informed": state.parents_informed,
            "parents_informed_how": state.parents_how,
            "report_choice": decision.value,  # what was chosen, even while not applicable
            "report_decision": decision.value,
            "report_date": (state.report_date or self.today).isoformat() if reported else "",
            "report_by": state.report_by if reported else "",
            "report_reason": state.report_reason,
            "status": "draft",
            "profile_id": self.profile.id,
            "profile_version": self.profile.version,
        }
        if self.joint:
            chosen = state.based_on
            fields["based_on"] = [
                a.id for a in self.individuals if chosen is None or a.id in chosen
            ]
        if not report_applies and decision is ReportDecision.PENDING:
            fields["report_decision"] = ReportDecision.NOT_APPLICABLE.value
        return fields

    def signpost(self, fields: dict[str, Any]) -> Signpost:
        """The signpost for the draft's position and signs (signs alone can bring the duty)."""
        signs = known_signs(self.profile, fields["signs"])
        return Signpost(
            guidance=guidance_for_draft(self.session, fields),
            assessment_date=self.assessment_date,
            duty_from_signs=any(s.indicates_abuse or s.triggers_reporting_duty for s in signs),
            abuse_from_signs=is_abuse_path(self.profile, fields["signs"]),
        )

    # --- finalising ---------------------------------------------------------------------

    def finalise_job(self, draft_id: str, fields: dict[str, Any]) -> Callable[[], str]:
        """The store job: save the draft as the form shows it, then finalise it (its id)."""
        s, child_id = self.session, self.child["id"]
        if self.corrects:
            finalise = finalise_correction
        else:
            finalise = finalise_joint if self.joint else finalise_individual

        def job() -> str:
            save_draft(s, "assessment", draft_id, child_id, fields)
            return finalise(s, draft_id)

        return job
