"""Before a draw: likely duplicate people hold the draw back, and households can be capped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services import dedupe
from desktop.services.candidate_dedupe import mark_not_same_person
from desktop.services.consultation_criteria import Criteria, QuotaRow
from desktop.services.consultation_selection import (
    prepare,
    record_selection,
    run_selection,
    save_criteria,
)
from desktop.services.consultations import ConsultationError, add_to_pool, get_consultation
from desktop.views.context import AppContext
from desktop.views.selection_dialog import SelectionDialog
from tests.consultations.conftest import MakePerson


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    dedupe.clear_cache()


def _consultation(db: Database, make_person: MakePerson, make_consultation: Callable[..., str],
                  extra: list[dict[str, object]]) -> tuple[str, list[str]]:
    ids = [make_person(gender="female" if i % 2 else "male") for i in range(8)]
    ids += [make_person(**values) for values in extra]
    cid = make_consultation(seats=4, reserves_wanted=0, title="Listening exercise")
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
        save_criteria(session, cid, Criteria(features=["gender"], quotas=[
            QuotaRow("gender", "female", 1, 3), QuotaRow("gender", "male", 1, 3)]))
    return cid, ids


def test_the_draw_waits_until_duplicates_in_the_pool_are_resolved(
        qtbot: QtBot, app_ctx: AppContext, db: Database, make_person: MakePerson,
        make_consultation: Callable[..., str]) -> None:
    cid, ids = _consultation(db, make_person, make_consultation, [
        {"name": "Ion Popescu", "birth_year": 1985, "gender": "male"},
        {"name": "Попеску Ион", "birth_year": 1985, "gender": "male"}])
    dialog = SelectionDialog(app_ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1 pairs of likely duplicate people" in dialog.checks.text()
    assert "Ion Popescu / Попеску Ион" in dialog.checks.text()
    assert not dialog.run_button.isEnabled()
    assert dialog.resolve_button.isVisible()
    with db.sessions() as session:
        prepared = prepare(session, cid)
    outcome = run_selection(prepared, "seed-1")
    with db.transaction() as session, pytest.raises(ConsultationError, match="not the same"):
        record_selection(session, cid, outcome)

    with db.transaction() as session:
        mark_not_same_person(session, ids[-1], ids[-2])
    dialog = SelectionDialog(app_ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checks.isHidden()
    assert dialog.run_button.isEnabled()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stored, timeout=60_000)


def test_at_most_one_per_household_is_shown_and_recorded_in_the_audit(
        qtbot: QtBot, app_ctx: AppContext, db: Database, make_person: MakePerson,
        make_consultation: Callable[..., str]) -> None:
    cid, ids = _consultation(db, make_person, make_consultation, [
        {"name": "Vasile Ceban", "gender": "male", "address": "12, Rue Victor Hugo, Lyon"},
        {"name": "Ana Ceban", "gender": "female", "address": "12 r. Victor-Hugo Lyon"},
        {"name": "Dan Ceban", "gender": "male", "address": "12 Rue Victor Hugo Lyon"}])
    with db.transaction() as session:
        criteria = Criteria.from_json(get_consultation(session, cid).criteria)
        criteria.cap, criteria.cap_by = 1, "household"
        save_criteria(session, cid, criteria)
    dialog = SelectionDialog(app_ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1 households have several people in the pool" in dialog.checks.text()
    assert "At most 1 per household will be drawn." in dialog.checks.text()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stored, timeout=60_000)
    with db.sessions() as session:
        record = get_consultation(session, cid).selection
    assert record["audit"]["cap_feature"] == "household"
    assert record["audit"]["problem"]["cap"] == 1
    family = set(ids[-3:])
    assert len(set(record["panel"]) & family) <= 1  # candidate ids, at most one of the family
    for candidate_id, chance in record["probabilities"].items():
        if candidate_id in family:
            assert chance <= 1 / 3 + 1e-6  # the three share one seat at most


def test_candidate_form_shows_the_same_person_typed_in_another_script(
        qtbot: QtBot, app_ctx: AppContext, make_person: MakePerson) -> None:
    from desktop.views.candidates_form import CandidateDialog

    existing = make_person(name="Ion Popescu", birth_year=1985, gender="male")
    dialog = CandidateDialog(app_ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("Попеску Ион")  # keyClicks cannot type Cyrillic
    dialog.name.textEdited.emit(dialog.name.text())
    qtbot.waitUntil(lambda: bool(dialog.duplicates.matches), timeout=10_000)
    match = dialog.duplicates.matches[0]
    assert match.record_id == existing
    assert "same name, words in another order" in match.reasons
