"""Work off the UI thread: one database lane that owns the vault, and a compute pool.

The UI thread never does I/O, SQL, OpenCV or inference. Each lane takes a function and two
callbacks; the callbacks run on the UI thread, the error one with a KnownError (shown to
the operator) or any other exception (a bug: logged and shown in a crash dialog).
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("registrar.ui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Lane(Protocol):
    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None: ...

    def shutdown(self) -> None: ...


class _Relay(QObject):
    """Carries a finished job's callbacks back to the thread this object lives in (the UI)."""

    finished = Signal(object, object, object)  # callback, value, error

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._on_finished)

    def _on_finished(self, callback: Callable[[Any], None], value: Any, error: Any) -> None:
        callback(error if error is not None else value)


def _report(relay: _Relay, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
    try:
        value = work()
    except BaseException as exc:
        if not isinstance(exc, Exception):
            raise
        relay.finished.emit(on_error, None, exc)
    else:
        relay.finished.emit(on_done, value, None)


class DatabaseLane:
    """One thread for every vault call, so the one SQLCipher connection has one owner."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(1, "registrar-db")
        self._relay = _Relay()

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        self._executor.submit(_report, self._relay, work, on_done, on_error)

    def run_blocking(self, work: Callable[[], Any]) -> Any:
        """For shutdown only: run on the lane and wait (e.g. closing the vault on exit)."""
        return self._executor.submit(work).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


class _Job(QRunnable):
    def __init__(
        self, relay: _Relay, work: Callable[[], Any], on_done: Done, on_error: Failed
    ) -> None:
        super().__init__()
        self._args = (relay, work, on_done, on_error)

    def run(self) -> None:
        _report(*self._args)


class ComputeLane:
    """Detection, embedding and search on a small thread pool (2 cores: 2 threads)."""

    def __init__(self, threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay()

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        self._pool.start(_Job(self._relay, work, on_done, on_error))

    def shutdown(self) -> None:
        self._pool.waitForDone()


class InlineLane:
    """Runs work at once on the calling thread: for tests and for the self-test."""

    def submit(self, work: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        try:
            value = work()
        except Exception as exc:  # noqa: BLE001  (handed to the error callback)
            on_error(exc)
        else:
            on_done(value)

    def run_blocking(self, work: Callable[[], Any]) -> Any:
        return work()

    def shutdown(self) -> None:
        return None
