"""What a flyer prints, as plain data: the renderer needs no database and no Qt.

Focal points are taken as any objects with ``name``, ``role``, ``institution``, ``title``,
``email`` and ``phone`` attributes: the registry's ``InformationPoint`` fits, and so does
:class:`PointEntry` for tests, benchmarks and previews.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import phonenumbers

from desktop.services.flyers.qr_address import registration_url


class PointLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def institution(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...


@dataclass(frozen=True)
class PointEntry:
    """A focal point as the flyer prints it."""

    name: str
    role: str = ""
    institution: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class FlyerSpec:
    """Everything one PDF is made from."""

    template: str = "a4"
    language: str = "en"
    headline: str = ""
    body: str = ""
    call_to_action: str = ""
    url: str = ""
    region_code: str | None = None
    region_name: str = ""
    help_office: str = ""
    image: bytes | None = None
    theme: str = "blue"
    primary_color: str = ""
    accent_color: str = ""
    bleed: bool = False
    crop_marks: bool = False
    cmyk: bool = False
    points: Sequence[PointLike] = field(default_factory=tuple)
    document_title: str = ""
    campaign_code: str = ""

    office_contact: str = ""
    """The office's name, phone and e-mail from its profile, printed in the footer."""

    @property
    def qr_target(self) -> str:
        """What the QR code encodes: the registration form with this flyer's campaign code
        and language when there is a code, else the web address as typed."""
        return registration_url(self.url, self.campaign_code, self.language)


def format_phone(phone: str) -> str:
    """An E.164 number in international format (+373 22 123 456); anything else as typed."""
    text = phone.strip()
    if not text.startswith("+"):
        return text
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def display_url(url: str) -> str:
    """The address as people type it: no ``https://``, no trailing slash (the QR has it all)."""
    text = url.strip()
    for prefix in ("https://", "http://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    return text.rstrip("/")
