"""The Registrations section driven as a user: pick a registration, read it, accept, merge,
reject; the retention setting in Settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select as sa_select

from desktop.db import Database
from desktop.models import Association, Candidate, Registration
from desktop.services.associations import create_association
from desktop.services.registrations import get_registration, retention_days
from desktop.views.context import AppContext
from desktop.views.registrations import MergeDialog, RegistrationsPage
from desktop.views.settings_dialog import SettingsDialog
from sync.registration.consent import TEXT_VERSION, consent_text


def add_registration(db: Database, reference: str, kind: str, data: dict[str, object],
                     given: tuple[str, ...]) -> None:
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as session:
        session.add(Registration(
            reference=reference, kind=kind, status="new", language="fr", submitted_at=now,
            region_code="MD-CA", campaign_code="K7W3QA", data=data,
            consents=[{"purpose": p, "given": p in given, "version": TEXT_VERSION,
                       "language": "fr", "text": consent_text(p, kind, "fr"),
                       "shown_at": now.isoformat()}
                      for p in ("listing", "consultations", "information")]))


@pytest.fixture
def page(qtbot: QtBot, app_ctx: AppContext) -> RegistrationsPage:
    db = app_ctx.db
    with db.transaction() as session:
        create_association(session, {"name": "Casa Moldovei Lyon", "country_code": "FR",
                                     "city": "Lyon", "email": "casa@example.fr",
                                     "region_code": "MD-CA"}, by="t")
    add_registration(db, "ASSOCDUP", "association", {
        "name": "Casa Moldovei din Lyon", "country_code": "FR", "city": "Lyon",
        "email": "casa@example.fr", "acronym": "CML", "member_count": 30,
        "engagement_areas": ["trade"]}, ("listing",))
    add_registration(db, "PERSONNN", "person", {
        "name": "Élodie <b>Rusu</b>", "country_code": "FR", "email": "elodie@example.fr",
        "gender": "undisclosed", "citizenship": "dual"}, ("consultations",))
    add_registration(db, "SPAMSPAM", "person", {
        "name": "Cheap watches", "country_code": "FR", "email": "spam@example.com"},
        ("information",))
    widget = RegistrationsPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def select(page: RegistrationsPage, reference: str) -> None:
    row = next(r for r in page.model.rows() if r.reference == reference)
    page.select_id(row.id)


def test_lists_waiting_registrations_with_duplicates_and_consent_as_shown(
        page: RegistrationsPage) -> None:
    assert {r.reference for r in page.model.rows()} == {"ASSOCDUP", "PERSONNN", "SPAMSPAM"}
    select(page, "ASSOCDUP")
    shown = page.details.toPlainText()
    assert "Possible duplicates" in shown and "Casa Moldovei Lyon" in shown
    assert "same email" in shown
    assert consent_text("listing", "association", "fr")[:40] in shown
    assert page.merge_button.isEnabled()
    select(page, "PERSONNN")
    assert "<b>" in page.details.toPlainText()  # markup typed by the sender is shown as text
    assert not page.merge_button.isEnabled()  # nobody to merge into


def test_accept_a_person(qtbot: QtBot, page: RegistrationsPage, app_ctx: AppContext) -> None:
    select(page, "PERSONNN")
    page.accept_button.click()
    qtbot.waitUntil(lambda: get_registration(app_ctx.db, "PERSONNN").status == "accepted",
                    timeout=10_000)
    qtbot.waitUntil(lambda: "PERSONNN" not in {r.reference for r in page.model.rows()},
                    timeout=10_000)
    with app_ctx.db.sessions() as session:
        assert session.scalars(sa_select(Candidate)).one().name == "Élodie <b>Rusu</b>"


def test_merge_into_the_duplicate_side_by_side(qtbot: QtBot, page: RegistrationsPage,
                                               app_ctx: AppContext) -> None:
    select(page, "ASSOCDUP")

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MergeDialog) and w.isVisible())
        keys = [f.key for f in dialog.fields]
        assert "name" in keys and "acronym" in keys and "city" not in keys  # same: hidden
        dialog.choices["name"].setCurrentIndex(dialog.choices["name"].findData("incoming"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    page.merge_selected()
    qtbot.waitUntil(lambda: get_registration(app_ctx.db, "ASSOCDUP").status == "merged",
                    timeout=10_000)
    with app_ctx.db.sessions() as session:
        (record,) = session.scalars(sa_select(Association)).all()
        assert record.name == "Casa Moldovei din Lyon" and record.acronym == "CML"
        assert record.consent_to_publish


def test_reject_asks_for_a_reason(qtbot: QtBot, page: RegistrationsPage,
                                  app_ctx: AppContext) -> None:
    select(page, "SPAMSPAM")

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        dialog.findChild(QPlainTextEdit).setPlainText("Advertising")
        dialog.accept()

    QTimer.singleShot(0, answer)
    page.reject_selected()
    qtbot.waitUntil(lambda: get_registration(app_ctx.db, "SPAMSPAM").status == "rejected",
                    timeout=10_000)
    assert get_registration(app_ctx.db, "SPAMSPAM").reason == "Advertising"


def test_retention_is_set_in_settings(qtbot: QtBot, app_ctx: AppContext) -> None:
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 30
    dialog.retention.setValue(45)
    dialog.accept()
    assert retention_days(app_ctx.db) == 45
