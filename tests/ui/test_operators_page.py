"""The Operators page and the password dialogs as a supervisor and an officer use them.

Screenshots go to out/screenshots/operators*.png for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OFFICER, OFFICER_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from registrar.domain import Role
from registrar.domain.model import Operator
from registrar.storage import audit
from registrar.storage.audit import AuditAction
from registrar.storage.vault import Vault
from ui.operators_page import COLUMN_NAME, COLUMN_PASSWORD, COLUMN_STATUS, OperatorsPage
from ui.password_dialog import ChangePasswordDialog, ConfirmPasswordDialog
from ui.session import UiSession
from ui.tasks import DatabaseLane, InlineLane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TEMPORARY = "temporary password 1"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def db() -> Iterator[DatabaseLane]:
    lane = DatabaseLane()
    yield lane
    lane.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> OperatorsPage:
    widget = OperatorsPage()
    qtbot.addWidget(widget)
    widget.resize(840, 620)  # about its size beside the navigation in the main window
    widget.show()
    return widget


def _bind(qtbot: QtBot, page: OperatorsPage, db: DatabaseLane, vault: Vault) -> UiSession:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    page.bind(session)
    qtbot.waitUntil(
        lambda: page.table.rowCount() > 0 or page.officer_note.isVisible(), timeout=10_000
    )
    return session


def _rows(page: OperatorsPage) -> dict[str, tuple[str, ...]]:
    rows = {}
    for row in range(page.table.rowCount()):
        items = [page.table.item(row, c) for c in range(page.table.columnCount())]
        texts = tuple(item.text() if item is not None else "" for item in items)
        first = items[COLUMN_NAME]
        assert first is not None
        rows[str(first.data(Qt.ItemDataRole.UserRole))] = texts
    return rows


def _dialog(page: OperatorsPage, name: str) -> QDialog:
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == name and dialog.isVisible()
    return dialog


def _fill(dialog: QDialog, password: str, repeat: str | None = None) -> None:
    for edit_name, text in (
        ("newPasswordEdit", password),
        ("repeatPasswordEdit", password if repeat is None else repeat),
    ):
        edit = dialog.findChild(QLineEdit, edit_name)
        assert edit is not None
        edit.clear()
        edit.setText(text)


def _click(dialog: QWidget, button_name: str) -> None:
    button = dialog.findChild(QPushButton, button_name)
    assert button is not None and button.isEnabled()
    button.click()


def _error(dialog: QWidget, label_name: str = "dialogError") -> str:
    label = dialog.findChild(QLabel, label_name)
    assert label is not None
    return label.text() if label.isVisible() else ""


def _done(qtbot: QtBot, page: OperatorsPage, text: str) -> None:
    qtbot.waitUntil(lambda: text in page.message_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.add_button.isEnabled(), timeout=10_000)


def _operators(db: DatabaseLane, vault: Vault) -> dict[str, Operator]:
    operators: list[Operator] = db.run_blocking(vault.operators)
    return {o.name: o for o in operators}


def test_a_supervisor_adds_resets_disables_enables_and_promotes(
    qtbot: QtBot, page: OperatorsPage, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    _bind(qtbot, page, db, vault)
    assert not page.officer_note.isVisible() and page.table.isVisible()
    rows = _rows(page)
    assert rows[SUPERVISOR][COLUMN_NAME] == f"{SUPERVISOR} (you)"
    assert rows[OFFICER][1:] == ("Officer", "Active", "")
    assert page.add_button.isEnabled()
    for button in (page.reset_button, page.role_button, page.disable_button, page.enable_button):
        assert not button.isEnabled()  # nothing selected yet
    page.select(SUPERVISOR)
    for button in (page.reset_button, page.role_button, page.disable_button, page.enable_button):
        assert not button.isEnabled()  # not on yourself
    page.select(OFFICER)
    assert page.reset_button.isEnabled() and page.disable_button.isEnabled()
    assert page.role_button.isEnabled() and not page.enable_button.isEnabled()
    shot(page, "operators-supervisor")

    # Add: the two passwords must match; a refusal by the vault keeps the dialog open.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, "addOperatorDialog")
    name_edit = dialog.findChild(QLineEdit, "operatorNameEdit")
    role_combo = dialog.findChild(QComboBox, "operatorRoleCombo")
    assert name_edit is not None and role_combo is not None
    qtbot.keyClicks(name_edit, "Sara")
    assert name_edit.text() == "sara"  # names are lower case, shown as they will be
    _fill(dialog, TEMPORARY, "temporary password 2")
    _click(dialog, "dialogOkButton")
    assert "differ" in _error(dialog)
    shot(dialog, "operators-add-dialog")
    name_edit.setText(OFFICER)
    _fill(dialog, TEMPORARY)
    _click(dialog, "dialogOkButton")
    qtbot.waitUntil(lambda: "exists already" in _error(dialog), timeout=10_000)
    assert page.dialog is dialog
    name_edit.setText("sara")
    _fill(dialog, TEMPORARY)
    _click(dialog, "dialogOkButton")
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    _done(qtbot, page, "sara was added as an officer.")
    qtbot.waitUntil(lambda: "sara" in _rows(page), timeout=10_000)
    assert _rows(page)["sara"][COLUMN_PASSWORD].startswith("Temporary")
    assert page.reset_button.isEnabled()  # the new operator is selected

    # Reset omar's password.
    page.select(OFFICER)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, "resetPasswordDialog")
    name_edit = dialog.findChild(QLineEdit, "operatorNameEdit")
    assert name_edit is not None and name_edit.isHidden()
    _fill(dialog, "short")
    _click(dialog, "dialogOkButton")
    assert "at least 10 characters" in _error(dialog)
    _fill(dialog, TEMPORARY)
    shot(dialog, "operators-reset-dialog")
    _click(dialog, "dialogOkButton")
    _done(qtbot, page, f"{OFFICER} has a temporary password now")
    qtbot.waitUntil(lambda: _rows(page)[OFFICER][COLUMN_PASSWORD] != "", timeout=10_000)

    # Disable omar: a question first; Cancel does nothing.
    page.select(OFFICER)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    question = _dialog(page, "operatorQuestion")
    _click(question, "questionNoButton")
    assert page.dialog is None
    assert _operators(db, vault)[OFFICER].active
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    question = _dialog(page, "operatorQuestion")
    shot(question, "operators-disable-question")
    _click(question, "questionYesButton")
    _done(qtbot, page, f"{OFFICER} is disabled.")
    qtbot.waitUntil(
        lambda: _rows(page)[OFFICER][COLUMN_STATUS] == "Disabled since 2026-03-01",
        timeout=10_000,
    )
    assert _rows(page)[OFFICER][COLUMN_PASSWORD] == ""
    assert page.enable_button.isEnabled() and not page.disable_button.isEnabled()
    assert not page.reset_button.isEnabled() and not page.role_button.isEnabled()
    shot(page, "operators-disabled")

    # Enable omar again with a temporary password.
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, "enableOperatorDialog")
    _fill(dialog, "enabled again 1")
    _click(dialog, "dialogOkButton")
    _done(qtbot, page, f"{OFFICER} is enabled")
    qtbot.waitUntil(lambda: _rows(page)[OFFICER][COLUMN_STATUS] == "Active", timeout=10_000)

    # Make sara a supervisor.
    page.select("sara")
    assert page.role_button.toolTip() == "Make this officer a supervisor"
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    _click(_dialog(page, "operatorQuestion"), "questionYesButton")
    _done(qtbot, page, "sara is a supervisor from the next unlock.")
    qtbot.waitUntil(lambda: _rows(page)["sara"][1] == "Supervisor", timeout=10_000)
    shot(page, "operators-after-changes")

    db.run_blocking(vault.close)
    with Vault.unlock(vault_dir, OFFICER, "enabled again 1") as omar:
        assert omar.must_change_password and omar.session.role is Role.OFFICER
    with Vault.unlock(vault_dir, "sara", TEMPORARY) as sara:
        assert sara.must_change_password and sara.session.role is Role.SUPERVISOR
    with Vault.unlock(vault_dir, SUPERVISOR, SUPERVISOR_PASSWORD) as amina:
        actions = [str(e.action) for e in audit.entries(amina.db.conn)]
        for action in (
            AuditAction.OPERATOR_ADDED,
            AuditAction.PASSWORD_RESET,
            AuditAction.OPERATOR_REMOVED,
            AuditAction.OPERATOR_ENABLED,
            AuditAction.OPERATOR_ROLE_CHANGED,
        ):
            assert action.value in actions
        assert audit.verify(amina.db.conn).ok


def test_an_officer_sees_no_controls(
    qtbot: QtBot,
    page: OperatorsPage,
    db: DatabaseLane,
    created_vault: tuple[Vault, str],
    vault_dir: Path,
) -> None:
    created_vault[0].close()
    officer = Vault.unlock(vault_dir, OFFICER, OFFICER_PASSWORD)
    try:
        _bind(qtbot, page, db, officer)
        assert page.officer_note.isVisible()
        assert "Only supervisors manage operators" in page.officer_note.text()
        assert not page.table.isVisible() and page.table.rowCount() == 0
        for button in page.findChildren(QPushButton):
            assert not button.isVisible()
        shot(page, "operators-officer")
    finally:
        db.run_blocking(officer.close)


def test_a_refusal_by_the_vault_is_said_in_words(
    qtbot: QtBot, page: OperatorsPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    page.select(OFFICER)
    db.run_blocking(lambda: vault.disable_operator(OFFICER))  # another window got there first
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    _click(_dialog(page, "operatorQuestion"), "questionYesButton")
    qtbot.waitUntil(lambda: page.add_button.isEnabled(), timeout=10_000)
    assert page.message_label.text() == "There is no active operator with this name."


def test_clear_forgets_everything_and_closes_the_dialog(
    qtbot: QtBot, page: OperatorsPage, db: DatabaseLane, vault: Vault
) -> None:
    _bind(qtbot, page, db, vault)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, "addOperatorDialog")
    page.clear()
    assert not dialog.isVisible() and page.dialog is None
    assert page.table.rowCount() == 0 and page.message_label.text() == ""
    assert not page.officer_note.isVisible() and not page.manage_box.isVisible()
    buttons = (page.add_button, page.reset_button, page.role_button, page.disable_button)
    assert not any(b.isEnabled() for b in (*buttons, page.enable_button))


def test_an_answer_that_arrives_after_clear_is_dropped(
    qtbot: QtBot, page: OperatorsPage, db: DatabaseLane, vault: Vault
) -> None:
    page.bind(UiSession(db=db, compute=InlineLane(), vault=vault))
    page.clear()  # the app locked before the list came back
    db.run_blocking(lambda: None)
    qtbot.wait(50)
    assert page.table.rowCount() == 0 and not page.add_button.isEnabled()


def test_the_forced_password_change(
    qtbot: QtBot, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    vault.reset_password(OFFICER, TEMPORARY)
    vault.close()
    officer = Vault.unlock(vault_dir, OFFICER, TEMPORARY)
    try:
        session = UiSession(db=db, compute=InlineLane(), vault=officer)
        dialog = ChangePasswordDialog(session)
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.isVisible() and dialog.findChild(QPushButton, "cancelButton") is None

        with qtbot.waitSignal(dialog.lock_requested, timeout=1000):
            _click(dialog, "lockInsteadButton")
        assert dialog.isVisible()  # the controller locks; lock() rejects the dialog

        _fill(dialog, "new password 1", "new password 2")
        _click(dialog, "savePasswordButton")
        assert "differ" in _error(dialog, "changePasswordError")
        _fill(dialog, TEMPORARY)
        _click(dialog, "savePasswordButton")
        qtbot.waitUntil(lambda: _error(dialog, "changePasswordError") != "", timeout=10_000)
        assert _error(dialog, "changePasswordError") == (
            "The new password must differ from the temporary one."
        )
        shot(dialog, "operators-change-password")
        _fill(dialog, "omar's own password")
        with qtbot.waitSignal(dialog.password_changed, timeout=10_000):
            _click(dialog, "savePasswordButton")
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        assert not db.run_blocking(lambda: officer.must_change_password)
    finally:
        db.run_blocking(officer.close)
    Vault.unlock(vault_dir, OFFICER, "omar's own password").close()


def test_escape_does_not_close_a_forced_change(
    qtbot: QtBot, db: DatabaseLane, vault: Vault
) -> None:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.fields.password_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.reject()  # what the controller's lock() does
    assert not dialog.isVisible()

    optional = ChangePasswordDialog(session, forced=False)
    qtbot.addWidget(optional)
    optional.open()
    qtbot.keyClick(optional.fields.password_edit, Qt.Key.Key_Escape)
    assert not optional.isVisible()


def test_confirming_with_the_password(
    qtbot: QtBot, db: DatabaseLane, vault: Vault, vault_dir: Path
) -> None:
    session = UiSession(db=db, compute=InlineLane(), vault=vault)
    dialog = ConfirmPasswordDialog(session, action="decide this case")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.intro_label.text() == "To decide this case, type your password again."
    _click(dialog, "confirmButton")
    assert _error(dialog, "confirmPasswordError") == "Type your password."
    dialog.password_edit.setText("not my password")
    _click(dialog, "confirmButton")
    qtbot.waitUntil(lambda: _error(dialog, "confirmPasswordError") != "", timeout=10_000)
    assert _error(dialog, "confirmPasswordError") == "The password is wrong."
    assert dialog.password_edit.text() == "" and dialog.isVisible()
    shot(dialog, "operators-confirm-password-wrong")
    assert not db.run_blocking(lambda: vault.reauthenticated_within(5))
    dialog.password_edit.setText(SUPERVISOR_PASSWORD)
    with qtbot.waitSignal(dialog.confirmed, timeout=10_000):
        _click(dialog, "confirmButton")
    assert not dialog.isVisible()
    assert db.run_blocking(lambda: vault.reauthenticated_within(5))
