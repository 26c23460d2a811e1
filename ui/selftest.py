"""`registrar-app --self-test`: the core self-test (registrar.selftest) plus the interface:
Qt's libraries and plugins, the translations and the login window, drawn off screen."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from registrar.selftest import CORE_STEPS, Context, Step, StepFailed, run


def step_interface(_ctx: Context) -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtWidgets import QApplication

    from ui.i18n import available_languages, install_language
    from ui.login import LoginWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if not {"jpeg", "png"} <= formats:
        raise StepFailed(f"Qt cannot read JPEG and PNG images (it reads {sorted(formats)})")
    languages = [code for code, _name in available_languages()]
    if not {"en", "fr", "ar"} <= set(languages):
        raise StepFailed(f"translations missing: only {languages}")
    drawn = []
    for code in ("ar", "en"):
        install_language(app, code)
        window = LoginWindow("Self-test", languages=available_languages(), language=code)
        window.resize(480, 360)
        image: QImage = window.grab().toImage()
        window.deleteLater()
        if image.isNull() or image.width() < 100:
            raise StepFailed(f"the login window could not be drawn in {code}")
        drawn.append(code)
    return {
        "qt": qVersion(),
        "pyside6": pyside_version,
        "platform_plugin": app.platformName(),
        "languages": languages,
        "drawn": drawn,
    }


STEPS: tuple[Step, ...] = (*CORE_STEPS, ("interface", step_interface))


def main() -> int:
    """Print the report as JSON; 0 when every step passed, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    report = run(STEPS)
    print(json.dumps(report, indent=2))
    if not report["ok"]:
        print(
            f"self-test failed at step {report['failed_step']}: {report['error']}",
            file=sys.stderr,
        )
    return 0 if report["ok"] else 1
