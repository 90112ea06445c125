"""A4 documents drawn with the flyers' font stack: paragraphs, tables and bar charts.

The donor report and the public "You said … / We did …" digest are read in six languages. The
flyer text helpers already solve what matters for that: the shipped Noto fonts (no dependence on
what a computer has installed), a per-character font chain so no glyph prints as a box, Arabic
letters joined and each wrapped line put in visual order. This module lays those blocks out top
to bottom on A4 pages, mirrored for right-to-left languages (labels on the right, bars growing
to the left, table columns in reverse order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.services.flyers.fonts import font_chain, register_fonts
from desktop.services.flyers.text import LTR, RTL, draw_block, fit, has_rtl

RTL_LANGUAGES = frozenset({"ar"})
MARGIN = 18 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
RULE = colors.HexColor("#b8c2cc")
HEADER_FILL = colors.HexColor("#e8eef5")
BAR = colors.HexColor("#2f6db3")
BAR_COMPARE = colors.HexColor("#b9cde6")


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, value and (optional) value to compare against."""

    label: str
    value: float
    compare: float | None = None
    shown: str = ""
    """The value as printed (e.g. "12 (40 %)"); the number itself when empty."""


class PageWriter:
    """Writes top to bottom, starting a new page when the next piece does not fit."""

    def __init__(self, path: Path, language: str, title: str) -> None:
        register_fonts()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.rtl = language in RTL_LANGUAGES
        self.canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("Diaspora Desk")
        self.width, self.height = A4
        self.left, self.right = MARGIN, self.width - MARGIN
        self.top = self.height - MARGIN
        self.y = self.top
        self.pages = 1
        self._direction = RTL if self.rtl else LTR
        self._align = "right" if self.rtl else "left"

    # -- text
    def _dir(self, text: str) -> str:
        """Right-to-left only for text that has right-to-left letters: a Latin commitment in
        an Arabic digest keeps its full stop at its end."""
        return RTL if self.rtl and has_rtl(text) else LTR

    def ensure(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self.new_page()

    def new_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1
        self.y = self.top

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 4,
             color: colors.Color = INK, align: str | None = None) -> None:
        if not text:
            return
        block = fit(text, font_chain(arabic_first=self.rtl, bold=bold), self.right - self.left,
                    10_000, size, size, 1.3, self._dir(text))
        self.ensure(min(block.height, self.top - MARGIN))
        self.canvas.setFillColor(color)
        self.y = draw_block(self.canvas, block, self.left, self.right, self.y,
                            align or self._align) - gap

    def heading(self, text: str, size: float = 13) -> None:
        self.ensure(size * 4)
        self.y -= size * 0.4
        self.text(text, size=size, bold=True, gap=size * 0.5)

    def rule(self, gap: float = 6) -> None:
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.left, self.y, self.right, self.y)
        self.y -= gap

    def space(self, points: float) -> None:
        self.y -= points

    # -- tables
    def table(self, rows: Sequence[Sequence[str]], fractions: Sequence[float], size: float = 9,
              header: bool = True, numeric: Sequence[int] = ()) -> None:
        """Rows of cells; ``fractions`` of the width per column; ``numeric`` columns align to
        the end. The header row repeats on each new page."""
        total = self.right - self.left
        widths = [total * f for f in fractions]
        pad = 2.5
        head = list(rows[0]) if header and rows else None

        def draw_row(cells: Sequence[str], bold: bool, fill: colors.Color | None) -> None:
            blocks = [fit(cell, font_chain(arabic_first=self.rtl, bold=bold),
                          max(w - 2 * pad, 10), 10_000, size, size, 1.25, self._dir(cell))
                      for cell, w in zip(cells, widths, strict=True)]
            height = max((b.height for b in blocks), default=size) + 2 * pad
            if self.y - height < MARGIN:
                self.new_page()
                if head is not None and not bold:
                    draw_row(head, True, HEADER_FILL)
            x = self.right if self.rtl else self.left
            if fill is not None:
                self.canvas.setFillColor(fill)
                self.canvas.rect(self.left, self.y - height, total, height, stroke=0, fill=1)
            self.canvas.setFillColor(INK)
            for index, (block, w) in enumerate(zip(blocks, widths, strict=True)):
                left = x - w if self.rtl else x
                end = "left" if self.rtl else "right"
                align = end if index in numeric else self._align
                draw_block(self.canvas, block, left + pad, left + w - pad, self.y - pad, align)
                x = x - w if self.rtl else x + w
            self.canvas.setStrokeColor(RULE)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(self.left, self.y - height, self.right, self.y - height)
            self.y -= height

        for position, cells in enumerate(rows):
            is_head = header and position == 0
            draw_row(cells, is_head, HEADER_FILL if is_head else None)
        self.y -= 6

    # -- charts
    def bar_chart(self, title: str, bars: Sequence[Bar], legend: tuple[str, str] | None = None,
                  size: float = 8.5) -> None:
        """Horizontal bars; with ``compare`` values a lighter bar behind each (e.g. the
        consenting pool behind the participants) and a two-entry ``legend``."""
        if not bars:
            return
        row_height = size * 2.1
        needed = row_height * len(bars) + size * 5
        self.ensure(min(needed, self.top - MARGIN))
        self.text(title, size=size + 1.5, bold=True, gap=3)
        if legend is not None:
            self._legend(legend, size)
        total = self.right - self.left
        label_w, value_w = total * 0.32, total * 0.16
        bar_w = total - label_w - value_w
        top_value = max([b.value for b in bars] + [b.compare or 0 for b in bars] + [1])
        chain = font_chain(arabic_first=self.rtl, bold=False)
        for bar in bars:
            self.ensure(row_height)
            label = fit(bar.label, chain, label_w - 4, row_height, size, size * 0.8, 1.2,
                        self._dir(bar.label), max_lines=1)
            shown = fit(bar.shown or _number(bar.value), chain, value_w - 4, row_height, size,
                        size * 0.8, 1.2, self._direction, max_lines=1)
            y_mid = self.y - row_height / 2
            if self.rtl:
                label_left, label_right = self.right - label_w, self.right - 4
                bar_right = self.right - label_w
                value_left, value_right = self.left, self.left + value_w - 4
            else:
                label_left, label_right = self.left, self.left + label_w - 4
                bar_left = self.left + label_w
                value_left, value_right = self.right - value_w + 4, self.right
            self.canvas.setFillColor(INK)
            draw_block(self.canvas, label, label_left, label_right, y_mid + label.height / 2,
                       self._align)
            for value, colour, thickness in ((bar.compare, BAR_COMPARE, 0.8),
                                             (bar.value, BAR, 0.5)):
                if value is None:
                    continue
                length = bar_w * (value / top_value)
                h = row_height * thickness
                self.canvas.setFillColor(colour)
                if self.rtl:
                    self.canvas.rect(bar_right - length, y_mid - h / 2, length, h, stroke=0,
                                     fill=1)
                else:
                    self.canvas.rect(bar_left, y_mid - h / 2, length, h, stroke=0, fill=1)
            self.canvas.setFillColor(INK)
            draw_block(self.canvas, shown, value_left, value_right, y_mid + shown.height / 2,
                       "right" if not self.rtl else "left")
            self.y -= row_height
        self.y -= 8

    def _legend(self, legend: tuple[str, str], size: float) -> None:
        chain = font_chain(arabic_first=self.rtl, bold=False)
        x = self.right if self.rtl else self.left
        for text, colour in zip(legend, (BAR, BAR_COMPARE), strict=True):
            block = fit(text, chain, 200, 100, size, size, 1.2, self._direction, max_lines=1)
            swatch = size
            self.canvas.setFillColor(colour)
            if self.rtl:
                self.canvas.rect(x - swatch, self.y - swatch, swatch, swatch, stroke=0, fill=1)
                self.canvas.setFillColor(INK)
                right = x - swatch - 3
                draw_block(self.canvas, block, right - block.text_width, right, self.y, "right")
                x = right - block.text_width - 12
            else:
                self.canvas.rect(x, self.y - swatch, swatch, swatch, stroke=0, fill=1)
                self.canvas.setFillColor(INK)
                left = x + swatch + 3
                draw_block(self.canvas, block, left, left + block.text_width + 1, self.y, "left")
                x = left + block.text_width + 12
        self.y -= size * 1.8

    def finish(self) -> int:
        """Save the file; returns the number of pages."""
        self.canvas.save()
        return self.pages


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
