"""Input checks: CPR numbers however they are written, control and text-direction characters.

Issue 9, point 13: CPR numbers written with spaces, dots, slashes, several
separators, a soft hyphen, U+2212 or full-width characters passed; control
characters, terminal escapes and bidi overrides passed in names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from forebyg_desktop.core.records import Child, Consent, Goal, IndicatorProgress
from forebyg_desktop.core.text_safety import (
    _FORMAT_CHARACTERS,
    escape_line,
    escape_unsafe,
    first_unsafe,
    for_matching,
)
from forebyg_desktop.core.validation import (
    contains_cpr,
    validate_child,
    validate_consent,
)
from forebyg_desktop.core.validation_rules import Errors

from .conftest import TODAY

IDA = Child(id="c1", name="Ida Jensen", birth_date=date(2019, 3, 2), group="Bierne")

# --- CPR numbers however they are written ------------------------------------

CPR_FORMS = [
    "010203 - 1234",
    "01.02.03-1234",
    "01 02 03 1234",
    "010203/1234",
    "01/02/03/1234",
    "010203\u00ad1234",  # soft hyphen
    "0102\u00ad03-1234",  # soft hyphen inside the date
    "010203\u20121234",  # figure dash
    "010203\u22121234",  # minus sign
    "010203\uff0d1234",  # full-width hyphen-minus
    "\uff10\uff11\uff10\uff12\uff10\uff13\uff0d\uff11\uff12\uff13\uff14",  # full-width digits
    "010203\u200b-\u200b1234",  # zero-width spaces around the hyphen
    "01\u200d0203-1234",  # zero-width joiner inside the date
    "010203\u2060-1234",  # word joiner
    "010203\ufeff1234",  # zero-width no-break space
    "010203\u00a0-\u00a01234",  # no-break spaces
    "010203 \u2013 1234",  # spaced en dash
    "010203--1234",
    "cpr.nr.: 01.02.03 - 1234.",
    "010203_1234",
]


@pytest.mark.parametrize("text", CPR_FORMS)
def test_cpr_numbers_are_found_whatever_the_separators(text: str) -> None:
    assert contains_cpr(text)
    assert contains_cpr(f"Mor oplyste {text} ved aflevering")


@pytest.mark.parametrize("text", CPR_FORMS)
def test_a_name_with_a_cpr_number_in_any_form_is_refused(text: str) -> None:
    errors = validate_child(replace(IDA, name=f"Ida {text}"), today=TODAY)
    assert [e.where for e in errors if "CPR" in str(e)] == ["name"]


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-02",
        "Mødet er 2024-01-02 kl. 10.30",
        "12 34 56 78",
        "Ring 12 34 56 78 eller +45 87 65 43 21",
        "+45 12345678",
        "01.02.2024 kl. 12.34",
        "fra 01.02.2024 til 03.04.2024",
        "32.01.03-1234",  # no 32nd day
        "01.13.03-1234",  # no 13th month
        "30 02 03 1234",  # no 30 February
        "sagsnr. 01020312345",
        "01.02.03-12345",  # five digits after the date: not a CPR number
        "uge 10-12, 2024",
        "version 1.2.3.4",
    ],
)
def test_dates_and_phone_numbers_are_not_taken_for_cpr_numbers(text: str) -> None:
    assert not contains_cpr(text)


def test_the_format_character_table_holds_every_format_character() -> None:
    """The hand-written table covers category Cf of this Python's Unicode database."""
    for value in range(0x110000):
        char = chr(value)
        category = unicodedata.category(char)
        if category == "Cf":
            assert _FORMAT_CHARACTERS.fullmatch(char), f"U+{value:04X} missing"
        elif _FORMAT_CHARACTERS.fullmatch(char):
            assert category == "Cn", f"U+{value:04X} is {category}, not a format character"


def test_matching_form_drops_format_characters_and_folds_width() -> None:
    assert for_matching("a\u00adb\u200bc") == "abc"
    assert for_matching("\uff11\uff0d") == "1-"
    assert for_matching("Søren") == "Søren"


# --- control and text-direction characters -----------------------------------

CONTROL_CLASSES = [
    ("NUL", "\x00"),
    ("ESC (terminal escape)", "\x1b[31m"),
    ("BEL", "\x07"),
    ("carriage return", "\r"),
    ("DEL", "\x7f"),
    ("C1 CSI", "\x9b"),
    ("C1 NEL", "\x85"),
]
BIDI_CLASSES = [
    ("LRE", "\u202a"),
    ("RLE", "\u202b"),
    ("PDF", "\u202c"),
    ("LRO", "\u202d"),
    ("RLO", "\u202e"),
    ("LRI", "\u2066"),
    ("RLI", "\u2067"),
    ("FSI", "\u2068"),
    ("PDI", "\u2069"),
]
MARKS = [("LRM", "\u200e"), ("RLM", "\u200f"), ("ALM", "\u061c")]


def _name_problems(name: str) -> list[str]:
    return [str(e) for e in validate_child(replace(IDA, name=name), today=TODAY)]


@pytest.mark.parametrize(("what", "char"), CONTROL_CLASSES, ids=[c[0] for c in CONTROL_CLASSES])
def test_control_characters_are_refused_in_names(what: str, char: str) -> None:
    problems = _name_problems(f"Ida{char}Jensen")
    assert len(problems) == 1
    assert problems[0].startswith("Name ")
    assert "control character" in problems[0] or "one line" in problems[0]


@pytest.mark.parametrize(
    ("what", "char"), BIDI_CLASSES + MARKS, ids=[c[0] for c in BIDI_CLASSES + MARKS]
)
def test_text_direction_characters_are_refused_in_names(what: str, char: str) -> None:
    (problem,) = _name_problems(f"Ida{char}nesneJ")
    code = f"U+{ord(char):04X}"
    assert problem == (
        f"Name contains an invisible character that changes the text direction ({code}); remove it."
    )


@pytest.mark.parametrize("char", ["\n", "\r\n", "\u2028", "\u2029", "\x0b"])
def test_a_name_must_be_on_one_line(char: str) -> None:
    assert _name_problems(f"Ida{char}Jensen") == ["Name must be on one line."]


def test_an_escape_in_a_name_is_named_by_its_code_point_only() -> None:
    assert _name_problems("Ida\x1b]0;owned\x07") == [
        "Name contains a control character (U+001B); remove it."
    ]


@pytest.mark.parametrize(("what", "char"), CONTROL_CLASSES + BIDI_CLASSES)
def test_notes_refuse_controls_and_overrides(what: str, char: str) -> None:
    e = Errors()
    e.text("observations", f"Første linje\nAnden{char} linje")
    assert [x.where for x in e.items] == ["observations"]


@pytest.mark.parametrize("text", ["linje 1\nlinje 2", "a\tb", "עברית\u200f (hebraisk)"])
def test_notes_keep_line_feeds_tabs_and_direction_marks(text: str) -> None:
    e = Errors()
    e.text("observations", text)
    assert e.items == []


def test_every_one_line_field_of_the_records_refuses_controls() -> None:
    from forebyg_desktop.core.validation import validate_evaluation, validate_plan

    bad = "x\x1b[2J"
    assert {e.where for e in validate_child(replace(IDA, group=bad), today=TODAY)} == {"group"}
    consent = Consent(
        id="k1",
        child_id="c1",
        given_date=TODAY,
        expires=date(2025, 1, 1),
        given_by=bad,
        covers=("plans",),
        recipient="Skovbo\u202eSkole",
        purpose="Overgang\ntil skole",
    )
    assert {e.where for e in validate_consent(consent, today=TODAY)} == {"given_by", "recipient"}

    from .test_validation import evaluation, plan

    a_plan = plan()
    a_plan = replace(
        a_plan,
        goals=(Goal(goal=f"Leger {bad}", indicator="Leger\nmed andre"),),
        coordinator="Mette\u2066",
    )
    fields = {e.where for e in validate_plan(a_plan, _profile(), today=TODAY)}
    assert {"goals[0].goal", "goals[0].indicator", "coordinator"} <= fields

    ev = evaluation()
    ev = replace(ev, progress=(IndicatorProgress(indicator="a\u202eb", progress="ok"),), by=bad)
    fields = {e.where for e in validate_evaluation(ev, _profile(), a_plan, today=TODAY)}
    assert {"progress[0].indicator", "by"} <= fields


def _profile():
    from .conftest import make_profile

    return make_profile()


# --- showing text in a terminal ------------------------------------------------


def test_escape_shows_controls_and_direction_characters_visibly() -> None:
    assert escape_unsafe("Ida\x1b[31m\u202eX\nY\tZ") == "Ida\\x1b[31m\\u202eX\nY\tZ"
    assert escape_line("a\nb\tc\x9b") == "a\\nb\\tc\\x9b"
    assert escape_unsafe("Søren Ærø") == "Søren Ærø"


def test_first_unsafe_tells_one_line_from_multi_line() -> None:
    assert first_unsafe("a\nb") == "\n"
    assert first_unsafe("a\nb", multi_line=True) is None
    assert first_unsafe("a\u200fb", multi_line=True) is None
    assert first_unsafe("a\u202eb", multi_line=True) == "\u202e"


def test_names_outside_the_records_obey_the_same_rule() -> None:
    from forebyg_desktop.core.validation import field_label, validate_name

    label = field_label("Institution")
    assert validate_name("institution", "Skovbo Skole", label=label) == []
    problems = [str(e) for e in validate_name("institution", "Skovbo\u202eSkole", label=label)]
    assert problems == [
        "Institution contains an invisible character that changes the text direction "
        "(U+202E); remove it."
    ]
    assert [str(e) for e in validate_name("institution", " ", label=label)] == [
        "Institution is required."
    ]
    assert validate_name("institution", "", label=label, required=False) == []
