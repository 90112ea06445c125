"""Telling an office that its value won a clash.

When another office's change clashes with a field this office set, the server keeps this
office's version and the other office decides. Nothing is lost, but the office whose value was
kept would otherwise never know that someone disagreed: ``GET /sync/clashes`` lists the clashes
against versions this user made, newest last, so its sync summary can say so.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Engine

from sync.server import models
from sync.server.auth import CurrentUser

PAGE = 200
ID_MAX = 2**31 - 1
"""Largest conflict id (an INTEGER column): a larger cursor is compared as this, since
PostgreSQL refuses to compare an integer column with a value out of its range."""


def clashes_won(engine: Engine, user: CurrentUser, since: int) -> dict[str, Any]:
    """Clashes with ``id > since`` whose server version (the one kept) this user made."""
    c, h = models.conflicts, models.record_history
    query = (
        select(c.c.id, c.c.entity, c.c.record_id, c.c.clashes, c.c.username, c.c.created_at)
        .join(h, and_(h.c.entity == c.c.entity, h.c.record_id == c.c.record_id,
                      h.c.version == c.c.server_version))
        .where(c.c.id > min(since, ID_MAX), h.c.changed_by == user.username,
               c.c.username != user.username)
        .order_by(c.c.id).limit(PAGE)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
        last = conn.execute(select(c.c.id).order_by(c.c.id.desc()).limit(1)).scalar()
    clashes = []
    for row in rows:
        try:
            fields = [str(item.get("field")) for item in json.loads(row.clashes or "[]")]
        except (ValueError, AttributeError):
            fields = []
        clashes.append({"id": row.id, "entity": row.entity, "record_id": row.record_id,
                        "fields": fields, "by": row.username, "at": row.created_at})
    next_since = rows[-1].id if len(rows) == PAGE else max(since, int(last or 0))
    return {"clashes": clashes, "next_since": next_since}


def home_country(engine: Engine) -> str | None:
    """The country of this server's data: that of its regions, else of its users' regions."""
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for (fields,) in conn.execute(
                select(models.records.c.fields).where(models.records.c.entity == "region")
                .limit(200)):
            try:
                code = str(json.loads(fields).get("country_code") or "")
            except (ValueError, AttributeError):
                code = ""
            if len(code) == 2:
                counts[code.upper()] = counts.get(code.upper(), 0) + 1
        if not counts:
            for (regions,) in conn.execute(select(models.users.c.regions)):
                try:
                    for region in json.loads(regions or "[]"):
                        code = str(region).split("-", 1)[0]
                        if len(code) == 2:
                            counts[code.upper()] = counts.get(code.upper(), 0) + 1
                except ValueError:
                    continue
    return max(counts, key=lambda k: counts[k]) if counts else None
