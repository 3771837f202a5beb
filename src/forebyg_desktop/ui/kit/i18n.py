"""Loading the translations and translating messages from the non-Qt layers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from forebyg_desktop import paths
from forebyg_desktop.core.i18n import Message, ProfileText

DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


def install_translator(app: QCoreApplication, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Load forebyg_<lang>.qm (Danish by default); True when found.

    Qt's own translations (qtbase_<lang>.qm: standard buttons such as Cancel
    and Yes/No, the file and print dialogues) are loaded too where Qt has them.
    """
    global _language
    _language = lang
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    ok = translator.load(f"forebyg_{lang}", str(paths.translations_dir()))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(
        QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English)
    )
    return ok


def tr_message(message: Message) -> str:
    """The message in the UI language, placeholders filled after translation.

    Parameters that are messages themselves (field names) are translated too,
    and profile texts are shown in the UI language.
    """
    text = QCoreApplication.translate(message.context, message.text)
    return text.format(**{k: _param(v) for k, v in message.params.items()})


def _param(value: object) -> object:
    if isinstance(value, Message):
        return tr_message(value)
    if isinstance(value, ProfileText):
        return value.text.get(_language)
    return value
