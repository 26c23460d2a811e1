"""The live camera: a long-lived QThread reads frames and finds faces; the view paints the newest.

The worker keeps only the newest frame (older ones are dropped, never queued), so a slow
paint never builds a backlog and the preview never lags behind the person at the desk.
Face detection and the quality hints run on the camera thread with their own detector.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from registrar.errors import KnownError

if TYPE_CHECKING:
    from registrar.capture.camera import Camera

log = logging.getLogger("registrar.ui")

U8 = npt.NDArray[np.uint8]
Box = tuple[float, float, float, float]

# Quality status as the core grades it (registrar.biometrics.quality.Status), without
# importing OpenCV into the UI module at start-up.
PASS, WARN, FAIL = 0, 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("camera", text)


@dataclass(frozen=True, slots=True, eq=False)
class PreviewFrame:
    """One analysed frame: what to show, and the pixels to capture if the officer says so."""

    image: QImage
    bgr: U8
    boxes: tuple[Box, ...]
    hints: tuple[str, ...]  # quality codes that did not pass, worst first
    status: int  # PASS, WARN or FAIL
    index: int
    at: float  # monotonic seconds

    @property
    def capturable(self) -> bool:
        """A frame that the full analysis would not refuse outright."""
        return self.status != FAIL


# Words (and a symbol, never colour alone) for each quality code the core reports.
def hint_text(code: str) -> str:
    texts = {
        "face.none": _tr("No face found: look at the camera"),
        "face.multiple": _tr("Only one person may be in the photo"),
        "face.size": _tr("Move closer to the camera"),
        "face.score": _tr("The face is not clear: look straight at the camera"),
        "face.sharpness": _tr("Blurred: hold still"),
        "face.dark": _tr("Too dark: add light in front of the face"),
        "face.bright": _tr("Too bright: move away from direct light"),
        "face.clipped": _tr("Too bright: part of the face is washed out"),
        "face.roll": _tr("Hold your head straight"),
        "face.yaw": _tr("Turn your head to face the camera"),
        "face.off_centre": _tr("Move to the centre of the picture"),
        "face.cut_off": _tr("The whole face must be in the picture"),
    }
    return texts.get(code, code)


def status_symbol(status: int) -> str:
    return {PASS: "\u2714", WARN: "\u26a0", FAIL: "\u2716"}.get(status, "?")


def to_qimage(bgr: U8) -> QImage:
    height, width = bgr.shape[:2]
    image = QImage(bgr.data, width, height, bgr.strides[0], QImage.Format.Format_BGR888)
    return image.copy()  # own the pixels: the array may go away


Analyser = Callable[[U8], tuple[tuple[Box, ...], tuple[str, ...], int]]


def face_analyser(quality: Any = None) -> Analyser:
    """Detection and quality hints for preview frames (built on the camera thread)."""
    from registrar.biometrics.engine import FaceEngine

    engine = FaceEngine(embedders=[], quality=quality)

    def analyse(bgr: U8) -> tuple[tuple[Box, ...], tuple[str, ...], int]:
        result = engine.preview(bgr)
        report = result.quality
        return (
            tuple(f.box for f in result.faces),
            tuple(report.hints()),
            int(report.status),
        )

    return analyse


def no_analysis(_bgr: U8) -> tuple[tuple[Box, ...], tuple[str, ...], int]:
    return (), (), PASS


class CameraWorker(QObject):
    """Lives on the camera thread. ``frame_ready`` says a new frame waits in ``take()``."""

    frame_ready = Signal()
    failed = Signal(object)  # a KnownError (camera unavailable or lost) or a bug
    finished = Signal()

    def __init__(
        self,
        camera_factory: Callable[[], Camera],
        analyser_factory: Callable[[], Analyser] = face_analyser,
    ) -> None:
        super().__init__()
        self._camera_factory = camera_factory
        self._analyser_factory = analyser_factory
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: PreviewFrame | None = None
        self._signalled = False

    def stop(self) -> None:
        self._stop.set()

    def take(self) -> PreviewFrame | None:
        """The newest frame, once; None when no new frame came since the last take."""
        with self._lock:
            frame, self._latest = self._latest, None
            self._signalled = False
            return frame

    @Slot()
    def run(self) -> None:
        camera = None
        try:
            camera = self._camera_factory()
            camera.open()
            analyse = self._analyser_factory()
            while not self._stop.is_set():
                frame = camera.read()
                boxes, hints, status = analyse(frame.image)
                preview = PreviewFrame(
                    to_qimage(frame.image),
                    frame.image,
                    boxes,
                    hints,
                    status,
                    frame.index,
                    time.monotonic(),
                )
                with self._lock:
                    self._latest = preview
                    notify = not self._signalled
                    self._signalled = True
                if notify:
                    self.frame_ready.emit()
        except KnownError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: reported to the page, which logs it
            log.error("camera thread failed", exc_info=exc)
            self.failed.emit(exc)
        finally:
            if camera is not None:
                camera.close()
            self.finished.emit()


class CameraFeed(QObject):
    """Starts and stops the camera thread; ``frame_arrived`` carries each new frame to the UI."""

    frame_arrived = Signal(object)  # PreviewFrame
    failed = Signal(object)
    stopped = Signal()

    def __init__(
        self,
        camera_factory: Callable[[], Camera],
        analyser_factory: Callable[[], Analyser] = face_analyser,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera_factory = camera_factory
        self._analyser_factory = analyser_factory
        self._thread: QThread | None = None
        self._worker: CameraWorker | None = None
        self.latest: PreviewFrame | None = None
        self._times: deque[float] = deque(maxlen=31)
        self._stopping = False
        self._restart = False

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._stopping

    @property
    def fps(self) -> float:
        """Frames delivered to the UI per second, over the last 30 frames."""
        if len(self._times) < 2:
            return 0.0
        span = self._times[-1] - self._times[0]
        return (len(self._times) - 1) / span if span > 0 else 0.0

    def start(self) -> None:
        if self._thread is not None:
            # A thread still winding down after stop(wait=False): start again once it ends.
            self._restart = self._stopping
            return
        self.latest = None
        self._times.clear()
        thread = QThread()
        thread.setObjectName("registrar-camera")
        worker = CameraWorker(self._camera_factory, self._analyser_factory)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.frame_ready.connect(self._on_worker_frame_ready)
        worker.failed.connect(self._on_worker_failed)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self, *, wait: bool = True) -> None:
        """Ask the thread to end; with ``wait`` it has ended (and the camera is closed)."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        worker.stop()
        self._stopping = True
        self._restart = False
        if wait:
            thread.finished.disconnect(self._on_thread_finished)
            thread.quit()
            thread.wait()
            self._release()

    def _on_worker_frame_ready(self) -> None:
        worker = self._worker
        frame = worker.take() if worker is not None else None
        if frame is None:
            return
        self.latest = frame
        self._times.append(time.monotonic())
        self.frame_arrived.emit(frame)

    def _on_worker_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def _on_thread_finished(self) -> None:
        if self.sender() is self._thread:
            self._release()

    def _release(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        self._stopping = False
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.stopped.emit()
        if self._restart:
            self._restart = False
            self.start()


_STATUS_COLOUR = {PASS: QColor(30, 140, 60), WARN: QColor(200, 130, 0), FAIL: QColor(200, 40, 30)}


class CameraView(QWidget):
    """Paints a frame scaled to fit, with a box around each face (solid when good)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("cameraView")
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Camera picture"))
        self._image = QImage()
        self._boxes: tuple[Box, ...] = ()
        self._status = PASS
        self._placeholder = ""

    def show_frame(self, frame: PreviewFrame) -> None:
        self._image, self._boxes, self._status = frame.image, frame.boxes, frame.status
        self._placeholder = ""
        self.update()

    def show_still(self, image: QImage) -> None:
        self._image, self._boxes, self._status = image, (), PASS
        self._placeholder = ""
        self.update()

    def show_placeholder(self, text: str) -> None:
        self._image, self._boxes = QImage(), ()
        self._placeholder = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(32, 32, 32))
        if self._image.isNull():
            painter.setPen(QColor(230, 230, 230))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            painter.end()
            return
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        target = QRectF(
            (self.width() - iw * scale) / 2,
            (self.height() - ih * scale) / 2,
            iw * scale,
            ih * scale,
        )
        painter.drawImage(target, self._image)
        colour = _STATUS_COLOUR.get(self._status, _STATUS_COLOUR[FAIL])
        pen = QPen(colour, 3)
        # Dashed when the face is not yet good enough: the shape says it, not only the colour.
        pen.setStyle(Qt.PenStyle.SolidLine if self._status == PASS else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for x, y, w, h in self._boxes:
            top_left = QPointF(target.x() + x * scale, target.y() + y * scale)
            painter.drawRect(QRectF(top_left.x(), top_left.y(), w * scale, h * scale))
        painter.end()


def camera_factory_for(spec: str) -> Callable[[], Camera]:
    """A factory for the camera named by ``--camera`` (opened on the camera thread)."""

    def factory() -> Camera:
        from registrar.capture.camera import open_camera

        return open_camera(spec)

    return factory


class CaptureDialog(QDialog):
    """The live camera in a dialog: take one picture (a document page, or a face to search)."""

    def __init__(
        self,
        camera_factory: Callable[[], Camera],
        *,
        title: str,
        instruction: str,
        analyser_factory: Callable[[], Analyser] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captureDialog")
        self.setWindowTitle(title)
        self.view = CameraView()
        self.hint = QLabel()
        self.hint.setObjectName("captureHint")
        self.hint.setWordWrap(True)
        factory = analyser_factory or (lambda: no_analysis)
        self.feed = CameraFeed(camera_factory, factory, parent=self)
        self.feed.frame_arrived.connect(self._on_feed_frame_arrived)
        self.feed.failed.connect(lambda e: self.view.show_placeholder(_describe(e)))
        self.frame: PreviewFrame | None = None
        self.take_button = QPushButton(_tr("&Take the picture"))
        self.take_button.setObjectName("takePictureButton")
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self.take)
        cancel = QPushButton(_tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.take_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        text = QLabel(instruction)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(720, 600)
        self.feed.start()

    def _on_feed_frame_arrived(self, frame: PreviewFrame) -> None:
        self.view.show_frame(frame)
        self.hint.setText(
            f"{status_symbol(FAIL)} {hint_text(frame.hints[0])}"
            if not frame.capturable and frame.hints
            else ""
        )

    def take(self) -> bool:
        frame = self.feed.latest
        if frame is None or not frame.capturable:
            return False
        self.frame = frame
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.feed.stop(wait=True)
        super().done(result)


def _describe(error: BaseException) -> str:
    from ui.messages import describe

    return describe(error)
