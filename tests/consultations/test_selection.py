"""The draw of a consultation: run from the dialog, stored with its audit, verifiable; and a
decline replaced by the next reserve that keeps every quota."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db import Database
from desktop.models import Participation
from desktop.services.consultation_criteria import Criteria, QuotaRow
from desktop.services.consultation_selection import (
    decline_participation,
    prepare,
    pseudonym,
    record_selection,
    run_selection,
    save_criteria,
)
from desktop.services.consultations import (
    ConsultationError,
    add_to_pool,
    get_consultation,
    panel_and_reserves,
    promote_reserve,
    set_participation_status,
)
from desktop.services.selection import panel_is_valid, problem_from_record, verify_audit
from desktop.views.consultations_selection import SelectionTab
from desktop.views.context import AppContext
from desktop.views.selection_dialog import SelectionDialog
from tests.consultations.conftest import MakePerson


@pytest.fixture
def ready(db: Database, make_person: MakePerson, make_consultation: Callable[..., str]) -> str:
    """12 people (6 women, 6 men), 4 seats with 2 women and 2 men, 4 reserves wanted."""
    ids = [make_person(gender="female" if i % 2 else "male",
                       country_code=("IT", "FR", "DE")[i % 3]) for i in range(12)]
    cid = make_consultation(seats=4, reserves_wanted=4, title="Roundtable Lyon")
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
        save_criteria(session, cid, Criteria(
            features=["gender"],
            quotas=[QuotaRow("gender", "female", 2, 2), QuotaRow("gender", "male", 2, 2)]))
    return cid


def test_dialog_runs_the_draw_and_stores_it(qtbot: QtBot, app_ctx: AppContext, db: Database,
                                            ready: str) -> None:
    dialog = SelectionDialog(app_ctx, ready)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.seed.text()  # a generated seed is offered
    dialog.seed.clear()
    qtbot.keyClicks(dialog.seed, " 17-04-33-08 ")  # numbers drawn in public
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stored, timeout=60_000)
    assert dialog.table.isVisible()
    roles = [dialog.model.row_at(r).role for r in range(dialog.model.rowCount())]
    assert roles.count("Selected") == 4
    assert sum(1 for r in roles if r.startswith("Reserve")) == 4
    chances = [dialog.model.row_at(r).probability for r in range(dialog.model.rowCount())]
    assert all(abs(p - 4 / 12) < 1e-6 for p in chances)  # everyone gets the same chance
    assert "17-04-33-08" in dialog.result_label.text()
    assert dialog.audit_button.isVisible()

    with db.sessions() as session:
        consultation = get_consultation(session, ready)
        assert consultation.status == "selected"
        record = consultation.selection
        assert record["seed"] == "17-04-33-08"
        assert record["algorithm"] == "maximin" and record["fingerprint"]
        assert len(record["panel"]) == 4
        statuses = sorted(session.scalars(select(Participation.status)))
        assert statuses.count("selected") == 4 and statuses.count("reserve") == 4
        # the published audit knows people only by their pseudonym
        assert ready not in str(record["audit"]["panel"])
        assert set(record["audit"]["panel"]) == {pseudonym(ready, c) for c in record["panel"]}
    assert verify_audit(record["audit"]).ok

    tab = SelectionTab(app_ctx)
    qtbot.addWidget(tab)
    tab.load(ready)
    assert tab.seed_label.text() == "17-04-33-08"
    assert not tab.run_button.isEnabled()  # drawn once
    assert tab.model.rowCount() == 12


def test_the_same_seed_gives_the_same_panel(db: Database, ready: str) -> None:
    with db.sessions() as session:
        prepared = prepare(session, ready)
    first = run_selection(prepared, "public seed 42")
    again = run_selection(prepared, "public seed 42")
    other = run_selection(prepared, "another seed")
    assert (first.panel, first.reserves) == (again.panel, again.reserves)
    assert (first.panel, first.reserves) != (other.panel, other.reserves)


def test_decline_offers_the_next_reserve_that_keeps_quotas(db: Database, ready: str) -> None:
    with db.sessions() as session:
        prepared = prepare(session, ready)
    outcome = run_selection(prepared, "seed for declines")
    with db.transaction() as session:
        record_selection(session, ready, outcome)
        with pytest.raises(ConsultationError, match="only once"):
            record_selection(session, ready, outcome)
    genders = {p.id: p.features["gender"] for p in prepared.profiles}
    with db.transaction() as session:
        rows = {p.candidate_id: p for p in session.scalars(select(Participation))}
        woman = next(cid for cid in outcome.panel if genders[cid] == "female")
        set_participation_status(session, rows[woman].id, "invited")
        offer = decline_participation(session, rows[woman].id)
        assert offer is not None
        assert genders[offer.candidate_id] == "female"  # a man would break the quotas
        first_woman = next(cid for cid in outcome.reserves if genders[cid] == "female")
        assert offer.candidate_id == first_woman  # the first suitable one, in drawn order
        promote_reserve(session, ready, offer.candidate_id)
        session.flush()
        panel, _reserves = panel_and_reserves(session, ready)
        record = get_consultation(session, ready).selection
    problem = problem_from_record(record["audit"])
    assert panel_is_valid(problem, [pseudonym(ready, cid) for cid in panel])
    assert len(panel) == 4 and woman not in panel
    # Her seat is taken: she cannot come back, and no other reserve can be seated, until
    # someone declines (the quotas were checked for exactly four people).
    with db.transaction() as session:
        with pytest.raises(ConsultationError, match="All 4 seats are taken"):
            set_participation_status(session, rows[woman].id, "invited")
        if _reserves:
            with pytest.raises(ConsultationError, match="All 4 seats are taken"):
                promote_reserve(session, ready, _reserves[0])
