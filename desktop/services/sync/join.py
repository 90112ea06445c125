"""Joining an existing server: a new desktop takes its office from the account on the server.

A help office installing Diaspora Desk should not have to know its country's ISO code or its
region's code: the server knows both. ``join_server`` logs in, asks the server who the user is
(``GET /auth/me``: role, regions, and the home country of the server's data), configures this
database's office from that (pre-filling the country's regions as reference data, never
queued), then runs the first sync. Regions the bureau already named arrive with the first pull
and simply replace the pre-filled copies: no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db import Database
from desktop.services.i18n import translate
from desktop.services.meta import device_id
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.regions import configure_office
from desktop.services.secrets import SecretStore
from desktop.services.sync.account import Account, open_client
from desktop.services.sync.runner import SyncReport, run_sync


class JoinError(Exception):
    """The server cannot tell this desktop's office; the message is for the user."""


@dataclass(frozen=True)
class JoinResult:
    country_code: str
    region_code: str
    """"" for the national bureau."""
    report: SyncReport


def join_server(db: Database, account: Account, password: str | None,
                progress: Progress = NO_PROGRESS, store: SecretStore | None = None) -> JoinResult:
    """Configure this (new) database's office from the server account, then sync."""
    with db.transaction() as session:
        device = device_id(session)
    client = open_client(account, store, password, device)
    try:
        me = client.me()
        regional = me.user.role == "regional"
        region = me.user.regions[0] if regional and me.user.regions else ""
        country = me.home_country or (region.split("-", 1)[0] if region else "")
        if not country:
            raise JoinError(translate(
                "Sync", "The server does not know its country yet (no regions and no regional "
                "users). Start a new database and choose the country, then sync."))
        with db.transaction() as session:
            configure_office(session, country, region)
        report = run_sync(db, account, progress, store=store, password=password, client=client)
    finally:
        client.close()
    return JoinResult(country, region, report)
