"""The rotation rule: people seated in the last N months are left out before the draw, and
the audit record and report say so (the draw stays verifiable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.models import Consultation, Participation
from desktop.services.consultation_criteria import Criteria, QuotaRow
from desktop.services.consultation_selection import (
    prepare,
    pseudonym,
    run_selection,
    save_criteria,
)
from desktop.services.consultations import add_to_pool
from desktop.services.selection import verify_audit, write_audit_pdf
from desktop.views.context import AppContext
from tests.consultations.conftest import MakePerson


def seat_elsewhere(db: Database, people: list[str], months_ago: int, status: str) -> None:
    held = dt.date.today() - dt.timedelta(days=30 * months_ago)
    with db.transaction() as session:
        earlier = Consultation(title=f"Earlier {months_ago}", held_on=held, status="held")
        session.add(earlier)
        session.flush()
        for cid in people:
            session.add(Participation(consultation_id=earlier.id, candidate_id=cid,
                                      status=status))


def test_recently_seated_people_are_left_out_and_recorded(
        db: Database, make_person: MakePerson, make_consultation: Callable[..., str],
        tmp_path: Path) -> None:
    ids = [make_person(gender="female" if i % 2 else "male") for i in range(12)]
    seat_elsewhere(db, ids[:2], months_ago=2, status="attended")
    seat_elsewhere(db, ids[2:3], months_ago=3, status="confirmed")
    seat_elsewhere(db, ids[3:4], months_ago=4, status="declined")  # never seated: stays
    seat_elsewhere(db, ids[4:5], months_ago=9, status="attended")  # too long ago: stays
    cid = make_consultation(seats=4, reserves_wanted=2)
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
        save_criteria(session, cid, Criteria(
            features=["gender"], quotas=[QuotaRow("gender", "female", 2, 2),
                                         QuotaRow("gender", "male", 2, 2)],
            rotation_months=6))
    with db.sessions() as session:
        prepared = prepare(session, cid)
    assert prepared.rotated_out == sorted(ids[:3])
    assert len(prepared.profiles) == 9
    outcome = run_selection(prepared, "42")
    assert not set(outcome.panel) & set(ids[:3])
    rotation = outcome.audit["rotation"]
    assert rotation["months"] == 6
    assert rotation["left_out"] == sorted(pseudonym(cid, c) for c in ids[:3])
    assert all(c not in str(outcome.audit) for c in ids)  # pseudonyms only
    assert verify_audit(outcome.audit).ok
    pdf = write_audit_pdf(outcome.audit, tmp_path / "audit.pdf")
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert "Rotation rule" in " ".join(text.split())


def test_without_the_rule_everyone_stays(db: Database, make_person: MakePerson,
                                         make_consultation: Callable[..., str]) -> None:
    ids = [make_person() for _ in range(3)]
    seat_elsewhere(db, ids[:1], months_ago=1, status="attended")
    cid = make_consultation(seats=2)
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
    with db.sessions() as session:
        prepared = prepare(session, cid)
    assert prepared.rotation is None and len(prepared.profiles) == 3
    assert "rotation" not in run_selection(prepared, "7").audit
    assert Criteria.from_json(Criteria(rotation_months=3).to_json()).rotation_months == 3


def test_criteria_editor_proposes_from_coverage_and_sets_rotation(
        qtbot: QtBot, app_ctx: AppContext, db: Database, make_person: MakePerson,
        make_consultation: Callable[..., str]) -> None:
    from desktop.services.consultations import get_consultation
    from desktop.views.criteria_editor import CriteriaEditor

    ids = [make_person(gender="female" if i < 10 else "male") for i in range(20)]
    seat_elsewhere(db, ids[10:14], months_ago=2, status="attended")  # only men were heard
    cid = make_consultation(seats=6)
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
    editor = CriteriaEditor(app_ctx)
    qtbot.addWidget(editor)
    editor.load(cid)
    controls = editor.coverage_controls
    qtbot.mouseClick(controls.propose_button, Qt.MouseButton.LeftButton)
    # Women are half the pool and none of the 4 seats held: weight 50 + 50; men 50 + 0.
    assert editor.shares["gender"] == {"female": 100.0, "male": 50.0}
    quotas = {q.value: (q.min, q.max) for q in editor.criteria().quotas_for("gender")}
    assert quotas == {"female": (4, 4), "male": (2, 2)}
    assert "4 seats" in controls.note.text()

    controls.rotation_months.setValue(6)
    controls.rotation.setChecked(True)  # saved at once; the pool is prepared again
    assert editor.prepared is not None
    assert editor.prepared.rotated_out == sorted(ids[10:14])
    assert "4 left out" in controls.note.text()
    with db.sessions() as session:
        assert get_consultation(session, cid).criteria["rotation_months"] == 6
