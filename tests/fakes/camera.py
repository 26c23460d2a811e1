"""A camera that plays given frames, with switches to fail opening or to lose the device."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from registrar.capture.camera import Frame
from registrar.clock import Clock, SystemClock
from registrar.errors import BugError, ErrorCode, KnownError

U8 = npt.NDArray[np.uint8]


def pattern_frame(index: int, size: tuple[int, int] = (640, 480)) -> U8:
    """A grey frame (640x480 unless told) with a coloured square placed by ``index``."""
    width, height = size
    image = np.full((height, width, 3), 64, dtype=np.uint8)
    x = (index * 97) % (width - 80)
    image[200:280, x : x + 80] = (40 * index % 256, 255, 255 - 40 * index % 256)
    return image


class FakeCamera:
    """Plays ``frames`` in a loop; ``fail_on_open`` and ``lose_after`` may be flipped mid-test.

    ``lose_after=n`` delivers n frames after each open, then raises CAMERA_LOST (and closes),
    as a camera unplugged mid-preview does. ``opens``, ``closes`` and ``reads`` count calls.
    """

    def __init__(
        self,
        frames: Sequence[npt.NDArray[np.uint8]] | None = None,
        *,
        fail_on_open: bool = False,
        lose_after: int | None = None,
        clock: Clock | None = None,
    ) -> None:
        chosen = [pattern_frame(i) for i in range(3)] if frames is None else list(frames)
        if not chosen:
            raise BugError("a FakeCamera needs at least one frame")
        for frame in chosen:
            if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] != 3:
                raise BugError(f"FakeCamera frames are H x W x 3 uint8, not {frame.shape}")
        self._frames = [np.ascontiguousarray(f).copy() for f in chosen]
        self.fail_on_open = fail_on_open
        self.lose_after = lose_after
        self._clock: Clock = clock or SystemClock()
        self._open = False
        self._next_index = 0
        self.opens = 0
        self.closes = 0
        self.reads = 0

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def description(self) -> str:
        height, width = self._frames[0].shape[:2]
        return f"Fake camera ({width}x{height}, {len(self._frames)} frames)"

    def open(self) -> None:
        if self._open:
            raise BugError("the fake camera is already open")
        if self.fail_on_open:
            raise KnownError(
                ErrorCode.CAMERA_UNAVAILABLE, "fake camera 0 could not be opened", index=0
            )
        self._open = True
        self._next_index = 0
        self.opens += 1

    def read(self) -> Frame:
        if not self._open:
            raise BugError("read() on a fake camera that is not open")
        if self.lose_after is not None and self._next_index >= self.lose_after:
            self.close()
            raise KnownError(ErrorCode.CAMERA_LOST, "fake camera 0 was unplugged", index=0)
        image = self._frames[self._next_index % len(self._frames)].copy()
        frame = Frame(image, self._next_index, self._clock.monotonic())
        self._next_index += 1
        self.reads += 1
        return frame

    def close(self) -> None:
        if self._open:
            self.closes += 1
        self._open = False
