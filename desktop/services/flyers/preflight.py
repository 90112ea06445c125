"""Checks before a flyer goes to the printer, in words an office worker can act on.

Errors make a flyer unusable (characters that would print as "?", text left out, a QR code a
phone cannot read); warnings are worth a look (a blurred picture, the example web address).

QR thresholds, and why:

* **Module size ≥ 0.5 mm.** A phone camera resolves much finer detail, but office laser and
  inkjet printers spread toner/ink by about 0.1 mm on each edge and cheap paper blurs more;
  below ~0.4 mm modules start to merge and scanning gets unreliable. 0.5 mm keeps a margin.
* **Symbol at least 1/10 of the scanning distance** (the usual 10:1 rule of thumb for phone
  scanning): 2.5 cm for a flyer in the hand, 5 cm for a poster, 20 cm for a banner read from 2 m.
* **Quiet zone of 4 modules** (ISO/IEC 18004): without that light margin the finder patterns
  merge with whatever surrounds the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.flyers.fonts import describe_characters, missing_characters
from desktop.services.flyers.labels import DEFAULT_URL, language_name
from desktop.services.flyers.qr import QUIET_ZONE_MODULES
from desktop.services.flyers.qr_address import is_valid_code, is_web_address
from desktop.services.flyers.render import LayoutReport
from desktop.services.flyers.spec import FlyerSpec
from desktop.services.flyers.templates import TEMPLATES
from desktop.services.flyers.text import prepare
from desktop.services.i18n import translate

ERROR = "error"
WARNING = "warning"

MIN_MODULE_MM = 0.5
MIN_IMAGE_DPI = 150.0
SCAN_DISTANCE_RATIO = 10.0


@dataclass(frozen=True)
class Issue:
    """One preflight finding; ``block`` names the part of the flyer it is about."""

    severity: str
    code: str
    block: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def block_names() -> dict[str, str]:
    return {
        "kicker": translate("Flyers", "region line"),
        "headline": translate("Flyers", "headline"),
        "body": translate("Flyers", "body text"),
        "call_to_action": translate("Flyers", "call to action"),
        "focal_heading": translate("Flyers", "focal points heading"),
        "focal_points": translate("Flyers", "focal points"),
        "focal_none": translate("Flyers", "focal points note"),
        "scan": translate("Flyers", "QR caption"),
        "url": translate("Flyers", "web address"),
        "help_office": translate("Flyers", "help office line"),
        "image": translate("Flyers", "picture"),
        "qr": translate("Flyers", "QR code"),
    }


def preflight(spec: FlyerSpec, report: LayoutReport) -> list[Issue]:
    """Every problem found in ``spec`` as rendered (``report`` comes from the same render)."""
    issues: list[Issue] = []
    issues += _glyph_issues(spec, report)
    issues += _overflow_issues(report)
    issues += _qr_issues(spec, report)
    issues += _image_issues(report)
    issues += _content_issues(spec, report)
    issues.sort(key=lambda i: (i.severity != ERROR, i.block))
    return issues


def _glyph_issues(spec: FlyerSpec, report: LayoutReport) -> list[Issue]:
    names = block_names()
    missing_by_block: dict[str, list[str]] = {}
    for printed in report.texts:
        shaped = prepare(printed.text)
        for char in missing_characters(shaped, printed.chain):
            chars = missing_by_block.setdefault(printed.block, [])
            if char not in chars:
                chars.append(char)
    issues = []
    language = language_name(spec.language)
    for block, chars in missing_by_block.items():
        issues.append(Issue(ERROR, "missing_glyphs", block, translate(
            "Flyers",
            "{language} flyer, {block}: no font can print {chars}; they would come out as "
            "\"?\". Remove or replace them.").format(
                language=language, block=names.get(block, block),
                chars=describe_characters(chars))))
    return issues


def _overflow_issues(report: LayoutReport) -> list[Issue]:
    names = block_names()
    issues = []
    for block in report.blocks.values():
        if block.overflow_lines <= 0:
            continue
        issues.append(Issue(ERROR, "overflow", block.key, translate(
            "Flyers",
            "The {block} does not fit even at {size} pt: {lines} line(s) are left out (the "
            "printed text ends with \"…\"). Shorten it or choose a larger format.").format(
                block=names.get(block.key, block.key), size=f"{block.min_size:.1f}",
                lines=block.overflow_lines)))
    missing = report.points_total - report.points_printed
    if missing > 0:
        issues.append(Issue(ERROR, "points_overflow", "focal_points", translate(
            "Flyers",
            "{missing} of {total} focal points do not fit on this format and are left out. "
            "Choose a larger format.").format(missing=missing, total=report.points_total)))
    return issues


def _qr_issues(spec: FlyerSpec, report: LayoutReport) -> list[Issue]:
    qr = report.qr
    if qr is None:
        return []
    issues = []
    if qr.module_mm < MIN_MODULE_MM:
        issues.append(Issue(ERROR, "qr_module", "qr", translate(
            "Flyers",
            "The QR code's squares are {size} mm wide; below {minimum} mm phones may not read "
            "it once printed. Use a shorter web address or a larger format.").format(
                size=f"{qr.module_mm:.2f}", minimum=f"{MIN_MODULE_MM:.1f}")))
    template = TEMPLATES[spec.template]
    needed = template.viewing_distance_mm / SCAN_DISTANCE_RATIO
    if qr.symbol_mm + 0.05 < needed:
        issues.append(Issue(ERROR, "qr_small", "qr", translate(
            "Flyers",
            "The QR code is {size} mm wide; people scan this format from about {distance} cm, "
            "which needs at least {needed} mm.").format(
                size=f"{qr.symbol_mm:.0f}", distance=f"{template.viewing_distance_mm / 10:.0f}",
                needed=f"{needed:.0f}")))
    if qr.quiet_zone_modules + 0.01 < QUIET_ZONE_MODULES:
        issues.append(Issue(ERROR, "qr_quiet_zone", "qr", translate(
            "Flyers",
            "The QR code has only {modules} modules of white margin around it; scanners need "
            "{needed}.").format(modules=f"{qr.quiet_zone_modules:.1f}",
                                needed=QUIET_ZONE_MODULES)))
    return issues


def _image_issues(report: LayoutReport) -> list[Issue]:
    if report.image_error:
        return [Issue(ERROR, "image_unreadable", "image", report.image_error)]
    image = report.image
    if image is None or image.dpi >= MIN_IMAGE_DPI:
        return []
    return [Issue(WARNING, "image_resolution", "image", translate(
        "Flyers", "The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below "
        "{minimum} dpi it looks blurred. Use a larger image.").format(
            dpi=f"{image.dpi:.0f}", w=image.width_px, h=image.height_px,
            mw=f"{image.placed_w_mm:.0f}", mh=f"{image.placed_h_mm:.0f}",
            minimum=f"{MIN_IMAGE_DPI:.0f}"))]


def _content_issues(spec: FlyerSpec, report: LayoutReport) -> list[Issue]:
    issues = []
    url = spec.url.strip()
    if not url:
        issues.append(Issue(ERROR, "no_url", "url", translate(
            "Flyers", "There is no web address, so the flyer has no QR code. Type the platform's "
            "address.")))
    elif url.rstrip("/") == DEFAULT_URL:
        issues.append(Issue(WARNING, "example_url", "url", translate(
            "Flyers", "The web address is the example {url}; type your platform's address.").format(
                url=DEFAULT_URL)))
    elif not is_web_address(url):
        issues.append(Issue(ERROR, "qr_url", "url", translate(
            "Flyers", "The web address must start with https:// (or http://) and name a "
            "server, or phones cannot open the registration form.")))
    if url and not spec.campaign_code:
        issues.append(Issue(WARNING, "no_campaign", "url", translate(
            "Flyers", "This flyer has no campaign code yet (it gets one when saved), so "
            "registrations it brings cannot be counted for it.")))
    elif spec.campaign_code and not is_valid_code(spec.campaign_code):
        issues.append(Issue(ERROR, "campaign_code", "url", translate(
            "Flyers", "The campaign code {code} is not valid: use 4 to 12 letters and "
            "digits.").format(code=spec.campaign_code)))
    if not spec.headline.strip():
        issues.append(Issue(WARNING, "no_headline", "headline", translate(
            "Flyers", "The headline is empty.")))
    if spec.region_code and report.points_total == 0:
        issues.append(Issue(WARNING, "no_points", "focal_points", translate(
            "Flyers",
            "No focal point of this region can be printed (none is active, listed on flyers "
            "and with recorded consent to publish). The flyer points people to the help "
            "office instead.")))
    return issues


def has_errors(issues: list[Issue]) -> bool:
    return any(issue.is_error for issue in issues)
