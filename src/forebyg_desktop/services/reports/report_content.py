"""Printable assessments and action plans for a meeting with the parents (no Qt).

Builds safe HTML (Qt's rich-text subset) from records, the profile and the
child: every record and profile text is escaped. Headings are source strings
in the "Report" context, translated by the `tr(context, text)` callable passed
in (the UI passes `QCoreApplication.translate`; tests pass identity or a dict);
the strings are in `report_strings`, the HTML pieces in `report_html`.
Nothing internal is printed: no ids, no device, no audit data, no reporting-duty
decision. An assessment on the abuse path is refused: parents must not be
informed before the municipality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from forebyg_desktop.core.guidance import answer_keys, guidance_for, is_abuse_path
from forebyg_desktop.core.i18n import Message
from forebyg_desktop.core.profile import EvaluationDecision, Profile
from forebyg_desktop.core.records import (
    ActionPlan,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Child,
    ParentsInformed,
    PlanEvaluation,
    PlanStatus,
)
from forebyg_desktop.services.errors import ServiceError
from forebyg_desktop.services.reports.report_html import Writer, esc, lines
from forebyg_desktop.services.reports.report_strings import (
    CONTEXT,
    S,
    Translate,
    no_translation,
)

_DECISIONS = {
    EvaluationDecision.CONTINUE: S.CONTINUE,
    EvaluationDecision.STEP_UP: S.STEP_UP,
    EvaluationDecision.STEP_DOWN: S.STEP_DOWN,
    EvaluationDecision.CLOSE: S.CLOSE,
}
_MET = {True: S.MET_YES, False: S.MET_NO, None: S.MET_UNKNOWN}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class ReportRefused(ServiceError):
    """The record must not be printed for the parents; `message` is translatable."""

    def __init__(self, text: str) -> None:
        super().__init__(Message(CONTEXT, text))


@dataclass(frozen=True)
class Report:
    """A printable document: HTML for QTextDocument, a title and a file name.

    `entity`, `record_id` and `child_id` are for the audit log only; they are
    never part of `html`, `title` or `filename`.
    """

    title: str
    html: str
    filename: str
    entity: str
    record_id: str
    child_id: str


def _child_rows(w: Writer, child: Child) -> list[tuple[str, str]]:
    return [
        (S.CHILD, child.name),
        (S.BIRTH_DATE, w.date(child.birth_date)),
        (S.GROUP, child.group or "—"),
    ]


def _tint(colour: str, share: float) -> str:
    """`colour` mixed with white (`share` of the colour)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02X}" for c in rgb)


def _ink_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#FFFFFF"


def _filename(kind: str, child: Child, on: date) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", f"{kind} {child.name} {on.isoformat()}")
    return re.sub(r"\s+", " ", name).strip() + ".pdf"


def _check_profile(profile: Profile, profile_id: str) -> None:
    if profile_id != profile.id:
        raise ValueError(f'The record was made under profile "{profile_id}", not "{profile.id}".')


def refuse_if_abuse_path(profile: Profile, assessment: Assessment) -> None:
    """Raise ReportRefused when `assessment` is on the abuse path."""
    withheld = assessment.parents_informed is ParentsInformed.WITHHELD
    if withheld or is_abuse_path(profile, assessment.signs):
        raise ReportRefused(S.ABUSE_PATH)


def _position_box(w: Writer, profile: Profile, key: str) -> str:
    """The position as label and symbol in text, its colour as border and background."""
    position = profile.scale.position(key)
    if position is None:
        raise ReportRefused(S.NO_POSITION)
    colour = position.colour if _COLOUR.match(position.colour) else "#777777"
    symbol, label = esc(position.symbol), esc(position.label.get(w.lang))
    # The symbol in text too, unless the label already starts with it ("5 – ...").
    marker = f"{symbol} " if symbol and not label.startswith(symbol) else ""
    return (
        f'<p class="muted">{esc(profile.scale.name.get(w.lang))}</p>'
        '<table width="100%" border="2" cellspacing="0" cellpadding="10" '
        f'style="border-collapse: collapse; border-style: solid; border-color: {colour};"><tr>'
        f'<td width="12%" align="center" valign="middle" bgcolor="{colour}">'
        f'<span style="font-size: 24pt; color: {_ink_on(colour)};">{symbol}</span></td>'
        f'<td valign="middle" bgcolor="{_tint(colour, 0.14)}"><p class="label">{marker}{label}</p>'
        f"<p>{esc(position.description.get(w.lang))}</p></td></tr></table>"
    )


def assessment_report(
    assessment: Assessment,
    child: Child,
    profile: Profile,
    *,
    lang: str = "da",
    tr: Translate = no_translation,
    today: date | None = None,
) -> Report:
    """The assessment as a document for the parents; refuses the abuse path."""
    a, w = assessment, Writer(tr, lang)
    _check_profile(profile, a.profile_id)
    refuse_if_abuse_path(profile, a)
    box = _position_box(w, profile, a.position)
    rows = [
        *_child_rows(w, child),
        (S.ASSESSMENT_DATE, w.date(a.date)),
        (S.KIND, w.t(S.JOINT if a.kind is AssessmentKind.JOINT else S.INDIVIDUAL)),
        (S.ASSESSORS, ", ".join(a.assessors) or "—"),
    ]
    if a.status is AssessmentStatus.DRAFT:
        rows.append((S.STATUS, w.t(S.DRAFT)))
    ticked = set(a.signs)
    signs = "".join(
        w.sub(
            d.label.get(w.lang), w.bullets(s.label.get(w.lang) for s in d.signs if s.key in ticked)
        )
        for d in profile.sign_domains
        if any(s.key in ticked for s in d.signs)
    )
    factors = (f.label.get(w.lang) for k in a.protective if (f := profile.protective_factor(k)))
    guidance = guidance_for(profile, a.position, a.signs)
    sp = guidance.signpost
    follow_up = w.t(S.FOLLOW_UP_BY).format(date=w.date(guidance.follow_up_date(a.date)))
    parts = [
        w.header(profile, S.ASSESSMENT, today or date.today()),
        w.facts(rows),
        w.section(S.POSITION, box),
        w.section(S.SIGNS, signs or w.bullets((), S.NO_SIGNS)),
        w.section(S.PROTECTIVE, w.bullets(factors, S.NONE_RECORDED)),
        w.section(S.OBSERVATIONS, w.text(a.observations)),
        _questions(w, profile, a),
        w.section(S.CHILD_VIEW, w.text(a.child_view)),
        w.section(S.PARENTS_VIEW, w.text(a.parents_view)),
        w.section(S.FAMILY_RESOURCES, w.text(a.family_resources)),
        w.section(
            S.DO_NOW,
            w.bullets(lines(sp.do_now.get(w.lang)))
            + w.sub(w.t(S.INVOLVE), w.text(sp.involve.get(w.lang)))
            + w.sub(w.t(S.FOLLOW_UP), f"<p>{esc(follow_up)}</p>"),
        ),
    ]
    title = f"{w.t(S.ASSESSMENT)} – {child.name}"
    return Report(
        title=title,
        html=w.document(title, parts),
        filename=_filename(w.t(S.ASSESSMENT), child, a.date),
        entity="assessment",
        record_id=a.id,
        child_id=child.id,
    )


def _questions(w: Writer, profile: Profile, a: Assessment) -> str:
    """Answers to the profile's questions (Signs of Safety), if any."""
    labels = [q.get(w.lang) for q in profile.practice.questions]
    labels += [i.label.get(w.lang) for i in profile.framework if i.kind == "question"]
    body = "".join(
        w.sub(label, w.text(a.answers[key]))
        for key, label in zip(answer_keys(profile), labels, strict=False)
        if a.answers.get(key, "").strip()
    )
    return w.section(S.QUESTIONS, body) if body else ""


def plan_report(
    plan: ActionPlan,
    child: Child,
    profile: Profile,
    *,
    evaluations: Sequence[PlanEvaluation] = (),
    assessments: Sequence[Assessment] = (),
    lang: str = "da",
    tr: Translate = no_translation,
    today: date | None = None,
) -> Report:
    """The action plan as a document for the parents.

    `assessments` are the plan's assessment and the child's current one; if
    any is on the abuse path the plan is refused too.
    """
    w = Writer(tr, lang)
    _check_profile(profile, plan.profile_id)
    for a in assessments:
        refuse_if_abuse_path(profile, a)
    template = profile.plan_template(plan.template)
    rows = [
        *_child_rows(w, child),
        (S.TEMPLATE, template.label.get(w.lang) if template else "—"),
        (S.CREATED, w.date(plan.created)),
        (S.COORDINATOR, plan.coordinator or "—"),
        (S.NEXT_FOLLOW_UP, w.date(plan.follow_up)),
        (S.STATUS, w.t(S.CLOSED if plan.status is PlanStatus.CLOSED else S.OPEN)),
    ]
    goals = [(str(i), g.goal, g.indicator or "—") for i, g in enumerate(plan.goals, 1)]
    measures = [(m.text, m.responsible or "—", w.date(m.deadline)) for m in plan.measures]
    parts = [
        w.header(profile, S.PLAN, today or date.today()),
        w.facts(rows),
        w.section(S.GOALS, w.grid(["", S.GOAL, S.INDICATOR], goals, "5% 47% 48%")),
        w.section(
            S.MEASURES,
            w.grid([S.MEASURE, S.RESPONSIBLE, S.DEADLINE], measures, "55% 28% 17%"),
        ),
        w.section(S.CHILD_VIEW, w.text(plan.child_view)),
        w.section(S.PARENTS_VIEW, w.text(plan.parents_view)),
        w.section(S.FAMILY_RESOURCES, w.text(plan.family_resources)),
    ]
    if evaluations:
        parts.append(w.section(S.EVALUATIONS, _evaluations(w, evaluations)))
    title = f"{w.t(S.PLAN)} – {child.name}"
    return Report(
        title=title,
        html=w.document(title, parts),
        filename=_filename(w.t(S.PLAN), child, plan.created or plan.follow_up),
        entity="plan",
        record_id=plan.id,
        child_id=child.id,
    )


def _evaluations(w: Writer, evaluations: Sequence[PlanEvaluation]) -> str:
    out = []
    for e in sorted(evaluations, key=lambda e: e.date):
        rows = [(p.indicator or "—", p.progress or "—", w.t(_MET[p.met])) for p in e.progress]
        body = w.grid([S.INDICATOR_SHORT, S.PROGRESS, S.MET], rows, "40% 42% 18%") if rows else ""
        if e.next_follow_up is not None:
            nxt = w.t(S.NEXT_FOLLOW_UP_ON).format(date=w.date(e.next_follow_up))
            body += f'<p class="muted">{esc(nxt)}</p>'
        out.append(w.sub(f"{w.date(e.date)} – {w.t(_DECISIONS[e.decision])}", body))
    return "".join(out)
