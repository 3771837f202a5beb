"""Explain everything that is wrong with a strategy profile's JSON data.

`validate_profile_data` walks the parsed JSON (dicts, lists, str, int, bool)
and collects *all* problems instead of stopping at the first, so municipal IT
can fix a profile in one go. Each problem names the file and a path such as
`scale.positions[2].signpost.follow_up_weeks`. Messages are plain English (the
CLI prints them). Pure functions: no I/O, no Qt.

The shape of each field is checked by the schema in `profile_schema`; this
module adds the checks across fields: unique keys, references between
sections, age bands in order and reporting duty growing with worry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from forebyg_desktop.core.profile import ReportingDuty
from forebyg_desktop.core.profile_schema import (
    FRAMEWORK_KINDS,
    MAX_WEEKS,
    PROFILE,
    Collector,
    ProfileProblem,
    describe,
    join,
)

__all__ = [
    "FRAMEWORK_KINDS",
    "MAX_WEEKS",
    "SUPPORTED_FORMAT",
    "ProfileProblem",
    "validate_profile_data",
]

SUPPORTED_FORMAT = 1

_DUTY_ORDER = {d.value: i for i, d in enumerate(ReportingDuty)}


# --- checks across fields --------------------------------------------------------


def _items(data: Any, *names: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, object) for each object in the list at `names` (skipping broken parts)."""
    node, path = data, ""
    for name in names:
        if not isinstance(node, dict):
            return
        node, path = node.get(name), join(path, name)
    if isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, dict):
                yield f"{path}[{i}]", item


def _check_unique(c: Collector, entries: list[tuple[str, dict[str, Any]]]) -> None:
    first: dict[str, str] = {}
    for path, item in entries:
        key = item.get("key")
        if not isinstance(key, str):
            continue
        if key in first:
            c.add(join(path, "key"), f'duplicate key "{key}" (already used at {first[key]})')
        else:
            first[key] = path


def _keys(entries: Iterator[tuple[str, dict[str, Any]]]) -> list[str]:
    return [k for _, item in entries if isinstance(k := item.get("key"), str)]


def _check_age_bands(c: Collector, data: dict[str, Any]) -> None:
    prev: tuple[str, int, int] | None = None
    for path, band in _items(data, "age_bands"):
        lo, hi, key = band.get("min_months"), band.get("max_months"), band.get("key", "?")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lo, hi)):
            prev = None
            continue
        if hi <= lo:
            c.add(join(path, "max_months"), f"must be greater than min_months ({lo}), got {hi}")
            continue
        if prev is not None:
            pkey, plo, phi = prev
            if lo < phi:
                c.add(
                    join(path, "min_months"),
                    f'age band "{key}" ({lo}-{hi} months) overlaps age band "{pkey}" '
                    f"({plo}-{phi} months); list bands from youngest to oldest without overlaps",
                )
            elif lo > phi:
                c.add(
                    join(path, "min_months"),
                    f'gap between age band "{pkey}" (ends at {phi} months) and "{key}" '
                    f"(starts at {lo} months)",
                )
        prev = (str(key), lo, hi)


def _check_references(c: Collector, data: dict[str, Any]) -> None:
    bands = _keys(_items(data, "age_bands"))
    positions = _keys(_items(data, "scale", "positions"))
    for dpath, domain in _items(data, "sign_domains"):
        for spath, sign in _items(domain, "signs"):
            refs = sign.get("age_bands")
            for i, ref in enumerate(refs if isinstance(refs, list) else []):
                if isinstance(ref, str) and ref not in bands:
                    c.add(
                        f"{dpath}.{spath}.age_bands[{i}]",
                        f'unknown age band "{ref}" (defined: {", ".join(bands) or "none"})',
                    )
    for ppath, plan in _items(data, "plan_templates"):
        refs = plan.get("for_positions")
        for i, ref in enumerate(refs if isinstance(refs, list) else []):
            if isinstance(ref, str) and ref not in positions:
                c.add(
                    f"{ppath}.for_positions[{i}]",
                    f'unknown scale position "{ref}" (positions: {", ".join(positions)})',
                )


def _check_scale_order(c: Collector, data: dict[str, Any]) -> None:
    """Reporting duty may not weaken as worry grows (positions go least worry first)."""
    prev: str | None = None
    for path, pos in _items(data, "scale", "positions"):
        sp = pos.get("signpost")
        duty = sp.get("reporting_duty") if isinstance(sp, dict) else None
        if not isinstance(duty, str) or duty not in _DUTY_ORDER:
            continue
        if prev is not None and _DUTY_ORDER[duty] < _DUTY_ORDER[prev]:
            c.add(
                f"{path}.signpost.reporting_duty",
                f'reporting duty "{duty}" is weaker than "{prev}" at the position before; '
                "positions must be ordered from least to most worry",
            )
        prev = duty


def validate_profile_data(data: Any, file: str) -> list[ProfileProblem]:
    """All problems in parsed profile JSON `data` from `file` (empty list: valid)."""
    c = Collector(file)
    if not isinstance(data, dict):
        c.add("", f"a profile must be a JSON object, got {describe(data)}")
        return c.problems
    fmt = data.get("format")
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > SUPPORTED_FORMAT:
        c.add(
            "format",
            f"made for a newer version of Forebyg (profile format {fmt}, this version reads "
            f"format {SUPPORTED_FORMAT}); update the program",
        )
        return c.problems  # a newer format may legitimately have fields we do not know
    PROFILE(c, data, "")
    _check_unique(c, list(_items(data, "scale", "positions")))
    _check_unique(c, list(_items(data, "age_bands")))
    _check_unique(c, list(_items(data, "sign_domains")))
    _check_unique(
        c,
        [
            (f"{dpath}.{spath}", sign)
            for dpath, domain in _items(data, "sign_domains")
            for spath, sign in _items(domain, "signs")
        ],
    )
    _check_unique(c, list(_items(data, "protective_factors")))
    _check_unique(c, list(_items(data, "plan_templates")))
    for ppath, plan in _items(data, "plan_templates"):
        _check_unique(c, [(f"{ppath}.{p}", g) for p, g in _items(plan, "goals")])
        _check_unique(c, [(f"{ppath}.{p}", m) for p, m in _items(plan, "measures")])
    _check_unique(c, list(_items(data, "framework")))
    _check_age_bands(c, data)
    _check_references(c, data)
    _check_scale_order(c, data)
    return c.problems
