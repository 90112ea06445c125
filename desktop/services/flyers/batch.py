"""One flyer per region and language into a folder, with progress and Cancel.

The database is read once (regions, their help offices and information points); rendering then
needs no database, so a batch of a hundred flyers spends its time drawing. Each file is written
to a temporary name and renamed when complete: a cancelled batch leaves whole files only.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.db import Database
from desktop.services.flyers.campaigns import add_campaigns
from desktop.services.flyers.labels import default_texts
from desktop.services.flyers.preflight import Issue, preflight
from desktop.services.flyers.render import render_flyer
from desktop.services.flyers.store import (
    FlyerValues,
    RegionInfo,
    default_url,
    live_regions,
    office_contact,
    spec_from_values,
)
from desktop.services.focal_points import information_points
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress


@dataclass(frozen=True)
class Texts:
    """Typed texts for one language (printed as typed; empty fields get the defaults)."""

    headline: str = ""
    body: str = ""
    call_to_action: str = ""


@dataclass(frozen=True)
class BatchItem:
    region_code: str
    language: str
    path: Path
    issues: tuple[Issue, ...]
    campaign_code: str = ""

    @property
    def has_errors(self) -> bool:
        return any(issue.is_error for issue in self.issues)


class BatchError(ValueError):
    """A batch that cannot start; the message is for the user."""


def file_name(region_code: str, language: str, template: str) -> str:
    return f"flyer_{region_code}_{language}_{template}.pdf"


def run_batch(
    db: Database,
    out_dir: Path,
    languages: Sequence[str],
    template: str,
    regions: Sequence[str] | None = None,
    base: FlyerValues | None = None,
    texts: Mapping[str, Texts] | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[BatchItem]:
    """Write ``len(regions) × len(languages)`` flyers into ``out_dir``.

    ``base`` gives the look and print options (theme, colours, picture, web address, bleed…);
    ``texts`` the typed texts per language. Missing texts are the language's defaults, with the
    region's name in the body.
    """
    base = base or FlyerValues()
    texts = texts or {}
    with db.transaction() as session:
        known = {r.code: r for r in live_regions(session)}
        if regions is None:
            chosen = list(known.values())
        else:
            unknown = [code for code in regions if code not in known]
            if unknown:
                raise BatchError(translate("Flyers", "Unknown region(s): {codes}.").format(
                    codes=", ".join(unknown)))
            chosen = [known[code] for code in regions]
        url = base.url.strip() or default_url(session)
        points = {r.code: tuple(information_points(session, r.code)) for r in chosen}
        # Each flyer of the batch gets its own campaign code, so the registrations it brings
        # are counted for it (and the QR code points at the form with that code).
        today = dt.date.today().isoformat()
        pairs = [(region, language) for region in chosen for language in languages]
        codes = dict(zip(pairs, add_campaigns(session, [
            (f"{region.name} · {language} · {template} · {today}", region.code, language,
             template, url) for region, language in pairs]), strict=True)) if url else {}
        contact = office_contact(session)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = len(chosen) * len(languages)
    items: list[BatchItem] = []
    done = 0
    progress.report(0, total, "")
    for region in chosen:
        for language in languages:
            progress.check()
            values = _values_for(base, region, language, template, url, texts.get(language))
            values.campaign_code = codes.get((region, language), "")
            spec = spec_from_values(values, region, points[region.code], contact)
            rendered = render_flyer(spec)
            path = out_dir / file_name(region.code, language, template)
            _write_atomically(path, rendered.pdf)
            items.append(BatchItem(region.code, language, path,
                                   tuple(preflight(spec, rendered.report)),
                                   values.campaign_code))
            done += 1
            progress.report(done, total, f"{region.name} · {language}")
    return items


def _values_for(base: FlyerValues, region: RegionInfo, language: str, template: str, url: str,
                typed: Texts | None) -> FlyerValues:
    defaults = default_texts(language, region.name)
    typed = typed or Texts()
    return replace(
        base, region_code=region.code, language=language, template=template, url=url,
        headline=typed.headline.strip() or defaults.headline,
        body=typed.body.strip() or defaults.body,
        call_to_action=typed.call_to_action.strip() or defaults.call_to_action,
        name="",
    )


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".flyer-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
