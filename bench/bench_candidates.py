"""Candidate duplicates and imports of real office files (issue 14)

Goals: checking one new candidate against 100,000 takes ≤ 50 ms (p95); `duplicates
candidates` over 100,000 takes ≤ 60 s with ≤ 1 GB of memory; importing a 10,000-row candidate
file with 5 % bad rows (Windows-1251, a title block and a totals row) takes ≤ 10 s. People are
generated from common given names and surnames (so names collide as in a real pool), a share in
Cyrillic and Arabic, with birth years, e-mails, phones and countries; 1 % are entered twice
(swapped name order, another script or a one-letter typo).
"""

from __future__ import annotations

import random
import resource
import time
from pathlib import Path
from typing import Any

from anyascii import anyascii

from bench.common import Result, percentile, scratch, timer

GIVEN = ["Ion", "Maria", "Elena", "Vasile", "Ana", "Mihai", "Natalia", "Sergiu", "Olga",
         "Andrei", "Tatiana", "Victor", "Irina", "Dumitru", "Svetlana", "Nicolae", "Ludmila",
         "Alexandru", "Valentina", "Gheorghe", "Cristina", "Igor", "Galina", "Pavel", "Aurelia"]
FAMILY = ["Popescu", "Rusu", "Ceban", "Munteanu", "Lungu", "Cojocaru", "Ciobanu", "Turcan",
          "Rotaru", "Sandu", "Moraru", "Bivol", "Cebotari", "Guțu", "Țurcanu", "Botnaru",
          "Grosu", "Melnic", "Cazacu", "Roșca", "Balan", "Croitoru", "Lupu", "Vrabie", "Ursu",
          "Mocanu", "Rusnac", "Graur", "Negru", "Codreanu"]
CYRILLIC = {"Ion": "Ион", "Maria": "Мария", "Elena": "Елена", "Popescu": "Попеску",
            "Rusu": "Русу", "Ceban": "Чебан", "Lungu": "Лунгу", "Sandu": "Санду"}
ARABIC = ["محمد", "أحمد", "فاطمة", "علي", "حسن", "مريم", "يوسف", "خالد"]
COUNTRIES = ["IT", "DE", "FR", "ES", "PT", "GB", "RU", "US", "CA", "IL", "AE", "RO"]


def person(rng: random.Random, n: int) -> dict[str, Any]:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    roll = rng.random()
    if roll < 0.08:
        name = f"{CYRILLIC.get(given, given)} {CYRILLIC.get(family, family)}"
    elif roll < 0.11:
        name = f"{rng.choice(ARABIC)} {rng.choice(ARABIC)}"
    else:
        name = f"{given} {family}"
    country = rng.choice(COUNTRIES)
    return {
        "name": f"{name} {rng.choice(GIVEN)}" if rng.random() < 0.3 else name,
        "birth_year": rng.randint(1945, 2006),
        "country_code": country,
        "email": f"{anyascii(name).lower().replace(' ', '.')}{n}@example.org"
                 if rng.random() < 0.7 else "",
        "phone": f"+3736{n:07d}" if rng.random() < 0.5 else "",
    }


def twin(rng: random.Random, row: dict[str, Any]) -> dict[str, Any]:
    """The same person entered again: another order, a typo or the e-mail alone."""
    copy = dict(row)
    words = str(row["name"]).split()
    roll = rng.random()
    if roll < 0.4 and len(words) > 1:
        copy["name"] = " ".join(reversed(words))
    elif roll < 0.8:
        word = words[-1]
        cut = max(1, len(word) // 2)
        copy["name"] = " ".join([*words[:-1], word[:cut] + word[cut + 1:]])
    copy["phone"] = ""
    return copy


def _db(folder: Path, count: int, seed: int) -> Any:
    from desktop.db import open_database
    from desktop.models import Candidate
    from desktop.services.bulk import insert_records
    from desktop.services.regions import configure_office

    db = open_database(folder / "bench.db", folder / "backups")
    with db.transaction() as session:
        configure_office(session, "MD", "")
    rng = random.Random(seed)
    rows = [person(rng, n) for n in range(count)]
    rows += [twin(rng, rows[i]) for i in rng.sample(range(count), count // 100)]
    with db.transaction() as session:
        insert_records(session, Candidate, rows[:count])
    return db


def bench_check(folder: Path) -> list[Result]:
    from desktop.services.candidate_dedupe import matches_for_person
    from desktop.services.dedupe import clear_cache

    db = _db(folder, 100_000, seed=14)
    rng = random.Random(41)
    probes = [person(rng, 200_000 + i) for i in range(200)]
    clear_cache()
    with db.sessions() as session, timer() as first:
        matches_for_person(session, probes[0])
    build = first()
    times: list[float] = []
    found = 0
    with db.sessions() as session:
        for probe in probes:
            with timer() as elapsed:
                found += bool(matches_for_person(session, probe))
            times.append(elapsed() * 1000)
    db.close()
    p95 = percentile(times, 95)
    return [
        Result("candidate duplicate check, 1 against 100,000 (p95)", p95, "ms", "≤ 50 ms",
               p95 <= 50, f"median {percentile(times, 50):.1f} ms over {len(times)} checks; "
               f"{found} of 200 new people resemble someone (common names)"),
        Result("first check, candidate index built for 100,000", build, "s", "", None,
               "once per database per run, off the GUI thread"),
    ]


def bench_pairs(folder: Path) -> list[Result]:
    from desktop.services.candidate_dedupe import candidate_pairs
    from desktop.services.dedupe import clear_cache

    db = _db(folder, 100_000, seed=15)
    clear_cache()
    cpu_start = time.process_time()
    with db.sessions() as session, timer() as elapsed:
        pairs = candidate_pairs(session)
    seconds = elapsed()
    cpu = time.process_time() - cpu_start
    db.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        Result("duplicates candidates over 100,000", seconds, "s", "≤ 60 s", seconds <= 60,
               f"{len(pairs)} likely pairs (1,000 people were entered twice); "
               f"{cpu:.1f} s of CPU time (wall time counts waiting for a shared core)"),
        Result("peak memory of that run", peak_mb, "MB", "≤ 1 GB", peak_mb <= 1024,
               "resident set of the whole process, data generation included"),
    ]


def bench_import(folder: Path) -> list[Result]:
    from desktop.db import open_database
    from desktop.services.importing import run_import
    from desktop.services.regions import configure_office

    db = open_database(folder / "import.db", folder / "backups")
    with db.transaction() as session:
        configure_office(session, "MD", "")
    rng = random.Random(9)
    lines = ["Список кандидатов", "", "ФИО;Год рождения;Страна;Пол;Эл. почта;Телефон"]
    bad = 0
    for n in range(10_000):
        row = person(rng, n)
        year: Any = row["birth_year"]
        if n % 20 == 7:
            bad += 1
            year = "в прошлом году"
        name = str(row["name"])
        if any("\u0600" <= c <= "\u06ff" for c in name):
            name = anyascii(name)  # Windows-1251 has no Arabic letters
        lines.append(f"{name};{year};{rng.choice(['Италия', 'Германия', 'Франция'])};"
                     f"{rng.choice(['мужской', 'женский'])};{row['email']};{row['phone']}")
    lines.append("Итого: 10000;;;;;")
    path = folder / "candidates.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251", errors="replace"))
    cpu_start = time.process_time()
    with timer() as elapsed:
        report = run_import(db, "candidate", path)
    seconds = elapsed()
    cpu = time.process_time() - cpu_start
    db.close()
    return [Result("import 10,000 candidates, 5 % bad (Windows-1251, title, totals row)",
                   seconds, "s", "≤ 10 s", seconds <= 10,
                   f"{report.imported} imported, {report.rejected} rejected (of {bad} bad), "
                   f"{len(report.skipped)} totals row skipped, {report.flagged} flagged; "
                   f"{cpu:.1f} s of CPU time")]


def run() -> list[Result]:
    folder = scratch("candidates")
    results: list[Result] = []
    for step, sub in ((bench_check, "c"), (bench_import, "i"), (bench_pairs, "p")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        results += step(folder / sub)
    return results
