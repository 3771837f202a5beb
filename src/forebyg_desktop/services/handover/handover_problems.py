"""The problem a received handover's checks raise (`Bad`), and the labels its messages use.

A problem refuses the whole handover; its message names the record kind and
the field, never the content, since it is shown and may be logged: a
validator's problem that quotes a value from the file is replaced by one
that names only the field (`refuse_errors`).
"""

from __future__ import annotations

import re

from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, ProfileText
from forebyg_desktop.core.problem import Problem
from forebyg_desktop.sync.problems import SyncProblem

_CTX = "HandoverService"
_FIELD_NAME = re.compile(r"[a-z_]+(\[\d+\])?(\.[a-z0-9_-]{1,64})?")  # "goals[0].goal", "answers.q1"
KIND_LABELS = {
    "child": QT_TRANSLATE_NOOP("HandoverService", "the child"),
    "assessment": QT_TRANSLATE_NOOP("HandoverService", "an assessment"),
    "plan": QT_TRANSLATE_NOOP("HandoverService", "a plan"),
    "evaluation": QT_TRANSLATE_NOOP("HandoverService", "a plan evaluation"),
    "consent": QT_TRANSLATE_NOOP("HandoverService", "the consent"),
    "sender": QT_TRANSLATE_NOOP("HandoverService", "the sender"),
    "handover": QT_TRANSLATE_NOOP("HandoverService", "the handover"),
}


class Bad(SyncProblem):
    """A content problem (no content in the message); the caller names the file."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(Message(_CTX, text, params))


def kind(entity: str) -> Message:
    """ "the child", "an assessment", ... for messages."""
    return Message(_CTX, KIND_LABELS.get(entity, KIND_LABELS["handover"]))


def bad_field(entity: str, field: str) -> Bad:
    """Bad: `entity` has a missing or malformed `field`."""
    return Bad(
        QT_TRANSLATE_NOOP("HandoverService", "{kind} has a missing or malformed field {field}"),
        kind=kind(entity),
        field=field,
    )


def _content_free(message: Message) -> bool:
    """Whether `message` shows no value from the file (only labels and numbers)."""
    return all(
        isinstance(v, Message | ProfileText) or (isinstance(v, int) and not isinstance(v, bool))
        for v in message.params.values()
    )


def refuse_errors(entity: str, errors: list[Problem]) -> None:
    """Raise Bad for the first of a validator's `errors` (if any), quoting nothing from the file."""
    if not errors:
        return
    error = errors[0]
    field = error.where if _FIELD_NAME.fullmatch(error.where) else "?"
    if _content_free(error.message):
        raise Bad(
            QT_TRANSLATE_NOOP("HandoverService", "{kind}, field {field}: {problem}"),
            kind=kind(entity),
            field=field,
            problem=error.message,
        )
    raise Bad(
        QT_TRANSLATE_NOOP("HandoverService", "{kind} has a field {field} that is not valid here"),
        kind=kind(entity),
        field=field,
    )
