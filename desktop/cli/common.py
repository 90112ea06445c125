"""What every subcommand shares: the data folder, opening the database, error reporting."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.config import Paths

if TYPE_CHECKING:  # imported where used: a command that needs no database never loads them
    from desktop.db import Database
    from desktop.services.meta import Office
    from desktop.services.progress import Progress


class CliError(Exception):
    """A failure to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class CliEnv:
    paths: Paths
    country: str | None = None
    _db: Database | None = field(default=None, repr=False)

    def open_db(self, need_office: bool = True, default_country: str | None = None) -> Database:
        """Open (creating and migrating if needed) the data folder's database."""
        if self._db is not None:
            return self._db
        from desktop.db import DatabaseError, open_database
        from desktop.logging_setup import setup_logging
        from desktop.services.meta import get_office
        from desktop.services.regions import RegionError, configure_office

        self.paths.ensure()
        setup_logging(self.paths)
        try:
            db = open_database(self.paths.database, self.paths.backups)
        except DatabaseError as exc:
            raise CliError(str(exc)) from exc
        self._db = db
        with db.transaction() as session:
            if get_office(session) is None:
                country = self.country or default_country
                if country:
                    try:
                        configure_office(session, country, "")
                    except RegionError as exc:
                        raise CliError(str(exc)) from exc
                elif need_office:
                    raise CliError(
                        f"the data folder {self.paths.data_dir} has no home country yet; "
                        "pass --country CODE (e.g. --country MD) or run `demo` first"
                    )
        return db

    def office(self) -> Office | None:
        from desktop.services.meta import get_office

        with self.open_db(need_office=False).sessions() as session:
            return get_office(session)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def stderr_progress(label: str) -> Progress:
    """Progress that prints one updating line on stderr (only when it is a terminal)."""
    from desktop.services.progress import Progress

    interactive = sys.stderr.isatty()

    def show(done: int, total: int, message: str) -> None:
        if interactive:
            print(f"\r{label}: {message} {done}/{total}   ", end="", file=sys.stderr, flush=True)

    return Progress(show)
