"""The officer's journey with a camera fed by real photos: register, see a duplicate, save a proof.

Runs the real app controller with the real face engine, a real vault and a FakeCamera
(the hardware is the only fake). Screenshots of each step go to out/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA, OFFICER, OFFICER_PASSWORD
from fakes.camera import FakeCamera
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from registrar.biometrics.cv import cv2
from registrar.domain.model import ConsentPurpose
from registrar.storage.cases import CaseRepository
from registrar.storage.people import PeopleRepository
from registrar.storage.vault import Vault
from ui.app import AppController
from ui.register_page import RegisterPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FACES = DATA / "faces"


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def frame_of(path: Path) -> np.ndarray:
    """A 640x480 camera frame holding the photo (letterboxed), as a webcam would give."""
    image = cv2.imread(str(path))
    assert image is not None
    h, w = image.shape[:2]
    scale = min(640 / w, 480 / h)
    small = cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    frame = np.full((480, 640, 3), 40, np.uint8)
    y, x = (480 - small.shape[0]) // 2, (640 - small.shape[1]) // 2
    frame[y : y + small.shape[0], x : x + small.shape[1]] = small
    return frame


class SwitchableCamera:
    """Hands out a FakeCamera playing whatever photo the test puts in front of it."""

    def __init__(self) -> None:
        self.frames = [frame_of(FACES / "people" / "obama" / "1.jpg")]

    def show(self, path: Path) -> None:
        self.frames = [frame_of(path)]

    def __call__(self) -> FakeCamera:
        return FakeCamera(self.frames)


@pytest.fixture
def camera() -> SwitchableCamera:
    return SwitchableCamera()


@pytest.fixture
def app(
    created_vault: tuple[Vault, str], vault_dir: Path, qtbot: QtBot, camera: SwitchableCamera
) -> Iterator[AppController]:
    created_vault[0].close()
    controller = AppController(vault_dir, camera_factory=camera)
    qtbot.addWidget(controller.login)
    qtbot.addWidget(controller.main)
    controller.start()
    controller.login.operator_edit.setText(OFFICER)
    controller.login.password_edit.setText(OFFICER_PASSWORD)
    qtbot.mouseClick(controller.login.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main.isVisible(), timeout=15_000)
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: session.faces is not None, timeout=60_000)
    yield controller
    controller.shutdown()


def fill_details(qtbot: QtBot, page: RegisterPage, given: str, family: str) -> None:
    d = page.details_step
    for edit, text in ((d.given_edit, given), (d.family_edit, family)):
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:
            edit.setText(text)  # QTest can type ASCII only; an input method types the rest
    d.sex_combo.setCurrentIndex(d.sex_combo.findText("Male"))
    qtbot.keyClicks(d.birth_edit, "1961-08-04")
    qtbot.waitUntil(lambda: d.lists is not None, timeout=10_000)
    d.add_language("Arabic (ara)")


def go_to_face_step(qtbot: QtBot, page: RegisterPage, given: str, family: str) -> None:
    assert page.current is page.household_step
    page.next()
    fill_details(qtbot, page, given, family)
    page.next()
    assert page.current is page.consent_step, page.error_label.text()
    qtbot.waitUntil(lambda: page.consent_step.library is not None, timeout=10_000)
    page.next()  # no answers yet: refused with a reason
    assert page.current is page.consent_step
    assert "answer" in page.error_label.text()
    page.consent_step.set_answer(ConsentPurpose.REGISTRATION, True)
    page.consent_step.set_answer(ConsentPurpose.DUPLICATE_CHECK, True)
    page.next()
    assert page.current is page.face_step


def wait_for_live_frame(qtbot: QtBot, page: RegisterPage) -> None:
    feed = page.face_step.feed
    assert feed is not None
    qtbot.waitUntil(lambda: feed.latest is not None, timeout=15_000)


def capture_and_check(qtbot: QtBot, page: RegisterPage) -> None:
    wait_for_live_frame(qtbot, page)
    qtbot.mouseClick(page.face_step.capture_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.face_step.result is not None, timeout=30_000)


def finish_and_save(qtbot: QtBot, page: RegisterPage) -> str:
    page.next()  # to documents
    assert page.current is page.documents_step
    page.next()  # no documents: to review
    assert page.current is page.review_step
    page.next()  # save
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.done_panel, timeout=30_000)
    return page.done_panel.id_label.text()


def test_officer_registers_a_person_then_the_same_person_again(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera, tmp_path: Path
) -> None:
    page = app.register
    app.main.resize(1200, 860)
    shot(app.main, "register-1-household")
    page.next()
    shot(app.main, "register-2-details-empty")
    page.back()
    go_to_face_step(qtbot, page, "Barack", "Obama")
    wait_for_live_frame(qtbot, page)
    qtbot.waitUntil(lambda: "Good" in page.face_step.hints_label.text(), timeout=10_000)
    shot(app.main, "register-4-face-live")
    capture_and_check(qtbot, page)
    status = page.face_step.panel.status_label.text()
    assert "No earlier registration found" in status
    shot(app.main, "register-4-face-no-duplicate")
    first_id = finish_and_save(qtbot, page)
    assert first_id.startswith("KAK01-")
    shot(app.main, "register-7-saved")

    # The proof of registration holds the registration id.
    from pypdf import PdfReader

    pdf = tmp_path / "proof.pdf"
    page.done_panel.write_pdf(pdf)
    qtbot.waitUntil(lambda: "saved as" in page.done_panel.message.text(), timeout=10_000)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert first_id in text

    # A fresh start, and the same man photographed again on another day.
    qtbot.mouseClick(page.done_panel.next_button, Qt.MouseButton.LeftButton)
    assert page.current is page.household_step
    assert page.details_step.given_edit.text() == ""
    camera.show(FACES / "people" / "obama" / "3.jpg")
    go_to_face_step(qtbot, page, "Barak", "Obama")
    capture_and_check(qtbot, page)
    panel = page.face_step.panel
    assert "may already be registered" in panel.status_label.text()
    assert [r.registration_id for r in panel.rows] == [first_id]
    card_names = [
        w.text() for w in panel.findChildren(QWidget, "candidateName") if hasattr(w, "text")
    ]
    assert card_names == ["Barack Obama"]
    bands = [w.text() for w in panel.findChildren(QWidget, "candidateBand") if hasattr(w, "text")]
    assert "match" in bands[0]
    shot(app.main, "register-4-face-duplicate")
    second_id = finish_and_save(qtbot, page)
    assert second_id != first_id
    assert "review" in page.done_panel.cases_label.text()

    # Both are stored, and the case waits for a supervisor.
    vault = app.vault

    def stored(v: Vault) -> tuple[int, int]:
        return PeopleRepository(v.db.conn).count(), CaseRepository(v.db.conn).count_open()

    assert app.db.run_blocking(lambda: stored(vault)) == (2, 1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "1 cases to review" in app.main.review_label.text(), timeout=5_000)


def test_two_faces_block_capture_with_the_right_hint(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera
) -> None:
    camera.show(FACES / "groups" / "obama_and_biden.jpg")
    page = app.register
    go_to_face_step(qtbot, page, "Joe", "Someone")
    wait_for_live_frame(qtbot, page)
    qtbot.waitUntil(lambda: "Only one person" in page.face_step.hints_label.text(), timeout=10_000)
    assert not page.face_step.capture()
    assert "Only one person may be in the photo" in page.face_step.message_label.text()
    assert page.face_step.result is None and not page.face_step.checking
    app.main.resize(1200, 860)
    shot(app.main, "register-4-face-two-people")
    page.next()
    assert page.current is page.face_step  # no photo, no moving on


def test_going_back_and_forth_keeps_every_input(app: AppController, qtbot: QtBot) -> None:
    page = app.register
    page.household_step.new_radio.setChecked(True)
    page.next()
    fill_details(qtbot, page, "أمينة", "الحسن")
    assert page.details_step.given_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.next()
    page.back()
    page.back()
    assert page.household_step.new_radio.isChecked()
    page.next()
    assert page.details_step.given_edit.text() == "أمينة"
    assert page.details_step.language_codes() == ["ara"]
    page.next()
    # The consent opens in a language the person speaks.
    assert page.consent_step.language() == "ara"
    app.main.resize(1200, 860)
    shot(app.main, "register-3-consent-arabic")


def test_invalid_details_are_named_and_block_the_step(app: AppController, qtbot: QtBot) -> None:
    page = app.register
    page.next()
    page.next()
    assert page.current is page.details_step
    assert "given name" in page.error_label.text().lower()
    qtbot.keyClicks(page.details_step.given_edit, "Mariam")
    qtbot.keyClicks(page.details_step.birth_edit, "2090-01-01")
    page.next()
    assert page.current is page.details_step
    assert "date of birth" in page.error_label.text().lower()
    app.main.resize(1200, 860)
    shot(app.main, "register-2-details-error")
    page.details_step.birth_edit.clear()
    page.details_step.estimated_check.setChecked(True)
    page.details_step.age_spin.setValue(30)
    page.next()
    assert page.current is page.consent_step


def test_without_consent_to_registration_nothing_can_be_saved(
    app: AppController, qtbot: QtBot
) -> None:
    page = app.register
    page.next()
    fill_details(qtbot, page, "Nadia", "K")
    page.next()
    qtbot.waitUntil(lambda: page.consent_step.library is not None, timeout=10_000)
    page.consent_step.set_answer(ConsentPurpose.REGISTRATION, False)
    page.consent_step.set_answer(ConsentPurpose.DUPLICATE_CHECK, True)
    page.next()
    assert page.current is page.consent_step
    assert "cannot be registered" in page.error_label.text()


@pytest.fixture
def app_without_camera(
    created_vault: tuple[Vault, str], vault_dir: Path, qtbot: QtBot
) -> Iterator[AppController]:
    created_vault[0].close()
    controller = AppController(vault_dir)  # no --camera
    qtbot.addWidget(controller.login)
    qtbot.addWidget(controller.main)
    controller.start()
    controller.login.operator_edit.setText(OFFICER)
    controller.login.password_edit.setText(OFFICER_PASSWORD)
    qtbot.mouseClick(controller.login.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main.isVisible(), timeout=15_000)
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: session.faces is not None, timeout=60_000)
    yield controller
    controller.shutdown()


def test_no_camera_means_import_from_file(app_without_camera: AppController, qtbot: QtBot) -> None:
    app = app_without_camera
    page = app.register
    go_to_face_step(qtbot, page, "Rose", "Leslie")
    step = page.face_step
    assert step.feed is None and not step.capture_button.isEnabled()
    assert step.import_button.isEnabled()
    app.main.resize(1200, 860)
    shot(app.main, "register-4-face-no-camera")
    step.import_file(FACES / "hard" / "does-not-exist.jpg")
    qtbot.waitUntil(lambda: not step.checking, timeout=10_000)
    assert step.result is None and step.message_label.text()
    step.import_file(FACES / "people" / "rose_leslie" / "1.jpg")
    qtbot.waitUntil(lambda: step.result is not None, timeout=30_000)
    assert "No earlier registration found" in step.panel.status_label.text()
    rid = finish_and_save(qtbot, page)
    assert rid.startswith("KAK01-")
