"""A person's rights over their data: see everything held on them, and have it erased.

The access export gathers every record about one candidate (their fields, consents,
participations, and follow-up commitments that mention them by name or e-mail) as JSON for
machines and a PDF for the person. Erasure wipes what identifies the person but keeps what the
statistics need (gender, country, generation, citizenship, education, occupation, region), so
that monitoring figures and past selections stay countable after someone leaves.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Association, Candidate, Consultation, Participation, utcnow
from desktop.models.base import to_wire_value
from desktop.services import countries
from desktop.services.candidates import (
    ERASED_NAME,
    CandidateError,
    candidate_values,
    get_candidate,
    label_for,
    topic_label,
)
from desktop.services.consent import (
    channel_label,
    consent_state,
    consents_of,
    purpose_label,
    state_label,
    withdraw_all,
)
from desktop.services.consultations import (
    follow_up_labels,
    follow_ups_mentioning,
    participation_labels,
    status_labels,
)
from desktop.services.i18n import list_text, translate
from desktop.services.report_pdf import cells, paragraph, styles
from desktop.services.validation import FieldError
from desktop.services.vocabulary import language_names

CTX = "PersonalData"
EXPORT_FORMAT = "diaspora-desk/access-export/1"
KEPT_FOR_STATISTICS = (
    "gender",
    "country_code",
    "citizenship",
    "generation",
    "education_level",
    "occupation_sector",
    "region_code",
)
"""Fields an erasure keeps: on their own they identify no one, and the monitoring needs them."""


def access_export(
    session: Session, candidate_id: str, today: dt.date | None = None
) -> dict[str, Any]:
    """Everything held on one person, as JSON-safe data."""
    candidate = get_candidate(session, candidate_id)
    today = today or dt.date.today()
    association = (
        session.get(Association, candidate.association_id) if candidate.association_id else None
    )
    person = {key: to_wire_value(value) for key, value in candidate_values(candidate).items()}
    person["association_name"] = association.name if association else None
    person["id"] = candidate.id
    person["created_at"] = to_wire_value(candidate.created_at)
    person["updated_at"] = to_wire_value(candidate.updated_at)
    person["erased_at"] = to_wire_value(candidate.erased_at)
    person["extra"] = dict(candidate.extra or {})
    consents = [
        {
            "id": c.id,
            "purpose": c.purpose,
            "text_version": c.text_version,
            "text": c.text,
            "given_on": to_wire_value(c.given_on),
            "channel": c.channel,
            "collected_by": c.collected_by,
            "expires_on": to_wire_value(c.expires_on),
            "withdrawn_at": to_wire_value(c.withdrawn_at),
            "state": consent_state(c, today),
        }
        for c in consents_of(session, candidate_id)
    ]
    participations = []
    for participation, consultation in session.execute(
        select(Participation, Consultation)
        .join(Consultation, Consultation.id == Participation.consultation_id)
        .where(Participation.candidate_id == candidate_id, Participation.deleted_at.is_(None))
        .order_by(Consultation.held_on)
    ):
        participations.append(
            {
                "consultation_id": consultation.id,
                "consultation": consultation.title,
                "held_on": to_wire_value(consultation.held_on),
                "consultation_status": consultation.status,
                "status": participation.status,
                "probability": participation.probability,
                "reserve_rank": participation.reserve_rank,
            }
        )
    words = [candidate.name, candidate.email] if candidate.erased_at is None else []
    mentions = [
        {
            "consultation_id": action.consultation_id,
            "text": action.text,
            "owner": action.owner,
            "due_on": to_wire_value(action.due_on),
            "status": action.status,
            "outcome": action.outcome,
        }
        for action in follow_ups_mentioning(session, words)
    ]
    return {
        "format": EXPORT_FORMAT,
        "exported_at": to_wire_value(utcnow()),
        "person": person,
        "consents": consents,
        "participations": participations,
        "follow_ups_mentioning": mentions,
    }


def write_access_json(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )


def _field_rows(person: dict[str, Any], language: str) -> list[list[str]]:
    country = person.get("country_code") or ""
    return [
        [translate("PersonalData", "Name"), person.get("name") or ""],
        [translate("PersonalData", "Gender"), label_for("gender", person.get("gender"))],
        [translate("PersonalData", "Birth year"), str(person.get("birth_year") or "")],
        [
            translate("PersonalData", "Country of residence"),
            countries.country_name(country, language) if country else "",
        ],
        [
            translate("PersonalData", "Citizenship"),
            label_for("citizenship", person.get("citizenship")),
        ],
        [
            translate("PersonalData", "Generation"),
            label_for("generation", person.get("generation")),
        ],
        [
            translate("PersonalData", "Education"),
            label_for("education_level", person.get("education_level")),
        ],
        [
            translate("PersonalData", "Occupation"),
            label_for("occupation_sector", person.get("occupation_sector")),
        ],
        [
            translate("PersonalData", "Skills"),
            list_text(person.get("skills") or [], language, "; "),
        ],
        [
            translate("PersonalData", "Languages"),
            list_text(language_names(person.get("languages") or [], language), language, "; "),
        ],
        [
            translate("PersonalData", "Topics volunteered for"),
            list_text((topic_label(t) for t in person.get("topics") or []), language, "; "),
        ],
        [translate("PersonalData", "Association"), person.get("association_name") or ""],
        [translate("PersonalData", "Origin region"), person.get("region_code") or ""],
        [translate("PersonalData", "E-mail"), person.get("email") or ""],
        [translate("PersonalData", "Phone"), person.get("phone") or ""],
        [translate("PersonalData", "Address"), person.get("address") or ""],
        [translate("PersonalData", "Notes"), person.get("notes") or ""],
        *[[str(k), str(v)] for k, v in (person.get("extra") or {}).items()],
        [translate("PersonalData", "Recorded on"), (person.get("created_at") or "")[:10]],
        [translate("PersonalData", "Last changed on"), (person.get("updated_at") or "")[:10]],
    ]


def write_access_pdf(data: dict[str, Any], path: Path, language: str = "en") -> None:
    """The access export as a document a person can read."""
    st = styles()
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ]
    )
    plain = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
        ]
    )
    person = data["person"]
    story: list[object] = [
        paragraph(translate("PersonalData", "Everything we hold about you"), st.title, bold=True),
        paragraph(person.get("name") or "", st.heading, bold=True),
        paragraph(
            translate(
                "PersonalData",
                "This document lists every record the diaspora-relations bureau keeps "
                "about this person: their details, their consents, the consultations "
                "they were part of, and commitments that mention them. Exported on "
                "{date}.",
            ).format(date=str(data.get("exported_at", ""))[:10]),
            st.body,
        ),
        paragraph(translate("PersonalData", "Details"), st.heading, bold=True),
    ]
    details = Table(
        cells(_field_rows(person, language), st.cell, header=False), colWidths=[48 * mm, 120 * mm]
    )
    details.setStyle(plain)
    story.append(details)

    story.append(paragraph(translate("PersonalData", "Consents"), st.heading, bold=True))
    if data["consents"]:
        rows = [
            [
                translate("PersonalData", "Purpose"),
                translate("PersonalData", "Given on"),
                translate("PersonalData", "How"),
                translate("PersonalData", "Collected by"),
                translate("PersonalData", "Expires on"),
                translate("PersonalData", "State"),
            ]
        ]
        for c in data["consents"]:
            rows.append(
                [
                    purpose_label(c["purpose"]),
                    c["given_on"] or "",
                    channel_label(c["channel"]),
                    c["collected_by"],
                    c["expires_on"] or "",
                    state_label(c["state"]),
                ]
            )
        table = Table(
            cells(rows, st.cell),
            colWidths=[38 * mm, 22 * mm, 26 * mm, 30 * mm, 22 * mm, 30 * mm],
            repeatRows=1,
        )
        table.setStyle(grid)
        story.append(table)
        for c in data["consents"]:
            story.append(Spacer(1, 2 * mm))
            story.append(
                paragraph(
                    translate(
                        "PersonalData", "Text agreed to on {date} (version {version}):"
                    ).format(date=c["given_on"], version=c["text_version"]),
                    st.small,
                )
            )
            story.append(paragraph(c["text"], st.small))
    else:
        story.append(paragraph(translate("PersonalData", "No consent is recorded."), st.body))

    story.append(paragraph(translate("PersonalData", "Consultations"), st.heading, bold=True))
    if data["participations"]:
        labels = participation_labels()
        statuses = status_labels()
        rows = [
            [
                translate("PersonalData", "Consultation"),
                translate("PersonalData", "Date"),
                translate("PersonalData", "Your place"),
                translate("PersonalData", "Chance of being selected"),
                translate("PersonalData", "Consultation status"),
            ]
        ]
        for p in data["participations"]:
            probability = p["probability"]
            rows.append(
                [
                    p["consultation"],
                    p["held_on"] or "",
                    labels.get(p["status"], p["status"]),
                    "" if probability is None else f"{probability:.1%}",
                    statuses.get(p["consultation_status"], p["consultation_status"]),
                ]
            )
        table = Table(
            cells(rows, st.cell),
            colWidths=[60 * mm, 22 * mm, 28 * mm, 28 * mm, 30 * mm],
            repeatRows=1,
        )
        table.setStyle(grid)
        story.append(table)
    else:
        story.append(
            paragraph(
                translate("PersonalData", "This person has not been part of any consultation."),
                st.body,
            )
        )

    story.append(
        paragraph(
            translate("PersonalData", "Commitments that mention this person"), st.heading, bold=True
        )
    )
    if data["follow_ups_mentioning"]:
        labels = follow_up_labels()
        rows = [
            [
                translate("PersonalData", "Commitment"),
                translate("PersonalData", "Who"),
                translate("PersonalData", "Status"),
                translate("PersonalData", "Outcome"),
            ]
        ]
        for f in data["follow_ups_mentioning"]:
            rows.append([f["text"], f["owner"], labels.get(f["status"], f["status"]), f["outcome"]])
        table = Table(
            cells(rows, st.cell), colWidths=[70 * mm, 30 * mm, 22 * mm, 46 * mm], repeatRows=1
        )
        table.setStyle(grid)
        story.append(table)
    else:
        story.append(paragraph(translate("PersonalData", "None."), st.body))
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=translate("PersonalData", "Everything we hold about you"),
    ).build(story)


def erase_candidate(session: Session, candidate_id: str) -> Candidate:
    """Wipe a person's identifying data for good; their statistics stay countable.

    Consents are withdrawn (the person can no longer be invited) but kept as a record that
    consent existed; participations stay, so past panels still add up.
    """
    candidate = get_candidate(session, candidate_id)
    if candidate.erased_at is not None:
        raise CandidateError(
            [FieldError("", translate("PersonalData", "This person's data was already erased."))]
        )
    candidate.name = ERASED_NAME
    candidate.birth_year = None
    candidate.email = ""
    candidate.phone = ""
    candidate.address = ""
    candidate.notes = ""
    candidate.skills = []
    candidate.languages = []
    candidate.topics = []
    candidate.association_id = None
    candidate.extra = {}
    candidate.erased_at = utcnow()
    withdraw_all(session, candidate_id)
    return candidate


def erased_name() -> str:
    """How an erased person is shown in lists, in the user's language."""
    return translate("PersonalData", "Erased person")
