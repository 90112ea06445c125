"""The public registration form: ``GET /register`` serves it, ``POST /register`` stores it.

Server-rendered HTML (Jinja2 with autoescape: every submitted text is escaped wherever it is
shown again), no JavaScript and no external resources, in six languages (``?lang=``, else the
browser's Accept-Language), Arabic right to left. ``?c=CODE`` carries a flyer's campaign code.

A valid submission becomes a ``registration`` record written through the same path as a pushed
change (:func:`sync.server.push.push_changes`), so it gets its ``server_seq``, version and
history like any record, and reaches the office of its origin region (or the bureau, when no
region was given) on their next pull. The form's defences are in :mod:`sync.server.form_guard`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import logging
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pycountry
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from sync.countries import _translation, countries, sort_key
from sync.protocol import Change, format_timestamp
from sync.registration import ENTITY
from sync.registration.consent import TEXT_VERSION, ShownConsent, consent_text
from sync.registration.rules import Checked, check_submission
from sync.registration.texts import LANGUAGE_NAMES, LANGUAGES, RTL_LANGUAGES, pick_language, text
from sync.registration.vocabulary import (
    KINDS,
    PURPOSES,
    STATUS_NEW,
    FormField,
    fields_of,
)
from sync.server import form_guard, models
from sync.server.auth import CurrentUser
from sync.server.clashes import home_country
from sync.server.clock import utcnow
from sync.server.config import ServerSettings
from sync.server.push import push_changes

log = logging.getLogger(__name__)

FORM_USER = CurrentUser(user_id=0, username="public-form", role="bureau", regions=frozenset(),
                        session_id=0)
"""Who the history says wrote a submission: the form itself, not any office's account."""
FORM_DEVICE = "public-form"
PATH = "/register"
REGION_CACHE_SECONDS = 60.0
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
_CHOICE_PREFIX = {"gender": "choice.gender", "citizenship": "choice.citizenship",
                  "generation": "choice.generation", "education": "choice.education",
                  "engagement_areas": "area"}
_INPUT = {"text": ("text", "", ""), "list": ("text", "", ""), "email": ("email", "email", ""),
          "tel": ("tel", "tel", "tel"), "url": ("url", "url", "url"),
          "year": ("text", "bday-year", "numeric"), "number": ("text", "", "numeric")}
_AUTOCOMPLETE = {"name": "name", "city": "address-level2", "contact_person": "name"}

_env = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                   autoescape=select_autoescape(["html"], default=True),
                   trim_blocks=False, lstrip_blocks=False, auto_reload=False)


@functools.lru_cache(maxsize=64)
def _all_country_options(lang: str) -> str:
    return "".join(f'<option value="{c.code}">{escape(c.name)}</option>'
                   for c in countries(lang))


def _country_options(lang: str, chosen: str) -> Markup:
    """The ~250 country options, rendered once per language (the bulk of the page)."""
    options = _all_country_options(lang)
    if chosen.isascii() and chosen.isalpha() and len(chosen) == 2:
        options = options.replace(f'value="{chosen}">', f'value="{chosen}" selected>', 1)
    return Markup(options)


def clean_campaign(value: str | None) -> str:
    """A campaign code as printed on flyers (4–12 letters and digits), else empty."""
    code = (value or "").strip().upper()
    return code if 4 <= len(code) <= 12 and code.isascii() and code.isalnum() else ""


@dataclass
class _Regions:
    loaded_at: float
    country: str | None
    records: dict[str, tuple[str, bool]]
    """code -> (name, retired) of the region records offices synced."""


def _load_regions(engine: Engine) -> _Regions:
    """The region records offices synced (edited or added ones: desktops do not push the
    ISO regions they pre-fill) and the home country they belong to."""
    r = models.records
    found: dict[str, tuple[str, bool]] = {}
    with engine.connect() as conn:
        for (fields_text,) in conn.execute(select(r.c.fields).where(
                r.c.entity == "region", r.c.deleted_at.is_(None))):
            fields = json.loads(fields_text)
            code = str(fields.get("code") or "").upper()
            if code:
                found[code] = (str(fields.get("name") or code), bool(fields.get("retired_at")))
    return _Regions(time.monotonic(), home_country(engine), found)


@functools.lru_cache(maxsize=64)
def _iso_regions(country: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The country's top-level ISO 3166-2 subdivisions in ``lang``: what every desktop
    pre-fills as its regions."""
    found = pycountry.subdivisions.get(  # type: ignore[no-untyped-call]
        country_code=country) or []
    translation = _translation("iso3166-2", lang)
    return tuple((str(sub.code), translation.gettext(sub.name)) for sub in found
                 if getattr(sub, "parent_code", None) is None)


class SubmissionBatcher:
    """Writes submissions through :func:`push_changes`, several per transaction.

    Each post waits for its own result; while one transaction runs, the submissions that
    arrive meanwhile queue up and go together in the next one. Alone, a submission is written
    at once (no added delay); under load, one transaction carries many, so the rate of stored
    submissions is not bounded by one commit per post.
    """

    MAX_BATCH = 200

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue: list[tuple[Change, asyncio.Future[dict[str, Any]]]] = []
        self._draining: asyncio.Task[None] | None = None

    async def submit(self, change: Change) -> dict[str, Any]:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._queue.append((change, future))
        if self._draining is None or self._draining.done():
            self._draining = asyncio.ensure_future(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._queue:
            batch = self._queue[:self.MAX_BATCH]
            del self._queue[:self.MAX_BATCH]
            try:
                outcome = await run_in_threadpool(push_changes, self.engine, FORM_USER,
                                                  FORM_DEVICE, [c for c, _ in batch])
                results = json.loads(outcome.body)["results"]
            except Exception as exc:  # every post of the batch answers with the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)


class RegistrationForm:
    """State shared by the form's requests: settings, the token secret, the region list."""

    def __init__(self, engine: Engine, settings: ServerSettings) -> None:
        self.engine = engine
        self.settings = settings
        self._secret: bytes | None = None
        self._regions = _Regions(0.0, None, {})
        self._posts = 0
        self.batcher = SubmissionBatcher(engine)

    @property
    def secret(self) -> bytes:
        if self._secret is None:
            self._secret = form_guard.form_secret(self.engine)
        return self._secret

    def regions(self, lang: str = "en") -> list[tuple[str, str]]:
        """Origin regions the form offers (code, name): the home country's ISO regions in the
        form's language (desktops pre-fill them and never push them), with the names and
        additions the bureau synced; retired ones left out."""
        if time.monotonic() - self._regions.loaded_at > REGION_CACHE_SECONDS:
            self._regions = _load_regions(self.engine)
        known = self._regions
        chosen = dict(_iso_regions(known.country, lang)) if known.country else {}
        for code, (name, retired) in known.records.items():
            if retired:
                chosen.pop(code, None)
            else:
                chosen[code] = name  # the bureau's own name (renamed or added region)
        return sorted(chosen.items(), key=lambda item: sort_key(item[1]))

    # ------------------------------------------------------------------ rendering
    def _url(self, lang: str, kind: str | None, campaign: str) -> str:
        query = {"lang": lang}
        if kind:
            query["kind"] = kind
        if campaign:
            query["c"] = campaign
        return f"{PATH}?{urlencode(query)}"

    def _base(self, lang: str, kind: str | None, campaign: str) -> dict[str, Any]:
        def t(key: str, **params: object) -> str:
            return text(key, lang, **params)

        return {
            "lang": lang, "dir": "rtl" if lang in RTL_LANGUAGES else "ltr", "t": t,
            "languages": [{"code": code, "name": LANGUAGE_NAMES[code],
                           "url": self._url(code, kind, campaign)} for code in LANGUAGES],
            "campaign": campaign,
        }

    def _field(self, spec: FormField, kind: str, lang: str, form: Mapping[str, Sequence[str]],
               error: str) -> dict[str, Any]:
        raw = list(form.get(spec.name) or ())
        label_key = f"field.name.{kind}" if spec.name == "name" else f"field.{spec.name}"
        item: dict[str, Any] = {
            "name": spec.name, "label": text(label_key, lang), "widget": spec.widget,
            "required": spec.required, "value": raw[0] if raw else "", "error": error,
            "max_length": max(spec.max_length, 4) if spec.widget != "list" else spec.max_length,
            "hint": "", "empty_label": text("page.choose", lang),
        }
        if spec.widget in _INPUT:
            item["input_type"], item["autocomplete"], item["inputmode"] = _INPUT[spec.widget]
            item["autocomplete"] = item["autocomplete"] or _AUTOCOMPLETE.get(spec.name, "")
            item["ltr"] = spec.widget in ("email", "tel", "url", "year", "number")
        if spec.widget == "list":
            item["hint"] = text("page.hint.list", lang)
        elif spec.widget == "tel":
            item["hint"] = text("page.hint.phone", lang)
        if spec.widget in ("select", "checkboxes"):
            prefix = _CHOICE_PREFIX[spec.name]
            item["options"] = [{"value": code, "label": text(f"{prefix}.{code}", lang),
                                "selected": code in raw} for code in spec.choices]
        elif spec.widget == "country":
            chosen = raw[0].upper() if raw else ""
            item["options"] = []
            item["options_html"] = _country_options(lang, chosen)
        elif spec.widget == "region":
            chosen = raw[0].upper() if raw else ""
            item["empty_label"] = text("page.unknown_region", lang)
            item["options"] = [{"value": code, "label": name, "selected": code == chosen}
                               for code, name in self.regions(lang)]
        return item

    def render_form(self, lang: str, kind: str | None, campaign: str,
                    form: Mapping[str, Sequence[str]] | None = None,
                    checked: Checked | None = None, notice: str = "") -> str:
        context = self._base(lang, kind, campaign)
        context["kind_urls"] = {k: self._url(lang, k, campaign) for k in KINDS}
        context["kind"] = kind
        if kind:
            form = form or {}
            problems = dict(checked.problems) if checked else {}
            fields = [self._field(spec, kind, lang, form,
                                  text(problems[spec.name].code, lang,
                                       **problems[spec.name].params)
                                  if spec.name in problems else "")
                      for spec in fields_of(kind)]
            context["main_fields"] = [f for f, s in zip(fields, fields_of(kind), strict=True)
                                      if s.section == "main"]
            context["contact_fields"] = [f for f, s in zip(fields, fields_of(kind), strict=True)
                                         if s.section == "contact"]
            context["consents"] = [{
                "purpose": purpose, "title": text(f"purpose.{purpose}", lang),
                "text": consent_text(purpose, kind, lang), "version": TEXT_VERSION,
                "checked": (form.get(f"consent_{purpose}") or [""])[0] == "yes",
            } for purpose in PURPOSES]
            consent_problem = problems.get("consent")
            context["consent_error"] = text(consent_problem.code, lang) if consent_problem else ""
            summary = [{"anchor": f"f-{f['name']}", "label": f["label"], "message": f["error"]}
                       for f in fields if f["error"]]
            if consent_problem:
                summary.append({"anchor": "f-consent", "label": text("page.section.consent", lang),
                                "message": context["consent_error"]})
            if notice:
                summary.insert(0, {"anchor": "f-name", "label": text("page.kind." + kind, lang),
                                   "message": notice})
            context["problems"] = summary
            context["colon"] = "\u00a0: " if lang == "fr" else ": "  # French typography
            context["token"] = form_guard.make_token(self.secret)
            context["action"] = PATH
            context["change_kind_url"] = self._url(lang, None, campaign)
        return _env.get_template("form.html").render(context)

    def render_message(self, lang: str, message: str, campaign: str) -> str:
        context = self._base(lang, None, campaign)
        context["message"] = message
        context["back_url"] = self._url(lang, None, campaign)
        return _env.get_template("message.html").render(context)

    def render_done(self, lang: str, kind: str, campaign: str, reference: str,
                    consents: Mapping[str, bool]) -> str:
        context = self._base(lang, None, campaign)
        context["reference"] = reference
        context["given"] = [text(f"purpose.{p}", lang) for p in PURPOSES if consents.get(p)]
        context["again_url"] = self._url(lang, None, campaign)
        return _env.get_template("done.html").render(context)

    # ------------------------------------------------------------------ storing
    def change_for(self, checked: Checked, lang: str, campaign: str, nonce: str,
                   shown_at: dt.datetime) -> Change:
        """The submission as a new ``registration`` record, ready for :func:`push_changes`.

        The record id and change id come from the form token's nonce, so the same form sent
        twice is applied once (push is idempotent by change id)."""
        now = utcnow()
        reference = form_guard.short_reference(nonce)
        record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"diaspora-desk:register:{nonce}"))
        shown = format_timestamp(shown_at)
        consents = [ShownConsent(purpose, checked.consents.get(purpose, False), TEXT_VERSION,
                                 lang, consent_text(purpose, checked.kind, lang), shown).to_wire()
                    for purpose in PURPOSES]
        values = dict(checked.values)
        region = values.pop("region_code", None)
        fields: dict[str, Any] = {
            "reference": reference, "kind": checked.kind, "status": STATUS_NEW,
            "campaign_code": campaign, "language": lang,
            "submitted_at": format_timestamp(now), "data": values, "consents": consents,
            "decided_at": None, "decided_by": "", "reason": "", "result_entity": "",
            "result_id": None, "erased_at": None,
        }
        return Change(change_id=f"form-{nonce}", entity=ENTITY, record_id=record_id,
                      base_version=None, region_code=region, created_at=now, updated_at=now,
                      fields=fields)

    async def store(self, checked: Checked, lang: str, campaign: str, nonce: str,
                    shown_at: dt.datetime) -> str:
        """Write the submission; returns the reference its sender is shown."""
        change = self.change_for(checked, lang, campaign, nonce, shown_at)
        result = await self.batcher.submit(change)
        if result["status"] not in ("applied", "merged"):
            raise RuntimeError(f"registration not stored: {result['status']}")
        return form_guard.short_reference(nonce)

    def count_post(self, address: str) -> int | None:
        key = form_guard.address_key(self.secret, address)
        for attempt in range(2):
            try:
                wait = form_guard.hit(self.engine, key, self.settings.form_rate_limit,
                                      self.settings.form_rate_window)
                break
            except IntegrityError:  # two first posts of one address at the same moment
                if attempt:
                    raise
        self._posts += 1
        if self._posts % 500 == 0:
            form_guard.forget_old(self.engine, self.settings.form_rate_window)
        return wait


def _html(body: str, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return HTMLResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _client_address(request: Request) -> str:
    """The caller's address; behind a trusted reverse proxy uvicorn has already put the
    client's own address here (``FORWARDED_ALLOW_IPS``, docs/ADMIN.md), never a header a
    client could forge."""
    return request.client.host if request.client else ""


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is larger than ``limit`` (read no further than that)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def registration_router(engine: Engine, settings: ServerSettings) -> APIRouter:
    form = RegistrationForm(engine, settings)
    router = APIRouter(tags=["registration"])

    @router.get(PATH, response_class=HTMLResponse, include_in_schema=True,
                summary="The public registration form (HTML)")
    def get_form(request: Request, lang: str | None = None, kind: str | None = None,
                 c: str | None = None) -> Response:
        language = pick_language(lang, request.headers.get("accept-language"))
        chosen = kind if kind in KINDS else None
        return _html(form.render_form(language, chosen, clean_campaign(c)))

    @router.post(PATH, response_class=HTMLResponse, summary="Send a registration (form post)")
    async def post_form(request: Request) -> Response:
        query_lang = request.query_params.get("lang")
        accept = request.headers.get("accept-language")
        body = await _read_body(request, settings.form_max_bytes)
        if body is None:
            language = pick_language(query_lang, accept)
            return _html(form.render_message(language, text("error.too_large", language), ""),
                         413)
        try:
            data = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=200,
                            strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            data = {}
        language = pick_language((data.get("lang") or [query_lang or ""])[0], accept)
        campaign = clean_campaign((data.get("c") or [""])[0])
        wait = await run_in_threadpool(form.count_post, _client_address(request))
        if wait is not None:
            minutes = max(1, (wait + 59) // 60)
            return _html(form.render_message(
                language, text("error.rate_limited", language, minutes=minutes), campaign),
                429, {"Retry-After": str(wait)})
        kind_raw = (data.get("kind") or [""])[0]
        if kind_raw not in KINDS:
            return _html(form.render_form(language, None, campaign), 422)
        token = form_guard.check_token(form.secret, (data.get("form_token") or [""])[0],
                                       settings.form_min_seconds, settings.form_token_ttl)
        if token.status == "expired":
            return _html(form.render_form(language, kind_raw, campaign, data,
                                          notice=text("error.expired", language)), 422)
        if token.status == "too_fast":
            return _html(form.render_form(language, kind_raw, campaign, data,
                                          notice=text("error.too_fast", language)), 422)
        if (data.get("nickname") or [""])[0].strip():
            # A robot filled the hidden field: it is thanked and nothing is kept.
            log.info("Registration form: honeypot filled; submission dropped")
            return _html(form.render_done(language, kind_raw, campaign,
                                          form_guard.short_reference(token.nonce), {}))
        regions = {code for code, _ in form.regions()}
        checked = check_submission(kind_raw, data, regions)
        if not checked.ok:
            return _html(form.render_form(language, kind_raw, campaign, data, checked), 422)
        issued = dt.datetime.fromtimestamp(
            int((data.get("form_token") or ["0"])[0].split(".")[0]), dt.UTC)
        reference = await form.store(checked, language, campaign, token.nonce, issued)
        return _html(form.render_done(language, kind_raw, campaign, reference,
                                      checked.consents))

    return router
