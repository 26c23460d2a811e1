"""The `registrar-app` entry point: for now a placeholder window (the real app is issue [3/6])."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from registrar import __version__


class PlaceholderWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("placeholderWindow")
        self.setWindowTitle(self.tr("Registrar"))
        label = QLabel(
            self.tr(
                "<h2>Registrar {version}</h2>"
                "<p>The registration screens arrive in a coming release.<br>"
                "Until then, use the <code>registrar</code> command line.</p>"
            ).format(version=__version__)
        )
        label.setObjectName("placeholderLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.resize(640, 400)


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="registrar-app")
    parser.add_argument("--data-dir")
    parser.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(args_in)
    app = QApplication([sys.argv[0], *qt_args])
    window = PlaceholderWindow()
    window.show()
    if args.quit_after_ms:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(args.quit_after_ms, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
