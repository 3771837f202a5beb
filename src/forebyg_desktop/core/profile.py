"""The strategy profile model: a municipality's worry scale, signpost, signs and plans.

Profiles are data (JSON files in `resources/profiles/`); `profile_loader` turns
a file into these frozen dataclasses and `profile_validator` explains what is
wrong with a broken one. Everything here is plain Python: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class LocalText:
    """A text in Danish (the default) and English."""

    da: str
    en: str

    def get(self, lang: str = "da") -> str:
        """The text in `lang` ("da" or "en"), falling back to Danish."""
        return self.en if lang == "en" and self.en else self.da


class ReportingDuty(StrEnum):
    """Whether the reporting duty (Barnets Lov § 133) applies at a position."""

    NO = "no"  # not by the position alone (signs may still trigger it)
    CONSIDER = "consider"  # assess now whether there is reason to assume a need for support
    YES = "yes"  # the position means there is reason to assume it: report


class EvaluationDecision(StrEnum):
    """What a plan evaluation decides."""

    CONTINUE = "continue"
    STEP_UP = "step_up"
    STEP_DOWN = "step_down"
    CLOSE = "close"


@dataclass(frozen=True)
class Signpost:
    """The municipality's "vejviser" for one position: what to do next."""

    do_now: LocalText
    involve: LocalText
    follow_up_weeks: int
    reporting_duty: ReportingDuty
    # Whether the position calls for an action plan (yellow/red in TOPI).
    plan_required: bool = False


@dataclass(frozen=True)
class Position:
    """One ordered position on the worry scale (index 0 = least worry)."""

    key: str
    colour: str  # "#RRGGBB"
    label: LocalText
    description: LocalText
    signpost: Signpost
    # A short non-colour marker for chips and print ("1", "2", "3" or an icon key)
    symbol: str = ""


@dataclass(frozen=True)
class WorryScale:
    """The ordered worry scale; the first position is the least worry."""

    name: LocalText
    positions: tuple[Position, ...]

    def position(self, key: str) -> Position | None:
        """The position with `key`, or None."""
        return next((p for p in self.positions if p.key == key), None)

    def rank(self, key: str) -> int:
        """Index of `key` on the scale (raises KeyError if unknown)."""
        for i, p in enumerate(self.positions):
            if p.key == key:
                return i
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.positions)


@dataclass(frozen=True)
class AgeBand:
    """An age band in whole months, inclusive min, exclusive max."""

    key: str
    label: LocalText
    min_months: int
    max_months: int

    def contains(self, age_months: int) -> bool:
        return self.min_months <= age_months < self.max_months


@dataclass(frozen=True)
class Sign:
    """An early sign of poor wellbeing (tegn på mistrivsel)."""

    key: str
    label: LocalText
    age_bands: tuple[str, ...]  # keys of the profile's age bands where it applies
    # Signs indicating violence or abuse trigger the reporting duty and the
    # path where parents must not be informed first, whatever the position.
    indicates_abuse: bool = False
    # Signs that on their own give reason to assume a need for special support
    # (e.g. unlawful school absence) trigger the reporting duty too.
    triggers_reporting_duty: bool = False


@dataclass(frozen=True)
class SignDomain:
    """A group of signs (emotional, social, a Horsens theme, ...)."""

    key: str
    label: LocalText
    signs: tuple[Sign, ...]


@dataclass(frozen=True)
class ProtectiveFactor:
    """A protective factor recorded beside the signs."""

    key: str
    label: LocalText


@dataclass(frozen=True)
class GoalTemplate:
    """A suggested goal with a measurable indicator."""

    key: str
    goal: LocalText
    indicator: LocalText


@dataclass(frozen=True)
class MeasureTemplate:
    """A suggested measure and who is usually responsible."""

    key: str
    text: LocalText
    responsible: LocalText
    deadline_weeks: int


@dataclass(frozen=True)
class PlanTemplate:
    """An action plan template (handleplan / stafetlog)."""

    key: str
    label: LocalText
    description: LocalText
    goals: tuple[GoalTemplate, ...]
    measures: tuple[MeasureTemplate, ...]
    follow_up_weeks: int
    # Prompts shown beside the free-text fields of the plan.
    child_view_prompt: LocalText
    parents_view_prompt: LocalText
    family_resources_prompt: LocalText
    decisions: tuple[EvaluationDecision, ...] = tuple(EvaluationDecision)
    # Positions this template suits (empty: any).
    for_positions: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameworkItem:
    """A principle, theme, track, value or level of the municipality's strategy."""

    key: str
    kind: str  # "principle" | "theme" | "track" | "value" | "level" | "question"
    label: LocalText
    description: LocalText
    # Commitments ("Sammen vil vi ...") or sub-points, if the strategy lists them.
    points: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class ReportingGuidance:
    """How the reporting duty is explained in this municipality."""

    duty_text: LocalText  # the duty is personal; a suspicion is enough
    how_to_report: LocalText  # how and to whom
    abuse_path: LocalText  # violence/abuse: do not inform parents first


@dataclass(frozen=True)
class AssessmentPractice:
    """How assessments are made under this profile."""

    # TOPI: at least two staff assess individually before the joint position.
    min_individual_assessors: int = 1
    reassess_per_year: int = 2
    # Signs of Safety: the three questions asked in every assessment.
    questions: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class Profile:
    """A municipality's strategy profile."""

    id: str
    version: int
    name: LocalText
    municipality: str  # "Horsens Kommune", or "" for generic profiles
    source: LocalText  # the strategy document it is faithful to
    description: LocalText
    scale: WorryScale
    age_bands: tuple[AgeBand, ...]
    sign_domains: tuple[SignDomain, ...]
    protective_factors: tuple[ProtectiveFactor, ...]
    plan_templates: tuple[PlanTemplate, ...]
    framework: tuple[FrameworkItem, ...]
    reporting: ReportingGuidance
    practice: AssessmentPractice = field(default_factory=AssessmentPractice)

    def sign(self, key: str) -> Sign | None:
        """The sign with `key` in any domain, or None."""
        for domain in self.sign_domains:
            for s in domain.signs:
                if s.key == key:
                    return s
        return None

    def all_signs(self) -> tuple[Sign, ...]:
        return tuple(s for d in self.sign_domains for s in d.signs)

    def protective_factor(self, key: str) -> ProtectiveFactor | None:
        return next((f for f in self.protective_factors if f.key == key), None)

    def plan_template(self, key: str) -> PlanTemplate | None:
        return next((t for t in self.plan_templates if t.key == key), None)

    def age_band_for(self, age_months: int) -> AgeBand | None:
        """The age band containing `age_months`, or None."""
        return next((b for b in self.age_bands if b.contains(age_months)), None)
