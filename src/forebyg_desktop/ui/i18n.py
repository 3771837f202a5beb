"""Loading the translations and translating messages from the non-Qt layers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from forebyg_desktop import paths
from forebyg_desktop.core.i18n import Message

DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Load forebyg_<lang>.qm (Danish by default); True when found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    ok = translator.load(f"forebyg_{lang}", str(paths.translations_dir()))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English)
    )
    return ok


def tr_message(message: Message) -> str:
    """The message in the UI language, placeholders filled after translation."""
    text = QCoreApplication.translate(message.context, message.text)
    return text.format(**message.params)
