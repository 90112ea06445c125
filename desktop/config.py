"""The one place that knows where Diaspora Desk keeps its files, and the user's UI preferences.

Every path the app writes to derives from a single data folder so that tests, portable installs
and several "offices" on one machine can each point it elsewhere (``--data-dir`` or the
``DIASPORA_DESK_DATA_DIR`` variable). No Qt here: services and the CLI use it too.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from desktop import APP_ID

ENV_DATA_DIR = "DIASPORA_DESK_DATA_DIR"
RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
"""Icons and fonts shipped with the app (beside the package in a checkout or a frozen build)."""
DB_FILENAME = "diaspora_desk.db"
SETTINGS_FILENAME = "settings.json"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Paths:
    """Locations inside one data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def settings(self) -> Path:
        return self.data_dir / SETTINGS_FILENAME

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "diaspora-desk.log"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> Paths:
        """Create the folders (not the database) and return self."""
        for folder in (self.data_dir, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The per-user data folder chosen by the platform (e.g. ~/.local/share/DiasporaDesk)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Pick the data folder: the explicit argument, then the environment, then the platform."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Paths(Path(chosen).expanduser().resolve())


@dataclass
class Settings:
    """UI preferences kept in ``settings.json``.

    What the data means (home country, this desktop's office) lives in the database instead,
    because it must travel with the data file; only how *this user* sees it lives here.
    """

    language: str = ""  # empty: follow the system locale
    last_section: str = "home"
    server_url: str = ""
    username: str = ""
    auto_sync_minutes: int = 15
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or damaged file gives defaults (and is logged, not fatal)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            return cls(**values)
        except TypeError:
            return cls()

    def save(self, path: Path) -> None:
        """Write atomically, so a crash mid-write never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, indent=2, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
