"""The rows of the overview (the group picture) and of the follow-up list.

Plain data shared by `overview_service` (which fills them from the store) and
the UI's table models (which show them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One child in the group picture."""

    child_id: str
    name: str
    group: str
    birth_date: date
    age_months: int
    age_band: str  # the profile's age band key, "" when outside every band
    # The latest joint position (or latest final one under single-assessor practice).
    position: str | None
    position_date: date | None
    last_assessment: date | None  # the latest finalised assessment of any kind
    open_plan_id: str | None
    next_follow_up: date | None  # of the open plan


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A plan due for follow-up."""

    plan_id: str
    child_id: str
    name: str
    group: str
    template: str
    follow_up: date
    coordinator: str
    overdue: bool
