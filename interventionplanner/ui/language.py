"""The window's language: chosen once at start-up, from the command line, the setting, or
the system.

Qt's own words (standard buttons, file and colour dialogs, context menus) come from the
translations PySide6 ships, and QLocale's default gives date and number widgets the same
language. A change made in the Language menu is stored and applies at the next start (see
MainWindow.choose_language for why).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from interventionplanner import i18n

# Qt's locale for each of the app's languages; the pseudo-language keeps Qt in English.
_QT_LOCALES = {"en": "en_US", "es": "es", "pseudo": "en_US"}


def system_language() -> str:
    """The system's language if the app is written in it (es_MX, es_ES… → es), else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return i18n.SOURCE_LANGUAGE


def startup_language(asked: str | None, stored: str) -> str:
    """The command line's choice, else the stored setting, else the system's language."""
    for choice in (asked, stored):
        if choice and i18n.supported(choice) == choice:
            return choice
    return system_language()


def qt_translator(language: str, parent: QApplication | None = None) -> QTranslator | None:
    """Qt's own words in `language`, from the qtbase catalogue PySide6 ships (standard
    buttons, file and message dialogs); None for English or where the file is missing."""
    if language == i18n.SOURCE_LANGUAGE or language not in i18n.LANGUAGES:
        return None
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def apply(app: QApplication, language: str) -> None:
    """Make `language` the app's: our catalogues, Qt's own words, and QLocale's default."""
    i18n.set_language(language)
    QLocale.setDefault(QLocale(_QT_LOCALES.get(language, "en_US")))
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    translator = qt_translator(language, app)  # the app keeps it alive
    if translator is not None:
        app.installTranslator(translator)
