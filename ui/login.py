"""The unlock window: operator and password; errors say how long to wait after failures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LoginWindow(QWidget):
    """Emits ``unlock_requested(operator, password)``; the controller does the work off-thread."""

    unlock_requested = Signal(str, str)
    language_chosen = Signal(str)  # a language code, e.g. "ar"

    def __init__(
        self,
        site_label: str = "",
        parent: QWidget | None = None,
        *,
        languages: Sequence[tuple[str, str]] = (),
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Registrar - unlock"))
        title = QLabel(self.tr("<h2>Registrar</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site_label = QLabel(site_label)
        self.site_label.setObjectName("siteLabel")
        self.site_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.operator_edit = QLineEdit()
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setPlaceholderText(self.tr("your operator name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.busy_label = QLabel(self.tr("Unlocking…"))
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in languages:
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.setVisible(bool(languages))

        form = QFormLayout()
        form.addRow(self.tr("&Operator"), self.operator_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        if languages:
            form.addRow(self.tr("&Language"), self.language_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.site_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch()
        # The licences can be read without unlocking.
        self.about_button = QPushButton(self.tr("&About Registrar"))
        self.about_button.setObjectName("aboutButton")
        self.about_button.setToolTip(self.tr("Version and the licences of its components (F1)"))
        self.about_button.setAutoDefault(False)
        self.about_button.setFlat(True)  # a side door, away from Unlock
        about_row = QHBoxLayout()
        about_row.addWidget(self.about_button)
        about_row.addStretch()
        layout.addLayout(about_row)
        self.setMinimumWidth(420)

        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.operator_edit.returnPressed.connect(self.password_edit.setFocus)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.about_button.clicked.connect(self.show_about)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self).activated.connect(self.show_about)

    def show_about(self) -> None:
        from ui.about_dialog import open_about  # on demand: it reads package metadata

        open_about(self)

    def _on_language_combo_changed(self, _index: int) -> None:
        code = self.language_combo.currentData()
        if code:
            self.language_chosen.emit(str(code))

    def _on_unlock_button_clicked(self) -> None:
        operator = self.operator_edit.text().strip().lower()
        password = self.password_edit.text()
        if not operator or not password:
            self.show_error(self.tr("Type your operator name and your password."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(operator, password)

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.operator_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def reset(self) -> None:
        """After a lock: nothing of the last session stays on screen."""
        self.set_busy(False)
        self.password_edit.clear()
        self.error_label.hide()
        (self.password_edit if self.operator_edit.text() else self.operator_edit).setFocus()
