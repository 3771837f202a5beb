"""The one problem type: something wrong with input, from core validation to the screen.

Core validators return Problems (`where` is the record's field name, or a path
such as "goals[0].indicator"); services raise them inside ValidationFailed
(`where` may then also be "file:line" of an imported list); the UI shows them
in its problem list and moves the focus to the field `where` names.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import Message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (a field, a file and line) and what."""

    where: str
    message: Message

    def __str__(self) -> str:
        return self.message.english()

    def located(self) -> str:
        """ "where: what" in English, for one-line lists (the command line)."""
        return f"{self.where}: {self.message.english()}"
