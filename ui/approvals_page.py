"""The end-of-day Approvals page: a supervisor approves completed records or refuses one.

With end-of-day approval on, a completed record waits here until a supervisor approves its
current version (only then may it leave the laptop) or refuses it with a reason that the
officers read to correct it. Officers see the counts and the refused list, without the
controls. Every vault call runs on the database lane; names are set as plain text only.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import KnownError
from registrar.services.approvals import REASON_MAX_CHARS, ApprovalResult
from registrar.storage.approvals import ApprovalRow
from ui.messages import describe
from ui.styles import DONE_STYLE, ERROR_STYLE, NOTE_STYLE

if TYPE_CHECKING:
    from registrar.storage.vault import Vault
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

WAITING_LIMIT = 500  # the oldest first; approving them brings the next ones into the list
REJECTED_LIMIT = 200
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    REGISTRATION_ID = 0
    NAME = 1
    REGISTERED_BY = 2
    CHANGED = 3
    VERSION = 4
    REFUSED_BY = 5
    REASON = 6


WAITING_COLUMNS = (
    Column.REGISTRATION_ID,
    Column.NAME,
    Column.REGISTERED_BY,
    Column.CHANGED,
    Column.VERSION,
)
REFUSED_COLUMNS = (
    Column.REGISTRATION_ID,
    Column.NAME,
    Column.REGISTERED_BY,
    Column.REFUSED_BY,
    Column.REASON,
)


@dataclass(frozen=True, slots=True)
class _Loaded:
    required: bool
    may_decide: bool
    waiting: tuple[ApprovalRow, ...]  # empty for officers: they see the count only
    waiting_count: int
    rejected: tuple[ApprovalRow, ...]


def _load(vault: Vault) -> _Loaded:
    from registrar.domain.model import Role
    from registrar.services.approvals import ApprovalService

    service = ApprovalService(vault)
    required = service.required
    may_decide = vault.session.role is Role.SUPERVISOR
    return _Loaded(
        required=required,
        may_decide=may_decide,
        waiting=tuple(service.waiting(WAITING_LIMIT)) if required and may_decide else (),
        waiting_count=service.count_waiting() if required else 0,
        rejected=tuple(service.rejected(REJECTED_LIMIT)),
    )


def full_name(row: ApprovalRow) -> str:
    return " ".join(part for part in (row.given_name, row.family_name) if part)


def _when(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


class ApprovalRowsModel(QAbstractTableModel):
    """Waiting or refused records as table rows (plain text; the person id in PERSON_ID_ROLE)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: tuple[ApprovalRow, ...] = ()

    def set_rows(self, rows: Sequence[ApprovalRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> ApprovalRow:
        return self._rows[row]

    @property
    def rows(self) -> tuple[ApprovalRow, ...]:
        return self._rows

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            Column.REGISTRATION_ID: self.tr("Registration id"),
            Column.NAME: self.tr("Name"),
            Column.REGISTERED_BY: self.tr("Registered by"),
            Column.CHANGED: self.tr("Last change"),
            Column.VERSION: self.tr("Version"),
            Column.REFUSED_BY: self.tr("Refused by"),
            Column.REASON: self.tr("Reason"),
        }[self.columns[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.REASON:
            return row.rejected_reason or None  # the whole reason, line breaks and all
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: ApprovalRow, column: Column) -> str:
        if column is Column.REGISTRATION_ID:
            return row.registration_id
        if column is Column.NAME:
            return full_name(row)
        if column is Column.REGISTERED_BY:
            return row.created_by
        if column is Column.CHANGED:
            return _when(row.updated_at)
        if column is Column.VERSION:
            return str(row.version)
        if column is Column.REFUSED_BY:
            return row.rejected_by or ""
        return " ".join((row.rejected_reason or "").split())  # one line in the table


class RefuseDialog(QDialog):
    """Asks why one record is refused; the Refuse button stays disabled until there is a reason."""

    def __init__(self, row: ApprovalRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refuseDialog")
        self.setWindowTitle(self.tr("Refuse a record"))
        self.row = row

        self.intro_label = QLabel(
            self.tr(
                "Refuse {name} ({registration_id}, version {version})? The record is not "
                "sent to the hub until an officer corrects it and a supervisor approves "
                "the new version."
            ).format(name=full_name(row), registration_id=row.registration_id, version=row.version)
        )
        self.intro_label.setObjectName("refuseIntro")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.intro_label.setWordWrap(True)
        reason_label = QLabel(self.tr("&Reason (the officer reads it to correct the record):"))
        reason_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("refuseReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason for refusing"))
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the year of birth does not match the document.")
        )
        self.reason_edit.setTabChangesFocus(True)  # Tab reaches the buttons
        self.reason_edit.setMinimumHeight(90)
        reason_label.setBuddy(self.reason_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("refuseReasonCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.buttons = QDialogButtonBox()
        self.refuse_button = self.buttons.addButton(
            self.tr("&Refuse"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.refuse_button.setObjectName("refuseConfirmButton")
        self.refuse_button.setAccessibleName(self.tr("Refuse the record with this reason"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("refuseCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(480, 300)

        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _valid(self) -> bool:
        return 0 < len(self.reason()) <= REASON_MAX_CHARS

    def _on_reason_edit_text_changed(self) -> None:
        length = len(self.reason())
        too_long = length > REASON_MAX_CHARS
        text = self.tr("{n} of {max} characters").format(n=length, max=REASON_MAX_CHARS)
        if too_long:
            text = "\u26a0 " + self.tr("Too long: {n} of {max} characters").format(
                n=length, max=REASON_MAX_CHARS
            )
        self.count_label.setText(text)
        self.count_label.setStyleSheet(ERROR_STYLE if too_long else "")
        self.refuse_button.setEnabled(self._valid())

    def accept(self) -> None:
        # The button is disabled without a reason; this also stops any other way of accepting.
        if self._valid():
            super().accept()


class ApprovalsPage(QWidget):
    """Emits ``open_person(person_id)`` when a listed record is double-clicked (or Enter)."""

    open_person = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPage")
        self._session: UiSession | None = None
        self._loaded: _Loaded | None = None
        self._busy = False
        # Bumped by bind() and clear(): answers for an older binding are dropped.
        self._generation = 0
        self.confirm_box: QMessageBox | None = None
        self.refuse_dialog: RefuseDialog | None = None

        heading = QLabel(self.tr("<h2>Approvals</h2>"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("approvalsCounts")

        self.not_required_note = QLabel(
            self.tr(
                "End-of-day approval is off: records go to the outbox as soon as they are "
                "complete. A supervisor can switch end-of-day approval on in Settings."
            )
        )
        self.not_required_note.setObjectName("approvalNotRequiredNote")
        self.not_required_note.setWordWrap(True)
        self.not_required_note.setStyleSheet(NOTE_STYLE)
        self.officer_note = QLabel(
            self.tr(
                "Only a supervisor can approve or refuse records. Refused records are listed "
                "below: open one to correct it, and the new version waits for approval again."
            )
        )
        self.officer_note.setObjectName("approvalOfficerNote")
        self.officer_note.setWordWrap(True)
        self.officer_note.setStyleSheet(NOTE_STYLE)

        # waiting -----------------------------------------------------------------------------
        self.waiting_status = QLabel()
        self.waiting_status.setObjectName("waitingStatus")
        self.waiting_status.setWordWrap(True)
        self.waiting_model = ApprovalRowsModel(WAITING_COLUMNS, self)
        self.waiting_table = self._table(
            "waitingTable", self.waiting_model, self.tr("Records waiting for approval")
        )
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.approve_selected_button = self._button(
            self.tr("&Approve selected"),
            "approveSelectedButton",
            self.tr("Approve the selected records"),
        )
        self.approve_all_button = self._button(
            self.tr("Approve a&ll shown…"),
            "approveAllButton",
            self.tr("Approve every record shown in the list"),
        )
        self.refuse_button = self._button(
            self.tr("&Refuse…"),
            "refuseButton",
            self.tr("Refuse the selected record with a reason"),
        )
        self.refuse_button.setToolTip(self.tr("Select one record to refuse it."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_selected_button)
        buttons.addWidget(self.approve_all_button)
        buttons.addStretch()
        buttons.addWidget(self.refuse_button)
        self.waiting_box = QGroupBox(self.tr("Waiting for approval"))
        self.waiting_box.setObjectName("waitingBox")
        waiting_layout = QVBoxLayout(self.waiting_box)
        waiting_layout.addWidget(self.waiting_status)
        waiting_layout.addWidget(self.waiting_table)  # no stretch: hidden, it must not grow
        waiting_layout.addLayout(buttons)

        # what happened -----------------------------------------------------------------------
        self.message_label = QLabel()
        self.message_label.setObjectName("approvalsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        # refused -----------------------------------------------------------------------------
        self.refused_status = QLabel()
        self.refused_status.setObjectName("refusedStatus")
        self.refused_status.setWordWrap(True)
        self.refused_model = ApprovalRowsModel(REFUSED_COLUMNS, self)
        self.refused_table = self._table(
            "refusedTable", self.refused_model, self.tr("Refused records waiting for correction")
        )
        self.refused_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The reason is what the officer needs: wrap it rather than cut it off.
        self.refused_table.setWordWrap(True)
        self.refused_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.refused_box = QGroupBox(self.tr("Refused, waiting for correction"))
        self.refused_box.setObjectName("refusedBox")
        refused_layout = QVBoxLayout(self.refused_box)
        refused_layout.addWidget(self.refused_status)
        refused_layout.addWidget(self.refused_table)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.counts_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.not_required_note)
        layout.addWidget(self.officer_note)
        layout.addWidget(self.waiting_box, 3)
        layout.addWidget(self.message_label)
        layout.addWidget(self.refused_box, 2)
        layout.addStretch(0)  # takes the room only while both lists are hidden
        self._layout = layout

        QWidget.setTabOrder(self.waiting_table, self.approve_selected_button)
        QWidget.setTabOrder(self.approve_selected_button, self.approve_all_button)
        QWidget.setTabOrder(self.approve_all_button, self.refuse_button)
        QWidget.setTabOrder(self.refuse_button, self.refused_table)

        # Ctrl+A anywhere on the page (a button may have the focus) selects every waiting row.
        self.select_all_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self)
        self.select_all_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.select_all_shortcut.activated.connect(self._on_select_all_shortcut_activated)

        self.approve_selected_button.clicked.connect(self._on_approve_selected_button_clicked)
        self.approve_all_button.clicked.connect(self._on_approve_all_button_clicked)
        self.refuse_button.clicked.connect(self._on_refuse_button_clicked)
        selection = self.waiting_table.selectionModel()
        selection.selectionChanged.connect(self._on_waiting_selection_changed)
        self.waiting_table.activated.connect(self._on_table_activated)
        self.refused_table.activated.connect(self._on_table_activated)
        self.clear()

    def _table(self, name: str, model: ApprovalRowsModel, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {
            Column.REGISTRATION_ID: 150,
            Column.NAME: 180,
            Column.REGISTERED_BY: 110,
            Column.CHANGED: 130,
            Column.VERSION: 70,
            Column.REFUSED_BY: 100,
        }
        for section, column in enumerate(model.columns):
            if column in widths:
                table.setColumnWidth(section, widths[column])
        # The reason (refused) or the name (waiting) takes the room that is left.
        wide = Column.REASON if Column.REASON in model.columns else Column.NAME
        header.setSectionResizeMode(model.columns.index(wide), QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _button(text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    # binding and clearing ----------------------------------------------------------------------

    def bind(self, session: UiSession) -> None:
        """Show this session's waiting and refused records; they are read on the database lane."""
        self.clear()
        self._session = session
        self._show_message(self.tr("Loading…"), error=False)
        self._reload(clear_message=True)

    def refresh(self) -> None:
        """Read the lists again (e.g. after the approval setting changed)."""
        if self._session is not None and not self._busy:
            self._reload(clear_message=False)

    def clear(self) -> None:
        """On lock: forget the session and drop every name from the screen, dialogs included."""
        self._generation += 1
        self._session = None
        self._loaded = None
        self._busy = False
        dialogs = (self.confirm_box, self.refuse_dialog)
        self.confirm_box = None  # first, so that closing them decides nothing
        self.refuse_dialog = None
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.waiting_model.clear()
        self.refused_model.clear()
        self.counts_label.clear()
        self.waiting_status.clear()
        self.refused_status.clear()
        self.message_label.clear()
        self.not_required_note.hide()
        self.officer_note.hide()
        self.waiting_box.hide()
        self.refused_box.hide()
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Records completed since the page was last shown appear without a manual reload.
        if self._loaded is not None:
            self.refresh()

    def _reload(self, *, clear_message: bool, after_action: bool = False) -> None:
        session = self._session
        if session is None:
            return
        generation = self._generation
        session.run(
            _load,
            lambda loaded: self._on_loaded(generation, loaded, clear_message, after_action),
            lambda error: self._on_failed(generation, error),
        )

    def _on_loaded(
        self, generation: int, loaded: _Loaded, clear_message: bool, after_action: bool
    ) -> None:
        if generation != self._generation:
            return
        self._loaded = loaded
        if after_action:
            # Only the lists read after a decision end it: an older read that arrives while a
            # decision is on its way must not hand back buttons that act on stale rows.
            self._busy = False
        if clear_message:
            self.message_label.clear()
        self.waiting_model.set_rows(loaded.waiting)
        self.refused_model.set_rows(loaded.rejected)
        self._show_counts(loaded)
        self._show_lists(loaded)
        self._update_enabled()

    def _show_counts(self, loaded: _Loaded) -> None:
        refused = len(loaded.rejected)
        if loaded.required:
            self.counts_label.setText(
                self.tr("{waiting} waiting, {refused} refused").format(
                    waiting=loaded.waiting_count, refused=refused
                )
            )
        elif refused:
            self.counts_label.setText(self.tr("{refused} refused").format(refused=refused))
        else:
            self.counts_label.clear()

    def _show_lists(self, loaded: _Loaded) -> None:
        self.not_required_note.setVisible(not loaded.required)
        self.officer_note.setVisible(loaded.required and not loaded.may_decide)
        self.waiting_box.setVisible(loaded.required and loaded.may_decide)
        shown = len(loaded.waiting)
        if shown == 0:
            self.waiting_status.setText(self.tr("No records wait for approval."))
        elif shown < loaded.waiting_count:
            self.waiting_status.setText(
                self.tr(
                    "The oldest {shown} of {total} records waiting. Approve these to see the "
                    "next ones. Ctrl+A selects them all; double-click opens a record."
                ).format(shown=shown, total=loaded.waiting_count)
            )
        else:
            self.waiting_status.setText(
                self.tr(
                    "Oldest first. Select records to approve them (Ctrl+A selects them all), "
                    "or select one to refuse it. Double-click opens a record."
                )
            )
        refused = bool(loaded.rejected)
        self.refused_box.setVisible(loaded.required or refused)
        # An empty list is a sentence, not a blank table; the lists with rows share the room.
        self.waiting_table.setVisible(shown > 0)
        self.refused_table.setVisible(refused)
        self._layout.setStretchFactor(self.waiting_box, 3 if shown else 0)
        self._layout.setStretchFactor(self.refused_box, 2 if refused else 0)
        if not refused:
            self.refused_status.setText(self.tr("No refused records."))
        elif loaded.required:
            self.refused_status.setText(
                self.tr(
                    "Double-click a record to open and correct it; the new version then "
                    "waits for approval again."
                )
            )
        else:
            self.refused_status.setText(
                "\u26a0 "
                + self.tr(
                    "These were refused while end-of-day approval was on. With approval off "
                    "they are sent like any complete record: correct them soon."
                )
            )

    def _update_enabled(self) -> None:
        loaded = self._loaded
        may = loaded is not None and loaded.required and loaded.may_decide and not self._busy
        selected = len(self._selected_rows())
        self.approve_selected_button.setEnabled(may and selected > 0)
        self.approve_all_button.setEnabled(may and self.waiting_model.rowCount() > 0)
        self.refuse_button.setEnabled(may and selected == 1)

    def _selected_rows(self) -> list[ApprovalRow]:
        rows = sorted({i.row() for i in self.waiting_table.selectionModel().selectedRows()})
        return [self.waiting_model.row_at(r) for r in rows if r < self.waiting_model.rowCount()]

    # keyboard and opening ------------------------------------------------------------------------

    def _on_select_all_shortcut_activated(self) -> None:
        if self.waiting_box.isVisible() and self.waiting_model.rowCount():
            self.waiting_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.waiting_table.selectAll()

    def _on_waiting_selection_changed(self) -> None:
        self._update_enabled()

    def _on_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE) if index.isValid() else None
        if isinstance(person_id, str):
            self.open_person.emit(person_id)

    # approving -------------------------------------------------------------------------------

    def _on_approve_selected_button_clicked(self) -> None:
        rows = self._selected_rows()
        if rows:
            self._approve(rows)

    def _on_approve_all_button_clicked(self) -> None:
        rows = self.waiting_model.rows
        if not rows or self._busy or self._session is None:
            return
        box = QMessageBox(self)
        box.setObjectName("approveAllConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Approve all shown"))
        box.setText(
            self.tr("Approve all {n} records shown? They become ready to send to the hub.").format(
                n=len(rows)
            )
        )
        approve = box.addButton(
            self.tr("&Approve {n}").format(n=len(rows)), QMessageBox.ButtonRole.AcceptRole
        )
        approve.setObjectName("approveAllConfirmButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(approve)
        box.setEscapeButton(cancel)
        # The rows as the supervisor saw them when asked, not as a later reload shows them.
        box.finished.connect(lambda _result: self._on_confirm_box_finished(box, approve, rows))
        self.confirm_box = box
        box.open()

    def _on_confirm_box_finished(
        self, box: QMessageBox, approve: QAbstractButton, rows: Sequence[ApprovalRow]
    ) -> None:
        if box is not self.confirm_box:
            return  # closed by clear()
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is approve:
            self._approve(rows)

    def _approve(self, rows: Sequence[ApprovalRow]) -> None:
        session = self._session
        if session is None or self._busy or self._loaded is None or not self._loaded.may_decide:
            return
        versions = tuple((r.person_id, r.version) for r in rows)
        self._busy = True
        self._update_enabled()
        self._show_message(self.tr("Approving…"), error=False)
        generation = self._generation

        def approve(vault: Vault) -> ApprovalResult:
            from registrar.services.approvals import ApprovalService

            return ApprovalService(vault).approve(versions)

        session.run(
            approve,
            lambda result: self._on_approved(generation, result),
            lambda error: self._on_failed(generation, error),
        )

    def _on_approved(self, generation: int, result: ApprovalResult) -> None:
        if generation != self._generation:
            return
        skipped = len(result.skipped)
        if result.decided == 0:
            text = self.tr(
                "No record approved: the {m} record(s) had changed meanwhile. Look at them "
                "again in the list."
            ).format(m=skipped)
        elif skipped:
            text = self.tr(
                "{n} record(s) approved; {m} had changed meanwhile and could not be approved."
            ).format(n=result.decided, m=skipped)
        else:
            text = self.tr("{n} record(s) approved; they are ready to send to the hub.").format(
                n=result.decided
            )
        self._show_message(text, error=False, done=result.decided > 0)
        self._reload(clear_message=False, after_action=True)  # busy until the new lists arrive

    # refusing --------------------------------------------------------------------------------

    def _on_refuse_button_clicked(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or self._busy or self._session is None:
            return
        dialog = RefuseDialog(rows[0], self)
        dialog.accepted.connect(lambda: self._on_refuse_dialog_accepted(dialog))
        dialog.finished.connect(lambda _result: self._on_refuse_dialog_finished(dialog))
        self.refuse_dialog = dialog
        dialog.open()

    def _on_refuse_dialog_accepted(self, dialog: RefuseDialog) -> None:
        if dialog is self.refuse_dialog:
            self._refuse(dialog.row, dialog.reason())

    def _on_refuse_dialog_finished(self, dialog: RefuseDialog) -> None:
        if dialog is self.refuse_dialog:
            self.refuse_dialog = None
            dialog.deleteLater()

    def _refuse(self, row: ApprovalRow, reason: str) -> None:
        session = self._session
        if session is None or self._busy or self._loaded is None or not self._loaded.may_decide:
            return
        self._busy = True
        self._update_enabled()
        self._show_message(self.tr("Refusing…"), error=False)
        generation = self._generation
        person_id, version = row.person_id, row.version

        def refuse(vault: Vault) -> ApprovalResult:
            from registrar.services.approvals import ApprovalService

            return ApprovalService(vault).reject(person_id, version, reason)

        session.run(
            refuse,
            lambda result: self._on_refused(generation, row, result),
            lambda error: self._on_failed(generation, error),
        )

    def _on_refused(self, generation: int, row: ApprovalRow, result: ApprovalResult) -> None:
        if generation != self._generation:
            return
        if result.decided:
            text = self.tr(
                "Record {registration_id} refused. It is listed below with your reason until "
                "an officer corrects it."
            ).format(registration_id=row.registration_id)
        else:
            text = self.tr(
                "Record {registration_id} had changed meanwhile and was not refused. Look at "
                "it again in the list."
            ).format(registration_id=row.registration_id)
        self._show_message(text, error=False, done=bool(result.decided))
        self._reload(clear_message=False, after_action=True)

    # failures ----------------------------------------------------------------------------------

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, KnownError):
            log.error("approvals could not be read or saved", exc_info=error)
        self._busy = False
        self._update_enabled()
        self._show_message("\u26a0 " + describe(error), error=True)

    def _show_message(self, text: str, *, error: bool, done: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")
        self.message_label.setText(text)
