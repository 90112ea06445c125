"""The audit record: verification confirms a genuine draw and refutes tampered ones; the PDF
report carries what a reader needs to check it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.services.selection import (
    audit_record,
    draw,
    draw_reserves,
    fingerprint,
    solve,
    verify_audit,
    write_audit_pdf,
)
from tests.selection.test_draw import problem

SEED = "2024-05-17 lottery 88"


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    p = problem(cap=2)
    dist = solve(p)
    panel = draw(dist, SEED)
    reserves = draw_reserves(p, panel, SEED, 4)
    rec = audit_record(p, dist, SEED, panel, reserves, title="Roundtable on remittances",
                       cap_feature="association")
    return json.loads(json.dumps(rec))  # exactly what a file holds


def test_record_content(record: dict[str, Any]) -> None:
    p = problem(cap=2)
    assert record["fingerprint"] == fingerprint(p)
    assert record["draw"]["seed"] == SEED
    assert len(record["panel"]) == 8 and len(record["reserves"]) == 4
    assert set(record["probabilities"]) == {q.id for q in p.pool}
    assert sum(record["probabilities"].values()) == pytest.approx(8, abs=1e-6)
    assert record["engine"]["algorithm"] == "maximin" and record["engine"]["optimal"]
    gender = [c for c in record["composition"] if c["feature"] == "gender"]
    assert [(c["value"], c["pool"], c["panel"]) for c in gender] == [("female", 36, 4),
                                                                     ("male", 24, 4)]


def test_genuine_audit_is_confirmed(record: dict[str, Any]) -> None:
    result = verify_audit(record)
    assert result.ok, result.text()
    assert len(result.checks) == 7
    assert result.text().endswith("The selection is confirmed.")


def _tampered(record: dict[str, Any], change: str) -> dict[str, Any]:
    rec = copy.deepcopy(record)
    if change == "panel":
        outsider = next(pid for pid in rec["probabilities"]
                        if pid not in rec["panel"] and pid not in rec["reserves"])
        rec["panel"][0] = outsider
    elif change == "seed":
        rec["draw"]["seed"] = SEED + "!"
    elif change == "pool":
        rec["problem"]["pool"][0][1][0] = "other"
    elif change == "reserves":
        rec["reserves"] = list(reversed(rec["reserves"]))
    elif change == "probabilities":
        first = next(iter(rec["probabilities"]))
        rec["probabilities"][first] += 0.01
    elif change == "unfair":
        # a "distribution" that always picks the same panel: valid panels, right draw, unfair
        d = rec["distribution"]
        d["panels"] = d["panels"][:1]
        d["weights"] = [d["weight_total"]]
    return rec


@pytest.mark.parametrize(("change", "failing"), [
    ("panel", "Re-running the draw with the seed gives the published panel"),
    ("seed", "Re-running the draw with the seed gives the published panel"),
    ("pool", "Fingerprint of the pool and quotas"),
    ("reserves", "Re-running the draw gives the published reserves, in order"),
    ("probabilities", "The published probabilities are the distribution's"),
])
def test_tampered_audits_are_refuted(record: dict[str, Any], change: str, failing: str) -> None:
    result = verify_audit(_tampered(record, change), resolve=False)
    assert not result.ok
    assert failing in [c.name for c in result.checks if not c.passed]
    assert result.text().endswith("The selection is NOT confirmed.")


def test_an_unfair_distribution_is_refuted_by_resolving(record: dict[str, Any]) -> None:
    rec = _tampered(record, "unfair")
    # make the published numbers and panel consistent with the unfair lottery
    from desktop.services.selection.audit import (
        _probabilities,
        distribution_from_record,
        problem_from_record,
    )

    dist = distribution_from_record(rec)
    rec["probabilities"] = _probabilities(dist)
    rec["panel"] = draw(dist, SEED)
    rec["reserves"] = draw_reserves(problem_from_record(rec), rec["panel"], SEED, 4)
    assert verify_audit(rec, resolve=False).ok  # only the fairness check can tell
    result = verify_audit(rec)
    assert not result.ok
    assert [c.name for c in result.checks if not c.passed] == [
        "The distribution is as fair as the engine can make it"]
    # Claiming a time limit does not excuse it, with or without a matching claimed minimum.
    rec["engine"]["optimal"] = False
    for claimed in (rec["engine"]["min_probability"], min(rec["probabilities"].values())):
        rec["engine"]["min_probability"] = claimed
        result = verify_audit(rec)
        failed = [c for c in result.checks if not c.passed]
        assert [c.name for c in failed] == [
            "The distribution is as fair as the engine can make it"], result.text()
        assert ("claims" in failed[0].detail) != (claimed == min(rec["probabilities"].values()))


def test_a_time_limited_record_that_is_fair_is_confirmed(record: dict[str, Any]) -> None:
    rec = copy.deepcopy(record)
    rec["engine"]["optimal"] = False  # stopped at its time limit, yet nobody could do better
    result = verify_audit(rec)
    assert result.ok, result.text()


def test_not_an_audit_record() -> None:
    assert verify_audit({"hello": 1}).unreadable
    assert verify_audit({"format": "diaspora-desk/selection-audit", "format_version": 1}
                        ).unreadable


def test_pdf_report_reads_back(record: dict[str, Any], tmp_path: Path) -> None:
    path = write_audit_pdf(record, tmp_path / "audit.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Selection audit report" in flat
    assert "Roundtable on remittances" in flat
    assert SEED in flat
    assert record["fingerprint"] in "".join(text.split())
    for feature in ("gender", "country", "generation"):
        assert feature in flat
    for pid in record["panel"] + record["reserves"]:
        assert pid in flat
    assert "select verify" in flat
    assert reader.metadata is not None and reader.metadata.subject == record["fingerprint"]
