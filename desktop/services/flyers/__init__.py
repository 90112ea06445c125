"""Printable flyers, posters and roll-up banners in six languages (pure Python, no Qt).

- :mod:`.spec` — what one PDF is made from (plain data, no database);
- :mod:`.render` — layout and drawing with ReportLab, plus a report of how it came out;
- :mod:`.preflight` — the checks before printing (glyphs, overflow, QR, picture);
- :mod:`.text` / :mod:`.fonts` — Arabic shaping, bidi, wrapping, shrink-to-fit, font fallback;
- :mod:`.labels` — the fixed printed words in each flyer language and the default texts;
- :mod:`.templates` / :mod:`.themes` — paper formats, bleed and crop marks, colours (RGB/CMYK);
- :mod:`.store` — saved flyers and the region's focal points from the registry;
- :mod:`.batch` — one flyer per region and language into a folder.
"""

from __future__ import annotations

from desktop.services.flyers.preflight import Issue, has_errors, preflight
from desktop.services.flyers.render import LayoutReport, RenderedFlyer, render_flyer
from desktop.services.flyers.spec import FlyerSpec, PointEntry

__all__ = [
    "FlyerSpec",
    "Issue",
    "LayoutReport",
    "PointEntry",
    "RenderedFlyer",
    "has_errors",
    "preflight",
    "render_flyer",
]
