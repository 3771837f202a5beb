"""The demo generator's per-profile precomputation (`DemoTables`), for `demo_data`.

Pure Python (no I/O, no Qt). Everything that does not change from child to
child is computed once per profile here: the position weights and the Markov
chain's steps, the plan templates per position, the staff and their teams,
date tables by ordinal, signs per age band, text bundles and protective-factor
pools, the prefilled assessment records (the hot path) and the reproducible ids.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Sequence
from datetime import date
from itertools import accumulate, permutations

from forebyg_desktop.core import demo_phrases as ph
from forebyg_desktop.core.ids import uuid7_from
from forebyg_desktop.core.profile import Profile, ReportingDuty

MAX_AGE_MONTHS = 17 * 12  # children are 0-16 whole years old
FIRST_ASSESSMENT_MONTHS = 6  # no assessments before a child starts in daycare
BITS = 8  # 2**8 text bundles and protective-factor sets per pool
_IMPROVE = 0.35  # chance per round of one step towards less worry


def position_weights(n: int) -> list[float]:
    """Share of assessments per scale index: 80 % at index 0, the rest falling by rank."""
    if n <= 1:
        return [1.0] * n
    r = 1 / 3 if n <= 3 else 0.5 if n <= 6 else 0.65
    tail = [r**i for i in range(n - 1)]
    return [0.8] + [0.2 * t / sum(tail) for t in tail]


class DemoTables:
    """Per-profile precomputation, the record maker and the ids (`demo_data` builds on it)."""

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
        prof, rng, size = self.p, self.rng, 1 << BITS
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
        mask = (1 << BITS) - 1

        def record(cid, assessors, o, pos, signs, stage, rs):
            """An individual assessment. rs: the round's report, shared by its records
            (None: a round of one): [date, by, reason, report where only "consider"?]."""
            r = bits(2 * BITS)
            level = levels[pos]
            rec = pools[level][stage][r & mask].copy()
            rec["id"] = new_id()
            rec["child_id"] = cid
            rec["assessors"] = assessors
            rec["date"] = iso_t[o - base]
            rec["position"] = keys[pos]
            rec["signs"] = signs
            rec["protective"] = list(protective[level][r >> BITS])
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
