"""`diaspora-desk select` and `select verify`: files in, files out, documented exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.selection.test_draw import problem

ROOT = Path(__file__).resolve().parents[2]


def write_inputs(folder: Path, *, sortition_headers: bool = False) -> tuple[Path, Path]:
    p = problem(cap=1)
    pool = folder / "pool.csv"
    with pool.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "gender", "country", "generation", "association"])
        for person in p.pool:
            writer.writerow([person.id, f"Name {person.id}", person.features["gender"],
                             person.features["country"], person.features["generation"],
                             person.group])
    quotas = folder / "quotas.csv"
    with quotas.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["category", "name", "min", "max"] if sortition_headers
                        else ["feature", "value", "min", "max"])
        for q in p.quotas:
            writer.writerow([q.feature, q.value, q.min, q.max])
    return pool, quotas


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_select_writes_panel_probabilities_audit_and_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pool, quotas = write_inputs(tmp_path)
    out = tmp_path / "panel.csv"
    probs = tmp_path / "probs.csv"
    report = tmp_path / "audit.pdf"
    code = main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "8",
                 "--seed", "7 21 42", "--reserves", "3", "--cap-feature", "association",
                 "--cap", "1", "--out", str(out), "--probabilities", str(probs),
                 "--report", str(report)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "seed 7 21 42" in printed
    rows = read_rows(out)
    assert [r["role"] for r in rows] == ["selected"] * 8 + ["reserve-1", "reserve-2",
                                                            "reserve-3"]
    assert all(r["name"] == f"Name {r['id']}" for r in rows)  # other columns carried through
    selected = [r for r in rows if r["role"] == "selected"]
    assert len({r["association"] for r in selected}) == 8  # cap 1 per association
    assert sum(r["gender"] == "female" for r in selected) == 4
    prob_rows = read_rows(probs)
    assert len(prob_rows) == 60 and list(prob_rows[0]) == ["id", "probability"]
    assert sum(float(r["probability"]) for r in prob_rows) == pytest.approx(8, abs=1e-6)
    audit = tmp_path / "audit.json"
    assert report.exists() and audit.exists()
    record = json.loads(audit.read_text(encoding="utf-8"))
    assert sorted(record["panel"]) == sorted(r["id"] for r in selected)

    assert main(["select", "verify", str(audit)]) == 0
    assert "The selection is confirmed." in capsys.readouterr().out

    record["draw"]["seed"] = "7 21 43"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(record), encoding="utf-8")
    assert main(["select", "verify", str(tampered), "--no-resolve"]) == 4
    assert "NOT confirmed" in capsys.readouterr().out

    again = tmp_path / "again.csv"
    assert main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "8",
                 "--seed", "7 21 42", "--reserves", "3", "--cap-feature", "association",
                 "--cap", "1", "--out", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_sortition_foundation_headers_and_generated_seed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pool, quotas = write_inputs(tmp_path, sortition_headers=True)
    out = tmp_path / "p.csv"
    assert main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "8",
                 "--algorithm", "leximin", "--audit-json", str(tmp_path / "a.json"),
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "leximin" in printed
    seed = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["draw"]["seed"]
    assert f"seed {seed}" in printed and len(seed) == 14


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("damage", "message"), [
    (lambda pool, quotas: _edit(quotas, "gender,female", "sex,female"),
     "The quotas use the feature 'sex', which is not a column of pool.csv."),
    (lambda pool, quotas: _edit(quotas, "country,IT", "country,XX"),
     "No one in pool.csv has 'XX' for 'country'"),
    (lambda pool, quotas: _edit(quotas, "country,IT,2,3", "country,IT,3,2"),
     "the minimum 3 for 'IT' (country) is more than its maximum 2"),
    (lambda pool, quotas: _edit(quotas, "country,IT,2,3", "country,IT,two,3"),
     "min and max must be whole numbers"),
    (lambda pool, quotas: _edit(pool, "id-001,", "id-000,"),
     "the id 'id-000' appears more than once (lines 2, 3)"),
    (lambda pool, quotas: pool.write_text("id,gender,country,generation\n", encoding="utf-8"),
     "the pool is empty"),
    (lambda pool, quotas: pool.unlink(), "does not exist"),
    (lambda pool, quotas: _edit(pool, "id,", "key,"), "has no 'id' column"),
    (lambda pool, quotas: _edit(quotas, "country,IT,2,3", "country,IT,nan,inf"),
     "min and max must be whole numbers"),
    (lambda pool, quotas: _edit(quotas, "country,IT,2,3", "country,IT,1e400,3"),
     "min and max must be whole numbers"),
    (lambda pool, quotas: _edit(pool, "id,name,", "id,ID,"), "names the column 'ID' twice"),
    (lambda pool, quotas: _edit(pool, "id,name,", "id,Role,"), "has a column 'role'"),
])
def test_malformed_input_exits_1_with_a_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], damage, message: str) -> None:  # type: ignore[no-untyped-def]
    pool, quotas = write_inputs(tmp_path)
    damage(pool, quotas)
    code = main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "8",
                 "--out", str(tmp_path / "panel.csv")])
    captured = capsys.readouterr()
    assert code == 1
    assert message in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert not (tmp_path / "panel.csv").exists()


@pytest.mark.parametrize("args", [
    ["--seats", "eight"], ["--seats", "0"], ["--cap", "1"], ["--time-limit", "-1"],
    ["--algorithm", "random"], ["--seed", "   "], ["verify"], ["frobnicate"],
])
def test_bad_options_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            args: list[str]) -> None:
    pool, quotas = write_inputs(tmp_path)
    base = ["--pool", str(pool), "--quotas", str(quotas), "--out", str(tmp_path / "x.csv")]
    if "--seats" not in args:
        base += ["--seats", "8"]
    positional = [a for a in args if not a.startswith("-") and args.index(a) == 0]
    options = args if not positional else []
    code = main(["select", *positional, *base, *options])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err


def test_infeasible_quotas_exit_3_with_the_explanation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pool, quotas = write_inputs(tmp_path)
    _edit(quotas, "gender,female,4,4", "gender,female,7,8")
    code = main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "8",
                 "--out", str(tmp_path / "panel.csv")])
    out = capsys.readouterr().out
    assert code == 3
    assert "The quotas cannot be met." in out
    assert "The minimums for 'gender' add up to 11, more than the 8 seats." in out
    assert "Lower the minimum" in out
    assert not (tmp_path / "panel.csv").exists()


def test_verify_unreadable_files_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["select", "verify", str(bad)]) == 1
    other = tmp_path / "other.json"
    other.write_text('{"format": "something else"}', encoding="utf-8")
    assert main(["select", "verify", str(other)]) == 1
    assert main(["select", "verify", str(tmp_path / "missing.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.e2e
def test_select_as_a_subprocess(tmp_path: Path) -> None:
    pool, quotas = write_inputs(tmp_path)
    outputs = []
    for name in ("a.csv", "b.csv"):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "select", "--pool", str(pool), "--quotas",
             str(quotas), "--seats", "8", "--seed", "subprocess", "--reserves", "2", "--out",
             str(tmp_path / name)], capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs.append((tmp_path / name).read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    bad = subprocess.run(
        [sys.executable, "-m", "desktop", "select", "--pool", str(tmp_path / "nope.csv"),
         "--quotas", str(quotas), "--seats", "8", "--out", str(tmp_path / "c.csv")],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert bad.returncode == 1
    assert "does not exist" in bad.stderr and "Traceback" not in bad.stderr


def test_a_run_stopped_by_its_time_limit_shows_and_records_the_gap_and_still_verifies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A limit far too short for the proof: the answer is the lottery found so far (here the
    first panel alone), with its proven upper bound, the gap printed and in the audit record,
    and an audit that `select verify --no-resolve` confirms."""
    from bench.national import write_instance

    folder = tmp_path / "national"
    pool, quotas = write_instance(folder, 400, 12, 10, 7)
    audit = tmp_path / "audit.json"
    code = main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "12",
                 "--seed", "5", "--cap-feature", "association", "--cap", "2",
                 "--time-limit", "0.001", "--out", str(tmp_path / "panel.csv"),
                 "--audit-json", str(audit)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "not proven optimal: stopped by the time limit, gap" in printed
    engine = json.loads(audit.read_text(encoding="utf-8"))["engine"]
    assert engine["optimal"] is False
    assert engine["upper_bound"] > engine["min_probability"]
    assert engine["gap"] == pytest.approx(
        (engine["upper_bound"] - engine["min_probability"]) / engine["upper_bound"])
    assert any("time limit" in note for note in engine["notes"])
    assert main(["select", "verify", str(audit), "--no-resolve"]) == 0
    assert "The selection is confirmed." in capsys.readouterr().out


def test_without_a_time_limit_the_same_instance_is_proven_optimal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench.national import write_instance

    pool, quotas = write_instance(tmp_path / "national", 400, 12, 10, 7)
    audit = tmp_path / "audit.json"
    for algorithm in ("maximin", "leximin"):
        assert main(["select", "--pool", str(pool), "--quotas", str(quotas), "--seats", "12",
                     "--seed", "5", "--cap-feature", "association", "--cap", "2",
                     "--algorithm", algorithm, "--out", str(tmp_path / "panel.csv"),
                     "--audit-json", str(audit)]) == 0
        assert f"optimal, {algorithm}" in capsys.readouterr().out
        engine = json.loads(audit.read_text(encoding="utf-8"))["engine"]
        assert engine["optimal"] is True and engine["gap"] < 1e-6
        assert main(["select", "verify", str(audit)]) == 0
        assert "The selection is confirmed." in capsys.readouterr().out
