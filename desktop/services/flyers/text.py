"""Text for print: Arabic shaping, right-to-left order, wrapping and shrink-to-fit.

ReportLab 5.1 draws strings as given, left to right, one glyph per character (its own bidi
support needs ``rlbidi``, which is not on PyPI). So Arabic is prepared here in three steps:

1. **Shape** the whole paragraph in logical order with ``arabic_reshaper`` (letters become
   their joined presentation forms; joining never crosses a space, so shaping first and
   splitting into words afterwards gives the right forms).
2. **Wrap** in logical order: the first words of the sentence go on the first line, whatever
   the direction.
3. **Reorder each line** for display with ``python-bidi`` (the Unicode bidi algorithm), so a
   Latin name or a number inside an Arabic line keeps its own left-to-right order.

Widths are additive (ReportLab does no kerning), so a word's width is measured once at 1 pt
and scaled; that keeps shrink-to-fit cheap even for a banner's worth of text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.services.flyers.fonts import REPLACEMENT, FontChain

_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": True,
                                                           "support_ligatures": True})

LTR = "L"
RTL = "R"
AUTO = ""
"""Paragraph directions: a flyer's prose follows its language, contact data is always
left-to-right, names are detected from their first strong character."""

ELLIPSIS = "…"
_BREAK_AFTER = "/-.@_?&=,;:"


def clean(text: str) -> str:
    """NFC (so a typed s + combining comma becomes ș), no invisible format characters, tabs and
    runs of spaces as single spaces, Windows line ends as plain ones."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for char in text:
        if char == "\t":
            out.append(" ")
        elif char != "\n" and unicodedata.category(char) == "Cf":
            continue
        else:
            out.append(char)
    lines = "".join(out).split("\n")
    return "\n".join(" ".join(part for part in line.split(" ") if part) for line in lines)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


def shape(text: str) -> str:
    """Arabic letters joined (presentation forms); other text unchanged."""
    return _RESHAPER.reshape(text) if has_arabic(text) else text


@lru_cache(maxsize=4096)
def prepare(text: str) -> str:
    """``shape(clean(text))``, remembered: the same labels and names come back on every
    layout attempt and in the preflight."""
    return shape(clean(text))


def to_visual(line: str, direction: str) -> str:
    """One already-wrapped, shaped line in display order (left to right on the page)."""
    if direction == LTR and not has_rtl(line):
        return line
    base = direction if direction in (LTR, RTL) else None
    visual = get_display(line, base_dir=base)
    return str(visual)


def runs(visual: str, chain: FontChain) -> Iterator[tuple[str, str]]:
    """(font, text) pieces of a display-order line; a character no font has becomes "?"."""
    current_font = ""
    buffer: list[str] = []
    for char in visual:
        font = chain.font_for(char)
        if font is None:
            char, font = REPLACEMENT, chain.primary
        if font != current_font and buffer:
            yield current_font, "".join(buffer)
            buffer = []
        current_font = font
        buffer.append(char)
    if buffer:
        yield current_font, "".join(buffer)


@lru_cache(maxsize=65536)
def _unit_width(names: tuple[str, ...], text: str) -> float:
    chain = FontChain(names)
    return float(sum(pdfmetrics.stringWidth(piece, font, 1.0) for font, piece in runs(text, chain)))


def width(text: str, chain: FontChain, size: float) -> float:
    """Printed width in points of ``text`` at ``size`` (order does not matter: no kerning)."""
    return _unit_width(chain.names, text) * size


# --------------------------------------------------------------------------------------------
# Wrapping


def _split_long_word(word: str, chain: FontChain, size: float, limit: float) -> list[str]:
    """Break a word wider than the line (a long address) into pieces, preferably after / . -"""
    pieces: list[str] = []
    rest = word
    while rest and width(rest, chain, size) > limit:
        cut = 1
        for end in range(1, len(rest) + 1):
            if width(rest[:end], chain, size) > limit:
                break
            cut = end
        soft = max((i + 1 for i in range(cut) if rest[i] in _BREAK_AFTER), default=0)
        if soft >= max(2, cut // 2):
            cut = soft
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap(text: str, chain: FontChain, size: float, limit: float) -> list[str]:
    """Greedy wrap of shaped text in logical order; ``\\n`` starts a new paragraph."""
    lines: list[str] = []
    space = width(" ", chain, size)
    for paragraph in text.split("\n"):
        current = ""
        current_width = 0.0
        for word in paragraph.split(" "):
            if not word:
                continue
            word_width = width(word, chain, size)
            if current and current_width + space + word_width <= limit:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append(current)
            if word_width <= limit:
                current, current_width = word, word_width
            else:
                pieces = _split_long_word(word, chain, size, limit)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_width = width(current, chain, size)
        lines.append(current)
    return lines


# --------------------------------------------------------------------------------------------
# Fitting


@dataclass(frozen=True)
class Metrics:
    """Where the ink goes relative to the font size (above the first baseline, below the last)."""

    ascent: float
    descent: float


LATIN_METRICS = Metrics(0.95, 0.28)
ARABIC_METRICS = Metrics(1.0, 0.5)


@dataclass(frozen=True)
class Block:
    """A paragraph fitted into a box: its lines (logical order, shaped), size and leading."""

    lines: list[str]
    size: float
    leading: float
    chain: FontChain
    direction: str
    metrics: Metrics
    overflow_lines: int = 0
    """Lines that did not fit even at the minimum size (printed up to an ellipsis)."""
    total_lines: int = 0
    widths: list[float] = field(default_factory=list)

    @property
    def height(self) -> float:
        return block_height(len(self.lines), self.size, self.leading, self.metrics)

    @property
    def overflows(self) -> bool:
        return self.overflow_lines > 0

    @property
    def text_width(self) -> float:
        return max(self.widths, default=0.0)


def block_height(lines: int, size: float, leading: float, metrics: Metrics) -> float:
    if lines <= 0:
        return 0.0
    return size * metrics.ascent + (lines - 1) * leading + size * metrics.descent


def _ellipsize(line: str, chain: FontChain, size: float, limit: float) -> str:
    words = line.split(" ")
    while words:
        candidate = " ".join(words) + ELLIPSIS
        if width(candidate, chain, size) <= limit:
            return candidate
        words.pop()
    return ELLIPSIS


def fit(
    text: str,
    chain: FontChain,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    leading_ratio: float = 1.3,
    direction: str = LTR,
    max_lines: int | None = None,
) -> Block:
    """Wrap ``text`` into the box at the largest size between ``min_size`` and ``max_size``.

    If it does not fit at ``min_size`` either, the lines that fit are kept, the last one ends
    with "…" and ``overflow_lines`` says how many were left out: the preflight reports that,
    so text is never cut off silently. Results are cached: the layout tries several densities
    and the same card or label comes back with the same box.
    """
    return _fit(text, chain, round(box_width, 2), round(box_height, 2), round(max_size, 3),
                round(min(min_size, max_size), 3), leading_ratio, direction, max_lines)


@lru_cache(maxsize=8192)
def _fit(text: str, chain: FontChain, box_width: float, box_height: float, max_size: float,
         min_size: float, leading_ratio: float, direction: str,
         max_lines: int | None) -> Block:
    shaped = prepare(text)
    metrics = ARABIC_METRICS if chain.primary.startswith("DD-NotoSansArabic") else LATIN_METRICS

    def lines_at(size: float) -> list[str]:
        return wrap(shaped, chain, size, box_width) if shaped else []

    def fits(size: float, lines: list[str]) -> bool:
        if max_lines is not None and len(lines) > max_lines:
            return False
        return block_height(len(lines), size, size * leading_ratio, metrics) <= box_height + 0.01

    def block(size: float, lines: list[str]) -> Block:
        return Block(lines, size, size * leading_ratio, chain, direction, metrics, 0,
                     len(lines), [width(line, chain, size) for line in lines])

    lines = lines_at(max_size)
    if fits(max_size, lines):
        return block(max_size, lines)
    small = lines_at(min_size)
    if fits(min_size, small):
        # Smaller type never needs more lines, so the largest size that fits is found by
        # bisection (to a tenth of a point) instead of trying every size on the way down.
        low, high, best = min_size, max_size, small
        while high - low > 0.1:
            middle = (low + high) / 2
            candidate = lines_at(middle)
            if fits(middle, candidate):
                low, best = middle, candidate
            else:
                high = middle
        return block(low, best)
    # Does not fit at the minimum size: keep what fits, say what did not.
    size, leading = min_size, min_size * leading_ratio
    keep = len(small)
    while keep > 0 and (block_height(keep, size, leading, metrics) > box_height + 0.01
                        or (max_lines is not None and keep > max_lines)):
        keep -= 1
    kept = small[:keep]
    if kept:
        kept[-1] = _ellipsize(kept[-1], chain, size, box_width)
    return Block(kept, size, leading, chain, direction, metrics, len(small) - keep, len(small),
                 [width(line, chain, size) for line in kept])


def single_line(text: str, chain: FontChain, size: float, direction: str = LTR) -> Block:
    """A one-line block at a fixed size (labels, contact data), no wrapping."""
    shaped = prepare(text).replace("\n", " ")
    metrics = ARABIC_METRICS if chain.primary.startswith("DD-NotoSansArabic") else LATIN_METRICS
    lines = [shaped] if shaped else []
    return Block(lines, size, size * 1.25, chain, direction, metrics, 0, len(lines),
                 [width(line, chain, size) for line in lines])


# --------------------------------------------------------------------------------------------
# Drawing


def draw_visual(canvas: Canvas, visual: str, chain: FontChain, size: float, x: float,
                y: float) -> None:
    """Draw a display-order line with its left end at ``x`` and baseline at ``y``."""
    text = canvas.beginText(x, y)
    for font, piece in runs(visual, chain):
        text.setFont(font, size)
        text.textOut(piece)
    canvas.drawText(text)


def draw_block(canvas: Canvas, block: Block, left: float, right: float, top: float,
               align: str) -> float:
    """Draw ``block`` between ``left`` and ``right`` with its ink starting at ``top`` (page
    coordinates, y up). ``align`` is "left", "right" or "center". Returns the bottom of the ink.
    """
    baseline = top - block.size * block.metrics.ascent
    for line, line_width in zip(block.lines, block.widths, strict=True):
        visual = to_visual(line, block.direction)
        if align == "right":
            x = right - line_width
        elif align == "center":
            x = left + (right - left - line_width) / 2
        else:
            x = left
        draw_visual(canvas, visual, block.chain, block.size, x, baseline)
        baseline -= block.leading
    return top - block.height
