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


def test_spec_packs_the_user_guide_and_keeps_developer_tools_out() -> None:
    spec = (ROOT / "installer" / "diaspora-desk.spec").read_text(encoding="utf-8")
    assert '"docs", "USER_GUIDE*"' in spec and (ROOT / "docs" / "USER_GUIDE.md").exists()
    assert 'collect_submodules("keyring.backends")' in spec
    for tool in ("pytest", "hypothesis", "mypy", "sync.server"):
        assert f'"{tool}"' in spec.split("excludes=")[1], f"{tool} would be bundled"


def test_appstream_metadata_names_the_desktop_entry_and_the_command() -> None:
    import xml.etree.ElementTree as ET

    (metainfo,) = (ROOT / "installer" / "linux").glob("*.metainfo.xml")
    component = ET.parse(metainfo).getroot()
    component_id = component.findtext("id")
    assert metainfo.name == f"{component_id}.metainfo.xml"  # AppStream finds it by its id
    assert component.findtext("launchable") == "diaspora-desk.desktop"
    assert (ROOT / "installer" / "linux" / "diaspora-desk.desktop").exists()
    assert component.findtext("provides/binary") == "diaspora-desk"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    languages = {
        summary.get("{http://www.w3.org/XML/1998/namespace}lang")
        for summary in component.findall("summary")
    }
    assert languages == {None, "fr", "es", "ro", "ru", "ar"}


def test_deb_depends_lists_plain_debian_package_names() -> None:
    lines = (ROOT / "installer" / "linux" / "deb-depends").read_text(encoding="utf-8")
    packages = [line.split("#")[0].strip() for line in lines.splitlines()]
    packages = [package for package in packages if package]
    names = [package.split()[0] for package in packages]
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", name) for name in names), names
    assert len(set(names)) == len(names)
    # The xcb platform plugin's libraries that minimal systems lack, and a font for the UI.
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libgl1", "fonts-dejavu-core"} <= set(names)
    assert "libc6 (>= 2.36)" in packages
    assert not {"python3", "python3-pyside6"} & set(names)  # the bundle carries its own


def test_release_workflow_builds_with_the_same_spec_and_script() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert r"installer\diaspora-desk.spec" in workflow
    assert r"installer\windows\diaspora-desk.iss" in workflow
    assert "make package-test" in workflow
