"""Pull pages: the records a user may see above a cursor, in ``server_seq`` order, pre-serialised.

The page is bounded by the counter value read *before* the records: every seq up to that value
has committed (writers commit in seq order, see :mod:`sync.server.push`), so when a page comes
back short the cursor may jump to it without skipping a late commit. That jump also keeps a
regional user's empty pulls cheap when other regions are busy.

A cursor above the counter can only come from before a restore of the database; the stream
then starts again from the beginning (records the client has simply arrive again).

For regional users, removals ("scope exits") of records that left their regions or national
scope are merged into the same ordered stream; an exit is left out when the user can see the
record now anyway, because its current version then follows later in the stream.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Engine

from sync.server import models
from sync.server.auth import CurrentUser
from sync.server.records import record_json
from sync.server.scope import NATIONAL_PRIVATE, can_read


def pull_page(engine: Engine, user: CurrentUser, since: int, limit: int) -> bytes:
    r, x = models.records, models.scope_exits
    regions = sorted(user.regions)
    with engine.connect() as conn:
        ceiling = int(conn.execute(
            select(models.counter.c.last_seq).where(models.counter.c.id == 1)
        ).scalar_one())
        if since > ceiling:
            # A cursor from the future: the database was restored from a backup. Start the
            # stream again, or the client would silently skip every change made from now on.
            since = 0
        query = (
            select(r.c.entity, r.c.record_id, r.c.version, r.c.server_seq, r.c.region_code,
                   r.c.created_at, r.c.updated_at, r.c.deleted_at, r.c.fields)
            .where(r.c.server_seq > since, r.c.server_seq <= ceiling)
            .order_by(r.c.server_seq)
            .limit(limit + 1)
        )
        if not user.sees_everything:
            query = query.where(or_(
                and_(r.c.region_code.is_(None), r.c.entity.not_in(sorted(NATIONAL_PRIVATE))),
                r.c.region_code.in_(regions)))
        # fetchall() builds the rows in one go: far cheaper than iterating row by row.
        rows: Sequence[Any] = conn.execute(query).fetchall()
        exits: Sequence[Any] = []
        visible_now: set[tuple[str, str]] = set()
        if not user.sees_everything:
            exits = conn.execute(
                select(x.c.entity, x.c.record_id, x.c.version, x.c.server_seq, x.c.region_code,
                       x.c.exited_at)
                .where(x.c.server_seq > since, x.c.server_seq <= ceiling,
                       or_(x.c.region_code.is_(None), x.c.region_code.in_(regions)))
                .order_by(x.c.server_seq)
                .limit(limit + 1)
            ).fetchall()
            if exits:
                ids = sorted({e.record_id for e in exits})
                for row in conn.execute(select(r.c.entity, r.c.record_id, r.c.region_code)
                                        .where(r.c.record_id.in_(ids))):
                    if can_read(user, row.region_code, row.entity):
                        visible_now.add((row.entity, row.record_id))
    # Everything up to `bound` is known from both streams (a stream that came back full is only
    # known up to its last row).
    bound = ceiling
    if len(rows) > limit:
        bound = min(bound, rows[-1][3])
    if len(exits) > limit:
        bound = min(bound, exits[-1].server_seq)

    parts: list[str] = []
    last = since
    if not exits:
        # The common case (no removals): one pass over plain tuples.
        page = [row for row in rows[:limit] if row[3] <= bound]
        parts = [record_json(*row) for row in page]
        if page:
            last = page[-1][3]
    i = j = 0
    while exits and len(parts) < limit:
        take_exit = j < len(exits) and (i >= len(rows) or exits[j].server_seq < rows[i].server_seq)
        if take_exit:
            e = exits[j]
            j += 1
            if e.server_seq > bound:
                break
            if (e.entity, e.record_id) in visible_now:
                continue
            parts.append(record_json(e.entity, e.record_id, e.version, e.server_seq,
                                     e.region_code, e.exited_at, e.exited_at, None, "{}",
                                     removed=True))
            last = e.server_seq
        elif i < len(rows):
            row = rows[i]
            i += 1
            if row.server_seq > bound:
                break
            parts.append(record_json(row.entity, row.record_id, row.version, row.server_seq,
                                     row.region_code, row.created_at, row.updated_at,
                                     row.deleted_at, row.fields))
            last = row.server_seq
        else:
            break
    if len(parts) >= limit:
        next_since, has_more = last, last < ceiling
    else:
        next_since, has_more = max(bound, since), bound < ceiling
    body = ('{"records":[' + ",".join(parts) + '],"next_since":' + str(next_since)
            + ',"has_more":' + ("true" if has_more else "false") + "}")
    return body.encode("utf-8")
