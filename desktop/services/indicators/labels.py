"""Translated names of the indicators and of their breakdown values.

Short forms on purpose: these label chart bars and table rows in six languages, where the
candidate form's long explanations ("First generation (born in the origin country)") would not
fit. Shared by the dashboard and the donor report so both say the same thing.
"""

from __future__ import annotations

from desktop.services import countries
from desktop.services.consultations import follow_up_labels, kind_labels
from desktop.services.i18n import translate
from desktop.services.indicators.model import NATIONAL_LABEL
from desktop.services.vocabulary import gender_labels, status_labels


def indicator_titles() -> dict[str, str]:
    return {
        "associations": translate("Indicators", "Associations in the registry"),
        "focal_points_active": translate("Indicators", "Active focal points"),
        "focal_points_listed": translate("Indicators", "Focal points listed on flyers"),
        "regions_without_focal_point": translate("Indicators", "Regions without a focal point"),
        "candidates_consented": translate("Indicators", "People who consented to be consulted"),
        "consents_expiring": translate("Indicators", "Consents ending in the next 90 days"),
        "consultations_held": translate("Indicators", "Consultations held"),
        "participants": translate("Indicators", "Participants"),
        "women_share": translate("Indicators", "Women among participants (%)"),
        "commitments": translate("Indicators", "Commitments made"),
        "commitments_overdue": translate("Indicators", "Commitments overdue"),
        "commitments_on_time_share": translate("Indicators", "Commitments kept on time (%)"),
        "segments_unheard": translate("Indicators", "Groups not heard from"),
        "repeat_participants": translate("Indicators", "People seated more than once"),
    }


def dimension_titles() -> dict[str, str]:
    return {
        "status": translate("Indicators", "Status"),
        "gender": translate("Indicators", "Gender"),
        "generation": translate("Indicators", "Generation"),
        "citizenship": translate("Indicators", "Citizenship"),
        "country": translate("Indicators", "Country of residence"),
        "kind": translate("Indicators", "Kind"),
        "region": translate("Indicators", "Region"),
    }


def generation_short() -> dict[str, str]:
    return {
        "first": translate("Indicators", "1st generation"),
        "second": translate("Indicators", "2nd generation"),
        "third_plus": translate("Indicators", "3rd generation or later"),
    }


def citizenship_short() -> dict[str, str]:
    return {
        "origin": translate("Indicators", "Origin country"),
        "destination": translate("Indicators", "Destination country"),
        "dual": translate("Indicators", "Dual"),
    }


def value_label(indicator: str, dimension: str, value: str, language: str = "en",
                region_names: dict[str, str] | None = None) -> str:
    """How one breakdown value reads: "Verified", "Women", "Italy", "Chișinău"…"""
    if dimension == "status":
        table = follow_up_labels() if indicator.startswith("commitments") else status_labels()
        return table.get(value, value)
    if dimension == "gender":
        return gender_labels().get(value, value)
    if dimension == "generation":
        return generation_short().get(value, value)
    if dimension == "citizenship":
        return citizenship_short().get(value, value)
    if dimension == "kind":
        return kind_labels().get(value, value)
    if dimension == "country":
        return countries.country_name(value, language) if value else translate(
            "Indicators", "Not stated")
    if dimension == "region":
        return region_label(value, region_names or {})
    return value


def region_label(code: str, names: dict[str, str]) -> str:
    if not code or code == NATIONAL_LABEL:
        return translate("Indicators", "National level")
    return names.get(code, code)


def part_label(name: str) -> str:
    return {"new_in_period": translate("Indicators", "New in the period")}.get(name, name)
