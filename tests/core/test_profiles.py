"""The bundled strategy profiles, and how broken profile files are explained."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from forebyg_desktop.core.profile import EvaluationDecision, LocalText, Profile, ReportingDuty
from forebyg_desktop.core.profile_loader import ProfileError, ProfileProblem, profile_from_dict
from forebyg_desktop.core.profile_validator import validate_profile_data
from forebyg_desktop.paths import profiles_dir
from forebyg_desktop.store.profile_repo import (
    bundled_profile_ids,
    load_bundled_profile,
    load_profile_file,
)

REQUIRED_IDS = ("horsens", "skanderborg", "frederikssund", "hedensted", "topi", "signs-of-safety")
MUNICIPAL = {
    "horsens": "Horsens Kommune",
    "skanderborg": "Skanderborg Kommune",
    "frederikssund": "Frederikssund Kommune",
    "hedensted": "Hedensted Kommune",
}
ADULT_MONTHS = 18 * 12


def _raw(profile_id: str) -> dict[str, Any]:
    return json.loads((profiles_dir() / f"{profile_id}.json").read_text(encoding="utf-8"))


def _texts(obj: Any) -> list[LocalText]:
    """Every LocalText reachable from a profile dataclass."""
    if isinstance(obj, LocalText):
        return [obj]
    if isinstance(obj, tuple | list):
        return [t for x in obj for t in _texts(x)]
    if hasattr(obj, "__dataclass_fields__"):
        return [t for name in obj.__dataclass_fields__ for t in _texts(getattr(obj, name))]
    return []


def _all_danish(profile: Profile) -> str:
    return "\n".join(t.da for t in _texts(profile))


# --- every bundled profile ---------------------------------------------------------------


def test_the_six_profiles_are_bundled() -> None:
    assert set(REQUIRED_IDS) <= set(bundled_profile_ids())


@pytest.fixture(params=REQUIRED_IDS)
def profile_id(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def profile(profile_id: str) -> Profile:
    return load_bundled_profile(profile_id)


def test_bundled_profile_validates_without_problems(profile_id: str) -> None:
    assert validate_profile_data(_raw(profile_id), f"{profile_id}.json") == []


def test_file_stem_is_the_id_and_format_is_one(profile_id: str, profile: Profile) -> None:
    raw = _raw(profile_id)
    assert profile.id == profile_id == raw["id"]
    assert raw["format"] == 1
    assert profile.version >= 1


def test_generic_profiles_have_no_municipality(profile_id: str, profile: Profile) -> None:
    assert profile.municipality == MUNICIPAL.get(profile_id, "")


def test_age_bands_cover_0_to_18_without_gaps(profile: Profile) -> None:
    bands = profile.age_bands
    assert bands[0].min_months == 0
    assert bands[-1].max_months == ADULT_MONTHS
    for before, after in zip(bands, bands[1:], strict=False):
        assert before.max_months == after.min_months
    assert all(profile.age_band_for(m) is not None for m in range(ADULT_MONTHS))


def test_every_position_has_a_usable_signpost(profile: Profile) -> None:
    positions = profile.scale.positions
    assert len(positions) >= 3
    for p in positions:
        sp = p.signpost
        assert sp.do_now.da.strip() and sp.do_now.en.strip()
        assert sp.involve.da.strip() and sp.involve.en.strip()
        assert 4 <= sp.follow_up_weeks <= 12
        assert p.symbol
        assert p.colour.startswith("#") and len(p.colour) == 7
    assert positions[0].signpost.reporting_duty is ReportingDuty.NO
    assert not positions[0].signpost.plan_required
    assert positions[-1].signpost.reporting_duty is ReportingDuty.YES
    assert positions[-1].signpost.plan_required
    assert any(p.signpost.reporting_duty is ReportingDuty.CONSIDER for p in positions)
    # colour never carries the meaning alone: symbols and labels tell positions apart too
    assert len({p.symbol for p in positions}) == len(positions)
    assert len({p.label.da for p in positions}) == len(positions)
    assert len({p.colour.upper() for p in positions}) == len(positions)


def test_follow_up_gets_shorter_or_stays_as_worry_grows(profile: Profile) -> None:
    weeks = [p.signpost.follow_up_weeks for p in profile.scale.positions]
    assert weeks == sorted(weeks, reverse=True)


def test_signs_include_abuse_and_reporting_duty_triggers(profile: Profile) -> None:
    signs = profile.all_signs()
    abuse = {s.key for s in signs if s.indicates_abuse}
    assert {"bruises_unexplained", "tells_violence", "tells_sexual_abuse"} <= abuse
    assert {"sexualised_behaviour", "afraid_to_go_home"} <= abuse
    duty = {s.key for s in signs if s.triggers_reporting_duty}
    assert "school_absence" in duty
    school_absence = profile.sign("school_absence")
    assert school_absence is not None
    assert "0_2" not in school_absence.age_bands and "3_5" not in school_absence.age_bands


def test_signs_cover_the_early_sign_groups(profile: Profile) -> None:
    keys = {s.key for s in profile.all_signs()}
    groups = {
        "emotional": {"sad_crying", "outbursts", "anxious", "withdrawn", "poor_concentration"},
        "social": {"avoids_contact", "no_close_friends", "isolated", "indiscriminate_contact"},
        "behaviour": {"aggression", "poor_impulse_control", "sudden_change", "self_harm"},
        "health": {"poor_hygiene", "wrong_clothes", "aches", "sleep_problems", "eating_weight"},
        "development": {"language_delay", "motor_delay", "regression"},
        "attendance": {"late_pickup", "not_brought"},
        "under_two": {"tense_passive", "hard_to_regulate", "inconsolable"},
        "interaction": {"conflict_interaction", "no_comfort_seeking"},
        "family": {"substance_abuse", "parent_mental_illness", "family_crisis", "instability"},
    }
    for group, wanted in groups.items():
        assert wanted <= keys, f"{group}: missing {wanted - keys}"
    for key in ("tense_passive", "inconsolable"):
        sign = profile.sign(key)
        assert sign is not None and sign.age_bands == ("0_2",)


def test_signs_apply_at_every_age(profile: Profile) -> None:
    for band in profile.age_bands:
        in_band = [s for s in profile.all_signs() if band.key in s.age_bands]
        assert len(in_band) >= 20, band.key
        assert any(s.indicates_abuse for s in in_band), band.key


def test_protective_factors(profile: Profile) -> None:
    keys = {f.key for f in profile.protective_factors}
    assert {"secure_attachment", "good_friend", "trusted_adult", "parents_cooperate"} <= keys


def test_plan_templates_have_measurable_goals_and_all_decisions(profile: Profile) -> None:
    templates = profile.plan_templates
    assert len(templates) >= 2
    used: set[EvaluationDecision] = set()
    for t in templates:
        assert t.goals and t.measures
        assert all(g.indicator.da.strip() and g.indicator.en.strip() for g in t.goals)
        assert all(1 <= m.deadline_weeks <= t.follow_up_weeks for m in t.measures)
        assert all(m.responsible.da.strip() for m in t.measures)
        assert 4 <= t.follow_up_weeks <= 12
        assert t.child_view_prompt.da and t.parents_view_prompt.da
        assert t.family_resources_prompt.da
        used.update(t.decisions)
    assert used == set(EvaluationDecision)


def test_reporting_guidance_explains_the_duty(profile: Profile) -> None:
    r = profile.reporting
    assert "§ 133" in r.duty_text.da and "Barnets Lov" in r.duty_text.da
    assert "personlig" in r.duty_text.da and "leder" in r.duty_text.da
    assert "formodning" in r.duty_text.da
    assert "112" in r.how_to_report.da
    assert "6 hverdage" in r.how_to_report.da and "24 timer" in r.how_to_report.da
    assert "6 working days" in r.how_to_report.en
    assert "ikke orientere forældrene først" in r.abuse_path.da
    assert "NOT inform the parents first" in r.abuse_path.en


def test_texts_are_danish_and_english(profile: Profile) -> None:
    texts = _texts(profile)
    assert len(texts) > 100
    assert all(t.da.strip() and t.en.strip() for t in texts)
    danish = _all_danish(profile)
    assert all(ch in danish for ch in "æøå")
    for wrong in ("tryk tilknytning", "stærk relationer", "opsorende", "  "):
        assert wrong not in danish
    differ = sum(t.da != t.en for t in texts)
    assert differ / len(texts) > 0.95  # the English is a translation, not a copy


def test_loading_is_cached(profile_id: str) -> None:
    assert load_bundled_profile(profile_id) is load_bundled_profile(profile_id)


# --- each profile's own features ----------------------------------------------------------


def _framework(profile: Profile, kind: str) -> list[str]:
    return [f.label.da for f in profile.framework if f.kind == kind]


def test_horsens_principles_and_themes() -> None:
    p = load_bundled_profile("horsens")
    principles = _framework(p, "principle")
    assert len(principles) == 4
    for letter, name in zip(
        "ABCD",
        [
            "Indsats på rette tid",
            "Fokus på effekt",
            "Helhed og kontinuitet",
            "Velfærdsteknologi og digitalisering",
        ],
        strict=True,
    ):
        assert any(label.startswith(letter) and name in label for label in principles)
    themes = [f for f in p.framework if f.kind == "theme"]
    names = [
        "Livsduelighed",
        "Forældre og familie",
        "Dagtilbud og skoler",
        "Uddannelse og job",
        "Fællesskaber og netværk",
        "Sundhed, sygdom og handicap",
    ]
    assert len(themes) == 6
    for theme, name in zip(themes, names, strict=True):
        assert name in theme.label.da
        assert len(theme.points) >= 4
    points = [pt.da for t in themes for pt in t.points]
    assert any("tryg tilknytning" in x for x in points)
    assert any("første 1000 dage" in x for x in points)
    assert [d.label.da for d in p.sign_domains] == names
    theme_keys = {t.key for t in themes}
    assert {d.key for d in p.sign_domains} == theme_keys
    assert theme_keys <= {t.key for t in p.plan_templates}


def test_skanderborg_dialogue_model_tracks_and_resources() -> None:
    p = load_bundled_profile("skanderborg")
    assert [x.label.da for x in p.scale.positions] == [
        "Ingen bekymring",
        "Let bekymring",
        "Bekymring",
        "Alvorlig bekymring",
    ]
    assert "dialogmodel" in p.scale.name.da
    tracks = _framework(p, "track")
    assert len(tracks) == 4
    assert any("mindst mulige men tilstrækkelige indgriben" in t for t in tracks)
    assert any("ressourcer" in t.family_resources_prompt.da for t in p.plan_templates)
    assert any(t.key == "step_down" for t in p.plan_templates)
    assert "familiens egne ressourcer" in p.description.da


def test_frederikssund_three_tracks_and_concrete_signpost() -> None:
    p = load_bundled_profile("frederikssund")
    tracks = _framework(p, "track")
    assert len(tracks) == 3
    for name in (
        "Værdisæt for tidlig forebyggende indsats",
        "Fælles tilgang – fælles ansvar",
        "Vejviser for tidlig forebyggende indsats",
    ):
        assert any(name in t for t in tracks)
    for pos in p.scale.positions[1:]:
        steps = pos.signpost.do_now.da.splitlines()
        assert len(steps) >= 4, pos.key
        assert "leder" in pos.signpost.involve.da


def test_hedensted_three_levels_tracks_and_communities() -> None:
    p = load_bundled_profile("hedensted")
    assert p.scale.keys == ("forebyggende", "foregribende", "indgribende")
    levels = [f for f in p.framework if f.kind == "level"]
    assert [f.key for f in levels] == list(p.scale.keys)
    assert "styrke de børn og unge, der kan selv" in levels[0].description.da.lower()
    assert "understøtte sårbare børn og unge" in levels[1].description.da.lower()
    assert "særlige behov" in levels[2].description.da
    tracks = _framework(p, "track")
    assert tracks[:2] == ["Samskabelse med borgerne", "Samarbejde på tværs"]
    assert tracks[2].startswith("Inspirere til ny praksis")
    factors = " ".join(f.label.da for f in p.protective_factors)
    for community in ("Familien", "Naboskabet", "Foreningslivet", "Lokalområdet", "Institutionen"):
        assert community in factors
    assert "risikofaktor" in p.description.da and "beskyttende faktorer" in p.description.da


def test_topi_two_assessors_and_situation_not_child() -> None:
    p = load_bundled_profile("topi")
    assert p.scale.keys == ("green", "yellow", "red")
    assert [x.label.da for x in p.scale.positions] == ["Grøn", "Gul", "Rød"]
    assert p.practice.min_individual_assessors == 2
    assert p.practice.reassess_per_year == 3
    assert "vi har ikke røde børn" in _all_danish(p).lower()


def test_signs_of_safety_scale_and_questions() -> None:
    p = load_bundled_profile("signs-of-safety")
    assert len(p.scale.positions) == 11
    assert set(p.scale.keys) == {str(i) for i in range(11)}
    assert p.scale.rank("10") == 0 and p.scale.rank("0") == 10  # least worry first
    assert p.scale.position("0").signpost.reporting_duty is ReportingDuty.YES
    assert p.scale.position("10").signpost.reporting_duty is ReportingDuty.NO
    assert [q.da for q in p.practice.questions] == [
        "Hvad er vi bekymrede for?",
        "Hvad fungerer godt?",
        "Hvad skal der ske?",
    ]
    assert len(_framework(p, "question")) == 3


# --- broken profiles ------------------------------------------------------------------------


@pytest.fixture
def good() -> dict[str, Any]:
    return copy.deepcopy(_raw("topi"))


def _write(tmp_path: Path, data: Any, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _problems(tmp_path: Path, data: Any) -> list[str]:
    path = _write(tmp_path, data)
    with pytest.raises(ProfileError) as info:
        load_profile_file(path)
    assert all(p.file == str(path) for p in info.value.problems)
    return [str(p).replace(str(path), "broken.json") for p in info.value.problems]


Mutation = Callable[[dict[str, Any]], None]


def _pos(d: dict[str, Any], i: int) -> dict[str, Any]:
    return d["scale"]["positions"][i]


CASES: list[tuple[str, Mutation, str]] = [
    (
        "missing field",
        lambda d: _pos(d, 1)["signpost"].pop("do_now"),
        "broken.json: scale.positions[1].signpost.do_now: required field is missing",
    ),
    (
        "wrong type",
        lambda d: _pos(d, 2)["signpost"].update(follow_up_weeks="4"),
        "broken.json: scale.positions[2].signpost.follow_up_weeks: expected a whole number, got "
        'the text "4"',
    ),
    (
        "unknown key typo",
        lambda d: _pos(d, 0).update(colur=_pos(d, 0).pop("colour")),
        'broken.json: scale.positions[0].colur: unknown field "colur" (did you mean "colour"?)',
    ),
    (
        "bad colour",
        lambda d: _pos(d, 1).update(colour="#12345"),
        'broken.json: scale.positions[1].colour: colour must look like "#RRGGBB" (six hex '
        'digits), got "#12345"',
    ),
    (
        "duplicate protective factor",
        lambda d: d["protective_factors"][1].update(key="secure_attachment"),
        'broken.json: protective_factors[1].key: duplicate key "secure_attachment" (already used '
        "at protective_factors[0])",
    ),
    (
        "duplicate sign key across domains",
        lambda d: d["sign_domains"][1]["signs"][0].update(key="sad_crying"),
        'broken.json: sign_domains[1].signs[0].key: duplicate key "sad_crying" (already used at '
        "sign_domains[0].signs[0])",
    ),
    (
        "sign with unknown age band",
        lambda d: d["sign_domains"][0]["signs"][2].update(age_bands=["3_5", "18_25"]),
        'broken.json: sign_domains[0].signs[2].age_bands[1]: unknown age band "18_25" (defined: '
        "0_2, 3_5, 6_9, 10_13, 14_17)",
    ),
    (
        "overlapping age bands",
        lambda d: d["age_bands"][2].update(min_months=60),
        'broken.json: age_bands[2].min_months: age band "6_9" (60-120 months) overlaps age band '
        '"3_5" (36-72 months)',
    ),
    (
        "gap between age bands",
        lambda d: d["age_bands"][1].update(min_months=40),
        'broken.json: age_bands[1].min_months: gap between age band "0_2" (ends at 36 months) '
        'and "3_5" (starts at 40 months)',
    ),
    (
        "plan for an unknown position",
        lambda d: d["plan_templates"][0].update(for_positions=["yellow", "orange"]),
        'broken.json: plan_templates[0].for_positions[1]: unknown scale position "orange"',
    ),
    (
        "invalid decision",
        lambda d: d["plan_templates"][1].update(decisions=["continue", "escalate"]),
        'broken.json: plan_templates[1].decisions[1]: "escalate" is not one of "continue", '
        '"step_up", "step_down", "close"',
    ),
    (
        "invalid reporting duty",
        lambda d: _pos(d, 1)["signpost"].update(reporting_duty="maybe"),
        'broken.json: scale.positions[1].signpost.reporting_duty: "maybe" is not one of "no", '
        '"consider", "yes"',
    ),
    (
        "only one position",
        lambda d: d["scale"].update(positions=d["scale"]["positions"][:1]),
        "broken.json: scale.positions: needs at least 2 items",
    ),
    (
        "follow-up too long",
        lambda d: d["plan_templates"][0].update(follow_up_weeks=53),
        "broken.json: plan_templates[0].follow_up_weeks: must be between 1 and 52, got 53",
    ),
    (
        "follow-up zero",
        lambda d: _pos(d, 0)["signpost"].update(follow_up_weeks=0),
        "broken.json: scale.positions[0].signpost.follow_up_weeks: must be between 1 and 52, got 0",
    ),
    (
        "empty English text",
        lambda d: d["name"].update(en="  "),
        "broken.json: name.en: must not be empty",
    ),
    (
        "text without Danish",
        lambda d: d["description"].pop("da"),
        "broken.json: description.da: required field is missing",
    ),
    (
        "key not a slug",
        lambda d: d["protective_factors"][0].update(key="Tryg tilknytning"),
        'broken.json: protective_factors[0].key: key must be lowercase ASCII letters, digits, "_" '
        'or "-" (at most 64), got "Tryg tilknytning"',
    ),
    (
        "unknown framework kind",
        lambda d: d["framework"][0].update(kind="rule"),
        'broken.json: framework[0].kind: "rule" is not one of',
    ),
    (
        "scale in the wrong order",
        lambda d: d["scale"]["positions"].reverse(),
        'broken.json: scale.positions[1].signpost.reporting_duty: reporting duty "consider" is '
        'weaker than "yes" at the position before',
    ),
    (
        "unknown top-level field",
        lambda d: d.update(municipalty="Testrup"),
        'broken.json: municipalty: unknown field "municipalty" (did you mean "municipality"?)',
    ),
    (
        "practice flag of the wrong type",
        lambda d: d["practice"].update(min_individual_assessors=True),
        "broken.json: practice.min_individual_assessors: expected a whole number, got true",
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_profile_names_file_path_and_problem(
    tmp_path: Path, good: dict[str, Any], mutate: Mutation, expected: str
) -> None:
    mutate(good)
    problems = _problems(tmp_path, good)
    assert any(p.startswith(expected) for p in problems), problems


def test_all_problems_are_reported_at_once(tmp_path: Path, good: dict[str, Any]) -> None:
    for _, mutate, _ in CASES[:8]:
        mutate(good)
    problems = _problems(tmp_path, good)
    for _, _, expected in CASES[:8]:
        assert any(p.startswith(expected) for p in problems), expected


@pytest.mark.parametrize(
    "field", ["id", "version", "format", "name", "scale", "age_bands", "sign_domains", "reporting"]
)
def test_missing_top_level_field(tmp_path: Path, good: dict[str, Any], field: str) -> None:
    del good[field]
    assert f"broken.json: {field}: required field is missing" in _problems(tmp_path, good)


def test_optional_fields_may_be_left_out(tmp_path: Path, good: dict[str, Any]) -> None:
    del good["practice"]
    for pos in good["scale"]["positions"]:
        del pos["symbol"], pos["signpost"]["plan_required"]
    for plan in good["plan_templates"]:
        del plan["decisions"]
        plan.pop("for_positions", None)
    profile = load_profile_file(_write(tmp_path, good, "minimal.json"))
    assert profile.practice.min_individual_assessors == 1
    assert profile.scale.positions[0].symbol == ""
    assert profile.plan_templates[0].decisions == tuple(EvaluationDecision)


def test_newer_format_asks_for_an_update(tmp_path: Path, good: dict[str, Any]) -> None:
    good["format"] = 2
    good["new_feature_from_the_future"] = {"whatever": True}
    assert _problems(tmp_path, good) == [
        "broken.json: format: made for a newer version of Forebyg (profile format 2, this "
        "version reads format 1); update the program"
    ]


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": 1,\n  "id": "x",\n}\n', encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile_file(path)
    (problem,) = info.value.problems
    assert problem.line == 4 and problem.column == 1
    assert str(problem).startswith(f"{path}:4:1: invalid JSON:")
    assert str(info.value) == str(problem)


def test_field_given_twice_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": 1, "id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile_file(path)
    assert [str(p) for p in info.value.problems] == [
        f'{path}: field "id" appears twice in the same object'
    ]


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    assert _problems(tmp_path, [1, 2]) == [
        "broken.json: a profile must be a JSON object, got a list"
    ]


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read the file"):
        load_profile_file(tmp_path / "nothing.json")
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(b'{"id": "k\xf8ge"}')  # "køge" saved as Latin-1
    with pytest.raises(ProfileError, match="not UTF-8"):
        load_profile_file(latin1)


def test_a_byte_order_mark_is_accepted(tmp_path: Path, good: dict[str, Any]) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good).encode("utf-8"))
    assert load_profile_file(path).id == "topi"


def test_profile_from_dict_uses_the_source_name(good: dict[str, Any]) -> None:
    assert profile_from_dict(copy.deepcopy(good)).scale.keys == ("green", "yellow", "red")
    good["scale"]["positions"][0]["colour"] = "green"
    with pytest.raises(ProfileError) as info:
        profile_from_dict(good, source_name="import/kommune.json")
    assert str(info.value).startswith("import/kommune.json: scale.positions[0].colour: ")


def test_problem_string_formats() -> None:
    assert str(ProfileProblem("a.json", "scale.name", "bad")) == "a.json: scale.name: bad"
    assert str(ProfileProblem("a.json", "", "bad")) == "a.json: bad"
    assert str(ProfileProblem("a.json", "", "bad", line=3, column=7)) == "a.json:3:7: bad"


def test_unknown_bundled_profile() -> None:
    with pytest.raises(ProfileError, match="no bundled profile"):
        load_bundled_profile("no-such-kommune")
    with pytest.raises(ProfileError):
        load_bundled_profile("../pyproject")
