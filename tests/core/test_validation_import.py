"""The rules for changes made elsewhere: the same as local input, minus what differs by device."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from forebyg_desktop.core.demo_data import generate
from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.records import ENTITY_TYPES, Child
from forebyg_desktop.core.validation import validate_child
from forebyg_desktop.core.validation_import import (
    PROBLEMS,
    RULES,
    ImportProblem,
    name_problems,
    problems_in_operation,
)

from .conftest import TODAY


@pytest.mark.parametrize("entity", sorted(ENTITY_TYPES))
def test_every_field_of_every_record_type_has_a_rule(entity: str) -> None:
    own = {f.name for f in fields(ENTITY_TYPES[entity])} - {"id"}
    assert set(RULES[entity]) == own


def test_every_problem_has_a_sentence() -> None:
    assert str(ImportProblem("name", "cpr")) == "name seems to contain a CPR number."
    assert set(PROBLEMS) >= {"unknown_field", "control", "direction", "cpr", "future"}


def _codes(problems: list[ImportProblem]) -> dict[str, str]:
    return {p.field: p.code for p in problems}


def test_demo_data_passes_as_received_data(small_profile: Profile) -> None:
    # What `forebyg demo` writes syncs: every record passes the import rules.
    for demo in generate(small_profile, 40, 6, seed=3, today=TODAY):
        records = [("child", demo.child)] + [
            (entity, r)
            for entity, attr in (
                ("assessment", "assessments"),
                ("plan", "plans"),
                ("evaluation", "evaluations"),
            )
            for r in getattr(demo, attr)
        ]
        for entity, record in records:
            data = {k: v for k, v in record.items() if k != "id"}
            assert (
                problems_in_operation(entity, record["id"], data, small_profile, made_on=TODAY)
                == []
            )


def test_a_record_valid_as_local_input_is_valid_as_received() -> None:
    child = Child(id="c1", name="Ida Jensen", birth_date=date(2019, 3, 2), group="Bierne")
    assert validate_child(child, today=TODAY) == []
    assert problems_in_operation("child", child.id, child.to_fields(), None, made_on=TODAY) == []


def test_keys_are_judged_by_the_profile_the_record_was_made_with(small_profile: Profile) -> None:
    mine = {"profile_id": "small", "profile_version": 3, "signs": ["shouting"]}
    assert _codes(
        problems_in_operation("assessment", "a1", mine, small_profile, made_on=TODAY)
    ) == {"signs[0]": "unknown_key"}
    for other in ({**mine, "profile_id": "koege"}, {**mine, "profile_version": 4}):
        assert problems_in_operation("assessment", "a1", other, small_profile, made_on=TODAY) == []
    assert _codes(
        problems_in_operation(
            "assessment", "a1", {**mine, "signs": ["Shouting!"]}, None, made_on=TODAY
        )
    ) == {"signs[0]": "bad_key"}


def test_dates_are_judged_by_the_day_the_change_was_made() -> None:
    made = date(2024, 5, 15)
    ok = {"birth_date": "2024-05-16"}  # the local day may be a day ahead of UTC
    assert problems_in_operation("child", "c1", ok, None, made_on=made) == []
    late = {"birth_date": "2024-05-17"}
    assert _codes(problems_in_operation("child", "c1", late, None, made_on=made)) == {
        "birth_date": "future"
    }
    # A child born 24 years before the change, imported years later, still passes.
    old = {"birth_date": "2000-06-01"}
    assert problems_in_operation("child", "c1", old, None, made_on=made) == []


def test_only_the_fields_a_change_sets_are_checked_one_by_one() -> None:
    held = {"name": "Ida\u200e", "group": "Bierne"}  # under older, looser rules
    merged = {**held, "group": "Egernene"}
    assert (
        problems_in_operation("child", "c1", merged, None, made_on=TODAY, changed=["group"]) == []
    )
    assert _codes(problems_in_operation("child", "c1", merged, None, made_on=TODAY)) == {
        "name": "direction"
    }


def test_fields_tied_together_are_checked_when_one_of_them_changes() -> None:
    consent = {"given_date": "2024-05-01", "expires": "2024-04-01"}
    assert _codes(problems_in_operation("consent", "k1", consent, None, made_on=TODAY)) == {
        "expires": "inconsistent"
    }
    evaluation = {"decision": "close", "next_follow_up": "2024-08-01", "date": "2024-05-01"}
    assert _codes(problems_in_operation("evaluation", "e1", evaluation, None, made_on=TODAY)) == {
        "next_follow_up": "inconsistent"
    }
    assessment = {"supersedes": "a1"}
    assert _codes(problems_in_operation("assessment", "a1", assessment, None, made_on=TODAY)) == {
        "supersedes": "inconsistent"
    }


def test_unknown_types_and_fields_and_names_of_people() -> None:
    assert _codes(problems_in_operation("teacher", "t1", {}, None, made_on=TODAY)) == {
        "entity": "not_allowed"
    }
    assert (
        _codes(problems_in_operation("child", "c1", {"_deleted": False}, None, made_on=TODAY)) == {}
    )
    assert _codes(
        problems_in_operation("child", "c1", {"_deleted": "no"}, None, made_on=TODAY)
    ) == {"_deleted": "wrong_type"}
    assert [p.code for p in name_problems("actor", "Bo\x1b")] == ["control"]
    assert [p.code for p in name_problems("actor", "")] == ["required"]
    assert name_problems("actor", "Bo Ørsted") == []


def test_a_text_seen_before_gets_the_same_verdict_under_its_own_field_name() -> None:
    bad = {"name": "Ida 0102031234", "group": "Ida 0102031234"}
    for _ in range(3):
        assert _codes(problems_in_operation("child", "c1", bad, None, made_on=TODAY)) == {
            "name": "cpr",
            "group": "cpr",
        }
    assert problems_in_operation("child", "c2", {"name": "Ida"}, None, made_on=TODAY) == []
