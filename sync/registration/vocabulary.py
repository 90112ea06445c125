"""The form's two kinds, its fields (named like the desktop's import headers) and choices.

Codes match the desktop's vocabularies (``desktop.models``); ``tests/registration`` checks
that they stay equal, since ``sync`` may not import ``desktop``.
"""

from __future__ import annotations

from dataclasses import dataclass

KIND_ASSOCIATION = "association"
KIND_PERSON = "person"
KINDS: tuple[str, ...] = (KIND_ASSOCIATION, KIND_PERSON)

ENGAGEMENT_AREAS: tuple[str, ...] = (
    "remittances", "transfer_of_skills", "trade", "tourism", "cultural_diversity",
    "philanthropy", "innovation", "entrepreneurship", "research", "transfer_of_ideas",
    "investments", "humanitarianism", "peacebuilding", "environmental_initiatives",
    "diaspora_diplomacy", "youth_empowerment", "crisis_relief", "civic_engagement",
)
GENDERS: tuple[str, ...] = ("female", "male", "other", "undisclosed")
CITIZENSHIPS: tuple[str, ...] = ("origin", "destination", "dual")
GENERATIONS: tuple[str, ...] = ("first", "second", "third_plus")
EDUCATION_LEVELS: tuple[str, ...] = ("primary", "secondary", "vocational", "bachelor", "master",
                                     "doctorate")

PURPOSE_LISTING = "listing"
PURPOSE_CONSULTATIONS = "consultations"
PURPOSE_INFORMATION = "information"
PURPOSES: tuple[str, ...] = (PURPOSE_LISTING, PURPOSE_CONSULTATIONS, PURPOSE_INFORMATION)
"""Consent purposes, each a separate unticked box (form fields ``consent_<purpose>``)."""

STATUS_NEW = "new"
STATUS_ACCEPTED = "accepted"
STATUS_MERGED = "merged"
STATUS_REJECTED = "rejected"
STATUSES: tuple[str, ...] = (STATUS_NEW, STATUS_ACCEPTED, STATUS_MERGED, STATUS_REJECTED)


@dataclass(frozen=True)
class FormField:
    """One question: its form name, the record field it fills, how it is asked."""

    name: str  # form field name (the import header in English, lower case, underscores)
    target: str  # the desktop column it fills
    widget: str  # text, email, tel, url, year, number, select, checkboxes, region, country
    max_length: int = 200
    required: bool = False
    choices: tuple[str, ...] = ()
    section: str = "main"  # main or contact


ASSOCIATION_FIELDS: tuple[FormField, ...] = (
    FormField("name", "name", "text", 300, required=True),
    FormField("acronym", "acronym", "text", 50),
    FormField("country", "country_code", "country", 2, required=True),
    FormField("city", "city", "text", 200),
    FormField("origin_region", "region_code", "region", 16),
    FormField("engagement_areas", "engagement_areas", "checkboxes", 40, choices=ENGAGEMENT_AREAS),
    FormField("sectors", "sectors", "list", 500),
    FormField("languages", "languages", "list", 300),
    FormField("members", "member_count", "number", 9),
    FormField("contact_person", "contact_person", "text", 200, required=True,
              section="contact"),
    FormField("email", "email", "email", 254, section="contact"),
    FormField("phone", "phone", "tel", 32, section="contact"),
    FormField("website", "website", "url", 500, section="contact"),
)

PERSON_FIELDS: tuple[FormField, ...] = (
    FormField("name", "name", "text", 200, required=True),
    FormField("gender", "gender", "select", 16, choices=GENDERS),
    FormField("birth_year", "birth_year", "year", 4),
    FormField("country", "country_code", "country", 2, required=True),
    FormField("citizenship", "citizenship", "select", 16, choices=CITIZENSHIPS),
    FormField("generation", "generation", "select", 16, choices=GENERATIONS),
    FormField("education", "education_level", "select", 32, choices=EDUCATION_LEVELS),
    FormField("occupation", "occupation_sector", "text", 100),
    FormField("skills", "skills", "list", 500),
    FormField("languages", "languages", "list", 300),
    FormField("origin_region", "region_code", "region", 16),
    FormField("email", "email", "email", 254, section="contact"),
    FormField("phone", "phone", "tel", 32, section="contact"),
)


def fields_of(kind: str) -> tuple[FormField, ...]:
    return ASSOCIATION_FIELDS if kind == KIND_ASSOCIATION else PERSON_FIELDS


def purposes_of(kind: str) -> tuple[str, ...]:
    """Every purpose is asked of both kinds; the words differ (see :mod:`.consent`)."""
    return PURPOSES
