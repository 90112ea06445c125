"""Rendered PDFs read back: page boxes, embedded font subsets, printed contacts, QR, CMYK."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image

from desktop.services.flyers.labels import LANGUAGES, default_texts
from desktop.services.flyers.render import render_flyer
from desktop.services.flyers.spec import FlyerSpec, format_phone
from desktop.services.flyers.templates import MM, TEMPLATES
from tests.flyers.conftest import SAMPLE_POINTS, pdf_text, rasterize, squash

URL = "https://diaspora.gov.md/inscriere"


def spec(language: str = "en", template: str = "a4", **extra: object) -> FlyerSpec:
    texts = default_texts(language, "Cahul")
    values: dict[str, object] = dict(
        template=template, language=language, headline=texts.headline, body=texts.body,
        call_to_action=texts.call_to_action, url=URL, region_code="MD-CA", region_name="Cahul",
        help_office="Biroul de asistență Cahul", points=SAMPLE_POINTS, campaign_code="K7W3QA")
    values.update(extra)
    return FlyerSpec(**values)  # type: ignore[arg-type]


def page(pdf: bytes) -> pypdf.PageObject:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0]


def box(rect: pypdf.generic.RectangleObject) -> tuple[float, ...]:
    return tuple(round(float(v), 2) for v in (rect.left, rect.bottom, rect.right, rect.top))


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_page_size_is_the_trim_size_without_print_options(template: str) -> None:
    t = TEMPLATES[template]
    p = page(render_flyer(spec(template=template)).pdf)
    expected = (0.0, 0.0, round(t.width_mm * MM, 2), round(t.height_mm * MM, 2))
    assert box(p.mediabox) == expected
    assert box(p.trimbox) == expected
    assert box(p.bleedbox) == expected


def test_a4_is_595_by_842_points_and_letter_is_612_by_792() -> None:
    assert box(page(render_flyer(spec(template="a4")).pdf).mediabox) == (0, 0, 595.28, 841.89)
    assert box(page(render_flyer(spec(template="letter")).pdf).mediabox) == (0, 0, 612.0, 792.0)


def test_bleed_grows_the_page_by_3_mm_and_sets_the_boxes() -> None:
    p = page(render_flyer(spec(template="a5", bleed=True)).pdf)
    b = 3 * MM
    w, h = 148 * MM, 210 * MM
    assert box(p.mediabox) == box(pypdf.generic.RectangleObject((0, 0, w + 2 * b, h + 2 * b)))
    assert box(p.trimbox) == box(pypdf.generic.RectangleObject((b, b, b + w, b + h)))
    assert box(p.bleedbox) == box(p.mediabox)


def test_crop_marks_need_a_larger_page_than_the_bleed_box() -> None:
    p = page(render_flyer(spec(bleed=True, crop_marks=True)).pdf)
    media, bleed, trim = box(p.mediabox), box(p.bleedbox), box(p.trimbox)
    assert media[0] < bleed[0] < trim[0] and media[2] > bleed[2] > trim[2]
    assert round(trim[0] - bleed[0], 2) == round(3 * MM, 2)
    assert round(trim[2] - trim[0], 2) == round(210 * MM, 2)


def test_background_runs_into_the_bleed_and_marks_sit_outside(tmp_path: Path) -> None:
    image = rasterize(render_flyer(spec(bleed=True, crop_marks=True)).pdf, tmp_path, dpi=100)
    px_per_mm = 100 / 25.4
    margin_mm = (float(page(render_flyer(spec(bleed=True, crop_marks=True)).pdf).trimbox.left)
                 / MM)
    # 1.5 mm outside the trim line, at the top: still the header's blue (bleed, not white).
    x = int((margin_mm + 50) * px_per_mm)
    y = int((margin_mm - 1.5) * px_per_mm)
    r, g, b = image.convert("RGB").getpixel((x, y))  # type: ignore[misc]
    assert b > 100 and r < 80, (r, g, b)
    # Beyond the bleed (5 mm out) the slug is white apart from the marks.
    y_out = int((margin_mm - 5) * px_per_mm)
    assert image.convert("RGB").getpixel((x, y_out)) == (255, 255, 255)
    # A crop mark: on the trim line's extension, in the slug.
    mark_x = int(margin_mm * px_per_mm)
    column = [image.convert("L").getpixel((mark_x + dx, y_out)) for dx in (-1, 0, 1)]
    assert min(column) < 128  # type: ignore[type-var]


@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded_subsets(language: str) -> None:
    p = page(render_flyer(spec(language=language)).pdf)
    fonts = p["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the outlines travel with the PDF
        base = str(font["/BaseFont"])
        prefix, _, family = base.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper(), base  # subset tag
        names.add(family)
    assert "NotoSans-Bold" in names or "NotoSansArabic-Bold" in names
    if language == "ar":
        assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= names
        assert "NotoSans-Regular" in names  # the Latin names and e-mail addresses
    assert not any("Helvetica" in name for name in names)


@pytest.mark.parametrize("language", ["en", "ro", "ar"])
def test_focal_points_names_and_phones_can_be_read_back(language: str) -> None:
    text = squash(pdf_text(render_flyer(spec(language=language)).pdf))
    for point in SAMPLE_POINTS:
        assert squash(format_phone(point.phone)) in text, point.phone
        if language != "ar" and not any("\u0600" <= c <= "\u06ff" for c in point.name):
            assert squash(point.name) in text, point.name
    assert format_phone("+37329922345") == "+373 299 22 345"


def test_qr_code_decodes_back_to_the_url(tmp_path: Path) -> None:
    image = rasterize(render_flyer(spec()).pdf, tmp_path, dpi=150)
    results = zxingcpp.read_barcodes(image)
    # The QR code opens the registration form with the flyer's campaign code and language.
    assert [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode] == [
        URL.rstrip("/") + "/register?c=K7W3QA&lang=en"]


@pytest.mark.parametrize("template", ["a5", "banner"])
def test_qr_code_decodes_on_the_smallest_and_largest_formats(template: str,
                                                            tmp_path: Path) -> None:
    dpi = 150 if template == "a5" else 12
    image = rasterize(render_flyer(spec(template=template, language="ru", cmyk=True)).pdf,
                      tmp_path, dpi=dpi)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [
        URL.rstrip("/") + "/register?c=K7W3QA&lang=ru"]


def test_arabic_layout_is_mirrored(tmp_path: Path) -> None:
    def qr_x(language: str) -> float:
        image = rasterize(render_flyer(spec(language=language)).pdf, tmp_path, 100, language)
        (result,) = zxingcpp.read_barcodes(image)
        return (result.position.top_left.x + result.position.top_right.x) / 2 / image.width

    assert qr_x("en") > 0.6  # QR code on the right for left-to-right languages …
    assert qr_x("ar") < 0.4  # … and on the left in Arabic.


def test_arabic_headline_is_right_aligned(tmp_path: Path) -> None:
    def ink_columns(language: str) -> tuple[float, float]:
        pdf = render_flyer(spec(language=language, headline="ابقوا على تواصل"
                                if language == "ar" else "Stay in touch")).pdf
        image = rasterize(pdf, tmp_path, 60, f"h-{language}").convert("L")
        band = image.crop((0, int(image.height * 0.07), image.width, int(image.height * 0.15)))
        # White ink of the headline on the blue band (the page's last pixel column is blank).
        white = [x for x in range(2, band.width - 2)
                 if any(band.getpixel((x, y)) > 200  # type: ignore[operator]
                        for y in range(band.height))]
        return min(white) / image.width, max(white) / image.width

    left_en, right_en = ink_columns("en")
    left_ar, right_ar = ink_columns("ar")
    assert left_en < 0.12 and right_en < 0.8
    assert right_ar > 0.88 and left_ar > 0.2


def test_cmyk_option_prints_only_cmyk_colours_and_images() -> None:
    png = io.BytesIO()
    Image.new("RGB", (900, 600), (200, 40, 40)).save(png, "PNG")
    rendered = render_flyer(spec(cmyk=True, image=png.getvalue()))
    p = page(rendered.pdf)
    content = p.get_contents()
    assert content is not None
    ops = content.get_data().decode("latin-1")
    assert " k\n" in ops or " k " in ops
    assert " rg" not in ops and " RG" not in ops
    xobjects = p["/Resources"]["/XObject"]
    spaces = {str(x.get_object()["/ColorSpace"]) for x in xobjects.values()}
    assert spaces == {"/DeviceCMYK"}
    rgb = page(render_flyer(spec(image=png.getvalue())).pdf)
    rgb_content = rgb.get_contents()
    assert rgb_content is not None and " rg" in rgb_content.get_data().decode("latin-1")


def test_every_template_and_language_renders_without_overflow() -> None:
    for template in TEMPLATES:
        for language in LANGUAGES:
            report = render_flyer(spec(language=language, template=template)).report
            assert all(b.overflow_lines == 0 for b in report.blocks.values()), \
                (template, language, report.blocks)
            assert report.points_printed == len(SAMPLE_POINTS), (template, language)
