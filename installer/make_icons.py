"""Draw the app icon with Qt and write it in the formats the platforms want.

    .venv/bin/python installer/make_icons.py

resources/icons/registrar.png (the window icon and the Linux .desktop icon, 256 px),
installer/icons/registrar.ico (Windows) and registrar.icns (macOS). The files are committed;
run this again only to change the drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int) -> QImage:
    """A blue card with a person's head and shoulders and a green tick: registered, checked."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5fa8"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(112 * s, 92 * s), 40 * s, 40 * s)  # head
    shoulders = QPainterPath()
    shoulders.moveTo(40 * s, 212 * s)
    shoulders.cubicTo(40 * s, 150 * s, 80 * s, 140 * s, 112 * s, 140 * s)
    shoulders.cubicTo(144 * s, 140 * s, 184 * s, 150 * s, 184 * s, 212 * s)
    shoulders.closeSubpath()
    p.drawPath(shoulders)
    p.setBrush(QColor("#2e9d4f"))
    p.drawEllipse(QPointF(186 * s, 180 * s), 46 * s, 46 * s)
    pen = QPen(QColor("#ffffff"), 14 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath()
    tick.moveTo(164 * s, 182 * s)
    tick.lineTo(180 * s, 198 * s)
    tick.lineTo(210 * s, 164 * s)
    p.drawPath(tick)
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    targets = {
        ROOT / "resources" / "icons" / "registrar.png": (256, "PNG"),
        ROOT / "installer" / "icons" / "registrar.ico": (256, "ICO"),
        ROOT / "installer" / "icons" / "registrar.icns": (512, "ICNS"),
    }
    for path, (size, fmt) in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not draw(size).save(str(path), fmt):
            print(f"could not write {path} (no Qt image plugin for {fmt}?)", file=sys.stderr)
            return 1
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
