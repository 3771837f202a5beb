"""Errors services raise for the UI and CLI to show."""

from __future__ import annotations

from forebyg_desktop.core.i18n import Message, TranslatableError
from forebyg_desktop.core.problem import Problem

__all__ = ["Problem", "ServiceError", "ValidationFailed"]


class ServiceError(TranslatableError):
    """A refused request: `str(err)` is one clear English sentence (what the CLI prints).

    Raise it with a core.i18n `Message` wherever the GUI may show it: `message`
    then holds it, and the UI translates it (ui/i18n.tr_message). A plain
    string leaves `message` None, and the UI can only show the English text.
    `where` names the input it is about ("" for none), so a dialogue can show
    it beside that field.
    """

    def __init__(self, message: Message | str, where: str = "") -> None:
        self.where = where
        super().__init__(message)


class ValidationFailed(ServiceError):
    """The input was refused; nothing was written. `problems` says everything wrong."""

    def __init__(self, problems: list[Problem], subject: str = "") -> None:
        self.problems = problems
        self.subject = subject
        text = "; ".join(p.located() for p in problems)
        super().__init__(f"{subject}: {text}" if subject else text)
