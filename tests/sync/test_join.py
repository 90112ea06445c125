"""A new office joins an existing server: from the command line on an empty data folder, and
from the first-start dialog. The office, the country and the regions come from the account on
the server; the bureau's named help offices arrive without a single conflict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.config import Paths
from desktop.db import open_database
from desktop.models import Association, Region
from desktop.services.meta import get_office
from desktop.services.progress import Progress
from desktop.services.secrets import MemoryStore
from desktop.services.sync import Account
from desktop.services.sync.conflicts import list_problems
from desktop.services.sync.join import JoinResult, join_server
from desktop.views.first_start import FirstStartDialog
from tests.sync.conftest import PASSWORD, ROOT, Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


def bureau_with_named_offices(offices: OfficeFactory) -> tuple[Office, dict[str, str]]:
    bureau = offices("Bureau")
    with bureau.db.sessions() as session:
        regions = {r.code: r.id for r in session.scalars(
            select(Region).where(Region.code.in_(("MD-CU", "MD-BA", "MD-GA"))))}
    for code, region_id in regions.items():
        edit(bureau, Region, region_id, help_office_name=f"Biroul {code}")
    add_association(bureau, "Chișinău association", region="MD-CU")
    add_association(bureau, "Bălți association", region="MD-BA")
    bureau.sync()
    return bureau, regions


def test_the_sync_command_joins_an_empty_data_folder_without_a_country(
        offices: OfficeFactory, tmp_path: Path) -> None:
    bureau, regions = bureau_with_named_offices(offices)
    bureau.server.add_user("cu-office", PASSWORD, role="regional", regions=["MD-CU"])
    data = tmp_path / "new-office"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "DIASPORA_DESK_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "sync", "--server",
         bureau.server.base_url, "--user", "cu-office"],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "joined: MD-CU (MD)" in result.stdout
    assert "in conflict: 0" in result.stdout and "refused: 0" in result.stdout
    paths = Paths(data)
    db = open_database(paths.database, paths.backups)
    try:
        with db.sessions() as session:
            office = get_office(session)
            assert office is not None
            assert (office.country_code, office.region_code) == ("MD", "MD-CU")
            names = {r.code: r.help_office_name for r in session.scalars(select(Region))}
            associations = [a.name for a in session.scalars(select(Association))]
            assert list_problems(session) == []
        assert len(names) == 37
        assert all(names[code] == f"Biroul {code}" for code in regions)
        assert associations == ["Chișinău association"]
    finally:
        db.close()


def test_joining_from_the_first_start_dialog(qtbot: Any, offices: OfficeFactory,
                                             tmp_path: Path) -> None:
    bureau, _regions = bureau_with_named_offices(offices)
    paths = Paths(tmp_path / "gui-office").ensure()
    store = MemoryStore()  # a new computer: no login kept yet

    def join(account: Account, password: str, progress: Progress) -> JoinResult:
        db = open_database(paths.database, paths.backups)
        try:
            return join_server(db, account, password, progress, store=store)
        finally:
            db.close()

    dialog = FirstStartDialog("en", join=join)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.join_server, Qt.MouseButton.LeftButton)
    assert ok.text() == "&Join" and not ok.isEnabled()
    qtbot.keyClicks(dialog.server, bureau.server.base_url)
    qtbot.keyClicks(dialog.user, bureau.username)
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password" in dialog.join_status.text().lower(), timeout=60_000)
    assert dialog.joined is None and dialog.result() != FirstStartDialog.DialogCode.Accepted
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.waitUntil(ok.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.joined is not None
    assert (dialog.joined.country_code, dialog.joined.region_code) == ("MD", "")
    assert dialog.joined.report.push.conflicts == 0
    db = open_database(paths.database, paths.backups)
    try:
        with db.sessions() as session:
            assert sorted(a.name for a in session.scalars(select(Association))) == [
                "Bălți association", "Chișinău association"]
    finally:
        db.close()
