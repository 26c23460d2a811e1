"""The first-run wizard: create the vault, the first supervisor, the site and station, and show
the recovery key once (print or save it, and confirm it was written down)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from registrar.domain.ids import SITE_CODE_RE
from registrar.storage.keyslots import MIN_PASSWORD_LENGTH, OPERATOR_NAME_RE

# site, station number, station name, supervisor, password, on_done(recovery key), on_error
CreateVault = Callable[
    [str, int, str, str, str, Callable[[str], None], Callable[[BaseException], None]], None
]


class _SitePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("This station"))
        self.setSubTitle(
            self.tr(
                "The site code and station number start every registration "
                "id made here, for example KAK01-000123-4."
            )
        )
        self.site_edit = QLineEdit()
        self.site_edit.setObjectName("siteEdit")
        self.site_edit.setMaxLength(4)
        self.site_edit.setPlaceholderText(self.tr("2-4 letters, e.g. KAK"))
        self.station_spin = QSpinBox()
        self.station_spin.setObjectName("stationSpin")
        self.station_spin.setRange(1, 99)
        self.station_name = QLineEdit()
        self.station_name.setObjectName("stationNameEdit")
        self.station_name.setPlaceholderText(self.tr("e.g. Registration desk 1"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Site code"), self.site_edit)
        form.addRow(self.tr("Station &number"), self.station_spin)
        form.addRow(self.tr("Station n&ame"), self.station_name)
        self.site_edit.textChanged.connect(self.completeChanged)
        self.site_edit.textEdited.connect(self._on_site_edit_text_edited)

    def _on_site_edit_text_edited(self, text: str) -> None:
        if text != text.upper():  # site codes are upper case; show them as they will be
            position = self.site_edit.cursorPosition()
            self.site_edit.setText(text.upper())
            self.site_edit.setCursorPosition(position)

    def isComplete(self) -> bool:
        return bool(SITE_CODE_RE.match(self.site_edit.text().strip().upper()))


class _SupervisorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first supervisor"))
        self.setSubTitle(
            self.tr(
                "Supervisors add the other operators. Choose a password of at least {n} characters."
            ).format(n=MIN_PASSWORD_LENGTH)
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("supervisorEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("supervisorPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("supervisorRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("supervisorHint")
        self.hint.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Operator &name"), self.name_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("&Repeat password"), self.repeat_edit)
        form.addRow(self.hint)
        for edit in (self.name_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._on_text_changed)

    def _problem(self) -> str:
        name = self.name_edit.text().strip()
        if name and not OPERATOR_NAME_RE.match(name):
            return self.tr("Names are lower-case letters, digits, dot, dash or underscore.")
        password = self.password_edit.text()
        if password and len(password) < MIN_PASSWORD_LENGTH:
            return self.tr("The password is too short.")
        if self.repeat_edit.text() and self.repeat_edit.text() != password:
            return self.tr("The two passwords differ.")
        return ""

    def _on_text_changed(self) -> None:
        self.hint.setText(self._problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            not self._problem()
            and bool(self.name_edit.text().strip())
            and self.repeat_edit.text() == self.password_edit.text() != ""
        )


class _RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "If every password is lost, this key opens the vault. It is "
                "shown only now. Write it down and lock it away."
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveRecoveryButton")
        self.confirm = QCheckBox(self.tr("I wrote the recovery key down and checked it"))
        self.confirm.setObjectName("recoveryConfirm")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addStretch()
        layout.addWidget(self.confirm)
        self.confirm.toggled.connect(self.completeChanged)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def show_key(self, key: str) -> None:
        groups = key.split("-")
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self._key = key

    def _on_save_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "recovery-key.pdf", "PDF (*.pdf)"
        )
        if path:
            save_recovery_pdf(self._key, path, self.tr("Registrar recovery key"))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


def save_recovery_pdf(key: str, path: str, title: str) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setHtml(f"<h1>{title}</h1><p style='font-family: monospace; font-size: 20pt'>{key}</p>")
    doc.print_(writer)


class FirstRunWizard(QWizard):
    """Emits ``vault_created`` after the vault exists and the key was confirmed."""

    vault_created = Signal(str, str)  # supervisor, password: the controller unlocks with them

    def __init__(self, create: CreateVault) -> None:
        super().__init__()
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Registrar - first start"))
        self._create = create
        self._recovery_key: str | None = None
        self._creating = False
        self.site_page = _SitePage()
        self.supervisor_page = _SupervisorPage()
        self.recovery_page = _RecoveryPage()
        for page in (self.site_page, self.supervisor_page, self.recovery_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.status_label = QLabel()
        self.status_label.setObjectName("wizardStatus")
        self.status_label.setWordWrap(True)
        self.supervisor_page.layout().addWidget(self.status_label)  # type: ignore[union-attr]
        self.resize(620, 440)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.supervisor_page or self._recovery_key is not None:
            return super().validateCurrentPage()
        if not self._creating:
            # Creating the vault (key derivation calibrated to ~0.6 s) runs off the UI thread;
            # the wizard moves on when it is done.
            self._creating = True
            self.button(QWizard.WizardButton.NextButton).setEnabled(False)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Creating the encrypted vault…"))
            self._create(
                self.site_page.site_edit.text().strip().upper(),
                self.site_page.station_spin.value(),
                self.site_page.station_name.text().strip(),
                self.supervisor_page.name_edit.text().strip(),
                self.supervisor_page.password_edit.text(),
                self._on_vault_created,
                self._on_vault_failed,
            )
        return False

    def _on_vault_created(self, key: str) -> None:
        self._creating = False
        self._recovery_key = key
        self.recovery_page.show_key(key)
        self.status_label.clear()
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.next()

    def _on_vault_failed(self, error: BaseException) -> None:
        from ui.messages import describe

        self._creating = False
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(describe(error))

    def accept(self) -> None:
        self.vault_created.emit(
            self.supervisor_page.name_edit.text().strip(), self.supervisor_page.password_edit.text()
        )
        super().accept()
