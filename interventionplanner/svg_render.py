"""Draw a checked SVG logo as a PNG with Qt's SVG renderer (QtGui, never QtWidgets).

Only for a drawing storage/practice.check_svg has passed: nothing in it reaches outside.
Qt needs a GUI application object to draw; the window has one, and a command that has none
gets an offscreen one, made once.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt


def render_svg(data: bytes, side: int) -> bytes:
    """`data` drawn with its longest side `side` pixels, on a clear background, as PNG."""
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from interventionplanner.storage.practice import LogoError

    if QGuiApplication.instance() is None:
        QGuiApplication(["interventionplanner", "-platform", "offscreen"])
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise LogoError("That drawing is damaged, so it cannot be used.")
    size = renderer.defaultSize()
    width, height = max(1, size.width()), max(1, size.height())
    scale = side / max(width, height)
    image = QImage(
        max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
