"""Seeded draws and reserves: reproducible anywhere, always within the quotas."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.selection import (
    Person,
    Quota,
    SelectionProblem,
    draw,
    draw_reserves,
    new_seed,
    next_reserve,
    normalize_seed,
    panel_is_valid,
    panel_problems,
    solve,
)
from desktop.services.selection.draw import SeededStream

ROOT = Path(__file__).resolve().parents[2]


def problem(people: int = 60, seats: int = 8, cap: int | None = None) -> SelectionProblem:
    pool = []
    for i in range(people):
        pool.append(Person(
            f"id-{i:03d}",
            {"gender": "female" if i % 5 in (0, 1, 2) else "male",
             "country": ["IT", "RU", "DE", "FR"][i % 4 if i % 7 else 0],
             "generation": ["first", "first", "second", "third_plus"][(i // 3) % 4]},
            group=f"assoc-{i % 9}" if cap else None))
    quotas = [Quota("gender", "female", 4, 4), Quota("gender", "male", 4, 4),
              Quota("country", "IT", 2, 3), Quota("country", "RU", 1, 3),
              Quota("country", "DE", 1, 2), Quota("country", "FR", 1, 2),
              Quota("generation", "first", 3, 5), Quota("generation", "second", 1, 3),
              Quota("generation", "third_plus", 1, 2)]
    return SelectionProblem(pool, quotas, seats, cap)


def test_stream_follows_the_documented_recipe() -> None:
    """Recompute the first numbers by hand from sha256, as an outside checker would."""
    seed = "  493-117-208 "
    stream = SeededStream(seed, "panel")
    got = [stream.below(1000) for _ in range(5)]
    expected = []
    counter = 0
    while len(expected) < 5:
        block = hashlib.sha256(f"diaspora-desk/v1/panel/493-117-208/{counter}".encode()).digest()
        counter += 1
        value = int.from_bytes(block, "big")
        if value < (1 << 256) - ((1 << 256) % 1000):
            expected.append(value % 1000)
    assert got == expected


def test_seeds() -> None:
    assert normalize_seed("  12 34 ") == "12 34"
    with pytest.raises(ValueError):
        normalize_seed("   ")
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) == 20
    assert all(len(s) == 14 and s[4] == "-" and s[9] == "-" for s in seeds)


def test_every_drawn_panel_meets_the_quotas_and_the_cap() -> None:
    for cap in (None, 1):
        p = problem(cap=cap)
        dist = solve(p)
        for k in range(40):
            panel = draw(dist, f"seed-{k}")
            assert panel_is_valid(p, panel), panel_problems(p, panel)
        if cap:
            panel = draw(dist, "x")
            groups = [next(q.group for q in p.pool if q.id == pid) for pid in panel]
            assert max(groups.count(g) for g in groups) == 1


def test_same_seed_same_panel_and_different_seeds_differ() -> None:
    p = problem()
    dist = solve(p)
    assert draw(dist, "public draw 7 12 33") == draw(dist, "public draw 7 12 33")
    assert draw(dist, " public draw 7 12 33") == draw(dist, "public draw 7 12 33")
    panels = {tuple(draw(dist, f"s{k}")) for k in range(30)}
    assert len(panels) > 20


def test_draw_follows_the_probabilities() -> None:
    p = problem()
    dist = solve(p)
    counts = dict.fromkeys(dist.probabilities, 0)
    runs = 3000
    for k in range(runs):
        for pid in draw(dist, f"freq-{k}"):
            counts[pid] += 1
    for pid, prob in dist.probabilities.items():
        assert counts[pid] / runs == pytest.approx(prob, abs=0.05)


def test_same_seed_same_panel_in_another_process(tmp_path: Path) -> None:
    p = problem()
    here = draw(solve(p), "cross-process 2024")
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.selection.test_draw import problem\n"
        "from desktop.services.selection import draw, solve\n"
        "print(json.dumps(draw(solve(problem()), 'cross-process 2024')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env={"PYTHONHASHSEED": "123",
                                                        "PATH": "/usr/bin:/bin"})
    assert json.loads(out.stdout) == here


def test_reserves_keep_the_quotas() -> None:
    for cap in (None, 2):
        p = problem(cap=cap)
        dist = solve(p)
        panel = draw(dist, "r-seed")
        reserves = draw_reserves(p, panel, "r-seed", 6)
        assert len(reserves) == 6
        assert not set(reserves) & set(panel)
        assert len(set(reserves)) == 6
        assert reserves == draw_reserves(p, list(reversed(panel)), "r-seed", 6)
        replaced = 0
        for declined in panel:
            choice = next_reserve(p, panel, reserves, declined)
            if choice is None:
                continue
            replaced += 1
            new_panel = [x for x in panel if x != declined] + [choice]
            assert panel_is_valid(p, new_panel), panel_problems(p, new_panel)
            # it is the *first* suitable one in the list
            for earlier in reserves[:reserves.index(choice)]:
                assert not panel_is_valid(p, [x for x in panel if x != declined] + [earlier])
        assert replaced >= len(panel) // 2


def test_next_reserve_skips_unsuitable_and_says_none() -> None:
    pool = [Person("w1", {"g": "f"}), Person("w2", {"g": "f"}), Person("m1", {"g": "m"}),
            Person("m2", {"g": "m"})]
    p = SelectionProblem(pool, [Quota("g", "f", 1, 1), Quota("g", "m", 1, 1)], 2)
    assert next_reserve(p, ["w1", "m1"], ["m2", "w2"], "w1") == "w2"
    assert next_reserve(p, ["w1", "m1"], ["m2"], "w1") is None
    assert next_reserve(p, ["w1", "m1"], ["m2", "w2"], "m1") == "m2"
