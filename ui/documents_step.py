"""Step 5 of registering: identity documents, with page photos found, straightened and capped.

A page photo (from the camera or a file) is searched for the page outline on the compute
lane; when it is found the page is straightened at once, when it is not the officer clicks
the four corners (or keeps the whole photo). Pages are stored as JPEGs under the size cap.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import Document, DocumentPage
from registrar.errors import KnownError
from ui.camera_view import CaptureDialog, to_qimage
from ui.messages import describe
from ui.register_steps import CodeLists, CountryCombo, Step, parse_date

if TYPE_CHECKING:
    from registrar.capture.camera import Camera
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")
U8 = npt.NDArray[np.uint8]


def _tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


DOCUMENT_TYPES = (
    "passport",
    "national_id",
    "refugee_card",
    "birth_certificate",
    "residence_permit",
    "driving_licence",
    "other",
)


def document_type_words(code: str) -> str:
    return {
        "passport": _tr("Passport"),
        "national_id": _tr("National identity card"),
        "refugee_card": _tr("Refugee or asylum card"),
        "birth_certificate": _tr("Birth certificate"),
        "residence_permit": _tr("Residence permit"),
        "driving_licence": _tr("Driving licence"),
        "other": _tr("Other document"),
    }.get(code, code)


@dataclass(frozen=True, slots=True, eq=False)
class PagePhoto:
    """A photo of a page as taken, and the page found in it (None: not found)."""

    bgr: U8
    corners: tuple[tuple[float, float], ...] | None


@dataclass(frozen=True, slots=True, eq=False)
class PreparedPage:
    jpeg: bytes
    thumbnail: QImage


def find_page_in(source: Path | U8) -> PagePhoto:
    """Compute lane: decode (with the intake checks) and look for the page outline."""
    from registrar.biometrics.intake import IntakeLimits, load_image
    from registrar.capture.document import find_page

    bgr = load_image(source, IntakeLimits()).bgr if isinstance(source, Path) else source
    quad = find_page(bgr)
    corners = None if quad is None else tuple((float(x), float(y)) for x, y in quad.as_array())
    return PagePhoto(bgr, corners)


def prepare_page(bgr: U8, corners: Sequence[tuple[float, float]] | None) -> PreparedPage:
    """Compute lane: straighten (when there are corners) and compress under the cap."""
    from registrar.capture.document import compress_page, order_corners, straighten

    page = straighten(bgr, order_corners(corners)) if corners else bgr
    jpeg = compress_page(page)
    image = QImage.fromData(jpeg).scaledToHeight(120, Qt.TransformationMode.SmoothTransformation)
    return PreparedPage(jpeg, image)


class CornerPicker(QWidget):
    """The page photo; the officer clicks its four corners (any order)."""

    corners_changed = Signal()

    def __init__(self, image: QImage) -> None:
        super().__init__()
        self.setObjectName("cornerPicker")
        self.setMinimumSize(480, 360)
        self.setAccessibleName(_tr("Page photo: click the four corners of the page"))
        self.image = image
        self.points: list[tuple[float, float]] = []

    def _target(self) -> tuple[QRectF, float]:
        iw, ih = self.image.width(), self.image.height()
        scale = min(self.width() / iw, self.height() / ih)
        rect = QRectF(
            (self.width() - iw * scale) / 2,
            (self.height() - ih * scale) / 2,
            iw * scale,
            ih * scale,
        )
        return rect, scale

    def add_point(self, x: float, y: float) -> None:
        """A corner in image pixels; a fifth click starts again."""
        if len(self.points) == 4:
            self.points = []
        self.points.append((x, y))
        self.update()
        self.corners_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        rect, scale = self._target()
        pos = event.position()
        if rect.contains(pos):
            self.add_point((pos.x() - rect.x()) / scale, (pos.y() - rect.y()) / scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect, scale = self._target()
        painter.drawImage(rect, self.image)
        painter.setPen(QPen(QColor(0, 120, 215), 3))
        mapped = [QPointF(rect.x() + x * scale, rect.y() + y * scale) for x, y in self.points]
        for i, p in enumerate(mapped):
            painter.drawEllipse(p, 8, 8)
            painter.drawText(p + QPointF(10, -10), str(i + 1))
        if len(mapped) == 4:
            from registrar.capture.document import order_corners

            ordered = order_corners(self.points).as_array()
            poly = [QPointF(rect.x() + x * scale, rect.y() + y * scale) for x, y in ordered]
            for a, b in zip(poly, poly[1:] + poly[:1], strict=True):
                painter.drawLine(a, b)
        painter.end()


class CornerDialog(QDialog):
    """Manual fallback when the page outline was not found."""

    def __init__(self, photo: PagePhoto, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cornerDialog")
        self.setWindowTitle(_tr("Mark the page"))
        self.picker = CornerPicker(to_qimage(photo.bgr))
        text = QLabel(
            _tr(
                "The page was not found automatically. Click its four corners, or keep the "
                "whole photo."
            )
        )
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton(
            _tr("&Use these corners"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useCornersButton")
        self.whole_button = self.buttons.addButton(
            _tr("Keep the &whole photo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.whole_button.setObjectName("wholePhotoButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.setEnabled(False)
        self.picker.corners_changed.connect(
            lambda: self.use_button.setEnabled(len(self.picker.points) == 4)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.whole = False
        self.whole_button.clicked.connect(self._on_whole_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)

    def _on_whole_clicked(self) -> None:
        self.whole = True
        self.accept()

    def corners(self) -> list[tuple[float, float]] | None:
        return None if self.whole else list(self.picker.points)


class DocumentsStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("documentsStep")
        self.camera_factory: Callable[[], Camera] | None = None
        self.documents: list[Document] = []
        self.pages: list[PreparedPage] = []
        self.busy = False
        self.ask_corners: Callable[[PagePhoto], list[tuple[float, float]] | bool | None] = (
            self._ask_corners_dialog
        )

        self.list = QListWidget()
        self.list.setObjectName("documentList")
        self.list.setAccessibleName(_tr("Documents added"))
        self.remove_button = QPushButton(_tr("Remo&ve document"))
        self.remove_button.setObjectName("removeDocument")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("documentType")
        for code in DOCUMENT_TYPES:
            self.type_combo.addItem(document_type_words(code), code)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("documentNumber")
        self.number_edit.setMaxLength(40)
        self.country_combo = CountryCombo("documentCountry")
        self.expiry_edit = QLineEdit()
        self.expiry_edit.setObjectName("documentExpiry")
        self.expiry_edit.setPlaceholderText(_tr("YYYY-MM-DD (if it has one)"))
        self.pages_label = QLabel()
        self.pages_label.setObjectName("pageThumbnails")
        self.camera_page_button = QPushButton(_tr("&Photograph a page…"))
        self.camera_page_button.setObjectName("cameraPageButton")
        self.file_page_button = QPushButton(_tr("Add page from &file…"))
        self.file_page_button.setObjectName("filePageButton")
        self.add_button = QPushButton(_tr("&Add this document"))
        self.add_button.setObjectName("addDocumentButton")
        self.message = QLabel()
        self.message.setObjectName("documentMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()

        def add(text: str, widget: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        add(_tr("&Type:"), self.type_combo)
        add(_tr("&Number:"), self.number_edit)
        add(_tr("Issuing &country:"), self.country_combo)
        add(_tr("&Expiry date:"), self.expiry_edit)
        page_row = QHBoxLayout()
        page_row.addWidget(self.camera_page_button)
        page_row.addWidget(self.file_page_button)
        page_row.addStretch()
        form.addRow(_tr("Pages:"), page_row)
        form.addRow("", self.pages_label)
        box = QGroupBox(_tr("New document"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(_tr("Add each identity document the person shows. This step may stay empty."))
        )
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.file_page_button.clicked.connect(self._on_file_page_clicked)
        self.camera_page_button.clicked.connect(self._on_camera_page_clicked)
        self._show_controls()

    def title(self) -> str:
        return _tr("Documents")

    def bind(self, session: UiSession) -> None:
        super().bind(session)
        self.camera_factory = session.camera
        self._show_controls()

    def set_code_lists(self, lists: CodeLists) -> None:
        self.country_combo.set_countries(lists.countries)

    def _show_controls(self) -> None:
        self.camera_page_button.setEnabled(self.camera_factory is not None and not self.busy)
        self.file_page_button.setEnabled(not self.busy)
        self.add_button.setEnabled(not self.busy)
        self.remove_button.setEnabled(bool(self.documents))
        self.pages_label.setText(
            _tr("{n} page(s) ready").format(n=len(self.pages)) if self.pages else _tr("No pages")
        )

    # pages ---------------------------------------------------------------------------------

    def _on_file_page_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Add a page photo"), "", _tr("Images (*.jpg *.jpeg *.png)")
        )
        if path:
            self.add_page_from(Path(path))

    def _on_camera_page_clicked(self) -> None:
        if self.camera_factory is None:
            return
        dialog = CaptureDialog(
            self.camera_factory,
            title=_tr("Photograph the page"),
            instruction=_tr("Lay the page flat on a dark surface, fill the picture with it."),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.frame is not None:
            self.add_page_from(dialog.frame.bgr)

    def add_page_from(self, source: Path | U8) -> None:
        self.busy = True
        self.message.setText(_tr("Looking for the page…"))
        self._show_controls()
        self.session.compute.submit(
            lambda: find_page_in(source), self._on_page_found, self._on_page_failed
        )

    def _on_page_found(self, photo: PagePhoto) -> None:
        corners: Any = photo.corners
        if corners is None:
            answer = self.ask_corners(photo)
            if answer is False:
                self.busy = False
                self.message.setText(_tr("The page was not added."))
                self._show_controls()
                return
            corners = answer
        self.session.compute.submit(
            lambda: prepare_page(photo.bgr, corners), self._on_page_prepared, self._on_page_failed
        )

    def _ask_corners_dialog(self, photo: PagePhoto) -> list[tuple[float, float]] | bool | None:
        dialog = CornerDialog(photo, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return dialog.corners()

    def _on_page_prepared(self, page: PreparedPage) -> None:
        self.busy = False
        self.pages.append(page)
        self.message.setText(_tr("Page added, straightened and compressed."))
        self._show_pages()
        self._show_controls()

    def _show_pages(self) -> None:
        if not self.pages:
            self.pages_label.setPixmap(QPixmap())
            return
        width = sum(p.thumbnail.width() + 6 for p in self.pages)
        strip = QImage(width, 120, QImage.Format.Format_RGB32)
        strip.fill(QColor(255, 255, 255))
        painter = QPainter(strip)
        x = 0
        for p in self.pages:
            painter.drawImage(x, 0, p.thumbnail)
            x += p.thumbnail.width() + 6
        painter.end()
        self.pages_label.setPixmap(QPixmap.fromImage(strip))
        self.pages_label.setAccessibleName(_tr("{n} page(s) ready").format(n=len(self.pages)))

    def _on_page_failed(self, error: BaseException) -> None:
        self.busy = False
        if not isinstance(error, KnownError):
            log.error("page processing failed unexpectedly", exc_info=error)
        self.message.setText(describe(error))
        self._show_controls()

    # documents -----------------------------------------------------------------------------

    def form_is_empty(self) -> bool:
        return not (self.number_edit.text().strip() or self.pages)

    def document_from_form(self) -> Document:
        from registrar.errors import ErrorCode

        expiry = None
        if self.expiry_edit.text().strip():
            try:
                expiry = parse_date(self.expiry_edit.text())
            except ValueError:
                raise KnownError(
                    ErrorCode.INVALID_FIELD,
                    _tr("The expiry date is not a date: write it as 2030-12-31."),
                    field="document.expiry",
                ) from None
        country = self.country_combo.code()
        return Document(
            doc_type=str(self.type_combo.currentData()),
            number=self.number_edit.text(),
            issuing_country=country,
            expiry=expiry,
            pages=tuple(DocumentPage(p.jpeg) for p in self.pages),
        )

    def _on_add_clicked(self) -> None:
        try:
            document = self.document_from_form()
        except KnownError as exc:
            self.message.setText(document_message(exc))
            return
        self.documents.append(document)
        self.list.addItem(QListWidgetItem(describe_document(document)))
        self._clear_form()
        self.message.setText(_tr("Document added."))
        self._show_controls()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.documents):
            del self.documents[row]
            self.list.takeItem(row)
            self._show_controls()
            self.changed.emit()

    def _clear_form(self) -> None:
        self.number_edit.clear()
        self.expiry_edit.clear()
        self.country_combo.clear_choice()
        self.type_combo.setCurrentIndex(0)
        self.pages = []
        self._show_pages()

    def reset(self) -> None:
        self.documents = []
        self.list.clear()
        self._clear_form()
        self.message.clear()
        self.busy = False
        self._show_controls()

    def validate(self) -> str | None:
        if self.busy:
            return _tr("Wait until the page is ready.")
        if not self.form_is_empty():
            return _tr("Add the document you started (Add this document), or clear its number.")
        return None


def describe_document(document: Document) -> str:
    parts = [document_type_words(document.doc_type), document.number]
    if document.issuing_country:
        parts.append(document.issuing_country)
    if document.expiry:
        expired = document.expiry < dt.date.today()
        parts.append(
            (_tr("expired {date}") if expired else _tr("valid until {date}")).format(
                date=document.expiry.isoformat()
            )
        )
    parts.append(_tr("{n} page(s)").format(n=len(document.pages)))
    return " \u00b7 ".join(parts)


def document_message(error: KnownError) -> str:
    field = str(error.details.get("field", ""))
    known = {
        "document.number": _tr("Write the document number (1 to 40 characters)."),
        "document.type": _tr("Choose the document type."),
        "document.issuing_country": _tr("Choose the issuing country from the list."),
    }
    return known.get(field, error.message)
