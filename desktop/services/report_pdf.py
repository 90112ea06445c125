"""PDF text that reads right in every language the bureau works in: Latin, Cyrillic, Arabic.

ReportLab's built-in fonts have no Cyrillic or Arabic, so reports embed TrueType fonts: DejaVu
Sans when it is found (it covers all three scripts), else the Noto Sans pair from
``resources/fonts``. Arabic needs two more steps ReportLab does not do: letters are joined into
their contextual forms (arabic-reshaper) and each *line* is put into visual order (python-bidi).
The order matters: lines are wrapped in logical order first and reordered afterwards, otherwise
a long Arabic paragraph comes out with its lines in the wrong sequence.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
    r"(?:[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s\d.,:;!?()«»\-]*"
    r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF])?"
)
_ISOLATES = re.compile("[\u202a-\u202e\u2066-\u2069]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")


class FontsMissing(RuntimeError):
    """No font covering Cyrillic and Arabic was found; the message says what to install."""


@dataclass(frozen=True)
class FontSet:
    """Registered ReportLab font names: Latin/Cyrillic text, and Arabic text."""

    regular: str
    bold: str
    arabic: str
    arabic_bold: str

    def for_text(self, text: str, bold: bool = False) -> str:
        if _ARABIC.search(text):
            return self.arabic_bold if bold else self.arabic
        return self.bold if bold else self.regular


def _font_dirs() -> list[Path]:
    here = Path(__file__).resolve()
    dirs = [here.parents[2] / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        dirs.insert(0, Path(bundle) / "resources" / "fonts")
    dirs += [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype/noto"),
        Path("/usr/share/fonts/noto"),
        Path("/Library/Fonts"),
        Path.home() / "Library" / "Fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return dirs


def _find(name: str) -> Path | None:
    for folder in _font_dirs():
        candidate = folder / name
        if candidate.is_file():
            return candidate
        if folder.is_dir():  # fonts kept in sub-folders (resources/fonts/noto/…)
            found = next(folder.rglob(name), None)
            if found is not None:
                return found
    return None


def _register(alias: str, path: Path) -> str:
    if alias not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(alias, str(path)))
    return alias


@functools.lru_cache(maxsize=1)
def fonts() -> FontSet:
    """Find and register the fonts once per process."""
    regular = _find("DejaVuSans.ttf")
    bold = _find("DejaVuSans-Bold.ttf")
    if regular is not None:
        r = _register("DD-Sans", regular)
        b = _register("DD-Sans-Bold", bold) if bold else r
        found = FontSet(r, b, r, b)
        register_bold_family(found)
        return found
    noto = _find("NotoSans-Regular.ttf")
    noto_bold = _find("NotoSans-Bold.ttf")
    arabic = _find("NotoSansArabic-Regular.ttf") or _find("NotoNaskhArabic-Regular.ttf")
    arabic_bold = _find("NotoSansArabic-Bold.ttf") or _find("NotoNaskhArabic-Bold.ttf")
    if noto is None or arabic is None:
        raise FontsMissing(
            "No font for Cyrillic and Arabic text was found. Put DejaVuSans.ttf, or "
            "NotoSans-Regular.ttf and NotoSansArabic-Regular.ttf, into resources/fonts."
        )
    r = _register("DD-Noto", noto)
    b = _register("DD-Noto-Bold", noto_bold) if noto_bold else r
    a = _register("DD-NotoArabic", arabic)
    ab = _register("DD-NotoArabic-Bold", arabic_bold) if arabic_bold else a
    found = FontSet(r, b, a, ab)
    register_bold_family(found)
    return found


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def is_rtl(text: str) -> bool:
    """True when the first strong character is Arabic (the paragraph reads right to left)."""
    arabic = _ARABIC.search(text)
    if arabic is None:
        return False
    latin = _STRONG_LTR.search(text)
    return latin is None or arabic.start() < latin.start()


def isolate(text: str) -> str:
    """Keep a value (a name, a title, a seed) in its own direction inside a right-to-left
    sentence, so "493-117-208" or a French title with "?" is not turned around.

    Explicit embeddings (LRE/RLE … PDF) rather than isolates: python-bidi's pure-Python
    algorithm mirrors brackets and quotes, which its newer isolate-aware one does not.
    """
    if not text:
        return text
    start = "\u202b" if is_rtl(text) else "\u202a"
    return start + text + "\u202c"


def visual(text: str) -> str:
    """One *line* of text with Arabic shaped and in visual order, ready to draw."""
    if not has_arabic(text):
        return _ISOLATES.sub("", text)
    return _ISOLATES.sub("", str(get_display(arabic_reshaper.reshape(text))))


def markup(text: str, font_set: FontSet | None = None, bold: bool = False) -> str:
    """Escaped Paragraph markup for left-to-right text; Arabic words inside it (a name, a
    place) are shaped, put in visual order and set in the Arabic font."""
    font_set = font_set or fonts()
    parts: list[str] = []
    position = 0
    for match in _ARABIC_RUN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        face = font_set.arabic_bold if bold else font_set.arabic
        parts.append(f'<font name="{face}">{escape(visual(match.group()))}</font>')
        position = match.end()
    parts.append(escape(text[position:]))
    return _ISOLATES.sub("", "".join(parts)).replace("\n", "<br/>")


class RtlParagraph(Flowable):  # type: ignore[misc]
    """A right-to-left paragraph: wrapped in logical order, each line shaped and reordered,
    drawn right-aligned; non-Arabic runs (names, numbers) use the Latin font."""

    def __init__(
        self, text: str, style: ParagraphStyle, font_set: FontSet | None = None, bold: bool = False
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.font_set = font_set or fonts()
        self.bold = bold
        self._lines: list[str] = []

    def _runs(self, line: str) -> list[tuple[str, str]]:
        runs: list[tuple[str, str]] = []
        for char in _ISOLATES.sub("", line):
            if _ARABIC.match(char):
                face = self.font_set.arabic_bold if self.bold else self.font_set.arabic
            elif _STRONG_LTR.match(char) or char.isdigit():
                face = self.font_set.bold if self.bold else self.font_set.regular
            else:
                face = (
                    runs[-1][0]
                    if runs
                    else (self.font_set.arabic_bold if self.bold else self.font_set.arabic)
                )
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def _width(self, logical: str) -> float:
        shaped = arabic_reshaper.reshape(logical)
        size = self.style.fontSize
        return float(
            sum(pdfmetrics.stringWidth(text, face, size) for face, text in self._runs(shaped))
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = []
        for paragraph in self.text.split("\n"):
            words = paragraph.split(" ")
            line = ""
            for word in words:
                trial = f"{line} {word}" if line else word
                if line and self._width(trial) > availWidth:
                    self._lines.append(line)
                    line = word
                else:
                    line = trial
            self._lines.append(line)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        y = self.height - size
        for line in self._lines:
            shown = visual(line)
            runs = self._runs(shown)
            total = sum(pdfmetrics.stringWidth(text, face, size) for face, text in runs)
            x = self.width - total if self.style.alignment != TA_LEFT else 0.0
            for face, text in runs:
                canvas.setFont(face, size)
                canvas.drawString(x, y, text)
                x += pdfmetrics.stringWidth(text, face, size)
            y -= self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []
        first = RtlParagraph("\n".join(self._lines[:fit]), self.style, self.font_set, self.bold)
        rest = RtlParagraph("\n".join(self._lines[fit:]), self.style, self.font_set, self.bold)
        return [first, rest]


def paragraph(
    text: str, style: ParagraphStyle, *, rtl: bool | None = None, bold: bool = False
) -> Flowable:
    """A paragraph of plain (user-typed or fixed) text in the right direction and fonts."""
    font_set = fonts()
    if rtl is None:
        rtl = is_rtl(text)
    if rtl:
        return RtlParagraph(text, style, font_set, bold)
    content = markup(text, font_set, bold)
    if bold:
        content = f"<b>{content}</b>"
    return Paragraph(content, style)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle


def styles(rtl: bool = False, font_set: FontSet | None = None) -> Styles:
    """Paragraph styles in the embedded fonts (right-aligned for right-to-left documents)."""
    font_set = font_set or fonts()
    align = TA_RIGHT if rtl else TA_LEFT
    base: dict[str, Any] = {"fontName": font_set.regular, "alignment": align}
    return Styles(
        title=ParagraphStyle(
            "DDTitle", fontSize=17, leading=22, spaceAfter=8, **{**base, "fontName": font_set.bold}
        ),
        heading=ParagraphStyle(
            "DDHeading",
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            **{**base, "fontName": font_set.bold},
        ),
        body=ParagraphStyle("DDBody", fontSize=10.5, leading=14.5, spaceAfter=6, **base),
        small=ParagraphStyle("DDSmall", fontSize=8.5, leading=11, textColor="#555555", **base),
        cell=ParagraphStyle("DDCell", fontSize=9, leading=11.5, **base),
    )


def register_bold_family(font_set: FontSet) -> None:
    """Let ``<b>`` in Paragraph markup switch to the bold face of the embedded fonts."""
    from reportlab.lib.fonts import addMapping

    addMapping(font_set.regular, 0, 0, font_set.regular)
    addMapping(font_set.regular, 1, 0, font_set.bold)
    addMapping(font_set.regular, 0, 1, font_set.regular)
    addMapping(font_set.regular, 1, 1, font_set.bold)
    if font_set.arabic != font_set.regular:
        addMapping(font_set.arabic, 0, 0, font_set.arabic)
        addMapping(font_set.arabic, 1, 0, font_set.arabic_bold)
        addMapping(font_set.arabic, 0, 1, font_set.arabic)
        addMapping(font_set.arabic, 1, 1, font_set.arabic_bold)


def cells(
    rows: Sequence[Sequence[str]], style: ParagraphStyle, header: bool = True
) -> list[list[Flowable]]:
    """Table cells as paragraphs, so long user text wraps and Arabic reads right."""
    out: list[list[Flowable]] = []
    for index, row in enumerate(rows):
        out.append([paragraph(str(value), style, bold=header and index == 0) for value in row])
    return out
