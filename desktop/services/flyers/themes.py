"""Colour themes, and the RGB/CMYK choice for office printers or print shops.

A theme is a primary colour (bands, headings) and an accent (call to action, highlights); a flyer
may override either with its own hex colour. In CMYK mode every colour is converted here, and
neutral greys become black ink only (K), so small text never depends on four plates lining up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ReportLab loads when a colour is made, not when the themes are listed
    from reportlab.lib.colors import Color

from desktop.services.i18n import translate

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class Theme:
    key: str
    title: Callable[[], str]
    primary: str
    accent: str


THEMES: dict[str, Theme] = {
    t.key: t
    for t in (
        Theme("blue", lambda: translate("FlyerThemes", "Blue and gold"), "#1D4E89", "#F2B632"),
        Theme("green", lambda: translate("FlyerThemes", "Green and sun"), "#17694A", "#F4C542"),
        Theme("red", lambda: translate("FlyerThemes", "Burgundy and sand"), "#8E1B2E", "#F0C987"),
        Theme("teal", lambda: translate("FlyerThemes", "Teal and coral"), "#0E6470", "#FF8A65"),
        Theme("purple", lambda: translate("FlyerThemes", "Plum and amber"), "#4A2C7A", "#FFB547"),
        Theme("charcoal", lambda: translate("FlyerThemes", "Charcoal and mint"), "#263238",
              "#5FD3B3"),
    )
}
DEFAULT_THEME = "blue"

TEXT = "#1F2933"
MUTED = "#52606D"
WHITE = "#FFFFFF"


def parse_hex(value: str) -> tuple[float, float, float] | None:
    """``#RRGGBB`` (or without #) as 0..1 floats; None when it is not a colour."""
    match = _HEX.match(value.strip())
    if not match:
        return None
    raw = match.group(1)
    return (int(raw[0:2], 16) / 255, int(raw[2:4], 16) / 255, int(raw[4:6], 16) / 255)


def is_valid_hex(value: str) -> bool:
    return parse_hex(value) is not None


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance, to pick dark or white text on a coloured box."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rgb_to_cmyk(rgb: tuple[float, float, float]) -> tuple[float, float, float, float]:
    """Naive conversion (no ICC profile); neutral greys go to K only (rich text stays sharp)."""
    r, g, b = rgb
    if max(rgb) - min(rgb) < 0.02:
        return (0.0, 0.0, 0.0, round(1.0 - (r + g + b) / 3, 4))
    k = 1.0 - max(rgb)
    if k >= 1.0:
        return (0.0, 0.0, 0.0, 1.0)
    c = (1.0 - r - k) / (1.0 - k)
    m = (1.0 - g - k) / (1.0 - k)
    y = (1.0 - b - k) / (1.0 - k)
    return (round(c, 4), round(m, 4), round(y, 4), round(k, 4))


@dataclass(frozen=True)
class Palette:
    """The colours one flyer prints with, as ReportLab colours in RGB or CMYK."""

    primary_rgb: tuple[float, float, float]
    accent_rgb: tuple[float, float, float]
    cmyk: bool

    def color(self, rgb: tuple[float, float, float]) -> Color:
        if self.cmyk:
            c, m, y, k = rgb_to_cmyk(rgb)
            from reportlab.lib.colors import CMYKColor

            return CMYKColor(c, m, y, k)
        from reportlab.lib.colors import Color

        return Color(*rgb)

    def hex(self, value: str) -> Color:
        rgb = parse_hex(value)
        assert rgb is not None, value
        return self.color(rgb)

    @property
    def primary(self) -> Color:
        return self.color(self.primary_rgb)

    @property
    def accent(self) -> Color:
        return self.color(self.accent_rgb)

    def tint(self, rgb: tuple[float, float, float], amount: float) -> Color:
        """``rgb`` mixed with white (amount 0 = white, 1 = the colour)."""
        return self.color(tuple(1 - amount * (1 - c) for c in rgb))  # type: ignore[arg-type]

    def on(self, background: tuple[float, float, float]) -> Color:
        """Dark text or white text, whichever reads better on ``background``."""
        dark = parse_hex(TEXT)
        assert dark is not None
        white = (1.0, 1.0, 1.0)
        return self.color(white if contrast(white, background) >= contrast(dark, background)
                          else dark)

    @property
    def text(self) -> Color:
        return self.hex(TEXT)

    @property
    def muted(self) -> Color:
        return self.hex(MUTED)

    @property
    def white(self) -> Color:
        return self.hex(WHITE)

    @property
    def registration(self) -> Color:
        """Crop marks print on every plate (all four inks) so each separation shows them."""
        from reportlab.lib.colors import CMYKColor, Color

        return CMYKColor(1, 1, 1, 1) if self.cmyk else Color(0, 0, 0)


def palette(theme: str, primary: str = "", accent: str = "", cmyk: bool = False) -> Palette:
    base = THEMES.get(theme, THEMES[DEFAULT_THEME])
    primary_rgb = parse_hex(primary) or parse_hex(base.primary)
    accent_rgb = parse_hex(accent) or parse_hex(base.accent)
    assert primary_rgb is not None and accent_rgb is not None
    return Palette(primary_rgb, accent_rgb, cmyk)
