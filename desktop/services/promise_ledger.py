"""The promise ledger: every follow-up commitment of every consultation, and its public digest.

The field's complaint is that the feedback loop gets neglected: people are consulted, promises
are made and nobody hears what became of them. The ledger lists every commitment with what was
promised, to whom (the consultation and how many took part), who is responsible, by when, its
status and the evidence of what was done (the outcome). The digest is the public side: "You
said … / We did …" for one region and period, in the six languages, to hand out at the next
consultation or to print with a flyer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Consultation, FollowUpAction, Participation
from desktop.services.consultation_reports import REPORT_TEXTS
from desktop.services.indicators import queries as q
from desktop.services.indicators.model import NATIONAL, REGION, Period, Scope
from desktop.services.letters import format_date
from desktop.services.office_profile import OfficeProfile
from desktop.services.print_canvas import MUTED, PageWriter
from desktop.services.regions import region_names

DIGEST_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ro", "ru", "ar")


@dataclass(frozen=True)
class LedgerRow:
    id: str
    consultation_id: str
    consultation_title: str
    held_on: dt.date | None
    region_code: str
    attended: int
    """How many people took part: the "to whom" of a promise made at a consultation."""
    text: str
    owner: str
    due_on: dt.date | None
    status: str
    outcome: str
    overdue: bool


def ledger_rows(session: Session, today: dt.date | None = None) -> list[LedgerRow]:
    """Every live commitment of every live consultation, soonest due first (one query)."""
    today = today or dt.date.today()
    attended = (select(func.count()).where(Participation.consultation_id == Consultation.id,
                                           Participation.deleted_at.is_(None),
                                           Participation.status == "attended")
                .correlate(Consultation).scalar_subquery())
    query = (select(FollowUpAction.id, Consultation.id, Consultation.title, Consultation.held_on,
                    Consultation.region_code, attended, FollowUpAction.text, FollowUpAction.owner,
                    FollowUpAction.due_on, FollowUpAction.status, FollowUpAction.outcome)
             .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
             .where(FollowUpAction.deleted_at.is_(None), Consultation.deleted_at.is_(None))
             .order_by(FollowUpAction.due_on.is_(None), FollowUpAction.due_on,
                       Consultation.title))
    return [LedgerRow(r[0], r[1], r[2], r[3], r[4] or "", int(r[5] or 0), r[6], r[7], r[8],
                      r[9], r[10],
                      r[9] in q.OPEN_COMMITMENTS and r[8] is not None and r[8] < today)
            for r in session.execute(query)]


def get_commitment(session: Session, action_id: str) -> FollowUpAction | None:
    """The record behind a ledger row, for the existing edit dialog."""
    action = session.get(FollowUpAction, action_id)
    return action if action is not None and action.deleted_at is None else None


# --------------------------------------------------------------------------------------------
# The public digest


@dataclass(frozen=True)
class DigestText:
    title: str
    intro: str
    nothing: str
    you_said: str
    we_did: str
    not_yet: str
    due: str
    kept: str


DIGEST_TEXTS: dict[str, DigestText] = {
    "en": DigestText(
        title="You said … We did …",
        intro="What you told us at our consultations in {place} from {start} to {end}, what we "
              "promised, and what we have done since.",
        nothing="No consultation with recorded commitments took place in this period.",
        you_said="You said / we promised", we_did="We did",
        not_yet="Not done yet.", due="Due {date}.",
        kept="{done} of {total} promises kept, {open} under way."),
    "fr": DigestText(
        title="Vous avez dit … Nous avons fait …",
        intro="Ce que vous nous avez dit lors de nos consultations ({place}) du {start} au "
              "{end}, ce que nous avons promis et ce que nous avons fait depuis.",
        nothing="Aucune consultation avec des engagements enregistrés n'a eu lieu pendant "
                "cette période.",
        you_said="Vous avez dit / nous avons promis", we_did="Nous avons fait",
        not_yet="Pas encore fait.", due="Échéance : {date}.",
        kept="{done} promesses tenues sur {total}, {open} en cours."),
    "es": DigestText(
        title="Ustedes dijeron … Nosotros hicimos …",
        intro="Lo que nos dijeron en nuestras consultas ({place}) del {start} al {end}, lo que "
              "prometimos y lo que hemos hecho desde entonces.",
        nothing="En este periodo no hubo ninguna consulta con compromisos registrados.",
        you_said="Ustedes dijeron / prometimos", we_did="Hicimos",
        not_yet="Todavía no se ha hecho.", due="Plazo: {date}.",
        kept="{done} de {total} promesas cumplidas, {open} en curso."),
    "ro": DigestText(
        title="Ați spus … Am făcut …",
        intro="Ce ne-ați spus la consultările noastre ({place}) între {start} și {end}, ce am "
              "promis și ce am făcut de atunci.",
        nothing="În această perioadă nu a avut loc nicio consultare cu angajamente înregistrate.",
        you_said="Ați spus / am promis", we_did="Am făcut",
        not_yet="Încă nefăcut.", due="Termen: {date}.",
        kept="{done} din {total} promisiuni îndeplinite, {open} în curs."),
    "ru": DigestText(
        title="Вы сказали … Мы сделали …",
        intro="Что вы сказали нам на консультациях ({place}) с {start} по {end}, что мы "
              "пообещали и что с тех пор сделано.",
        nothing="В этот период не было консультаций с записанными обязательствами.",
        you_said="Вы сказали / мы пообещали", we_did="Мы сделали",
        not_yet="Пока не сделано.", due="Срок: {date}.",
        kept="Выполнено {done} из {total} обещаний, {open} в работе."),
    "ar": DigestText(
        title="قلتم … فعلنا …",
        intro="ما قلتموه لنا في مشاوراتنا، {place}، من {start} إلى {end}، وما وعدنا به، وما "
              "أنجزناه منذ ذلك الحين.",
        nothing="لم تُعقد في هذه الفترة أي مشاورة سُجّلت فيها التزامات.",
        you_said="قلتم / وعدنا", we_did="فعلنا",
        not_yet="لم يُنجز بعد.", due="الموعد: {date}.",
        kept="أُنجز {done} من أصل {total} وعدًا، و{open} قيد التنفيذ."),
}

NATIONAL_PLACE = {"en": "nationally", "fr": "au niveau national", "es": "a nivel nacional",
                  "ro": "la nivel național", "ru": "на национальном уровне",
                  "ar": "على المستوى الوطني"}
ALL_PLACES = {"en": "all regions", "fr": "toutes les régions", "es": "todas las regiones",
              "ro": "toate regiunile", "ru": "все регионы", "ar": "جميع المناطق"}


def write_digest(session: Session, path: Path, language: str, scope: Scope, period: Period,
                 profile: OfficeProfile, today: dt.date | None = None) -> int:
    """The public "You said … / We did …" PDF for a scope and period; returns how many
    commitments it lists. Wording in ``language`` (one of :data:`DIGEST_LANGUAGES`); the
    commitments and outcomes are printed as typed."""
    today = today or dt.date.today()
    language = language if language in DIGEST_TEXTS else "en"
    words, report_words = DIGEST_TEXTS[language], REPORT_TEXTS[language]
    names = region_names(session)
    if scope.kind == REGION:
        place = names.get(scope.region_code, scope.region_code)
    elif scope.kind == NATIONAL:
        place = NATIONAL_PLACE[language]
    else:
        place = ALL_PLACES[language]
    query = (select(Consultation.id, Consultation.title, Consultation.held_on,
                    Consultation.kind, FollowUpAction.text, FollowUpAction.status,
                    FollowUpAction.due_on, FollowUpAction.outcome)
             .join(Consultation, FollowUpAction.consultation_id == Consultation.id)
             .where(q.live_commitment(scope), q.held_in(scope, period))
             .order_by(Consultation.held_on, Consultation.title, FollowUpAction.due_on.is_(None),
                       FollowUpAction.due_on, FollowUpAction.created_at))
    grouped: dict[tuple[str, str, dt.date | None, str], list[tuple[str, str, dt.date | None,
                                                                    str]]] = defaultdict(list)
    for cid, title, held_on, kind, text, status, due_on, outcome in session.execute(query):
        grouped[(cid, title, held_on, kind)].append((text, status, due_on, outcome))
    writer = PageWriter(path, language, words.title)
    if profile.name:
        writer.text(profile.name, size=10, bold=True, gap=6)
    writer.text(words.title, size=20, bold=True, gap=6)
    start = format_date(period.start, language) if period.start else "—"
    writer.text(words.intro.format(place=place, start=start,
                                   end=format_date(period.end, language)), size=11, gap=8)
    items = [item for entries in grouped.values() for item in entries]
    counted = [i for i in items if i[1] != "dropped"]
    if counted:
        done = sum(1 for i in counted if i[1] == "done")
        writer.text(words.kept.format(done=done, total=len(counted),
                                      open=len(counted) - done), size=11, bold=True, gap=6)
    writer.rule()
    if not grouped:
        writer.text(words.nothing, size=11)
    for (_cid, title, held_on, _kind), entries in grouped.items():
        writer.heading(title, size=12.5)
        if held_on is not None:
            writer.text(format_date(held_on, language), size=9, gap=4, color=MUTED)
        rows = [[words.you_said, words.we_did]]
        for text, status, due_on, outcome in entries:
            state = report_words.statuses.get(status, status)
            if status == "done":
                did = outcome or state
            elif status == "dropped":
                did = f"{state}. {outcome}".strip()
            else:
                did = " ".join(p for p in (
                    outcome, words.not_yet if not outcome else "",
                    words.due.format(date=format_date(due_on, language)) if due_on else "",
                    f"{state}.") if p)
            rows.append([text, did])
        writer.table(rows, (0.55, 0.45), size=9.5)
    writer.space(6)
    writer.text(report_words.produced.format(date=format_date(today, language)), size=8,
                color=MUTED)
    writer.finish()
    return len(items)
