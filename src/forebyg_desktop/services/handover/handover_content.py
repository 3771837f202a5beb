"""What a handover carries: exactly what the consent covers, and nothing on the abuse path.

Always: the child's id, name and birth date, the minimum to identify the child
(not the group, which is the sending institution's room or class).

Only when the consent covers them:
- assessments: finalised ones only (never drafts), corrections with what they
  correct;
- plans, and evaluations of plans.

Never: audit data, drafts, other children, other consents, and anything on
the § 133 abuse path. The consent comes from the parents, and when violence
or abuse by people close to the child is suspected the parents must not be
told first (Barnets Lov § 133), so parental consent cannot be the basis for
passing that on; it goes to the municipality by the report, not by handover.
So an assessment on the abuse path (parents informed "withheld", or an abuse
sign ticked) is held back together with every version in its correction
chain (sending an older version alone would show a stale position as
current), and so are the plans made from such an assessment and their
evaluations. The export summary says how many were held back and why.

References to records that do not travel (a plan's assessment, a joint
assessment's individual ones) are removed from the copies that do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from forebyg_desktop.core.guidance import is_abuse_path
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.records import (
    AssessmentStatus,
    ParentsInformed,
    record_from_fields,
)
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import assessment_repo, plan_repo
from forebyg_desktop.store.profile_repo import load_bundled_profile

CTX = "HandoverService"

# Consent cover -> entity type it lets travel.
COVERED_ENTITY = {"assessments": "assessment", "plans": "plan", "evaluations": "evaluation"}
ENTITY_ORDER = ("assessment", "plan", "evaluation")


@dataclass
class Selection:
    """The records chosen for a handover, and what stayed behind."""

    child: dict  # id, name, birth_date
    records: dict[str, list[dict]]  # entity -> records (fields with "id")
    withheld: list[str] = field(default_factory=list)  # "entity:id" held back (abuse path)
    not_covered: dict[str, int] = field(default_factory=dict)  # entity -> count left out
    drafts: int = 0  # draft assessments left out

    def record_refs(self) -> list[str]:
        refs = [f"child:{self.child['id']}"]
        for entity in ENTITY_ORDER:
            refs += [f"{entity}:{r['id']}" for r in self.records.get(entity, [])]
        return refs

    def counts(self) -> dict[str, int]:
        return {e: len(self.records.get(e, [])) for e in ENTITY_ORDER}

    def notes(self) -> list[Message]:
        """What the user should know about what did not travel (translatable)."""
        out: list[Message] = []
        held = {e: sum(1 for r in self.withheld if r.startswith(f"{e}:")) for e in ENTITY_ORDER}
        if any(held.values()):
            out.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        "Held back because they concern suspected violence or abuse "
                        "(Barnets Lov § 133), which parental consent cannot cover: "
                        "assessments {assessments}, plans {plans}, evaluations {evaluations}.",
                    ),
                    {
                        "assessments": held["assessment"],
                        "plans": held["plan"],
                        "evaluations": held["evaluation"],
                    },
                )
            )
        if any(self.not_covered.values()):
            out.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService",
                        "Not covered by the consent, so not included: assessments {assessments}, "
                        "plans {plans}, evaluations {evaluations}.",
                    ),
                    {e + "s": self.not_covered.get(e, 0) for e in ENTITY_ORDER},
                )
            )
        if self.drafts:
            out.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "HandoverService", "Draft assessments are never handed over: {n}."
                    ),
                    {"n": self.drafts},
                )
            )
        return out


def _clean(entity: str, row: dict) -> dict:
    """Only the record's declared fields (checked by building the record)."""
    record = record_from_fields(entity, row["id"], row)
    return {"id": row["id"], **record.to_fields()}


def _profile(session: Session, profile_id: str, cache: dict[str, Profile | None]) -> Profile | None:
    if profile_id not in cache:
        try:
            cache[profile_id] = (
                session.profile
                if profile_id == session.profile.id
                else load_bundled_profile(profile_id)
            )
        except Exception:  # noqa: BLE001 - an unknown profile is judged conservatively below
            cache[profile_id] = None
    return cache[profile_id]


def _on_abuse_path(session: Session, a: dict, cache: dict[str, Profile | None]) -> bool:
    if a.get("parents_informed") == ParentsInformed.WITHHELD:
        return True
    profile = _profile(session, a.get("profile_id", ""), cache)
    if profile is None:
        return True  # cannot tell which signs indicate abuse: do not risk it
    return is_abuse_path(profile, a.get("signs", ()))


def _chains(rows: Iterable[dict]) -> dict[str, set[str]]:
    """Each assessment id -> the ids of every version in its correction chain."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    rows = list(rows)
    for r in rows:
        parent.setdefault(r["id"], r["id"])
        if r.get("supersedes"):
            parent.setdefault(r["supersedes"], r["supersedes"])
            parent[root(r["id"])] = root(r["supersedes"])
    groups: dict[str, set[str]] = {}
    for x in parent:
        groups.setdefault(root(x), set()).add(x)
    return {x: groups[root(x)] for x in parent}


def select_for_handover(session: Session, child_id: str, covers: Iterable[str]) -> Selection:
    """Choose what travels for `child_id` under a consent covering `covers`."""
    store = session.store
    child = store.get("child", child_id)
    covered = {COVERED_ENTITY[c] for c in covers if c in COVERED_ENTITY}
    sel = Selection(
        child={"id": child_id, "name": child["name"], "birth_date": child["birth_date"]},
        records={},
    )

    assessments = assessment_repo.of_child(store, child_id)
    final = [a for a in assessments if a.get("status") == AssessmentStatus.FINAL]
    sel.drafts = len(assessments) - len(final)
    cache: dict[str, Profile | None] = {}
    chains = _chains(final)
    held_assessments: set[str] = set()
    for a in final:
        if _on_abuse_path(session, a, cache):
            held_assessments |= chains[a["id"]]
    plans = plan_repo.of_child(store, child_id)
    held_plans = {p["id"] for p in plans if p.get("assessment_id") in held_assessments}
    evaluations = plan_repo.evaluations_of_child(store, child_id)
    held_evaluations = {e["id"] for e in evaluations if e.get("plan_id") in held_plans}

    for entity, rows, held in (
        ("assessment", final, held_assessments),
        ("plan", plans, held_plans),
        ("evaluation", evaluations, held_evaluations),
    ):
        if entity not in covered:
            sel.not_covered[entity] = len(rows)
            continue
        sel.withheld += [f"{entity}:{r['id']}" for r in rows if r["id"] in held]
        sel.records[entity] = [_clean(entity, r) for r in rows if r["id"] not in held]

    travelling = {r["id"] for r in sel.records.get("assessment", [])}
    for a in sel.records.get("assessment", []):
        a["based_on"] = [x for x in a.get("based_on", []) if x in travelling]
    for p in sel.records.get("plan", []):
        if p.get("assessment_id") not in travelling:
            p["assessment_id"] = None
    return sel
