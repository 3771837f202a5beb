"""IT's machine configuration file: good values apply, every problem names file:line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forebyg_desktop.site_config import KEYS, default_path, load_site_config, site_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "forebyg.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(config) -> list[str]:
    return [str(p) for p in config.problems]


def test_a_complete_file_sets_every_value(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    path = _write(
        tmp_path,
        f"""# Forebyg, Horsens Kommune
profile = "horsens"
hub_folder = '{hub}'
language = "en"
auto_lock_minutes = 3
retention_years = 5
institution_name = "  Børnehuset Solsikken "
""",
    )
    config = load_site_config(path)
    assert _problems(config) == []
    assert config.path == path
    assert config.profile == "horsens" and config.is_locked("profile")
    assert config.hub_folder == hub
    assert config.language == "en"
    assert config.auto_lock_minutes == 3
    assert config.retention_months == 60
    assert config.institution_name == "Børnehuset Solsikken"


def test_a_missing_file_is_no_configuration(tmp_path: Path) -> None:
    config = load_site_config(tmp_path / "absent.toml")
    assert config.problems == () and not config.any_locked
    assert load_site_config(None) == config


def test_broken_toml_names_the_line_and_the_whole_file_is_ignored(tmp_path: Path) -> None:
    path = _write(tmp_path, 'profile = "horsens"\nlanguage = "da"\nauto_lock_minutes = = 5\n')
    config = load_site_config(path)
    assert config.profile is None and config.language is None
    (problem,) = _problems(config)
    assert problem.startswith(f"{path}:3: not valid TOML")
    assert "the whole file is ignored" in problem


def test_a_bad_value_names_line_and_key_and_only_that_value_is_ignored(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'profile = "horsens"\n\nauto_lock_minutes = 90\nlanguage = "de"\nretention_months = 0\n',
    )
    config = load_site_config(path)
    assert config.profile == "horsens"
    assert config.auto_lock_minutes is None and config.language is None
    assert config.retention_months is None
    assert _problems(config) == [
        f"{path}:3: auto_lock_minutes must be a whole number from 1 to 60; this value is ignored.",
        f"{path}:4: language must be one of da, en; this value is ignored.",
        f"{path}:5: retention_months must be a whole number from 1 to 1200; this value is ignored.",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('profile = "aarhus"', "profile must be the id of a bundled profile (frederikssund,"),
        ("auto_lock_minutes = true", "auto_lock_minutes must be a whole number"),
        ('auto_lock_minutes = "5"', "auto_lock_minutes must be a whole number"),
        ("hub_folder = 'relative/folder'", "hub_folder must be an absolute folder path"),
        ('institution_name = "   "', "institution_name must be a text of 1 to 200 characters"),
        ("retention_years = 2.5", "retention_years must be a whole number from 1 to 100"),
    ],
)
def test_each_key_is_checked(tmp_path: Path, line: str, expected: str) -> None:
    path = _write(tmp_path, f"# IT\n{line}\n")
    config = load_site_config(path)
    assert not config.any_locked
    (problem,) = _problems(config)
    assert problem.startswith(f"{path}:2: {expected}")


def test_an_unknown_key_is_ignored_with_a_suggestion(tmp_path: Path) -> None:
    path = _write(tmp_path, 'language = "en"\nauto_lock_minute = 5\ncolour = "blue"\n')
    config = load_site_config(path)
    assert config.language == "en" and config.auto_lock_minutes is None
    assert _problems(config) == [
        f'{path}:2: unknown key "auto_lock_minute" is ignored (did you mean "auto_lock_minutes"?).',
        f'{path}:3: unknown key "colour" is ignored; known keys: profile, hub_folder, language, '
        "auto_lock_minutes, retention_months, retention_years, institution_name, "
        "invitation_days.",
    ]


def test_retention_in_months_and_years_at_once_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "retention_months = 24\nretention_years = 2\n")
    config = load_site_config(path)
    assert config.retention_months is None
    assert _problems(config)[0].startswith(f"{path}:2: give retention_months or retention_years")


def test_a_notepad_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "forebyg.toml"
    path.write_bytes('\ufeffinstitution_name = "Skolen ved Søen"\r\n'.encode())
    config = load_site_config(path)
    assert config.problems == () and config.institution_name == "Skolen ved Søen"


def test_a_file_that_is_not_text_is_ignored_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "forebyg.toml"
    path.write_bytes(b'language = "da"\ninstitution_name = "\xff\xfe"\n')
    config = load_site_config(path)
    assert config.language is None
    assert _problems(config) == [f"{path}:2: not UTF-8 text; the whole file is ignored."]


def test_the_environment_names_the_file(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, 'language = "en"\n')
    monkeypatch.setenv("FOREBYG_SITE_CONFIG", str(path))
    site_config.cache_clear()
    try:
        assert default_path() == path and site_config().language == "en"
        monkeypatch.setenv("FOREBYG_SITE_CONFIG", "")
        site_config.cache_clear()
        assert default_path() is None and site_config().language is None
    finally:
        site_config.cache_clear()


_VALUES = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.booleans().map(lambda b: str(b).lower()),
    st.text(max_size=20).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
    st.sampled_from(["[1, 2]", "{ a = 1 }", "1979-05-27", "3.5", "nan", "'C:\\Temp'", '"da"']),
)
_LINES = st.tuples(st.sampled_from([*KEYS, "profil", "[profile]", "x.y", ""]), _VALUES).map(
    lambda kv: f"{kv[0]} = {kv[1]}" if kv[0] and not kv[0].startswith("[") else kv[0]
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(_LINES, max_size=8), noise=st.binary(max_size=40))
def test_no_file_content_makes_reading_fail(tmp_path: Path, lines: list[str], noise: bytes) -> None:
    path = tmp_path / "forebyg.toml"
    for raw in ("\n".join(lines).encode(), noise):
        path.write_bytes(raw)
        config = load_site_config(path)
        # Every value kept is one the app can use; every problem names the file.
        assert config.language in (None, "da", "en")
        assert config.auto_lock_minutes is None or 1 <= config.auto_lock_minutes <= 60
        assert config.retention_months is None or config.retention_months >= 1
        assert all(str(p).startswith(str(path)) for p in config.problems)
