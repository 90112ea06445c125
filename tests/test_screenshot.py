"""`--screenshot` renders the real window from a subprocess and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


LAPTOP_SCREEN = ROOT / "tests" / "laptop_screen.json"
"""An offscreen 1366×768 screen, the size of many office laptops."""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={LAPTOP_SCREEN}"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.e2e
def test_screenshot_of_the_main_window(tmp_path: Path) -> None:
    data = tmp_path / "office"
    assert run("--data-dir", str(data), "demo").returncode == 0
    out = tmp_path / "home.png"
    result = run("--data-dir", str(data), "--screenshot", str(out), "--section", "regions")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    assert image.width() <= 1366 and image.height() <= 768  # fits the laptop's screen
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 29)}
    assert len(colours) > 5, "the screenshot is blank"


@pytest.mark.e2e
def test_screenshot_on_a_new_folder_shows_the_first_start_dialog(tmp_path: Path) -> None:
    out = tmp_path / "first.png"
    result = run("--data-dir", str(tmp_path / "new"), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() > 300


@pytest.mark.e2e
def test_unknown_section_is_an_error_in_screenshot_mode(tmp_path: Path) -> None:
    data = tmp_path / "office"
    assert run("--data-dir", str(data), "demo").returncode == 0
    result = run("--data-dir", str(data), "--screenshot", str(tmp_path / "x.png"),
                 "--section", "nowhere")
    assert result.returncode == 1
    assert "Unknown section 'nowhere'" in result.stderr


@pytest.mark.e2e
def test_newer_database_is_refused_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "office"
    assert run("--data-dir", str(data), "demo").returncode == 0
    conn = sqlite3.connect(data / "diaspora_desk.db")
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    result = run("--data-dir", str(data), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "newer version of Diaspora Desk" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.e2e
def test_the_window_paints_before_the_database_is_opened(tmp_path: Path) -> None:
    """On a current, configured database the frame is painted first, then the home page."""
    data = tmp_path / "office"
    assert run("--data-dir", str(data), "demo").returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIASPORA_DESK_STARTUP_PROBE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "--screenshot",
         str(tmp_path / "x.png")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["painted", "ready"]
