"""The placeholder app window starts and shows what it is; a screenshot is saved for review."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.app import PlaceholderWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_placeholder_window_shows_name_and_version(qtbot: QtBot) -> None:
    window = PlaceholderWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.findChild(type(window.centralWidget()), "placeholderLabel")
    assert label is not None and "Registrar" in label.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "placeholder.png"))


def test_registrar_app_starts_and_quits(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--quit-after-ms", "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
