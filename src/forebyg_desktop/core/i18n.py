"""Translation markers for code that must not import Qt.

`core`, `store`, `sync` and `services` produce user-facing messages but must not depend
on Qt. They mark source strings (English) with `QT_TRANSLATE_NOOP`,
which `pyside6-lupdate` recognises by name, and the UI translates them with
`QCoreApplication.translate(context, text)` when showing them. The CLI, the
scripting interface for IT, prints the English source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: the UI translates `text` in `context`, then formats.

    `params` fill `{name}` placeholders after translation, so translators see
    the placeholders and values stay untranslated.
    """

    context: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        """The message in English (source language), placeholders filled."""
        return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.english()


class TranslatableError(Exception):
    """The root of every error the program raises on purpose.

    `str(err)` is one English sentence (what the CLI prints). Raised with a
    `Message`, `message` holds it and the UI shows it translated
    (ui/i18n.tr_message); raised with a plain string, `message` is None and the
    UI can only show the English text. Its branches: StoreError (store),
    ServiceError (services), SyncProblem (hub and handover files), CryptoError,
    RecordError, ProfileError, ClockDriftError, the strict reader's Malformed
    and the command line's UsageError. tests/test_errors.py keeps it so.
    """

    def __init__(self, message: Message | str) -> None:
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(message.english() if isinstance(message, Message) else message)


class _BothLanguages(Protocol):
    def get(self, lang: str = "da") -> str: ...


@dataclass(frozen=True)
class ProfileText:
    """A profile text (Danish and English) used as a Message parameter.

    Profile texts come in both languages rather than through Qt translation:
    the UI shows `text.get(lang)`; formatting (the CLI) gives English.
    """

    text: _BothLanguages

    def __format__(self, spec: str) -> str:
        return format(self.text.get("en"), spec)

    def __str__(self) -> str:
        return self.text.get("en")
