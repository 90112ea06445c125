"""Every user-visible string reaches lupdate, and every language translates all of them.

The .ts files are refreshed from the sources into a temporary copy (never the committed ones), so
a string added or changed in the code without a translation fails here. How to fix a failure:

    make translations
    .venv/bin/python tools/translate_ts.py --missing > /tmp/missing.tsv
    # fill in /tmp/missing.tsv, append its rows to translations/catalog.tsv
    make translations
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n_lint  # noqa: E402
from translate_ts import (  # noqa: E402
    CATALOG,
    Message,
    check,
    check_translation,
    read_catalog,
    read_ts,
)
from update_translations import LANGUAGES, run_lupdate, ts_path  # noqa: E402

HOW_TO_FIX = ("Run `make translations`, then `.venv/bin/python tools/translate_ts.py --missing`, "
              "add the rows to translations/catalog.tsv and run `make translations` again.")


def _listing(messages: list[Message], limit: int = 40) -> str:
    lines = [f"  [{m.context}] {m.source!r}" for m in messages[:limit]]
    if len(messages) > limit:
        lines.append(f"  … and {len(messages) - limit} more")
    return "\n".join(lines)


def test_lupdate_sees_every_translatable_string() -> None:
    """f-strings, helper wrappers, ``other.tr()`` and inherited ``self.tr()`` slip past lupdate."""
    problems = i18n_lint.lint()
    if problems:
        pytest.fail("These texts never reach a translator (fix the calls; "
                    "`tools/i18n_lint.py --fix FILE` rewrites helper wrappers):\n"
                    + "\n".join(str(p) for p in problems), pytrace=False)


def test_the_lint_sees_aliases_of_translate(tmp_path: Path) -> None:
    """``t = partial(translate, "Ctx")`` hid the engagement areas, statuses, roles and genders
    from translators once; the lint must keep catching that shape."""
    sample = tmp_path / "labels.py"
    sample.write_text(
        "import functools\n"
        "from desktop.services.i18n import translate\n"
        "t = functools.partial(translate, 'Gender')\n"
        "u = translate\n"
        "ok = translate('Gender', 'Female')\n",
        encoding="utf-8",
    )
    problems = i18n_lint.lint([sample])
    assert [p.line for p in problems] == [3, 4]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """lupdate over today's sources, merged into copies of the committed .ts files; vanished
    messages are kept (marked) so that a stale .ts shows up too."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for language in LANGUAGES:
        copy = folder / ts_path(language).name
        shutil.copyfile(ts_path(language), copy)
        copies.append(copy)
    run_lupdate(copies, quiet=True, keep_obsolete=True)
    return {language: read_ts(copy)[1] for language, copy in zip(LANGUAGES, copies, strict=True)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(refreshed: dict[str, list[Message]],
                                           language: str) -> None:
    messages = refreshed[language]
    assert messages, "lupdate found no strings at all"
    missing = [m for m in messages if m.kind not in ("vanished", "obsolete") and not m.finished]
    if missing:
        pytest.fail(f"{len(missing)} strings have no finished {language} translation:\n"
                    f"{_listing(missing)}\n{HOW_TO_FIX}", pytrace=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_stale_messages(refreshed: dict[str, list[Message]], language: str) -> None:
    stale = [m for m in refreshed[language] if m.kind in ("vanished", "obsolete")]
    if stale:
        pytest.fail(f"translations/{ts_path(language).name} holds strings the code no longer "
                    f"has:\n{_listing(stale)}\nRun `make translations`.", pytrace=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_plurals(language: str) -> None:
    """``{name}`` placeholders survive (else .format() fails or shows a gap), at most one ``&``,
    ``…`` and ``:`` kept, plural messages have the language's number of forms."""
    _tree, messages = read_ts(ts_path(language))
    problems = [
        f"  [{m.context}] {m.source!r} -> {m.text!r}: {issue}"
        for m in messages if m.finished
        for issue in check_translation(m.source, m.text, language, m.numerus)
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_ts_files_name_their_language() -> None:
    for language in LANGUAGES:
        tree, _messages = read_ts(ts_path(language))
        assert tree.getroot().get("language", "").split("_")[0] == language
        assert tree.getroot().get("sourcelanguage", "").startswith("en")


def test_catalog_is_consistent() -> None:
    """The catalog, where translations are written, has no duplicates or broken rows."""
    catalog = read_catalog(CATALOG)
    assert set(catalog.languages) >= set(LANGUAGES)
    assert catalog.rows, "translations/catalog.tsv is empty"
    problems = check(catalog, [ts_path(lang) for lang in LANGUAGES])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("Saved {name}.", "{nom} enregistré.", "placeholders"),
        ("&Add region…", "Ajouter une région…", "mnemonic"),
        ("&Add region…", "&Ajouter une &région…", "mnemonics"),
        ("&Add region…", "&Ajouter une région", "…"),
        ("&Name:", "&Nom", "':'"),
        ("Region", "", "empty"),
        ("<b>{n}</b> rows", "{n} lignes", "HTML"),
    ],
)
def test_the_checks_catch_broken_translations(source: str, translation: str,
                                              problem: str) -> None:
    issues = check_translation(source, translation, "fr")
    assert any(problem in issue for issue in issues), issues


def test_the_checks_accept_good_translations() -> None:
    assert check_translation("&Back up database…", "&Sauvegarder la base de données…", "fr") == []
    assert check_translation("Database: {path}", "Base de données\u00a0: {path}", "fr") == []
    assert check_translation("R&&D", "R&&D", "fr") == []
    assert check_translation("%n record(s)", "%n запись || %n записи || %n записей", "ru",
                             numerus=True) == []
    assert check_translation("%n record(s)", "%n запись || %n записи", "ru", numerus=True)
