"""Switching language at run time: translators, locale and layout direction, and back to English."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import available_languages, current_language, install_language

ROOT = Path(__file__).resolve().parents[2]
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("registrar_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application; English, left to right and the old locale again afterwards."""
    locale = QLocale()
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(locale)
    assert qapp.layoutDirection() == LTR


def _translation(language: str, context: str) -> tuple[str, str]:
    """A real string of ``context`` as the UI has it today, and its translation."""
    entries = tool.read_ts(tool.ts_path(language), language).by_key()
    for key in tool.extract().messages:
        if key.context == context and not key.comment and entries[key].translation != key.source:
            return key.source, entries[key].translation
    raise AssertionError(f"no translated string in context {context}")


def test_three_languages_are_offered() -> None:
    assert available_languages() == [("en", "English"), ("fr", "Français"), ("ar", "العربية")]


def test_arabic_translates_and_lays_out_right_to_left(app: QApplication) -> None:
    source, arabic = _translation("ar", "register")
    install_language(app, "ar")
    assert QCoreApplication.translate("register", source) == arabic
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    assert app.layoutDirection() == RTL
    assert QWidget().layoutDirection() == RTL
    assert QLocale().language() == QLocale.Language.Arabic
    assert current_language() == "ar"
    # Qt's own texts too (the buttons of standard dialogs)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_back_to_english_restores_text_and_direction(app: QApplication) -> None:
    source, french = _translation("fr", "LoginWindow")
    install_language(app, "ar")
    install_language(app, "fr")
    assert QCoreApplication.translate("LoginWindow", source) == french
    assert app.layoutDirection() == LTR
    install_language(app, "en")
    assert QCoreApplication.translate("LoginWindow", source) == source
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") != "RTL"
    assert app.layoutDirection() == LTR
    assert current_language() == "en"


def test_switching_replaces_the_translators(app: QApplication) -> None:
    before = len(app.findChildren(QTranslator))
    for code in ("ar", "fr", "ar", "ar"):
        install_language(app, code)
    assert len(app.findChildren(QTranslator)) == before + 2  # Qt's and ours, once each
    install_language(app, "en")
    assert len(app.findChildren(QTranslator)) == before


def test_self_tr_finds_strings_of_the_class_that_wrote_them(app: QApplication) -> None:
    """What tools/i18n.py relies on: PySide6 tries type(self).__name__, then each base class.

    So a string written in a base class is found under the base class's name even when a
    subclass calls it, and the extractor can file every ``self.tr`` under the class around it.
    """

    source, arabic = _translation("ar", "LoginWindow")

    class LoginWindow(QObject):  # same name as the real window: the context is the name
        def text(self) -> str:
            return self.tr(source)

    class CustomLogin(LoginWindow):
        pass

    install_language(app, "ar")
    assert CustomLogin().text() == arabic
