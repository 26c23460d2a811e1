"""Switch the interface language at run time: Qt's and our translators, locale, layout direction.

The translations are built by ``tools/i18n.py`` into ``resources/i18n/registrar_<code>.qm``.
English is the source language and needs no file. The translators live as children of the
application object (found again by object name), so there is no module-level state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from registrar.resources import resource

log = logging.getLogger("registrar.ui")

SOURCE_LANGUAGE = "en"
# In the order the login window offers them; each name is written in its own language.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
)
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb"})

_TRANSLATOR_NAME = "registrarTranslator"
_LANGUAGE_PROPERTY = "registrarLanguage"


def translation_file(code: str) -> Path:
    """Where our compiled translation for ``code`` is (it may be missing)."""
    return resource("i18n", f"registrar_{code}.qm")


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of English and of every language whose translation is installed."""
    return [
        (code, name)
        for code, name in LANGUAGES
        if code == SOURCE_LANGUAGE or translation_file(code).is_file()
    ]


def is_right_to_left(code: str) -> bool:
    return code.replace("-", "_").split("_")[0].lower() in RTL_LANGUAGES


def install_language(app: QApplication, code: str) -> None:
    """Show every window in ``code`` from now on, laid out right to left where it is read so.

    Widgets that set their texts once must be rebuilt, or retranslate on
    ``QEvent.LanguageChange``, which Qt sends to every widget when translators change.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)  # now owned by Python alone, deleted when ``old`` goes
    locale = QLocale(code)
    if code != SOURCE_LANGUAGE:
        # Qt's own strings first: translators installed later are asked first, so ours win.
        qt = _translator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
        else:
            log.info("no Qt translation %s", f"qtbase_{code}.qm")
            qt.setParent(None)
        ours = _translator(app)
        path = translation_file(code)
        if ours.load(str(path)):
            app.installTranslator(ours)
        else:
            log.warning("translation missing: %s", path.name)
            ours.setParent(None)
    QLocale.setDefault(locale)
    app.setProperty(_LANGUAGE_PROPERTY, code)
    # Set explicitly (not only through QT_LAYOUT_DIRECTION) so English after Arabic is LTR
    # again, and a language with no translation file yet is still laid out the right way.
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )


def current_language(app: QCoreApplication | None = None) -> str:
    """The code last given to :func:`install_language` (English before that)."""
    app = app or QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else SOURCE_LANGUAGE


def _translator(app: QApplication) -> QTranslator:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    return translator
