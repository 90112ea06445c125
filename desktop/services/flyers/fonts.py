"""The fonts flyers print with, and which font draws which character.

ReportLab draws a missing character as the font's empty box, so nothing is left to chance: each
text style has an ordered list of fonts (the language's own script first, then the others, then
DejaVu Sans for symbols such as ☎ ✉), every character is drawn with the first font whose cmap
has it, and :func:`missing_characters` tells the preflight which characters no font has. The
renderer prints those as "?" (never a box) and the preflight reports them as errors.

Only TrueType outlines are shipped (ReportLab cannot embed CFF ``.otf``); ReportLab embeds them
as subsets, so a flyer carries only the glyphs it uses.
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REPLACEMENT = "?"
"""Printed in place of a character no shipped font has (the preflight reports it)."""


def fonts_dir() -> Path:
    """``resources/fonts``: next to the code in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[3] / "resources" / "fonts"


# Registered name -> file. Names are prefixed so they never clash with fonts others register.
FONT_FILES: dict[str, str] = {
    "DD-NotoSans": "NotoSans-Regular.ttf",
    "DD-NotoSans-Bold": "NotoSans-Bold.ttf",
    "DD-NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "DD-NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "DD-DejaVuSans": "DejaVuSans.ttf",
}

_LATIN = ("DD-NotoSans", "DD-NotoSans-Bold")
_ARABIC = ("DD-NotoSansArabic", "DD-NotoSansArabic-Bold")
_SYMBOLS = "DD-DejaVuSans"

_lock = threading.Lock()
_registered: set[str] = set()


def ensure_font(name: str) -> None:
    """Load and register one shipped font the first time it is needed (thread-safe): a flyer
    that needs no symbol never parses DejaVu Sans."""
    if name in _registered:
        return
    with _lock:
        if name in _registered:
            return
        path = fonts_dir() / FONT_FILES[name]
        if not path.exists():
            raise FileNotFoundError(f"flyer font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered.add(name)


def register_fonts() -> None:
    """Register every shipped font (for callers that draw with them directly)."""
    for name in FONT_FILES:
        ensure_font(name)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    ensure_font(font_name)
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@dataclass(frozen=True)
class FontChain:
    """Fonts tried in order for one text style (regular or bold) of one script direction."""

    names: tuple[str, ...]

    @property
    def primary(self) -> str:
        return self.names[0]

    def font_for(self, char: str) -> str | None:
        """The first font of the chain that has a glyph for ``char``, or None."""
        return _font_for(self.names, char)


@lru_cache(maxsize=8192)
def _font_for(names: tuple[str, ...], char: str) -> str | None:
    code = ord(char)
    for name in names:
        if code in _cmap(name):
            return name
    return None


def font_chain(arabic_first: bool, bold: bool) -> FontChain:
    """The chain for a style: Arabic flyers draw digits and punctuation with the Arabic font so
    that a line reads in one design; other flyers prefer Noto Sans."""
    index = 1 if bold else 0
    if arabic_first:
        return FontChain((_ARABIC[index], _LATIN[index], _SYMBOLS))
    return FontChain((_LATIN[index], _ARABIC[index], _SYMBOLS))


def is_ignorable(char: str) -> bool:
    """Invisible format characters (bidi marks, joiners) and line breaks never need a glyph."""
    return char in "\n\r\t" or unicodedata.category(char) == "Cf"


def missing_characters(text: str, chain: FontChain) -> list[str]:
    """Characters of ``text`` that no font of the chain can draw, in order of appearance."""
    missing: list[str] = []
    for char in text:
        if is_ignorable(char) or char in missing:
            continue
        if chain.font_for(char) is None:
            missing.append(char)
    return missing


def describe_characters(chars: list[str]) -> str:
    """"😀 (U+1F600 GRINNING FACE)" for each character, for messages people can act on."""
    parts = []
    for char in chars:
        name = unicodedata.name(char, "")
        label = f"U+{ord(char):04X}" + (f" {name}" if name else "")
        parts.append(f"{char} ({label})")
    return ", ".join(parts)
