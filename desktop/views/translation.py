"""Choosing the UI language and installing Qt translators (ours, Qt's own, or pseudo)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.services.i18n import install_translator

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
    return f"[{out}{padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string to its pseudo form, to find truncation and missed strings."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_translate(source)

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translations, set the layout direction, hook services' texts."""
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
    elif language != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            translators.append(qt_own)
        ours = QTranslator(app)
        if ours.load(f"diaspora_desk_{language}", str(TRANSLATIONS_DIR)):
            translators.append(ours)
        else:
            log.warning("No compiled translation for %s in %s (run `make translations`)",
                        language, TRANSLATIONS_DIR)
    for translator in translators:
        app.installTranslator(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    if language in UI_LANGUAGES:
        QLocale.setDefault(QLocale(language))
    install_translator(QCoreApplication.translate)
    return translators
