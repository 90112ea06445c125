"""The office's letterhead and contact line, as printed on letters, reports and flyers.

Built from the :class:`~desktop.services.office_profile.OfficeProfile` set in Settings; what is
not filled in is left out, and an empty profile prints only the bureau's name as before.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from desktop.services.flyers.spec import format_phone
from desktop.services.office_profile import OfficeProfile
from desktop.services.report_pdf import Styles, paragraph

LOGO_HEIGHT_MM = 16.0


def contact_line(profile: OfficeProfile, separator: str = " · ") -> str:
    """Phone (in international format) and e-mail on one line; "" when neither is set."""
    return separator.join(p for p in (format_phone(profile.phone), profile.email.strip()) if p)


def logo_flowable(profile: OfficeProfile, height_mm: float = LOGO_HEIGHT_MM) -> Flowable | None:
    """The office logo at ``height_mm``, or None when there is none or it cannot be read."""
    path = Path(profile.logo_path) if profile.logo_path else None
    if path is None or not path.is_file():
        return None
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return None
    if not width or not height:
        return None
    target_h = height_mm * mm
    return Image(str(path), width=target_h * width / height, height=target_h)


def letterhead(profile: OfficeProfile, fallback_name: str, st: Styles, *,
               rtl: bool = False, width: float = 0.0) -> list[Flowable]:
    """Logo, office name and contact lines at the top of a letter or report."""
    name = profile.name.strip() or fallback_name
    lines: list[Flowable] = [paragraph(name, st.heading, rtl=rtl, bold=True)]
    for text in (profile.address.strip(), contact_line(profile)):
        if text:
            lines.append(paragraph(text, st.small, rtl=rtl))
    logo = logo_flowable(profile)
    if logo is None or width <= 0:
        return [*lines, Spacer(1, 3 * mm)]
    logo_w = float(logo.drawWidth) + 4 * mm
    cells = [[lines, logo]] if rtl else [[logo, lines]]
    widths = [width - logo_w, logo_w] if rtl else [logo_w, width - logo_w]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 3 * mm)]


def signature(profile: OfficeProfile, fallback_name: str, st: Styles, *,
              rtl: bool = False) -> list[Flowable]:
    """Who signs: the signatory (when set) above the office's name."""
    out: list[Flowable] = []
    if profile.signatory.strip():
        out.append(paragraph(profile.signatory.strip(), st.body, rtl=rtl, bold=True))
    out.append(paragraph(profile.name.strip() or fallback_name, st.body, rtl=rtl))
    return out
