"""Cameras behind one protocol: a device through OpenCV, or an image folder or video file."""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, cast

import numpy as np
import numpy.typing as npt

from registrar.clock import Clock, SystemClock
from registrar.errors import BugError, ErrorCode, KnownError

__all__ = [
    "FRAME_SIZE",
    "MAX_FOLDER_IMAGES",
    "Camera",
    "FileCamera",
    "Frame",
    "OpenCVCamera",
    "open_camera",
]

# cv2 is imported inside the methods that use it: importing this module for the protocol
# and Frame must not load OpenCV on the app's start-up path.

log = logging.getLogger("registrar.capture")

#: (width, height) a camera is asked for and file frames are scaled to fit.
FRAME_SIZE: Final = (640, 480)
#: A demo folder is decoded whole when opened (about 0.9 MB per 640x480 frame).
MAX_FOLDER_IMAGES: Final = 100
IMAGE_SUFFIXES: Final = frozenset({".jpg", ".jpeg", ".png"})
_DIGITS: Final = re.compile(r"([0-9]+)")

U8 = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True, eq=False)
class Frame:
    """One picture from a camera."""

    image: U8  # H x W x 3 BGR, C-contiguous, owned by the receiver (never reused)
    index: int  # 0, 1, 2 ... counted from each open()
    timestamp: float  # monotonic seconds, when the frame was delivered


class Camera(Protocol):
    """A source of frames, used from one thread (the camera thread) at a time.

    ``open()`` raises KnownError CAMERA_UNAVAILABLE; ``read()`` blocks until the next frame
    and raises KnownError CAMERA_LOST when the source goes away, after which the camera is
    closed. Calling ``read()`` on a camera that is not open, or ``open()`` on one that is,
    is a BugError; ``close()`` may be called any number of times.
    """

    def open(self) -> None: ...

    def read(self) -> Frame: ...

    def close(self) -> None: ...

    @property
    def is_open(self) -> bool: ...

    @property
    def description(self) -> str:
        """For the UI, e.g. "Camera 0 (640x480)" or "Folder demo-faces (12 images)"."""
        ...


# --- a device -----------------------------------------------------------------------------


class OpenCVCamera:
    """A camera device by index through cv2.VideoCapture (the one place it opens devices)."""

    def __init__(
        self,
        index: int,
        *,
        size: tuple[int, int] = FRAME_SIZE,
        max_failed_reads: int = 10,
        retry_delay: float = 0.05,
        api_preference: int | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if index < 0:
            raise BugError(f"a camera index is 0 or more, not {index}")
        if max_failed_reads < 1:
            raise BugError("max_failed_reads must be at least 1")
        self.index = index
        self._size = size
        self._max_failed_reads = max_failed_reads
        self._retry_delay = retry_delay
        self._api_preference = api_preference
        self._clock: Clock = clock or SystemClock()
        self._sleep = sleep
        self._capture: Any = None
        self._pending: U8 | None = None  # the frame open() read to prove the device works
        self._next_index = 0
        self._frame_size: tuple[int, int] | None = None

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    @property
    def description(self) -> str:
        if self._frame_size is None:
            return f"Camera {self.index}"
        width, height = self._frame_size
        return f"Camera {self.index} ({width}x{height})"

    def open(self) -> None:
        from registrar.biometrics.cv import cv2

        if self._capture is not None:
            raise BugError(f"camera {self.index} is already open")
        api = cv2.CAP_ANY if self._api_preference is None else self._api_preference
        capture = cv2.VideoCapture(self.index, api)
        if not capture.isOpened():
            capture.release()
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                f"camera {self.index} could not be opened: is it connected and not in use "
                "by another program?",
                index=self.index,
            )
        # Requests only: a camera that cannot do MJPG or 640x480 keeps its own format.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self._size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self._size[1])
        first = self._grab(capture)
        if first is None:
            capture.release()
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                f"camera {self.index} opened but gave no picture: is another program using it?",
                index=self.index,
            )
        self._capture = capture
        self._pending = first
        self._next_index = 0
        self._frame_size = (int(first.shape[1]), int(first.shape[0]))
        log.info("camera %d opened at %dx%d", self.index, *self._frame_size)

    def read(self) -> Frame:
        if self._capture is None:
            raise BugError(f"read() on camera {self.index}, which is not open")
        image, self._pending = self._pending, None
        if image is None:
            image = self._grab(self._capture)
        if image is None:
            self.close()
            raise KnownError(
                ErrorCode.CAMERA_LOST,
                f"camera {self.index} stopped sending pictures: was it unplugged?",
                index=self.index,
            )
        frame = Frame(image, self._next_index, self._clock.monotonic())
        self._next_index += 1
        return frame

    def close(self) -> None:
        capture, self._capture = self._capture, None
        self._pending = None
        if capture is not None:
            capture.release()

    def _grab(self, capture: Any) -> U8 | None:
        """The next frame as BGR, or None after ``max_failed_reads`` failures in a row."""
        for attempt in range(self._max_failed_reads):
            if attempt:
                self._sleep(self._retry_delay)
            ok, image = capture.read()
            if ok and image is not None and image.size:
                return _as_bgr(np.asarray(image))
        return None


# --- a folder or a video file -------------------------------------------------------------


class FileCamera:
    """A folder of JPEG/PNG images or a video file played as a camera, looping, at ``fps``.

    A folder (or a single JPEG/PNG) is decoded through intake when opened, at most
    MAX_FOLDER_IMAGES of it, each image scaled to fit ``size``; files intake refuses are
    skipped and their code logged. A video is decoded frame by frame and restarts at its end.
    Frames are paced with the injected clock and sleep, so tests can run without waiting.
    """

    def __init__(
        self,
        path: Path,
        *,
        fps: float = 15.0,
        size: tuple[int, int] = FRAME_SIZE,
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not (math.isfinite(fps) and fps > 0):
            raise BugError(f"fps must be a positive number, not {fps}")
        self.path = Path(path)
        self._period = 1.0 / fps
        self._size = size
        self._clock: Clock = clock or SystemClock()
        self._sleep = sleep
        self._open = False
        self._images: list[U8] = []  # a folder, decoded and scaled when opened
        self._video: Any = None  # or a video's cv2.VideoCapture
        self._pending: U8 | None = None  # the frame that proved the video decodes
        self._video_frames = 0
        self._position = 0
        self._next_index = 0
        self._next_due = 0.0

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def description(self) -> str:
        name = self.path.name or str(self.path)
        kind = self._kind()
        if kind == "video":
            count = self._video_frames
            return f"Video {name} ({_plural(count, 'frame')})" if count > 0 else f"Video {name}"
        label = "Folder" if kind == "folder" else "Image"
        if not self._open:
            return f"{label} {name}"
        return f"{label} {name} ({_plural(len(self._images), 'image')})"

    def open(self) -> None:
        from registrar.biometrics.cv import cv2

        if self._open:
            raise BugError("the file camera is already open")
        if self._kind() == "video":
            self._video, self._pending = self._open_video()
            self._video_frames = max(0, int(self._video.get(cv2.CAP_PROP_FRAME_COUNT)))
        else:
            self._images = self._load_images()
        self._open = True
        self._position = 0
        self._next_index = 0
        self._next_due = self._clock.monotonic()

    def read(self) -> Frame:
        if not self._open:
            raise BugError("read() on a file camera that is not open")
        image = self._next_image()
        self._pace()
        frame = Frame(image, self._next_index, self._clock.monotonic())
        self._next_index += 1
        return frame

    def close(self) -> None:
        self._open = False
        self._images = []
        self._pending = None
        video, self._video = self._video, None
        if video is not None:
            video.release()

    # --- internals ---

    def _kind(self) -> str:
        if self.path.is_dir():
            return "folder"
        return "image" if self.path.suffix.lower() in IMAGE_SUFFIXES else "video"

    def _pace(self) -> None:
        """Deliver no faster than ``fps``; a slow reader gets frames at its own pace, no burst."""
        now = self._clock.monotonic()
        if now < self._next_due:
            self._sleep(self._next_due - now)
            now = self._clock.monotonic()
        # On time (sleep overshoots a little): keep the schedule. Late: start a new one, so
        # a reader that fell behind does not get a burst of frames to catch up.
        late = now - self._next_due > self._period / 2
        self._next_due = (now if late else self._next_due) + self._period

    def _next_image(self) -> U8:
        if self._video is None:
            image = self._images[self._position % len(self._images)]
            self._position += 1
            return image.copy()  # the receiver may draw on it
        pending, self._pending = self._pending, None
        if pending is not None:
            return _fit(pending, self._size)
        ok, raw = self._video.read()
        ok = ok and raw is not None and raw.size > 0
        return _fit(_as_bgr(np.asarray(raw)) if ok else self._restart_video(), self._size)

    def _restart_video(self) -> U8:
        """The first frame again, from a fresh capture: every format can do that, not seek."""
        self._video.release()
        self._video = None
        try:
            self._video, first = self._open_video()
        except KnownError as exc:
            self.close()
            raise KnownError(
                ErrorCode.CAMERA_LOST,
                "the video file used as a camera can no longer be read",
                path=str(self.path),
                reason=exc.code.value,
            ) from None
        return first

    def _load_images(self) -> list[U8]:
        from registrar.biometrics.intake import load_image

        paths = _image_paths(self.path)
        if len(paths) > MAX_FOLDER_IMAGES:
            log.warning(
                "camera folder: using the first %d of %d images", MAX_FOLDER_IMAGES, len(paths)
            )
            paths = paths[:MAX_FOLDER_IMAGES]
        images: list[U8] = []
        for path in paths:
            try:
                loaded = load_image(path)
            except KnownError as exc:
                log.warning("camera folder: skipped an image: %s", exc.code.value)
                continue
            images.append(_fit(loaded.bgr, self._size))
        if not images:
            if not self.path.exists():
                problem = "does not exist"
            elif paths:
                problem = f"has {_plural(len(paths), 'JPEG or PNG file')}, none of them usable"
            else:
                problem = "has no JPEG or PNG images"
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                f"the image folder used as a camera {problem}",
                path=str(self.path),
                files=len(paths),
            )
        return images

    def _open_video(self) -> tuple[Any, U8]:
        """A capture of the video and its first frame, or CAMERA_UNAVAILABLE."""
        from registrar.biometrics.cv import cv2

        if not self.path.is_file():
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                "the video file used as a camera does not exist",
                path=str(self.path),
            )
        capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                "the file used as a camera is not a video OpenCV can play",
                path=str(self.path),
            )
        ok, first = capture.read()
        if not ok or first is None or not first.size:
            capture.release()
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE,
                "the video file used as a camera has no frame OpenCV can decode",
                path=str(self.path),
            )
        return capture, _as_bgr(np.asarray(first))


# --- choosing a camera --------------------------------------------------------------------


def open_camera(spec: str, *, fps: float = 15.0) -> Camera:
    """The camera named by ``--camera``: a device index ("0") or "file:PATH"; not yet opened."""
    text = spec.strip()
    if text.isascii() and text.isdigit() and len(text) <= 3:
        return OpenCVCamera(int(text))
    if text.startswith("file:") and len(text) > len("file:"):
        return FileCamera(Path(text[len("file:") :]), fps=fps)
    raise KnownError(
        ErrorCode.INVALID_FIELD,
        "--camera is a device index such as 0, or file:PATH for an image folder or video file",
        field="camera",
    )


# --- pixels -------------------------------------------------------------------------------


def _as_bgr(image: npt.NDArray[Any]) -> U8:
    """A frame as a C-contiguous H x W x 3 uint8 BGR array (grey and BGRA converted)."""
    from registrar.biometrics.cv import cv2

    if image.dtype != np.uint8:
        raise KnownError(
            ErrorCode.IMAGE_BAD_FRAME,
            f"the camera gave {image.dtype} pixels; 8-bit expected",
            dtype=str(image.dtype),
        )
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.ndim == 3 and image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    elif not (image.ndim == 3 and image.shape[2] == 3):
        raise KnownError(
            ErrorCode.IMAGE_BAD_FRAME,
            f"the camera gave a frame of shape {image.shape}",
            shape=tuple(int(s) for s in image.shape),
        )
    return cast(U8, np.ascontiguousarray(image))


def _fit(image: U8, size: tuple[int, int]) -> U8:
    """Scale (up or down, keeping the aspect) so the image just fits ``size``; no padding."""
    from registrar.biometrics.cv import cv2

    height, width = int(image.shape[0]), int(image.shape[1])
    scale = min(size[0] / width, size[1] / height)
    new = (max(1, round(width * scale)), max(1, round(height * scale)))
    if new == (width, height):
        return np.ascontiguousarray(image)
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cast(U8, np.ascontiguousarray(cv2.resize(image, new, interpolation=interpolation)))


def _image_paths(path: Path) -> list[Path]:
    """JPEG and PNG files of a folder (or the one file), hidden files left out, natural order."""
    if not path.is_dir():
        return [path] if path.is_file() else []
    try:
        entries = list(path.iterdir())
    except OSError:
        return []
    found = [
        p
        for p in entries
        if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(found, key=_natural_key)


def _natural_key(path: Path) -> tuple[tuple[int, int | str], ...]:
    """frame2 before frame10: digit runs compare as numbers."""
    parts = _DIGITS.split(path.name.lower())  # the digit runs are at the odd places
    return tuple((0, int(p)) if i % 2 else (1, p) for i, p in enumerate(parts))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
