"""Helpers for the flyer tests: sample focal points, PDF text, rendering pages to images."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from desktop.db import Database
from desktop.services.flyers.spec import PointEntry
from desktop.services.focal_points import create_focal_point

SAMPLE_POINTS = (
    PointEntry("Ana Popescu", "local_government", "Primăria Cahul", "", "ana.popescu@cahul.md",
               "+37329922345"),
    PointEntry("Ion Țurcanu", "elected_official", "Consiliul Raional Cahul", "Vicepreședinte",
               "ion.turcanu@example.md", "+37369123456"),
    PointEntry("Мария Петренко", "consular", "Consulatul General, Moscova", "",
               "m.petrenko@mfa.gov.md", "+74951234567"),
    PointEntry("فاطمة الزهراء", "association_liaison", "Asociația Moldovenilor din Italia", "",
               "fatima@example.org", "+390612345678"),
    PointEntry("Gheorghe Ștefănescu", "technical", "Biroul de Relații cu Diaspora", "",
               "gheorghe@brd.gov.md", "+37322250123"),
)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    """Text without any whitespace (pypdf may split or join words at line breaks)."""
    return "".join(text.split())


def rasterize(pdf: bytes, tmp_path: Path, dpi: int = 150, name: str = "page") -> Image.Image:
    """The first page as an image, drawn by poppler's pdftoppm (what a viewer would show)."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed: apt-get install poppler-utils")
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source),
                    str(tmp_path / name)], check=True)
    return Image.open(tmp_path / f"{name}.png")


def add_focal_point(db: Database, name: str, region: str = "MD-CA", phone: str = "+37329922345",
                    listed: bool = True, consent: bool = True, **extra: object) -> str:
    values: dict[str, object] = {
        "name": name, "region_code": region, "phone": phone, "role": "local_government",
        "institution": "Primăria", "email": f"{name.split()[0].lower()}@example.md",
        "listed_on_flyers": listed,
    }
    if consent:
        values["publication_consent_on"] = dt.date(2026, 1, 15)
        values["publication_consent_how"] = "signed form"
    values.update(extra)
    with db.transaction() as session:
        return create_focal_point(session, values, home_country="MD", by="tester")
