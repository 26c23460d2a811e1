"""Password dialogs: the forced change after a temporary password, and re-authentication.

Both hand the vault call to the database lane (``UiSession.run``) and show the answer in
words; the typed passwords never reach a log or a message.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import ErrorCode, KnownError
from registrar.storage.keyslots import MIN_PASSWORD_LENGTH, validate_password
from ui.messages import describe
from ui.styles import ERROR_STYLE

if TYPE_CHECKING:
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

DIALOG_WIDTH = 460


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class NewPasswordFields(QWidget):
    """A new password typed twice. ``problem()`` says in words what is wrong, or ""."""

    def __init__(
        self, password_label: str, repeat_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordFields")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("newPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((password_label, self.password_edit), (repeat_label, self.repeat_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            self.form.addRow(label, edit)

    def password(self) -> str:
        return self.password_edit.text()

    def problem(self) -> str:
        password = self.password_edit.text()
        if not password:
            return self.tr("Type the password, then type it again below.")
        try:
            validate_password(password)  # the core's rule, so the two never disagree
        except KnownError as error:
            return describe(error)
        if self.repeat_edit.text() != password:
            return self.tr("The two passwords differ. Type them again.")
        return ""

    def clear(self) -> None:
        self.password_edit.clear()
        self.repeat_edit.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.password_edit.setEnabled(enabled)
        self.repeat_edit.setEnabled(enabled)


class ChangePasswordDialog(QDialog):
    """The operator chooses their own password after unlocking with a temporary one.

    Use: ``dialog = ChangePasswordDialog(session, main_window)``, connect
    ``password_changed`` (the vault took the new password; the dialog then accepts) and
    ``lock_requested`` (the operator chose to lock instead), then ``dialog.open()``.

    ``forced`` (the default): Escape and the window's close button do nothing and there is
    no Cancel; the way out is Lock. The controller's lock() still closes it with reject().
    """

    password_changed = Signal()
    lock_requested = Signal()

    def __init__(
        self, session: UiSession, parent: QWidget | None = None, *, forced: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose your own password"))
        self.setModal(True)
        self._session = session
        self._forced = forced
        self._busy = False
        if forced:
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        if forced:
            intro_text = self.tr(
                "{operator}, you unlocked with a temporary password that a supervisor gave "
                "you. Choose your own password now: at least {n} characters that only you "
                "know."
            )
        else:
            intro_text = self.tr(
                "{operator}, choose a new password: at least {n} characters that only you know."
            )
        self.intro_label = QLabel(
            intro_text.format(operator=session.operator, n=MIN_PASSWORD_LENGTH)
        )
        self.intro_label.setObjectName("changePasswordIntro")
        self.intro_label.setWordWrap(True)
        self.fields = NewPasswordFields(self.tr("&New password"), self.tr("&Repeat new password"))
        self.error_label = _error_label("changePasswordError")
        self.busy_label = QLabel(self.tr("Saving the new password…"))
        self.busy_label.setObjectName("changePasswordBusy")
        self.busy_label.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save password"))
        self.save_button.setObjectName("savePasswordButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.lock_button = QPushButton(self.tr("&Lock") if forced else self.tr("Cancel"))
        self.lock_button.setObjectName("lockInsteadButton" if forced else "cancelButton")
        self.buttons.addButton(self.lock_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(DIALOG_WIDTH)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)

    # staying open -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._forced and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape would reject: a forced change has no Cancel
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._forced and event.spontaneous():
            event.ignore()  # the window manager's close button (if it shows one anyway)
            return
        super().closeEvent(event)

    # saving ----------------------------------------------------------------------------------

    def _on_lock_button_clicked(self) -> None:
        if self._forced:
            self.lock_requested.emit()
        else:
            self.reject()

    def _on_save_button_clicked(self) -> None:
        if self._busy:
            return
        problem = self.fields.problem()
        if problem:
            self._show_error(problem)
            return
        new = self.fields.password()
        self._set_busy(True)

        def change(vault: Vault) -> None:
            vault.change_password(vault.session.operator, new)

        self._session.run(change, self._on_changed, self._on_failed)

    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self.fields.clear()
        self.password_changed.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            log.error("the password could not be changed", exc_info=error)
        self._set_busy(False)
        if (
            isinstance(error, KnownError)
            and error.code is ErrorCode.PASSWORD_CHANGE_REQUIRED
            and error.details.get("reason") == "same"
        ):
            text = self.tr("The new password must differ from the temporary one.")
        else:
            text = describe(error)
        self.fields.clear()
        self.fields.password_edit.setFocus()
        self._show_error(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fields.set_enabled(not busy)
        self.save_button.setEnabled(not busy)
        self.lock_button.setEnabled(not busy or self._forced)  # locking is always possible
        self.busy_label.setVisible(busy)
        if busy:
            self.error_label.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class ConfirmPasswordDialog(QDialog):
    """Re-authentication before a weighty step: the operator types their password again.

    Use: ``dialog = ConfirmPasswordDialog(session, parent, action=tr("decide this case"))``,
    connect ``confirmed`` (``vault.confirm_password`` succeeded; the dialog then accepts),
    then ``dialog.open()``. A wrong password is said in words and the dialog stays open;
    wrong passwords count toward the same lockout as the login window.
    """

    confirmed = Signal()

    def __init__(
        self, session: UiSession, parent: QWidget | None = None, *, action: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPasswordDialog")
        self.setWindowTitle(self.tr("Confirm with your password"))
        self.setModal(True)
        self._session = session
        self._busy = False
        via_recovery = session.vault.session.via_recovery
        if action:
            intro = self.tr("To {action}, type your password again.").format(action=action)
        else:
            intro = self.tr("To go on, type your password again.")
        if via_recovery:
            intro = (
                self.tr("To {action}, type the recovery key again.").format(action=action)
                if action
                else self.tr("To go on, type the recovery key again.")
            )
        self.intro_label = QLabel(intro)
        self.intro_label.setObjectName("confirmPasswordIntro")
        self.intro_label.setWordWrap(True)
        self.operator_label = QLabel(session.operator)
        self.operator_label.setObjectName("confirmOperatorLabel")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("confirmPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Operator"), self.operator_label)
        password_label = QLabel(self.tr("Recovery &key") if via_recovery else self.tr("&Password"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        self.error_label = _error_label("confirmPasswordError")
        self.busy_label = QLabel(self.tr("Checking…"))
        self.busy_label.setObjectName("confirmPasswordBusy")
        self.busy_label.hide()

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(DIALOG_WIDTH)

        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _on_confirm_button_clicked(self) -> None:
        if self._busy:
            return
        password = self.password_edit.text()
        if not password:
            self._show_error(self.tr("Type your password."))
            return
        self._set_busy(True)

        def confirm(vault: Vault) -> None:
            vault.confirm_password(password)

        self._session.run(confirm, self._on_confirmed, self._on_failed)

    def _on_confirmed(self, _result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.confirmed.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            log.error("the password could not be checked", exc_info=error)
        self._set_busy(False)
        text = describe(error)
        if isinstance(error, KnownError) and error.code is ErrorCode.REAUTH_FAILED:
            wait = int(error.details.get("wait_s") or 0)
            if wait:
                text += " " + self.tr("Wait {seconds} seconds before the next try.").format(
                    seconds=wait
                )
        self.password_edit.clear()
        self.password_edit.setFocus()
        self._show_error(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password_edit.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.error_label.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
