"""One root error: every exception class the program defines derives from TranslatableError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import forebyg_desktop
from forebyg_desktop.core.i18n import TranslatableError

# Exceptions that are deliberately not user-facing errors, and why.
NOT_USER_FACING = {
    # An OSError: the readers turn it into a message naming the file and its size.
    "forebyg_desktop.sync.untrusted.TooLarge",
    # Control flow inside the sync runner (a stop request), never shown.
    "forebyg_desktop.services.team_sync.sync_runner._Stopping",
}


def _exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(forebyg_desktop.__path__, "forebyg_desktop."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{name}"] = value
    return found


def test_every_error_the_program_defines_has_one_root() -> None:
    classes = _exception_classes()
    assert len(classes) > 20  # the walk found the program's errors
    outside = sorted(
        name
        for name, cls in classes.items()
        if not issubclass(cls, TranslatableError) and name not in NOT_USER_FACING
    )
    assert outside == []


def test_the_exceptions_allowed_outside_the_root_still_exist() -> None:
    assert set(_exception_classes()) >= NOT_USER_FACING
