"""Preflight: the problems it must catch, and a clean default flyer that it must not flag."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image

from desktop.services.flyers.labels import LANGUAGES
from desktop.services.flyers.preflight import ERROR, WARNING, Issue, preflight
from desktop.services.flyers.render import QrReport, render_flyer
from desktop.services.flyers.spec import FlyerSpec, PointEntry
from desktop.services.flyers.templates import TEMPLATES
from tests.flyers.test_render import spec


def check(flyer: FlyerSpec) -> list[Issue]:
    return preflight(flyer, render_flyer(flyer).report)


def codes(issues: list[Issue]) -> set[str]:
    return {issue.code for issue in issues}


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 80, 140)).save(out, "PNG")
    return out.getvalue()


def test_default_flyers_are_clean_in_every_language_and_format() -> None:
    for template in TEMPLATES:
        for language in LANGUAGES:
            issues = check(spec(language=language, template=template))
            assert issues == [], (template, language, issues)


def test_missing_glyph_is_reported_with_its_block_and_language() -> None:
    issues = check(spec(language="ro", headline="Bine ați venit 漢"))
    (issue,) = [i for i in issues if i.code == "missing_glyphs"]
    assert issue.severity == ERROR and issue.block == "headline"
    assert "Romanian" in issue.message and "U+6F22" in issue.message


def test_missing_glyph_in_a_focal_point_is_reported() -> None:
    points = (PointEntry("李雷", "other", "", "", "", "+37322000000"),)
    issues = check(spec(points=points))
    assert any(i.code == "missing_glyphs" and i.block == "focal_points" for i in issues)


def test_low_resolution_image_is_flagged_with_its_dpi() -> None:
    issues = check(spec(image=png(120, 80)))
    (issue,) = [i for i in issues if i.code == "image_resolution"]
    assert issue.severity == WARNING
    assert "dpi" in issue.message and "120 × 80" in issue.message


def test_sharp_image_is_not_flagged() -> None:
    assert "image_resolution" not in codes(check(spec(image=png(1600, 1200))))


def test_unreadable_image_is_an_error_not_a_crash() -> None:
    issues = check(spec(image=b"not an image at all"))
    assert "image_unreadable" in codes(issues)


def test_text_overflow_names_the_block() -> None:
    long_body = " ".join(["Vă invităm să participați la consultările regionale."] * 80)
    issues = check(spec(template="a5", body=long_body))
    overflow = [i for i in issues if i.code == "overflow"]
    assert [i.block for i in overflow] == ["body"]
    assert "body text" in overflow[0].message and "left out" in overflow[0].message


def test_too_many_focal_points_are_reported_not_silently_dropped() -> None:
    points = tuple(PointEntry(f"Persoana {i}", "technical", "Primăria", "", f"p{i}@x.md",
                              "+37322000000") for i in range(40))
    flyer = spec(template="a5", points=points)
    rendered = render_flyer(flyer)
    assert rendered.report.points_printed < 40
    issues = preflight(flyer, rendered.report)
    assert any(i.code == "points_overflow" and "of 40" in i.message for i in issues)


def test_qr_modules_too_small_for_a_very_long_address() -> None:
    url = "https://diaspora.gov.md/" + "x" * 900
    issues = check(spec(template="a5", url=url))
    assert "qr_module" in codes(issues)


def test_qr_quiet_zone_check_uses_the_measured_margin() -> None:
    flyer = spec()
    report = render_flyer(flyer).report
    assert report.qr is not None and report.qr.quiet_zone_modules >= 4
    squeezed = replace(report, qr=QrReport(29, "3", 30.0, 1.0, quiet_zone_modules=2.0))
    assert "qr_quiet_zone" in codes(preflight(flyer, squeezed))


def test_qr_symbol_too_small_for_the_viewing_distance() -> None:
    flyer = spec(template="banner")
    report = render_flyer(flyer).report
    small = replace(report, qr=QrReport(29, "3", 120.0, 4.0, 4.0))
    assert "qr_small" in codes(preflight(flyer, small))


def test_missing_url_and_example_url() -> None:
    assert "no_url" in codes(check(spec(url="")))
    assert "example_url" in codes(check(spec(url="https://diaspora.example.org")))


def test_region_without_focal_points_is_a_warning() -> None:
    issues = check(spec(points=()))
    assert [i.code for i in issues] == ["no_points"]
    assert issues[0].severity == WARNING
