"""The fault-injection scenarios of issue 11, as plain functions shared by the CI tests (small
sizes) and the soak (``make faults``, large sizes).

Each scenario starts its own real server (SQLite, or PostgreSQL when ``DIASPORA_TEST_PG_URL``
is set) behind a :class:`~tests.sync.faults.proxy.CutProxy`, drives two offices' desktops
through it, settles everything with clean syncs, and records what it saw in a
:class:`~tests.sync.faults.checks.Tally`; the caller asserts that the tally has no problems.
Every random choice comes from one ``random.Random(seed)``.

Offices: ``A`` is a bureau user (sees every region), ``B`` a help office of MD-CU (a regional
user). All the scenarios' associations belong to MD-CU, so both see all of them.
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.client import DEFAULT_BACKOFF, DEFAULT_RETRIES, Offline, SyncError
from tests.server_harness import ServerProcess, free_port, running_server
from tests.sync.faults.checks import (
    ServerView,
    Tally,
    Truth,
    check_desks,
    check_truth,
    classify_conflicts,
)
from tests.sync.faults.desks import PASSWORD, REGION, TRACKED, Desk, make_desk, reopen
from tests.sync.faults.proxy import CutProxy

ASSOCIATION = "association"


def retry_window() -> float:
    """Seconds the real client keeps retrying a push (urllib3: no wait before the first retry,
    then ``backoff * 2 ** (n - 1)``)."""
    return float(sum(DEFAULT_BACKOFF * 2 ** (n - 1) for n in range(2, DEFAULT_RETRIES + 1)))


@dataclass
class World:
    """A server, the proxy in front of it, two desks, and what their users typed."""

    server: ServerProcess
    proxy: CutProxy
    view: ServerView
    a: Desk
    b: Desk
    rng: random.Random
    tally: Tally
    truth: Truth = field(default_factory=Truth)
    typed: dict[str, dict[tuple[str, str], set[Any]]] = field(default_factory=dict)
    """username -> (record id, field) -> every value that user typed there."""
    conflicts_checked: int = 0
    """Id of the last server conflict already classified."""
    serial: int = 0
    seed: int = 0
    extra_servers: list[ServerProcess] = field(default_factory=list)
    """Standby server processes started by a scenario (stopped with the world)."""

    @property
    def desks(self) -> tuple[Desk, Desk]:
        return (self.a, self.b)

    def value(self, desk: Desk, key: str) -> str:
        self.serial += 1
        return f"{key} {desk.name}-{self.serial}"

    # -- users' actions

    def create(self, desk: Desk) -> str:
        self.serial += 1
        name = f"Asociația {desk.name} nr. {self.serial}"
        values = {key: f"{key} {desk.name}-{self.serial}" for key in TRACKED}
        record_id = desk.create(name, values)
        self.truth.created(record_id, name, values)
        self._typed(desk, record_id, values)
        self.tally.edits += 1
        return record_id

    def create_many(self, desk: Desk, count: int) -> list[str]:
        ids = []
        with desk.db.transaction() as session:
            from desktop.services.associations import create_association

            for _ in range(count):
                self.serial += 1
                name = f"Asociația {desk.name} nr. {self.serial}"
                values = {key: f"{key} {desk.name}-{self.serial}" for key in TRACKED}
                record_id = create_association(session, {
                    "name": name, "region_code": REGION, "country_code": "FR", **values,
                }, by=desk.name)
                self.truth.created(record_id, name, values)
                self._typed(desk, record_id, values)
                ids.append(record_id)
        self.tally.edits += count
        return ids

    def type(self, desk: Desk, record_id: str, key: str, value: Any) -> None:
        desk.update(record_id, {key: value})
        self.truth.values[record_id][key] = value
        self._typed(desk, record_id, {key: value})
        self.tally.edits += 1

    def type_many(self, desk: Desk, edits: dict[str, dict[str, Any]]) -> None:
        desk.update_many(edits)
        for record_id, values in edits.items():
            self.truth.values[record_id].update(values)
            self._typed(desk, record_id, values)
        self.tally.edits += len(edits)

    def delete(self, desk: Desk, record_id: str) -> None:
        desk.delete(record_id)
        self.truth.deleted[record_id] = True
        self.tally.edits += 1

    def restore(self, desk: Desk, record_id: str) -> None:
        desk.restore(record_id)
        self.truth.deleted[record_id] = False
        self.tally.edits += 1

    def _typed(self, desk: Desk, record_id: str, values: dict[str, Any]) -> None:
        mine = self.typed.setdefault(desk.username, {})
        for key, value in values.items():
            mine.setdefault((record_id, key), set()).add(value)

    # -- syncs

    def interrupted_sync(self, desk: Desk, rate: float | None = None,
                         kinds: tuple[str, ...] | None = None,
                         directions: tuple[str, ...] | None = None) -> bool:
        """One sync while the proxy cuts connections at random; True if it was interrupted."""
        rng = self.rng
        rate = rate if rate is not None else rng.choice((0.3, 0.6, 1.0))
        kinds = kinds or tuple(k for k in ("push", "pull", "login") if rng.random() < 0.6) \
            or ("push",)
        directions = directions or rng.choice((("up",), ("down",), ("up", "down")))
        before = self.proxy.total_cuts()
        self.proxy.cut_randomly(rate, kinds, directions)
        failed = False
        try:
            desk.quick_sync()
        except SyncError:
            failed = True
        except Exception:  # counted: the suite must say what broke
            failed = True
            self.tally.errors.append(f"desk {desk.name}: sync raised "
                                     + traceback.format_exc(limit=4))
        finally:
            self.proxy.pass_through()
        cuts = self.proxy.total_cuts() - before
        self.tally.syncs += 1
        self.tally.cuts += cuts
        interrupted = failed or cuts > 0
        self.tally.syncs_interrupted += int(interrupted)
        return interrupted

    def lose_push_answer(self, desk: Desk) -> bool:
        """A sync whose push the server applies but whose answers never arrive."""
        return self.interrupted_sync(desk, 1.0, ("push",), ("down",))

    def settle(self, where: str, passes: int = 10) -> dict[tuple[str, str], tuple[str, str]]:
        """Clean syncs until nothing moves; every open conflict is decided (seeded, "mine" or
        "theirs"), as a user would in the dialog. Returns (record id, field) -> (username,
        choice) of each decision, and updates the truth with the chosen values."""
        decisions: dict[tuple[str, str], tuple[str, str]] = {}
        self.proxy.pass_through()
        for _ in range(passes):
            pushed = 0
            for desk in self.desks:
                try:
                    pushed += desk.sync().push.sent
                except SyncError as exc:
                    self.tally.errors.append(f"{where}: clean sync of {desk.name} failed: "
                                             f"{exc!r}")
                self.tally.syncs += 1
            decided = False
            for desk in self.desks:
                for conflict in desk.open_conflicts():
                    choices = {key: self.rng.choice(("mine", "theirs"))
                               for key in conflict.fields}
                    desk.resolve(conflict, choices)
                    decided = True
                    self._decided(desk, conflict.record_id, conflict.fields, choices,
                                  decisions)
            if pushed == 0 and not decided:
                return decisions
        self.tally.errors.append(f"{where}: still moving after {passes} rounds of clean syncs")
        return decisions

    def _decided(self, desk: Desk, record_id: str, fields: dict[str, tuple[Any, Any]],
                 choices: dict[str, str], decisions: dict[tuple[str, str], tuple[str, str]]
                 ) -> None:
        if record_id not in self.truth.values:
            return
        for key, (mine, theirs) in fields.items():
            chosen = mine if choices[key] == "mine" else theirs
            decisions[(record_id, key)] = (desk.username, choices[key])
            if key == "deleted_at":
                self.truth.deleted[record_id] = chosen is not None
            elif key in self.truth.values[record_id]:
                self.truth.values[record_id][key] = chosen

    def check(self, where: str, allowed: set[tuple[str, str]] | None = None,
              only: set[str] | None = None) -> None:
        """Classify the conflicts raised since the last check, then the whole invariant
        (the last typed values of the records in ``only`` when given, else of all)."""
        raised = self.view.conflicts(self.conflicts_checked)
        if raised:
            self.conflicts_checked = raised[-1].row_id
        classify_conflicts(raised, dict.fromkeys(allowed or ()), self.typed, self.tally, where)
        check_truth(self.view, self.truth, self.tally, where, only)
        check_desks(self.view, self.desks, self.tally, where)
        self.tally.duplicates.extend(f"{where}: {d}" for d in self.view.duplicates())


@contextlib.contextmanager
def world(tmp: Path, seed: int, tally: Tally | None = None) -> Iterator[World]:
    """A fresh server and proxy, the bureau desk A and the MD-CU help office desk B, with the
    pre-filled regions settled (A first, as a bureau sets up a server)."""
    tmp.mkdir(parents=True, exist_ok=True)
    with running_server(tmp) as server, CutProxy(server.port, seed) as proxy:
        server.add_user("bureau-a", PASSWORD, role="bureau")
        server.add_user("office-b", PASSWORD, role="regional", regions=[REGION])
        view = ServerView(server)
        a = make_desk(tmp, "A", proxy.url, "bureau-a")
        b = make_desk(tmp, "B", proxy.url, "office-b", REGION)
        w = World(server, proxy, view, a, b, random.Random(seed), tally or Tally(), seed=seed)
        try:
            a.sync()
            b.sync()
            w.tally.syncs += 2
            yield w
        finally:
            for extra in w.extra_servers:
                extra.close()
            a.close()
            b.close()
            view.close()


# ----------------------------------------------------------------------------------------------
# Two offices, many interrupted syncs


def two_offices(tmp: Path, seed: int, rounds: int, steps: int, records: int = 14,
                tally: Tally | None = None) -> Tally:
    """Rounds of concurrent work by A and B, each round: same-field clashes and delete-vs-edit
    pairs typed by both offices first, then single-office edits (new values, undo to the value
    the round started with, delete and restore, create then edit) and disjoint-field edits of
    shared records, interleaved with syncs cut at random; then clean syncs, conflict decisions
    and the full check."""
    with world(tmp, seed, tally) as w:
        w.create_many(w.a, records - records // 3)
        w.create_many(w.b, records // 3)
        w.settle("setup")
        w.check("setup")
        for number in range(1, rounds + 1):
            _round(w, number, steps)
        return w.tally


def _round(w: World, number: int, steps: int) -> None:
    rng, a, b = w.rng, w.a, w.b
    where = f"round {number}"
    live = sorted(rid for rid, gone in w.truth.deleted.items() if not gone)
    gone = sorted(rid for rid, gone in w.truth.deleted.items() if gone)
    rng.shuffle(live)

    def take(count: int) -> list[str]:
        return [live.pop() for _ in range(min(count, len(live)))]

    allowed: set[tuple[str, str]] = set()
    clashes: dict[tuple[str, str], dict[str, Any]] = {}
    # Both offices type first, before either syncs: these are truly concurrent.
    for record_id in take(2):
        key = rng.choice(TRACKED)
        for desk in (a, b):
            value = w.value(desk, key)
            w.type(desk, record_id, key, value)
            clashes.setdefault((record_id, key), {})[desk.username] = value
        allowed.add((record_id, key))
    for record_id in take(1):
        deleter, editor = rng.sample((a, b), 2)
        w.delete(deleter, record_id)
        key = rng.choice(TRACKED)
        w.type(editor, record_id, key, w.value(editor, key))
        allowed.add((record_id, "deleted_at"))
        clashes[(record_id, "deleted_at")] = {}
    disjoint: dict[str, dict[str, str]] = {}
    for record_id in take(2):
        first, second = rng.sample(TRACKED, 2)
        disjoint[record_id] = {a.username: first, b.username: second}
    rest = live + gone
    rng.shuffle(rest)
    own = {a.username: rest[0::2][:4], b.username: rest[1::2][:4]}
    start = {rid: dict(w.truth.values[rid]) for rids in own.values() for rid in rids}
    start.update({rid: dict(w.truth.values[rid]) for rid in disjoint})

    for _ in range(steps):
        desk = rng.choice((a, b))
        mine = [rid for rid in own[desk.username] if not w.truth.deleted[rid]]
        roll = rng.random()
        if roll < 0.4:
            w.interrupted_sync(desk)
        elif roll < 0.5:
            # Create, lose the first push's answer, edit before hearing it.
            record_id = w.create(desk)
            own[desk.username].append(record_id)
            start[record_id] = dict(w.truth.values[record_id])
            w.lose_push_answer(desk)
            key = rng.choice(TRACKED)
            w.type(desk, record_id, key, w.value(desk, key))
        elif roll < 0.7 and mine:
            record_id = rng.choice(mine)
            key = rng.choice(TRACKED)
            w.type(desk, record_id, key, w.value(desk, key))
        elif roll < 0.8 and mine:
            record_id = rng.choice(mine)
            key = rng.choice(TRACKED)
            original = start[record_id][key]
            if w.truth.values[record_id][key] != original:
                w.type(desk, record_id, key, original)  # the user undoes their edit
        elif roll < 0.9 and own[desk.username]:
            record_id = rng.choice(own[desk.username])
            if w.truth.deleted[record_id]:
                w.restore(desk, record_id)
            else:
                w.delete(desk, record_id)
        elif disjoint:
            record_id = rng.choice(sorted(disjoint))
            key = disjoint[record_id][desk.username]
            w.type(desk, record_id, key, w.value(desk, key))

    decisions = w.settle(where)
    for (record_id, key), typed in sorted(clashes.items()):
        if (record_id, key) in decisions:
            continue
        if key == "deleted_at" or len(set(map(str, typed.values()))) > 1:
            w.tally.missing_conflicts.append(
                f"{where}: {w.truth.names[record_id]!r} ({record_id}) {key}: both offices "
                f"changed it ({typed or 'delete vs edit'}) and no conflict kept both")
            # Judge the rest of the record against what the server kept for this field.
            state = w.view.snapshot().get((ASSOCIATION, record_id))
            if state is not None:
                if key == "deleted_at":
                    w.truth.deleted[record_id] = state[0].deleted_at is not None
                else:
                    w.truth.values[record_id][key] = state[0].fields.get(key)
    w.check(where, allowed)


# ----------------------------------------------------------------------------------------------
# Deterministic lost answers


CASES = ("same_field_again", "undo", "delete_then_restore", "create_then_edit")


def lost_answer_case(w: World, case: str) -> dict[str, Any]:
    """One of issue 11's lost-answer cases, on a record of its own in ``w``, ending with clean
    syncs and the full check; returns what the server held right after the lost answer (to
    prove that the push was applied)."""
    a = w.a
    seen: dict[str, Any] = {}
    if case == "create_then_edit":
        record_id = w.create(a)
        assert w.lose_push_answer(a)
        seen = _server_fields(w, record_id)
        w.type(a, record_id, "city", "Lyon")
    else:
        record_id = w.create(a)
        w.settle(f"{case}: setup")
        original = w.truth.values[record_id]["city"]
        if case == "same_field_again":
            w.type(a, record_id, "city", "Lyon")
            assert w.lose_push_answer(a)
            seen = _server_fields(w, record_id)
            w.type(a, record_id, "city", "Marseille")
        elif case == "undo":
            w.type(a, record_id, "city", "Lyon")
            assert w.lose_push_answer(a)
            seen = _server_fields(w, record_id)
            w.type(a, record_id, "city", original)
        elif case == "delete_then_restore":
            w.delete(a, record_id)
            assert w.lose_push_answer(a)
            seen = _server_fields(w, record_id)
            w.restore(a, record_id)
        else:
            raise ValueError(case)
    w.settle(case)
    w.check(case, only={record_id})
    return seen


def _server_fields(w: World, record_id: str) -> dict[str, Any]:
    got = w.view.snapshot().get((ASSOCIATION, record_id))
    if got is None:
        return {}
    return {**got[0].fields, "deleted": got[0].deleted_at is not None, "version": got[1]}


# ----------------------------------------------------------------------------------------------
# SIGKILL of the desktop process


OWN_FIELDS = {"A": ("city", "acronym"), "B": ("contact_person", "notes")}
"""Fields each office types into in the kill scenarios: never the same one, so any conflict
there is a self-conflict."""


def desktop_kills(tmp: Path, seed: int, kills: int, records: int = 600,
                  edits_per_kill: int = 250, tally: Tally | None = None) -> Tally:
    """``diaspora-desk sync`` run as a subprocess and SIGKILLed at seeded moments: while its push
    request or the push's answer is on the wire, or while a pull page is arriving (frozen there
    by the proxy, or a few milliseconds later while the desktop writes). After each kill the
    killed office edits again the records that were in flight; at the end clean syncs and the
    full check."""
    with world(tmp, seed, tally) as w:
        rng = w.rng
        ids = w.create_many(w.a, records)
        w.settle("setup")
        halves = {w.a.username: ids[0::2], w.b.username: ids[1::2]}
        last_edits: dict[str, dict[str, dict[str, Any]]] = {}
        first_phase = rng.randrange(2)
        for number in range(1, kills + 1):
            victim = rng.choice(w.desks)
            other = w.b if victim is w.a else w.a
            phase = ("push", "pull")[(first_phase + number) % 2]  # both, whatever the seed
            if phase == "push":
                edits = _random_edits(w, victim, halves[victim.username], edits_per_kill)
                w.type_many(victim, edits)
                last_edits[victim.username] = edits
                direction = rng.choice(("up", "down"))
                estimate = len(edits) * 700
            else:
                w.type_many(other, _random_edits(w, other, halves[other.username],
                                                 edits_per_kill))
                other.sync()
                w.tally.syncs += 1
                direction = "down"
                estimate = edits_per_kill * 900
            after = rng.randrange(1, max(estimate, 2))
            killed = _run_and_kill(w, victim, phase, direction, after)
            if killed:
                reopen(victim)
                result = victim.integrity()
                if result != "ok":
                    w.tally.integrity.append(f"kill {number}: {victim.name} after SIGKILL: "
                                             f"{result}")
                # The user goes on working on the very records that were in flight.
                previous = last_edits.get(victim.username, {})
                again = {rid: {key: w.value(victim, key) for key in values}
                         for rid, values in list(previous.items())[:40]
                         if not w.truth.deleted[rid]}
                if again:
                    w.type_many(victim, again)
        for desk in w.desks:
            _cli_sync(w, desk, "final")
        w.settle("desktop kills")
        w.check("desktop kills")
        w.tally.cuts += w.proxy.total_cuts()
        return w.tally


def _random_edits(w: World, desk: Desk, pool: list[str], count: int
                  ) -> dict[str, dict[str, Any]]:
    chosen = w.rng.sample(pool, min(count, len(pool)))
    fields = OWN_FIELDS[desk.name]
    return {rid: {key: w.value(desk, key) for key in fields if w.rng.random() < 0.7}
            or {fields[0]: w.value(desk, fields[0])} for rid in chosen
            if not w.truth.deleted[rid]}


def _run_and_kill(w: World, desk: Desk, kind: str, direction: str, after: int) -> bool:
    """Run the CLI sync through the proxy and SIGKILL it once ``after`` bytes of ``kind``
    traffic went ``direction``: at that very point (frozen) or a moment later. True if killed
    (False: the sync finished before reaching that point)."""
    freeze = w.proxy.freeze_after(kind, direction, after)
    proc = subprocess.Popen(desk.cli_command(), env=desk.cli_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed = False
    try:
        deadline = time.monotonic() + 180
        while proc.poll() is None and time.monotonic() < deadline:
            if freeze.reached.wait(0.02):
                if w.rng.random() < 0.5:
                    w.proxy.thaw()
                    time.sleep(w.rng.uniform(0.0, 0.15))
                if proc.poll() is None:
                    proc.kill()
                    killed = True
                break
    finally:
        if proc.poll() is None and not killed:
            proc.kill()
            w.tally.errors.append(f"{desk.name}: the CLI sync hung and was killed")
        proc.wait(timeout=30)
        killed = killed and proc.returncode == -signal.SIGKILL  # not if it had just finished
        w.proxy.thaw(cut=True)
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    w.tally.syncs += 1
    if killed:
        w.tally.desktop_kills += 1
        w.tally.syncs_interrupted += 1
    elif proc.returncode not in (0, 2):
        w.tally.errors.append(f"{desk.name}: CLI sync exited {proc.returncode}: {stderr[-800:]}")
    return killed


def _cli_sync(w: World, desk: Desk, where: str) -> None:
    result = subprocess.run(desk.cli_command(), env=desk.cli_env(), stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, timeout=300)
    w.tally.syncs += 1
    if result.returncode not in (0, 2):
        w.tally.errors.append(f"{where}: CLI sync of {desk.name} exited {result.returncode}: "
                              f"{result.stderr[-800:]}")
    reopen(desk)


# ----------------------------------------------------------------------------------------------
# SIGKILL of the server


def server_kills(tmp: Path, seed: int, short: int, long: int, records: int = 300,
                 edits_per_kill: int = 150, tally: Tally | None = None) -> Tally:
    """The server SIGKILLed while a push is on the wire (request or answer), then restarted
    after a short outage (under 3 s: the client's retries must ride it out) or a long one
    (longer than the client's retry window: the sync fails, the users edit the same records
    again meanwhile, and the next sync must sort it out)."""
    with world(tmp, seed, tally) as w:
        rng = w.rng
        ids = w.create_many(w.a, records)
        w.settle("setup")
        halves = {w.a.username: ids[0::2], w.b.username: ids[1::2]}
        outages = ["short"] * short + ["long"] * long
        rng.shuffle(outages)
        for number, outage in enumerate(outages, 1):
            where = f"server kill {number} ({outage})"
            victim = rng.choice(w.desks)
            edits = _random_edits(w, victim, halves[victim.username], edits_per_kill)
            w.type_many(victim, edits)
            standby = _standby(w) if outage == "short" else None
            outcome: dict[str, BaseException | None] = {}
            thread = threading.Thread(target=_sync_into, args=(victim, outcome), daemon=True)
            # A long outage always strikes after the server committed (the answer is lost):
            # that is the case where the desktop must not turn the next edit into a conflict.
            on_answer = outage == "long" or rng.random() < 0.5
            base = w.proxy.bytes[("push", "up")]
            freeze = w.proxy.freeze_after("push", "down", 0) if on_answer else None
            thread.start()
            if freeze is not None:
                reached = freeze.reached.wait(60)
            else:
                reached = w.proxy.wait_bytes("push", "up",
                                             base + rng.randrange(1, len(edits) * 600), 60)
            if not reached:
                w.proxy.thaw()
                thread.join(120)
                w.tally.errors.append(f"{where}: the push never reached the trigger point")
                continue
            w.server.stop(kill=True)
            killed_at = time.monotonic()
            w.tally.server_kills += 1
            w.proxy.thaw(cut=True)
            if outage == "short" and standby is not None:
                # The server comes back on the standby process (started beforehand, same
                # database): the outage lasts exactly this long, however slow a start is.
                time.sleep(rng.uniform(0.2, 2.5))
                w.proxy.target_port = standby.port
                w.server = standby
                down = time.monotonic() - killed_at
                thread.join(120)
                w.tally.syncs += 1
                error = outcome.get("error")
                if error is not None:
                    w.tally.syncs_interrupted += 1
                    w.tally.errors.append(f"{where}: a {down:.1f} s outage was not ridden out "
                                          f"by the client's retries: {error!r}")
            else:
                thread.join(120)
                w.tally.syncs += 1
                w.tally.syncs_interrupted += 1
                error = outcome.get("error")
                if not isinstance(error, Offline):
                    w.tally.errors.append(f"{where}: expected the sync to give up offline, "
                                          f"got {error!r}")
                # While the server is down the user edits the records that were in flight.
                again = {rid: {key: w.value(victim, key) for key in values}
                         for rid, values in list(edits.items())[:40]}
                w.type_many(victim, again)
                wait = retry_window() + 1.5 - (time.monotonic() - killed_at)
                if wait > 0:
                    time.sleep(wait)
                w.server.start()
            w.settle(where)
            w.check(where)
        w.tally.cuts += w.proxy.total_cuts()
        return w.tally


def _standby(w: World) -> ServerProcess:
    """A second server process on the same database (the API is stateless; production may
    run several), started now so that it can take over at once after a kill."""
    standby = ServerProcess(data_dir=w.server.data_dir, db_url=w.server.db_url,
                            port=free_port(), env=dict(w.server.env))
    w.extra_servers.append(standby)
    standby.start()
    return standby


def _sync_into(desk: Desk, outcome: dict[str, BaseException | None]) -> None:
    try:
        desk.sync()
        outcome["error"] = None
    except BaseException as exc:  # handed to the test thread
        outcome["error"] = exc
