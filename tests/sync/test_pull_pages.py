"""A link that drops every few hundred kilobytes: every pull attempt still saves pages.

The client below stands for such a link: a request for more records than the link carries
fails as a dropped connection (``Offline``), like a cut in the middle of a big page. The pull
asks again from the same cursor for a smaller page, and the first sync completes in one run.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.models import Association
from desktop.services.bulk import insert_records
from desktop.services.sync.pull import MIN_PULL_LIMIT, PageSize
from sync.client import Offline, PullPage, SyncClient
from tests.sync.conftest import OfficeFactory

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


class NarrowLink(SyncClient):
    """Requests for more than ``carries`` records are cut (after the server answered)."""

    def __init__(self, *args: Any, carries: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.carries = carries
        self.asked: list[int] = []

    def pull(self, since: int, limit: int = 5000) -> PullPage:
        self.asked.append(limit)
        page = super().pull(since, limit)
        if limit > self.carries:
            raise Offline("connection reset in the middle of the answer")
        return page


def test_a_first_sync_completes_over_a_link_that_cannot_carry_a_big_page(
        offices: OfficeFactory) -> None:
    a = offices("A")
    with a.db.transaction() as session:
        insert_records(session, Association, ({"name": f"Asociația {i}", "city": "Roma",
                                               "region_code": "MD-CU"} for i in range(2500)))
    a.sync()
    b = offices("B")
    client = NarrowLink(b.server.base_url, carries=300, retries=0)
    client.login(b.username, "office-password-1")
    report = b.sync(client=client)
    assert report.pull.received == 2500
    assert b.count("association") == 2500
    assert max(client.asked) > 300 and min(client.asked) <= 300  # it shrank, and went on
    assert b.outbox() == []


def test_a_link_that_carries_nothing_still_stops_as_offline(offices: OfficeFactory) -> None:
    a = offices("A")
    client = NarrowLink(a.server.base_url, carries=0, retries=0)
    client.login(a.username, "office-password-1")
    with pytest.raises(Offline):
        a.sync(client=client)
    assert min(client.asked) == MIN_PULL_LIMIT


def test_page_sizes_grow_on_a_good_link_and_shrink_on_failures() -> None:
    pages = PageSize(5000)
    assert pages.limit == 1000
    pages.grow(0.1)
    pages.grow(0.1)
    assert pages.limit == 4000
    pages.grow(0.1)
    assert pages.limit == 5000
    pages.grow(5.0)  # slow: no growth
    assert pages.limit == 5000
    assert pages.shrink() and pages.limit == 1250
    while pages.shrink():
        pass
    assert pages.limit == MIN_PULL_LIMIT
