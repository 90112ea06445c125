"""The office profile: how this office presents itself on paper.

Letters, the selection audit report, reports for donors and flyer footers print the office's
name, address, phone, e-mail, logo and signatory. The profile belongs to this desktop (it is
kept in ``local_meta``, not synced): two desktops of one office may well print from different
rooms. An empty field is simply left out of what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from desktop.services.meta import get_meta, set_meta

_PREFIX = "office_profile."


@dataclass(frozen=True)
class OfficeProfile:
    """What is printed about the office; every field may be empty."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    """A PNG or JPEG file on this computer (printed at the top of letters and reports)."""
    signatory: str = ""
    """Name and title of the person who signs letters, e.g. "Ana Rusu, Head of office"."""

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def contact_lines(self) -> list[str]:
        """Address, phone and e-mail as printable lines, leaving out what is not set."""
        return [value for value in (self.address, self.phone, self.email) if value]


def load_office_profile(session: Session) -> OfficeProfile:
    return OfficeProfile(**{f.name: get_meta(session, _PREFIX + f.name)
                            for f in fields(OfficeProfile)})


def save_office_profile(session: Session, profile: OfficeProfile) -> None:
    for f in fields(OfficeProfile):
        set_meta(session, _PREFIX + f.name, str(getattr(profile, f.name)).strip())
