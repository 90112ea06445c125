"""Checking and cleaning the public form's answers: the desktop's rules, without the desktop.

The rules are the desktop's (``desktop.services.validation``): an e-mail address of the same
shape, a phone number turned into E.164 with the country of residence as the default prefix, a
web address given ``https://`` when it has no scheme, a four-digit year. Problems come back as
codes with parameters (:class:`Problem`), which the form words in its own language; the desktop
validates the values again, with its own translated messages, when a registration is accepted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
import pycountry

from sync.registration.vocabulary import (
    KIND_ASSOCIATION,
    KINDS,
    PURPOSES,
    FormField,
    fields_of,
)

EMAIL_RE = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+"
    r"[a-z\u00a1-\uffff]{2,63}$"
)
"""The desktop's e-mail shape (``desktop.services.validation``), shared."""
EARLIEST_YEAR = 1900
MAX_MEMBERS = 10_000_000
MAX_LIST_ITEMS = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: a message key of :mod:`.texts` and its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class RuleError(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.problem = Problem(code, params)


def clean_text(value: str, max_length: int) -> str:
    """One line of text: control characters dropped, runs of spaces collapsed."""
    cleaned = " ".join(_CONTROL.sub("", value).split())
    if len(cleaned) > max_length:
        raise RuleError("error.too_long", max=max_length)
    return cleaned


def clean_email(value: str) -> str:
    text = value.strip().lower()
    if text.startswith("mailto:"):
        text = text[7:].strip()
    if not text:
        return ""
    if len(text) > 254 or not EMAIL_RE.match(text):
        raise RuleError("error.email")
    return text


def clean_phone(value: str, default_country: str = "") -> str:
    """E.164; a number without ``+`` or ``00`` is read as one of ``default_country``."""
    text = value.strip()
    if not text:
        return ""
    if text.startswith("00"):
        text = "+" + text[2:]
    if re.search(r"[^\d\s+\-().\/]", text):
        raise RuleError("error.phone")
    region = default_country.upper() or None
    if not text.startswith("+") and not region:
        raise RuleError("error.phone_prefix")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise RuleError("error.phone") from exc
    if not phonenumbers.is_valid_number(number):
        raise RuleError("error.phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def clean_url(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    if " " in text:
        raise RuleError("error.url")
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        text = "https://" + text
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or "." not in host \
            or host.startswith(".") or host.endswith("."):
        raise RuleError("error.url")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query,
                       parts.fragment))


def clean_whole(value: str, minimum: int, maximum: int, code: str) -> int | None:
    text = re.sub(r"[\s\u00a0\u202f',.]", "", value)
    if not text:
        return None
    if not re.fullmatch(r"\d{1,9}", text) or not minimum <= int(text) <= maximum:
        raise RuleError(code, min=minimum, max=maximum)
    return int(text)


def clean_list(value: str, max_length: int) -> list[str]:
    """Comma- or semicolon-separated items, each one line, duplicates dropped."""
    if len(value) > max_length:
        raise RuleError("error.too_long", max=max_length)
    items: list[str] = []
    for piece in re.split(r"[,;\n]", value):
        item = clean_text(piece, 80)
        if item and item.casefold() not in {i.casefold() for i in items}:
            items.append(item)
    return items[:MAX_LIST_ITEMS]


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


@dataclass(frozen=True)
class Checked:
    """The cleaned answers (desktop column names) and the problems per form field."""

    kind: str
    values: dict[str, Any]
    problems: dict[str, Problem]
    consents: dict[str, bool]

    @property
    def ok(self) -> bool:
        return not self.problems


def _one(form: Mapping[str, Sequence[str]], name: str) -> str:
    values = form.get(name) or ()
    return values[0] if values else ""


def check_submission(kind: str, form: Mapping[str, Sequence[str]], regions: Collection[str],
                     today: dt.date | None = None) -> Checked:
    """Check every answer of ``kind``; ``form`` maps field names to their submitted values."""
    if kind not in KINDS:
        return Checked(kind, {}, {"kind": Problem("error.choice")}, {})
    this_year = (today or dt.date.today()).year
    values: dict[str, Any] = {}
    problems: dict[str, Problem] = {}
    country = _one(form, "country").strip().upper()

    cleaners: dict[str, Callable[[FormField, str], Any]] = {
        "text": lambda f, v: clean_text(v, f.max_length),
        "email": lambda f, v: clean_email(v),
        "tel": lambda f, v: clean_phone(v, country if is_country(country) else ""),
        "url": lambda f, v: clean_url(v),
        "list": lambda f, v: clean_list(v, f.max_length),
        "year": lambda f, v: clean_whole(v, EARLIEST_YEAR, this_year, "error.year"),
        "number": lambda f, v: clean_whole(v, 0, MAX_MEMBERS, "error.number"),
    }
    for spec in fields_of(kind):
        raw = _one(form, spec.name)
        try:
            if spec.widget == "checkboxes":
                chosen = [v for v in dict.fromkeys(form.get(spec.name) or ())]
                if any(v not in spec.choices for v in chosen):
                    raise RuleError("error.choice")
                value: Any = chosen
            elif spec.widget == "select":
                value = raw.strip()
                if value and value not in spec.choices:
                    raise RuleError("error.choice")
            elif spec.widget == "country":
                value = raw.strip().upper()
                if value and not is_country(value):
                    raise RuleError("error.choice")
            elif spec.widget == "region":
                value = raw.strip().upper() or None
                if value is not None and value not in regions:
                    raise RuleError("error.choice")
            else:
                value = cleaners[spec.widget](spec, raw)
            if spec.required and value in ("", None, []):
                raise RuleError("error.required")
        except RuleError as exc:
            problems[spec.name] = exc.problem
            continue
        values[spec.target] = value
    if not problems.get("email") and not problems.get("phone") \
            and not values.get("email") and not values.get("phone"):
        problems["email"] = Problem("error.contact")
    consents = {purpose: _one(form, f"consent_{purpose}") == "yes" for purpose in PURPOSES}
    if not any(consents.values()):
        problems["consent"] = Problem("error.consent")
    if kind == KIND_ASSOCIATION:
        values.setdefault("engagement_areas", [])
    return Checked(kind, values, problems, consents)
