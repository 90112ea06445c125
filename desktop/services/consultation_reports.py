""" "You said, we did" reports and invitee lists of a consultation.

The report goes back to the participants (and often to the public), so, like the letters, it is
written in the consultation's language with fixed wording kept here; the commitments and
outcomes are printed as the bureau typed them. The invitee list is an office document and
follows the interface language.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Participation
from desktop.services import countries
from desktop.services.consultations import (
    ConsultationError,
    follow_ups,
    get_consultation,
    participation_labels,
)
from desktop.services.i18n import translate
from desktop.services.letters import LETTERS, format_date
from desktop.services.report_pdf import cells, isolate, paragraph, styles


@dataclass(frozen=True)
class ReportText:
    title: str
    intro: str
    no_date: str
    attendance: str
    summary: str
    empty: str
    columns: tuple[str, str, str, str, str]
    statuses: dict[str, str]
    produced: str


REPORT_TEXTS: dict[str, ReportText] = {
    "en": ReportText(
        title="You said, we did",
        intro="What was raised {kind} {title} ({date}), what we committed to, and what has "
        "been done since.",
        no_date="date to be confirmed",
        attendance="{attended} people took part, out of {seats} seats.",
        summary="{done} of {total} commitments done, {open} still open, {dropped} dropped.",
        empty="No commitments have been recorded yet.",
        columns=("You said / we committed to", "Who", "By", "Status", "What we did"),
        statuses={
            "open": "Open",
            "in_progress": "In progress",
            "done": "Done",
            "dropped": "Dropped",
        },
        produced="Report produced on {date}.",
    ),
    "fr": ReportText(
        title="Vous avez dit, nous avons fait",
        intro="Ce qui a été soulevé {kind} {title} ({date}), ce à quoi nous nous sommes "
        "engagés, et ce qui a été fait depuis.",
        no_date="date à confirmer",
        attendance="{attended} personnes ont participé, pour {seats} places.",
        summary="{done} engagements tenus sur {total}, {open} encore ouverts, {dropped} "
        "abandonnés.",
        empty="Aucun engagement n'a encore été enregistré.",
        columns=(
            "Vous avez dit / nous nous sommes engagés à",
            "Qui",
            "Pour le",
            "État",
            "Ce que nous avons fait",
        ),
        statuses={
            "open": "Ouvert",
            "in_progress": "En cours",
            "done": "Fait",
            "dropped": "Abandonné",
        },
        produced="Rapport établi le {date}.",
    ),
    "es": ReportText(
        title="Ustedes dijeron, nosotros hicimos",
        intro="Lo que se planteó {kind} {title} ({date}), a qué nos comprometimos y qué se ha "
        "hecho desde entonces.",
        no_date="fecha por confirmar",
        attendance="Participaron {attended} personas, para {seats} plazas.",
        summary="{done} de {total} compromisos cumplidos, {open} aún abiertos, {dropped} "
        "abandonados.",
        empty="Todavía no se ha registrado ningún compromiso.",
        columns=(
            "Ustedes dijeron / nos comprometimos a",
            "Quién",
            "Para",
            "Estado",
            "Lo que hicimos",
        ),
        statuses={
            "open": "Abierto",
            "in_progress": "En curso",
            "done": "Hecho",
            "dropped": "Abandonado",
        },
        produced="Informe elaborado el {date}.",
    ),
    "ro": ReportText(
        title="Ați spus, am făcut",
        intro="Ce s-a discutat {kind} {title} ({date}), la ce ne-am angajat și ce s-a făcut "
        "de atunci.",
        no_date="dată de confirmat",
        attendance="Au participat {attended} persoane, pentru {seats} locuri.",
        summary="{done} din {total} angajamente îndeplinite, {open} încă deschise, {dropped} "
        "abandonate.",
        empty="Nu a fost înregistrat încă niciun angajament.",
        columns=("Ați spus / ne-am angajat să", "Cine", "Până la", "Stare", "Ce am făcut"),
        statuses={
            "open": "Deschis",
            "in_progress": "În curs",
            "done": "Făcut",
            "dropped": "Abandonat",
        },
        produced="Raport întocmit la {date}.",
    ),
    "ru": ReportText(
        title="Вы сказали — мы сделали",
        intro="Что было поднято {kind} {title} ({date}), какие обязательства мы взяли и что "
        "с тех пор сделано.",
        no_date="дата уточняется",
        attendance="Участвовали {attended} человек, мест было {seats}.",
        summary="Выполнено {done} из {total} обязательств, {open} ещё открыты, {dropped} отменены.",
        empty="Обязательства пока не записаны.",
        columns=("Вы сказали / мы обязались", "Кто", "Срок", "Статус", "Что мы сделали"),
        statuses={
            "open": "Открыто",
            "in_progress": "В работе",
            "done": "Выполнено",
            "dropped": "Отменено",
        },
        produced="Отчёт составлен {date}.",
    ),
    "ar": ReportText(
        title="قلتم، فعلنا",
        intro="ما طُرح {kind} {title} ({date})، وما التزمنا به، وما تم إنجازه منذ ذلك الحين.",
        no_date="موعد يُحدَّد لاحقًا",
        attendance="شارك {attended} شخصًا، من أصل {seats} مقعدًا.",
        summary="تم إنجاز {done} من أصل {total} التزامًا، و{open} ما زالت مفتوحة، و{dropped} أُلغيت.",
        empty="لم يُسجَّل أي التزام بعد.",
        columns=("قلتم / التزمنا بـ", "المسؤول", "الموعد", "الحالة", "ما فعلناه"),
        statuses={"open": "مفتوح", "in_progress": "قيد التنفيذ", "done": "منجز", "dropped": "أُلغي"},
        produced="أُعدّ هذا التقرير بتاريخ {date}.",
    ),
}


def write_you_said_we_did(
    session: Session, consultation_id: str, path: Path, today: dt.date | None = None
) -> int:
    """The commitments of a consultation and their outcomes as a PDF; returns how many."""
    consultation = get_consultation(session, consultation_id)
    language = consultation.language if consultation.language in REPORT_TEXTS else "en"
    words = REPORT_TEXTS[language]
    letter = LETTERS[language]
    rtl = language == "ar"
    st = styles(rtl=rtl)
    today = today or dt.date.today()
    actions = follow_ups(session, consultation_id)
    open_q, close_q = letter.quote
    date_text = (
        format_date(consultation.held_on, language) if consultation.held_on else words.no_date
    )
    kind = letter.kinds.get(consultation.kind, letter.kinds["roundtable"])
    shown_title = isolate(consultation.title) if rtl else consultation.title
    story: list[object] = [
        paragraph(words.title, st.title, rtl=rtl, bold=True),
        paragraph(consultation.title, st.heading, rtl=rtl, bold=True),
        paragraph(
            words.intro.format(kind=kind, title=f"{open_q}{shown_title}{close_q}", date=date_text),
            st.body,
            rtl=rtl,
        ),
    ]
    statuses = Counter(
        session.scalars(
            select(Participation.status).where(
                Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None)
            )
        )
    )
    if statuses["attended"] or statuses["no_show"]:
        story.append(
            paragraph(
                words.attendance.format(attended=statuses["attended"], seats=consultation.seats),
                st.body,
                rtl=rtl,
            )
        )
    counts = Counter(a.status for a in actions)
    if actions:
        story.append(
            paragraph(
                words.summary.format(
                    done=counts["done"],
                    total=len(actions),
                    open=counts["open"] + counts["in_progress"],
                    dropped=counts["dropped"],
                ),
                st.body,
                rtl=rtl,
            )
        )
        rows: list[list[str]] = [list(words.columns)]
        for action in actions:
            rows.append(
                [
                    action.text,
                    action.owner,
                    format_date(action.due_on, language) if action.due_on else "",
                    words.statuses.get(action.status, action.status),
                    action.outcome,
                ]
            )
        if rtl:
            rows = [list(reversed(r)) for r in rows]
        widths = [62 * mm, 26 * mm, 24 * mm, 20 * mm, 34 * mm]
        if rtl:
            widths = list(reversed(widths))
        table = Table(cells(rows, st.cell), colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(table)
    else:
        story.append(paragraph(words.empty, st.body, rtl=rtl))
    story.append(Spacer(1, 6 * mm))
    story.append(
        paragraph(words.produced.format(date=format_date(today, language)), st.small, rtl=rtl)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{words.title} — {consultation.title}",
        lang=language,
    ).build(story)
    return len(actions)


# --------------------------------------------------------------------------------------------
# Invitee list


def invitee_rows(
    session: Session,
    consultation_id: str,
    language: str = "en",
    statuses: tuple[str, ...] | None = None,
) -> list[list[str]]:
    """Header + one row per panel member and reserve (decliners included, marked)."""
    get_consultation(session, consultation_id)
    labels = participation_labels()
    header = [
        translate("InviteeList", "Name"),
        translate("InviteeList", "E-mail"),
        translate("InviteeList", "Phone"),
        translate("InviteeList", "Address"),
        translate("InviteeList", "Country of residence"),
        translate("InviteeList", "Status"),
        translate("InviteeList", "Reserve rank"),
        translate("InviteeList", "Selection probability"),
    ]
    wanted = statuses or (
        "selected",
        "invited",
        "confirmed",
        "declined",
        "attended",
        "no_show",
        "reserve",
    )
    rows = session.execute(
        select(
            Candidate.name,
            Candidate.email,
            Candidate.phone,
            Candidate.address,
            Candidate.country_code,
            Participation.status,
            Participation.reserve_rank,
            Participation.probability,
        )
        .join(Participation, Participation.candidate_id == Candidate.id)
        .where(
            Participation.consultation_id == consultation_id,
            Participation.deleted_at.is_(None),
            Participation.status.in_(wanted),
        )
        .order_by(Participation.status == "reserve", Participation.reserve_rank, Candidate.name)
    ).all()
    out = [header]
    for name, email, phone, address, country, status, rank, probability in rows:
        out.append(
            [
                name,
                email,
                phone,
                " ".join(address.split()),
                countries.country_name(country, language) if country else "",
                labels.get(status, status),
                "" if rank is None else str(rank),
                "" if probability is None else f"{probability:.4f}",
            ]
        )
    return out


def export_invitees(
    session: Session, consultation_id: str, path: Path, language: str = "en"
) -> int:
    """Write the invitee list as CSV (UTF-8 with BOM, for Excel) or XLSX; returns the rows."""
    rows = invitee_rows(session, consultation_id, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.create_sheet(index=0)
        for other in book.worksheets[1:]:
            book.remove(other)
        sheet.title = translate("InviteeList", "Invitees")[:31]
        for row in rows:
            sheet.append(row)
        from openpyxl.utils import get_column_letter

        for index in range(1, len(rows[0]) + 1):
            width = max(len(str(row[index - 1])) for row in rows)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
        sheet.freeze_panes = "A2"
        book.save(path)
    elif suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    else:
        raise ConsultationError(
            translate("InviteeList", "Choose a file name ending in .csv or .xlsx.")
        )
    return len(rows) - 1
