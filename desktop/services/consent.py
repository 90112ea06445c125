"""Consent as records of their own: what was agreed to, in which words, when, how, by whom.

A candidate may only be selected for a consultation while a consent for that purpose is valid:
given, not withdrawn, not expired. Each consent keeps the exact text that was shown (and its
version), because "they agreed" is only provable together with "to what". Consent records share
the candidate's ``region_code`` so that sync scoping sends them wherever the candidate goes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Consent, utcnow
from desktop.models.consultations import CONSENT_PURPOSE_CONSULTATIONS
from desktop.services.i18n import translate

VALID = "valid"
EXPIRED = "expired"
WITHDRAWN = "withdrawn"
NONE = "none"
CONSENT_STATES = (VALID, EXPIRED, WITHDRAWN, NONE)

PURPOSE_INFORMATION = "information"
PURPOSES: tuple[str, ...] = (CONSENT_PURPOSE_CONSULTATIONS, PURPOSE_INFORMATION)
CHANNELS: tuple[str, ...] = ("paper_form", "online_form", "in_person", "phone", "email", "import")
DEFAULT_VALIDITY_DAYS = 2 * 365
"""Consent is asked again after two years unless the form says otherwise: people move, and a
list of stale consents is worth little to a consultation."""


class ConsentError(ValueError):
    """A consent that cannot be recorded; the message is for the user."""


@dataclass(frozen=True)
class ConsentText:
    """One version of the words shown to a person when asking for consent."""

    purpose: str
    version: str
    text: Callable[[], str]


def _consultations_v1() -> str:
    return translate(
        "Consent",
        "I agree that the diaspora-relations bureau keeps my name, contact details and the "
        "profile I gave (country of residence, citizenship, generation, education, occupation, "
        "languages, association) in order to invite me to consultation meetings. I know that "
        "participants are chosen by a public random draw, that I can see everything held about "
        "me, and that I can withdraw this consent at any time, after which I will not be "
        "invited again.",
    )


def _information_v1() -> str:
    return translate(
        "Consent",
        "I agree to receive information from the diaspora-relations bureau about programmes, "
        "events and services for the diaspora. I can withdraw this consent at any time.",
    )


CONSENT_TEXTS: tuple[ConsentText, ...] = (
    ConsentText(CONSENT_PURPOSE_CONSULTATIONS, "2026-1", _consultations_v1),
    ConsentText(PURPOSE_INFORMATION, "2026-1", _information_v1),
)


def current_text(purpose: str) -> ConsentText:
    """The newest text for a purpose (the one forms show today)."""
    found = [t for t in CONSENT_TEXTS if t.purpose == purpose]
    if not found:
        raise ConsentError(
            translate("Consent", "Unknown consent purpose: {purpose}").format(purpose=purpose)
        )
    return found[-1]


def purpose_label(purpose: str) -> str:
    labels = {
        CONSENT_PURPOSE_CONSULTATIONS: translate("Consent", "Invitation to consultations"),
        PURPOSE_INFORMATION: translate("Consent", "Information about programmes"),
    }
    return labels.get(purpose, purpose)


def channel_label(channel: str) -> str:
    labels = {
        "paper_form": translate("Consent", "Paper form"),
        "online_form": translate("Consent", "Online form"),
        "in_person": translate("Consent", "In person"),
        "phone": translate("Consent", "By phone"),
        "email": translate("Consent", "By e-mail"),
        "import": translate("Consent", "Imported list"),
    }
    return labels.get(channel, channel)


def state_label(state: str) -> str:
    labels = {
        VALID: translate("Consent", "Valid"),
        EXPIRED: translate("Consent", "Expired"),
        WITHDRAWN: translate("Consent", "Withdrawn"),
        NONE: translate("Consent", "No consent"),
    }
    return labels.get(state, state)


def consent_state(consent: Consent, today: dt.date | None = None) -> str:
    """``valid``, ``expired`` or ``withdrawn`` for one consent record."""
    today = today or dt.date.today()
    if consent.withdrawn_at is not None:
        return WITHDRAWN
    if consent.expires_on is not None and consent.expires_on < today:
        return EXPIRED
    if consent.given_on > today:
        return NONE  # recorded with a future date: not given yet
    return VALID


def summarise_states(states: Iterable[str]) -> str:
    """One word for a person's consents for a purpose: valid wins, then withdrawn, expired."""
    seen = set(states)
    for state in (VALID, WITHDRAWN, EXPIRED):
        if state in seen:
            return state
    return NONE


def valid_consent_clause(
    today: dt.date, purpose: str = CONSENT_PURPOSE_CONSULTATIONS
) -> ColumnElement[bool]:
    """SQL condition on :class:`Candidate`: holds a valid consent for ``purpose`` on ``today``."""
    return exists(
        select(Consent.id).where(
            Consent.candidate_id == Candidate.id,
            Consent.purpose == purpose,
            Consent.deleted_at.is_(None),
            Consent.withdrawn_at.is_(None),
            Consent.given_on <= today,
            or_(Consent.expires_on.is_(None), Consent.expires_on >= today),
        )
    )


def eligible_clause(today: dt.date) -> ColumnElement[bool]:
    """SQL condition: a live, not erased candidate with valid consent to consultations."""
    return and_(
        Candidate.deleted_at.is_(None),
        Candidate.erased_at.is_(None),
        valid_consent_clause(today),
    )


def eligible_ids(
    session: Session, today: dt.date | None = None, among: Iterable[str] | None = None
) -> set[str]:
    """Ids of candidates who may be selected today (optionally only among ``among``)."""
    today = today or dt.date.today()
    query = select(Candidate.id).where(eligible_clause(today))
    if among is None:
        return set(session.scalars(query))
    wanted = list(among)
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        found.update(session.scalars(query.where(Candidate.id.in_(wanted[start : start + 900]))))
    return found


def is_eligible(session: Session, candidate_id: str, today: dt.date | None = None) -> bool:
    return candidate_id in eligible_ids(session, today, [candidate_id])


def consent_states(
    session: Session, today: dt.date | None = None, purpose: str = CONSENT_PURPOSE_CONSULTATIONS
) -> dict[str, str]:
    """Candidate id -> summarised consent state for ``purpose`` (absent: no consent at all).

    Decided by SQLite in one grouped query, for lists of 100,000 candidates.
    """
    today = today or dt.date.today()
    rank = case(
        (Consent.withdrawn_at.is_not(None), 1),
        (and_(Consent.expires_on.is_not(None), Consent.expires_on < today), 2),
        (Consent.given_on > today, 3),
        else_=0,
    )
    names = {0: VALID, 1: WITHDRAWN, 2: EXPIRED, 3: NONE}
    rows = session.connection().execute(
        select(Consent.candidate_id, func.min(rank))
        .where(Consent.purpose == purpose, Consent.deleted_at.is_(None))
        .group_by(Consent.candidate_id)
    )
    return {candidate_id: names[best] for candidate_id, best in rows.all()}


def consents_of(session: Session, candidate_id: str) -> list[Consent]:
    """Every consent record of a person, newest first (withdrawn and expired ones included)."""
    return list(
        session.scalars(
            select(Consent)
            .where(Consent.candidate_id == candidate_id, Consent.deleted_at.is_(None))
            .order_by(Consent.given_on.desc(), Consent.created_at.desc())
        )
    )


def _check(channel: str, given_on: dt.date | None, expires_on: dt.date | None) -> dt.date:
    """The shared rules of a consent; returns the date it was given (today by default)."""
    if channel not in CHANNELS:
        raise ConsentError(translate("Consent", "Choose how the consent was given."))
    given_on = given_on or dt.date.today()
    if given_on > dt.date.today():
        raise ConsentError(translate("Consent", "The date of consent cannot be in the future."))
    if expires_on is not None and expires_on <= given_on:
        raise ConsentError(
            translate("Consent", "The consent must expire after the day it was given.")
        )
    return given_on


def record_consent(
    session: Session,
    candidate_id: str,
    *,
    purpose: str = CONSENT_PURPOSE_CONSULTATIONS,
    given_on: dt.date | None = None,
    channel: str = "paper_form",
    collected_by: str | None = None,
    expires_on: dt.date | None = None,
    text_version: str | None = None,
    text: str | None = None,
) -> Consent:
    """Record a consent; the text defaults to the current version shown by the forms."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None or candidate.deleted_at is not None:
        raise ConsentError(translate("Consent", "This person is not in the database."))
    if candidate.erased_at is not None:
        raise ConsentError(
            translate(
                "Consent", "This person's data was erased; record them again as a new person."
            )
        )
    given_on = _check(channel, given_on, expires_on)
    shown = current_text(purpose)
    if collected_by is None:
        from desktop.services.identity import current_user_name

        collected_by = current_user_name()
    consent = Consent(
        candidate_id=candidate_id,
        region_code=candidate.region_code,
        purpose=purpose,
        text_version=text_version or shown.version,
        text=text if text is not None else shown.text(),
        given_on=given_on,
        channel=channel,
        collected_by=collected_by.strip(),
        expires_on=expires_on,
    )
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, consent_id: str) -> Consent:
    """Withdraw one consent now (one click in the form); withdrawing twice changes nothing."""
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise ConsentError(translate("Consent", "This consent record no longer exists."))
    if consent.withdrawn_at is None:
        consent.withdrawn_at = utcnow()
    return consent


def withdraw_all(session: Session, candidate_id: str, purpose: str | None = None) -> int:
    """Withdraw every active consent of a person (for one purpose, or all); returns how many."""
    count = 0
    for consent in consents_of(session, candidate_id):
        if purpose is not None and consent.purpose != purpose:
            continue
        if consent.withdrawn_at is None:
            consent.withdrawn_at = utcnow()
            count += 1
    return count


def default_expiry(given_on: dt.date) -> dt.date:
    return given_on + dt.timedelta(days=DEFAULT_VALIDITY_DAYS)


def record_consents(
    session: Session,
    candidate_ids: Iterable[str],
    *,
    purpose: str = CONSENT_PURPOSE_CONSULTATIONS,
    given_on: dt.date | None = None,
    channel: str = "paper_form",
    collected_by: str | None = None,
    expires_on: dt.date | None = None,
) -> tuple[int, int]:
    """The same consent for many people (a signed sheet, an imported list of thousands).
    People who are erased or no longer in the database are skipped; returns (recorded,
    skipped). Mistakes in the shared values (a future date …) refuse the whole batch."""
    from desktop.services.bulk import insert_records

    given_on = _check(channel, given_on, expires_on)
    shown = current_text(purpose)
    if collected_by is None:
        from desktop.services.identity import current_user_name

        collected_by = current_user_name()
    ids = list(dict.fromkeys(candidate_ids))
    regions: dict[str, str | None] = {}
    for start in range(0, len(ids), 900):
        regions.update(
            session.execute(
                select(Candidate.id, Candidate.region_code).where(
                    Candidate.id.in_(ids[start : start + 900]),
                    Candidate.deleted_at.is_(None),
                    Candidate.erased_at.is_(None),
                )
            ).all()
        )
    text = shown.text()
    rows = [
        {
            "candidate_id": cid,
            "region_code": regions[cid],
            "purpose": purpose,
            "text_version": shown.version,
            "text": text,
            "given_on": given_on,
            "channel": channel,
            "collected_by": collected_by.strip(),
            "expires_on": expires_on,
        }
        for cid in ids
        if cid in regions
    ]
    insert_records(session, Consent, rows)
    return len(rows), len(ids) - len(rows)
