"""A small database whose indicator figures were worked out by hand (see the comments).

The dates are fixed: the period is the first half of 2026 and "today" is 30 June 2026. Every
edge case the definitions name is here once: withdrawn, expired and erased consent, deleted
records, a merged association, consultations outside the period or not held, dropped and late
commitments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.db import Database
from desktop.models import (
    Association,
    Candidate,
    Consent,
    Consultation,
    FocalPoint,
    FollowUpAction,
    Participation,
)
from desktop.services.indicators import Period

A, B = "MD-CU", "MD-BA"
TODAY = dt.date(2026, 6, 30)
PERIOD = Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day + "T10:00:00+00:00")


def build(db: Database) -> None:
    """Write the hand-counted data set (timestamps as given, so no outbox)."""
    with db.transaction() as s:
        s.info["applying_remote"] = True  # keep the given created/updated times
        rows: list[Any] = []

        def assoc(name: str, region: str | None, status: str, created: str, **kw: Any) -> str:
            a = Association(name=name, region_code=region, status=status,
                            created_at=at(created), updated_at=at(created), **kw)
            rows.append(a)
            s.add(a)
            s.flush()
            return a.id

        a1 = assoc("A1", A, "verified", "2025-05-01")
        assoc("A2", A, "pending", "2026-02-01")
        assoc("A3", B, "verified", "2026-03-01")
        assoc("A4 deleted", B, "verified", "2026-03-01", deleted_at=at("2026-04-01"))
        assoc("A5 merged", A, "pending", "2026-03-01", merged_into_id=a1)
        assoc("A6 national", None, "inactive", "2026-01-10")

        def fp(name: str, region: str | None, **kw: Any) -> None:
            s.add(FocalPoint(name=name, region_code=region, created_at=at("2025-01-01"),
                             updated_at=at("2025-01-01"), **kw))

        fp("F1", A, active_from=dt.date(2025, 1, 1), listed_on_flyers=True)
        fp("F2 ended", A, active_until=dt.date(2025, 12, 31), listed_on_flyers=True)
        fp("F3 deleted", B, deleted_at=at("2026-01-05"))
        fp("F4 national", None)

        def person(name: str, region: str | None, gender: str, generation: str,
                   citizenship: str, country: str, consent: dict[str, Any] | None,
                   **kw: Any) -> str:
            c = Candidate(name=name, region_code=region, gender=gender, generation=generation,
                          citizenship=citizenship, country_code=country,
                          created_at=at("2025-01-01"), updated_at=at("2025-01-01"), **kw)
            s.add(c)
            s.flush()
            if consent is not None:
                s.add(Consent(candidate_id=c.id, region_code=region, created_at=at("2025-01-01"),
                              updated_at=at("2025-01-01"), **consent))
            return c.id

        ok = {"given_on": dt.date(2025, 1, 1)}
        c1 = person("C1", A, "female", "first", "origin", "IT", ok)
        c2 = person("C2", A, "male", "second", "dual", "DE",
                    {"given_on": dt.date(2026, 1, 1), "expires_on": dt.date(2026, 8, 15)})
        c3 = person("C3 withdrew", B, "female", "first", "origin", "IT",
                    {"given_on": dt.date(2025, 1, 1), "withdrawn_at": at("2026-02-01")})
        c4 = person("C4 erased", B, "male", "first", "destination", "FR",
                    {"given_on": dt.date(2025, 1, 1), "withdrawn_at": at("2026-05-01")},
                    erased_at=at("2026-05-01"))
        c5 = person("C5 deleted", A, "female", "third_plus", "origin", "ES", ok,
                    deleted_at=at("2026-05-01"))
        c6 = person("C6 expired", B, "other", "second", "origin", "FR",
                    {"given_on": dt.date(2025, 1, 1), "expires_on": dt.date(2026, 5, 1)})
        c7 = person("C7 national", None, "female", "second", "origin", "PT",
                    {"given_on": dt.date(2026, 6, 1), "expires_on": dt.date(2027, 6, 1)})

        def consultation(title: str, region: str | None, kind: str, held: str, status: str,
                         **kw: Any) -> str:
            k = Consultation(title=title, region_code=region, kind=kind,
                             held_on=dt.date.fromisoformat(held), status=status,
                             created_at=at("2025-01-01"), updated_at=at("2025-01-01"), **kw)
            s.add(k)
            s.flush()
            return k.id

        k1 = consultation("K1", A, "roundtable", "2026-03-10", "held")
        k2 = consultation("K2", B, "focus_group", "2026-04-20", "closed")
        k3 = consultation("K3 before", A, "workshop", "2025-11-01", "followed_up")
        k4 = consultation("K4 deleted", A, "roundtable", "2026-05-01", "held",
                          deleted_at=at("2026-05-02"))
        consultation("K5 not held", B, "online", "2026-06-20", "selected")

        def seat(k: str, c: str, status: str, **kw: Any) -> None:
            s.add(Participation(consultation_id=k, candidate_id=c, status=status,
                                created_at=at("2025-01-01"), updated_at=at("2025-01-01"), **kw))

        seat(k1, c1, "attended")
        seat(k1, c2, "attended")
        seat(k1, c3, "no_show")
        seat(k1, c4, "attended")
        seat(k2, c1, "attended")
        seat(k2, c6, "attended")
        seat(k2, c5, "attended")
        seat(k2, c7, "declined")
        seat(k2, c2, "attended", deleted_at=at("2026-05-01"))
        seat(k3, c7, "attended")
        seat(k4, c2, "attended")

        def promise(k: str, region: str | None, status: str, due: str, updated: str,
                    **kw: Any) -> None:
            s.add(FollowUpAction(consultation_id=k, region_code=region, text=f"promise {due}",
                                 owner="Ministry", status=status,
                                 due_on=dt.date.fromisoformat(due), created_at=at("2025-01-01"),
                                 updated_at=at(updated), **kw))

        promise(k1, A, "open", "2026-04-01", "2026-03-10")  # overdue
        promise(k1, A, "done", "2026-05-01", "2026-04-20", outcome="Done early")  # on time
        promise(k2, B, "done", "2026-05-15", "2026-06-01", outcome="Done late")  # late
        promise(k2, B, "in_progress", "2026-09-01", "2026-04-21")  # not yet due
        promise(k3, A, "open", "2026-02-01", "2025-11-02")  # overdue, consultation before
        promise(k1, A, "open", "2026-04-01", "2026-03-10", deleted_at=at("2026-03-11"))
        promise(k2, B, "dropped", "2026-03-01", "2026-04-21")
