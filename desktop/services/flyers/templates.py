"""Paper formats and print geometry: trim size, bleed, crop marks and the PDF page boxes.

Everything is laid out in *trim* coordinates (0,0 = bottom-left corner of the finished sheet).
With bleed, backgrounds run 3 mm past the trim line (drawn larger, never scaled) so a slightly
off cut leaves no white edge; with crop marks the page (MediaBox) grows further to hold the
marks. TrimBox and BleedBox tell the print shop where to cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.i18n import translate

MM = 72.0 / 25.4
"""Points per millimetre."""

BLEED_MM = 3.0
CROP_OFFSET_MM = 3.0  # marks start this far from the trim line, outside the bleed
CROP_LENGTH_MM = 6.0
CROP_SLUG_MM = 2.0  # white margin around the marks


@dataclass(frozen=True)
class Template:
    """A paper format and how big things print on it."""

    key: str
    title: Callable[[], str]
    width_mm: float
    height_mm: float
    type_scale: float
    """Type sizes relative to the A4 design (a banner is read from metres away)."""
    qr_mm: float
    """Width of the QR code's white tile (symbol plus its 4-module quiet zone)."""
    viewing_distance_mm: float
    """How far away people stand when they scan: QR symbol width ≥ distance / 10."""
    focal_columns: int
    bottom_reserve_mm: float = 0.0
    """Kept free of content at the bottom (a roll-up banner's cassette hides it)."""

    @property
    def width(self) -> float:
        return self.width_mm * MM

    @property
    def height(self) -> float:
        return self.height_mm * MM

    @property
    def scale(self) -> float:
        """Geometric scale relative to A4 width (margins, gaps)."""
        return self.width_mm / 210.0


TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template("a5", lambda: translate("FlyerTemplates", "A5 leaflet"), 148.0, 210.0,
                 type_scale=0.8, qr_mm=32.0, viewing_distance_mm=200.0, focal_columns=2),
        Template("a4", lambda: translate("FlyerTemplates", "A4 flyer"), 210.0, 297.0,
                 type_scale=1.0, qr_mm=40.0, viewing_distance_mm=250.0, focal_columns=2),
        Template("letter", lambda: translate("FlyerTemplates", "US Letter flyer"), 215.9, 279.4,
                 type_scale=1.0, qr_mm=40.0, viewing_distance_mm=250.0, focal_columns=2),
        Template("a3", lambda: translate("FlyerTemplates", "A3 poster"), 297.0, 420.0,
                 type_scale=1.38, qr_mm=66.0, viewing_distance_mm=500.0, focal_columns=2),
        Template("banner", lambda: translate("FlyerTemplates", "Roll-up banner 85 × 200 cm"),
                 850.0, 2000.0, type_scale=4.2, qr_mm=300.0, viewing_distance_mm=2000.0,
                 focal_columns=1, bottom_reserve_mm=150.0),
    )
}


@dataclass(frozen=True)
class PageGeometry:
    """Where the trim box sits on the PDF page, in points."""

    trim_width: float
    trim_height: float
    bleed: float  # 0 without bleed
    margin: float  # from the MediaBox edge to the trim line

    @property
    def media_width(self) -> float:
        return self.trim_width + 2 * self.margin

    @property
    def media_height(self) -> float:
        return self.trim_height + 2 * self.margin

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        m = self.margin
        return (m, m, m + self.trim_width, m + self.trim_height)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        m, b = self.margin, self.bleed
        return (m - b, m - b, m + self.trim_width + b, m + self.trim_height + b)


def page_geometry(template: Template, bleed: bool, crop_marks: bool) -> PageGeometry:
    bleed_pt = BLEED_MM * MM if bleed else 0.0
    if crop_marks:
        margin = max(bleed_pt, CROP_OFFSET_MM * MM) + (CROP_LENGTH_MM + CROP_SLUG_MM) * MM
    else:
        margin = bleed_pt
    return PageGeometry(template.width, template.height, bleed_pt, margin)
