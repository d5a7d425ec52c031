"""Qt's own translations (standard buttons say "Annuleren"), kept in step with our language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n
from desktop.paths import bundle_root

_installed: list[QTranslator] = []


def _translation_dirs() -> list[str]:
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(bundle_root() / "PySide6" / "Qt" / "translations"),
    ]


def apply_language(language: str) -> str:
    """Switch our catalogue and Qt's; every widget then gets a LanguageChange event."""
    language = i18n.set_language(language)
    QLocale.setDefault(QLocale(i18n.LANGUAGES[language]))
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    translator = QTranslator(app)
    for folder in _translation_dirs():
        if translator.load(f"qtbase_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    else:
        # Without Qt's catalogue, standard buttons stay English; still tell widgets to retranslate.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language
