"""The Qt translation files are complete, current and usable.

Danish is the default UI language, so every source string needs a Danish
translation; English is filled in too so the English UI is complete. The .ts
files must match what pyside6-lupdate finds in the source today, and each
translation must keep the `{placeholder}`s the code fills in after translating.
"""

from __future__ import annotations

import string
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from forebyg_desktop import translations_build

LANGUAGES = translations_build.LANGUAGES
UPDATE_HINT = "run `python -m forebyg_desktop.translations_build --update`"

# Text that must appear unchanged in a translation whenever its source has it:
# law references, product and command names, file formats and the CSV header.
LITERALS = (
    "Barnets Lov § 133",
    "Forebyg",
    "forebyg init",
    "--profile",
    "--user",
    "CPR",
    "UTF-8",
    "name,birth_date,group",
    "name, birth_date, group",
)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str | None
    translations: tuple[str, ...]  # one, or one per numerus form
    kind: str | None  # the translation's type attribute: unfinished, vanished, obsolete

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "missing"
            else:
                forms = translation.findall("numerusform") or [translation]
                texts = tuple(f.text or "" for f in forms)
                kind = translation.get("type")
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment"),
                    translations=texts,
                    kind=kind,
                )
            )
    return entries


@pytest.fixture(scope="module", params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def entries(lang: str) -> list[Entry]:
    path = translations_build.ts_file(lang)
    assert path.exists(), f"{path} is missing; {UPDATE_HINT}"
    found = read_ts(path)
    assert found, f"{path} holds no messages"
    return found


def placeholders(text: str) -> set[str]:
    """The `str.format` fields in `text`, as written: "{name}", "{hours:.1f}"."""
    fields = set()
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        conv = f"!{conversion}" if conversion else ""
        colon = f":{spec}" if spec else ""
        fields.add(f"{{{name}{conv}{colon}}}")
    return fields


def test_ts_files_keep_their_languages(lang: str) -> None:
    root = ET.parse(translations_build.ts_file(lang)).getroot()
    assert root.tag == "TS"
    assert root.get("language") == lang
    assert root.get("sourcelanguage") == "en"


def test_every_message_is_translated(entries: list[Entry], lang: str) -> None:
    problems = []
    for e in entries:
        if e.kind is not None:
            problems.append(f"{e}: translation is marked {e.kind!r}")
        elif not e.translations or not all(t.strip() for t in e.translations):
            problems.append(f"{e}: translation is empty")
    assert not problems, f"forebyg_{lang}.ts is not complete:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def current_messages(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) pairs lupdate finds in the source right now."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    files = [str(p) for p in translations_build.source_files()]
    subprocess.run(
        [
            translations_build._tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-source-language",
            "en",
            "-target-language",
            "da",
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    found = {(e.context, e.source) for e in read_ts(target)}
    assert found, "lupdate found no translatable strings in the source"
    return found


def test_ts_files_match_the_source(
    entries: list[Entry], lang: str, current_messages: set[tuple[str, str]]
) -> None:
    committed = {(e.context, e.source) for e in entries}
    missing = sorted(current_messages - committed)
    extra = sorted(committed - current_messages)
    lines = []
    if missing:
        lines.append("In the source but not in the .ts file:")
        lines += [f"  [{ctx}] {src!r}" for ctx, src in missing]
    if extra:
        lines.append("In the .ts file but no longer in the source:")
        lines += [f"  [{ctx}] {src!r}" for ctx, src in extra]
    assert not lines, (
        f"forebyg_{lang}.ts is out of date; {UPDATE_HINT} and translate the new strings.\n"
        + "\n".join(lines)
    )


def test_translations_keep_the_placeholders(entries: list[Entry], lang: str) -> None:
    problems = []
    for e in entries:
        wanted = placeholders(e.source)
        for text in e.translations:
            try:
                got = placeholders(text)
            except ValueError as exc:  # a lone "{" or "}"
                problems.append(f"{e}: translation {text!r} is not a valid format string: {exc}")
                continue
            if got != wanted:
                problems.append(
                    f"{e}: translation {text!r} has {sorted(got)}, the source {sorted(wanted)}"
                )
    assert not problems, f"forebyg_{lang}.ts changes placeholders:\n" + "\n".join(problems)


def test_quoted_placeholders_stay_quoted(entries: list[Entry], lang: str) -> None:
    problems = []
    for e in entries:
        quoted = {p for p in placeholders(e.source) if f'"{p}"' in e.source}
        for text in e.translations:
            lost = sorted(p for p in quoted if f'"{p}"' not in text)
            if lost:
                problems.append(f"{e}: translation {text!r} lost the quotes around {lost}")
    assert not problems, "\n".join(problems)


def test_literal_terms_are_kept(entries: list[Entry], lang: str) -> None:
    problems = []
    for e in entries:
        for literal in LITERALS:
            if literal in e.source:
                problems += [
                    f"{e}: translation {text!r} lacks {literal!r}"
                    for text in e.translations
                    if literal not in text
                ]
    assert not problems, "\n".join(problems)


def test_english_translation_is_the_source_text() -> None:
    # Plural messages have real singular and plural forms ("1 day" / "3 days"),
    # each keeping the %n; every other message repeats the source exactly.
    different = [
        f"{e}: {e.translations!r}"
        for e in read_ts(translations_build.ts_file("en"))
        if (
            any("%n" not in t and "%Ln" not in t for t in e.translations)
            if len(e.translations) > 1
            else e.translations != (e.source,)
        )
    ]
    assert not different, "forebyg_en.ts should repeat the source text:\n" + "\n".join(different)


def test_english_plurals_have_a_singular_form() -> None:
    # "(1 years)" reads wrong: the singular form must differ from the plural one.
    same = [
        str(e)
        for e in read_ts(translations_build.ts_file("en"))
        if len(e.translations) > 1 and len(set(e.translations)) == 1
    ]
    assert not same, "English plural messages with one form twice:\n" + "\n".join(same)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("qm")
    written = translations_build.compile_all(out_dir=out)
    return {p.stem.removeprefix("forebyg_"): p for p in written}


def _translator(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), f"QTranslator cannot load {path}"
    return translator


def test_compiled_danish_translates_validation_messages(compiled: dict[str, Path]) -> None:
    assert set(compiled) == set(LANGUAGES)
    translator = _translator(compiled["da"])
    validation = [
        e
        for e in read_ts(translations_build.ts_file("da"))
        if e.context == "Validation" and e.translations[0] != e.source
    ]
    assert validation, "forebyg_da.ts has no Danish Validation messages"
    for e in validation:
        got = translator.translate("Validation", e.source, e.comment)
        assert got == e.translations[0], f"{e}: QTranslator gave {got!r}"
        assert got != e.source


def test_compiled_files_translate_every_message(compiled: dict[str, Path], lang: str) -> None:
    translator = _translator(compiled[lang])
    wrong = []
    for e in read_ts(translations_build.ts_file(lang)):
        if len(e.translations) != 1:
            continue  # numerus forms need a count; covered by lrelease itself
        got = translator.translate(e.context, e.source, e.comment)
        if got != e.translations[0]:
            wrong.append(f"{e}: expected {e.translations[0]!r}, QTranslator gave {got!r}")
    assert not wrong, "\n".join(wrong)
