"""Lay out and draw one flyer as a PDF with ReportLab.

The page is a vertical stack in trim coordinates: a coloured header band (region, headline,
optional picture), the body text, the call to action, the region's focal points, and a footer
band with the web address and its QR code. Text shrinks to fit down to a minimum size; what
still does not fit is recorded in the :class:`LayoutReport` (with an ellipsis on the page) so
the preflight can say which block overflows. For Arabic the whole layout is mirrored: text
aligned right, picture and QR code on the left, card borders on the right.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.services.flyers import images
from desktop.services.flyers.fonts import FontChain, ensure_font, font_chain
from desktop.services.flyers.labels import RTL_LANGUAGES, label, role_label
from desktop.services.flyers.qr import QUIET_ZONE_MODULES, QrSymbol, draw_symbol, make_symbol
from desktop.services.flyers.spec import FlyerSpec, PointLike, display_url, format_phone
from desktop.services.flyers.templates import (
    CROP_LENGTH_MM,
    CROP_OFFSET_MM,
    MM,
    TEMPLATES,
    PageGeometry,
    Template,
    page_geometry,
)
from desktop.services.flyers.text import (
    AUTO,
    LTR,
    RTL,
    Block,
    draw_block,
    fit,
    to_visual,
)
from desktop.services.flyers.themes import Palette, contrast, palette

ICON_WIDTH = 0.95
"""Contact icons are drawn as small vector shapes this wide (in ems of the contact text), so
they look the same in every script and need no symbol font."""


@dataclass
class BlockReport:
    """How one text block came out: its size, its minimum, and what did not fit."""

    key: str
    size: float
    min_size: float
    overflow_lines: int = 0


@dataclass
class QrReport:
    modules: int
    version: str
    symbol_mm: float
    module_mm: float
    quiet_zone_modules: float


@dataclass
class ImageReport:
    width_px: int
    height_px: int
    placed_w_mm: float
    placed_h_mm: float
    dpi: float


@dataclass
class PrintedText:
    """A text as printed, with the fonts it was printed with (for the glyph check)."""

    block: str
    text: str
    chain: FontChain


@dataclass
class LayoutReport:
    template: str
    language: str
    page_mm: tuple[float, float]
    blocks: dict[str, BlockReport] = field(default_factory=dict)
    qr: QrReport | None = None
    image: ImageReport | None = None
    image_error: str = ""
    points_total: int = 0
    points_printed: int = 0
    texts: list[PrintedText] = field(default_factory=list)
    density: float = 1.0
    card_factor: float = 1.0
    body_comfortable: bool = True


@dataclass
class RenderedFlyer:
    pdf: bytes
    report: LayoutReport


DENSITIES: tuple[float, ...] = (1.0, 0.92, 0.85, 0.78, 0.72)
"""Tried in turn when something does not fit: spacing and preferred type sizes shrink together
(never below the minimum sizes), so a full leaflet stays balanced instead of one block
collapsing."""


def render_flyer(spec: FlyerSpec) -> RenderedFlyer:
    """The PDF bytes of ``spec`` and a report of how its layout came out.

    Densities are tried as layouts only (nothing drawn; text fitting is cached), and the
    first one where everything fits at comfortable sizes wins (on a normal flyer, the first
    one tried); otherwise the best-looking: least overflow first, then a comfortable body,
    then the largest focal-point cards. Only the chosen layout is drawn and written.
    """
    best_density = DENSITIES[0]
    best_score: tuple[float, ...] = ()
    for density in DENSITIES:
        report = _layout(spec, density)
        score = _quality(report)
        if not best_score or score > best_score:
            best_density, best_score = density, score
        if score[0] == 0 and report.body_comfortable and report.card_factor >= 1:
            break
    return _draw(spec, best_density)


def overflow_amount(report: LayoutReport) -> int:
    """Lines left out plus focal points left out (weighted: a missing contact is worse)."""
    lines = sum(block.overflow_lines for block in report.blocks.values())
    return lines + 3 * (report.points_total - report.points_printed)


def _quality(report: LayoutReport) -> tuple[float, ...]:
    return (-overflow_amount(report), float(report.body_comfortable), report.card_factor,
            report.density)


def _new_report(spec: FlyerSpec, template: Template, density: float) -> LayoutReport:
    return LayoutReport(spec.template, spec.language, (template.width_mm, template.height_mm),
                        density=density)


def _layout(spec: FlyerSpec, density: float) -> LayoutReport:
    """How ``spec`` lays out at ``density``, without drawing anything."""
    template = TEMPLATES[spec.template]
    geometry = page_geometry(template, spec.bleed, spec.crop_marks)
    pal = palette(spec.theme, spec.primary_color, spec.accent_color, spec.cmyk)
    report = _new_report(spec, template, density)
    _Painter(None, spec, template, geometry, pal, report, density).paint()
    return report


def _draw(spec: FlyerSpec, density: float) -> RenderedFlyer:
    initial_font = font_chain(False, False).primary
    ensure_font(initial_font)
    template = TEMPLATES[spec.template]
    geometry = page_geometry(template, spec.bleed, spec.crop_marks)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(geometry.media_width, geometry.media_height),
                    initialFontName=initial_font, pageCompression=1)
    canvas.setTitle(spec.document_title or spec.headline or "Flyer")
    canvas.setAuthor("Diaspora Desk")
    canvas.setCreator("Diaspora Desk")
    canvas.setSubject(spec.region_name)
    canvas.setTrimBox(geometry.trim_box)
    canvas.setBleedBox(geometry.bleed_box)
    pal = palette(spec.theme, spec.primary_color, spec.accent_color, spec.cmyk)
    report = _new_report(spec, template, density)
    canvas.saveState()
    canvas.translate(geometry.margin, geometry.margin)
    _Painter(canvas, spec, template, geometry, pal, report, density).paint()
    canvas.restoreState()
    if spec.crop_marks:
        _crop_marks(canvas, geometry, pal)
    canvas.showPage()
    canvas.save()
    return RenderedFlyer(out.getvalue(), report)


def _crop_marks(canvas: Canvas, geometry: PageGeometry, pal: Palette) -> None:
    m = geometry.margin
    x0, y0 = m, m
    x1, y1 = m + geometry.trim_width, m + geometry.trim_height
    offset = max(geometry.bleed, CROP_OFFSET_MM * MM)
    length = CROP_LENGTH_MM * MM
    canvas.saveState()
    canvas.setStrokeColor(pal.registration)
    canvas.setLineWidth(0.25)
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            canvas.line(x + sx * offset, y, x + sx * (offset + length), y)
            canvas.line(x, y + sy * offset, x, y + sy * (offset + length))
    canvas.restoreState()


@dataclass
class _Card:
    name: Block
    details: Block | None
    phone: Block | None
    email: Block | None
    height: float
    sources: dict[str, str]


@dataclass
class _Focal:
    """The focal-point section: heading, cards in columns, or a line when there are none."""

    heading: Block
    heading_text: str
    cards: list[_Card]
    none: Block | None
    columns: int
    col_w: float
    col_gap: float
    row_gap: float
    heading_gap: float

    def rows(self, count: int) -> list[list[_Card]]:
        kept = self.cards[:count]
        return [kept[i:i + self.columns] for i in range(0, len(kept), self.columns)]

    def height(self, count: int) -> float:
        total = self.heading.height + self.heading_gap
        if self.none is not None:
            return total + self.none.height
        rows = self.rows(count)
        total += sum(max(card.height for card in row) for row in rows)
        return total + max(len(rows) - 1, 0) * self.row_gap


class _Painter:
    """One flyer's layout and drawing (trim coordinates, y up; ``ty`` = distance from top).

    Without a canvas it only lays out (the report is filled in, nothing is drawn)."""

    def __init__(self, canvas: Canvas | None, spec: FlyerSpec, template: Template,
                 geometry: PageGeometry, pal: Palette, report: LayoutReport,
                 density: float = 1.0) -> None:
        self.c = canvas
        self.density = density
        self.spec = spec
        self.t = template
        self.pal = pal
        self.report = report
        self.W = geometry.trim_width
        self.H = geometry.trim_height
        self.bleed = geometry.bleed
        self.s = template.scale
        self.ts = template.type_scale
        self.rtl = spec.language in RTL_LANGUAGES
        self.dir = RTL if self.rtl else LTR
        self.align = "right" if self.rtl else "left"
        self.regular = font_chain(self.rtl, False)
        self.bold = font_chain(self.rtl, True)
        self.margin = 14 * MM * self.s
        self.content_w = self.W - 2 * self.margin

    # -- helpers -------------------------------------------------------------------------
    def mm(self, value: float) -> float:
        """A spacing of the A4 design, scaled to this format and the density."""
        return value * MM * self.s * self.density

    def pt(self, value: float) -> float:
        """A preferred type size of the A4 design, scaled to this format and the density."""
        return value * self.ts * self.density

    def floor(self, value: float) -> float:
        """A minimum type size: never scaled by the density, and on small formats no less than
        90 % of the A4 minimum (a leaflet is still read at arm's length)."""
        return value * max(self.ts, 0.9)

    def left_of(self, start: float, box_w: float) -> float:
        """Page x of a box placed ``start`` from the reading-start edge (mirrored in RTL)."""
        return start if not self.rtl else self.W - start - box_w

    def y(self, ty: float) -> float:
        return self.H - ty

    def record(self, key: str, block: Block, min_size: float, text: str) -> None:
        """Note a printed block: repeated keys (the cards) add up their overflow."""
        previous = self.report.blocks.get(key)
        overflow = block.overflow_lines + (previous.overflow_lines if previous else 0)
        size = min(block.size, previous.size) if previous else block.size
        self.report.blocks[key] = BlockReport(key, size, min_size, overflow)
        self.report.texts.append(PrintedText(key, text, block.chain))

    def fill_rect(self, x: float, y: float, w: float, h: float, color: Color,
                  radius: float = 0.0) -> None:
        if self.c is None:
            return
        self.c.setFillColor(color)
        if radius > 0:
            self.c.roundRect(x, y, w, h, radius, fill=1, stroke=0)
        else:
            self.c.rect(x, y, w, h, fill=1, stroke=0)

    def draw(self, block: Block, start: float, box_w: float, ty: float, color: Color,
             align: str | None = None) -> float:
        """Draw ``block`` in a box at ``start`` from the reading edge; returns its bottom ty."""
        if self.c is not None:
            left = self.left_of(start, box_w)
            self.c.setFillColor(color)
            draw_block(self.c, block, left, left + box_w, self.y(ty), align or self.align)
        return ty + block.height

    # -- the page ------------------------------------------------------------------------
    def paint(self) -> None:
        spec = self.spec
        header_bottom = self.header()
        stripe_h = self.mm(2.4)
        self.fill_rect(-self.bleed, self.y(header_bottom + stripe_h), self.W + 2 * self.bleed,
                       stripe_h, self.pal.accent)
        footer_top = self.footer()
        top = header_bottom + stripe_h + self.mm(10)
        bottom = footer_top - self.mm(8)
        self.middle(top, bottom)
        self.report.points_total = len(spec.points)

    def header(self) -> float:
        """Coloured band with kicker, headline and optional picture; returns its bottom ty."""
        spec = self.spec
        pad_top, pad_bottom = self.mm(13), self.mm(12)
        image_w = 0.0
        info: images.ImageInfo | None = None
        if spec.image:
            try:
                info = images.inspect(spec.image)
            except images.ImageError as exc:
                self.report.image_error = str(exc)
            else:
                image_w = min(0.34 * self.content_w, self.mm(64))
        gap = self.mm(7) if image_w else 0.0
        text_w = self.content_w - image_w - gap

        region = spec.region_name.strip()
        kicker_text = (label(spec.language, "kicker", region=region) if region
                       else label(spec.language, "kicker_national"))
        kicker_min = self.floor(8)
        kicker = fit(kicker_text, self.bold, text_w, self.pt(40), self.pt(11), kicker_min,
                     1.25, self.dir, max_lines=2)
        self.record("kicker", kicker, kicker_min, kicker_text)
        headline_min = self.floor(18)
        headline = fit(spec.headline, self.bold, text_w, 0.2 * self.H, self.pt(40),
                       headline_min, 1.12, self.dir, max_lines=4)
        self.record("headline", headline, headline_min, spec.headline)

        kicker_gap = self.mm(4)
        text_h = kicker.height + kicker_gap + headline.height
        inner_h = max(text_h, self.mm(34) if image_w else 0.0)
        header_h = max(pad_top + inner_h + pad_bottom, 0.18 * self.H * self.density)
        self.fill_rect(-self.bleed, self.y(header_h), self.W + 2 * self.bleed,
                       header_h + self.bleed, self.pal.primary)
        ty = (header_h - text_h) / 2 + self.mm(0.5)
        on_primary = self.pal.on(self.pal.primary_rgb)
        kicker_color = self.pal.accent if _readable(self.pal.accent_rgb, self.pal.primary_rgb) \
            else on_primary
        ty = self.draw(kicker, self.margin, text_w, ty, kicker_color)
        self.draw(headline, self.margin, text_w, ty + kicker_gap, on_primary)
        if image_w and info is not None and spec.image:
            card_h = header_h - pad_top - pad_bottom
            self.picture(spec.image, info, self.margin + text_w + gap, pad_top, image_w, card_h)
        return header_h

    def picture(self, data: bytes, info: images.ImageInfo, start: float, ty: float,
                box_w: float, box_h: float) -> None:
        pad = self.mm(2.5)
        inner_w, inner_h = box_w - 2 * pad, box_h - 2 * pad
        placed_w, placed_h = images.fit_size(info, inner_w, inner_h)
        card_w, card_h = placed_w + 2 * pad, placed_h + 2 * pad
        # The card hugs the picture, aligned to the reading-end edge and centred vertically.
        card_start = start + box_w - card_w
        card_ty = ty + (box_h - card_h) / 2
        left = self.left_of(card_start, card_w)
        self.fill_rect(left, self.y(card_ty + card_h), card_w, card_h, self.pal.white,
                       radius=self.mm(1.6))
        self.report.image = ImageReport(info.width, info.height, placed_w / MM, placed_h / MM,
                                        images.effective_dpi(info, placed_w, placed_h))
        if self.c is None:
            return
        prepared = images.prepare(data, placed_w, placed_h, self.spec.cmyk)
        self.c.drawImage(ImageReader(io.BytesIO(prepared.data)), left + pad,
                         self.y(card_ty + pad + placed_h), placed_w, placed_h,
                         mask="auto" if prepared.has_alpha else None)

    def footer(self) -> float:
        """Band with the web address and QR code (and help office); returns its top ty."""
        spec = self.spec
        reserve = self.t.bottom_reserve_mm * MM
        pad = self.mm(7)
        qr_tile = self.t.qr_mm * MM
        url = spec.url.strip()
        footer_h = qr_tile + 2 * pad
        footer_top = self.H - reserve - footer_h
        self.fill_rect(-self.bleed, -self.bleed, self.W + 2 * self.bleed,
                       reserve + footer_h + self.bleed, self.pal.primary)
        on_primary = self.pal.on(self.pal.primary_rgb)
        gap = self.mm(8)
        text_w = self.content_w - (qr_tile + gap if url else 0.0)
        if url:
            self.qr_code(spec.qr_target, self.margin + text_w + gap, footer_top + pad, qr_tile)

        blocks: list[tuple[Block, Color, float]] = []
        if url:
            scan_text = label(spec.language, "scan")
            scan_min = self.floor(8)
            scan = fit(scan_text, self.bold, text_w, self.pt(30), self.pt(12), scan_min, 1.2,
                       self.dir, max_lines=2)
            self.record("scan", scan, scan_min, scan_text)
            shown = display_url(url)
            url_min = self.floor(10)
            url_block = fit(shown, self.bold, text_w, self.pt(60), self.pt(22), url_min, 1.15,
                            LTR, max_lines=2)
            self.record("url", url_block, url_min, shown)
            kicker_color = self.pal.accent if _readable(self.pal.accent_rgb,
                                                        self.pal.primary_rgb) else on_primary
            blocks += [(scan, kicker_color, self.mm(2.5)), (url_block, on_primary, 0.0)]
        office_parts = []
        if spec.help_office.strip():
            office_parts.append(label(spec.language, "help_office",
                                      name=spec.help_office.strip()))
        if spec.office_contact.strip():
            office_parts.append(spec.office_contact.strip())
        if office_parts:
            office_text = " · ".join(office_parts)
            office_min = self.floor(7.5)
            office = fit(office_text, self.regular, text_w, self.pt(40), self.pt(10.5),
                         office_min, 1.25, self.dir, max_lines=2)
            self.record("help_office", office, office_min, office_text)
            if blocks:
                blocks[-1] = (blocks[-1][0], blocks[-1][1], self.mm(4))
            blocks.append((office, on_primary, 0.0))
        total = sum(b.height + g for b, _c, g in blocks)
        ty = footer_top + (footer_h - total) / 2
        for block, color, after in blocks:
            ty = self.draw(block, self.margin, text_w, ty, color) + after
        return footer_top

    def qr_code(self, url: str, start: float, ty: float, tile: float) -> None:
        symbol: QrSymbol = make_symbol(url)
        quiet = QUIET_ZONE_MODULES
        module = tile / (symbol.modules + 2 * quiet)
        left = self.left_of(start, tile)
        bottom = self.y(ty + tile)
        self.fill_rect(left, bottom, tile, tile, self.pal.white, radius=min(self.mm(1.5),
                                                                            module * 2))
        symbol_size = module * symbol.modules
        sx, sy = left + quiet * module, bottom + quiet * module
        dark = CMYKColor(0, 0, 0, 1) if self.spec.cmyk else Color(0, 0, 0)
        if self.c is not None:
            draw_symbol(self.c, symbol, sx, sy, symbol_size, dark)
        # The light margin actually available: to the tile's edge, or to the page's edge.
        margin_pt = min(sx - left, left + tile - (sx + symbol_size), sy - bottom,
                        bottom + tile - (sy + symbol_size), sx, self.W - sx - symbol_size)
        self.report.qr = QrReport(symbol.modules, symbol.version, symbol_size / MM, module / MM,
                                  round(margin_pt / module, 6))  # no float dust

    # -- middle: body, call to action, focal points ----------------------------------------
    def middle(self, top: float, bottom: float) -> None:
        spec = self.spec
        avail = bottom - top
        gap = self.mm(7)
        cta_pad_v, cta_pad_h = self.mm(4.5), self.mm(6)
        cta_text = spec.call_to_action.strip()
        cta: Block | None = None
        cta_h = 0.0
        if cta_text:
            cta_min = self.floor(11)
            cta = fit(cta_text, self.bold, self.content_w - 2 * cta_pad_h, self.pt(80),
                      self.pt(18), cta_min, 1.2, self.dir, max_lines=3)
            self.record("call_to_action", cta, cta_min, cta_text)
            cta_h = cta.height + 2 * cta_pad_v
        fixed = (cta_h + gap if cta is not None else 0.0) + gap

        # Easy-to-read comes first: the focal-point cards shrink (to 85 %) before the body goes
        # below its comfortable size, and further (to 75 %) before the body overflows.
        body_min, body_comfort, body_max = self.floor(10.5), self.floor(13.5), self.pt(18)
        body_text = spec.body.strip()
        factor = 1.0
        while True:
            focal = self.focal_layout(factor)
            space = max(avail - fixed - focal.height(len(focal.cards)), 0.0)
            body = fit(body_text, self.regular, self.content_w, space, body_max, body_min,
                       1.42, self.dir) if body_text else None
            if body is None or factor <= 0.76:
                break
            if not body.overflows and (body.size >= body_comfort - 0.01 or factor <= 0.86):
                break
            factor -= 0.05
        # Cards that cannot fit even at the smallest size are left out (and reported), but
        # never so many that the body has no room: it keeps up to 40 % of the space.
        count = len(focal.cards)
        if body is not None and body.overflows:
            whole = fit(body_text, self.regular, self.content_w, 1e9, body_min, body_min,
                        1.42, self.dir)
            reserve = min(whole.height, 0.4 * (avail - fixed))
        else:
            reserve = body.height if body is not None else 0.0
        while count > 0 and focal.height(count) > avail - fixed - reserve + 0.01:
            count -= 1
        if body is not None and body.overflows:
            space = max(avail - fixed - focal.height(count), 0.0)
            body = fit(body_text, self.regular, self.content_w, space, body_max, body_min,
                       1.42, self.dir)
        if body is not None:
            self.record("body", body, body_min, body_text)
            self.report.body_comfortable = body.size >= body_comfort - 0.01
        self.report.card_factor = factor

        # Space left over is shared out (a quarter above the body, a fifth between body and
        # call to action, the rest above the focal points) so a short text does not leave one
        # big hole; small leftovers stay where they are.
        used = (body.height if body is not None else 0.0) + fixed + focal.height(count)
        leftover = max(avail - used, 0.0)
        share = leftover if leftover > 0.12 * avail else 0.0
        ty = top + 0.25 * share
        if body is not None:
            ty = self.draw(body, self.margin, self.content_w, ty, self.pal.text) + gap
            ty += 0.2 * share
        if cta is not None:
            left = self.left_of(self.margin, self.content_w)
            self.fill_rect(left, self.y(ty + cta_h), self.content_w, cta_h, self.pal.accent,
                           radius=self.mm(2))
            self.draw(cta, self.margin + cta_pad_h, self.content_w - 2 * cta_pad_h,
                      ty + cta_pad_v, self.pal.on(self.pal.accent_rgb))
        self.draw_focal(focal, count, bottom)

    def focal_layout(self, factor: float) -> _Focal:
        """The focal-point section at ``factor`` × the design sizes."""
        spec = self.spec
        heading_text = label(spec.language, "focal_heading")
        heading = fit(heading_text, self.bold, self.content_w, self.pt(50), self.pt(15),
                      self.floor(10), 1.2, self.dir, max_lines=2)
        columns = self.t.focal_columns
        col_gap = self.mm(5)
        col_w = (self.content_w - (columns - 1) * col_gap) / columns
        inner_w = col_w - self.mm(1.3) - 2 * self.mm(3.5)
        cards = [self.card(point, inner_w, factor) for point in spec.points]
        none: Block | None = None
        if not cards:
            none_text = label(spec.language, "focal_none")
            none = fit(none_text, self.regular, self.content_w, self.pt(60), self.pt(11),
                       self.floor(8), 1.3, self.dir, max_lines=3)
        return _Focal(heading, heading_text, cards, none, columns, col_w, col_gap,
                      self.mm(4), self.mm(4.5))

    def card(self, point: PointLike, inner_w: float, factor: float) -> _Card:
        lang = self.spec.language
        name_min, detail_min, contact_min = self.floor(9), self.floor(8), self.floor(8)
        name_size = max(self.pt(11.5) * factor, name_min)
        detail_size = max(self.pt(9.5) * factor, detail_min)
        contact_size = max(self.pt(9.5) * factor, contact_min)
        name_text = _attr(point, "name")
        name = fit(name_text, self.bold, inner_w, self.pt(60), name_size, name_min, 1.2, AUTO,
                   max_lines=2)
        role = _attr(point, "title") or role_label(lang, _attr(point, "role"))
        detail_text = " · ".join(p for p in (role, _attr(point, "institution")) if p)
        details = fit(detail_text, self.regular, inner_w, self.pt(60), detail_size,
                      detail_min, 1.25, AUTO, max_lines=3) if detail_text else None
        icon_w = ICON_WIDTH * contact_size + self.mm(1.8)
        phone_text = format_phone(_attr(point, "phone"))
        phone = fit(phone_text, self.regular, inner_w - icon_w, self.pt(40), contact_size,
                    contact_min, 1.2, LTR, max_lines=1) if phone_text else None
        email_text = _attr(point, "email")
        email = fit(email_text, self.regular, inner_w - icon_w, self.pt(40), contact_size,
                    contact_min, 1.2, LTR, max_lines=2) if email_text else None
        pad = self.mm(3.5)
        height = pad + name.height + pad
        for block in (details, phone, email):
            if block is not None:
                height += self.mm(1.6) + block.height
        return _Card(name, details, phone, email, height,
                     {"name": name_text, "details": detail_text, "phone": phone_text,
                      "email": email_text})

    def draw_focal(self, focal: _Focal, count: int, bottom: float) -> None:
        """The section, bottom-aligned above the footer, with the first ``count`` cards."""
        ty = bottom - focal.height(count)
        self.record("focal_heading", focal.heading, self.floor(10), focal.heading_text)
        ty = self.draw(focal.heading, self.margin, self.content_w, ty, self.pal.primary)
        left = self.left_of(self.margin, self.content_w)
        rule_h = self.mm(0.35)
        self.fill_rect(left, self.y(ty + self.mm(1.8)), self.content_w, rule_h,
                       self.pal.tint(self.pal.primary_rgb, 0.35))
        ty += focal.heading_gap
        if focal.none is not None:
            none_text = label(self.spec.language, "focal_none")
            self.record("focal_none", focal.none, self.floor(8), none_text)
            self.draw(focal.none, self.margin, self.content_w, ty, self.pal.muted)
        for row in focal.rows(count):
            row_h = max(card.height for card in row)
            for column, card in enumerate(row):
                start = self.margin + column * (focal.col_w + focal.col_gap)
                self.draw_card(card, start, ty, focal.col_w, row_h)
            ty += row_h + focal.row_gap
        self.report.points_printed = count

    def draw_card(self, card: _Card, start: float, ty: float, col_w: float,
                  row_h: float) -> None:
        pal = self.pal
        border = self.mm(1.3)
        pad = self.mm(3.5)
        left = self.left_of(start, col_w)
        self.fill_rect(left, self.y(ty + row_h), col_w, row_h, pal.tint(pal.primary_rgb, 0.08))
        border_left = left if not self.rtl else left + col_w - border
        self.fill_rect(border_left, self.y(ty + row_h), border, row_h, pal.primary)
        inner_start = start + border + pad
        inner_w = col_w - border - 2 * pad
        self.record("focal_points", card.name, self.floor(9), card.sources["name"])
        y = self.draw(card.name, inner_start, inner_w, ty + pad, pal.text)
        if card.details is not None:
            self.record("focal_points", card.details, self.floor(8),
                        card.sources["details"])
            y = self.draw(card.details, inner_start, inner_w, y + self.mm(1.6), pal.muted)
        for block, key in ((card.phone, "phone"), (card.email, "email")):
            if block is None:
                continue
            y += self.mm(1.6)
            size = block.size
            icon_w = ICON_WIDTH * size
            left = self.left_of(inner_start, icon_w)
            baseline = self.y(y + size * block.metrics.ascent)
            (self.phone_icon if key == "phone" else self.email_icon)(left, baseline, size)
            self.record("focal_points", block, self.floor(8), card.sources[key])
            gap = self.mm(1.8)
            y = self.draw(block, inner_start + icon_w + gap, inner_w - icon_w - gap, y, pal.text)

    def phone_icon(self, left: float, baseline: float, size: float) -> None:
        """A mobile phone: rounded outline with a dot for the button."""
        c = self.c
        if c is None:
            return
        w, h = 0.56 * size, 0.86 * size
        x = left + (ICON_WIDTH * size - w) / 2
        y = baseline - 0.08 * size
        c.saveState()
        c.setStrokeColor(self.pal.primary)
        c.setFillColor(self.pal.primary)
        c.setLineWidth(0.1 * size)
        c.roundRect(x, y, w, h, 0.12 * size, stroke=1, fill=0)
        c.rect(x, y + h * 0.78, w, 0.05 * size, stroke=0, fill=1)
        c.circle(x + w / 2, y + 0.13 * size, 0.065 * size, stroke=0, fill=1)
        c.restoreState()

    def email_icon(self, left: float, baseline: float, size: float) -> None:
        """An envelope: outline and the flap's V."""
        c = self.c
        if c is None:
            return
        w, h = 0.9 * size, 0.62 * size
        x = left + (ICON_WIDTH * size - w) / 2
        y = baseline - 0.02 * size
        c.saveState()
        c.setStrokeColor(self.pal.primary)
        c.setLineWidth(0.095 * size)
        c.setLineJoin(1)
        c.rect(x, y, w, h, stroke=1, fill=0)
        path = c.beginPath()
        path.moveTo(x, y + h)
        path.lineTo(x + w / 2, y + h * 0.42)
        path.lineTo(x + w, y + h)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def _attr(point: PointLike, name: str) -> str:
    value = getattr(point, name, "")
    return str(value).strip() if value else ""


def _readable(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> bool:
    return contrast(fg, bg) >= 3.0


def visual_lines(block: Block) -> list[str]:
    """The block's lines in display order, as they appear on paper (for tests and checks)."""
    return [to_visual(line, block.direction) for line in block.lines]
