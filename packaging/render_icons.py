"""Render the app icon's SVG into the PNG sizes Linux themes use, a Windows .ico and a macOS .icns.

Run after changing resources/icons/*.svg: `.venv/bin/python packaging/render_icons.py`.
The results are committed, so neither a wheel build nor `make dist` needs this step. Qt's own
SVG renderer draws the pixels; Pillow (which reportlab already brings) writes .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.interventionplanner.InterventionPlanner"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual folders


def render(svg: Path, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / f"{APP_ID}.svg"
    (ICONS / "png").mkdir(exist_ok=True)
    for size in PNG_SIZES:
        render(svg, size, ICONS / "png" / f"{size}.png")
    largest = Image.open(ICONS / "png" / "512.png")
    largest.save(ICONS / f"{APP_ID}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / f"{APP_ID}.icns")
    print(f"Icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
