"""The About dialog: the app's version and the licences of the components bundled with it.

It opens from the main window (About, F1) and from the login window, so the licences can be
read without unlocking. The table comes from ``registrar.licences``; the licence texts are
shown as shipped, in English, whatever the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import registrar
from registrar.licences import COMPONENTS, Component, component_version, read_licence

KEY_ROLE = Qt.ItemDataRole.UserRole


class _ComponentTable(QTableWidget):
    """The components' table; its rows grow to fit the wrapped licence column."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A stretched column's new width is only known here; heights follow it.
        self.resizeRowsToContents()


class AboutDialog(QDialog):
    """Use ``open_about(parent)``: it shows the parent's dialog again if it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Registrar"))
        self.setSizeGripEnabled(True)
        self._components = {c.key: c for c in COMPONENTS}
        self._rows = {c.key: row for row, c in enumerate(COMPONENTS)}

        title = QLabel(self.tr("<h2>Registrar</h2>"))
        title.setObjectName("aboutTitle")
        self.version_label = QLabel(
            self.tr("Version {version}").format(version=registrar.__version__)
        )
        self.version_label.setObjectName("aboutVersion")
        summary = QLabel(
            self.tr(
                "Registers refugees and migrants offline and finds possible duplicate "
                "registrations by face, on this computer."
            )
        )
        summary.setObjectName("aboutSummary")
        summary.setWordWrap(True)

        list_label = QLabel(self.tr("&Components bundled with Registrar and their licences:"))
        list_label.setWordWrap(True)
        self.component_list = _ComponentTable(len(COMPONENTS), 3)
        self.component_list.setObjectName("componentList")
        self.component_list.setAccessibleName(self.tr("Bundled components"))
        self.component_list.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.component_list.verticalHeader().hide()
        self.component_list.setShowGrid(False)
        self.component_list.setAlternatingRowColors(True)
        self.component_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.component_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.component_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.component_list.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        list_label.setBuddy(self.component_list)
        for row, component in enumerate(COMPONENTS):
            cells = (
                self._name(component),
                self._latin(component_version(component)),
                self._latin(component.licence),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, component.key)
                item.setToolTip(component.licence_name if column == 2 else text)
                self.component_list.setItem(row, column, item)
        # Long licence expressions wrap onto a second line rather than being cut off.
        self.component_list.setWordWrap(True)
        self.component_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.component_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.details_label = QLabel()
        self.details_label.setObjectName("componentDetails")
        self.details_label.setAccessibleName(self.tr("About the selected component"))
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setReadOnly(True)
        self.licence_text.setTabChangesFocus(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The texts are English, laid out for a fixed-width page: keep them left to right.
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        text_side = QWidget()
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.details_label)
        text_layout.addWidget(self.licence_text, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("aboutSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.component_list)
        self.splitter.addWidget(text_side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)

        self.lgpl_note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License "
                "version 3. They are kept as separate library files in the PySide6 folder "
                "inside Registrar's installation folder, so you may replace them with your "
                "own build of the same version. Their source code is available from "
                "https://download.qt.io."
            )
        )
        self.lgpl_note.setObjectName("lgplNote")
        self.lgpl_note.setWordWrap(True)
        self.lgpl_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(summary)
        layout.addSpacing(6)
        layout.addWidget(list_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.lgpl_note)
        layout.addWidget(self.buttons)
        labels = (title, self.version_label, summary, list_label, self.details_label)
        for label in (*labels, self.lgpl_note):
            self._align_to_reading_side(label)
        self.setMinimumSize(800, 520)
        # Wide enough for the list and ~75 columns of licence text; fits a 1024x700 screen.
        self.resize(980, 640)
        self.splitter.setSizes([400, 580])

        self.component_list.currentCellChanged.connect(self._on_component_list_current_changed)
        self.component_list.setCurrentCell(0, 0)
        self.component_list.setFocus()

    def select(self, key: str) -> None:
        """Show the component with this key (``registrar.licences.COMPONENTS``)."""
        self.component_list.setCurrentCell(self._rows[key], 0)

    def current_key(self) -> str:
        item = self.component_list.item(self.component_list.currentRow(), 0)
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def _on_component_list_current_changed(
        self, _row: int, _column: int, _previous_row: int, _previous_column: int
    ) -> None:
        key = self.current_key()
        if not key:
            self.details_label.clear()
            self.licence_text.clear()
            return
        component = self._components[key]
        self.details_label.setText(self._details(component))
        self.licence_text.setPlainText(self._texts(component))
        self.licence_text.moveCursor(QTextCursor.MoveOperation.Start)

    def _latin(self, text: str) -> str:
        """``text`` kept left to right inside a right-to-left layout ("1.2.post1", "(MIT)")."""
        return f"\u2066{text}\u2069" if text and self.isRightToLeft() else text

    def _align_to_reading_side(self, label: QLabel) -> None:
        # A line that starts with a Latin word ("Registrar", "dlib 20.0") would otherwise
        # sit on the left of an Arabic dialog.
        if self.isRightToLeft():
            side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)

    def _details(self, component: Component) -> str:
        version = component_version(component)
        lines = [
            f"{self._name(component)} {version}".strip(),
            self._purpose(component),
            self.tr("Licence: {licence}").format(licence=component.licence_name),
            component.url,
        ]
        return "\n".join(lines)

    def _texts(self, component: Component) -> str:
        parts = []
        for file in component.files:
            try:
                text = read_licence(file)
            except OSError:
                text = self.tr("This installation is missing the file {file}.").format(file=file)
            if len(component.files) > 1:
                text = f"==> {file} <==\n\n{text}"
            parts.append(text.rstrip())
        return "\n\n\n".join(parts) + "\n"

    def _name(self, component: Component) -> str:
        if component.key == "face-models":
            return self.tr("Face models")
        return component.name  # names of software stay as their authors wrote them

    def _purpose(self, component: Component) -> str:
        """What the component does, in the interface's language (English: ``purpose``)."""
        purposes = {
            "python": self.tr("The language Registrar is written in, and its standard library"),
            "qt": self.tr("The user interface: windows, controls and the camera preview"),
            "opencv": self.tr("Camera capture, image processing and running the face models"),
            "dlib": self.tr("The second face recogniser (landmarks and face descriptors)"),
            "sqlcipher": self.tr(
                "Encrypts the vault on disk (SQLite with encryption; OpenSSL built in)"
            ),
            "face-models": self.tr(
                "Find faces in photos and turn them into templates for the duplicate search"
            ),
            "numpy": self.tr("Arrays of pixels and face templates"),
            "cryptography": self.tr("Encryption and signatures of sync packets (OpenSSL built in)"),
            "argon2-cffi": self.tr("Turns passwords into vault keys (Argon2id)"),
            "argon2-cffi-bindings": self.tr("The Argon2 reference code that argon2-cffi calls"),
            "cffi": self.tr("Calls the compiled Argon2 code from Python"),
            "httpx": self.tr("Talks to the hub when syncing over the network"),
            "httpcore": self.tr("The connections underneath HTTPX"),
            "h11": self.tr("The HTTP/1.1 protocol underneath HTTPX"),
            "anyio": self.tr("Networking support used by HTTPX"),
            "idna": self.tr("Internationalised host names for HTTPX"),
            "certifi": self.tr("The certificate authorities trusted when the hub uses HTTPS"),
            "typing-extensions": self.tr("Newer typing features for the libraries above"),
            "usearch": self.tr("The index that finds similar faces quickly"),
            "numkong": self.tr("Fast vector arithmetic inside USearch"),
            "tqdm": self.tr("Progress reporting inside USearch"),
            "segno": self.tr("The QR code on the proof of registration"),
            "pycountry": self.tr("Country and language names and codes"),
            "platformdirs": self.tr("Finds the folders where Registrar keeps its data"),
        }
        return purposes.get(component.key, component.purpose)


def open_about(parent: QWidget) -> AboutDialog:
    """Show ``parent``'s About dialog, made on first use and kept for the next time."""
    dialog = parent.findChild(AboutDialog, "aboutDialog")
    if dialog is None:
        dialog = AboutDialog(parent)
    if dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.open()
    return dialog
