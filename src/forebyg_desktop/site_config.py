"""Machine configuration set by the municipality's IT department (a TOML file).

The file lives in the platform's site configuration folder (platformdirs
`site_config_dir`), e.g. `C:\\ProgramData\\Forebyg\\forebyg-desktop\\forebyg.toml`
on Windows and `/etc/xdg/forebyg-desktop/forebyg.toml` on Linux;
FOREBYG_SITE_CONFIG names another file (an empty value turns it off). Every key
is optional; a value set here is locked in the app. docs/it-guide.md lists the keys.

Bad input never stops the program. As with enterprise browser policies: a file
that is not valid TOML is ignored as a whole; a key with a bad value is
ignored on its own; an unknown key is ignored with a suggestion. Each problem
is a translatable message naming file:line and the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

from forebyg_desktop import APP_AUTHOR, APP_NAME
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message

ENV_VAR = "FOREBYG_SITE_CONFIG"
FILE_NAME = "forebyg.toml"
LANGUAGES = ("da", "en")
LOCK_MINUTES_RANGE = (1, 60)  # the same range as the settings dialog
RETENTION_MONTHS_RANGE = (1, 1200)
RETENTION_YEARS_RANGE = (1, 100)
MAX_NAME_LENGTH = 200
INVITATION_DAYS_RANGE = (1, 365)
KEYS = (
    "profile",
    "hub_folder",
    "language",
    "auto_lock_minutes",
    "retention_months",
    "retention_years",
    "institution_name",
    "invitation_days",
)
# SiteConfig's value fields (retention_years is read into retention_months).
VALUES = (
    "profile",
    "hub_folder",
    "language",
    "auto_lock_minutes",
    "retention_months",
    "institution_name",
    "invitation_days",
)
_CTX = "SiteConfig"


@dataclass(frozen=True)
class SiteConfig:
    """The values IT set (None where not set) and the problems found reading the file."""

    path: Path | None = None
    profile: str | None = None
    hub_folder: Path | None = None
    language: str | None = None
    auto_lock_minutes: int | None = None
    retention_months: int | None = None
    institution_name: str | None = None
    invitation_days: int | None = None  # how long a team invitation is valid
    problems: tuple[Message, ...] = field(default_factory=tuple)

    def is_locked(self, name: str) -> bool:
        """True when IT set `name` (an attribute: profile, language, auto_lock_minutes, ...)."""
        return getattr(self, name) is not None

    @property
    def any_locked(self) -> bool:
        return any(self.is_locked(name) for name in VALUES)


def default_path() -> Path | None:
    """FOREBYG_SITE_CONFIG if set (empty: none), else the platform's site config file."""
    env = os.environ.get(ENV_VAR)
    if env is not None:
        return Path(env) if env.strip() else None
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / FILE_NAME


@cache
def site_config() -> SiteConfig:
    """The machine's configuration, read once per process (`site_config.cache_clear()` re-reads)."""
    return load_site_config(default_path())


def load_site_config(path: Path | None) -> SiteConfig:
    """Read and check `path`; a missing file is no configuration and no problem."""
    if path is None:
        return SiteConfig()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SiteConfig()
    except OSError as exc:
        return _ignored(
            path,
            f"{path}",
            _expect(
                QT_TRANSLATE_NOOP("SiteConfig", "cannot read the file ({error})"),
                error=exc.strerror or exc,
            ),
        )
    try:
        # utf-8-sig: Windows Notepad may start the file with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return _ignored(
            path, f"{path}:{line}", _expect(QT_TRANSLATE_NOOP("SiteConfig", "not UTF-8 text"))
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        match = re.search(r"\(at line (\d+), column (\d+)\)", detail)
        place = f"{path}:{match.group(1)}" if match else f"{path}"
        detail = re.sub(r"\s*\(at (line|end of document).*\)$", "", detail)
        return _ignored(
            path,
            place,
            _expect(QT_TRANSLATE_NOOP("SiteConfig", "not valid TOML: {error}"), error=detail),
        )
    return _from_table(path, text, data)


def _ignored(path: Path, place: str, detail: Message) -> SiteConfig:
    text = QT_TRANSLATE_NOOP("SiteConfig", "{place}: {detail}; the whole file is ignored.")
    return SiteConfig(
        path=path, problems=(Message(_CTX, text, {"place": place, "detail": detail}),)
    )


def _from_table(path: Path, text: str, data: dict[str, Any]) -> SiteConfig:
    problems: list[Message] = []
    values: dict[str, Any] = {}

    def place(key: str) -> str:
        line = _key_line(text, key)
        return f"{path}:{line}" if line else f"{path}"

    def bad(key: str, expected: Message) -> None:
        msg = QT_TRANSLATE_NOOP(
            "SiteConfig", "{place}: {key} must be {expected}; this value is ignored."
        )
        problems.append(Message(_CTX, msg, {"place": place(key), "key": key, "expected": expected}))

    for key, value in data.items():
        if key not in KEYS:
            problems.append(_unknown(place(key), key))
            continue
        checked = _CHECKS[key](value)
        if isinstance(checked, Message):
            bad(key, checked)
        else:
            values[key] = checked

    if "retention_months" in values and "retention_years" in values:
        msg = QT_TRANSLATE_NOOP(
            "SiteConfig",
            "{place}: give retention_months or retention_years, not both; both are ignored.",
        )
        problems.append(Message(_CTX, msg, {"place": place("retention_years")}))
        values.pop("retention_months")
        values.pop("retention_years")
    if "retention_years" in values:
        values["retention_months"] = values.pop("retention_years") * 12
    return SiteConfig(path=path, problems=tuple(problems), **values)


def _unknown(place: str, key: str) -> Message:
    import difflib  # only when there is a problem: start-up stays lean

    close = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.6)
    if close:
        msg = QT_TRANSLATE_NOOP(
            "SiteConfig", '{place}: unknown key "{key}" is ignored (did you mean "{suggestion}"?).'
        )
        return Message(_CTX, msg, {"place": place, "key": key, "suggestion": close[0]})
    msg = QT_TRANSLATE_NOOP(
        "SiteConfig", '{place}: unknown key "{key}" is ignored; known keys: {known}.'
    )
    return Message(_CTX, msg, {"place": place, "key": key, "known": ", ".join(KEYS)})


def _key_line(text: str, key: str) -> int | None:
    """Line number (1-based) where `key` is assigned or opens a table."""
    name = re.escape(key)
    pattern = re.compile(rf"""^\s*(?:\[+\s*)?(?:{name}|"{name}"|'{name}')\s*(?:=|\]|\.)""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


# -- value checks: each returns the clean value, or a Message saying what was expected --


def _expect(text: str, **params: object) -> Message:
    return Message(_CTX, text, params)


def _text(value: object) -> str | Message:
    if isinstance(value, str) and value.strip() and len(value.strip()) <= MAX_NAME_LENGTH:
        return value.strip()
    return _expect(
        QT_TRANSLATE_NOOP("SiteConfig", "a text of 1 to {n} characters in quotes"),
        n=MAX_NAME_LENGTH,
    )


def _whole_number(low: int, high: int):
    def check(value: object) -> int | Message:
        # TOML true/false are bools, which Python also counts as ints.
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        return _expect(
            QT_TRANSLATE_NOOP("SiteConfig", "a whole number from {low} to {high}"),
            low=low,
            high=high,
        )

    return check


def _language(value: object) -> str | Message:
    if value in LANGUAGES:
        return str(value)
    return _expect(
        QT_TRANSLATE_NOOP("SiteConfig", "one of {choices}"), choices=", ".join(LANGUAGES)
    )


def _profile(value: object) -> str | Message:
    from forebyg_desktop.store.profile_repo import bundled_profile_ids

    ids = bundled_profile_ids()
    if isinstance(value, str) and value in ids:
        return value
    return _expect(
        QT_TRANSLATE_NOOP("SiteConfig", "the id of a bundled profile ({choices})"),
        choices=", ".join(ids),
    )


def _folder(value: object) -> Path | Message:
    if isinstance(value, str) and value.strip():
        folder = Path(os.path.expanduser(os.path.expandvars(value.strip())))
        if folder.is_absolute():
            return folder
    return _expect(
        QT_TRANSLATE_NOOP(
            "SiteConfig", "an absolute folder path in single quotes (environment variables allowed)"
        )
    )


_CHECKS = {
    "profile": _profile,
    "hub_folder": _folder,
    "language": _language,
    "auto_lock_minutes": _whole_number(*LOCK_MINUTES_RANGE),
    "retention_months": _whole_number(*RETENTION_MONTHS_RANGE),
    "retention_years": _whole_number(*RETENTION_YEARS_RANGE),
    "institution_name": _text,
    "invitation_days": _whole_number(*INVITATION_DAYS_RANGE),
}
