"""The About dialog: opened from the main and login windows, it lists the bundled components
with their versions and licences and shows each licence's text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy
import PySide6
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

import registrar
from registrar.licences import COMPONENTS, component_version
from ui.about_dialog import AboutDialog
from ui.i18n import install_language
from ui.login import LoginWindow
from ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
LEFT = Qt.MouseButton.LeftButton


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _about(window: QWidget) -> AboutDialog:
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert isinstance(dialog, AboutDialog)
    return dialog


@pytest.fixture
def main_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def login(qtbot: QtBot) -> LoginWindow:
    window = LoginWindow(languages=[("en", "English"), ("ar", "العربية")])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dialog(qtbot: QtBot) -> AboutDialog:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    return about


def test_the_main_window_opens_it_from_the_status_bar_left_of_lock(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    button = main_window.about_button
    assert button.objectName() == "aboutButton" and "F1" in button.toolTip()
    assert button.isVisible() and button.x() < main_window.lock_button.x()
    assert main_window.lock_button.objectName() == "lockButton"
    QTest.mouseClick(button, LEFT)
    dialog = _about(main_window)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "About Registrar"
    assert dialog.windowModality() != Qt.WindowModality.NonModal  # open() makes it modal


def test_f1_opens_it_from_the_main_window_and_escape_closes_it(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.activateWindow()
    QTest.keyClick(main_window, Qt.Key.Key_F1)
    dialog = _about(main_window)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is dialog.component_list  # arrows move through the list
    QTest.keyClick(dialog.component_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    main_window.show_about()  # the same dialog comes back, not a second one
    assert _about(main_window) is dialog and dialog.isVisible()
    assert len(main_window.findChildren(AboutDialog)) == 1


def test_the_login_window_opens_it_without_unlocking(login: LoginWindow, qtbot: QtBot) -> None:
    assert login.about_button.objectName() == "aboutButton"
    assert login.unlock_button.isDefault() and not login.about_button.isDefault()
    QTest.mouseClick(login.about_button, LEFT)
    dialog = _about(login)
    qtbot.waitUntil(dialog.isVisible)
    dialog.select("qt")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    QTest.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    login.activateWindow()
    QTest.keyClick(login.operator_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(dialog.isVisible)


def test_every_component_is_listed_with_its_version_and_licence(dialog: AboutDialog) -> None:
    table = dialog.component_list
    assert table.rowCount() == len(COMPONENTS)
    rows = {_cell(table, r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    for component in COMPONENTS:
        row = rows[component.key]
        assert _cell(table, row, 1).text() == component_version(component)
        assert _cell(table, row, 2).text() == component.licence
    assert _cell(table, rows["qt"], 1).text() == PySide6.__version__
    assert _cell(table, rows["numpy"], 1).text() == numpy.__version__
    assert _cell(table, rows["dlib"], 1).text()  # from metadata, without importing dlib
    assert registrar.__version__ in dialog.version_label.text()


def test_choosing_dlib_shows_the_boost_licence(dialog: AboutDialog, qtbot: QtBot) -> None:
    assert dialog.current_key() == "python"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in dialog.licence_text.toPlainText()
    dialog.select("dlib")
    assert dialog.current_key() == "dlib"
    assert dialog.licence_text.toPlainText().startswith("Boost Software License - Version 1.0")
    assert "Boost Software License 1.0" in dialog.details_label.text()
    assert dialog.licence_text.isReadOnly()
    # the keyboard moves through the list and the text follows
    QTest.keyClick(dialog.component_list, Qt.Key.Key_Up)
    assert dialog.current_key() == "opencv"
    text = dialog.licence_text.toPlainText()
    assert "==> Apache-2.0.txt <==" in text and "==> OpenCV-3rd-party.txt <==" in text


def test_the_lgpl_note_says_the_qt_libraries_may_be_replaced(dialog: AboutDialog) -> None:
    note = dialog.lgpl_note.text()
    assert "GNU Lesser General Public License" in note
    assert "replace them" in note and "PySide6 folder" in note
    assert dialog.lgpl_note.isVisible()


def test_it_is_readable_at_1024_by_700(dialog: AboutDialog) -> None:
    assert dialog.minimumWidth() <= 1024 and dialog.minimumHeight() <= 700
    dialog.resize(1024, 700)
    dialog.select("qt")
    for widget in (dialog.component_list, dialog.licence_text, dialog.close_button):
        assert widget.isVisible() and widget.width() > 0 and widget.height() > 0
    assert dialog.licence_text.width() > 500  # ~70 columns of licence text
    shot(dialog, "about-dialog")


def test_the_descriptions_match_the_core_table(dialog: AboutDialog) -> None:
    for component in COMPONENTS:
        assert dialog._purpose(component) == component.purpose, component.key


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    install_language(qapp, "ar")
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_in_arabic_the_dialog_is_right_to_left_and_the_licences_stay_english(
    arabic: QApplication, qtbot: QtBot
) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() != "About Registrar"
    # the note is translated; the licence's name is not
    assert "replace them" not in dialog.lgpl_note.text()
    assert "GNU Lesser General Public License" in dialog.lgpl_note.text()
    dialog.select("dlib")
    assert dialog.licence_text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.licence_text.toPlainText().startswith("Boost Software License")
    shot(dialog, "about-dialog-ar")
