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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.flyers.preflight import Issue, has_errors, preflight
    from desktop.services.flyers.render import LayoutReport, RenderedFlyer, render_flyer
    from desktop.services.flyers.spec import FlyerSpec, PointEntry

_HOMES = {"Issue": "preflight", "has_errors": "preflight", "preflight": "preflight",
          "LayoutReport": "render", "RenderedFlyer": "render", "render_flyer": "render",
          "FlyerSpec": "spec", "PointEntry": "spec"}
"""Where each name of the package lives: imported on first use, so that reading the labels,
formats or themes (the command line's help does) does not load ReportLab's layout engine."""


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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
