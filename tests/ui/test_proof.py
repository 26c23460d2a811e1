"""The proof of registration PDF: its text, its QR code, Arabic names and missing photos.

A rendering of the page goes to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pypdf
import pytest
from conftest import DATA
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from ui.proof import ProofContent, _direction, render_proof, write_proof_pdf

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FACE = DATA / "faces" / "people" / "obama" / "1.jpg"
# 150 dpi A4: enough for the QR detector and for a person to read the screenshot.
RENDER_SIZE = QSize(1240, 1754)


@pytest.fixture
def content(qtbot: QtBot) -> ProofContent:
    return ProofContent(
        registration_id="KAK01-000123-4",
        given_name="Amina",
        family_name="Haddad",
        other_names="Omar Ali",
        birth="1990-04-02",
        registered_on=dt.date(2024, 5, 1),
        site_code="KAK01",
        station_name="Kakuma desk 1",
        photo_jpeg=FACE.read_bytes(),
    )


@pytest.fixture
def rtl_ui(qtbot: QtBot) -> Iterator[None]:
    """The app as an Arabic-speaking officer runs it: the whole layout mirrored."""
    before = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QGuiApplication.setLayoutDirection(before)


def pdf_text(path: Path) -> str:
    """The page's text with every run of whitespace as one space (pypdf emits tabs)."""
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def render_pdf(path: Path) -> QImage:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    image = document.render(0, RENDER_SIZE)
    document.close()
    assert not image.isNull()
    return image


def grey_array(image: QImage) -> np.ndarray:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride = grey.bytesPerLine()
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), stride)
    return rows[:, : grey.width()].copy()


def find_qr(image: QImage) -> tuple[str, float]:
    """The QR code's text and the x of its centre."""
    text, points, _straight = cv2.QRCodeDetector().detectAndDecode(grey_array(image))
    assert points is not None, "no QR code found"
    return str(text), float(points.reshape(-1, 2)[:, 0].mean())


def decode_qr(image: QImage) -> str:
    return find_qr(image)[0]


def shot(image: QImage, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SCREENSHOTS / f"{name}.png"))


def test_pdf_holds_the_id_the_name_and_the_place(content: ProofContent, tmp_path: Path) -> None:
    path = tmp_path / "proof.pdf"
    write_proof_pdf(content, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))
    text = pdf_text(path)
    for expected in (
        "Proof of registration",
        "KAK01-000123-4",
        "Haddad",
        "Amina",
        "Omar Ali",
        "1990-04-02",
        "2024-05-01",
        "KAK01",
        "Kakuma desk 1",
        "Keep this paper. Show it at every visit.",
    ):
        assert expected in text
    assert "No photo" not in text
    assert pypdf.PdfReader(path).metadata.title == "Proof of registration"


def test_arabic_names_survive_in_the_pdf(content: ProofContent, tmp_path: Path) -> None:
    path = tmp_path / "proof.pdf"
    write_proof_pdf(dataclasses.replace(content, given_name="أمينة", family_name="الحسن"), path)
    # The PDF holds shaped glyphs (presentation forms) in visual order: NFKC maps the forms back
    # to letters, and either reading order is accepted.
    words = unicodedata.normalize("NFKC", pdf_text(path)).split()
    for name in ("أمينة", "الحسن"):
        assert name in words or name[::-1] in words


def test_qr_code_decodes_to_the_registration_id(content: ProofContent, tmp_path: Path) -> None:
    path = tmp_path / "proof.pdf"
    write_proof_pdf(dataclasses.replace(content, given_name="أمينة", family_name="الحسن"), path)
    image = render_pdf(path)
    shot(image, "proof-of-registration")
    assert decode_qr(image) == "KAK01-000123-4"


def test_render_proof_on_an_image_matches_the_pdf(content: ProofContent, qtbot: QtBot) -> None:
    # What a print preview does: the same drawing on another device, at another resolution.
    image = QImage(RENDER_SIZE, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    render_proof(content, painter, QRectF(image.rect()))
    painter.end()
    assert decode_qr(image) == "KAK01-000123-4"


def test_mirrored_for_a_right_to_left_ui(
    content: ProofContent, tmp_path: Path, rtl_ui: None
) -> None:
    path = tmp_path / "proof.pdf"
    write_proof_pdf(dataclasses.replace(content, given_name="أمينة", family_name="الحسن"), path)
    image = render_pdf(path)
    shot(image, "proof-of-registration-rtl")
    text, centre_x = find_qr(image)
    assert text == "KAK01-000123-4"
    assert centre_x < RENDER_SIZE.width() / 4  # the QR code moved to the left margin's side


@pytest.mark.parametrize(
    "photo",
    [
        None,
        b"",
        random.Random(7).randbytes(4096),
        pytest.param(
            b"\xff\xd8" + random.Random(8).randbytes(4096) + b"\xff\xd9",
            # libjpeg's complaints about the garbage, which Qt passes on as warnings
            marks=pytest.mark.qt_log_ignore("Corrupt JPEG data|Unsupported marker"),
        ),
        FACE.read_bytes()[: FACE.stat().st_size // 2],
    ],
    ids=["none", "empty", "random-bytes", "random-bytes-in-jpeg-markers", "cut-off-jpeg"],
)
def test_without_a_usable_photo_the_page_says_no_photo(
    content: ProofContent, tmp_path: Path, photo: bytes | None
) -> None:
    path = tmp_path / "proof.pdf"
    write_proof_pdf(dataclasses.replace(content, photo_jpeg=photo), path)
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert "No photo" in text and "KAK01-000123-4" in text
    if photo is None:
        shot(render_pdf(path), "proof-of-registration-no-photo")


def test_an_existing_file_is_replaced(content: ProofContent, tmp_path: Path) -> None:
    path = tmp_path / "proof.pdf"
    path.write_bytes(b"old")
    write_proof_pdf(content, path)
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Amina", Qt.LayoutDirection.LeftToRight),
        ("أمينة", Qt.LayoutDirection.RightToLeft),
        ("עמית", Qt.LayoutDirection.RightToLeft),
        ("(12) أمينة Amina", Qt.LayoutDirection.RightToLeft),  # first *strong* character
        ("Amina أمينة", Qt.LayoutDirection.LeftToRight),
        ("", Qt.LayoutDirection.LeftToRight),
        ("1990-04-02", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_direction_follows_the_first_strong_character(
    text: str, direction: Qt.LayoutDirection
) -> None:
    assert _direction(text) == direction
