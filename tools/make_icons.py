"""Render resources/icons/diaspora-desk.svg to the Windows .ico and PNG sizes (run by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "diaspora-desk.svg"))
    render(renderer, 256).save(str(ROOT / "installer" / "windows" / "diaspora-desk.ico"))
    render(renderer, 256).save(str(ROOT / "resources" / "icons" / "diaspora-desk-256.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
