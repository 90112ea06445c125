"""The consultations page: create, status steps refused in words, pool by filters,
follow-up commitments and the refusal to close while one is open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.consultations import get_consultation, save_follow_up
from desktop.views.consultations import ConsultationsPage
from desktop.views.consultations_followup import FollowUpDialog
from desktop.views.consultations_form import NewConsultationDialog
from desktop.views.consultations_pool import PoolFilterDialog
from desktop.views.context import AppContext
from tests.consultations.conftest import MakePerson


def _step_button(page: ConsultationsPage, text: str) -> QPushButton:
    for button in page.detail.step_buttons:
        if button.text() == text:
            return button
    raise AssertionError([b.text() for b in page.detail.step_buttons])


def test_create_a_consultation(qtbot: QtBot, app_ctx: AppContext, db: Database) -> None:
    dialog = NewConsultationDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "title" in dialog.fields.errors["title"].text()
    qtbot.keyClicks(dialog.fields.title, "Youth listening exercise")
    dialog.fields.kind.setCurrentIndex(dialog.fields.kind.findData("online"))
    dialog._save()
    assert "link" in dialog.fields.errors["link"].text()
    qtbot.keyClicks(dialog.fields.link, "meet.example.org/youth")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.sessions() as session:
        consultation = get_consultation(session, dialog.saved_id or "")
        assert consultation.link == "https://meet.example.org/youth"
        assert consultation.status == "draft"


def test_steps_and_closing_refusal_in_words(qtbot: QtBot, app_ctx: AppContext, db: Database,
                                            make_consultation: Callable[..., str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cid = make_consultation(title="Roundtable Turin")
    page = ConsultationsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.detail.consultation_id == cid
    qtbot.mouseClick(_step_button(page, "Open the pool"), Qt.MouseButton.LeftButton)
    assert "Pool open" in page.detail.state.text()
    with db.transaction() as session:
        get_consultation(session, cid).status = "followed_up"
        save_follow_up(session, cid, None, {"text": "Open a consular desk in Turin"})
    page.refresh()
    close = _step_button(page, "Close the consultation")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, _text, *_a, **_k: (
        asked.append(title), QMessageBox.StandardButton.Yes)[1])
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert asked == ["Close the consultation"]  # confirmation first
    assert page.detail.step_error.isVisible()
    assert "Open a consular desk in Turin" in page.detail.step_error.text()
    with db.sessions() as session:
        assert get_consultation(session, cid).status == "followed_up"


def test_pool_by_filters_counts_only_eligible(qtbot: QtBot, app_ctx: AppContext,
                                              db: Database, make_person: MakePerson,
                                              make_consultation: Callable[..., str]) -> None:
    from desktop.models import Association

    with db.transaction() as session:
        session.add(Association(id="lyon", name="Moldovans of Lyon", country_code="FR"))
    make_person(topics="remittances", country_code="IT")
    make_person(topics="remittances", country_code="FR", association_id="lyon")
    make_person(topics="remittances", country_code="IT", consent=False)
    make_person(topics="tourism", country_code="IT")
    cid = make_consultation(topic="remittances")
    dialog = PoolFilterDialog(app_ctx, "remittances")
    qtbot.addWidget(dialog)
    assert dialog.topics.checked() == ["remittances"]  # the consultation's topic
    assert dialog.count() == 2
    dialog.countries.check(["IT"])
    assert dialog.count() == 1
    assert "1 people" in dialog.count_label.text()
    dialog.countries.check([])
    qtbot.keyClicks(dialog.association, "Moldovans of Lyon (FR)")
    assert dialog.count() == 1  # the member of that association only
    dialog.association.clear()
    dialog.countries.check(["IT"])

    page = ConsultationsPage(app_ctx)
    qtbot.addWidget(page)
    page.detail.pool._add(dialog.matches)
    qtbot.waitUntil(lambda: page.detail.pool.model.rowCount() == 1, timeout=5000)
    assert "1 added" in page.detail.pool.notice.text()
    with db.sessions() as session:
        assert get_consultation(session, cid).status == "pool_open"


def test_follow_up_dialog(qtbot: QtBot, app_ctx: AppContext, db: Database,
                          make_consultation: Callable[..., str]) -> None:
    cid = make_consultation()
    dialog = FollowUpDialog(app_ctx, cid, None)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "committed" in dialog.text_error.text()
    qtbot.keyClicks(dialog.text, "Publish the minutes in Romanian and Russian")
    qtbot.keyClicks(dialog.owner, "Bureau")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page = ConsultationsPage(app_ctx)
    qtbot.addWidget(page)
    tab = page.detail.follow_up
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 3)) == "Open"
    assert "1 still open" in tab.summary.text()
