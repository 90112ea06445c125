"""The merge dialog: a choice per differing field, keyboard use, errors shown, merge on accept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Association, AssociationFocalPoint, FocalPoint
from desktop.views.context import AppContext
from desktop.views.merge_dialog import MergeDialog


def make_pair(ctx: AppContext) -> tuple[str, str]:
    with ctx.db.transaction() as session:
        keep = Association(name="Dor de Casă", country_code="IT", city="Padova",
                           email="", sectors=["Culture"], notes="A")
        other = Association(name="Dor de Casa Padova", country_code="IT", city="Padova",
                            email="ddc@example.it", sectors=["Youth"], notes="B")
        focal = FocalPoint(name="Ion Popescu")
        session.add_all([keep, other, focal])
        session.flush()
        session.add(AssociationFocalPoint(association_id=other.id, focal_point_id=focal.id))
        return keep.id, other.id


def open_dialog(qtbot: QtBot, ctx: AppContext, keep: str, other: str,
                entity: str = "association") -> MergeDialog:
    dialog = MergeDialog(ctx, entity, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_only_differing_fields_offer_a_choice(qtbot: QtBot, app_ctx: AppContext) -> None:
    keep, other = make_pair(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, keep, other)
    assert set(dialog.groups) == {"name", "email", "sectors", "notes"}
    assert dialog.choices() == {"name": "keep", "email": "keep", "sectors": "keep",
                                "notes": "keep"}
    texts = [w.text() for w in dialog.findChildren(QRadioButton)]
    assert "ddc@example.it" in texts and "(empty)" in texts and "Both" in texts
    assert any(w.text() == "Italy" for w in dialog.findChildren(QLabel))  # same value, shown
    assert "“Dor de Casa Padova” will be merged into “Dor de Casă”" in dialog.intro.text()


def test_choosing_with_the_keyboard_and_merging_with_enter(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    keep, other = make_pair(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, keep, other)
    announced: list[str] = []
    app_ctx.bus.changed.connect(announced.append)
    email_other = dialog.radio("email", "other")
    email_other.setFocus()
    qtbot.keyClick(email_other, Qt.Key.Key_Space)
    assert dialog.choices()["email"] == "other"
    qtbot.mouseClick(dialog.radio("sectors", "both"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Merge
    assert dialog.merge_result is not None
    assert dialog.merge_result.kept_id == keep
    assert announced == ["association"]
    with app_ctx.db.sessions() as session:
        kept = session.get(Association, keep)
        gone = session.get(Association, other)
        link = session.scalar(select(AssociationFocalPoint))
    assert kept is not None and gone is not None and link is not None
    assert (kept.email, kept.sectors, kept.name) == ("ddc@example.it", ["Culture", "Youth"],
                                                     "Dor de Casă")
    assert gone.deleted_at is not None and gone.merged_into_id == keep
    assert link.association_id == keep


def test_use_all_from_right_and_swap(qtbot: QtBot, app_ctx: AppContext) -> None:
    keep, other = make_pair(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, keep, other)
    qtbot.mouseClick(dialog.all_right, Qt.MouseButton.LeftButton)
    assert set(dialog.choices().values()) == {"other"}
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.keep_id, dialog.other_id) == (other, keep)
    assert set(dialog.choices().values()) == {"keep"}  # a fresh start after swapping
    assert "will be merged into “Dor de Casa Padova”" in dialog.intro.text()
    dialog.accept()
    with app_ctx.db.sessions() as session:
        assert session.get(Association, keep).merged_into_id == other  # type: ignore[union-attr]


def test_an_invalid_choice_is_explained_and_nothing_is_merged(
        qtbot: QtBot, app_ctx: AppContext) -> None:
    with app_ctx.db.transaction() as session:
        listed = FocalPoint(name="Ion Popescu", listed_on_flyers=True,
                            publication_consent_on=dt.date(2024, 1, 2),
                            publication_consent_how="signed form")
        bare = FocalPoint(name="Ion Popescu", title="Mayor")
        session.add_all([listed, bare])
        session.flush()
        ids = bare.id, listed.id
    dialog = open_dialog(qtbot, app_ctx, ids[0], ids[1], "focal_point")
    dialog.choose("listed_on_flyers", "other")
    dialog.accept()
    assert dialog.isVisible() and dialog.merge_result is None
    assert dialog.error.isVisible() and "Listed on flyers" in dialog.error.text()
    with app_ctx.db.sessions() as session:
        assert session.get(FocalPoint, ids[1]).deleted_at is None  # type: ignore[union-attr]


def test_a_record_merged_meanwhile_is_reported(qtbot: QtBot, app_ctx: AppContext) -> None:
    keep, other = make_pair(app_ctx)
    with app_ctx.db.transaction() as session:
        record = session.get(Association, other)
        assert record is not None
        record.deleted_at = dt.datetime.now(dt.UTC)
    dialog = open_dialog(qtbot, app_ctx, keep, other)
    assert dialog.error.isVisible() and "no longer exists" in dialog.error.text()
    assert not dialog.merge_button.isEnabled()
