"""QR codes drawn as vector modules (sharp at any size, exact module geometry for the preflight).

segno picks the smallest symbol for the address at error correction level M at least (and
raises it when that costs no extra size: more damage tolerance on a folded leaflet for free).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import segno
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE_MODULES = 4
"""ISO/IEC 18004 asks for a light margin four modules wide around the symbol."""


@dataclass(frozen=True)
class QrSymbol:
    rows: tuple[bytes, ...]
    version: str
    error: str

    @property
    def modules(self) -> int:
        return len(self.rows)


@lru_cache(maxsize=256)
def make_symbol(data: str) -> QrSymbol:
    code = segno.make_qr(data, error="m", boost_error=True)
    rows = tuple(bytes(row) for row in code.matrix)
    return QrSymbol(rows, str(code.version), str(code.error))


def draw_symbol(canvas: Canvas, symbol: QrSymbol, x: float, y: float, size: float,
                dark: Color) -> None:
    """Draw the dark modules of ``symbol`` in a ``size`` square whose bottom-left is (x, y).

    Horizontal runs become one rectangle each, and rows overlap by a hair so no viewer shows
    white seams between them.
    """
    module = size / symbol.modules
    overlap = module * 0.02
    path = canvas.beginPath()
    for r, row in enumerate(symbol.rows):
        top = y + size - r * module
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + start * module, top - module - overlap, (c - start) * module,
                          module + overlap)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColor(dark)
    canvas.drawPath(path, fill=1, stroke=0)
    canvas.restoreState()
