"""The indicator report as files: an XLSX table for analysts and a PDF for donors.

The XLSX layout is a contract (scripts read it): one sheet ``Indicators`` with the columns
``indicator``, ``region``, ``breakdown``, ``value`` and one row per figure and breakdown value,
exactly the :class:`Figure` rows. The PDF carries the same figures with charts, in the interface
language, under the office profile's name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.services.i18n import translate
from desktop.services.indicators.labels import (
    dimension_titles,
    indicator_titles,
    part_label,
    region_label,
    value_label,
)
from desktop.services.indicators.model import (
    INDICATORS,
    NATIONAL,
    PERCENT_INDICATORS,
    REGION,
    IndicatorError,
    IndicatorReport,
)
from desktop.services.letters import format_date
from desktop.services.office_profile import OfficeProfile
from desktop.services.print_canvas import MUTED, Bar, PageWriter

SHEET = "Indicators"
COLUMNS = ("indicator", "region", "breakdown", "value")
FORMATS = (".xlsx", ".pdf")


def write_report(report: IndicatorReport, path: Path, language: str,
                 profile: OfficeProfile, today: dt.date | None = None) -> None:
    """Write ``.xlsx`` or ``.pdf`` by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(report, path)
    elif suffix == ".pdf":
        write_donor_pdf(report, path, language, profile, today)
    else:
        raise IndicatorError(translate(
            "Indicators", "The report can be written as .xlsx or .pdf, not {suffix}.").format(
                suffix=suffix or path.name))


def write_xlsx(report: IndicatorReport, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for figure in report.figures:
        value: float | int = figure.value
        if figure.indicator not in PERCENT_INDICATORS and float(value).is_integer():
            value = int(value)
        sheet.append([figure.indicator, figure.region, figure.breakdown, value])
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCD", (30, 14, 30, 10), strict=True):
        sheet.column_dimensions[column].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def period_text(report: IndicatorReport, language: str) -> str:
    end = format_date(report.period.end, language)
    if report.period.start is None:
        return translate("Indicators", "Up to {end}").format(end=end)
    return translate("Indicators", "{start} to {end}").format(
        start=format_date(report.period.start, language), end=end)


def scope_text(report: IndicatorReport) -> str:
    if report.scope.kind == REGION:
        return translate("Indicators", "Region: {region}").format(
            region=region_label(report.scope.region_code, report.region_names))
    if report.scope.kind == NATIONAL:
        return translate("Indicators", "National level only")
    return translate("Indicators", "All regions")


def figure_text(indicator: str, value: float) -> str:
    if indicator in PERCENT_INDICATORS:
        return f"{value:.1f} %"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _bars(report: IndicatorReport, indicator: str, dimension: str, language: str,
          compare: str | None = None, limit: int = 12) -> list[Bar]:
    values = report.breakdown(indicator, dimension)
    pool = report.breakdown(compare, dimension) if compare else {}
    keys = sorted(set(values) | set(pool), key=lambda k: (-values.get(k, 0), -pool.get(k, 0), k))
    bars: list[Bar] = []
    value_total, pool_total = sum(values.values()) or 1.0, sum(pool.values()) or 1.0
    for key in keys[:limit]:
        value = values.get(key, 0.0)
        label = value_label(indicator, dimension, key, language, report.region_names)
        if not compare:
            bars.append(Bar(label, value, None, figure_text(indicator, value)))
            continue
        # Against the pool, bars are shares of each total: 22 participants and 90,000
        # consenting people compare only as proportions.
        share, pool_share = 100 * value / value_total, 100 * pool.get(key, 0.0) / pool_total
        shown = (f"{figure_text(indicator, value)} ({share:.0f} %) / "
                 f"{figure_text(compare, pool.get(key, 0.0))} ({pool_share:.0f} %)")
        bars.append(Bar(label, share, pool_share, shown))
    return bars


def write_donor_pdf(report: IndicatorReport, path: Path, language: str,
                    profile: OfficeProfile, today: dt.date | None = None) -> int:
    """The donor report; returns its page count."""
    today = today or dt.date.today()
    title = translate("Indicators", "Diaspora engagement: monitoring report")
    writer = PageWriter(path, language, title)
    titles, dimensions = indicator_titles(), dimension_titles()
    if profile.name:
        writer.text(profile.name, size=11, bold=True, gap=1)
    for line in profile.contact_lines():
        writer.text(line, size=8.5, gap=0)
    writer.space(8)
    writer.text(title, size=18, bold=True, gap=4)
    writer.text(period_text(report, language) + " · " + scope_text(report), size=11, gap=2)
    writer.text(translate("Indicators", "States such as valid consent and overdue commitments "
                                        "are taken on {date}.").format(
        date=format_date(report.as_of, language)), size=8.5, gap=8)
    writer.rule()

    writer.heading(translate("Indicators", "Key figures"))
    rows = [[translate("Indicators", "Indicator"), translate("Indicators", "Value")]]
    rows += [[titles[name], figure_text(name, report.total(name))] for name in INDICATORS]
    writer.table(rows, (0.78, 0.22), numeric=(1,))

    people = translate("Indicators", "Participants"), translate(
        "Indicators", "People who consented")
    writer.heading(translate("Indicators", "Who took part, against who could"))
    for dimension in ("gender", "generation", "citizenship", "country"):
        writer.bar_chart(dimensions[dimension],
                         _bars(report, "participants", dimension, language,
                               compare="candidates_consented"), legend=people)
    writer.heading(translate("Indicators", "Registry and consultations"))
    writer.bar_chart(titles["associations"] + " — " + dimensions["status"],
                     _bars(report, "associations", "status", language))
    writer.bar_chart(titles["consultations_held"] + " — " + dimensions["kind"],
                     _bars(report, "consultations_held", "kind", language))
    writer.bar_chart(titles["commitments"] + " — " + dimensions["status"],
                     _bars(report, "commitments", "status", language))
    regions = report.by_region("participants")
    if report.by_region("associations") or regions:
        writer.heading(translate("Indicators", "By region"))
        names = sorted(set(report.by_region("associations")) | set(regions)
                       | set(report.by_region("consultations_held")),
                       key=lambda c: region_label(c, report.region_names))
        table = [[dimensions["region"], titles["associations"], titles["consultations_held"],
                  titles["participants"], titles["commitments_overdue"]]]
        for code in names:
            table.append([region_label(code, report.region_names)] + [
                figure_text(name, report.by_region(name).get(code, 0.0))
                for name in ("associations", "consultations_held", "participants",
                             "commitments_overdue")])
        writer.table(table, (0.36, 0.16, 0.16, 0.16, 0.16), size=8, numeric=(1, 2, 3, 4))
    unheard = [(d, k, v) for d in ("country", "generation")
               for k, v in report.breakdown("segments_unheard", d).items()]
    if unheard:
        writer.heading(titles["segments_unheard"])
        writer.text(translate("Indicators", "People who consented to be consulted, in groups "
                                            "from which nobody took part in the period."),
                    size=9, gap=4)
        table = [[translate("Indicators", "Group"), translate("Indicators", "People")]]
        table += [[f"{dimensions[d]}: {value_label('segments_unheard', d, k, language)}",
                   figure_text("segments_unheard", v)] for d, k, v in unheard]
        writer.table(table, (0.78, 0.22), size=8.5, numeric=(1,))
    new = report.part("associations", "new_in_period")
    writer.text(f"{part_label('new_in_period')} ({titles['associations']}): "
                f"{figure_text('associations', new)}", size=9, gap=8)
    writer.text(translate("Indicators", "Report produced on {date}.").format(
        date=format_date(today, language)), size=8, color=MUTED)
    return writer.finish()
