"""The command line starts without loading what a command does not use (issue 15).

Every command module is imported to build the parser (``--help`` lists them all), so a module
that imports the database layer, Qt, the solver or ReportLab at its top makes every command
pay for it. These tests check *which* libraries a fresh process has loaded, not how long it
took (timings belong to ``bench/``): a new command module that imports one of them at its top
fails here, with the module named.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import COMMAND_MODULES

HEAVY = ("sqlalchemy", "PySide6", "numpy", "highspy", "reportlab", "openpyxl", "requests",
         "keyring", "alembic", "PIL")


def _loaded_after(code: str) -> list[str]:
    script = (f"import sys\n{code}\n"
              f"import json\n"
              f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_help_loads_no_heavy_library() -> None:
    loaded = _loaded_after("from desktop.cli import main\n"
                           "try:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert not set(HEAVY) & set(loaded), sorted(set(HEAVY) & set(loaded))


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_registering_a_command_loads_no_heavy_library(module: str) -> None:
    loaded = _loaded_after("import argparse, importlib\n"
                           "sub = argparse.ArgumentParser().add_subparsers()\n"
                           f"importlib.import_module({module!r}).register(sub)")
    assert not set(HEAVY) & set(loaded), f"{module} loads {sorted(set(HEAVY) & set(loaded))}"


def test_the_demo_sizes_listed_by_the_command_line_are_the_demos() -> None:
    from desktop.cli.basic import SIZES
    from desktop.services.demo import SIZES as DEMO_SIZES

    assert tuple(SIZES) == tuple(DEMO_SIZES)


def test_select_help_still_works_without_the_solver_loaded() -> None:
    out = subprocess.run([sys.executable, "-m", "desktop", "select", "--help"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    assert "--time-limit" in out.stdout and "maximin" in out.stdout
