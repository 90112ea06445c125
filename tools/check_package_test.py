"""Check, from outside, what ``installer/linux/package-test.sh`` brought back from the chroot.

The script proves the commands ran; this proves their results are real: the database check says
``ok``, the user's data outlived ``apt-get remove``, every flyer PDF reads back with text in its
language (French accents, Arabic letters), and the two main-window screenshots are full-size
pictures with drawn content — not a black or blank window — laid out as mirror images (Arabic is
right to left, so the section list with its highlighted Home moves from the left edge to the
right edge).

Usage: ``python tools/check_package_test.py dist/package-test`` (``make package-test`` runs it);
prints one line per check and exits 1 on the first failure.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QImage

ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
MIN_WIDTH, MIN_HEIGHT = 800, 500


class CheckFailed(Exception):
    """One check did not hold; the message says which and why."""


def check_text_files(folder: Path) -> None:
    check = (folder / "db-check.txt").read_text(encoding="utf-8")
    if not check.startswith("ok "):
        raise CheckFailed(f"db check said {check.strip()!r}, not 'ok <revision>'")
    print(f"db check: {check.strip()}")
    kept = (folder / "data-after-remove.txt").read_text(encoding="utf-8").split()
    if "diaspora_desk.db" not in kept:
        raise CheckFailed(f"after apt-get remove the data folder holds {kept}, not the database")
    print("apt-get remove kept the user's database")


def check_flyers(folder: Path) -> None:
    pdfs = sorted((folder / "flyers").glob("*.pdf"))
    languages = {"fr": 0, "ar": 0}
    for pdf in pdfs:
        reader = PdfReader(pdf)
        text = "".join(page.extract_text() or "" for page in reader.pages)
        if len(reader.pages) != 1 or len(text.strip()) < 40:
            raise CheckFailed(f"{pdf.name}: {len(reader.pages)} pages, text {text[:80]!r}")
        language = pdf.stem.split("_")[-2]  # flyer_<region>_<language>_<template>.pdf
        if language == "ar":
            if not ARABIC.search(text):
                raise CheckFailed(f"{pdf.name}: an Arabic flyer without Arabic text")
            languages["ar"] += 1
        else:
            if not re.search(r"[éèàçêô]", text):
                raise CheckFailed(f"{pdf.name}: a French flyer without accents: {text[:80]!r}")
            languages["fr"] += 1
    if not all(languages.values()):
        raise CheckFailed(f"flyers per language {languages} from {[p.name for p in pdfs]}")
    print(f"{len(pdfs)} flyer PDFs read back: {languages}")


def check_screenshots(folder: Path) -> None:
    shots = {}
    for language in ("fr", "ar"):
        image = QImage(str(folder / f"main-{language}.png"))
        if image.isNull() or image.width() < MIN_WIDTH or image.height() < MIN_HEIGHT:
            raise CheckFailed(f"main-{language}.png: {image.width()}x{image.height()}")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        if len(colours) < 8:
            raise CheckFailed(f"main-{language}.png has {len(colours)} colours: nothing drawn")
        shots[language] = image
        print(f"main-{language}.png: {image.width()}x{image.height()}, {len(colours)} colours")
    # The selected section (Home, highlighted) sits at the top of the section list, which is at
    # the left edge in French and the right edge in Arabic: the same colour at mirrored places.
    fr, ar = shots["fr"], shots["ar"]
    y = 45
    fr_start, fr_end = fr.pixelColor(20, y), fr.pixelColor(fr.width() - 20, y)
    ar_start, ar_end = ar.pixelColor(ar.width() - 20, y), ar.pixelColor(20, y)
    if fr_start != ar_start or fr_start == fr_end or ar_start == ar_end:
        raise CheckFailed(
            "the Arabic window is not the mirror image of the French one: at the reading start "
            f"{fr_start.name()} / {ar_start.name()}, at the end {fr_end.name()} / {ar_end.name()}"
        )
    print(f"the Arabic window is laid out right to left (section list highlight {ar_start.name()})")


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/package-test")
    app = QGuiApplication.instance() or QGuiApplication([])
    try:
        check_text_files(folder)
        check_flyers(folder)
        check_screenshots(folder)
    except (CheckFailed, OSError) as exc:
        print(f"package test check failed: {exc}", file=sys.stderr)
        return 1
    del app
    print("package test results check out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
