"""Choosing the UI language and installing Qt translators (ours, Qt's own, or pseudo)."""

from __future__ import annotations

import ctypes
import datetime as dt
import functools
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from desktop.services.i18n import install_translator
from desktop.services.i18n import list_text as _list_text

log = logging.getLogger(__name__)

UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ro": "Română",
    "ru": "Русский",
    "ar": "العربية",
}
PSEUDO = "pseudo"
RTL_LANGUAGES = frozenset({"ar"})
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
# When the system locale speaks another language, the conventions (dates, digits) of the
# countries whose offices use that language: Tunisia and Morocco write Arabic with Western digits.
DEFAULT_LOCALES: dict[str, str] = {"ar": "ar_TN"}


def choose_language(cli_language: str | None, settings_language: str) -> str:
    """``--lang`` wins, then the setting, then the system locale; English if none is offered."""
    for candidate in (cli_language, settings_language):
        if candidate:
            code = candidate.lower().replace("-", "_")
            if code == PSEUDO:
                return PSEUDO
            code = code.split("_")[0]
            if code in UI_LANGUAGES:
                return code
            log.warning("Language %r is not offered; using another", candidate)
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def ui_locale(language: str) -> QLocale:
    """Dates and numbers for ``language``: the system's own conventions when it speaks that
    language (fr_SN, ro_MD, es_EC …), otherwise the language's usual ones."""
    system = QLocale.system()
    if language == PSEUDO or language not in UI_LANGUAGES:
        # A bare "C" system locale would show 10000 and sort Bălți after Briceni.
        return system if system.language() != QLocale.Language.C else QLocale("en")
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return QLocale(DEFAULT_LOCALES.get(language, language))


PSEUDO_RUN = 10
_PLACEHOLDER = re.compile(r"(\{[^}]*\}|%\d+|%n|&&|<[^>]*>|&[a-z]+;)")
_ACCENTS = str.maketrans(
    "aceginorsuyACEGINORSUY", "àçéĝîñöŕšûýÀÇÉĜÎÑÖŔŠÛÝ"
)


def pseudo_translate(text: str) -> str:
    """Lengthen by 40 % and bracket, keeping placeholders, mnemonics and markup working."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    visible = len(_PLACEHOLDER.sub("", text))
    padding = "~" * max(1, round(visible * 0.4))
    # In runs of at most ten, like the extra words of a real translation: one unbreakable
    # 60-character "word" would make every wrapping label impossibly wide.
    padding = " ".join(padding[i:i + PSEUDO_RUN] for i in range(0, len(padding), PSEUDO_RUN))
    return f"[{out}{padding}]"


# PySide6 6.12 hands a Python override of QTranslator.translate() a null disambiguation as None
# without taking a reference to it, so every such call leaves None one reference short; after
# some 90,000 texts Python aborts ("deallocating None"). Giving the reference back keeps a long
# pseudo session alive (harmless once PySide is fixed, and a no-op where None is immortal).
_give_back_none = functools.partial(ctypes.pythonapi.Py_IncRef, ctypes.py_object(None))


class PseudoTranslator(QTranslator):
    """Translates every string to its pseudo form, to find truncation and missed strings."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if disambiguation is None:
            _give_back_none()
        return pseudo_translate(source)

    def isEmpty(self) -> bool:
        return False


class EnglishPlurals(QTranslator):
    """English for plural messages: "%n record(s)" reads "1 record", "3 records".

    Source texts are English, so English needs no catalog, except for Qt's ``%n`` plural
    forms, which a translator must choose. This one does what an English plurals-only .ts
    file would, for the one pattern the code uses: "(s)" after the noun."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if disambiguation is None:
            _give_back_none()
        if n < 0 or "(s)" not in source:
            return None  # not ours: Qt falls back to the source text
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (3/7/25 is ambiguous in an archive).

    English is read on both sides of the Atlantic, where 12/7/2026 means two different days:
    it writes the month's name instead (7 Dec 2026)."""
    if locale.language() == QLocale.Language.English:
        return "d MMM yyyy"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern() -> str:
    """The pattern dates are shown and typed in (the UI language's, four-digit year)."""
    return _date_format(QLocale())


def date_input_format() -> str:
    """The display format of date fields: the same short date with a four-digit year that
    lists show (:func:`date_text`), so one screen never mixes 2025-03-07 and 07/03/2025.

    A date field in a right-to-left layout reverses the order of the format's fields; they
    are given reversed here, so that it shows the very text a list shows (Arabic: 7‏/3‏/2025
    with its right-to-left marks, read from the right)."""
    pattern = _date_format(QLocale())
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        parts = re.split(r"(d+|M+|y+)", pattern)
        parts[1::2] = parts[1::2][::-1]
        pattern = "".join(parts)
    return pattern


def date_text(value: dt.date | None) -> str:
    """A date as people write it in the UI language (07/03/2025, 07.03.2025, 3/7/2025)."""
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def datetime_text(value: dt.datetime | None) -> str:
    """A stored UTC time shown in local time, in the UI language's short form."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{date_text(local.date())} {time}"


def list_text(items: Iterable[str], separator: str = ", ") -> str:
    """Names joined for display in the UI language (Arabic: "الرومانية، الروسية")."""
    return _list_text(items, QLocale().name(), separator)


def number_text(value: int | float, decimals: int = 0) -> str:
    """A count or amount with the UI language's digit grouping (10 000, 10.000, 10,000)."""
    if isinstance(value, int) or decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


@functools.lru_cache(maxsize=65536)
def phone_text(phone: str) -> str:
    """A stored phone number as people read it: +373 299 12 345, not +37329912345 (numbers
    that are not international are shown as typed). Cached: lists call it for every row."""
    from desktop.services.flyers.spec import format_phone

    return format_phone(phone or "")


def bidi_isolate(text: str) -> str:
    """Let ``text`` keep its own direction inside right-to-left text, so that a path, an
    e-mail or a Latin name ending in a full stop is not reordered in the Arabic UI."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    if _STRONG.search(text) is None:
        # No letter to take the direction from (a phone number, a code): left to right, so
        # that +37362427142 keeps its plus sign in front.
        return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
    return f"\u2068{text}\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE


_STRONG = re.compile(r"[^\W\d_]|[\u200e\u200f]")
"""A letter of any script, or a left-to-right or right-to-left mark."""


def qt_translations_dir() -> str:
    """Where Qt's own ``qtbase_*.qm`` are (inside the PySide6 wheel, or a frozen bundle)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(
    app: QGuiApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and our translations, set locale and layout direction, and route the
    services' texts through Qt. ``directory`` holds our .qm files (default: translations/)."""
    directory = directory or TRANSLATIONS_DIR
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
    elif language == "en":
        translators.append(EnglishPlurals(app))
    else:
        qt_own = QTranslator(app)
        # Qt ships no Romanian; ours (translations/qtbase_ro.ts) fills the gap.
        if qt_own.load(f"qtbase_{language}", qt_translations_dir()) or \
                qt_own.load(f"qtbase_{language}", str(directory)):
            translators.append(qt_own)
        else:
            log.warning("No Qt translation for %s", language)
        ours = QTranslator(app)
        if ours.load(f"diaspora_desk_{language}", str(directory)):
            translators.append(ours)
        else:
            log.warning("No compiled translation for %s in %s (run `make translations`)",
                        language, directory)
    for translator in translators:
        app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(ui_locale(language))
    install_translator(QCoreApplication.translate)
    return translators


def remove_translators(app: QGuiApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (back to English, left to right, system locale)."""
    for translator in translators:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
