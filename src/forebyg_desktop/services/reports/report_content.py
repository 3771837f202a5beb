"""Printable assessments and action plans for a meeting with the parents (no Qt).

Builds safe HTML (Qt's rich-text subset) from records, the profile and the
child: every record and profile text is escaped. Headings are source strings
in the "Report" context, translated by the `tr(context, text)` callable passed
in (the UI passes `QCoreApplication.translate`; tests pass identity or a dict).
Nothing internal is printed: no ids, no device, no audit data, no reporting-duty
decision. An assessment on the abuse path is refused: parents must not be
informed before the municipality.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from forebyg_desktop.core.guidance import answer_keys, guidance_for, is_abuse_path
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
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

CONTEXT = "Report"
Translate = Callable[[str, str], str]


class S:
    """The source strings of the documents (English, translated in context "Report")."""

    FOR_MEETING = QT_TRANSLATE_NOOP("Report", "For a meeting with the parents")
    PRINTED = QT_TRANSLATE_NOOP("Report", "Printed {date}")
    CONFIDENTIAL = QT_TRANSLATE_NOOP(
        "Report",
        "Confidential: this document holds personal information about a child. "
        "Keep it safe and share it only as the rules on confidentiality allow.",
    )
    NOT_FILLED = QT_TRANSLATE_NOOP("Report", "Not filled in")
    NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "None recorded.")
    CHILD = QT_TRANSLATE_NOOP("Report", "Child")
    BIRTH_DATE = QT_TRANSLATE_NOOP("Report", "Date of birth")
    GROUP = QT_TRANSLATE_NOOP("Report", "Group")
    STATUS = QT_TRANSLATE_NOOP("Report", "Status")
    CHILD_VIEW = QT_TRANSLATE_NOOP("Report", "The child's view")
    PARENTS_VIEW = QT_TRANSLATE_NOOP("Report", "The parents' view")
    FAMILY_RESOURCES = QT_TRANSLATE_NOOP("Report", "The family's resources")
    # The assessment
    ASSESSMENT = QT_TRANSLATE_NOOP("Report", "Wellbeing assessment")
    ASSESSMENT_DATE = QT_TRANSLATE_NOOP("Report", "Date of assessment")
    KIND = QT_TRANSLATE_NOOP("Report", "Kind")
    JOINT = QT_TRANSLATE_NOOP("Report", "Joint assessment")
    INDIVIDUAL = QT_TRANSLATE_NOOP("Report", "Individual assessment")
    ASSESSORS = QT_TRANSLATE_NOOP("Report", "Assessed by")
    DRAFT = QT_TRANSLATE_NOOP("Report", "Draft – not finalised")
    POSITION = QT_TRANSLATE_NOOP("Report", "Position on the worry scale")
    SIGNS = QT_TRANSLATE_NOOP("Report", "Signs we have seen")
    NO_SIGNS = QT_TRANSLATE_NOOP("Report", "No signs are ticked.")
    PROTECTIVE = QT_TRANSLATE_NOOP("Report", "Protective factors")
    OBSERVATIONS = QT_TRANSLATE_NOOP("Report", "Observations")
    QUESTIONS = QT_TRANSLATE_NOOP("Report", "Our questions")
    DO_NOW = QT_TRANSLATE_NOOP("Report", "What happens now")
    INVOLVE = QT_TRANSLATE_NOOP("Report", "Who is involved")
    FOLLOW_UP = QT_TRANSLATE_NOOP("Report", "Follow-up")
    FOLLOW_UP_BY = QT_TRANSLATE_NOOP("Report", "We follow up no later than {date}.")
    # The plan
    PLAN = QT_TRANSLATE_NOOP("Report", "Action plan")
    TEMPLATE = QT_TRANSLATE_NOOP("Report", "Plan")
    CREATED = QT_TRANSLATE_NOOP("Report", "Created")
    COORDINATOR = QT_TRANSLATE_NOOP("Report", "Coordinator")
    NEXT_FOLLOW_UP = QT_TRANSLATE_NOOP("Report", "Next follow-up")
    OPEN = QT_TRANSLATE_NOOP("Report", "Open")
    CLOSED = QT_TRANSLATE_NOOP("Report", "Closed")
    GOALS = QT_TRANSLATE_NOOP("Report", "Goals")
    GOAL = QT_TRANSLATE_NOOP("Report", "Goal")
    INDICATOR = QT_TRANSLATE_NOOP("Report", "How we will see that the goal is reached")
    INDICATOR_SHORT = QT_TRANSLATE_NOOP("Report", "Indicator")
    MEASURES = QT_TRANSLATE_NOOP("Report", "Measures")
    MEASURE = QT_TRANSLATE_NOOP("Report", "Measure")
    RESPONSIBLE = QT_TRANSLATE_NOOP("Report", "Responsible")
    DEADLINE = QT_TRANSLATE_NOOP("Report", "Deadline")
    EVALUATIONS = QT_TRANSLATE_NOOP("Report", "Follow-ups so far")
    PROGRESS = QT_TRANSLATE_NOOP("Report", "Progress")
    MET = QT_TRANSLATE_NOOP("Report", "Reached?")
    MET_YES = QT_TRANSLATE_NOOP("Report", "Reached")
    MET_NO = QT_TRANSLATE_NOOP("Report", "Not reached yet")
    MET_UNKNOWN = QT_TRANSLATE_NOOP("Report", "Not judged")
    NEXT_FOLLOW_UP_ON = QT_TRANSLATE_NOOP("Report", "Next follow-up: {date}")
    CONTINUE = QT_TRANSLATE_NOOP("Report", "Continue the plan")
    STEP_UP = QT_TRANSLATE_NOOP("Report", "Step up the effort")
    STEP_DOWN = QT_TRANSLATE_NOOP("Report", "Step down the effort")
    CLOSE = QT_TRANSLATE_NOOP("Report", "Close the plan")
    # Refusals
    ABUSE_PATH = QT_TRANSLATE_NOOP(
        "Report",
        "This assessment is on the abuse path: it is not printed for a meeting with parents, "
        "because the parents must not be informed before the municipality.",
    )
    NO_POSITION = QT_TRANSLATE_NOOP("Report", "The assessment has no position on the scale yet.")
    CORRECTED = QT_TRANSLATE_NOOP(
        "Report", "This assessment has been corrected; print the newest version."
    )


_DECISIONS = {
    EvaluationDecision.CONTINUE: S.CONTINUE,
    EvaluationDecision.STEP_UP: S.STEP_UP,
    EvaluationDecision.STEP_DOWN: S.STEP_DOWN,
    EvaluationDecision.CLOSE: S.CLOSE,
}
_MET = {True: S.MET_YES, False: S.MET_NO, None: S.MET_UNKNOWN}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

STYLE = """
h1 { font-size: 18pt; font-weight: bold; color: #1F3A5F; margin-top: 14px; margin-bottom: 8px; }
h2 { font-size: 12.5pt; font-weight: bold; color: #1F3A5F; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul { margin-top: 2px; margin-bottom: 4px; }
li { margin-bottom: 2px; }
.municipality { font-size: 15pt; font-weight: bold; color: #1F3A5F; margin-bottom: 2px; }
.muted { color: #505050; }
.empty { color: #6B6B6B; font-style: italic; }
.key { font-weight: bold; color: #333333; }
.label { font-size: 15pt; font-weight: bold; margin-bottom: 4px; }
.notice { color: #505050; font-size: 8.5pt; }
th { background-color: #E6ECF3; font-weight: bold; }
"""


def no_translation(context: str, text: str) -> str:
    """The source text unchanged (English)."""
    return text


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


def esc(text: str) -> str:
    """`text` escaped for HTML text and attribute values."""
    return html.escape(text, quote=True)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Writer:
    """Translation, dates and escaped HTML pieces in one language."""

    def __init__(self, tr: Translate, lang: str) -> None:
        self.tr = tr
        self.lang = "en" if lang == "en" else "da"

    def t(self, source: str) -> str:
        return self.tr(CONTEXT, source)

    def date(self, d: date | None) -> str:
        if d is None:
            return "—"
        return f"{d.day:02d}.{d.month:02d}.{d.year}" if self.lang == "da" else d.isoformat()

    def text(self, value: str) -> str:
        """A user text as paragraphs; an empty one says so."""
        if not value.strip():
            return f'<p class="empty">{esc(self.t(S.NOT_FILLED))}</p>'
        return "".join(f"<p>{esc(line)}</p>" for line in _lines(value))

    def section(self, heading: str, body: str) -> str:
        return f"<h2>{esc(self.t(heading))}</h2>{body}"

    def sub(self, heading: str, body: str) -> str:
        return f"<h3>{esc(heading)}</h3>{body}"

    def bullets(self, items: Iterable[str], none: str = "") -> str:
        lis = "".join(f"<li>{esc(i)}</li>" for i in items)
        if lis:
            return f"<ul>{lis}</ul>"
        return f'<p class="empty">{esc(self.t(none))}</p>' if none else ""

    def facts(self, rows: Sequence[tuple[str, str]]) -> str:
        cells = "".join(
            f'<tr><td class="key" width="28%">{esc(self.t(k))}</td><td>{esc(v)}</td></tr>'
            for k, v in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>'

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: str) -> str:
        """A bordered table; `widths` like "50% 30% 20%"."""
        if not rows:
            return self.bullets((), S.NONE_RECORDED)
        head = "".join(
            f'<th align="left" width="{w}">{esc(self.t(h) if h else "")}</th>'
            for h, w in zip(headers, widths.split(), strict=True)
        )
        body = "".join(
            "<tr>" + "".join(f'<td valign="top">{esc(c)}</td>' for c in r) + "</tr>" for r in rows
        )
        return (
            '<table width="100%" border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-color: #9AA7B4;">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )

    def header(self, profile: Profile, heading: str, today: date) -> str:
        """The title block: municipality, profile, what the document is for, print date."""
        muni = profile.municipality or profile.name.get(self.lang)
        profile_name = profile.name.get(self.lang) if profile.municipality else ""
        printed = self.t(S.PRINTED).format(date=self.date(today))
        return (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top"><p class="municipality">{esc(muni)}</p>'
            f'<p class="muted">{esc(profile_name)}</p></td>'
            f'<td valign="top" align="right"><p class="muted">{esc(self.t(S.FOR_MEETING))}</p>'
            f'<p class="muted">{esc(printed)}</p></td></tr></table>'
            f"<hr><h1>{esc(self.t(heading))}</h1>"
        )

    def document(self, title: str, parts: Iterable[str]) -> str:
        notice = f'<hr><p class="notice">{esc(self.t(S.CONFIDENTIAL))}</p>'
        return (
            '<html><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}{notice}</body></html>"
        )


def _child_rows(w: _Writer, child: Child) -> list[tuple[str, str]]:
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


def _position_box(w: _Writer, profile: Profile, key: str) -> str:
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
    a, w = assessment, _Writer(tr, lang)
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
            w.bullets(_lines(sp.do_now.get(w.lang)))
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


def _questions(w: _Writer, profile: Profile, a: Assessment) -> str:
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
    w = _Writer(tr, lang)
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


def _evaluations(w: _Writer, evaluations: Sequence[PlanEvaluation]) -> str:
    out = []
    for e in sorted(evaluations, key=lambda e: e.date):
        rows = [(p.indicator or "—", p.progress or "—", w.t(_MET[p.met])) for p in e.progress]
        body = w.grid([S.INDICATOR_SHORT, S.PROGRESS, S.MET], rows, "40% 42% 18%") if rows else ""
        if e.next_follow_up is not None:
            nxt = w.t(S.NEXT_FOLLOW_UP_ON).format(date=w.date(e.next_follow_up))
            body += f'<p class="muted">{esc(nxt)}</p>'
        out.append(w.sub(f"{w.date(e.date)} – {w.t(_DECISIONS[e.decision])}", body))
    return "".join(out)


# --- from the store (audited) -------------------------------------------------
