"""The flyer's picture or logo: checked, fitted, downsampled and converted for print.

The resolution that matters is the one *at print size*: a 600-pixel logo is sharp on an A5
leaflet and blurred on a banner, so the preflight gets the effective dots per inch of the
image as placed. Images are downsampled to at most 300 dpi as placed (more only makes files
bigger) and, for print shops, converted to CMYK.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, UnidentifiedImageError

from desktop.services.i18n import translate

MAX_DPI = 300.0
MAX_PIXELS = 80_000_000
"""Refuse decompression bombs (a 9,000 × 9,000 photo is still fine)."""


class ImageError(ValueError):
    """An image that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    format: str


def inspect(data: bytes) -> ImageInfo:
    """Pixel size and format of image bytes, or :class:`ImageError` in words."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ImageError(translate("Flyers", "The image is too large ({w} × {h} "
                                           "pixels).").format(w=image.width, h=image.height))
            return ImageInfo(image.width, image.height, str(image.format or ""))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ImageError(translate("Flyers", "This file is not an image that can be printed "
                                   "(use PNG or JPEG).")) from exc


def fit_size(info: ImageInfo, box_w: float, box_h: float) -> tuple[float, float]:
    """Placed size in points that fits the box and keeps the proportions."""
    scale = min(box_w / info.width, box_h / info.height)
    return info.width * scale, info.height * scale


def effective_dpi(info: ImageInfo, placed_w: float, placed_h: float) -> float:
    """Pixels per inch at print size (the lower of the two directions)."""
    if placed_w <= 0 or placed_h <= 0:
        return 0.0
    return min(info.width / (placed_w / 72.0), info.height / (placed_h / 72.0))


@dataclass(frozen=True)
class PreparedImage:
    data: bytes  # JPEG or PNG bytes ready to embed
    has_alpha: bool


def prepare(data: bytes, placed_w: float, placed_h: float, cmyk: bool) -> PreparedImage:
    """Image bytes for the PDF at ≤ 300 dpi as placed, in RGB or CMYK."""
    digest = hashlib.sha1(data).hexdigest()
    return _prepare(digest, data, round(placed_w, 1), round(placed_h, 1), cmyk)


@lru_cache(maxsize=16)
def _prepare(digest: str, data: bytes, placed_w: float, placed_h: float,
             cmyk: bool) -> PreparedImage:
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        image: Image.Image = opened
        max_w = max(1, round(placed_w / 72.0 * MAX_DPI))
        max_h = max(1, round(placed_h / 72.0 * MAX_DPI))
        if image.width > max_w or image.height > max_h:
            image = image.copy()
            image.thumbnail((max_w, max_h), Image.Resampling.LANCZOS)
        has_alpha = image.mode in ("RGBA", "LA", "PA") or (
            image.mode == "P" and "transparency" in image.info)
        if has_alpha:
            rgba = image.convert("RGBA")
            if cmyk:  # print shops want no transparency: flatten on the white card
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                return _encode(flat.convert("CMYK"), False)
            out = io.BytesIO()
            rgba.save(out, format="PNG", optimize=False)
            return PreparedImage(out.getvalue(), True)
        target = image.convert("CMYK" if cmyk else "RGB")
        return _encode(target, False)


def _encode(image: Image.Image, has_alpha: bool) -> PreparedImage:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90, subsampling=0 if image.mode == "CMYK" else 2)
    return PreparedImage(out.getvalue(), has_alpha)
