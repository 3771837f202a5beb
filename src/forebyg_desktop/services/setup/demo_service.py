"""`forebyg demo`: realistic synthetic data written through the real change-log path.

Children are written in batches, one transaction per batch, so a demo that is
interrupted leaves whole children (with all their records) and nothing half.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable

from forebyg_desktop.core.demo_data import DemoChild, generate
from forebyg_desktop.services.session import Session
from forebyg_desktop.store.operation import Change

BATCH_CHILDREN = 250

_ENTITIES = (("assessment", "assessments"), ("plan", "plans"), ("evaluation", "evaluations"))


def _changes(demo: DemoChild) -> Iterable[Change]:
    child = dict(demo.child)
    yield Change("child", child.pop("id"), child)
    for entity, attr in _ENTITIES:
        for record in getattr(demo, attr):
            fields = dict(record)
            yield Change(entity, fields.pop("id"), fields)


def run_demo(
    session: Session,
    children: int,
    assessments: int,
    *,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Add `children` synthetic children with `assessments` assessments each."""
    if seed is None:
        seed = secrets.randbits(32)
    counts = {"children": 0, "assessments": 0, "plans": 0, "evaluations": 0}
    batch: list[Change] = []
    done = 0

    def flush() -> None:
        session.store.write(batch)
        batch.clear()
        if progress:
            progress(done)

    with session.store.bulk():
        for demo in generate(
            session.profile, children, assessments, seed=seed, today=session.today()
        ):
            batch.extend(_changes(demo))
            counts["children"] += 1
            for entity, attr in _ENTITIES:
                counts[f"{entity}s"] += len(getattr(demo, attr))
            done += 1
            if done % BATCH_CHILDREN == 0:
                flush()
        if batch:
            flush()
    return counts
