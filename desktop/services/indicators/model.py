"""What an indicator report is made of: a period, a scope and a flat list of figures.

The flat list (indicator, region, breakdown, value) is the contract the XLSX export, the donor
report and the dashboard share, so a figure read on screen is the same number a minister gets
on paper. Frozen dataclasses: the report crosses from the worker thread to the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.services.i18n import translate

ALL = "all"
REGION = "region"
NATIONAL = "national"
NATIONAL_LABEL = "national"
"""What the ``region`` column holds for records that belong to no region."""

INDICATORS: tuple[str, ...] = (
    "associations",
    "focal_points_active",
    "focal_points_listed",
    "regions_without_focal_point",
    "candidates_consented",
    "consents_expiring",
    "consultations_held",
    "participants",
    "women_share",
    "commitments",
    "commitments_overdue",
    "commitments_on_time_share",
    "segments_unheard",
    "repeat_participants",
)
PERCENT_INDICATORS: frozenset[str] = frozenset({"women_share", "commitments_on_time_share"})
EXPIRY_WINDOW_DAYS = 90


class IndicatorError(ValueError):
    """A period or scope that cannot be reported on; the message is for the user."""


@dataclass(frozen=True)
class Period:
    """Inclusive dates; ``start`` None means "since records began"."""

    start: dt.date | None
    end: dt.date

    def __post_init__(self) -> None:
        if self.start is not None and self.start > self.end:
            raise IndicatorError(translate(
                "Indicators", "The period starts ({start}) after it ends ({end}).").format(
                    start=self.start.isoformat(), end=self.end.isoformat()))

    def start_datetime(self) -> dt.datetime:
        start = self.start or dt.date(1900, 1, 1)
        return dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC)

    def end_datetime(self) -> dt.datetime:
        """The first instant after the period (exclusive bound)."""
        after = self.end + dt.timedelta(days=1)
        return dt.datetime(after.year, after.month, after.day, tzinfo=dt.UTC)

    def first_day(self) -> dt.date:
        return self.start or dt.date(1900, 1, 1)

    @classmethod
    def last_months(cls, months: int, today: dt.date | None = None) -> Period:
        """The ``months`` months up to and including ``today``."""
        today = today or dt.date.today()
        year, month = today.year, today.month - months
        while month <= 0:
            month += 12
            year -= 1
        day = min(today.day, 28)
        return cls(dt.date(year, month, day) + dt.timedelta(days=1), today)


@dataclass(frozen=True)
class Scope:
    """Whose records: every region (``all``), one region, or the national level only."""

    kind: str = ALL
    region_code: str = ""

    @classmethod
    def everything(cls) -> Scope:
        return cls(ALL)

    @classmethod
    def region(cls, code: str) -> Scope:
        return cls(REGION, code)

    @classmethod
    def national(cls) -> Scope:
        return cls(NATIONAL)

    @property
    def key(self) -> str:
        """``""`` (all), a region code, or ``"national"``: how drill-downs and files name it."""
        if self.kind == REGION:
            return self.region_code
        return NATIONAL_LABEL if self.kind == NATIONAL else ""


@dataclass(frozen=True)
class Figure:
    """One row of the report. ``region`` "" = the whole scope; ``breakdown`` "" = the total,
    else ``dimension=value`` (``status=verified``) or a named part (``new_in_period``)."""

    indicator: str
    region: str
    breakdown: str
    value: float


@dataclass(frozen=True)
class IndicatorReport:
    period: Period
    scope: Scope
    as_of: dt.date
    """The reference day for states ("consent valid", "overdue"): the period's end, or
    today when the period ends in the future."""
    figures: tuple[Figure, ...]
    region_names: dict[str, str] = field(default_factory=dict)
    empty_database: bool = False
    """No association, focal point, candidate or consultation at all (in the scope): the
    dashboard shows the first steps instead of a page of zeros."""

    def total(self, indicator: str) -> float:
        for f in self.figures:
            if f.indicator == indicator and not f.region and not f.breakdown:
                return f.value
        return 0.0

    def breakdown(self, indicator: str, dimension: str) -> dict[str, float]:
        """``{value: figure}`` of one dimension (``status`` → ``{"verified": 3, …}``)."""
        prefix = dimension + "="
        return {f.breakdown[len(prefix):]: f.value for f in self.figures
                if f.indicator == indicator and not f.region and f.breakdown.startswith(prefix)}

    def part(self, indicator: str, name: str) -> float:
        for f in self.figures:
            if f.indicator == indicator and not f.region and f.breakdown == name:
                return f.value
        return 0.0

    def region_breakdown(self, indicator: str, dimension: str) -> dict[str, dict[str, float]]:
        """``{region: {value: figure}}`` (associations by region and status)."""
        prefix = dimension + "="
        out: dict[str, dict[str, float]] = {}
        for f in self.figures:
            if f.indicator == indicator and f.region and f.breakdown.startswith(prefix):
                out.setdefault(f.region, {})[f.breakdown[len(prefix):]] = f.value
        return out

    def by_region(self, indicator: str) -> dict[str, float]:
        return {f.region: f.value for f in self.figures
                if f.indicator == indicator and f.region and not f.breakdown}
