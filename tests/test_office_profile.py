"""The office profile is kept per desktop and read back exactly (trimmed)."""

from __future__ import annotations

from desktop.db import Database
from desktop.services.office_profile import (
    OfficeProfile,
    load_office_profile,
    save_office_profile,
)


def test_profile_round_trip(db: Database) -> None:
    with db.transaction() as session:
        assert load_office_profile(session).is_empty
        save_office_profile(session, OfficeProfile(name="Bureau", phone="+373 22 000000 "))
    with db.sessions() as session:
        profile = load_office_profile(session)
    assert profile.name == "Bureau" and profile.phone == "+373 22 000000"
    assert profile.contact_lines() == ["+373 22 000000"]
