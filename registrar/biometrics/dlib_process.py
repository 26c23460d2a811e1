"""The dlib embedder in a child process, so its descriptor does not hold this process's GIL.

dlib's Python binding keeps the global interpreter lock for the whole descriptor (80-100 ms
on a 2-core laptop): every other Python thread, the UI's included, stands still meanwhile.
OpenCV releases the lock; dlib does not. The desktop app therefore runs dlib in one
long-lived child process and sends it only the region around the face.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

import numpy as np
import numpy.typing as npt

from registrar.biometrics.detect import Detection
from registrar.biometrics.dlib_embedder import dlib_box
from registrar.biometrics.index import Metric
from registrar.errors import ErrorCode, KnownError
from registrar.settings import DLIB_MODEL_ID

log = logging.getLogger("registrar.biometrics")

#: How long one descriptor may take before the child is thought dead (its first includes
#: loading the models).
ANSWER_TIMEOUT_S = 60.0


def _serve(conn: Connection) -> None:
    """The child: load the models once, then answer (crop, face) requests until told to stop."""
    from registrar.biometrics.dlib_embedder import DlibEmbedder

    embedder = DlibEmbedder()
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        crop, face = request
        try:
            conn.send(("ok", embedder.embed(crop, face)))
        except Exception as exc:  # noqa: BLE001 (sent back and raised in the parent)
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def face_region(
    bgr: npt.NDArray[np.uint8], face: Detection
) -> tuple[npt.NDArray[np.uint8], Detection]:
    """The part of the photo dlib reads for this face, with the face moved into its frame.

    dlib's 150x150 chip covers the landmark square plus a quarter on each side; a margin of
    one square's side keeps every pixel it can read, so the descriptor is the same.
    """
    x0, y0, x1, y1 = dlib_box(face)
    side = max(x1 - x0, y1 - y0)
    height, width = bgr.shape[:2]
    left, top = max(0, x0 - side), max(0, y0 - side)
    right, bottom = min(width, x1 + side), min(height, y1 + side)
    crop = np.ascontiguousarray(bgr[top:bottom, left:right])
    offset = np.array([left, top], np.float32)
    bx, by, bw, bh = face.box
    moved = replace(
        face,
        box=(bx - left, by - top, bw, bh),
        landmarks=(face.landmarks - offset).astype(np.float32),
    )
    return crop, moved


class ProcessDlibEmbedder:
    """Same templates as DlibEmbedder, computed in a child process started on first use."""

    model_id = DLIB_MODEL_ID
    dim = 128
    metric = Metric.EUCLIDEAN

    def __init__(self, *, start: bool = True) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        if start:
            self._start()

    def _start(self) -> None:
        # spawn: a fork of a process with Qt and SQLCipher threads is not safe.
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child,), name="registrar-dlib", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent

    def embed(self, bgr: npt.NDArray[np.uint8], face: Detection) -> npt.NDArray[np.float32]:
        crop, moved = face_region(bgr, face)
        with self._lock:
            if self._conn is None or not self._process.is_alive():
                self._stop()
                self._start()
            conn = self._conn
            assert conn is not None
            try:
                conn.send((crop, moved))
                if not conn.poll(ANSWER_TIMEOUT_S):
                    raise TimeoutError
                status, value = conn.recv()
            except (OSError, EOFError, TimeoutError):
                self._stop()  # started again on the next call
                raise KnownError(
                    ErrorCode.MODEL_MISSING,
                    "the dlib face model stopped working; try again",
                ) from None
        if status != "ok":
            log.error("dlib embedding failed in the child process: %s", value)
            raise KnownError(ErrorCode.MODEL_MISSING, "the dlib face model failed on this photo")
        return np.asarray(value, dtype=np.float32)

    def _stop(self) -> None:
        conn, process = self._conn, self._process
        self._conn = self._process = None
        if conn is not None:
            with contextlib.suppress(OSError):  # a dead child cannot be told to stop
                conn.send(None)
            conn.close()
        if process is not None:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)

    def close(self) -> None:
        with self._lock:
            self._stop()
