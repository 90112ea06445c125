"""The address a flyer's QR code encodes (pure: the renderer and preflight need no database).

With a campaign code the QR points at the public registration form on the flyer's web address:
``<web address>/register?c=CODE&lang=LANG``; without one, at the web address as typed.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

CODE_RE = re.compile(r"^[A-Z0-9]{4,12}$")
"""What the server accepts (``sync.server.register.clean_campaign``)."""
FORM_PATH = "/register"


def is_valid_code(code: str) -> bool:
    return bool(CODE_RE.match(code))


def registration_url(web_address: str, code: str, language: str) -> str:
    base = web_address.strip().rstrip("/")
    if not base or not code:
        return web_address.strip()
    if not base.endswith(FORM_PATH):
        base += FORM_PATH
    return f"{base}?{urlencode({'c': code, 'lang': language})}"


def is_web_address(url: str) -> bool:
    """An absolute http(s) address with a host a phone can reach."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").strip(".")
    return parts.scheme in ("http", "https") and ("." in host or host == "localhost")
