"""Records survive the trip through the change log's JSON fields unchanged."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forebyg_desktop.core.records import (
    ENTITY_TYPES,
    ActionPlan,
    Assessment,
    AssessmentKind,
    Child,
    Consent,
    EvaluationDecision,
    Goal,
    IndicatorProgress,
    Measure,
    ParentsInformed,
    PlanEvaluation,
    PlanStatus,
    RecordError,
    ReportDecision,
    entity_of,
    record_from_fields,
)

texts = st.text(max_size=30)
keys = st.text("abcdefghij_", min_size=1, max_size=8)
ids = st.uuids().map(str)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
key_tuples = st.lists(keys, max_size=4).map(tuple)


children = st.builds(Child, id=ids, name=texts, birth_date=dates, group=texts)
assessments = st.builds(
    Assessment,
    id=ids,
    child_id=ids,
    date=dates,
    profile_id=keys,
    profile_version=st.integers(1, 1000),
    kind=st.sampled_from(AssessmentKind),
    assessors=st.lists(texts, max_size=3).map(tuple),
    position=keys,
    signs=key_tuples,
    protective=key_tuples,
    observations=texts,
    child_view=texts,
    parents_view=texts,
    family_resources=texts,
    answers=st.dictionaries(keys, texts, max_size=3),
    based_on=st.lists(ids, max_size=3).map(tuple),
    agreed_reason=texts,
    parents_informed=st.sampled_from(ParentsInformed),
    parents_informed_how=texts,
    report_decision=st.sampled_from(ReportDecision),
    report_date=st.none() | dates,
    report_by=texts,
    report_reason=texts,
    supersedes=st.none() | ids,
)
plans = st.builds(
    ActionPlan,
    id=ids,
    child_id=ids,
    template=keys,
    follow_up=dates,
    profile_id=keys,
    profile_version=st.integers(1, 1000),
    assessment_id=st.none() | ids,
    goals=st.lists(st.builds(Goal, texts, texts), max_size=3).map(tuple),
    measures=st.lists(st.builds(Measure, texts, texts, dates), max_size=3).map(tuple),
    coordinator=texts,
    status=st.sampled_from(PlanStatus),
)
evaluations = st.builds(
    PlanEvaluation,
    id=ids,
    plan_id=ids,
    child_id=ids,
    date=dates,
    decision=st.sampled_from(EvaluationDecision),
    progress=st.lists(
        st.builds(IndicatorProgress, texts, texts, st.none() | st.booleans()), max_size=3
    ).map(tuple),
    new_position=st.none() | keys,
    note=texts,
    by=texts,
    next_follow_up=st.none() | dates,
)
consents = st.builds(
    Consent,
    id=ids,
    child_id=ids,
    given_date=dates,
    expires=dates,
    given_by=texts,
    covers=key_tuples,
    recipient=texts,
    purpose=texts,
    withdrawn=st.none() | dates,
)


@given(st.one_of(children, assessments, plans, evaluations, consents))
def test_round_trip_through_json(record) -> None:
    data = record.to_fields()
    assert "id" not in data  # the id is the op's entity id, not a field
    again = record_from_fields(entity_of(record), record.id, json.loads(json.dumps(data)))
    assert again == record
    assert again.to_fields() == data


def test_to_fields_uses_iso_dates_lists_and_enum_values() -> None:
    plan = ActionPlan(
        id="p1",
        child_id="c1",
        template="basic",
        follow_up=date(2024, 7, 1),
        profile_id="small",
        profile_version=3,
        goals=(Goal("Joins play", "Plays with others 3 times a week"),),
        measures=(Measure("Talk with parents", "Mette", date(2024, 6, 1)),),
    )
    data = plan.to_fields()
    assert data["follow_up"] == "2024-07-01"
    assert data["goals"] == [
        {"goal": "Joins play", "indicator": "Plays with others 3 times a week"}
    ]
    assert data["measures"][0]["deadline"] == "2024-06-01"
    assert data["status"] == "open" and type(data["status"]) is str


def test_construction_normalises_json_forms() -> None:
    a = Assessment(
        id="a1",
        child_id="c1",
        date="2024-05-01",  # type: ignore[arg-type]
        profile_id="small",
        profile_version=3,
        kind="joint",  # type: ignore[arg-type]
        signs=["sad"],  # type: ignore[arg-type]
    )
    assert a.date == date(2024, 5, 1)
    assert a.kind is AssessmentKind.JOINT
    assert a.signs == ("sad",)


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"name": "Ida", "birth_date": "1 May 2020"}, "Child.birth_date: expected an ISO date"),
        ({"name": 5, "birth_date": "2020-05-01"}, "Child.name: expected str"),
        ({"name": "Ida"}, "missing field"),
    ],
)
def test_bad_child_fields_are_refused_with_the_field_named(data: dict, complaint: str) -> None:
    with pytest.raises(RecordError, match=complaint):
        Child.from_fields("c1", data)


def test_an_unknown_enum_value_is_refused() -> None:
    data = Assessment(
        id="a1", child_id="c1", date=date(2024, 5, 1), profile_id="small", profile_version=3
    ).to_fields()
    data["parents_informed"] = "maybe"
    with pytest.raises(RecordError, match="parents_informed: 'maybe' is not one of"):
        Assessment.from_fields("a1", data)


def test_a_version_number_must_not_be_a_bool() -> None:
    with pytest.raises(RecordError, match="profile_version: expected int, got bool"):
        Assessment(
            id="a1", child_id="c1", date=date(2024, 1, 1), profile_id="p", profile_version=True
        )


def test_fields_from_a_newer_version_are_ignored() -> None:
    child = Child.from_fields("c1", {"name": "Ida", "birth_date": "2020-05-01", "shoe_size": 30})
    assert child == Child(id="c1", name="Ida", birth_date=date(2020, 5, 1))


def test_no_record_has_a_cpr_field() -> None:
    for cls in ENTITY_TYPES.values():
        names = {f.name for f in fields(cls)}
        assert not any("cpr" in n.lower() or "personnummer" in n.lower() for n in names)


def test_unknown_entity_type_is_refused() -> None:
    with pytest.raises(RecordError, match="Unknown entity type 'pupil'"):
        record_from_fields("pupil", "x", {})


def test_consent_is_active_from_given_date_until_expiry_or_withdrawal() -> None:
    consent = Consent(
        id="k1",
        child_id="c1",
        given_date=date(2024, 1, 10),
        expires=date(2025, 1, 10),
        covers=("plans",),
    )
    assert not consent.is_active(date(2024, 1, 9))
    assert consent.is_active(date(2024, 1, 10))
    assert not consent.is_active(date(2025, 1, 10))
    withdrawn = Consent.from_fields("k1", {**consent.to_fields(), "withdrawn": "2024-03-01"})
    assert withdrawn.is_active(date(2024, 2, 28))
    assert not withdrawn.is_active(date(2024, 3, 1))
