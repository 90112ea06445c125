"""Translation hook for code that must not import Qt.

Services produce user-facing messages (validation errors, import reports, CLI output) through
:func:`translate`. The GUI installs Qt's translator here at start-up, so the same strings are
picked up by ``pyside6-lupdate`` (it recognises ``translate("Context", "text")`` calls) and
shown in the user's language; without a GUI the English source text is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through ``func`` (e.g. ``QCoreApplication.translate``)."""
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    """Translate ``text``; placeholders are ``{name}`` and filled in after translation."""
    if _translator is None:
        return text
    return _translator(context, text)


ARABIC_PUNCTUATION = str.maketrans({",": "\u060c", ";": "\u061b"})
"""Latin comma and semicolon to the Arabic ones (، ؛)."""


def list_text(items: Iterable[str], language: str, separator: str = ", ") -> str:
    """``items`` joined for display in ``language``: Arabic writes its own comma and
    semicolon ("الرومانية، الروسية"), other languages the Latin ones."""
    if language.split("_")[0] == "ar":
        separator = separator.translate(ARABIC_PUNCTUATION)
    return separator.join(items)
