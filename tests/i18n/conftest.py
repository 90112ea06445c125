"""Shared pieces of the language and accessibility tests: compiled translations, a demo
database, every section page, and switching the UI language inside one QApplication."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.config import Paths, Settings
from desktop.db import Database, open_database
from desktop.services.i18n import install_translator
from desktop.services.meta import get_office
from desktop.services.regions import configure_office
from desktop.views.context import AppContext, DataBus
from desktop.views.translation import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import LANGUAGES, TRANSLATIONS, tool  # noqa: E402

UI_LANGUAGES = ("en", *LANGUAGES, "pseudo")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Path:
    """The committed .ts files compiled afresh (the test does not trust stale .qm files);
    asking for it also makes sure the QApplication exists for :func:`ui_language`."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(out / ts.with_suffix(".qm").name)], check=True)
    return out


@contextmanager
def ui_language(qm_dir: Path, language: str) -> Iterator[None]:
    """Install ``language`` as the app would at start-up; back to English afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language, qm_dir)
    try:
        yield
    finally:
        remove_translators(app, translators)
        install_translator(None)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Paths, Database]]:
    """A national office's database filled with the small demo data set and one consultation,
    shared by the tests (which only look at it)."""
    from desktop.services.demo import run_demo

    paths = Paths(tmp_path_factory.mktemp("demo") / "data").ensure()
    database = open_database(paths.database, paths.backups)
    with database.transaction() as session:
        configure_office(session, "MD", "")
    run_demo(database, seed=1, size="small", country="MD")
    with database.transaction() as session:  # the demo data has no consultation yet
        from desktop.services.consultations import save_consultation

        save_consultation(session, None, {"title": "Investing at home", "kind": "roundtable",
                                          "seats": 12, "topic": "Remittances"})
    yield paths, database
    database.close()


def make_context(demo: tuple[Paths, Database], language: str = "en") -> AppContext:
    paths, database = demo
    with database.sessions() as session:
        office = get_office(session)
    assert office is not None
    return AppContext(paths=paths, settings=Settings(), db=database, bus=DataBus(),
                      office=office, language=language if language != "pseudo" else "en")


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
