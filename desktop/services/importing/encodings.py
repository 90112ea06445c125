"""Which encoding a text file is in, for the files offices really have.

Byte-order marks decide first (UTF-8 with BOM, UTF-16 "Unicode text" as Excel saves it), then
strict UTF-8. Anything else is a legacy code page, and there the question is *which* one: the
same bytes are valid Windows-1251 (Russian), Windows-1252 (French, Spanish) and Windows-1256
(Arabic). charset-normalizer measures how messy each decoding looks; on the short files offices
often send (a header and ten rows) several decodings tie, so ties are broken by how plausible
the letters are for this application's languages (letters of one script per word, no stray
symbols such as "±" or "¼" inside words) and then by how common the code page is.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.services.i18n import translate

# codec -> how the wizard names it; the order is the override list's order and the tie-break
# preference (Western Europe first: most files come from French, Spanish and Italian Excel).
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 (BOM)"),
    ("utf-16", "UTF-16"),
    ("cp1252", "Windows-1252"),
    ("cp1250", "Windows-1250"),
    ("cp1251", "Windows-1251"),
    ("cp1256", "Windows-1256"),
    ("iso8859-1", "ISO-8859-1"),
    ("iso8859-15", "ISO-8859-15"),
    ("iso8859-2", "ISO-8859-2"),
    ("iso8859-16", "ISO-8859-16"),
    ("iso8859-5", "ISO-8859-5"),
    ("iso8859-6", "ISO-8859-6"),
    ("koi8-r", "KOI8-R"),
)
LEGACY = tuple(codec for codec, _label in ENCODINGS[3:])
_LABELS = dict(ENCODINGS)
_RANK = {codec: n for n, (codec, _label) in enumerate(ENCODINGS)}
SAMPLE = 256 * 1024
"""Bytes looked at when guessing a legacy code page (the rest is decoded, not analysed)."""
CHAOS_TIE = 0.05
_HARMLESS = frozenset("€«»°–—‘’‚“”„…•·№§©®™×÷\u00a0")
_EXOTIC = frozenset("þÞðÐªºµƒ")
"""Letters no language of this app writes: where Windows-1252 shows "þ" or "º", the file was
Romanian in Windows-1250 ("ţ", "ş")."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    codec: str  # Python codec name, one of ENCODINGS
    detected: bool  # False when the user chose the encoding

    @property
    def label(self) -> str:
        return encoding_label(self.codec)


def encoding_label(codec: str) -> str:
    return _LABELS.get(codec, codec.upper())


def encoding_choices() -> list[tuple[str, str]]:
    """(codec, label) pairs for the wizard's override list, in a sensible order."""
    names = {
        "cp1252": translate("Encoding", "Western European"),
        "cp1250": translate("Encoding", "Central European, Romanian"),
        "cp1251": translate("Encoding", "Cyrillic"),
        "cp1256": translate("Encoding", "Arabic"),
        "iso8859-1": translate("Encoding", "Western European"),
        "iso8859-15": translate("Encoding", "Western European"),
        "iso8859-2": translate("Encoding", "Central European"),
        "iso8859-16": translate("Encoding", "Romanian"),
        "iso8859-5": translate("Encoding", "Cyrillic"),
        "iso8859-6": translate("Encoding", "Arabic"),
        "koi8-r": translate("Encoding", "Cyrillic"),
    }
    return [(codec, f"{label} — {names[codec]}" if codec in names else label)
            for codec, label in ENCODINGS]


def decode(data: bytes, codec: str | None = None) -> Decoded:
    """The text of ``data``: in ``codec`` when given (undecodable bytes become "�"), else in the
    detected encoding."""
    if codec:
        if codec == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            codec_used = "utf-16-le"  # Excel's "Unicode text" without its BOM
        else:
            codec_used = codec
        text = data.decode(codec_used, errors="replace")
        return Decoded(text.lstrip("\ufeff"), codec, detected=False)
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", True)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16").lstrip("\ufeff"), "utf-16", True)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", True)
    except UnicodeDecodeError:
        pass
    codec = guess_legacy(data)
    return Decoded(data.decode(codec, errors="replace"), codec, True)


def guess_legacy(data: bytes) -> str:
    """The most likely single-byte code page of ``data`` (not UTF-8)."""
    from charset_normalizer import from_bytes

    sample = data[:SAMPLE]
    matches = from_bytes(sample, cp_isolation=[c.replace("-", "_") for c in LEGACY],
                         preemptive_behaviour=False)
    options: list[tuple[float, int, str]] = []
    for match in matches:
        # Code pages that decode the sample to the very same text are reported once, with the
        # others as "could be from"; all of them are candidates for the tie-break.
        for name in (match.encoding, *match.could_be_from_charset):
            codec = _canonical(name)
            if codec is not None:
                options.append((float(match.chaos), _RANK[codec], codec))
    if not options:
        return "cp1252"
    best_chaos = min(chaos for chaos, _rank, _codec in options)
    tied = [(rank, codec) for chaos, rank, codec in options if chaos <= best_chaos + CHAOS_TIE]
    scored = [(-plausibility(sample.decode(codec, errors="replace")), rank, codec)
              for rank, codec in tied]
    return min(scored)[2]


def _canonical(name: str) -> str | None:
    name = name.replace("_", "-").casefold()
    if name in ("latin-1", "latin1"):
        return "iso8859-1"
    return name if name in _RANK else None


def plausibility(text: str) -> int:
    """How much ``text`` looks like words of this app's languages: +1 per non-ASCII letter in
    a word of one script, -3 per letter in a word mixing scripts (Latin and Cyrillic in one
    word is what a wrong code page makes), -2 per stray symbol."""
    score = 0
    for word in text.split():
        if word.isascii():
            continue
        scripts: set[str] = set()
        letters = 0
        for char in word:
            if char.isascii():
                if char.isalpha():
                    scripts.add("LATIN")
                continue
            if char in _EXOTIC:
                score -= 2
            elif char.isalpha():
                letters += 1
                scripts.add(unicodedata.name(char, "X").split()[0])
            elif char not in _HARMLESS and not unicodedata.category(char).startswith(("Z", "M")):
                score -= 2
        score += letters if len(scripts) <= 1 else -3 * letters
    return score
