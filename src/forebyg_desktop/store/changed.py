"""What a write changed, so that screens refresh only that.

`Store.write` returns a Changed, and the store adds every write's Changed
(its own and imported changes) to what it has to report; `Store.take_changed`
hands that over and starts again. The main window takes it after a dialogue
closes and the sync takes it after a run, then updates only those children's
overview rows, their page, and the follow-up list if plans may differ (the
write -> changed -> refresh path of docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Beyond this many children a screen reloads everything: one set-based read of
# the whole overview is then cheaper than patching row by row.
MAX_LISTED = 500

# The entities whose records make up the follow-up list (plans and their child's name).
_FOLLOW_UP_ENTITIES = frozenset({"plan", "child"})


@dataclass(frozen=True, slots=True)
class Changed:
    """The children whose records changed, and whether the follow-ups may have."""

    children: frozenset[str] = frozenset()
    follow_ups: bool = False
    everything: bool = False  # too many to list (MAX_LISTED): reload all

    def __bool__(self) -> bool:
        return bool(self.children) or self.follow_ups or self.everything

    def __or__(self, other: Changed) -> Changed:
        if self.everything or other.everything:
            return EVERYTHING
        return changed_children(
            self.children | other.children, follow_ups=self.follow_ups or other.follow_ups
        )


EVERYTHING = Changed(everything=True, follow_ups=True)
NOTHING = Changed()


def changed_children(children: Iterable[str], *, follow_ups: bool) -> Changed:
    """A Changed for `children`; EVERYTHING beyond MAX_LISTED of them."""
    ids = frozenset(children)
    if len(ids) > MAX_LISTED:
        return EVERYTHING
    return Changed(ids, follow_ups)


def follow_up_entity(entity: str) -> bool:
    """Whether a change of `entity` may change the follow-up list."""
    return entity in _FOLLOW_UP_ENTITIES
