"""Step 4 of registering: the face photo, with live hints, and the duplicate check at once.

The camera thread shows the person with a box and hints; the officer takes the photo (the
Take photo button, Space, or automatically once the face has been good for a moment) or
imports one from a file. The photo is then judged, embedded and searched on the database
lane while the page shows "checking"; the result appears beside the photo.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import KnownError
from ui.camera_view import (
    FAIL,
    PASS,
    CameraFeed,
    CameraView,
    PreviewFrame,
    hint_text,
    status_symbol,
)
from ui.candidates import CandidateRow, CandidatesPanel, shown_result
from ui.messages import describe
from ui.register_steps import Step

if TYPE_CHECKING:
    from registrar.capture.camera import Camera
    from registrar.domain.model import PersonDetails
    from registrar.services.faces import CheckResult, FaceService
    from ui.session import UiSession

log = logging.getLogger("registrar.ui")

CameraFactory = Callable[[], "Camera"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("face", text)


def run_check(
    faces: FaceService,
    source: Any,
    *,
    source_kind: str,
    probe_details: PersonDetails | None,
    search: bool,
) -> tuple[CheckResult, list[CandidateRow], QImage]:
    """Database lane: judge, embed and (with consent) search; rows and the photo to show."""
    from registrar.services.faces import CheckResult

    if search:
        result = faces.check(source, probe_details=probe_details, source_kind=source_kind)
    else:
        # No consent to the duplicate check: no search, and no templates kept either.
        analysis = faces.analyse(source, source_kind=source_kind)
        result = CheckResult(dataclasses.replace(analysis, templates=()), ())
    photo, rows = shown_result(faces, result)
    return result, rows, photo


class FaceStep(Step):
    candidate_opened = Signal(str)  # person id
    check_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("faceStep")
        self.camera_factory: CameraFactory | None = None
        self.feed: CameraFeed | None = None
        self.result: CheckResult | None = None
        self.rows: list[CandidateRow] = []
        self.photo = QImage()  # the accepted photo, as shown
        self.checking = False
        self.search_allowed = True
        self.auto_hold_s = 1.0
        self.details_provider: Callable[[], PersonDetails | None] = lambda: None
        self._good_since: float | None = None
        self._generation = 0

        self.view = CameraView()
        self.view.setMinimumSize(400, 300)
        self.camera_label = QLabel()
        self.camera_label.setObjectName("cameraStatus")
        self.camera_label.setWordWrap(True)
        self.hints_label = QLabel()
        self.hints_label.setObjectName("qualityHints")
        self.hints_label.setWordWrap(True)
        self.hints_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.hints_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.hints_label.setFont(font)
        self.message_label = QLabel()
        self.message_label.setObjectName("faceMessage")
        self.message_label.setWordWrap(True)
        self.capture_button = QPushButton(_tr("&Take photo (Space)"))
        self.capture_button.setObjectName("captureButton")
        self.retake_button = QPushButton(_tr("&Retake"))
        self.retake_button.setObjectName("retakeButton")
        self.import_button = QPushButton(_tr("&Import photo from file…"))
        self.import_button.setObjectName("importPhotoButton")
        self.auto_check = QCheckBox(_tr("&Automatic when the face is good"))
        self.auto_check.setObjectName("autoCapture")
        self.panel = CandidatesPanel()
        self.panel.candidate_opened.connect(self.candidate_opened)

        side = QVBoxLayout()
        side.addWidget(self.camera_label)
        side.addWidget(self.hints_label)
        side.addWidget(self.capture_button)
        side.addWidget(self.auto_check)
        side.addWidget(self.retake_button)
        side.addWidget(self.import_button)
        side.addWidget(self.message_label)
        side.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.view, 3)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMaximumWidth(340)
        top.addWidget(side_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.panel, 1)

        self.capture_button.clicked.connect(self.capture)
        self.retake_button.clicked.connect(self.retake)
        self.import_button.clicked.connect(self._on_import_clicked)
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ).activated.connect(self.capture)
        QShortcut(
            QKeySequence("Ctrl+O"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self._on_import_clicked)
        self._show_controls()

    def title(self) -> str:
        return _tr("Face photo")

    def bind(self, session: UiSession) -> None:
        super().bind(session)
        if self.camera_factory is not session.camera:
            self.stop_camera(wait=True)
            self.feed = None  # made again for this session's camera
            self.camera_factory = session.camera

    # camera --------------------------------------------------------------------------------

    def _ensure_feed(self) -> CameraFeed | None:
        if self.feed is None and self.camera_factory is not None:
            self.feed = CameraFeed(self.camera_factory, parent=self)
            self.feed.frame_arrived.connect(self._on_feed_frame_arrived)
            self.feed.failed.connect(self._on_feed_failed)
        return self.feed

    def start_camera(self) -> None:
        feed = self._ensure_feed()
        if feed is None:
            self.view.show_placeholder(
                _tr("No camera is set up on this laptop. Import a photo from a file.")
            )
            self.camera_label.setText(_tr("No camera"))
            self.import_button.setFocus()
            self._show_controls()
            return
        self._good_since = None
        self.view.show_placeholder(_tr("Starting the camera…"))
        feed.start()
        self._show_controls()

    def stop_camera(self, *, wait: bool = False) -> None:
        if self.feed is not None:
            self.feed.stop(wait=wait)

    def _on_feed_frame_arrived(self, frame: PreviewFrame) -> None:
        if self.result is not None or self.checking:
            return
        self.view.show_frame(frame)
        feed = self.feed
        fps = feed.fps if feed is not None else 0.0
        self.camera_label.setText(
            _tr("Live camera, {fps:.0f} frames a second").format(fps=fps)
            if fps
            else _tr("Live camera")
        )
        self.hints_label.setText(self._hint_lines(frame))
        if self.auto_check.isChecked() and frame.status == PASS:
            now = time.monotonic()
            if self._good_since is None:
                self._good_since = now
            elif now - self._good_since >= self.auto_hold_s:
                self._good_since = None
                self.capture()
        else:
            self._good_since = None

    @staticmethod
    def _hint_lines(frame: PreviewFrame) -> str:
        if frame.status == PASS:
            return f"{status_symbol(PASS)} " + _tr("Good: take the photo")
        severity = FAIL if not frame.capturable else frame.status
        return "\n".join(f"{status_symbol(severity)} {hint_text(code)}" for code in frame.hints[:3])

    def _on_feed_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            log.error("camera failed unexpectedly", exc_info=error)
        self.view.show_placeholder(describe(error) + "\n" + _tr("Import a photo from a file."))
        self.camera_label.setText(_tr("No camera"))
        self._show_controls()

    # taking the photo ----------------------------------------------------------------------

    def capture(self) -> bool:
        """Take the newest frame if it is good enough; False (with the reason shown) if not."""
        feed = self.feed
        if self.result is not None or self.checking or feed is None or not feed.running:
            return False
        frame = feed.latest
        if frame is None:
            self.message_label.setText(_tr("The camera has not shown a picture yet."))
            return False
        if not frame.capturable:
            reason = hint_text(frame.hints[0]) if frame.hints else _tr("The face is not usable")
            self.message_label.setText(
                f"{status_symbol(FAIL)} "
                + _tr("Cannot take this photo: {reason}.").format(reason=reason)
            )
            return False
        self.stop_camera()
        self.view.show_still(frame.image)
        self._check(frame.bgr, "camera")
        return True

    def _on_import_clicked(self) -> None:
        if self.checking:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Import a face photo"),
            "",
            _tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.stop_camera()
        self.view.show_placeholder(_tr("Reading the photo…"))
        self._check(path, "file")

    def _check(self, source: Any, kind: str) -> None:
        self.result, self.rows = None, []
        self.checking = True
        self._generation += 1
        generation = self._generation
        self.message_label.clear()
        self.hints_label.clear()
        self.panel.show_checking()
        self._show_controls()
        details = self.details_provider()
        search = self.search_allowed

        def work(faces: FaceService) -> tuple[CheckResult, list[CandidateRow], QImage]:
            return run_check(faces, source, source_kind=kind, probe_details=details, search=search)

        self.session.run_faces(
            work,
            lambda r: self._on_checked(generation, r),
            lambda e: self._on_check_failed(generation, e),
        )

    def _on_checked(
        self, generation: int, answer: tuple[CheckResult, list[CandidateRow], QImage]
    ) -> None:
        if generation != self._generation:
            return
        result, rows, photo = answer
        self.checking = False
        self.result, self.rows, self.photo = result, rows, photo
        self.view.show_still(photo)
        if self.search_allowed:
            self.panel.show_rows(photo, rows)
        else:
            self.panel.show_failed(
                _tr(
                    "The person did not agree to the duplicate check: the photo is kept on the "
                    "record, and no search was run."
                )
            )
        self._show_controls()
        self.changed.emit()
        self.check_finished.emit()

    def _on_check_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.checking = False
        if not isinstance(error, KnownError):
            log.error("face check failed unexpectedly", exc_info=error)
        self.panel.clear()
        self.message_label.setText(
            f"{status_symbol(FAIL)} " + describe(error) + " " + _tr("Take the photo again.")
        )
        self.start_camera()
        self.changed.emit()
        self.check_finished.emit()

    def retake(self) -> None:
        self._generation += 1
        self.result, self.rows, self.checking = None, [], False
        self.panel.clear()
        self.message_label.clear()
        self.start_camera()
        self.changed.emit()

    def _show_controls(self) -> None:
        live = self.feed is not None and self.feed.running
        done = self.result is not None
        # Once a photo is taken the panel shows it beside the candidates: it gets the room.
        self.view.setVisible(not done)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(0, 0 if done else 1)
        self.panel.setVisible(done or self.checking)
        if done or self.checking:
            self.camera_label.setText(_tr("Photo taken"))
        self.capture_button.setEnabled(live and not done and not self.checking)
        self.auto_check.setEnabled(self.feed is not None)
        self.retake_button.setEnabled(done or (not live and not self.checking))
        self.import_button.setEnabled(not self.checking)

    # the wizard's side ----------------------------------------------------------------------

    def entered(self) -> None:
        if self.result is None and not self.checking:
            self.start_camera()

    def left(self) -> None:
        self.stop_camera()

    def reset(self) -> None:
        self.stop_camera(wait=True)
        self._generation += 1
        self.result, self.rows, self.checking = None, [], False
        self.photo = QImage()
        self.panel.clear()
        self.message_label.clear()
        self.hints_label.clear()
        self.view.show_placeholder("")
        self._show_controls()

    def validate(self) -> str | None:
        if self.checking:
            return _tr("Wait for the duplicate check to finish.")
        if self.result is None:
            return _tr("Take the face photo, or import one from a file.")
        return None
