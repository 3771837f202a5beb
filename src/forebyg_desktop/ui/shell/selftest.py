"""`forebyg --selftest`: does this install work on this machine?

Run by IT after a silent install and by the packaging test on the built app.
It opens a throwaway encrypted store in a temporary folder (never the user's),
shows the main window offscreen with a few synthetic children, writes a PDF,
and checks that the profiles, the translations and SQLCipher are present.
One line per check on stdout; exit 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

# Set by bench/bench_build.py: the launch time (time.time()) of this process,
# so the time to the main window includes interpreter and import start-up.
BENCH_T0_ENV = "FOREBYG_BENCH_T0"
_DEMO_CHILDREN = 3


def run_selftest(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when all pass."""
    out = out or sys.stdout
    started = time.perf_counter()
    # Offscreen, so it runs on a build server or over remote management too.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failures = 0
    for name, check in _checks(app):
        t = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - reported as a failed check, never a traceback
            failures += 1
            print(f"FAIL  {name:<12} {type(exc).__name__}: {exc}", file=out)
        else:
            first, *more = detail.splitlines()
            print(f"ok    {name:<12} {first} ({time.perf_counter() - t:.2f} s)", file=out)
            for line in more:
                print(line, file=out)
    total = time.perf_counter() - started
    verdict = "passed" if not failures else f"FAILED ({failures} checks)"
    print(f"selftest {verdict} in {total:.1f} s", file=out)
    return 0 if not failures else 1


def _checks(app) -> list[tuple[str, Callable[[], str]]]:  # noqa: ANN001 - QApplication
    return [
        ("platform", lambda: _platform(app)),
        ("sqlcipher", _sqlcipher),
        ("profiles", _profiles),
        ("translations", lambda: _translations(app)),
        ("site config", _site_config),
        ("main window", lambda: _main_window(app)),
        ("pdf", _pdf),
    ]


def _platform(app) -> str:  # noqa: ANN001
    from forebyg_desktop import __version__, paths

    frozen = "packaged" if getattr(sys, "frozen", False) else "from source"
    return f"Forebyg {__version__} {frozen} in {paths.install_root()}, Qt {app.platformName()}"


def _sqlcipher() -> str:
    from forebyg_desktop.store.connection import sqlcipher_version

    version = sqlcipher_version()
    if not version:
        raise RuntimeError("the SQLite library has no SQLCipher (no cipher_version)")
    return f"SQLCipher {version}"


def _profiles() -> str:
    from forebyg_desktop.store.profile_repo import bundled_profile_ids, load_bundled_profile

    ids = bundled_profile_ids()
    if not ids:
        raise RuntimeError("no bundled profiles found")
    for profile_id in ids:
        load_bundled_profile(profile_id)  # parses and validates
    return f"{len(ids)} profiles valid ({', '.join(ids)})"


def _translations(app) -> str:  # noqa: ANN001
    from PySide6.QtCore import QTranslator

    from forebyg_desktop import paths
    from forebyg_desktop.translations_build import LANGUAGES

    for lang in LANGUAGES:
        translator = QTranslator(app)
        if not translator.load(f"forebyg_{lang}", str(paths.translations_dir())):
            raise RuntimeError(f"forebyg_{lang}.qm missing in {paths.translations_dir()}")
        if lang == "da" and not translator.translate("MainWindow", "&Overview"):
            raise RuntimeError("forebyg_da.qm holds no Danish translations")
    return ", ".join(LANGUAGES)


def _site_config() -> str:
    from forebyg_desktop.site_config import default_path, site_config

    config = site_config()
    if config.path is None:
        return f"none ({default_path()} not found)" if default_path() else "turned off"
    # Each problem on its own line, so IT can check a file before rolling it out.
    count = len(config.problems)
    lines = [f"{config.path}, {count} problem{'' if count == 1 else 's'}"]
    lines += [f"        {problem}" for problem in config.problems]
    return "\n".join(lines)


def _main_window(app) -> str:  # noqa: ANN001
    from forebyg_desktop.paths import store_file
    from forebyg_desktop.services.session import create_session
    from forebyg_desktop.services.setup.demo_service import run_demo
    from forebyg_desktop.store.profile_repo import bundled_profile_ids
    from forebyg_desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="forebyg-selftest-") as tmp:
        passphrase = secrets.token_urlsafe(24)
        profile = bundled_profile_ids()[0]
        with create_session(Path(tmp), passphrase, profile_id=profile, user="Selftest") as s:
            if store_file(Path(tmp)).read_bytes()[:16].startswith(b"SQLite format 3"):
                raise RuntimeError("the store was written unencrypted")
            run_demo(s, _DEMO_CHILDREN, 1, seed=1)
            window = MainWindow(s, lock_minutes=0)
            window.show()
            app.processEvents()
            shown = _since_launch()
            deadline = time.monotonic() + 30
            while len(window.overview.shown_child_ids()) < _DEMO_CHILDREN:
                if time.monotonic() > deadline:
                    raise RuntimeError("the overview did not fill within 30 s")
                app.processEvents()
                time.sleep(0.005)
            window.close()
            app.processEvents()
    return f"encrypted store opened, overview shows {_DEMO_CHILDREN} children{shown}"


def _since_launch() -> str:
    t0 = os.environ.get(BENCH_T0_ENV)
    if not t0:
        return ""
    return f"; shown {time.time() - float(t0):.3f} s after launch"


def _pdf() -> str:
    from forebyg_desktop.ui.kit.report_pdf import write_pdf

    with tempfile.TemporaryDirectory(prefix="forebyg-selftest-") as tmp:
        path = Path(tmp) / "selftest.pdf"
        write_pdf("<h1>Forebyg</h1><p>Selvtest æøå</p>", path, title="Selftest")
        data = path.read_bytes()
        if not data.startswith(b"%PDF"):
            raise RuntimeError("the PDF writer wrote no PDF")
    return f"{len(data)} bytes"
