"""The installer recipes refer to files that exist, and the desktop entry is well formed."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyinstaller_spec_data_folders_exist() -> None:
    spec = (ROOT / "installer" / "diaspora-desk.spec").read_text(encoding="utf-8")
    folders = re.findall(r'os\.path\.join\(ROOT, "([^"]+)", "([^"]+)"\)', spec)
    assert ("resources", "fonts") in folders and ("desktop", "migrations") in folders
    for parts in folders:
        if any("*" in part for part in parts):
            continue  # a glob of build output (compiled translations), checked by the spec
        path = ROOT.joinpath(*parts)
        assert path.exists(), f"the spec packs {path}, which does not exist"
    compile(spec, "diaspora-desk.spec", "exec")  # valid Python


def test_desktop_entry_is_well_formed() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "installer" / "linux" / "diaspora-desk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "diaspora-desk"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").exists()
    assert entry["Categories"].endswith(";")


def test_inno_setup_script_points_at_the_pyinstaller_output() -> None:
    iss = (ROOT / "installer" / "windows" / "diaspora-desk.iss").read_text(encoding="utf-8")
    assert r"dist\DiasporaDesk\*" in iss
    assert (ROOT / "installer" / "windows" / "diaspora-desk.ico").exists()
    assert (ROOT / "LICENSE").exists()
