"""Turn strategy profile JSON into `Profile` objects.

`profile_from_dict` validates with `profile_validator` (collecting every
problem) and then builds the frozen dataclasses of `core.profile`. Pure: the
files are read by `store.profile_repo`. No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from forebyg_desktop.core.i18n import TranslatableError
from forebyg_desktop.core.profile import (
    AgeBand,
    AssessmentPractice,
    EvaluationDecision,
    FrameworkItem,
    GoalTemplate,
    LocalText,
    MeasureTemplate,
    PlanTemplate,
    Position,
    Profile,
    ProtectiveFactor,
    ReportingDuty,
    ReportingGuidance,
    Sign,
    SignDomain,
    Signpost,
    WorryScale,
)
from forebyg_desktop.core.profile_validator import (
    SUPPORTED_FORMAT,
    ProfileProblem,
    validate_profile_data,
)

__all__ = [
    "SUPPORTED_FORMAT",
    "ProfileError",
    "ProfileProblem",
    "profile_from_bytes",
    "profile_from_dict",
]


class ProfileError(TranslatableError):
    """A profile could not be loaded; `problems` lists every reason."""

    def __init__(self, problems: Sequence[ProfileProblem]) -> None:
        self.problems: list[ProfileProblem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- building the dataclasses from validated data ---------------------------------


def _text(d: dict[str, Any]) -> LocalText:
    return LocalText(da=d["da"], en=d["en"])


def _position(d: dict[str, Any]) -> Position:
    sp = d["signpost"]
    return Position(
        key=d["key"],
        colour=d["colour"],
        label=_text(d["label"]),
        description=_text(d["description"]),
        signpost=Signpost(
            do_now=_text(sp["do_now"]),
            involve=_text(sp["involve"]),
            follow_up_weeks=sp["follow_up_weeks"],
            reporting_duty=ReportingDuty(sp["reporting_duty"]),
            plan_required=sp.get("plan_required", False),
        ),
        symbol=d.get("symbol", ""),
    )


def _domain(d: dict[str, Any]) -> SignDomain:
    return SignDomain(
        key=d["key"],
        label=_text(d["label"]),
        signs=tuple(
            Sign(
                key=s["key"],
                label=_text(s["label"]),
                age_bands=tuple(s["age_bands"]),
                indicates_abuse=s.get("indicates_abuse", False),
                triggers_reporting_duty=s.get("triggers_reporting_duty", False),
            )
            for s in d["signs"]
        ),
    )


def _plan(d: dict[str, Any]) -> PlanTemplate:
    decisions = d.get("decisions")
    return PlanTemplate(
        key=d["key"],
        label=_text(d["label"]),
        description=_text(d["description"]),
        goals=tuple(
            GoalTemplate(key=g["key"], goal=_text(g["goal"]), indicator=_text(g["indicator"]))
            for g in d["goals"]
        ),
        measures=tuple(
            MeasureTemplate(
                key=m["key"],
                text=_text(m["text"]),
                responsible=_text(m["responsible"]),
                deadline_weeks=m["deadline_weeks"],
            )
            for m in d["measures"]
        ),
        follow_up_weeks=d["follow_up_weeks"],
        child_view_prompt=_text(d["child_view_prompt"]),
        parents_view_prompt=_text(d["parents_view_prompt"]),
        family_resources_prompt=_text(d["family_resources_prompt"]),
        decisions=(
            tuple(EvaluationDecision(x) for x in decisions)
            if decisions is not None
            else tuple(EvaluationDecision)
        ),
        for_positions=tuple(d.get("for_positions", ())),
    )


def _build(d: dict[str, Any]) -> Profile:
    practice = d.get("practice", {})
    defaults = AssessmentPractice()
    return Profile(
        id=d["id"],
        version=d["version"],
        name=_text(d["name"]),
        municipality=d["municipality"],
        source=_text(d["source"]),
        description=_text(d["description"]),
        scale=WorryScale(
            name=_text(d["scale"]["name"]),
            positions=tuple(_position(p) for p in d["scale"]["positions"]),
        ),
        age_bands=tuple(
            AgeBand(
                key=b["key"],
                label=_text(b["label"]),
                min_months=b["min_months"],
                max_months=b["max_months"],
            )
            for b in d["age_bands"]
        ),
        sign_domains=tuple(_domain(x) for x in d["sign_domains"]),
        protective_factors=tuple(
            ProtectiveFactor(key=f["key"], label=_text(f["label"])) for f in d["protective_factors"]
        ),
        plan_templates=tuple(_plan(p) for p in d["plan_templates"]),
        framework=tuple(
            FrameworkItem(
                key=f["key"],
                kind=f["kind"],
                label=_text(f["label"]),
                description=_text(f["description"]),
                points=tuple(_text(p) for p in f.get("points", ())),
            )
            for f in d["framework"]
        ),
        reporting=ReportingGuidance(
            duty_text=_text(d["reporting"]["duty_text"]),
            how_to_report=_text(d["reporting"]["how_to_report"]),
            abuse_path=_text(d["reporting"]["abuse_path"]),
        ),
        practice=AssessmentPractice(
            min_individual_assessors=practice.get(
                "min_individual_assessors", defaults.min_individual_assessors
            ),
            reassess_per_year=practice.get("reassess_per_year", defaults.reassess_per_year),
            questions=tuple(_text(q) for q in practice.get("questions", ())),
        ),
    )


# --- public API ------------------------------------------------------------------


def profile_from_dict(data: dict[str, Any], *, source_name: str = "<profile>") -> Profile:
    """Validate parsed profile JSON and build a `Profile` (raises ProfileError)."""
    problems = validate_profile_data(data, source_name)
    if problems:
        raise ProfileError(problems)
    return _build(data)


def _parse_json(text: str, file: str) -> Any:
    """Parse `text`, reporting syntax errors and repeated fields as problems."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for k, v in items:
            if k in obj:
                repeated.append(k)
            obj[k] = v
        return obj

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as e:
        raise ProfileError(
            [ProfileProblem(file, "", f"invalid JSON: {e.msg}", line=e.lineno, column=e.colno)]
        ) from e
    if repeated:
        raise ProfileError(
            [
                ProfileProblem(file, "", f'field "{k}" appears twice in the same object')
                for k in dict.fromkeys(repeated)
            ]
        )
    return data


def profile_from_bytes(raw: bytes, file: str) -> Profile:
    """Decode, parse and validate a profile file's contents (raises ProfileError)."""
    try:
        text = raw.decode("utf-8-sig")  # tolerate a BOM from Windows editors
    except UnicodeDecodeError as e:
        raise ProfileError(
            [ProfileProblem(file, "", f"not UTF-8 text (bad byte at offset {e.start})")]
        ) from e
    return profile_from_dict(_parse_json(text, file), source_name=file)
