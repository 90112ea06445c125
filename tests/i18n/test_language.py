"""Choosing the language, and what installing it changes: our texts, Qt's own buttons, the
services' messages, country names, dates and numbers, right-to-left layout, pseudo-translation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import countries
from desktop.services.i18n import translate
from desktop.views.translation import choose_language, pseudo_translate, ui_locale

from .conftest import ROOT, ui_language


def test_command_line_wins_over_settings() -> None:
    assert choose_language("ru", "fr") == "ru"
    assert choose_language("fr_SN", "") == "fr"
    assert choose_language("ES-ec", "") == "es"
    assert choose_language(None, "ro") == "ro"
    assert choose_language("pseudo", "fr") == "pseudo"
    assert choose_language("de", "ar") == "ar"  # not offered: the setting applies


@pytest.mark.parametrize(("lang_env", "expected"), [("fr_SN.UTF-8", "fr"), ("ru_MD.UTF-8", "ru"),
                                                    ("de_DE.UTF-8", "en")])
def test_system_locale_is_the_default(lang_env: str, expected: str) -> None:
    env = {**os.environ, "LANG": lang_env, "LC_ALL": lang_env, "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen"}
    code = "from desktop.views.translation import choose_language; print(choose_language(None, ''))"
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(
    ("language", "home", "cancel", "yes"),
    [
        ("fr", "Accueil", "Annuler", "&Oui"),
        ("es", "Inicio", "Cancelar", "&Sí"),
        ("ro", "Acasă", "Anulează", "&Da"),
        ("ru", "Главная", "Отмена", "&Да"),
        ("ar", "الرئيسية", "ألغِ", "&نعم"),
    ],
)
def test_our_texts_and_qts_own_buttons_are_translated(
    qtbot: QtBot, qm_dir: Path, language: str, home: str, cancel: str, yes: str
) -> None:
    with ui_language(qm_dir, language):
        assert QCoreApplication.translate("Sections", "Home") == home
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert buttons.button(QDialogButtonBox.StandardButton.Yes).text() == yes


def test_services_messages_go_through_the_translator(qm_dir: Path) -> None:
    message = "Unknown region: {code}"
    assert translate("Regions", message) == message  # no GUI: English
    with ui_language(qm_dir, "ru"):
        assert translate("Regions", message).format(code="MD-XX") == \
            "Неизвестный регион: MD-XX"
    with ui_language(qm_dir, "pseudo"):
        pseudo = translate("Regions", message)
        assert pseudo.startswith("[") and pseudo.endswith("]") and "{code}" in pseudo


def test_right_to_left_for_arabic_only(qtbot: QtBot, qm_dir: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with ui_language(qm_dir, "ar"):
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        widget = QWidget()
        qtbot.addWidget(widget)
        assert widget.isRightToLeft()
    for language in ("fr", "pseudo"):
        with ui_language(qm_dir, language):
            assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("language", "germany"),
    [("en", "Germany"), ("fr", "Allemagne"), ("es", "Alemania"), ("ro", "Germania"),
     ("ru", "Германия"), ("ar", "ألمانيا")],
)
def test_country_names_come_from_pycountry_in_the_ui_language(language: str,
                                                              germany: str) -> None:
    assert countries.country_name("DE", language) == germany


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [("ar", "MD", "مولدوفا"), ("ar", "TR", "تركيا"), ("es", "TN", "Túnez"), ("ru", "MD", "Молдова"),
     ("ru", "KG", "Кыргызстан"), ("fr", "RU", "Russie")],
)
def test_known_mistakes_of_the_iso_codes_catalogues_are_corrected(language: str, code: str,
                                                                  name: str) -> None:
    assert countries.country_name(code, language) == name
    assert countries.find_country(name) == code


def test_country_lists_sort_accents_with_their_letter() -> None:
    names = [c.name for c in countries.countries("fr")]
    assert names.index("Équateur") < names.index("Espagne") < names.index("Fidji")


def test_dates_and_numbers_follow_the_ui_language(qm_dir: Path) -> None:
    day = QDate(2025, 3, 7)
    with ui_language(qm_dir, "fr"):
        assert QLocale().toString(day, "d MMMM yyyy") == "7 mars 2025"
        assert QLocale().toString(1234567).replace("\u202f", " ").replace("\u00a0", " ") \
            == "1 234 567"
    with ui_language(qm_dir, "ru"):
        assert QLocale().toString(day, "d MMMM yyyy") == "7 марта 2025"
    with ui_language(qm_dir, "ar"):
        # Offices in Tunisia and Morocco write Western digits.
        assert QLocale().language() == QLocale.Language.Arabic
        assert QLocale().toString(1234567).isascii()


@pytest.mark.parametrize("language", ["en", "fr", "ru", "ar"])
def test_date_fields_write_dates_as_the_lists_do(qtbot: QtBot, qm_dir: Path,
                                                 language: str) -> None:
    import datetime as dt

    from desktop.views.candidates_consent import ConsentFields
    from desktop.views.form_widgets import OptionalDateEdit
    from desktop.views.translation import date_text

    day = dt.date(2025, 3, 7)
    with ui_language(qm_dir, language):
        listed = date_text(day)
        field = OptionalDateEdit()
        qtbot.addWidget(field)
        field.set_date(day)
        assert field.edit.text() == listed
        assert "2025" in listed and "-" not in listed
        consent = ConsentFields()
        qtbot.addWidget(consent)
        consent.given_on.setDate(QDate(2025, 3, 7))
        assert consent.given_on.text() == listed


def test_lists_of_names_take_the_arabic_comma_in_arabic(qm_dir: Path) -> None:
    from desktop.services.i18n import list_text as service_list_text
    from desktop.services.merge import display_text
    from desktop.views.translation import list_text

    with ui_language(qm_dir, "ar"):
        assert list_text(["الرومانية", "الروسية"]) == "الرومانية\u060c الروسية"
    with ui_language(qm_dir, "ru"):
        assert list_text(["румынский", "русский"]) == "румынский, русский"
    assert service_list_text(["a", "b"], "ar", "; ") == "a\u061b b"
    assert service_list_text(["a", "b"], "fr", "; ") == "a; b"
    assert "\u061b" in display_text(None, "languages", ["ro", "ru"], "ar")  # type: ignore[arg-type]


def test_arabic_cells_keep_phone_numbers_and_latin_names_in_their_own_direction(
        qm_dir: Path) -> None:
    from desktop.views.translation import bidi_isolate

    with ui_language(qm_dir, "ar"):
        # No letter: left to right, or "+37362427142" would show its plus sign at the end.
        assert bidi_isolate("+37362427142") == "\u2066+37362427142\u2069"
        assert bidi_isolate("Victor Sîrbu.") == "\u2068Victor Sîrbu.\u2069"
        assert bidi_isolate("7\u200f/3\u200f/2025") == "\u20687\u200f/3\u200f/2025\u2069"
    assert bidi_isolate("+37362427142") == "+37362427142"  # left-to-right UI: untouched


def test_a_matching_system_locale_keeps_its_regional_conventions() -> None:
    system = QLocale.system()
    language = system.name().split("_")[0]
    if language in ("fr", "es", "ro", "ru", "ar"):
        assert ui_locale(language).name() == system.name()
    assert ui_locale("ar").language() == QLocale.Language.Arabic
    assert ui_locale("pseudo").language() in (system.language(), QLocale.Language.English)
    assert ui_locale("pseudo").language() != QLocale.Language.C


@pytest.mark.parametrize(
    "source",
    ["&Add region…", "Retire {name}? Its records stay.", "Backup written to {path}",
     "R&&D", "<b>{count}</b> rows", "Save (Ctrl+S)"],
)
def test_pseudo_translation_lengthens_and_keeps_what_code_needs(source: str) -> None:
    pseudo = pseudo_translate(source)
    assert pseudo.startswith("[") and pseudo.endswith("]")

    def visible(text: str) -> int:  # what the user sees once placeholders are filled
        return len(re.sub(r"\{\w+\}|<[^>]+>|&", "", text))

    assert visible(pseudo) >= 1.4 * visible(source)
    for kept in ("{name}", "{path}", "{count}", "<b>", "</b>", "&&"):
        assert (kept in pseudo) == (kept in source)
    assert pseudo.replace("&&", "").count("&") == source.replace("&&", "").count("&")
    assert pseudo.format(name="X", path="P", count=3)  # still formats


def test_pseudo_padding_wraps_like_words() -> None:
    """A long sentence's padding comes in short runs, so a wrapping label can still wrap."""
    source = "Send this office's changes to the central server and receive the other offices' work."
    pseudo = pseudo_translate(source)
    runs = re.findall(r"~+", pseudo)
    assert sum(map(len, runs)) >= 0.4 * len(source) - 1
    assert max(map(len, runs)) <= 10 and len(runs) > 1


def test_pseudo_reaches_qt_dialog_buttons(qtbot: QtBot, qm_dir: Path) -> None:
    with ui_language(qm_dir, "pseudo"):
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        text = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert text.startswith("[") and text.endswith("]")


def test_a_long_pseudo_session_does_not_exhaust_none(qm_dir: Path) -> None:
    """PySide6 drops a reference to None per translate() call into a Python QTranslator;
    the pseudo translator gives it back (without that, Python aborts after ~90,000 texts)."""
    with ui_language(qm_dir, "pseudo"):
        before = sys.getrefcount(None)
        for _ in range(5000):
            QCoreApplication.translate("Sections", "Home")
        assert before - sys.getrefcount(None) < 100


def test_helpers_format_dates_times_and_numbers_for_the_ui_language(qm_dir: Path) -> None:
    import datetime as dt

    from desktop.views.translation import date_text, datetime_text, number_text

    day = dt.date(2025, 3, 7)
    expected = {"fr": "07/03/2025", "ru": "07.03.2025", "ro": "07.03.2025", "es": "7/3/2025"}
    for language, text in expected.items():
        with ui_language(qm_dir, language):
            assert date_text(day) == text
            assert number_text(10000).replace("\u202f", " ").replace("\u00a0", " ") in (
                "10 000", "10.000")
    with ui_language(qm_dir, "ar"):
        assert date_text(day).replace("\u200f", "") == "7/3/2025"
        assert number_text(2.5, 1) == "2,5"
    assert date_text(None) == "" and datetime_text(None) == ""
    stamp = dt.datetime(2025, 3, 7, 14, 30, tzinfo=dt.UTC)
    with ui_language(qm_dir, "fr"):
        assert datetime_text(stamp).startswith(date_text(stamp.astimezone().date()))
