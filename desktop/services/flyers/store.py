"""Saved flyers (a synced record) and turning one into what the renderer prints.

The region's focal points always come from the registry's
:func:`desktop.services.focal_points.information_points` at print time, never from a copy kept
with the flyer: when someone withdraws their consent, the next flyer printed leaves them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from anyascii import anyascii
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Flyer, Region, utcnow
from desktop.services.flyers import images
from desktop.services.flyers.campaigns import new_code
from desktop.services.flyers.labels import DEFAULT_URL, LANGUAGES, default_texts, language_name
from desktop.services.flyers.qr_address import is_valid_code
from desktop.services.flyers.spec import FlyerSpec
from desktop.services.flyers.templates import TEMPLATES
from desktop.services.flyers.themes import DEFAULT_THEME, THEMES, is_valid_hex
from desktop.services.focal_points import information_points
from desktop.services.i18n import translate
from desktop.services.sync_state import sync_states
from desktop.services.validation import FieldError, ValidationError, clean_url

ENTITY = "flyer"
MAX_IMAGE_BYTES = 15 * 1024 * 1024


class FlyerError(ValueError):
    """Nothing was saved; ``errors`` says which fields are wrong and why (in words)."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))


@dataclass
class FlyerValues:
    """The editable fields of a flyer, as the editor and the CLI handle them."""

    name: str = ""
    region_code: str | None = None
    template: str = "a4"
    language: str = "en"
    headline: str = ""
    body: str = ""
    call_to_action: str = ""
    url: str = ""
    image_name: str = ""
    image_data: bytes | None = None
    theme: str = DEFAULT_THEME
    primary_color: str = ""
    accent_color: str = ""
    bleed: bool = False
    crop_marks: bool = False
    cmyk: bool = False
    campaign_code: str = ""
    """Given when the flyer is first saved; the QR code carries it (see campaigns.py)."""


_FIELDS = [f.name for f in fields(FlyerValues) if f.name != "region_code"]


@dataclass(frozen=True)
class FlyerRow:
    """One line of the saved-flyers list."""

    id: str
    name: str
    region_code: str
    region_name: str
    language: str
    template: str
    updated_at: dt.datetime
    sync_state: str


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str
    help_office: str


def list_flyers(session: Session) -> list[FlyerRow]:
    names: dict[str, str] = {
        code: name for code, name in session.execute(select(Region.code, Region.name))}
    states = sync_states(session, ENTITY)
    query = select(Flyer.id, Flyer.name, Flyer.region_code, Flyer.language, Flyer.template,
                   Flyer.updated_at).where(Flyer.deleted_at.is_(None))
    rows = [
        FlyerRow(fid, name, region or "", names.get(region or "", ""), language, template,
                 updated, states.get(fid, "synced"))
        for fid, name, region, language, template, updated in session.execute(query)
    ]
    rows.sort(key=lambda r: r.updated_at, reverse=True)
    return rows


def get_flyer(session: Session, flyer_id: str) -> FlyerValues:
    record = session.get(Flyer, flyer_id)
    if record is None or record.deleted_at is not None:
        raise LookupError(translate(
            "Flyers", "This flyer no longer exists (it may have been deleted)."))
    values = FlyerValues(**{name: getattr(record, name) for name in _FIELDS})
    values.region_code = record.region_code
    return values


def region_info(session: Session, region_code: str | None) -> RegionInfo | None:
    if not region_code:
        return None
    region = session.scalar(select(Region).where(Region.code == region_code))
    if region is None:
        return None
    return RegionInfo(region.code, region.name, region.help_office_name)


def live_regions(session: Session) -> list[RegionInfo]:
    """Regions a flyer can be printed for (not retired), by name."""
    query = select(Region).where(Region.deleted_at.is_(None), Region.retired_at.is_(None))
    regions = [RegionInfo(r.code, r.name, r.help_office_name) for r in session.scalars(query)]
    regions.sort(key=lambda r: (anyascii(r.name).casefold(), r.name))  # Bălți next to Balti
    return regions


def default_url(session: Session) -> str:
    """The address of the most recently saved flyer that has one, else the example address
    (which the preflight flags)."""
    query = (select(Flyer.url).where(Flyer.deleted_at.is_(None), Flyer.url != "")
             .order_by(Flyer.updated_at.desc()).limit(1))
    return session.scalar(query) or DEFAULT_URL


def new_flyer_values(session: Session, language: str = "en", region_code: str | None = None,
                     template: str = "a4") -> FlyerValues:
    """A new flyer with the default texts of ``language`` and the usual web address."""
    region = region_info(session, region_code)
    texts = default_texts(language, region.name if region else "")
    return FlyerValues(region_code=region.code if region else None, template=template,
                       language=language, headline=texts.headline, body=texts.body,
                       call_to_action=texts.call_to_action, url=default_url(session))


def suggested_name(values: FlyerValues, region_name: str) -> str:
    template = TEMPLATES.get(values.template)
    parts = [region_name or translate("Flyers", "National"), language_name(values.language),
             template.title() if template else values.template]
    return " · ".join(parts)


def validate(session: Session, values: FlyerValues) -> tuple[FlyerValues, list[FieldError]]:
    """Cleaned values and the problems found (the same rules for the editor and the CLI)."""
    errors: list[FieldError] = []
    cleaned = replace(values)
    if values.template not in TEMPLATES:
        errors.append(FieldError("template", translate(
            "Flyers", "Unknown format {value}; choose one of "
                                                "{choices}.").format(
            value=values.template, choices=", ".join(TEMPLATES))))
    if values.language not in LANGUAGES:
        errors.append(FieldError("language", translate(
            "Flyers", "Unknown language {value}; choose one of "
                                                "{choices}.").format(
            value=values.language, choices=", ".join(LANGUAGES))))
    if values.region_code:
        code = values.region_code.strip().upper()
        if region_info(session, code) is None:
            errors.append(FieldError("region_code", translate(
                "Flyers", "Unknown region {value}.").format(
                value=values.region_code)))
        cleaned.region_code = code
    else:
        cleaned.region_code = None
    try:
        cleaned.url = clean_url(values.url)
    except ValidationError as exc:
        errors.append(FieldError("url", str(exc)))
    if values.theme not in THEMES:
        errors.append(FieldError("theme", translate(
            "Flyers", "Unknown colour theme {value}.").format(
            value=values.theme)))
    for key in ("primary_color", "accent_color"):
        value = getattr(values, key).strip()
        if value and not is_valid_hex(value):
            errors.append(FieldError(key, translate("Flyers", "A colour is written like #1D4E89.")))
        elif value:
            value = "#" + value.lstrip("#").upper()
        setattr(cleaned, key, value)
    if values.image_data:
        if len(values.image_data) > MAX_IMAGE_BYTES:
            errors.append(FieldError("image_data", translate(
                "Flyers", "The picture is larger than 15 MB; use a "
                                                      "smaller file.")))
        else:
            try:
                images.inspect(values.image_data)
            except images.ImageError as exc:
                errors.append(FieldError("image_data", str(exc)))
    else:
        cleaned.image_data = None
        cleaned.image_name = ""
    cleaned.campaign_code = values.campaign_code.strip().upper()
    if cleaned.campaign_code and not is_valid_code(cleaned.campaign_code):
        errors.append(FieldError("campaign_code", translate(
            "Flyers", "A campaign code has 4 to 12 letters and digits.")))
    for key, limit in (("name", 200), ("image_name", 200), ("url", 500)):
        if len(getattr(cleaned, key)) > limit:
            errors.append(FieldError(key, translate(
                "Flyers", "At most {limit} characters.").format(limit=limit)))
    if not cleaned.name.strip():
        region = region_info(session, cleaned.region_code)
        cleaned.name = suggested_name(cleaned, region.name if region else "")
    cleaned.name = cleaned.name.strip()
    return cleaned, errors


def save_flyer(session: Session, values: FlyerValues, flyer_id: str | None = None) -> str:
    """Create (``flyer_id`` None) or update a flyer; nothing is saved if a field is wrong."""
    cleaned, errors = validate(session, values)
    if errors:
        raise FlyerError(errors)
    if flyer_id is None:
        record = Flyer()
        session.add(record)
    else:
        found = session.get(Flyer, flyer_id)
        if found is None or found.deleted_at is not None:
            raise LookupError(translate(
                "Flyers", "This flyer no longer exists (it may have been deleted)."))
        record = found
        record.updated_at = utcnow()
    taken = session.scalar(select(Flyer.id).where(
        Flyer.campaign_code == cleaned.campaign_code, Flyer.id != record.id)) \
        if cleaned.campaign_code else None
    if not cleaned.campaign_code or taken is not None:
        # A new flyer, or a copy of another one: its own code, so each is counted apart.
        cleaned.campaign_code = new_code(session)
    for name in _FIELDS:
        setattr(record, name, getattr(cleaned, name))
    record.region_code = cleaned.region_code
    session.flush()
    return record.id


def delete_flyer(session: Session, flyer_id: str) -> None:
    """Soft delete (sync carries the tombstone); :func:`restore_flyer` undoes it."""
    record = session.get(Flyer, flyer_id)
    if record is not None and record.deleted_at is None:
        now = utcnow()
        record.deleted_at = now
        record.updated_at = now


def restore_flyer(session: Session, flyer_id: str) -> None:
    record = session.get(Flyer, flyer_id)
    if record is not None and record.deleted_at is not None:
        record.deleted_at = None
        record.updated_at = utcnow()


def build_spec(session: Session, values: FlyerValues, on: dt.date | None = None) -> FlyerSpec:
    """What to print for ``values`` today: the region's name, help office and its current
    information points (active, listed, with consent) straight from the registry."""
    region = region_info(session, values.region_code)
    points = tuple(information_points(session, region.code, on)) if region else ()
    return spec_from_values(values, region, points, office_contact(session))


def office_contact(session: Session) -> str:
    """The footer's contact line from the office profile: name, phone, e-mail ("" if unset)."""
    from desktop.services.letterhead import contact_line
    from desktop.services.office_profile import load_office_profile

    profile = load_office_profile(session)
    return " · ".join(p for p in (profile.name.strip(), contact_line(profile)) if p)


def spec_from_values(values: FlyerValues, region: RegionInfo | None,
                     points: tuple[Any, ...] = (), contact: str = "") -> FlyerSpec:
    return FlyerSpec(
        template=values.template, language=values.language, headline=values.headline,
        body=values.body, call_to_action=values.call_to_action, url=values.url.strip(),
        region_code=region.code if region else None,
        region_name=region.name if region else "",
        help_office=region.help_office if region else "",
        image=values.image_data or None, theme=values.theme,
        primary_color=values.primary_color, accent_color=values.accent_color,
        bleed=values.bleed, crop_marks=values.crop_marks, cmyk=values.cmyk, points=points,
        document_title=values.name or values.headline, campaign_code=values.campaign_code,
        office_contact=contact,
    )


def values_from_mapping(data: Mapping[str, Any]) -> FlyerValues:
    """FlyerValues from a plain mapping (unknown keys ignored)."""
    known = {f.name for f in fields(FlyerValues)}
    return FlyerValues(**{k: v for k, v in data.items() if k in known})
