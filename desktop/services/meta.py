"""Facts about this database: home country, this desktop's office, device id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import LocalMeta, new_id

HOME_COUNTRY = "home_country"
OFFICE_REGION = "office_region"  # empty: the national bureau
DEVICE_ID = "device_id"


def get_meta(session: Session, key: str, default: str = "") -> str:
    row = session.get(LocalMeta, key)
    return row.value if row is not None else default


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value


def all_meta(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(LocalMeta))}


@dataclass(frozen=True)
class Office:
    """Which office this desktop belongs to: the national bureau or one region's help office."""

    country_code: str
    region_code: str  # "" for the national bureau

    @property
    def is_national(self) -> bool:
        return not self.region_code


def get_office(session: Session) -> Office | None:
    """The configured office, or ``None`` before first start is completed."""
    country = get_meta(session, HOME_COUNTRY)
    if not country:
        return None
    return Office(country_code=country, region_code=get_meta(session, OFFICE_REGION))


def device_id(session: Session) -> str:
    """A stable id of this database file, made once."""
    value = get_meta(session, DEVICE_ID)
    if not value:
        value = new_id()
        set_meta(session, DEVICE_ID, value)
    return value
