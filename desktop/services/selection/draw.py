"""Drawing one panel (and ordered reserves) from a distribution with a public seed.

The random numbers come from SHA-256 in counter mode, never from Python's ``random`` module:
anyone can re-derive them from the seed with a few lines in any language, they do not depend
on the Python version, and no other code in the process can disturb them. The recipe
(documented in the audit report) is:

* block *i* of stream *S* is ``sha256(UTF-8("diaspora-desk/v1/" + S + "/" + seed + "/" + i))``
  read as a big-endian 256-bit integer;
* a number below *m* is the first block value *v* with ``v < 2**256 - (2**256 mod m)``,
  reduced ``v mod m`` (rejection keeps it exactly uniform).

The panel is chosen by one number below the integer weight total (panels in canonical order,
cumulative weights), then, type by type in canonical order, its members are picked by a
partial Fisher-Yates shuffle of the type's ids sorted by their UTF-8 bytes. All integers:
no floating point can make two machines disagree.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from desktop.services.i18n import translate
from desktop.services.selection.localsearch import Structure
from desktop.services.selection.model import build_model
from desktop.services.selection.problem import (
    Person,
    SelectionProblem,
    group_of,
    value_of,
)
from desktop.services.selection.solver import Distribution

STREAM_PANEL = "panel"
STREAM_RESERVES = "reserves"
METHOD = "sha256-counter-v1"
_SPACE = 1 << 256


def normalize_seed(seed: str) -> str:
    """The seed as used: Unicode NFC, surrounding spaces removed; never empty."""
    text = unicodedata.normalize("NFC", str(seed)).strip()
    if not text:
        raise ValueError(translate("Selection", "The seed is empty: type one in or generate one."))
    return text


def new_seed() -> str:
    """A fresh seed from the system's secure generator, easy to read out: 1234-5678-9012."""
    digits = f"{secrets.randbelow(10**12):012d}"
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"


class SeededStream:
    """Uniform integers from a seed and a stream name (see the module docstring)."""

    def __init__(self, seed: str, stream: str) -> None:
        self.prefix = f"diaspora-desk/v1/{stream}/{normalize_seed(seed)}/"
        self.counter = 0

    def _block(self) -> int:
        digest = hashlib.sha256(f"{self.prefix}{self.counter}".encode()).digest()
        self.counter += 1
        return int.from_bytes(digest, "big")

    def below(self, m: int) -> int:
        if m <= 0:
            raise ValueError("below() needs a positive bound")
        limit = _SPACE - (_SPACE % m)
        while True:
            value = self._block()
            if value < limit:
                return value % m


def _id_key(pid: str) -> bytes:
    return pid.encode("utf-8")


def _pick(stream: SeededStream, items: Sequence[str], count: int) -> list[str]:
    pool = sorted(items, key=_id_key)
    for i in range(count):
        j = i + stream.below(len(pool) - i)
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:count]


def draw_panel_index(distribution: Distribution, seed: str) -> tuple[int, SeededStream]:
    stream = SeededStream(seed, STREAM_PANEL)
    ticket = stream.below(distribution.weight_total)
    for index, weight in enumerate(distribution.weights):
        if ticket < weight:
            return index, stream
        ticket -= weight
    raise AssertionError("weights do not add up")  # pragma: no cover - sum checked above


def draw(distribution: Distribution, seed: str) -> list[str]:
    """The panel (person ids, sorted) drawn from ``distribution`` with ``seed``."""
    index, stream = draw_panel_index(distribution, seed)
    chosen: list[str] = []
    for t, count in sorted(distribution.panels[index]):
        chosen += _pick(stream, distribution.types[t], count)
    return sorted(chosen, key=_id_key)


# --------------------------------------------------------------------------------------------
# Checking panels person by person


def panel_problems(problem: SelectionProblem, ids: Iterable[str]) -> list[str]:
    """Every way a panel breaks the seats, the quotas or the cap, in words (empty: valid)."""
    people: Mapping[str, Person] = {p.id: p for p in problem.pool}
    chosen = list(ids)
    out: list[str] = []
    unknown = [pid for pid in chosen if pid not in people]
    if unknown:
        out.append(translate("Selection", "Not in the pool: {ids}.")
                   .format(ids=", ".join(unknown[:5])))
    if len(set(chosen)) != len(chosen):
        out.append(translate("Selection", "Someone appears twice on the panel."))
    members = [people[pid] for pid in dict.fromkeys(chosen) if pid in people]
    if len(chosen) != problem.seats:
        out.append(translate("Selection", "The panel has {count} people for {seats} seats.").format(
            count=len(chosen), seats=problem.seats))
    for q in problem.quotas:
        count = sum(1 for p in members if value_of(p, q.feature) == q.value)
        if not q.min <= count <= q.max:
            text = translate("Selection",
                             "{count} people with '{value}' ({feature}); the quota is {min} to "
                             "{max}.")
            out.append(text.format(count=count, value=problem.value_label(q.feature, q.value),
                                   feature=problem.feature_label(q.feature), min=q.min,
                                   max=q.max))
    if problem.cap is not None:
        groups: dict[str, int] = {}
        for p in members:
            g = group_of(p)
            if g is not None:
                groups[g] = groups.get(g, 0) + 1
        for g, count in sorted(groups.items()):
            if count > problem.cap:
                out.append(translate("Selection", "{count} people from group '{group}'; the cap is "
                                                  "{cap}.").format(
                    count=count, group=g, cap=problem.cap))
    return out


def panel_is_valid(problem: SelectionProblem, ids: Iterable[str]) -> bool:
    return not panel_problems(problem, ids)


# --------------------------------------------------------------------------------------------
# Reserves


class _Counts:
    """Quota and cap counts of a panel, to test one-for-one replacements quickly."""

    def __init__(self, problem: SelectionProblem, people: Mapping[str, Person],
                 panel: Iterable[str]) -> None:
        self.problem = problem
        self.people = people
        self.bounds = {(q.feature, q.value): (q.min, q.max) for q in problem.quotas}
        self.features = problem.features
        self.quota: dict[tuple[str, str], int] = {}
        self.group: dict[str, int] = {}
        for pid in panel:
            self._apply(people[pid], 1)

    def _keys(self, person: Person) -> list[tuple[str, str]]:
        keys = [(f, value_of(person, f)) for f in self.features]
        return [k for k in keys if k in self.bounds]

    def _apply(self, person: Person, step: int) -> None:
        for key in self._keys(person):
            self.quota[key] = self.quota.get(key, 0) + step
        g = group_of(person) if self.problem.cap is not None else None
        if g is not None:
            self.group[g] = self.group.get(g, 0) + step

    def can_replace(self, leaving: Person, coming: Person) -> bool:
        out_keys = set(self._keys(leaving))
        in_keys = set(self._keys(coming))
        for key in out_keys - in_keys:
            if self.quota.get(key, 0) - 1 < self.bounds[key][0]:
                return False
        for key in in_keys - out_keys:
            if self.quota.get(key, 0) + 1 > self.bounds[key][1]:
                return False
        if self.problem.cap is not None:
            g_in = group_of(coming)
            if g_in is not None and g_in != group_of(leaving) \
                    and self.group.get(g_in, 0) + 1 > self.problem.cap:
                return False
        return True


def draw_reserves(problem: SelectionProblem, panel: Sequence[str], seed: str, count: int
                  ) -> list[str]:
    """An ordered reserve list in which each reserve can take the seat of panel members while
    every quota and the cap still hold, chosen so that as many members as possible are covered.

    Slot by slot, the people who could replace the most of the least-covered panel members are
    the candidates, and one of them is drawn uniformly with the seed (stream "reserves"). The
    list is shorter than ``count`` only when no one left can replace any panel member.
    """
    if count <= 0 or not panel:
        return []
    model = build_model(problem)
    structure = Structure(model)
    type_of = model.type_of()
    members = sorted(panel, key=_id_key)
    if any(pid not in type_of for pid in members):
        raise ValueError(translate("Selection", "The panel has people who are not in the pool."))
    member_types = np.array([type_of[pid] for pid in members], dtype=np.int64)
    on_panel = np.bincount(member_types, minlength=model.size)
    rc = structure.row_counts(on_panel)
    down = rc - 1 >= structure.lo
    up = rc + 1 <= structure.hi
    down[-1] = up[-1] = True
    can = np.ones((len(members), model.size), dtype=bool)  # member m -> replacement type b
    for line in structure.family:
        ra = line[member_types][:, None]
        rb = line[None, :]
        can &= (ra == rb) | (down[ra] & up[rb])
    taken = set(panel)
    left = {t: [pid for pid in ids if pid not in taken] for t, ids in enumerate(model.members)}
    available = np.array([len(left[t]) for t in range(model.size)], dtype=np.int64)
    coverage = np.zeros(len(members), dtype=np.int64)
    stream = SeededStream(seed, STREAM_RESERVES)
    reserves: list[str] = []
    while len(reserves) < count:
        useful = can & (available > 0)[None, :]
        if not useful.any():
            break
        least = coverage == coverage[useful.any(axis=1)].min()
        primary = (useful & least[:, None]).sum(axis=0)
        secondary = useful.sum(axis=0)
        score = primary * (len(members) + 1) + secondary
        best = np.flatnonzero((score == score.max()) & (available > 0))
        candidates = sorted((pid for t in best.tolist() for pid in left[t]), key=_id_key)
        choice = candidates[stream.below(len(candidates))]
        t = type_of[choice]
        left[t].remove(choice)
        available[t] -= 1
        coverage += can[:, t]
        reserves.append(choice)
    return reserves


def next_reserve(problem: SelectionProblem, panel_ids: Sequence[str], reserves: Sequence[str],
                 declined_id: str) -> str | None:
    """The first reserve (in order) who, taking ``declined_id``'s seat, keeps every quota/cap."""
    people = {p.id: p for p in problem.pool}
    if declined_id not in people:
        return None
    staying = [pid for pid in panel_ids if pid != declined_id and pid in people]
    counts = _Counts(problem, people, [*staying, declined_id])
    for pid in reserves:
        if pid in panel_ids or pid == declined_id or pid not in people:
            continue
        if counts.can_replace(people[declined_id], people[pid]):
            return pid
    return None
