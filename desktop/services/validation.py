"""Validation and cleaning of association and focal-point values, shared by every entry point.

The form, the importer and anything else that writes these records go through the same rules,
so a value that is refused in the form is refused in a CSV too, with the same words. Input is raw
(text typed in a form, a CSV cell, an Excel value) or already typed; output is the dict of ORM
column values plus a list of :class:`FieldError` whose messages are translated and meant for
the user as they are.

The small ``clean_*`` helpers return the cleaned value and raise :class:`ValidationError`
(message for the user) when the input is unusable; empty input is never an error for them
(whether a field is required is the caller's rule).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import phonenumbers

from desktop.models.base import utcnow
from desktop.services import countries
from desktop.services.i18n import translate
from desktop.services.vocabulary import (
    find_engagement_area,
    find_gender,
    find_language,
    find_role,
    find_status,
    fold,
)

CTX = "Validation"

EARLIEST_YEAR = 1800
EXCEL_EPOCH = dt.date(1899, 12, 30)

# Maximum lengths of text columns (they match desktop.models.registry).
ASSOCIATION_LENGTHS: dict[str, int] = {
    "name": 300,
    "acronym": 50,
    "city": 200,
    "registration_number": 100,
    "contact_person": 200,
    "email": 254,
    "phone": 32,
    "website": 500,
}
FOCAL_POINT_LENGTHS: dict[str, int] = {
    "name": 200,
    "institution": 300,
    "title": 200,
    "email": 254,
    "phone": 32,
    "publication_consent_how": 200,
}
NOTES_LENGTH = 20_000
TAG_LENGTH = 80


@dataclass(frozen=True)
class FieldError:
    """A problem with one field; ``message`` is translated and written for the user."""

    field: str
    message: str


class ValidationError(ValueError):
    """Raised by the ``clean_*`` helpers; ``str(error)`` is the user-facing message."""


# --------------------------------------------------------------------------------------------
# Small reusable validators


def text_of(value: Any) -> str:
    """Any input as stripped text (None -> ""); numbers from spreadsheets lose a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_EMAIL_RE = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+"
    r"[a-z\u00a1-\uffff]{2,63}$"
)


def clean_email(value: Any) -> str:
    """Lower-cased address; refused when it cannot be an e-mail address."""
    text = text_of(value)
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    text = text.lower()
    if not text:
        return ""
    if " " in text:
        raise ValidationError(translate("Validation", "An e-mail address cannot contain spaces."))
    if "@" not in text:
        raise ValidationError(
            translate("Validation", "An e-mail address needs an @, like name@example.org.")
        )
    local, _, domain = text.rpartition("@")
    if not local:
        raise ValidationError(translate("Validation", "Something is missing before the @."))
    if "." not in domain:
        raise ValidationError(
            translate(
                "Validation", "The part after the @ needs a dot and an ending, like example.org."
            )
        )
    if len(text) > 254 or not _EMAIL_RE.match(text):
        raise ValidationError(
            translate(
                "Validation",
                "This does not look like an e-mail address; check it, e.g. name@example.org.",
            )
        )
    return text


def clean_phone(value: Any, default_country: str = "") -> str:
    """The number in E.164 (+393471234567); a number without an international prefix is read
    as a number of ``default_country``."""
    text = text_of(value)
    if not text:
        return ""
    if text.startswith("00"):
        text = "+" + text[2:]
    if re.search(r"[^\d\s+\-().\/]", text):
        raise ValidationError(
            translate("Validation", "A phone number can contain only digits, spaces and + - ( ) /.")
        )
    region = default_country.upper() if default_country else None
    if not text.startswith("+") and not region:
        raise ValidationError(
            translate(
                "Validation",
                "Add the international prefix (for example +39 for Italy), or choose the "
                "country first.",
            )
        )
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(translate("Validation", "This is not a phone number.")) from exc
    if not phonenumbers.is_valid_number(number):
        country = phonenumbers.region_code_for_number(number) or region or ""
        if country and country != "ZZ":
            raise ValidationError(
                translate(
                    "Validation",
                    "This is not a valid phone number for {country}; check the digits and the "
                    "prefix.",
                ).format(country=countries.country_name(country))
            )
        raise ValidationError(
            translate(
                "Validation", "This is not a valid phone number; check the digits and the prefix."
            )
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def clean_url(value: Any) -> str:
    """A web address with its scheme (https:// is added when missing)."""
    text = text_of(value)
    if not text:
        return ""
    if " " in text:
        raise ValidationError(translate("Validation", "A web address cannot contain spaces."))
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(
            translate("Validation", "A web address starts with http:// or https://.")
        )
    host = parts.hostname or ""
    if "." not in host or host.startswith(".") or host.endswith("."):
        raise ValidationError(
            translate(
                "Validation",
                "This does not look like a web address; check it, e.g. www.example.org.",
            )
        )
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment)
    )


def clean_int(value: Any, minimum: int | None = 0, maximum: int | None = None) -> int | None:
    """A whole number (spaces and thousands separators allowed); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(translate("Validation", "Enter a whole number."))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(translate("Validation", "Enter a whole number."))
        number = int(value)
    else:
        text = re.sub(r"[\s\u00a0\u202f',]", "", text_of(value))
        if text.endswith(".0"):
            text = text[:-2]
        if not text:
            return None
        if not re.fullmatch(r"[+-]?\d+", text):
            raise ValidationError(
                translate("Validation", "Enter a whole number, using digits only.")
            )
        number = int(text)
    if minimum is not None and number < minimum:
        raise ValidationError(
            translate("Validation", "Enter a number of at least {min}.").format(min=minimum)
        )
    if maximum is not None and number > maximum:
        raise ValidationError(
            translate("Validation", "Enter a number of at most {max}.").format(max=maximum)
        )
    return number


def clean_year(value: Any, today: dt.date | None = None) -> int | None:
    """A four-digit year between 1800 and this year; None when empty."""
    if isinstance(value, dt.date):
        value = value.year
    text = text_of(value)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}(\.0)?", text):
        raise ValidationError(
            translate("Validation", "Enter the year with four digits, like 2004.")
        )
    year = int(text[:4])
    this_year = (today or dt.date.today()).year
    if year < EARLIEST_YEAR:
        raise ValidationError(
            translate("Validation", "The year cannot be before {year}.").format(year=EARLIEST_YEAR)
        )
    if year > this_year:
        raise ValidationError(translate("Validation", "The year cannot be in the future."))
    return year


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%Y/%m/%d",
    "%d.%m.%y",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
)


def clean_date(value: Any) -> dt.date | None:
    """A date from a date, an ISO or day-first text, or an Excel serial number; None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 100_000:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValidationError(translate("Validation", "Enter a date like 2024-03-31."))
    text = text_of(value)
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # an Excel serial kept as text
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        translate("Validation", "Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.")
    )


_TRUE = {"1", "yes", "y", "true", "x", "oui", "o", "si", "sí", "da", "да", "vrai", "verdadero"}
_FALSE = {"0", "no", "n", "false", "non", "nu", "нет", "faux", "falso", ""}


def clean_bool(value: Any) -> bool:
    """Yes/no in the forms spreadsheets use (yes, x, 1, oui, sí …)."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, (int, float)):
        return bool(value)
    key = fold(text_of(value))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValidationError(translate("Validation", "Answer yes or no."))


_LIST_SPLIT = re.compile(r"[;,\n|]+")


def parse_list(value: Any) -> list[str]:
    """Tags from "a; b, c" text or from a list; trimmed, without blanks or repeats."""
    if value is None:
        return []
    items: Iterable[Any]
    if isinstance(value, (list, tuple, set, frozenset)):
        items = value
    else:
        items = _LIST_SPLIT.split(text_of(value))
    result: list[str] = []
    seen: set[str] = set()
    for item in items:
        text = " ".join(text_of(item).split())
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            result.append(text)
    return result


def clean_tags(value: Any) -> list[str]:
    tags = parse_list(value)
    for tag in tags:
        if len(tag) > TAG_LENGTH:
            raise ValidationError(
                translate("Validation", "Each entry can have at most {max} characters.").format(
                    max=TAG_LENGTH
                )
            )
    return tags


def clean_languages(value: Any) -> list[str]:
    """Languages as ISO 639 codes where recognised ("Romanian" -> "ro"), else as typed."""
    result: list[str] = []
    for tag in clean_tags(value):
        code = find_language(tag) or tag
        if code not in result:
            result.append(code)
    return result


def clean_engagement_areas(value: Any) -> list[str]:
    codes: list[str] = []
    unknown: list[str] = []
    for tag in parse_list(value):
        code = find_engagement_area(tag)
        if code is None:
            unknown.append(tag)
        elif code not in codes:
            codes.append(code)
    if unknown:
        raise ValidationError(
            translate("Validation", "Unknown engagement area: {names}.").format(
                names=", ".join(unknown)
            )
        )
    return codes


def clean_country(value: Any) -> str:
    text = text_of(value)
    if not text:
        return ""
    code = countries.find_country(text)
    if code is None:
        raise ValidationError(
            translate("Validation", "Unknown country: {text}. Pick one from the list.").format(
                text=text
            )
        )
    return code


def clean_region(value: Any, regions: Mapping[str, str] | None = None) -> str | None:
    """A region code from a code or a region name; ``regions`` maps code -> name (when given,
    only those regions are accepted). None when empty (national)."""
    text = text_of(value)
    if not text:
        return None
    if regions is None:
        code = text.upper()
        if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,10}", code):
            raise ValidationError(translate("Validation", "A region code looks like MD-CA."))
        return code
    by_code = {c.upper(): c for c in regions}
    if text.upper() in by_code:
        return by_code[text.upper()]
    folded = fold(text)
    for code, name in regions.items():
        if fold(name) == folded:
            return code
    raise ValidationError(translate("Validation", "Unknown region: {text}.").format(text=text))


def _clean_text(value: Any, max_length: int) -> str:
    text = text_of(value)
    if len(text) > max_length:
        raise ValidationError(
            translate("Validation", "This is too long: at most {max} characters.").format(
                max=max_length
            )
        )
    return text


def _clean_line(value: Any, max_length: int) -> str:
    """One line of text with runs of spaces collapsed (pasted text often has them)."""
    return " ".join(_clean_text(value, max_length).split())


def _clean_choice(value: Any, finder: Callable[[str], str | None], default: str) -> str:
    text = text_of(value)
    if not text:
        return default
    code = finder(text)
    if code is None:
        raise ValidationError(translate("Validation", "Unknown value: {text}.").format(text=text))
    return code


class _Collector:
    """Runs one cleaner per field and gathers the results and the errors."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values
        self.out: dict[str, Any] = {}
        self.errors: list[FieldError] = []

    def field(self, key: str, cleaner: Callable[[Any], Any]) -> None:
        if key not in self.values:
            return
        try:
            self.out[key] = cleaner(self.values[key])
        except ValidationError as exc:
            self.errors.append(FieldError(key, str(exc)))

    def fail(self, key: str, message: str) -> None:
        if not any(e.field == key for e in self.errors):
            self.errors.append(FieldError(key, message))


def _required_name(collector: _Collector, max_length: int, message: str) -> None:
    try:
        name = _clean_text(collector.values.get("name"), max_length)
    except ValidationError as exc:
        collector.fail("name", str(exc))
        return
    name = " ".join(name.split())
    if not name:
        collector.fail("name", message)
    else:
        collector.out["name"] = name


# --------------------------------------------------------------------------------------------
# Records


def validate_association(
    values: Mapping[str, Any],
    *,
    regions: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean an association's values; ``name`` is always required, other fields are checked
    when present. ``regions`` (code -> name), when given, limits and resolves origin regions."""
    c = _Collector(values)
    _required_name(
        c, ASSOCIATION_LENGTHS["name"], translate("Validation", "Enter the association's name.")
    )
    for key in ("acronym", "city", "registration_number", "contact_person"):
        c.field(key, functools.partial(_clean_line, max_length=ASSOCIATION_LENGTHS[key]))
    c.field("country_code", clean_country)
    country = c.out.get("country_code", "")
    c.field("region_code", lambda v: clean_region(v, regions))
    c.field("founding_year", lambda v: clean_year(v, today))
    c.field("email", clean_email)
    c.field("phone", lambda v: clean_phone(v, country))
    c.field("website", lambda v: _clean_text(clean_url(v), ASSOCIATION_LENGTHS["website"]))
    c.field("member_count", lambda v: clean_int(v, 0, 10_000_000))
    c.field("engagement_areas", clean_engagement_areas)
    c.field("sectors", clean_tags)
    c.field("languages", clean_languages)
    c.field("status", lambda v: _clean_choice(v, find_status, "pending"))
    c.field("consent_to_publish", clean_bool)
    c.field("notes", lambda v: _clean_text(v, NOTES_LENGTH))
    return c.out, c.errors


def validate_focal_point(
    values: Mapping[str, Any],
    *,
    regions: Mapping[str, str] | None = None,
    home_country: str = "",
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean a focal point's values. Phones without a prefix are read as numbers of
    ``home_country`` (focal points work in the home country's regions). ``listed_on_flyers``
    is accepted only with a recorded publication consent (date and how it was given)."""
    c = _Collector(values)
    _required_name(
        c, FOCAL_POINT_LENGTHS["name"], translate("Validation", "Enter the person's name.")
    )
    c.field("gender", lambda v: _clean_choice(v, find_gender, "undisclosed"))
    c.field("role", lambda v: _clean_choice(v, find_role, "other"))
    for key in ("institution", "title", "publication_consent_how"):
        c.field(key, functools.partial(_clean_line, max_length=FOCAL_POINT_LENGTHS[key]))
    c.field("region_code", lambda v: clean_region(v, regions))
    c.field("email", clean_email)
    c.field("phone", lambda v: clean_phone(v, home_country))
    c.field("languages", clean_languages)
    c.field("listed_on_flyers", clean_bool)
    c.field("publication_consent_on", clean_date)
    c.field("active_from", clean_date)
    c.field("active_until", clean_date)
    c.field("notes", lambda v: _clean_text(v, NOTES_LENGTH))

    today = today or utcnow().date()
    consent_on = c.out.get("publication_consent_on")
    consent_how = c.out.get("publication_consent_how", "")
    if consent_on is not None and consent_on > today:
        c.fail(
            "publication_consent_on",
            translate("Validation", "The consent date cannot be in the future."),
        )
    if consent_on is not None and "publication_consent_how" in values and not consent_how:
        c.fail(
            "publication_consent_how",
            translate(
                "Validation", "Say how the consent was given (for example: signed form, e-mail)."
            ),
        )
    if consent_how and "publication_consent_on" in values and consent_on is None:
        c.fail(
            "publication_consent_on",
            translate("Validation", "Enter the date the consent was given."),
        )
    if c.out.get("listed_on_flyers") and (consent_on is None or not consent_how):
        c.fail(
            "listed_on_flyers",
            translate(
                "Validation",
                "Can be listed on flyers only after the person's consent to publish their "
                "contact details is recorded (date and how it was given).",
            ),
        )
    start, end = c.out.get("active_from"), c.out.get("active_until")
    if start is not None and end is not None and end < start:
        c.fail("active_until", translate("Validation", "The end date is before the start date."))
    return c.out, c.errors


def errors_by_field(errors: Iterable[FieldError]) -> dict[str, str]:
    """The first message per field, as forms show them."""
    result: dict[str, str] = {}
    for error in errors:
        result.setdefault(error.field, error.message)
    return result
