"""The criteria editor: features, quota table, helpers, and the live feasibility indicator."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.consultation_criteria import Criteria
from desktop.services.consultations import add_to_pool, get_consultation
from desktop.views.context import AppContext
from desktop.views.criteria_editor import COL_MAX, COL_MIN, CriteriaEditor
from tests.consultations.conftest import MakePerson


@pytest.fixture
def pool(db: Database, make_person: MakePerson,
         make_consultation: Callable[..., str]) -> str:
    ids = [make_person(gender="female" if i < 12 else "male",
                       generation="first" if i % 10 < 7 else "second",
                       country_code=("IT", "FR", "DE")[i % 3]) for i in range(20)]
    cid = make_consultation(seats=6)
    with db.transaction() as session:
        add_to_pool(session, cid, ids)
    return cid


def _check(editor: CriteriaEditor, item_key: str) -> None:
    for row in range(editor.features.count()):
        item = editor.features.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == item_key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(item_key)


def _row_of(editor: CriteriaEditor, feature: str, value: str) -> int:
    for row, line in enumerate(editor.model.lines):
        if (line.feature, line.value) == (feature, value):
            return row
    raise AssertionError((feature, value))


def _type_into(qtbot: QtBot, editor: CriteriaEditor, row: int, column: int, text: str) -> None:
    """What a user does: go to the cell, type the number, press Enter."""
    index = editor.model.index(row, column)
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    spin = editor.table.focusWidget()
    spin.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()  # let the closed editor go before the next one opens


def test_indicator_flips_with_quota_edits(qtbot: QtBot, app_ctx: AppContext, db: Database,
                                          pool: str) -> None:
    editor = CriteriaEditor(app_ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(pool)
    assert "20 people" in editor.pool_label.text()
    qtbot.waitUntil(editor.is_feasible, timeout=3000)  # no quotas yet

    _check(editor, "gender")  # proportional quotas are filled at once
    female = _row_of(editor, "gender", "female")
    assert (editor.model.lines[female].min, editor.model.lines[female].max) == (3, 4)
    assert editor.model.data(editor.model.index(female, 1)) == "Female"
    qtbot.waitUntil(editor.is_feasible, timeout=3000)

    _type_into(qtbot, editor, female, COL_MIN, "6")
    _type_into(qtbot, editor, female, COL_MAX, "6")
    assert editor.model.lines[female].min == 6
    qtbot.waitUntil(lambda: "Not feasible" in editor.indicator.text(), timeout=3000)
    assert editor.explanation.isVisible()
    assert editor.explanation.text()  # the reason, in words
    assert not editor.is_feasible()

    _type_into(qtbot, editor, female, COL_MIN, "3")
    _type_into(qtbot, editor, female, COL_MAX, "4")
    qtbot.waitUntil(editor.is_feasible, timeout=3000)
    assert not editor.explanation.isVisible()

    # the criteria were saved on the consultation as they were edited
    with db.sessions() as session:
        saved = Criteria.from_json(get_consultation(session, pool).criteria)
    assert saved.features == ["gender"]
    assert {(q.value, q.min, q.max) for q in saved.quotas} == {("female", 3, 4),
                                                                ("male", 2, 3)}


def test_min_above_max_is_explained_at_once(qtbot: QtBot, app_ctx: AppContext,
                                            pool: str) -> None:
    editor = CriteriaEditor(app_ctx)
    qtbot.addWidget(editor)
    editor.load(pool)
    _check(editor, "generation")
    row = _row_of(editor, "generation", "second")
    editor.model.setData(editor.model.index(row, COL_MIN), 5)
    editor.model.setData(editor.model.index(row, COL_MAX), 4)
    qtbot.waitUntil(lambda: "Not feasible" in editor.indicator.text(), timeout=3000)
    assert "above the maximum" in editor.explanation.text()


def test_gender_balance_and_cap(qtbot: QtBot, app_ctx: AppContext, pool: str) -> None:
    editor = CriteriaEditor(app_ctx)
    qtbot.addWidget(editor)
    editor.load(pool)
    editor.gender_balance.setChecked(True)
    assert "gender" in editor.chosen_features()
    female = editor.model.lines[_row_of(editor, "gender", "female")]
    male = editor.model.lines[_row_of(editor, "gender", "male")]
    assert (female.min, female.max, male.min, male.max) == (3, 3, 3, 3)
    editor.cap_enabled.setChecked(True)
    editor.cap.setValue(1)
    assert editor.criteria().cap == 1
    qtbot.waitUntil(editor.is_feasible, timeout=3000)


def test_criteria_are_read_only_after_the_draw(qtbot: QtBot, app_ctx: AppContext,
                                               db: Database, pool: str) -> None:
    with db.transaction() as session:
        get_consultation(session, pool).status = "selected"
    editor = CriteriaEditor(app_ctx)
    qtbot.addWidget(editor)
    editor.load(pool)
    assert not editor.features.isEnabled()
    assert not editor.proportional_button.isEnabled()
    assert "fixed" in editor.saved_label.text()
