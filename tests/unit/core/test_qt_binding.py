"""The Qt binding keeps Python's reference counts straight over a long working day.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method that
returns nothing, and to True on every signal emit; the app aborted with "none_dealloc"
after a few thousand label updates. The check runs in a child process, since a failure
kills the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Source(QObject):
    fired = Signal(int)

app = QApplication([])
label, source = QLabel(), Source()
source.fired.connect(lambda n: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(20_000):
    label.setText("x")
    source.fired.emit(i)
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_void_calls_and_emits_do_not_leak_or_steal_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    none_delta, true_delta = (int(x) for x in done.stdout.split())
    assert abs(none_delta) < 100 and abs(true_delta) < 100
