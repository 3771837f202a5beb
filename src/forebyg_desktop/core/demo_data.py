"""Deterministic synthetic demo data for `forebyg demo`: children, assessments, plans.

Pure Python (no I/O, no Qt) and fast: date tables, text bundles and
protective-factor sets are precomputed per profile (`demo_tables`), and an
assessment is a copy of a prefilled template dict, so 20,000 children with 10
assessments each take about 1-2 s on one core. The same profile, seed and `today` give the same data,
ids included. The records pass `core.validation` as finalised records.

Positions follow a Markov chain by rank whose stationary distribution has about
80 % at the least-worry position (index 0): a child's positions are correlated
over time, worry comes one step at a time and usually eases again.
"""

from __future__ import annotations

import calendar
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

from forebyg_desktop.core import demo_phrases as ph
from forebyg_desktop.core.demo_tables import BITS, DemoTables
from forebyg_desktop.core.profile import Profile

GROUP_SIZE = 22  # children per daycare group or school class
_MET = {"close": 0.9, "step_down": 0.6, "continue": 0.3, "step_up": 0.05}


@dataclass
class DemoChild:
    """One synthetic child with its records, oldest first."""

    child: dict
    assessments: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    evaluations: list[dict] = field(default_factory=list)


def round_layout(k: int, min_individual: int) -> list[tuple[int, bool]]:
    """(individual assessments, joint one follows?) per round; k assessments in all.

    Under TOPI practice (min_individual > 1) a round is `min_individual` or
    more individual assessments by different staff, then a joint one; leftovers
    add an assessor to the newest rounds. Too few for a joint one: individual only.
    """
    if min_individual <= 1:
        return [(1, False)] * k
    if k < min_individual + 1:
        return [(k, False)] if k else []
    rounds, extra = divmod(k, min_individual + 1)
    return [
        (min_individual + extra // rounds + (j >= rounds - extra % rounds), True)
        for j in range(rounds)
    ]


def _minus_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


class _Generator(DemoTables):
    """The generation of one child with its assessments, plans and evaluations."""

    def child(self, birth: int, name: str, group: str, layout: list[tuple[int, bool]]):
        """One DemoChild with len(layout) rounds of assessments, and its plans."""
        rng, record, base, plan_req = self.rng, self.record, self.base, self.plan_req
        rand, mkey, stages, teams = rng.random, self.mkey, self.stage, self.teams
        staff, n_staff = self.staff, len(self.staff)
        cid = self.new_id()
        demo = DemoChild({"id": cid, "name": name, "birth_date": self.iso(birth), "group": group})
        if not layout:
            return demo
        bk = self.bkey[birth - base]
        earliest = min(birth + 31 * self.a0, self.today)
        # Round dates, 2-3 a year, the newest within 100 days; squeezed for young children.
        gaps = [120 + int(rand() * 71) for _ in layout[1:]]
        newest = self.today - int(rand() * 101)
        room, total = newest - earliest - 8, sum(gaps)
        if room < total:
            gaps = [g * room // total for g in gaps] if room > 0 else [0] * len(gaps)
        dates = [max(o, earliest) for o in accumulate([newest, *gaps[::-1]], int.__sub__)][::-1]
        down, up, deviate = self.down, self.up, self.deviate
        p = min(bisect(self.cum, rand() * self.cum[-1]), self.n - 1)
        out, state, prev_o = demo.assessments, None, earliest
        for j, (n_ind, has_joint) in enumerate(layout):
            if j:
                r = rand()
                if r < down[p]:
                    p -= 1
                elif r < down[p] + up[p]:
                    p += 1
            o_round = dates[j]
            age = (mkey[o_round - base] - bk) >> 6
            stage = stages[age]
            signs = self._signs(p, age) if p or rand() < 0.1 else []
            if not has_joint and n_ind == 1:  # one assessor: the round's position as it is
                by = [staff[int(rand() * n_staff)]]
                decider = record(cid, by, o_round, p, signs, stage, None)
                out.append(decider)
            else:
                team = teams[n_ind]
                team = team[int(rand() * len(team))] if team else rng.sample(staff, n_ind)
                rs = [None, "", "", rand() < 0.15]  # the round's report
                step = 1 + int(rand() * 3) if has_joint else 0  # days between assessments
                o = o_round - step * n_ind
                if o < prev_o:
                    step, o = 0, o_round
                ids = []
                for a in range(n_ind):
                    o += step
                    pa = p if rand() >= deviate[p] or not has_joint else self._deviated(p)
                    sa = self._individual_signs(signs, bk, o, age) if signs else []
                    rec = record(cid, [team[a]], o, pa, sa, stage, rs)
                    out.append(rec)
                    ids.append(rec["id"])
                decider = rec
                if has_joint:
                    decider = record(cid, [*team], o_round, p, signs, stage, rs)
                    decider["kind"] = "joint"
                    decider["based_on"] = ids
                    decider["agreed_reason"] = rng.choice(self.reasons[p])
                    out.append(decider)
            prev_o = o_round
            if state is not None or plan_req[p]:
                state = self._plan_step(demo, decider, p, state, o_round)
        if state is not None:
            self._follow_up(demo, state, self.today + 1)
        return demo

    def _signs(self, p: int, age: int) -> list[str]:
        """A round's signs at position index p and `age` months: 1-4, abuse ones rare."""
        rng, bi = self.rng, self.band_of[age]
        k = 1 if p == 0 else 1 + int(rng.random() * self.kmax[p])
        pool = self.sign_sets.get((bi, k))
        if pool is None:  # pre-sampled sets of k signs: rng.sample is slow
            keys = self.band_signs[bi]
            size = min(k, len(keys))
            pool = self.sign_sets[bi, k] = [rng.sample(keys, size) for _ in range(1 << BITS)]
        signs = pool[rng.getrandbits(BITS)][:]
        if p in self.top and self.band_abuse[bi] and rng.random() < self.p_abuse:
            signs.append(rng.choice(self.band_abuse[bi]))
        return signs

    def _deviated(self, p: int) -> int:
        """An individual assessor's position one step from p, not crossing into a duty."""
        q = p + 1 if p == 0 or self.rng.random() < 0.5 else p - 1
        return q if q < self.n and (self.duty[p] or not self.duty[q]) else p

    def _individual_signs(self, signs: list[str], bk: int, o: int, age: int) -> list[str]:
        """What one assessor ticks of the round's signs (abuse signs always)."""
        rand, abuse = self.rng.random, self.abuse_keys
        sa = [s for s in signs if s in abuse or rand() < 0.8] or signs[:1]
        band = self.band_of[(self.mkey[o - self.base] - bk) >> 6]
        if band != self.band_of[age]:  # a birthday between this and the joint date
            sa = [s for s in sa if s in self.band_valid[band]]
        return sa

    # --- plans and evaluations --------------------------------------------------------

    def _plan_step(self, demo: DemoChild, decider: dict, p: int, state: list | None, o: int):
        """Evaluate the open plan at this round, or open one; returns the open plan's state.

        state: [plan, template info, position, date of the last plan event].
        """
        if state is not None:
            self._follow_up(demo, state, o)
            prev, allowed = state[2], state[1][4]
            if not self.plan_req[p]:
                decision = "close"
            else:
                decision = "step_up" if p > prev else "step_down" if p < prev else "continue"
            if decision not in allowed:
                decision = "continue" if "continue" in allowed else allowed[0]
            self._evaluation(demo, state, o, p, decision, decider["assessors"][0])
            if decision != "close":
                return state
            state[0]["status"] = "closed"
            return None
        if not self.templates[p]:
            return None
        rng, iso = self.rng, self.iso
        key, goals, measures, days, _ = info = rng.choice(self.templates[p])
        if len(goals) > 2:
            goals = rng.sample(goals, rng.randint(2, min(3, len(goals))))
        withheld = decider["parents_informed"] == "withheld"
        plan = {
            "id": self.new_id(),
            "child_id": decider["child_id"],
            "assessment_id": decider["id"],
            "created": decider["date"],
            "template": key,
            "goals": [{"goal": g, "indicator": i} for g, i in goals],
            "measures": [
                {"text": t, "responsible": r, "deadline": iso(o + d)} for t, r, d in measures
            ],
            "child_view": rng.choice(ph.PLAN_CHILD_VIEWS),
            "parents_view": "" if withheld else rng.choice(ph.PLAN_PARENTS_VIEWS),
            "family_resources": rng.choice(ph.PLAN_RESOURCES),
            "coordinator": rng.choice(decider["assessors"]),
            "follow_up": iso(o + days),
            "status": "open",
            "profile_id": self.p.id,
            "profile_version": self.p.version,
        }
        demo.plans.append(plan)
        return [plan, info, p, o]

    def _follow_up(self, demo: DemoChild, state: list, until: int) -> None:
        """A 'continue' evaluation at the follow-up date if before `until` (now and then missed)."""
        t = state[3] + state[1][3]
        if t < until and t <= self.today and self.rng.random() < 0.85:
            self._evaluation(demo, state, t, state[2], "continue", state[0]["coordinator"])

    def _evaluation(self, demo: DemoChild, state: list, o: int, p: int, decision: str, by: str):
        plan, rand, chance = state[0], self.rng.random, _MET[decision]
        met_texts, not_met_texts = ph.PROGRESS_MET, ph.PROGRESS_NOT_MET
        progress = []
        for g in plan["goals"]:
            met = rand() < chance
            texts = met_texts if met else not_met_texts
            text = texts[int(rand() * len(texts))]
            progress.append({"indicator": g["indicator"], "progress": text, "met": met})
        notes = ph.EVALUATION_NOTES[decision]
        demo.evaluations.append(
            {
                "id": self.new_id(),
                "plan_id": plan["id"],
                "child_id": plan["child_id"],
                "date": self.iso_t[o - self.base],
                "progress": progress,
                "new_position": self.keys[p],
                "decision": decision,
                "note": notes[int(rand() * len(notes))],
                "by": by,
                "next_follow_up": None if decision == "close" else self.iso(o + state[1][3]),
            }
        )
        state[2], state[3] = p, o


# --- the public entry point -------------------------------------------------------------


def _groups(gen: _Generator, births: list[int]) -> list[str]:
    """A group per child by age today, about GROUP_SIZE children per group."""
    stages = []
    for b in births:
        years = gen.age_months(b, gen.today) // 12
        stages.append(-2 if years < 3 else -1 if years < 6 else min(years - 6, 10))
    groups = {st: max(1, round(stages.count(st) / GROUP_SIZE)) for st in set(stages)}
    seen = dict.fromkeys(groups, 0)
    out = []
    for st in stages:
        out.append(ph.group_name(st, seen[st] % groups[st]))
        seen[st] += 1
    return out


def generate(
    profile: Profile,
    n_children: int,
    assessments_per_child: int,
    *,
    seed: int | None = 1,
    today: date,
    assessor_names: Sequence[str] | None = None,
) -> Iterator[DemoChild]:
    """Yield `n_children` synthetic children with `assessments_per_child` assessments each.

    Deterministic for the same profile, seed and `today` (seed None: random). Under TOPI practice
    (`profile.practice.min_individual_assessors` >= 2) assessments come in
    rounds of individual ones by different staff and a joint one, all counted
    in `assessments_per_child`. A plan is opened at a plan-required position
    (one per episode) and evaluated at its follow-up date and at later rounds.
    """
    if n_children < 0 or assessments_per_child < 0:
        raise ValueError("n_children and assessments_per_child must not be negative")
    layout = round_layout(assessments_per_child, profile.practice.min_individual_assessors)
    team = max((n for n, _ in layout), default=1)
    gen = _Generator(profile, today, assessor_names or ph.STAFF_NAMES, team, seed)
    rng, t = gen.rng, gen.today
    # birth dates with age_min <= completed months today < age_max
    latest = _minus_months(today, gen.age_min).toordinal()
    while gen.age_months(latest, t) < gen.age_min:
        latest -= 1
    first = _minus_months(today, gen.age_max).toordinal()
    while gen.age_months(first, t) >= gen.age_max:
        first += 1
    births = [rng.randint(first, max(first, latest)) for _ in range(n_children)]
    for birth, group in zip(births, _groups(gen, births), strict=True):
        yield gen.child(birth, ph.child_name(rng), group, layout)
