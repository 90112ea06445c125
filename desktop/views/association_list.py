"""The association table model and its filter proxy (no widgets: tested without a window).

The model keeps the :class:`~desktop.services.associations.AssociationList` as fetched and
reads each shown cell straight from its tuple; the proxy filters with whole-list operations on
the precomputed search strings. Together they keep 100,000 associations fluid.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from desktop.services import countries
from desktop.services.associations import (
    ACRONYM,
    AREAS,
    CITY,
    CONTACT,
    COUNTRY,
    EMAIL,
    ID,
    NAME,
    PHONE,
    REGION,
    SECTORS,
    STATUS,
    YEAR,
    AssociationList,
    AssociationRow,
    fold_key,
)
from desktop.services.vocabulary import engagement_area_labels, status_labels
from desktop.views.row_proxy import RowProxy
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel, sync_state_text
from desktop.views.translation import bidi_isolate, list_text, phone_text

Index = QModelIndex | QPersistentModelIndex


DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Column numbers of the table.
(
    COL_NAME,
    COL_ACRONYM,
    COL_COUNTRY,
    COL_CITY,
    COL_REGION,
    COL_STATUS,
    COL_CONTACT,
    COL_EMAIL,
    COL_PHONE,
    COL_FOUNDED,
    COL_AREAS,
    COL_SYNC,
) = range(12)


class AssociationTableModel(RowTableModel[AssociationRow]):
    """Associations, one per line; cells are read from the fetched tuples on demand."""

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Name"), lambda r: r.name
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Acronym"),
                    lambda r: r.acronym,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Country"),
                    lambda r: r.country_code,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "City"), lambda r: r.city
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Origin region"),
                    lambda r: r.region_code,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Status"),
                    lambda r: r.status,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Contact person"),
                    lambda r: r.contact_person,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "E-mail"),
                    lambda r: r.email,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Phone"),
                    lambda r: phone_text(r.phone),
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Founded"),
                    lambda r: r.founding_year,
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Engagement areas"),
                    lambda r: list_text(r.engagement_areas),
                ),
                Column(
                    lambda: QCoreApplication.translate("AssociationList", "Sync"),
                    lambda r: r.sync_state,
                ),
            ],
            parent,
        )
        self.language = language
        self._list = AssociationList([], {})
        self._region_names: dict[str, str] = {}
        self._country_names: dict[str, str] = {}
        self._statuses = status_labels()
        self._areas = engagement_area_labels()
        self._area_text: dict[str, str] = {}
        self._rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        f = self._f
        self._display: list[Callable[[int], Any]] = [
            lambda i: f(i)[NAME],
            lambda i: f(i)[ACRONYM],
            lambda i: self.country_name(f(i)[COUNTRY]),
            lambda i: f(i)[CITY],
            lambda i: self._region_names.get(f(i)[REGION], f(i)[REGION]),
            lambda i: self._statuses.get(f(i)[STATUS], f(i)[STATUS]),
            lambda i: f(i)[CONTACT],
            lambda i: f(i)[EMAIL],
            lambda i: phone_text(f(i)[PHONE]),
            lambda i: "" if f(i)[YEAR] is None else str(f(i)[YEAR]),
            lambda i: self.areas_text(f(i)[AREAS]),
            lambda i: sync_state_text(self._list.sync_state(i)),
        ]

    def _f(self, i: int) -> tuple[Any, ...]:
        return self._list.fetched[i]

    # -- data in
    def set_list(self, rows: AssociationList) -> None:
        self.beginResetModel()
        self._list = rows
        self._area_text.clear()
        self.endResetModel()

    def set_rows(self, rows: Sequence[AssociationRow]) -> None:
        if isinstance(rows, AssociationList):
            self.set_list(rows)
        else:
            raise TypeError("AssociationTableModel takes an AssociationList")

    def set_region_names(self, names: dict[str, str], notify: bool = True) -> None:
        self._region_names = dict(names)
        if notify and self._list.fetched:
            self.dataChanged.emit(
                self.index(0, COL_REGION), self.index(len(self._list) - 1, COL_REGION)
            )

    def association_list(self) -> AssociationList:
        return self._list

    def rows(self) -> list[AssociationRow]:
        return list(self._list)

    def row_at(self, row: int) -> AssociationRow:
        return self._list.row(row)

    def id_at(self, row: int) -> str:
        return self._list.id(row)

    # -- labels
    def country_name(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = countries.country_name(code, self.language)
            self._country_names[code] = name
        return name

    def areas_text(self, raw: str | None) -> str:
        if not raw:
            return ""
        text = self._area_text.get(raw)
        if text is None:
            try:
                codes = json.loads(raw)
            except ValueError:
                codes = []
            text = list_text(self._areas.get(str(c), str(c)) for c in codes)
            self._area_text[raw] = text
        return text

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.fetched)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What :meth:`data` answers, without an index (the proxy calls this directly)."""
        if role == DISPLAY:
            value = self._display[column](row)
            # Latin names ending in punctuation ("Boston Inc.") keep their order in Arabic.
            return bidi_isolate(value) if self._rtl and isinstance(value, str) else value
        if role == TOOLTIP and column == COL_AREAS:
            return self._display[COL_AREAS](row)
        if role == SORT_ROLE:
            return self.sort_keys(column)[row]
        if role == ROW_ROLE:
            return self._list.row(row)
        if role == ALIGNMENT and column == COL_FOUNDED:
            return RIGHT
        return None

    def presorted(self, column: int) -> list[int] | None:
        """Rows already sorted by ``column`` when the loader did it (by name), else None."""
        return self._list.name_order() if column == COL_NAME else None

    def sort_keys(self, column: int) -> list[Any]:
        """The sort key of every row for ``column``, computed in one pass."""
        fetched = self._list.fetched
        if column == COL_NAME:
            return self._list.search  # starts with the folded name
        if column == COL_FOUNDED:
            return [-1 if t[YEAR] is None else t[YEAR] for t in fetched]
        if column == COL_SYNC:
            return [self._list.sync_state(i) for i in range(len(fetched))]
        if column in (COL_COUNTRY, COL_REGION, COL_STATUS, COL_AREAS):
            cache: dict[Any, str] = {}
            field = {
                COL_COUNTRY: COUNTRY,
                COL_REGION: REGION,
                COL_STATUS: STATUS,
                COL_AREAS: AREAS,
            }[column]
            show = self._display[column]
            keys: list[str] = []
            for i, t in enumerate(fetched):
                key = cache.get(t[field])
                if key is None:
                    key = fold_key(str(show(i)))
                    cache[t[field]] = key
                keys.append(key)
            return keys
        field = {
            COL_NAME: NAME,
            COL_ACRONYM: ACRONYM,
            COL_CITY: CITY,
            COL_CONTACT: CONTACT,
            COL_EMAIL: EMAIL,
            COL_PHONE: PHONE,
        }[column]
        return [fold_key(t[field]) for t in fetched]


def _tag_key(raw: str | None) -> str:
    """Tags of a JSON list as "\x1fa\x1fb\x1f" in case-folded form, for exact tag matching."""
    if not raw:
        return ""
    try:
        tags = json.loads(raw)
    except ValueError:
        return ""
    return "\x1f" + "\x1f".join(str(t).casefold() for t in tags) + "\x1f"


FIND_LIMIT = 2_500
"""Up to this many occurrences, a word's rows are found by scanning one joined text."""
FEW_CANDIDATES = 20_000
"""Narrowing within this many rows tests them directly, without chunks."""

NATIONAL = "-"
"""Region filter value for associations without an origin region."""


class AssociationProxy(RowProxy):
    """Filters by free text (name, acronym, city, contact, e-mail, phone: every word must
    appear), country, origin region, status, engagement area and sector."""

    def __init__(self, parent: Any = None) -> None:
        self.text = ""
        self.country = ""
        self.region = ""
        self.status = ""
        self.area = ""
        self.sector = ""
        self._sectors_lower: list[str] | None = None
        self._rank_order: tuple[list[int], list[int]] | None = None
        self._passed_words: set[str] = set()
        super().__init__(parent)
        self._sort_column = COL_NAME

    def _list(self) -> AssociationList:
        source = self.sourceModel()
        assert isinstance(source, AssociationTableModel)
        return source.association_list()

    def _source_reset(self) -> None:
        self._sectors_lower = None
        self._rank_order = None
        super()._source_reset()

    def set_filters(
        self,
        *,
        text: str | None = None,
        country: str | None = None,
        region: str | None = None,
        status: str | None = None,
        area: str | None = None,
        sector: str | None = None,
    ) -> None:
        """Change any criteria (None leaves one as it is) and re-filter."""
        new_text = self.text if text is None else fold_key(" ".join(text.split()))
        others = (country, region, status, area, sector)
        same_others = all(
            v is None or v == getattr(self, k)
            for k, v in zip(("country", "region", "status", "area", "sector"), others, strict=True)
        )
        narrowing = (
            same_others
            and bool(self.text)
            and new_text.startswith(self.text)
            and new_text != self.text
        )
        if same_others and new_text == self.text:
            return
        # Words typed in full before a narrowing keystroke need no second test.
        self._passed_words = set(self.text.split()[:-1]) if narrowing else set()
        if narrowing and self.text.endswith(" "):
            self._passed_words = set(self.text.split())
        self.text = new_text
        for key, value in zip(
            ("country", "region", "status", "area", "sector"), others, strict=True
        ):
            if value is not None:
                setattr(self, key, value)
        self.invalidate_rows(narrowing=narrowing)

    def _has_column_filters(self) -> bool:
        return bool(self.country or self.region or self.status or self.area or self.sector)

    def _words(self, narrowing: bool) -> list[str]:
        words = self.text.split()
        if narrowing and self._passed_words:
            # The candidates already contain every word typed in full before.
            words = [w for w in words if w not in self._passed_words]
        return words

    def quick_rows(self, candidates: Sequence[int], narrowing: bool) -> list[int] | None:
        if self.sourceModel() is None:
            return list(candidates)
        words = self._words(narrowing)
        if not words:
            return list(candidates) if not self._has_column_filters() else None
        if narrowing and len(candidates) <= FEW_CANDIDATES:
            return self.accepted_rows(candidates, narrowing)  # a few ms at this size
        for word in sorted(words, key=len, reverse=True):  # the longest is likely the rarest
            found = self._find_few(word)
            if found is not None:
                if narrowing:
                    found.intersection_update(candidates)
                return self.accepted_rows(sorted(found, key=self._rank().__getitem__),
                                          narrowing)
        return None

    def accepted_rows(self, candidates: Sequence[int], narrowing: bool = False) -> list[int]:
        if self.sourceModel() is None:
            return list(candidates)
        fetched = self._list().fetched
        result = candidates
        if self.country:
            result = [r for r in result if fetched[r][COUNTRY] == self.country]
        if self.region:
            wanted = "" if self.region == NATIONAL else self.region
            result = [r for r in result if fetched[r][REGION] == wanted]
        if self.status:
            result = [r for r in result if fetched[r][STATUS] == self.status]
        if self.area:
            needle = json.dumps(self.area)
            result = [r for r in result if needle in (fetched[r][AREAS] or "")]
        if self.sector:
            if self._sectors_lower is None:  # built on first use of the sector filter
                self._sectors_lower = [_tag_key(t[SECTORS]) for t in fetched]
            lowered = self._sectors_lower
            needle = f"\x1f{self.sector.casefold()}\x1f"
            result = [r for r in result if needle in lowered[r]]
        search = self._list().search
        for word in self._words(narrowing):
            # C-level iteration; each test stops at the first hit in its row.
            result = list(
                compress(result, map(contains, map(search.__getitem__, result), repeat(word)))
            )
        return list(result)

    def _find_few(self, word: str) -> set[int] | None:
        """Rows containing a rare word, found by scanning the joined search text once; None
        as soon as the word turns out to be common."""
        joined, starts = self._list().joined()
        hits: set[int] = set()
        position = joined.find(word)
        last = len(starts) - 1
        while position >= 0:
            row = bisect_right(starts, position) - 1
            hits.add(row)
            if len(hits) > FIND_LIMIT:
                return None
            if row >= last:
                break
            position = joined.find(word, starts[row + 1])
        return hits

    def _rank(self) -> list[int]:
        """Display position of each source row (rebuilt after a sort)."""
        if self._rank_order is None or self._rank_order[0] is not self._order:
            rank = [0] * len(self._order)
            for position, row in enumerate(self._order):
                rank[row] = position
            self._rank_order = (self._order, rank)
        return self._rank_order[1]

    def visible_ids(self) -> list[str]:
        self.finish_filtering()
        fetched = self._list().fetched
        return [fetched[r][ID] for r in self.source_rows()]

    def id_at(self, proxy_row: int) -> str:
        return str(self._list().fetched[self.source_row(proxy_row)][ID])
