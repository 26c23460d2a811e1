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


def unlocked_app(vault_dir: Path, qtbot: QtBot, camera: SwitchableCamera | None) -> AppController:
    """The app unlocked by the officer, with face search loaded."""
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
    return controller


@pytest.fixture
def app(
    created_vault: tuple[Vault, str], vault_dir: Path, qtbot: QtBot, camera: SwitchableCamera
) -> Iterator[AppController]:
    created_vault[0].close()
    controller = unlocked_app(vault_dir, qtbot, camera)
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
    qtbot.waitUntil(lambda: "1 case(s) to review" in app.main.review_label.text(), timeout=5_000)


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
    controller = unlocked_app(vault_dir, qtbot, None)  # no --camera
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


def page_photo() -> np.ndarray:
    """A white page with lines of 'text', photographed at an angle on a dark desk."""
    desk = np.full((720, 1280, 3), 45, np.uint8)
    page = np.full((1100, 780, 3), 245, np.uint8)
    for y in range(120, 1000, 45):
        cv2.line(page, (70, y), (700, y), (30, 30, 30), 6)
    source = np.float32([[0, 0], [780, 0], [780, 1100], [0, 1100]])
    target = np.float32([[420, 80], [860, 120], [900, 660], [380, 640]])
    warp = cv2.getPerspectiveTransform(source, target)
    cv2.warpPerspective(page, warp, (1280, 720), desk, borderMode=cv2.BORDER_TRANSPARENT)
    return desk


def test_documents_are_found_straightened_and_kept_with_a_manual_fallback(
    app: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    page = app.register
    go_to_face_step(qtbot, page, "Kit", "Harington")
    capture_and_check(qtbot, page)
    page.next()
    docs = page.documents_step
    assert page.current is docs
    photo = tmp_path / "passport.jpg"
    assert cv2.imwrite(str(photo), page_photo())
    docs.type_combo.setCurrentIndex(docs.type_combo.findData("passport"))
    qtbot.keyClicks(docs.number_edit, "N 1234567")
    qtbot.keyClicks(docs.expiry_edit, "2031-01-31")
    docs.add_page_from(photo)
    qtbot.waitUntil(lambda: len(docs.pages) == 1 and not docs.busy, timeout=15_000)
    straight = cv2.imdecode(np.frombuffer(docs.pages[0].jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert straight.shape[0] > straight.shape[1]  # the page stands upright, portrait
    assert straight.mean() > 180  # the page, not the desk
    # A photo with no page in it: the officer marks the corners by hand.
    asked: list[bool] = []

    def corners(_photo: object) -> list[tuple[float, float]]:
        asked.append(True)
        return [(10.0, 10.0), (300.0, 12.0), (310.0, 400.0), (8.0, 390.0)]

    docs.ask_corners = corners
    docs.add_page_from(np.full((480, 640, 3), 90, np.uint8))
    qtbot.waitUntil(lambda: len(docs.pages) == 2 and not docs.busy, timeout=15_000)
    assert asked == [True]
    page.next()  # an unfinished document blocks the step
    assert page.current is docs and "Add the document" in page.error_label.text()
    qtbot.mouseClick(docs.add_button, Qt.MouseButton.LeftButton)
    assert len(docs.documents) == 1 and docs.list.count() == 1
    assert "2 page(s)" in docs.list.item(0).text()
    app.main.resize(1200, 860)
    shot(app.main, "register-5-documents")
    page.next()
    assert page.current is page.review_step
    shot(app.main, "register-6-review")
    rid = finish_review(qtbot, page)

    def stored(v: Vault) -> list[tuple[str, int]]:
        record = PeopleRepository(v.db.conn).record(
            PeopleRepository(v.db.conn).id_for_registration_id(rid)
        )
        return [(d.number, len(d.pages)) for d in record.documents]

    vault = app.vault
    assert app.db.run_blocking(lambda: stored(vault)) == [("N 1234567", 2)]  # type: ignore[attr-defined]


def finish_review(qtbot: QtBot, page: RegisterPage) -> str:
    page.next()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.done_panel, timeout=30_000)
    return page.done_panel.id_label.text()


def test_a_save_interrupted_by_a_crash_is_reported_at_the_next_unlock(
    app: AppController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from registrar.services.pending import PendingSave

    page = app.register
    go_to_face_step(qtbot, page, "Alex", "Lacamoire")
    capture_and_check(qtbot, page)
    page.next()
    page.next()
    # The app dies after the commit, before the officer sees the id: the marker stays.
    monkeypatch.setattr(page, "_on_saved", lambda saved: None)
    page.next()
    marker = PendingSave(app.data_dir)
    qtbot.waitUntil(
        lambda: (
            app.db.run_blocking(  # type: ignore[attr-defined]
                lambda: PeopleRepository(app.vault.db.conn).count()
            )
            == 1
        ),
        timeout=30_000,
    )
    assert marker.path.exists()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    app.lock()
    app.login.operator_edit.setText(OFFICER)
    app.login.password_edit.setText(OFFICER_PASSWORD)
    qtbot.mouseClick(app.login.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert "WAS saved: KAK01-000001-" in shown[0]
    qtbot.waitUntil(lambda: not marker.path.exists(), timeout=5_000)


def test_joining_the_household_of_someone_registered(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera
) -> None:
    page = app.register
    go_to_face_step(qtbot, page, "Rose", "Leslie")
    camera.show(FACES / "people" / "rose_leslie" / "1.jpg")
    page.face_step.retake()
    capture_and_check(qtbot, page)
    first = finish_and_save(qtbot, page)
    page.fresh_start()

    step = page.household_step
    step.join_radio.setChecked(True)
    page.next()
    assert "Search" in page.error_label.text()  # nobody chosen yet
    qtbot.keyClicks(step.search_edit, first[:-1] + "X")  # a typo in the check character
    qtbot.mouseClick(step.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.message.text() != "Searching…", timeout=5_000)
    assert step.results.count() == 0 and "typo" in step.message.text().lower()
    step.search_edit.setText(first)
    qtbot.mouseClick(step.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.results.count() == 1, timeout=5_000)
    step.relationship.setCurrentIndex(step.relationship.findData("child"))
    app.main.resize(1200, 860)
    shot(app.main, "register-1-household-join")
    page.next()
    assert page.current is page.details_step
    camera.show(FACES / "people" / "kit_harington" / "1.jpg")
    fill_details(qtbot, page, "Kit", "Leslie")
    page.next()
    qtbot.waitUntil(lambda: page.consent_step.library is not None, timeout=10_000)
    page.consent_step.set_answer(ConsentPurpose.REGISTRATION, True)
    page.consent_step.set_answer(ConsentPurpose.DUPLICATE_CHECK, False)
    page.next()
    capture_and_check(qtbot, page)
    assert "did not agree" in page.face_step.panel.status_label.text()
    second = finish_and_save(qtbot, page)

    def household(v: Vault) -> list[tuple[str | None, str | None, int, int]]:
        repo = PeopleRepository(v.db.conn)
        out = []
        for rid in (first, second):
            record = repo.record(repo.id_for_registration_id(rid))
            d = record.person.details
            out.append(
                (
                    d.household_id,
                    d.relationship.value if d.relationship else None,
                    record.person.version,
                    len(record.templates),
                )
            )
        return out

    vault = app.vault
    (h1, r1, v1, t1), (h2, r2, v2, t2) = app.db.run_blocking(  # type: ignore[attr-defined]
        lambda: household(vault)
    )
    assert h1 is not None and h1 == h2
    assert (r1, v1) == ("head", 2)  # the first person became head, in a new version
    assert (r2, v2) == ("child", 1)
    assert t1 == 2 and t2 == 0  # no consent to the duplicate check: no templates kept


def test_the_flow_works_from_the_keyboard_alone(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera
) -> None:
    page = app.register
    app.main.activateWindow()
    alt = Qt.KeyboardModifier.AltModifier
    page.household_step.none_radio.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    assert page.current is page.details_step
    page.details_step.given_edit.setFocus()
    qtbot.keyClicks(page.details_step.given_edit, "Alex")
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    assert page.current is page.consent_step
    qtbot.waitUntil(lambda: page.consent_step.library is not None, timeout=10_000)
    yes = page.consent_step.answers[ConsentPurpose.REGISTRATION][0]
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    check_yes = page.consent_step.answers[ConsentPurpose.DUPLICATE_CHECK][0]
    check_yes.setFocus()
    qtbot.keyClick(check_yes, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    assert page.current is page.face_step
    camera.show(FACES / "people" / "alex_lacamoire" / "1.jpg")
    page.face_step.retake()
    wait_for_live_frame(qtbot, page)
    page.face_step.setFocus()
    qtbot.keyClick(page.face_step, Qt.Key.Key_Space)  # Space takes the photo
    qtbot.waitUntil(lambda: page.face_step.result is not None, timeout=30_000)
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    assert page.current is page.review_step
    qtbot.keyClick(page, Qt.Key.Key_Left, alt)
    assert page.current is page.documents_step
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)
    qtbot.keyClick(page, Qt.Key.Key_Right, alt)  # on the last step: save
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.done_panel, timeout=30_000)
    assert page.done_panel.next_button.hasFocus() or page.done_panel.next_button.isDefault()


def test_search_by_camera_on_the_people_page(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera
) -> None:
    from ui.camera_view import CaptureDialog, face_analyser

    page = app.register
    go_to_face_step(qtbot, page, "Barack", "Obama")
    camera.show(FACES / "people" / "obama" / "1.jpg")
    page.face_step.retake()
    capture_and_check(qtbot, page)
    rid = finish_and_save(qtbot, page)

    people = app.people_page
    assert people.camera_button.isEnabled()
    camera.show(FACES / "people" / "obama" / "2.jpg")
    dialog = CaptureDialog(
        camera, title="Search by camera", instruction="", analyser_factory=face_analyser
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.feed.latest is not None, timeout=15_000)
    assert dialog.take() and dialog.frame is not None
    assert not dialog.feed.running
    people.search_photo(dialog.frame.bgr)
    photo_dialog = people.photo_dialog
    assert photo_dialog is not None
    qtbot.addWidget(photo_dialog)
    qtbot.waitUntil(
        lambda: "Checking" not in photo_dialog.panel.status_label.text(), timeout=30_000
    )
    assert photo_dialog.panel.rows, photo_dialog.panel.status_label.text()
    assert [r.registration_id for r in photo_dialog.panel.rows] == [rid]
    photo_dialog.resize(900, 620)
    qtbot.wait(100)  # let the new cards lay out
    shot(photo_dialog, "people-camera-search")


def test_lock_closes_an_open_camera_dialog_and_clears_the_wizard(
    app: AppController, qtbot: QtBot, camera: SwitchableCamera
) -> None:
    from PySide6.QtCore import QTimer

    from ui.camera_view import CaptureDialog

    page = app.register
    go_to_face_step(qtbot, page, "Rose", "Leslie")
    dialog = CaptureDialog(camera, title="t", instruction="i", parent=app.main)
    QTimer.singleShot(300, app.lock)  # the idle lock fires while the dialog is open
    dialog.exec()
    assert not dialog.isVisible() and not dialog.feed.running
    assert app.vault is None and app.login.isVisible()
    assert page.details_step.given_edit.text() == "" and page.current is page.household_step
    assert page.face_step.feed is None or not page.face_step.feed.running
