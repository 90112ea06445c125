"""Flyers (issue 5)

Goals: one A4 flyer with Arabic text and five focal points renders in ≤ 0.5 s and weighs
≤ 300 KB; a batch of 100 regional flyers (100 regions, five information points each, Arabic,
the slowest script) is written in ≤ 20 s. "Cold" is the first flyer of the process (fonts
loaded and parsed), "warm" the median of the next ten.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time

from PIL import Image

from bench.common import Result, scratch, timer


def _logo() -> bytes:
    image = Image.new("RGB", (900, 600), (230, 238, 246))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _points() -> tuple[object, ...]:
    from desktop.services.flyers.spec import PointEntry

    return (
        PointEntry("فاطمة الزهراء", "association_liaison", "جمعية الجالية في دبي", "",
                   "fatima@example.org", "+971501234567"),
        PointEntry("Ana Popescu", "local_government", "Primăria Cahul", "",
                   "ana.popescu@cahul.md", "+37329922345"),
        PointEntry("Ion Țurcanu", "elected_official", "Consiliul Raional Cahul",
                   "Vicepreședinte", "ion.turcanu@example.md", "+37369123456"),
        PointEntry("Мария Петренко", "consular", "Consulatul General, Moscova", "",
                   "m.petrenko@mfa.gov.md", "+74951234567"),
        PointEntry("يوسف الحداد", "technical", "Biroul de Relații cu Diaspora", "",
                   "yusuf@brd.gov.md", "+37322250123"),
    )


def single_flyer() -> list[Result]:
    from desktop.services.flyers.labels import default_texts
    from desktop.services.flyers.render import render_flyer
    from desktop.services.flyers.spec import FlyerSpec

    texts = default_texts("ar", "Cahul")
    spec = FlyerSpec(template="a4", language="ar", headline=texts.headline, body=texts.body,
                     call_to_action=texts.call_to_action, url="https://brd.gov.md/diaspora",
                     region_code="MD-CA", region_name="Cahul",
                     help_office="Biroul de asistență Cahul", image=_logo(),
                     points=_points())  # type: ignore[arg-type]
    start = time.perf_counter()
    first = render_flyer(spec)
    cold = time.perf_counter() - start
    warm_times = []
    for _ in range(10):
        start = time.perf_counter()
        render_flyer(spec)
        warm_times.append(time.perf_counter() - start)
    warm = statistics.median(warm_times)
    size_kb = len(first.pdf) / 1024
    (scratch("flyers-single") / "a4-ar.pdf").write_bytes(first.pdf)
    return [
        Result("A4 Arabic flyer, 5 focal points, cold", cold, "s", "≤ 0.5 s", cold <= 0.5,
               "first render in the process (fonts parsed)"),
        Result("A4 Arabic flyer, 5 focal points, warm (median of 10)", warm, "s", "≤ 0.5 s",
               warm <= 0.5),
        Result("A4 Arabic flyer size", size_kb, "KB", "≤ 300 KB", size_kb <= 300,
               "font subsets + 900×600 picture"),
    ]


def batch() -> list[Result]:
    from desktop.db import open_database
    from desktop.models import FocalPoint
    from desktop.services.bulk import insert_records
    from desktop.services.flyers.batch import run_batch
    from desktop.services.flyers.store import FlyerValues, live_regions
    from desktop.services.regions import add_region, configure_office

    folder = scratch("flyers-batch")
    db = open_database(folder / "bench.db", folder / "backups")
    try:
        with db.transaction() as session:
            configure_office(session, "MD", "")
            existing = len(live_regions(session))
            for index in range(100 - existing):
                add_region(session, "MD", f"MD-X{index:02d}", f"Regiunea de test {index + 1}",
                           f"Biroul de asistență {index + 1}")
        with db.transaction() as session:
            regions = [r.code for r in live_regions(session)]
            rows = []
            for code in regions:
                for point in _points():
                    rows.append({
                        "name": point.name, "role": point.role,  # type: ignore[attr-defined]
                        "institution": point.institution,  # type: ignore[attr-defined]
                        "email": point.email, "phone": point.phone,  # type: ignore[attr-defined]
                        "region_code": code, "listed_on_flyers": True,
                        "publication_consent_on": dt.date(2026, 1, 1),
                        "publication_consent_how": "signed form",
                    })
            insert_records(session, FocalPoint, rows)
        assert len(regions) == 100
        with timer() as elapsed:
            items = run_batch(db, folder / "out", ["ar"], "a4",
                              base=FlyerValues(url="https://brd.gov.md/diaspora",
                                               image_data=_logo()))
        seconds = elapsed()
    finally:
        db.close()
    errors = sum(1 for item in items if item.has_errors)
    return [Result("100 regional flyers (A4, Arabic, 5 focal points each)", seconds, "s",
                   "≤ 20 s", seconds <= 20 and len(items) == 100,
                   f"{len(items)} files, {errors} with preflight errors")]


def run() -> list[Result]:
    return single_flyer() + batch()
