"""Sync under trouble: regional scope, a client killed mid-push, a server restarted mid-sync,
expired logins, a protocol mismatch, an interrupted pull, an edit made while a push is in
flight. Real server, real databases."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Association, OutboxEntry, Region
from desktop.models.sync import SyncCursor
from desktop.services import secrets
from desktop.services.bulk import insert_records
from desktop.services.progress import Cancelled, Progress
from desktop.services.sync import Account, log_in, run_sync
from desktop.services.sync import push as push_module
from desktop.services.sync.conflicts import discard_local_change, list_problems
from desktop.services.sync.messages import describe_error
from desktop.services.sync.pull import PullStats, pull_all
from sync.client import AuthExpired, Incompatible, SyncClient
from tests.server_harness import ServerProcess
from tests.sync.conftest import PASSWORD, Office, OfficeFactory
from tests.sync.test_sync_e2e import add_association, edit

pytestmark = [pytest.mark.e2e, pytest.mark.pg]


def many_associations(office: Office, count: int, region: str = "MD-CU") -> list[str]:
    with office.db.transaction() as session:
        return insert_records(session, Association, (
            {"name": f"Asociația nr. {i}", "region_code": region, "city": "Roma"}
            for i in range(count)))


def versions(office: Office) -> dict[str, int | None]:
    with office.db.sessions() as session:
        return dict(session.execute(select(Association.id, Association.version)).all())


# ----------------------------------------------------------------------------------------------
# Scope


def test_regional_user_never_receives_another_region_and_a_refused_push_keeps_the_rest(
        offices: OfficeFactory) -> None:
    bureau = offices("Bureau")
    x_own = add_association(bureau, "Chișinău association", region="MD-CU")
    y_other = add_association(bureau, "Bălți association", region="MD-BA")
    bureau.sync()

    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    regional.sync()
    assert regional.get("association", x_own) is not None
    assert regional.get("association", y_other) is None
    # National reference data does reach it, and its identical pre-filled copies are settled.
    assert regional.count("region") == 37
    assert regional.outbox() == []

    mine = add_association(regional, "New in Chișinău", region="MD-CU")
    theirs = add_association(regional, "Sneaked into Bălți", region="MD-BA")
    report = regional.sync()
    assert (report.push.applied, report.push.refused) == (1, 1)
    assert report.push.messages and "MD-BA" in report.push.messages[0]
    # The refused record is kept locally with the server's words; the allowed one went through.
    entries = regional.outbox()
    assert [(e.record_id, e.state) for e in entries] == [(theirs, "pending")]
    assert entries[0].last_error and "MD-BA" in entries[0].last_error
    with regional.db.sessions() as session:
        problems = list_problems(session)
    assert [(p.kind, p.record_id) for p in problems] == [("refused", theirs)]
    bureau.sync()
    assert bureau.get("association", mine) is not None
    assert bureau.get("association", theirs) is None

    # The user gives up the refused record: it never reached the server, so it goes.
    with regional.db.transaction() as session:
        plan = discard_local_change(session, "association", theirs)
    assert plan.deletes_local_record
    assert regional.get("association", theirs) is None and regional.outbox() == []

    # The bureau moves a record out of the region: it leaves the regional desktop for good.
    edit(bureau, Association, x_own, region_code="MD-BA")
    bureau.sync()
    stats = regional.sync().pull
    assert stats.removed == 1
    assert regional.get("association", x_own) is None
    assert regional.get("association", mine) is not None


def test_a_refused_edit_of_national_data_can_be_discarded_back_to_the_server_copy(
        offices: OfficeFactory) -> None:
    bureau = offices("Bureau")
    with bureau.db.sessions() as session:
        cu = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert cu is not None
    edit(bureau, Region, cu.id, help_office_name="Biroul de ajutor")
    bureau.sync()
    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    regional.sync()
    with regional.db.sessions() as session:
        region = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert region is not None
        region_id, name = region.id, region.name
    edit(regional, Region, region_id, help_office_name="Our own office")
    report = regional.sync()
    assert report.push.refused == 1
    assert "read-only" in report.push.messages[0]
    with regional.db.transaction() as session:
        plan = discard_local_change(session, "region", region_id)
    assert plan.restores_server_copy
    restored = regional.get("region", region_id)
    assert (restored.name, restored.help_office_name) == (name, "Biroul de ajutor")
    assert regional.outbox() == []


def test_discarding_a_refused_edit_of_a_region_the_server_never_had_restores_its_iso_values(
        offices: OfficeFactory) -> None:
    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    with regional.db.sessions() as session:
        region = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert region is not None
        region_id, name = region.id, region.name
    edit(regional, Region, region_id, name="Renamed", help_office_name="Our own office")
    assert regional.sync().push.refused == 1
    with regional.db.transaction() as session:
        plan = discard_local_change(session, "region", region_id)
    assert plan.restores_prefilled and not plan.deletes_local_record
    restored = regional.get("region", region_id)
    assert (restored.name, restored.help_office_name) == (name, "")
    assert regional.outbox() == []


# ----------------------------------------------------------------------------------------------
# Crashes and restarts


def _push_lines(server: ServerProcess) -> int:
    return server.output().count("POST /sync/push")


def test_a_push_retried_after_the_client_was_killed_creates_no_duplicates(
        offices: OfficeFactory) -> None:
    a = offices("A")
    ids = many_associations(a, 6000)
    a.db.close()
    server = a.server
    before = _push_lines(server)
    proc = subprocess.Popen(a.cli_command(), env=a.cli_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _push_lines(server) < before + 2 and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the sync finished before it could be killed"

    # Killed mid-push: part of the outbox was applied on the server, the rest is still queued.
    left = [e for e in a.outbox() if e.entity == "association"]
    assert 0 < len(left) < 6000

    result = a.cli_sync()
    assert result.returncode == 0, result.stderr
    assert a.outbox() == []

    b = offices("B")
    b.sync()
    got = versions(b)
    assert set(got) == set(ids)
    # Applied exactly once each: a change applied twice would have version 2.
    assert set(got.values()) == {1}
    assert set(versions(a).values()) == {1}


def test_answers_lost_in_a_crash_are_recovered_from_the_server_by_change_id(
        offices: OfficeFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deterministic version of the kill test: the server applied a batch, the desktop died
    before it wrote the answers. The next sync resends the same change_ids."""
    a = offices("A")
    ids = many_associations(a, 700)
    real = push_module.apply_results
    calls = {"n": 0}

    def crash_after_server_applied(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt("killed")
        real(*args, **kwargs)

    monkeypatch.setattr(push_module, "apply_results", crash_after_server_applied)
    with pytest.raises(KeyboardInterrupt):
        a.sync()
    assert len(a.outbox()) == 700
    monkeypatch.setattr(push_module, "apply_results", real)
    report = a.sync()
    assert report.push.applied == 700
    assert a.outbox() == []
    b = offices("B")
    b.sync()
    assert set(versions(b)) == set(ids) and set(versions(b).values()) == {1}


def test_the_server_restarted_mid_pull_and_mid_push(offices: OfficeFactory) -> None:
    a = offices("A")
    ids = many_associations(a, 3000)
    server = a.server
    client = a.client()

    # Kill the server while a push request is in flight; the idempotent push is retried.
    real_push = client.push
    restarted = {"push": False}

    def push_with_crash(device_id: str, changes: Any) -> Any:
        if not restarted["push"]:
            restarted["push"] = True
            threading.Timer(0.05, lambda: server.restart(kill=True)).start()
        return real_push(device_id, changes)

    client.push = push_with_crash  # type: ignore[method-assign]
    a.sync(client=client)
    assert restarted["push"]
    assert a.outbox() == []

    b = offices("B")
    restarted_pull = {"done": False}

    def restart_after_first_page(stats: PullStats) -> None:
        if not restarted_pull["done"]:
            restarted_pull["done"] = True
            server.restart()  # while the next page is being fetched

    with b.client() as b_client:
        stats = pull_all(b.db, b_client, b.account.server_url, b.username, Progress(),
                         limit=500, on_page=restart_after_first_page)
    assert restarted_pull["done"] and stats.pages >= 6
    got = versions(b)
    assert set(got) == set(ids) and set(got.values()) == {1}


def test_pull_resumes_from_the_cursor_after_an_interruption(offices: OfficeFactory) -> None:
    a = offices("A")
    ids = many_associations(a, 1200)
    a.sync()
    b = offices("B")
    progress = Progress()
    with b.client() as client:
        with pytest.raises(Cancelled):
            pull_all(b.db, client, b.account.server_url, b.username, progress, limit=400,
                     on_page=lambda _stats: progress.cancel())
        with b.db.sessions() as session:
            cursor = session.scalar(select(SyncCursor).where(
            SyncCursor.server_url == b.account.server_url, SyncCursor.username == b.username))
            assert cursor is not None and cursor.since > 0 and not cursor.scope_complete
            saved = cursor.since
        written_before = b.count("association")
        assert 0 < written_before < 1200

        asked: list[int] = []
        real_pull = client.pull

        def spy(since: int, limit: int = 5000) -> Any:
            asked.append(since)
            return real_pull(since, limit)

        client.pull = spy  # type: ignore[method-assign]
        pull_all(b.db, client, b.account.server_url, b.username, Progress(), limit=400)
    assert asked[0] == saved  # not from zero
    assert set(versions(b)) == set(ids)


def test_an_edit_made_while_its_push_was_in_flight_is_kept_and_pushed_next(
        offices: OfficeFactory) -> None:
    a = offices("A")
    rid = add_association(a)
    a.sync()
    edit(a, Association, rid, city="Lyon")
    client = a.client()
    real_push = client.push

    def push_then_user_edits(device_id: str, changes: Any) -> Any:
        answer = real_push(device_id, changes)
        edit(a, Association, rid, phone="+33 4 00 00 00 00")  # typed during the request
        return answer

    client.push = push_then_user_edits  # type: ignore[method-assign]
    report = a.sync(client=client)
    assert report.push.kept >= 1
    # Pushed in the same sync's second pass, as a plain change on top of version 2.
    record = a.get("association", rid)
    assert (record.city, record.phone, record.version) == ("Lyon", "+33 4 00 00 00 00", 3)
    assert report.push.sent == 2 and report.push.conflicts == 0
    assert a.outbox() == []
    b = offices("B")
    b.sync()
    got = b.get("association", rid)
    assert (got.city, got.phone, got.version) == ("Lyon", "+33 4 00 00 00 00", 3)


# ----------------------------------------------------------------------------------------------
# Logins and versions


def test_an_expired_login_pauses_sync_and_keeps_the_outbox(
        tmp_path: Any, server_factory: Any, memory_keyring: Any) -> None:
    with server_factory({"DIASPORA_SERVER_ACCESS_TTL": "1",
                         "DIASPORA_SERVER_REFRESH_TTL": "3"}) as server:
        factory = OfficeFactory(tmp_path, server)
        try:
            office = factory("A")
            account = Account.of(server.base_url, office.username)
            store = secrets.secret_store()
            assert store.persistent  # the test keyring is a real backend for `keyring`
            log_in(account, PASSWORD, store=store)
            assert store.get(secrets.password_key(account.server_url, office.username)) is None
            add_association(office)
            run_sync(office.db, account, store=store)
            assert office.outbox() == []

            time.sleep(1.5)  # the access token expired; the refresh token renews it silently
            rid = add_association(office, "Second")
            run_sync(office.db, account, store=store)
            assert office.get("association", rid).version == 1

            time.sleep(3.5)  # now the refresh token is gone too
            edit(office, Association, rid, city="Milano")
            with pytest.raises(AuthExpired) as caught:
                run_sync(office.db, account, store=store)
            assert "log in again" in describe_error(caught.value)
            assert [e.record_id for e in office.outbox()] == [rid]

            log_in(account, PASSWORD, store=store)
            run_sync(office.db, account, store=store)
            assert office.outbox() == []
        finally:
            factory.close()


def test_a_protocol_mismatch_shows_the_servers_message(offices: OfficeFactory) -> None:
    a = offices("A")
    add_association(a)
    client = SyncClient(a.server.base_url, protocol_version="1")
    with pytest.raises(Incompatible) as caught:
        a.sync(client=client)
    message = describe_error(caught.value)
    assert message == caught.value.detail and message
    assert "426" not in message
    assert len(a.outbox()) == 1
    with a.db.sessions() as session:
        assert session.scalar(select(OutboxEntry).limit(1)) is not None


def test_a_help_office_that_syncs_before_the_bureau_settles_its_prefilled_regions(
        offices: OfficeFactory) -> None:
    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    first = regional.sync()
    # Pre-filled regions are reference data: nothing is pushed, nothing refused.
    assert (first.push.sent, first.push.refused) == (0, 0)

    bureau = offices("Bureau")
    with bureau.db.sessions() as session:
        region = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert region is not None
        region_id = region.id
    edit(bureau, Region, region_id, help_office_name="Biroul de ajutor Chișinău")
    bureau.sync()

    regional.sync()
    assert regional.outbox() == []
    assert regional.get("region", region_id).help_office_name == "Biroul de ajutor Chișinău"
    with regional.db.sessions() as session:
        assert list_problems(session) == []


def test_a_new_office_joins_a_server_whose_bureau_named_help_offices_without_conflicts(
        offices: OfficeFactory) -> None:
    bureau = offices("Bureau")
    with bureau.db.sessions() as session:
        named = {r.code: r.id for r in session.scalars(select(Region).limit(5))}
    for code, region_id in named.items():
        edit(bureau, Region, region_id, help_office_name=f"Help office {code}")
    assert bureau.sync().push.applied == 5
    for newcomer in (offices("Second"),
                     offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")):
        report = newcomer.sync()
        assert (report.push.sent, report.push.conflicts, report.push.refused) == (0, 0, 0)
        assert newcomer.outbox() == []
        with newcomer.db.sessions() as session:
            assert list_problems(session) == []
        for code, region_id in named.items():
            assert newcomer.get("region", region_id).help_office_name == f"Help office {code}"


def test_a_help_offices_edit_of_national_data_before_its_first_sync_is_refused_and_kept(
        offices: OfficeFactory) -> None:
    bureau = offices("Bureau")
    with bureau.db.sessions() as session:
        region = session.scalar(select(Region).where(Region.code == "MD-CU"))
        assert region is not None
        region_id = region.id
    edit(bureau, Region, region_id, help_office_name="Biroul de ajutor")
    bureau.sync()
    regional = offices("Cu", role="regional", regions=("MD-CU",), office_region="MD-CU")
    edit(regional, Region, region_id, help_office_name="Our own words")
    report = regional.sync()
    assert report.push.refused == 1
    # Kept and listed, never silently replaced by the server's copy.
    assert regional.get("region", region_id).help_office_name == "Our own words"
    with regional.db.sessions() as session:
        assert [p.record_id for p in list_problems(session)] == [region_id]
