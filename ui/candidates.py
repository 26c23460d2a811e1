"""The duplicate-check result: the new photo beside each candidate, the band in words.

Rows are built on the database lane (``load_candidate_rows``: people, dates and photos
decoded to small images there), so the UI thread only lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from registrar.domain.model import Band
from registrar.errors import KnownError

if TYPE_CHECKING:
    from registrar.biometrics.policy import Candidate
    from registrar.services.faces import CheckResult, FaceService
    from registrar.storage.vault import Vault

PHOTO_HEIGHT = 225
PHOTO_WIDTH = 180


def _tr(text: str) -> str:
    return QCoreApplication.translate("candidates", text)


def thumbnail(jpeg: bytes | None, height: int = PHOTO_HEIGHT) -> QImage:
    """A decoded, scaled copy (safe to build off the UI thread); null when not decodable."""
    if not jpeg:
        return QImage()
    # The reader decodes a JPEG straight at the small size: four times faster than decoding
    # it whole and scaling, and it holds the GIL that much less (bench/ui.py).
    buffer = QBuffer()
    buffer.setData(QByteArray(jpeg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and size.height() > height:
        reader.setScaledSize(QSize(max(1, round(size.width() * height / size.height())), height))
    image = reader.read()
    return image if not image.isNull() else QImage()


def face_image(
    jpeg: bytes | None,
    detector: Any = None,
    *,
    width: int = PHOTO_WIDTH,
    height: int = PHOTO_HEIGHT,
    detect_side: int | None = None,
) -> QImage:
    """The face cut out level and at the common scale (off the UI thread); the whole photo
    scaled down when no face is found in it, and a null image when it cannot be decoded.

    ``detect_side`` finds the face on a copy no larger than that (faster for portraits)."""
    if not jpeg:
        return QImage()
    if detector is None:
        return thumbnail(jpeg, height)
    from registrar.biometrics.crop import aligned_face
    from registrar.biometrics.intake import load_image
    from ui.camera_view import to_qimage

    try:
        bgr = load_image(jpeg).bgr
    except KnownError:
        return QImage()
    faces = (
        detector.detect(bgr) if detect_side is None else detector.detect(bgr, max_side=detect_side)
    )
    if not faces:
        return thumbnail(jpeg, height)
    return to_qimage(aligned_face(bgr, faces[0], width=width, height=height))


@dataclass(frozen=True, slots=True, eq=False)
class CandidateRow:
    person_id: str
    registration_id: str
    name: str
    registered_on: dt.date
    band: Band
    score: float
    sex_matches: bool | None
    age_gap_years: int | None
    photo: QImage


def load_candidate_rows(
    vault: Vault, candidates: Sequence[Candidate], detector: Any = None
) -> list[CandidateRow]:
    """Database lane: what the panel shows for each candidate (erased ones are skipped).

    With a face ``detector`` the photos are aligned face crops, else scaled photos.
    """
    from registrar.storage.people import PeopleRepository

    repo = PeopleRepository(vault.db.conn)
    live = [c for c in candidates if repo.exists(c.person_id)]
    photos = repo.first_photos([c.person_id for c in live])
    rows = []
    for c in live:
        person = repo.get(c.person_id)
        d = person.details
        consistency = c.consistency
        rows.append(
            CandidateRow(
                person_id=c.person_id,
                registration_id=person.registration_id,
                name=" ".join(p for p in (d.given_name, d.family_name) if p),
                registered_on=person.created_at.date(),
                band=c.band,
                score=c.score,
                sex_matches=consistency.sex_matches if consistency else None,
                age_gap_years=consistency.age_gap_years if consistency else None,
                photo=face_image(photos.get(c.person_id), detector),
            )
        )
    return rows


def shown_result(faces: FaceService, result: CheckResult) -> tuple[QImage, list[CandidateRow]]:
    """Database lane: the probe's face and the candidates' rows, as the panel shows them."""
    detector = faces.engine.detector
    rows = load_candidate_rows(faces.vault, result.candidates, detector)
    return face_image(result.analysis.photo.jpeg, detector), rows


def band_words(band: Band) -> str:
    """The band as a sentence: never a colour or a number alone."""
    if band is Band.STRONG:
        return _tr("Strong match: very probably the same person")
    if band is Band.POSSIBLE:
        return _tr("Possible match: could be the same person")
    return _tr("No match")


def band_mark(band: Band) -> str:
    # A shape as well as a colour, for people who cannot tell the colours apart.
    return {Band.STRONG: "\u25a0\u25a0", Band.POSSIBLE: "\u25a0\u25a1"}.get(band, "\u25a1\u25a1")


_BAND_STYLE = {
    Band.STRONG: "QFrame#candidateCard { border: 3px solid #b3261e; border-radius: 6px; }",
    Band.POSSIBLE: "QFrame#candidateCard { border: 3px solid #b26a00; border-radius: 6px; }",
}


def _photo_label(image: QImage, object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedSize(PHOTO_WIDTH + 4, PHOTO_HEIGHT + 4)
    if image.isNull():
        label.setText(_tr("No photo"))
        label.setFrameShape(QFrame.Shape.Box)
    else:
        label.setPixmap(QPixmap.fromImage(image))
    return label


class CandidateCard(QFrame):
    """One candidate: photo, band in words, name, registration id and date, and Open."""

    opened = Signal(str)  # person id

    def __init__(self, row: CandidateRow) -> None:
        super().__init__()
        self.setObjectName("candidateCard")
        self.row = row
        self.setStyleSheet(_BAND_STYLE.get(row.band, ""))
        self.setFixedWidth(PHOTO_WIDTH + 60)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(_photo_label(row.photo, "candidatePhoto"))
        self.band_label = QLabel(f"{band_mark(row.band)} {band_words(row.band)}")
        self.band_label.setObjectName("candidateBand")
        self.band_label.setWordWrap(True)
        layout.addWidget(self.band_label)
        name = QLabel(row.name)
        name.setObjectName("candidateName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        facts = [
            _tr("Registration id: {rid}").format(rid=row.registration_id),
            _tr("Registered on {date}").format(date=row.registered_on.isoformat()),
        ]
        if row.sex_matches is False:
            facts.append(_tr("Recorded sex differs"))
        if row.age_gap_years is not None and row.age_gap_years >= 10:
            facts.append(_tr("Ages differ by {n} years").format(n=row.age_gap_years))
        self.facts_label = QLabel("\n".join(facts))
        self.facts_label.setObjectName("candidateFacts")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.facts_label)
        self.open_button = QPushButton(_tr("Open record"))
        self.open_button.setObjectName("openCandidateButton")
        self.open_button.setAccessibleName(
            _tr("Open the record of {name}").format(name=row.registration_id)
        )
        self.open_button.clicked.connect(lambda: self.opened.emit(row.person_id))
        layout.addWidget(self.open_button)
        layout.addStretch()


class CandidatesPanel(QWidget):
    """The new photo and the candidates side by side, or a plain 'no earlier registration'."""

    candidate_opened = Signal(str)  # person id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("candidatesPanel")
        self.status_label = QLabel()
        self.status_label.setObjectName("duplicateStatus")
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.status_label.setFont(font)
        self.cards_box = QWidget()
        self.cards = QHBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        self.rows: list[CandidateRow] = []

    def _clear_cards(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def clear(self) -> None:
        self._clear_cards()
        self.rows = []
        self.status_label.clear()

    def show_checking(self) -> None:
        self._clear_cards()
        self.rows = []
        self.status_label.setText(_tr("Checking for an earlier registration…"))

    def show_failed(self, message: str) -> None:
        self._clear_cards()
        self.rows = []
        self.status_label.setText(message)

    def show_rows(self, probe: QImage, rows: Sequence[CandidateRow]) -> None:
        self._clear_cards()
        self.rows = list(rows)
        if not rows:
            self.status_label.setText(
                "\u2714 " + _tr("No earlier registration found for this face.")
            )
            return
        self.status_label.setText(
            "\u26a0 "
            + _tr(
                "This person may already be registered ({n} candidate(s)). Compare the "
                "photos. If you continue, a supervisor will review the case."
            ).format(n=len(rows))
        )
        new = QFrame()
        new.setObjectName("probeCard")
        new.setFixedWidth(PHOTO_WIDTH + 60)
        new_layout = QVBoxLayout(new)
        new_layout.addWidget(_photo_label(probe, "probePhoto"))
        caption = QLabel(_tr("New photo"))
        caption.setObjectName("probeCaption")
        new_layout.addWidget(caption)
        new_layout.addStretch()
        self.cards.addWidget(new, 0, Qt.AlignmentFlag.AlignTop)
        for row in rows:
            card = CandidateCard(row)
            card.opened.connect(self.candidate_opened)
            self.cards.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        self.cards.addStretch()
