"""The overview (group picture) of every child, and the list of plans due for follow-up.

Both are one audited read each and a few set-based queries (in
`store.overview_repo`), however many children there are; they return the
plain rows of `services.overview_rows` for the UI's table models.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from forebyg_desktop.core.guidance import age_in_months
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.services.overview.overview_rows import FollowUpRow, OverviewRow
from forebyg_desktop.services.session import Session
from forebyg_desktop.store import overview_repo
from forebyg_desktop.store.audit_repo import AuditEvent


def position_any_kind(profile: Profile) -> bool:
    """Whether any finalised assessment sets the position (single-assessor practice).

    Otherwise (TOPI: at least two individual assessments) only a joint one does.
    """
    return profile.practice.min_individual_assessors <= 1


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _age_band_keys(profile: Profile) -> list[str]:
    """Age band key per whole month of age up to the oldest band ("" outside every band)."""
    top = max((b.max_months for b in profile.age_bands), default=0)
    keys = []
    for months in range(top + 1):
        band = profile.age_band_for(months)
        keys.append(band.key if band else "")
    return keys


def overview_rows(
    session: Session, *, today: date | None = None, child_ids: Collection[str] | None = None
) -> list[OverviewRow]:
    """One row per child (not deleted), ordered by group, name and id.

    With `child_ids`, only those children's rows (a deleted one has none):
    what a screen needs after a write changed them (store/changed.py).

    Each row holds the child's age and age band on `today` (default: the
    session's today), the current position and its date (the latest joint
    assessment, or the latest of any kind under single-assessor practice),
    the last finalised assessment, and the open plan with its follow-up.
    Superseded assessments and drafts never count. The read is audited once
    (per child when `child_ids` are given).
    """
    today = today or session.today()
    store, profile = session.store, session.profile
    ids = sorted(child_ids) if child_ids is not None else None
    kids = overview_repo.children(store, ids)
    latest = overview_repo.latest_assessments(
        store, position_any_kind=position_any_kind(profile), child_ids=ids
    )
    plans = overview_repo.open_plans(store, ids)
    bands = _age_band_keys(profile)
    none = overview_repo.ChildLatest(None, None, None, None)
    # Many children share a birth date and assessments share dates: parse and
    # count months once per distinct value.
    dates: dict[str | None, date | None] = {}
    ages: dict[date, int] = {}

    def day(text: str | None) -> date | None:
        if text not in dates:
            dates[text] = _date(text)
        return dates[text]

    rows = []
    for child_id, name, group, born_text in kids:
        born = day(born_text) or today
        months = ages.get(born)
        if months is None:
            months = ages[born] = age_in_months(born, today) if born <= today else 0
        facts = latest.get(child_id, none)
        plan_id, follow_up = plans.get(child_id, (None, None))
        rows.append(
            OverviewRow(
                child_id=child_id,
                name=name,
                group=group,
                birth_date=born,
                age_months=months,
                age_band=bands[months] if months < len(bands) else "",
                position=facts.position,
                position_date=day(facts.position_date),
                last_assessment=day(facts.last_assessment),
                open_plan_id=plan_id,
                next_follow_up=day(follow_up),
            )
        )
    if ids is None:
        events = [AuditEvent("read", "child", "*", None, f"overview of {len(rows)} children")]
    else:
        events = [AuditEvent("read", "child", r.child_id, r.child_id, "overview row") for r in rows]
    store.record_reads(events)
    return rows


def follow_ups(
    session: Session, *, today: date | None = None, within_days: int = 7
) -> list[FollowUpRow]:
    """Open plans due for follow-up on or before `today + within_days`, earliest first.

    Overdue ones (follow-up before `today`) are included and marked. Plans of
    deleted children are left out. The read is audited once.
    """
    today = today or session.today()
    until = today + timedelta(days=within_days)
    rows = []
    for plan_id, child_id, name, group, template, follow_up, coordinator in overview_repo.due_plans(
        session.store, until.isoformat()
    ):
        when = _date(follow_up)
        if when is None:
            continue
        rows.append(
            FollowUpRow(
                plan_id=plan_id,
                child_id=child_id,
                name=name,
                group=group,
                template=template,
                follow_up=when,
                coordinator=coordinator,
                overdue=when < today,
            )
        )
    session.store.record_reads(
        [AuditEvent("read", "plan", "*", None, f"follow-up list of {len(rows)} plans")]
    )
    return rows
