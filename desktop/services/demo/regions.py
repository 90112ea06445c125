"""Demo step: the home country, its regions and their help offices."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Region
from desktop.services.demo import DemoContext, register_step
from desktop.services.meta import get_office
from desktop.services.regions import configure_office


@register_step("regions", order=0)
def make_regions(ctx: DemoContext) -> int:
    """Configure the office (national bureau) if needed and name each region's help office."""
    with ctx.db.transaction() as session:
        office = get_office(session)
        if office is None:
            configure_office(session, ctx.country, "")
        else:
            ctx.country = office.country_code
        named = 0
        for region in session.scalars(select(Region).where(Region.help_office_name == "")):
            region.help_office_name = f"{region.name} Diaspora Help Office"
            named += 1
    return named
