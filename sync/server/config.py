"""Where the server keeps its files, and the few tunables an administrator may want to change.

The data folder (``--data-dir``, else ``$DIASPORA_SERVER_DATA_DIR``, else the platform's user
data folder) holds the default SQLite database and the logs. Tunables come from environment
variables so that the same settings reach every process of a load-balanced deployment (they are
listed in docs/ADMIN.md).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

APP_ID = "DiasporaDeskServer"
ENV_DATA_DIR = "DIASPORA_SERVER_DATA_DIR"
ENV_DB_URL = "DIASPORA_SERVER_DB"
DB_FILENAME = "server.db"


@dataclass(frozen=True)
class ServerPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "server.log"

    @property
    def default_db_url(self) -> str:
        return f"sqlite:///{self.database}"

    def ensure(self) -> ServerPaths:
        self.logs.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> ServerPaths:
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(
        APP_ID, appauthor=False
    )
    return ServerPaths(Path(chosen).expanduser().resolve())


def resolve_db_url(paths: ServerPaths, url: str | None) -> str:
    """``--db``, else ``$DIASPORA_SERVER_DB``, else the SQLite file in the data folder."""
    return url or os.environ.get(ENV_DB_URL) or paths.default_db_url


@dataclass(frozen=True)
class ServerSettings:
    """Token lifetimes, sign-in throttling, client addresses behind a proxy, API docs; each field
    has a ``DIASPORA_SERVER_<NAME>`` environment variable (e.g. ``DIASPORA_SERVER_ACCESS_TTL=600``)
    so that every process of a load-balanced deployment gets the same settings."""

    access_ttl: int = 15 * 60
    """Seconds an access token is valid; the desktop refreshes it silently."""
    refresh_ttl: int = 30 * 24 * 3600
    """Seconds a refresh token is valid: how long a device may stay offline and still sync."""
    slow_after: int = 3
    """Failed sign-ins (in a row, for one user name) after which each answer is delayed."""
    lock_after: int = 5
    """Failed sign-ins in a row after which the user name is locked."""
    lock_seconds: int = 15 * 60
    """How long a lock lasts; failures older than this are forgotten."""
    max_delay: float = 4.0
    """Longest delay added to a failed sign-in, in seconds."""
    address_lock_after: int = 30
    """Failed sign-ins from one client address (any user names) after which the address is
    locked: one office behind one router shares an address, so this is higher than
    ``lock_after``; it stops one machine guessing across many names."""
    client_address_header: str = ""
    """Header holding the client's address when the request comes through a trusted proxy
    (``X-Forwarded-For`` or ``X-Real-IP``); empty: the address of the TCP peer."""
    trusted_proxies: str = "127.0.0.1,::1"
    """Comma-separated addresses of the reverse proxies whose address header is believed."""
    db_pool: int = 10
    """PostgreSQL connections each server process keeps open (it opens up to twice as many more
    under a burst); with ``--workers N`` mind the database's ``max_connections``."""
    docs: bool = False
    """Serve the API documentation at /docs and /openapi.json (``serve --docs``)."""

    form_rate_limit: int = 20
    """Public registration form: posts accepted per address per window (then 429); 0 = no
    limit (benchmarks only)."""
    form_rate_window: int = 3600
    """Length of the form's rate-limit window, in seconds."""
    form_min_seconds: float = 3.0
    """A form sent back sooner than this after it was served is taken for a robot's and shown
    again (a person simply sends it once more)."""
    form_token_ttl: int = 6 * 3600
    """How long a served form may be sent back, in seconds."""
    form_max_bytes: int = 32 * 1024
    """Largest form body accepted (413 above)."""

    @property
    def trusted_proxy_set(self) -> frozenset[str]:
        return frozenset(a.strip() for a in self.trusted_proxies.split(",") if a.strip())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        env = os.environ if environ is None else environ
        values: dict[str, int | float | str | bool] = {}
        for f in fields(cls):
            name = f"DIASPORA_SERVER_{f.name.upper()}"
            raw = env.get(name)
            if raw is None or raw.strip() == "":
                continue
            if f.type in (str, "str"):
                values[f.name] = raw.strip()
                continue
            if f.type in (bool, "bool"):
                if raw.strip().lower() not in _BOOLEANS:
                    raise ValueError(f"{name} must be 1 or 0 (yes/no), not {raw!r}")
                values[f.name] = _BOOLEANS[raw.strip().lower()]
                continue
            try:
                value = float(raw) if f.type in (float, "float") else int(raw)
            except ValueError as exc:
                raise ValueError(f"{name} must be a number, not {raw!r}") from exc
            if value < 0:
                raise ValueError(f"{name} must not be negative")
            values[f.name] = value
        return cls(**values)  # type: ignore[arg-type]


_BOOLEANS = {"1": True, "yes": True, "true": True, "on": True,
             "0": False, "no": False, "false": False, "off": False}
