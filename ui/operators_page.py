"""The Operators page: supervisors add, disable, enable operators, reset passwords, change roles.

Officers see one sentence saying that supervisors manage operators. Every vault call runs on
the database lane; a temporary password set here must be changed at the operator's next
unlock (the core keeps that flag; the page shows it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import Operator, Role
from registrar.errors import KnownError
from registrar.storage.keyslots import validate_operator_name
from ui.messages import describe
from ui.password_dialog import NewPasswordFields
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE

if TYPE_CHECKING:
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

NAME_ROLE = Qt.ItemDataRole.UserRole

COLUMN_NAME, COLUMN_ROLE, COLUMN_STATUS, COLUMN_PASSWORD = range(4)


@dataclass(frozen=True, slots=True)
class _Loaded:
    operators: tuple[Operator, ...]
    me: str
    may_manage: bool


def _load(vault: Vault) -> _Loaded:
    may_manage = vault.session.role is Role.SUPERVISOR
    # Officers are not shown the list: they have nothing to do with it.
    operators = tuple(vault.operators()) if may_manage else ()
    return _Loaded(operators, vault.session.operator, may_manage)


class _TemporaryPasswordDialog(QDialog):
    """Asks for a temporary password twice (and, to add an operator, a name and a role).

    Emits ``submitted`` once the fields are valid; the page does the vault work and then
    calls ``accept()`` or ``show_error()``, so nothing typed is lost to a refusal.
    """

    submitted = Signal()

    def __init__(
        self,
        title: str,
        intro: str,
        ok_text: str,
        parent: QWidget,
        *,
        object_name: str,
        ask_name: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        self._busy = False
        self._ask_name = ask_name
        self.intro_label = QLabel(intro)
        self.intro_label.setObjectName("dialogIntro")
        self.intro_label.setWordWrap(True)

        # Parented even when not shown (reset, enable), so they never float as windows.
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("operatorNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. sara.k"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("operatorRoleCombo")
        self.role_combo.addItem(self.tr("Officer: registers people"), Role.OFFICER.value)
        self.role_combo.addItem(
            self.tr("Supervisor: also reviews, exports and manages operators"),
            Role.SUPERVISOR.value,
        )
        self.fields = NewPasswordFields(self.tr("&Temporary password"), self.tr("&Repeat it"))
        form = self.fields.form
        if ask_name:
            name_label = QLabel(self.tr("Operator &name"))
            name_label.setBuddy(self.name_edit)
            role_label = QLabel(self.tr("R&ole"))
            role_label.setBuddy(self.role_combo)
            form.insertRow(0, name_label, self.name_edit)
            form.insertRow(1, role_label, self.role_combo)
        else:
            self.name_edit.hide()
            self.role_combo.hide()

        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setObjectName("dialogBusy")
        self.busy_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("dialogOkButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dialogCancelButton")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def password(self) -> str:
        return self.fields.password()

    def _on_name_edit_text_edited(self, text: str) -> None:
        if text != text.lower():  # operator names are lower case; show them as they will be
            position = self.name_edit.cursorPosition()
            self.name_edit.setText(text.lower())
            self.name_edit.setCursorPosition(position)

    def _problem(self) -> str:
        if self._ask_name:
            if not self.name():
                return self.tr("Type the operator's name.")
            try:
                validate_operator_name(self.name())
            except KnownError as error:
                return describe(error)
        return self.fields.problem()

    def _on_ok_button_clicked(self) -> None:
        if self._busy:
            return
        problem = self._problem()
        if problem:
            self.show_error(problem)
            return
        self.set_busy(True)
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.name_edit, self.role_combo, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.fields.set_enabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()


class OperatorsPage(QWidget):
    """Emits ``operators_changed`` after a change reached the vault."""

    operators_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsPage")
        self._session: UiSession | None = None
        self._loaded: _Loaded | None = None
        self._busy = False
        self._dialog: QDialog | None = None
        # Bumped by bind() and clear(): answers for an older binding are dropped.
        self._generation = 0

        heading = QLabel(self.tr("<h2>Operators</h2>"))
        self.officer_note = QLabel(
            self.tr(
                "Only supervisors manage operators. Ask a supervisor to add someone, to "
                "give a new password or to change a role."
            )
        )
        self.officer_note.setObjectName("operatorsOfficerNote")
        self.officer_note.setWordWrap(True)
        self.officer_note.setStyleSheet(NOTE_STYLE)
        self.officer_note.hide()
        self.intro_label = QLabel(
            self.tr(
                "Each operator unlocks this station with their own password. When you set a "
                "temporary password, give it to the operator in person: they must choose "
                "their own at their next unlock."
            )
        )
        self.intro_label.setObjectName("operatorsIntro")
        self.intro_label.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("operatorsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Password")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Room around short words ("Role", "Active"), so the columns do not jump in width
        # when a status changes to "Disabled since ...".
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("Supervisor") + 32)
        for column in (COLUMN_NAME, COLUMN_ROLE, COLUMN_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_PASSWORD, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addOperatorButton")
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.role_button = QPushButton(self.tr("Change r&ole"))
        self.role_button.setObjectName("changeRoleButton")
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.setObjectName("disableOperatorButton")
        self.enable_button = QPushButton(self.tr("&Enable…"))
        self.enable_button.setObjectName("enableOperatorButton")
        self._buttons = (
            self.add_button,
            self.reset_button,
            self.role_button,
            self.disable_button,
            self.enable_button,
        )
        buttons = QHBoxLayout()
        for button in self._buttons:
            buttons.addWidget(button)
        buttons.addStretch()

        self.message_label = QLabel()
        self.message_label.setObjectName("operatorsMessage")
        self.message_label.setWordWrap(True)

        self.manage_box = QWidget()
        self.manage_box.setObjectName("operatorsManageBox")
        manage = QVBoxLayout(self.manage_box)
        manage.setContentsMargins(0, 0, 0, 0)
        manage.addWidget(self.intro_label)
        manage.addLayout(buttons)

        page_column = QVBoxLayout()
        page_column.addWidget(heading)
        page_column.addWidget(self.officer_note)
        page_column.addWidget(self.manage_box)
        # The actions sit above the list, next to what they report, however long it grows.
        page_column.addWidget(self.message_label)
        page_column.addWidget(self.table, 1)
        page_column.addStretch(0)
        holder = QWidget()
        holder.setObjectName("operatorsColumn")
        holder.setLayout(page_column)
        holder.setMaximumWidth(760)
        layout = QHBoxLayout(self)
        layout.addWidget(holder, 1)
        layout.addStretch(0)

        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.enable_button.clicked.connect(self._on_enable_button_clicked)
        self.clear()

    # binding and clearing ----------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The question or password dialog the page has open, if any."""
        return self._dialog

    def bind(self, session: UiSession) -> None:
        """Show this session's operators (supervisors) or the note (officers)."""
        self.clear()
        self._session = session
        self._show_message(self.tr("Loading the operators…"), error=False)
        self._reload()

    def clear(self) -> None:
        """On lock: forget the session, close any dialog and show nothing of it."""
        self._generation += 1
        self._session = None
        self._loaded = None
        self._busy = False
        self._close_dialog()
        self.table.setRowCount(0)
        self.officer_note.hide()
        self.manage_box.hide()
        self.table.hide()
        self.message_label.clear()
        self._update_enabled()

    def _reload(self, select: str | None = None) -> None:
        session = self._session
        if session is None:
            return
        generation = self._generation
        session.run(
            _load,
            lambda loaded: self._on_loaded(generation, loaded, select),
            lambda error: self._on_failed(generation, error),
        )

    def _on_loaded(self, generation: int, loaded: _Loaded, select: str | None) -> None:
        if generation != self._generation:
            return
        selected = select or self._selected_name()
        self._loaded = loaded
        self.officer_note.setVisible(not loaded.may_manage)
        self.manage_box.setVisible(loaded.may_manage)
        self.table.setVisible(loaded.may_manage)
        self._fill(loaded, selected)
        if self.message_label.text() == self.tr("Loading the operators…"):
            self.message_label.clear()
        self._update_enabled()

    def _fill(self, loaded: _Loaded, selected: str | None) -> None:
        self.table.setRowCount(len(loaded.operators))
        roles = {Role.SUPERVISOR: self.tr("Supervisor"), Role.OFFICER: self.tr("Officer")}
        for row, operator in enumerate(loaded.operators):
            name = operator.name
            if name == loaded.me:
                name = self.tr("{name} (you)").format(name=name)
            if operator.active:
                status = self.tr("Active")
            elif operator.removed_at is not None:
                status = self.tr("Disabled since {date}").format(
                    date=operator.removed_at.date().isoformat()
                )
            else:
                status = self.tr("Disabled")
            password = (
                self.tr("Temporary: must be changed at the next unlock")
                if operator.active and operator.must_change_password
                else ""
            )
            for column, text in enumerate((name, roles[operator.role], status, password)):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, operator.name)
                if not operator.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        for row, operator in enumerate(loaded.operators):
            if operator.name == selected:
                self.table.selectRow(row)
                break

    # selection and buttons ---------------------------------------------------------------------

    def _selected_name(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(NAME_ROLE)) if items else None

    def _selected(self) -> Operator | None:
        name = self._selected_name()
        if self._loaded is None or name is None:
            return None
        return next((o for o in self._loaded.operators if o.name == name), None)

    def select(self, name: str) -> None:
        """Select an operator's row (for the keyboard and for tests)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COLUMN_NAME)
            if item is not None and item.data(NAME_ROLE) == name:
                self.table.selectRow(row)
                return

    def _on_table_item_selection_changed(self) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        loaded = self._loaded
        ready = loaded is not None and loaded.may_manage and not self._busy
        operator = self._selected()
        other = operator is not None and loaded is not None and operator.name != loaded.me
        active_other = ready and other and operator is not None and operator.active
        self.add_button.setEnabled(ready)
        # Your own password and role are not managed here: a supervisor cannot lock
        # themselves out or take away their own role by a slip of the mouse.
        self.reset_button.setEnabled(active_other)
        self.role_button.setEnabled(active_other)
        self.disable_button.setEnabled(active_other)
        self.enable_button.setEnabled(ready and operator is not None and not operator.active)
        if operator is not None and operator.active and operator.role is Role.SUPERVISOR:
            self.role_button.setToolTip(self.tr("Make this supervisor an officer"))
        elif operator is not None and operator.active:
            self.role_button.setToolTip(self.tr("Make this officer a supervisor"))
        else:
            self.role_button.setToolTip("")

    # actions -----------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        dialog = _TemporaryPasswordDialog(
            self.tr("Add an operator"),
            self.tr(
                "The new operator unlocks with this temporary password and then chooses "
                "their own. Give it to them in person."
            ),
            self.tr("&Add operator"),
            self,
            object_name="addOperatorDialog",
            ask_name=True,
        )

        def submit() -> None:
            name, role, password = dialog.name(), dialog.role(), dialog.password()

            def add(vault: Vault) -> None:
                vault.add_operator(name, role, password, temporary=True)

            done = (
                self.tr("{name} was added as a supervisor.")
                if role is Role.SUPERVISOR
                else self.tr("{name} was added as an officer.")
            ).format(name=name)
            self._run_in_dialog(dialog, add, done, name)

        dialog.submitted.connect(submit)
        self._open(dialog)

    def _on_reset_button_clicked(self) -> None:
        operator = self._selected()
        if operator is None:
            return
        name = operator.name
        dialog = _TemporaryPasswordDialog(
            self.tr("Reset the password of {name}").format(name=name),
            self.tr(
                "{name}'s current password stops working. {name} unlocks with this "
                "temporary password and then chooses their own."
            ).format(name=name),
            self.tr("&Reset password"),
            self,
            object_name="resetPasswordDialog",
        )

        def submit() -> None:
            password = dialog.password()

            def reset(vault: Vault) -> None:
                vault.reset_password(name, password)

            done = self.tr(
                "{name} has a temporary password now and must change it at the next unlock."
            ).format(name=name)
            self._run_in_dialog(dialog, reset, done, name)

        dialog.submitted.connect(submit)
        self._open(dialog)

    def _on_enable_button_clicked(self) -> None:
        operator = self._selected()
        if operator is None:
            return
        name = operator.name
        dialog = _TemporaryPasswordDialog(
            self.tr("Enable {name}").format(name=name),
            self.tr(
                "{name} can unlock again, with this temporary password, and then chooses their own."
            ).format(name=name),
            self.tr("&Enable"),
            self,
            object_name="enableOperatorDialog",
        )

        def submit() -> None:
            password = dialog.password()

            def enable(vault: Vault) -> None:
                vault.enable_operator(name, password)

            done = self.tr("{name} is enabled and must change the password at the next unlock.")
            self._run_in_dialog(dialog, enable, done.format(name=name), name)

        dialog.submitted.connect(submit)
        self._open(dialog)

    def _on_disable_button_clicked(self) -> None:
        operator = self._selected()
        if operator is None:
            return
        name = operator.name

        def disable(vault: Vault) -> None:
            vault.disable_operator(name)

        self._ask(
            self.tr("Disable {name}?").format(name=name),
            self.tr(
                "{name} will no longer be able to unlock this station. Their records and "
                "their name in the audit log stay. You can enable them again later."
            ).format(name=name),
            self.tr("&Disable"),
            lambda: self._run(disable, self.tr("{name} is disabled.").format(name=name), name),
        )

    def _on_role_button_clicked(self) -> None:
        operator = self._selected()
        if operator is None:
            return
        name = operator.name
        if operator.role is Role.SUPERVISOR:
            role = Role.OFFICER
            title = self.tr("Make {name} an officer?").format(name=name)
            text = self.tr(
                "{name} will no longer review cases, export or manage operators. This "
                "takes effect when {name} next unlocks."
            ).format(name=name)
            done = self.tr("{name} is an officer from the next unlock.").format(name=name)
        else:
            role = Role.SUPERVISOR
            title = self.tr("Make {name} a supervisor?").format(name=name)
            text = self.tr(
                "{name} will also review cases, export and manage operators. This takes "
                "effect when {name} next unlocks."
            ).format(name=name)
            done = self.tr("{name} is a supervisor from the next unlock.").format(name=name)

        def change(vault: Vault) -> None:
            vault.change_role(name, role)

        self._ask(title, text, self.tr("&Change role"), lambda: self._run(change, done, name))

    def _ask(self, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        """A question that does not block the event loop (the lanes keep answering)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, f"<b>{title}</b>", parent=self)
        box.setInformativeText(text)
        # QMessageBox wraps a long informative text into a tall narrow column otherwise.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 380px; }")
        box.setObjectName("operatorQuestion")
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("questionYesButton")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("questionNoButton")
        box.setDefaultButton(no)  # a slip of the Enter key does nothing

        def answered(_result: int) -> None:
            if self._dialog is box:
                self._dialog = None
            if box.clickedButton() is yes:
                on_yes()

        box.finished.connect(answered)
        self._open(box)

    def _open(self, dialog: QDialog) -> None:
        self._close_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.reject()

    def _run_in_dialog(
        self,
        dialog: _TemporaryPasswordDialog,
        work: Callable[[Vault], None],
        done: str,
        name: str,
    ) -> None:
        """Vault work for a dialog: it closes on success, shows the refusal otherwise."""
        session = self._session
        if session is None:
            dialog.reject()
            return
        generation = self._generation
        self._set_busy(True)

        def on_done(_result: object) -> None:
            if generation != self._generation:
                return
            dialog.accept()
            self._on_changed(done, name)

        def on_error(error: BaseException) -> None:
            if generation != self._generation:
                return
            if not isinstance(error, KnownError):
                log.error("an operator change failed", exc_info=error)
            self._set_busy(False)
            dialog.show_error(describe(error))

        session.run(work, on_done, on_error)

    def _run(self, work: Callable[[Vault], None], done: str, name: str) -> None:
        session = self._session
        if session is None or self._busy:
            return
        generation = self._generation
        self._set_busy(True)
        self._show_message(self.tr("Working…"), error=False)
        session.run(
            work,
            lambda _result: (
                self._on_changed(done, name) if generation == self._generation else None
            ),
            lambda error: self._on_failed(generation, error),
        )

    def _on_changed(self, done: str, name: str) -> None:
        self._set_busy(False)
        self._show_message(done, error=False, done=True)
        self._reload(select=name)
        self.operators_changed.emit()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("operators could not be read or changed", exc_info=error)
        self._set_busy(False)
        self._show_message(describe(error), error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def _show_message(self, text: str, *, error: bool, done: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.message_label.setText(text)
