"""Deterministic synthetic demo data for `forebyg demo`: children, assessments, plans.

Pure Python (no I/O, no Qt) and fast: date tables, text bundles and
protective-factor sets are precomputed per profile, and an assessment is a copy
of a prefilled template dict, so 20,000 children with 10 assessments each take
about 1-2 s on one core. The same profile, seed and `today` give the same data,
ids included. The records pass `core.validation` as finalised records.

Positions follow a Markov chain by rank whose stationary distribution has about
80 % at the least-worry position (index 0): a child's positions are correlated
over time, worry comes one step at a time and usually eases again.
"""

from __future__ import annotations

import calendar
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate, permutations

from forebyg_desktop.core import demo_phrases as ph
from forebyg_desktop.core.ids import uuid7_from
from forebyg_desktop.core.profile import Profile, ReportingDuty

MAX_AGE_MONTHS = 17 * 12  # children are 0-16 whole years old
FIRST_ASSESSMENT_MONTHS = 6  # no assessments before a child starts in daycare
GROUP_SIZE = 22  # children per daycare group or school class
_BITS = 8  # 2**8 text bundles and protective-factor sets per pool
_IMPROVE = 0.35  # chance per round of one step towards less worry
_MET = {"close": 0.9, "step_down": 0.6, "continue": 0.3, "step_up": 0.05}


@dataclass
class DemoChild:
    """One synthetic child with its records, oldest first."""

    child: dict
    assessments: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    evaluations: list[dict] = field(default_factory=list)


def position_weights(n: int) -> list[float]:
    """Share of assessments per scale index: 80 % at index 0, the rest falling by rank."""
    if n <= 1:
        return [1.0] * n
    r = 1 / 3 if n <= 3 else 0.5 if n <= 6 else 0.65
    tail = [r**i for i in range(n - 1)]
    return [0.8] + [0.2 * t / sum(tail) for t in tail]


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


class _Generator:
    """Per-profile precomputation and the generation of one child."""

    def __init__(self, profile: Profile, today: date, staff: Sequence[str], team: int, seed):
        self.p, self.rng, self.today = profile, random.Random(seed), today.toordinal()
        # Ids are UUIDv7 with a synthetic clock (one "millisecond" per id from a
        # seeded start) so demo data is reproducible and, like real ids,
        # time-ordered (see core.ids).
        self._id_ms = 1_600_000_000_000 + self.rng.getrandbits(36)
        pos = profile.scale.positions
        n = self.n = len(pos)
        if n == 0:
            raise ValueError("the profile's worry scale has no positions")
        self.keys = [q.key for q in pos]
        hi = max(2, -(-(n - 1) * 3 // 5))  # from here on: strong concern
        self.levels = [0 if i == 0 else 2 if i >= hi else 1 for i in range(n)]
        self.plan_req = [q.signpost.plan_required for q in pos]
        self.duty = [q.signpost.reporting_duty == ReportingDuty.YES for q in pos]
        self.consider = [q.signpost.reporting_duty == ReportingDuty.CONSIDER for q in pos]
        w = position_weights(n)
        self.cum = list(accumulate(w))
        self.down = [0.0] + [_IMPROVE] * (n - 1)
        self.up = [w[i + 1] * _IMPROVE / w[i] for i in range(n - 1)] + [0.0]
        self.kmax = [1 + round(3 * i / max(1, n - 1)) for i in range(n)]
        self.deviate = [0.08] + [0.2] * (n - 1)  # chance an assessor sees it differently
        self.top = frozenset(range(max(1, n - max(1, n // 4)), n))  # where abuse may show
        self.p_abuse = min(0.5, 0.005 / (sum(w[i] for i in self.top) or 1.0))
        self.reasons = [
            [r.format(label=q.label.da) for r in ph.AGREED_REASONS[self.levels[i]]]
            for i, q in enumerate(pos)
        ]
        # per position: (key, goals, measures, follow-up days, decisions) of the templates
        # made for it, else of the generic ones
        info = {
            t.key: (
                t.key,
                [(g.goal.da, g.indicator.da) for g in t.goals],
                [(m.text.da, m.responsible.da, 7 * max(1, m.deadline_weeks)) for m in t.measures],
                7 * max(1, t.follow_up_weeks),
                [d.value for d in t.decisions],
            )
            for t in profile.plan_templates
            if t.goals and t.decisions
        }
        usable = [t for t in profile.plan_templates if t.key in info]
        self.templates = [
            [info[t.key] for t in usable if key in t.for_positions]
            or [info[t.key] for t in usable if not t.for_positions]
            for key in self.keys
        ]
        self.staff = list(dict.fromkeys(staff))  # padded if too few for the largest round
        self.staff += [s for s in ph.STAFF_NAMES if s not in self.staff][: team - len(self.staff)]
        self.staff += [f"Medarbejder {i}" for i in range(1, team - len(self.staff) + 1)]
        small = len(self.staff) <= 16  # teams by size: every ordered choice of staff
        self.teams = [
            list(permutations(self.staff, r)) if small and r <= 4 else [] for r in range(team + 1)
        ]
        self._tables()
        self.record = self._record_maker()

    def _tables(self) -> None:
        """Date tables by ordinal, signs per age band, text and protective-factor pools."""
        prof, rng, size = self.p, self.rng, 1 << _BITS
        self.base = self.today - MAX_AGE_MONTHS * 31 - 400
        days = [date.fromordinal(o) for o in range(self.base, self.today + 800)]
        self.iso_t = [d.isoformat() for d in days]
        # Completed months of age = (mkey[date] - mkey[birth]) >> 6: year*12+month in the
        # high bits, the day in the low ones (32 on a month's last day, which completes
        # a month for children born later in the month, as `guidance.age_in_months`).
        self.mkey = [
            (d.year * 12 + d.month) * 64
            + (32 if d.day == calendar.monthrange(d.year, d.month)[1] else d.day)
            for d in days
        ]
        self.bkey = [(d.year * 12 + d.month) * 64 + d.day for d in days]
        self.stage = [0 if m < 36 else 1 if m < 72 else 2 for m in range(MAX_AGE_MONTHS + 1)]
        bands = prof.age_bands
        self.band_of = [
            next((i for i, b in enumerate(bands) if b.contains(m)), -1)
            for m in range(MAX_AGE_MONTHS + 1)
        ]
        signs = prof.all_signs()
        # index -1 (the last entry): ages outside every band, only signs without bands
        fits = [[s for s in signs if not s.age_bands or b.key in s.age_bands] for b in bands]
        fits.append([s for s in signs if not s.age_bands])
        self.band_signs = [[s.key for s in f if not s.indicates_abuse] for f in fits]
        self.band_abuse = [[s.key for s in f if s.indicates_abuse] for f in fits]
        self.band_valid = [frozenset(s.key for s in f) for f in fits]
        self.sign_sets: dict[tuple[int, int], list[list[str]]] = {}
        self.abuse_keys = frozenset(s.key for s in signs if s.indicates_abuse)
        self.duty_keys = frozenset(
            s.key for s in signs if s.indicates_abuse or s.triggers_reporting_duty
        )
        covered = [m for m in range(MAX_AGE_MONTHS) if self.band_of[m] >= 0]
        lo, hi = (covered[0], covered[-1] + 1) if covered else (0, MAX_AGE_MONTHS)
        self.a0 = min(max(lo, FIRST_ASSESSMENT_MONTHS), hi - 1)
        self.age_min, self.age_max = (self.a0 + 3 if self.a0 + 3 < hi else self.a0), hi
        choice, obs = rng.choice, ph.OBS_CLAUSES

        def bundle(lv: int, st: int) -> tuple[str, ...]:
            """observation, child's view, parents' view, resources, how parents were told"""
            a, b = choice(obs[lv][st][0]), choice(obs[lv][st][1])
            views = choice(ph.CHILD_VIEWS[lv][st]), choice(ph.PARENTS_VIEWS[lv])
            return (
                f"{a} og {b}.",
                *views,
                choice(ph.FAMILY_RESOURCES[lv]),
                choice(ph.INFORMED_HOW[st == 2]),
            )

        self.bundles = [[[bundle(v, s) for _ in range(size)] for s in range(3)] for v in range(3)]
        keys = [f.key for f in prof.protective_factors]
        self.protective = [
            [tuple(rng.sample(keys, min(len(keys), rng.randint(a, b)))) for _ in range(size)]
            for a, b in ((2, 4), (0, 2), (0, 1))
        ]

    def iso(self, o: int) -> str:
        i = o - self.base
        return self.iso_t[i] if 0 <= i < len(self.iso_t) else date.fromordinal(o).isoformat()

    def age_months(self, birth: int, o: int) -> int:
        """Completed months of age on ordinal `o`, as `guidance.age_in_months` counts."""
        return (self.mkey[o - self.base] - self.bkey[birth - self.base]) >> 6

    def _record_maker(self):
        """The function that makes one assessment record: the hot path, as a closure.

        It copies a template dict that already holds the texts of one bundle.
        """
        head = dict.fromkeys(("id", "child_id", "kind", "assessors", "date", "position"))
        head.update(dict.fromkeys(("signs", "protective")), kind="individual")
        tail = dict.fromkeys(("answers", "based_on"))
        tail.update(agreed_reason="", parents_informed="yes", parents_informed_how="")
        tail.update(report_decision="not_applicable", report_date=None, report_by="")
        tail.update(report_reason="", status="final", supersedes=None)
        tail.update(profile_id=self.p.id, profile_version=self.p.version)
        texts = ("observations", "child_view", "parents_view", "family_resources")

        def prefilled(b: tuple[str, ...]) -> dict:
            rec = {**head, **dict(zip(texts, b[:4], strict=True)), **tail}
            rec["parents_informed_how"] = b[4]
            return rec

        pools = [[[prefilled(b) for b in pool] for pool in by_stage] for by_stage in self.bundles]
        bits, choice, rand = self.rng.getrandbits, self.rng.choice, self.rng.random
        new_id = self.new_id
        iso_t, base, keys, levels = self.iso_t, self.base, self.keys, self.levels
        protective, duty, consider = self.protective, self.duty, self.consider
        no_abuse, no_duty = self.abuse_keys.isdisjoint, self.duty_keys.isdisjoint
        slow = [d or c for d, c in zip(duty, consider, strict=True)]
        mask = (1 << _BITS) - 1

        def record(cid, assessors, o, pos, signs, stage, rs):
            """An individual assessment. rs: the round's report, shared by its records
            (None: a round of one): [date, by, reason, report where only "consider"?]."""
            r = bits(2 * _BITS)
            level = levels[pos]
            rec = pools[level][stage][r & mask].copy()
            rec["id"] = new_id()
            rec["child_id"] = cid
            rec["assessors"] = assessors
            rec["date"] = iso_t[o - base]
            rec["position"] = keys[pos]
            rec["signs"] = signs
            rec["protective"] = list(protective[level][r >> _BITS])
            rec["answers"] = {}
            rec["based_on"] = []
            if not (signs or slow[pos]):
                return rec
            abuse = not no_abuse(signs)
            if abuse:  # the abuse path: report, and do not tell the parents first
                rec["observations"] = choice(ph.ABUSE_OBSERVATIONS)
                rec["parents_view"] = rec["parents_informed_how"] = ""
                rec["parents_informed"] = "withheld"
            if rs is None:
                rs = [None, "", "", rand() < 0.15]
            if duty[pos] or not no_duty(signs) or (consider[pos] and rs[3]):
                if rs[0] is None:
                    why = ph.ABUSE_REPORT_REASONS if abuse else ph.REPORT_REASONS
                    rs[:3] = iso_t[o - base], assessors[0], choice(why)
                rec["report_decision"] = "reported"
                rec["report_date"], rec["report_by"], rec["report_reason"] = rs[:3]
            elif consider[pos]:
                rec["report_decision"] = "not_reported"
                rec["report_reason"] = choice(ph.NOT_REPORTED_REASONS)
            return rec

        return record

    def new_id(self) -> str:
        """The next reproducible, time-ordered id."""
        self._id_ms += 1
        return uuid7_from(self._id_ms, self.rng.getrandbits(12), self.rng.getrandbits(62))

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
            pool = self.sign_sets[bi, k] = [rng.sample(keys, size) for _ in range(1 << _BITS)]
        signs = pool[rng.getrandbits(_BITS)][:]
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
