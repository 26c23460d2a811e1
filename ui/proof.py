"""The printable proof of registration: one A4 page drawn with QPainter, saved as a PDF."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from registrar.errors import BugError

PDF_DPI = 300
# The layout is designed on an A4 sheet in millimetres and scaled to whatever rect it gets.
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
MARGIN_MM = 20.0
PHOTO_W_MM = 35.0
PHOTO_H_MM = 45.0
QR_MM = 42.0
QR_QUIET_MODULES = 4
LABEL_COL_MM = 38.0
GAP_MM = 10.0
MM_PER_PT = 25.4 / 72.0

_INK = QColor(0, 0, 0)
_LABEL_INK = QColor(80, 80, 80)
_RULE_INK = QColor(150, 150, 150)
_RTL_CLASSES = frozenset({"R", "AL"})
_JPEG_SOI = b"\xff\xd8"
_JPEG_EOI = b"\xff\xd9"


@dataclass(frozen=True, slots=True)
class ProofContent:
    """What one proof of registration shows; all text already formatted for print."""

    registration_id: str  # e.g. "KAK01-000123-4"
    given_name: str
    family_name: str
    other_names: str
    birth: str  # e.g. "1990-04-02", "about 1990" or ""
    registered_on: dt.date
    site_code: str
    station_name: str
    photo_jpeg: bytes | None


@dataclass(frozen=True, slots=True)
class _Labels:
    title: str
    family_name: str
    given_name: str
    other_names: str
    birth: str
    registration_id: str
    registered_on: str
    site: str
    station: str
    no_photo: str
    footer: str


def _labels() -> _Labels:
    # Literal calls, so that pyside6-lupdate finds every string.
    return _Labels(
        title=QCoreApplication.translate("proof", "Proof of registration"),
        family_name=QCoreApplication.translate("proof", "Family name"),
        given_name=QCoreApplication.translate("proof", "Given name"),
        other_names=QCoreApplication.translate("proof", "Other names"),
        birth=QCoreApplication.translate("proof", "Date of birth"),
        registration_id=QCoreApplication.translate("proof", "Registration number"),
        registered_on=QCoreApplication.translate("proof", "Registered on"),
        site=QCoreApplication.translate("proof", "Site"),
        station=QCoreApplication.translate("proof", "Station"),
        no_photo=QCoreApplication.translate("proof", "No photo"),
        footer=QCoreApplication.translate("proof", "Keep this paper. Show it at every visit."),
    )


def _direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong character (the Unicode bidi rule P2), LTR if none.

    PySide6 has no QString.isRightToLeft, so this reads the bidi classes itself.
    """
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi == "L":
            return Qt.LayoutDirection.LeftToRight
        if bidi in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class _Page:
    """Millimetres on the A4 design to device coordinates, mirrored when the UI is RTL."""

    def __init__(self, page_rect: QRectF, rtl: bool) -> None:
        self.scale = min(page_rect.width() / PAGE_W_MM, page_rect.height() / PAGE_H_MM)
        # Centred when the rect is not A4-shaped (US Letter in a print preview, say).
        self.left = page_rect.left() + (page_rect.width() - PAGE_W_MM * self.scale) / 2
        self.top = page_rect.top()
        self.rtl = rtl

    def rect(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QRectF:
        if self.rtl:
            x_mm = PAGE_W_MM - x_mm - w_mm
        s = self.scale
        return QRectF(self.left + x_mm * s, self.top + y_mm * s, w_mm * s, h_mm * s)

    def font(self, base: QFont, points: float, *, bold: bool = False) -> QFont:
        # Pixel sizes follow the page rect, so a QImage and a 300 dpi PDF get the same layout.
        font = QFont(base)
        font.setPixelSize(max(1, round(points * MM_PER_PT * self.scale)))
        font.setBold(bold)
        return font

    def leading(self) -> Qt.AlignmentFlag:
        """The page's start edge, as an absolute alignment (not flipped again by Qt)."""
        edge = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        return edge | Qt.AlignmentFlag.AlignAbsolute

    def text(
        self,
        painter: QPainter,
        text: str,
        font: QFont,
        box: tuple[float, float, float],
        *,
        align: Qt.AlignmentFlag | None = None,
        color: QColor = _INK,
        draw: bool = True,
    ) -> float:
        """Draw wrapped text at (x, y) mm in a column w mm wide; return its height in mm.

        With draw=False it only measures.
        """
        x_mm, y_mm, w_mm = box
        area = self.rect(x_mm, y_mm, w_mm, 0)
        option = QTextOption(align if align is not None else self.leading())
        option.setTextDirection(_direction(text))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, font, painter.device())
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(area.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        if draw:
            painter.setPen(color)
            layout.draw(painter, area.topLeft())
        return height / self.scale

    def rule(self, painter: QPainter, y_mm: float) -> None:
        pen = QPen(_RULE_INK)
        pen.setWidthF(0.3 * self.scale)
        painter.setPen(pen)
        line = self.rect(MARGIN_MM, y_mm, PAGE_W_MM - 2 * MARGIN_MM, 0)
        painter.drawLine(line.topLeft(), line.topRight())


def _decode_photo(photo_jpeg: bytes | None) -> QImage | None:
    """The photo, or None when it is missing or not a whole JPEG.

    A cut-off JPEG would decode to a half-grey face (and a Qt warning); on an identity paper
    "No photo" is the honest answer. The photos come from our own encoder, which always ends
    the stream with the EOI marker.
    """
    if not photo_jpeg or not (
        photo_jpeg.startswith(_JPEG_SOI) and photo_jpeg.rstrip(b"\0").endswith(_JPEG_EOI)
    ):
        return None
    image = QImage.fromData(photo_jpeg)
    return None if image.isNull() else image


def _draw_photo(
    painter: QPainter, page: _Page, image: QImage | None, no_photo: str, top_mm: float
) -> None:
    frame = page.rect(MARGIN_MM, top_mm, PHOTO_W_MM, PHOTO_H_MM)
    pen = QPen(_RULE_INK)
    pen.setWidthF(0.3 * page.scale)
    if image is None:
        painter.setPen(pen)
        painter.setBrush(QColor(240, 240, 240))
        painter.drawRect(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = page.font(QGuiApplication.font(), 11)
        column = (MARGIN_MM + 2, 0.0, PHOTO_W_MM - 4)
        centre = Qt.AlignmentFlag.AlignHCenter
        text_h = page.text(painter, no_photo, font, column, align=centre, draw=False)
        x_mm, _, w_mm = column
        column = (x_mm, top_mm + (PHOTO_H_MM - text_h) / 2, w_mm)
        page.text(painter, no_photo, font, column, align=centre, color=_LABEL_INK)
        return
    # Fit inside the frame keeping the aspect ratio; resampled once to the printed
    # size so that the PDF does not carry a full-size camera frame.
    size = image.size().scaled(
        round(frame.width()), round(frame.height()), Qt.AspectRatioMode.KeepAspectRatio
    )
    scaled = image.scaled(size, mode=Qt.TransformationMode.SmoothTransformation)
    target = QRectF(0, 0, scaled.width(), scaled.height())
    # Centred across, but on the frame's top edge: in line with the first name row.
    target.moveCenter(frame.center())
    target.moveTop(frame.top())
    painter.drawImage(target, scaled)
    painter.setPen(pen)
    painter.drawRect(target)


def _draw_qr(
    painter: QPainter, page: _Page, registration_id: str, right_mm: float, top_mm: float
) -> float:
    """The QR code as one vector path of dark modules; return the symbol's bottom in mm.

    The symbol's dark modules line up with right_mm and top_mm; its 4-module quiet zone lies
    outside them, in the margin and the gaps, which are blank.
    """
    qr = segno.make_qr(registration_id, error="m")
    matrix = qr.matrix
    modules = len(matrix) + 2 * QR_QUIET_MODULES
    quiet_mm = QR_MM * QR_QUIET_MODULES / modules
    area = page.rect(right_mm - QR_MM + quiet_mm, top_mm - quiet_mm, QR_MM, QR_MM)
    # Whole device pixels per module keep a raster rendering (screen, preview) crisp.
    module = max(1.0, float(int(area.width() / modules)))
    side = module * modules
    origin = QPointF(area.left() + (area.width() - side) / 2, area.top())
    painter.fillRect(QRectF(origin.x(), origin.y(), side, side), QColor(255, 255, 255))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, bits in enumerate(matrix):
        top = origin.y() + (row + QR_QUIET_MODULES) * module
        col = 0
        while col < len(bits):
            if not bits[col]:
                col += 1
                continue
            start = col
            while col < len(bits) and bits[col]:
                col += 1
            # One rect per run of dark modules, all in one path: no hairline seams between them.
            left = origin.x() + (start + QR_QUIET_MODULES) * module
            path.addRect(QRectF(left, top, (col - start) * module, module))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(path, _INK)
    painter.restore()
    return top_mm + QR_MM - 2 * quiet_mm


def _field_rows(
    painter: QPainter,
    page: _Page,
    rows: list[tuple[str, str]],
    x_mm: float,
    y_mm: float,
    w_mm: float,
    *,
    value_points: float,
) -> float:
    """Label/value rows, both aligned to the page's start edge; return the end y in mm."""
    base = QGuiApplication.font()
    label_font = page.font(base, 10)
    value_font = page.font(base, value_points)
    value_x = x_mm + LABEL_COL_MM
    for label, value in rows:
        # The label sits on the value's first baseline: nudge it down by the size difference.
        nudge = (value_points - 10) * MM_PER_PT * 0.8
        label_h = page.text(
            painter,
            label,
            label_font,
            (x_mm, y_mm + nudge, LABEL_COL_MM - 2),
            color=_LABEL_INK,
        )
        value_h = page.text(painter, value or "—", value_font, (value_x, y_mm, w_mm - LABEL_COL_MM))
        y_mm += max(label_h + nudge, value_h) + 2.5
    return y_mm


def render_proof(content: ProofContent, painter: QPainter, page_rect: QRectF) -> None:
    """Draw the proof on an active painter; page_rect is the whole sheet in device coordinates.

    The same drawing serves the PDF and a print preview (for a QPrinter, pass its paper rect
    in device pixels, moved so that the painter's origin is the printable area's corner).
    The painter's state is as it was afterwards.
    """
    painter.save()
    try:
        _render(content, painter, page_rect)
    finally:
        painter.restore()


def _render(content: ProofContent, painter: QPainter, page_rect: QRectF) -> None:
    labels = _labels()
    page = _Page(page_rect, QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    base = QGuiApplication.font()
    content_w = PAGE_W_MM - 2 * MARGIN_MM

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.fillRect(page_rect, QColor(255, 255, 255))

    heading_h = page.text(
        painter,
        labels.title,
        page.font(base, 22, bold=True),
        (MARGIN_MM, MARGIN_MM - 2, content_w),
    )
    y = MARGIN_MM + heading_h + 1
    page.rule(painter, y)

    # The person: photo, then names and birth beside it.
    top = y + 7
    _draw_photo(painter, page, _decode_photo(content.photo_jpeg), labels.no_photo, top)
    fields_x = MARGIN_MM + PHOTO_W_MM + GAP_MM
    fields_end = _field_rows(
        painter,
        page,
        [
            (labels.family_name, content.family_name),
            (labels.given_name, content.given_name),
            (labels.other_names, content.other_names),
            (labels.birth, content.birth),
        ],
        fields_x,
        top,
        PAGE_W_MM - MARGIN_MM - fields_x,
        value_points=15,
    )
    y = max(top + PHOTO_H_MM, fields_end) + 6
    page.rule(painter, y)

    # The registration: number and QR code, date and place.
    y += 7
    qr_bottom = _draw_qr(painter, page, content.registration_id, PAGE_W_MM - MARGIN_MM, y)
    left_w = PAGE_W_MM - 2 * MARGIN_MM - QR_MM - GAP_MM
    y_left = y + page.text(
        painter,
        labels.registration_id,
        page.font(base, 10),
        (MARGIN_MM, y, left_w),
        color=_LABEL_INK,
    )
    id_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    y_left += page.text(
        painter,
        content.registration_id,
        page.font(id_font, 26, bold=True),
        (MARGIN_MM, y_left, left_w),
    )
    y_left = _field_rows(
        painter,
        page,
        [
            (labels.registered_on, content.registered_on.isoformat()),
            (labels.site, content.site_code),
            (labels.station, content.station_name),
        ],
        MARGIN_MM,
        y_left + 5,
        left_w,
        value_points=12,
    )
    y = max(qr_bottom, y_left) + 7
    page.rule(painter, y)

    page.text(
        painter,
        labels.footer,
        page.font(base, 13, bold=True),
        (MARGIN_MM, y + 5, content_w),
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def _pdf_bytes(content: ProofContent) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(QCoreApplication.translate("proof", "Proof of registration"))
    writer.setCreator("Registrar")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # the drawing keeps its own margins
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise BugError("QPainter could not start on an in-memory PDF writer")
    try:
        render_proof(content, painter, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_proof_pdf(content: ProofContent, path: Path) -> None:
    """Write the proof as a one-page A4 PDF, replacing the file only once it is complete.

    Disk errors surface as OSError. It does file I/O, so call it off the UI thread.
    """
    pdf = _pdf_bytes(content)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(pdf)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
