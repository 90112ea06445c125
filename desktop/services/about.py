"""Versions and licences of Diaspora Desk and the components it ships, for the About box."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from desktop import __version__


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# Distribution name -> licence as published by the project (checked when each was added).
_COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("requests", "Requests", "Apache-2.0"),
    ("platformdirs", "platformdirs", "MIT"),
    ("pycountry", "pycountry", "LGPL-2.1"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("openpyxl", "openpyxl", "MIT"),
    ("anyascii", "anyascii", "ISC"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("segno", "Segno", "BSD-3-Clause"),
    ("highspy", "HiGHS (highspy)", "MIT"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("pydantic", "pydantic", "MIT"),
)

FONTS_LICENCE = "Noto fonts: SIL Open Font License 1.1"


def app_version() -> str:
    return __version__


def components() -> list[Component]:
    """Installed components with their versions ("not installed" if missing)."""
    result = [Component("Python", platform.python_version(), "PSF-2.0")]
    for dist, label, licence in _COMPONENTS:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "—"
        result.append(Component(label, version, licence))
    return result
