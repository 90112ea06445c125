"""Validation shared by the forms and the importer: cleaned values and errors in words."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.validation import (
    ValidationError,
    clean_bool,
    clean_date,
    clean_email,
    clean_int,
    clean_phone,
    clean_url,
    clean_year,
    errors_by_field,
    parse_list,
    validate_association,
    validate_focal_point,
)

REGIONS = {"MD-CA": "Cahul", "MD-BA": "Bălți"}


def test_email_is_lower_cased_and_checked() -> None:
    assert clean_email("  Ion.Rusu@Example.ORG ") == "ion.rusu@example.org"
    assert clean_email("mailto:a@b.md") == "a@b.md"
    assert clean_email("") == ""
    for bad, words in [("ion.example.org", "@"), ("ion@example", "dot"),
                       ("ion rusu@example.org", "spaces"), ("@example.org", "before the @")]:
        with pytest.raises(ValidationError, match=words):
            clean_email(bad)


def test_phone_becomes_e164_with_the_country_as_default_region() -> None:
    assert clean_phone("347 123 4567", "IT") == "+393471234567"
    assert clean_phone("0039 347 123 4567", "") == "+393471234567"
    assert clean_phone("+373 69 123 456", "IT") == "+37369123456"
    assert clean_phone("069123456", "MD") == "+37369123456"
    with pytest.raises(ValidationError, match="international prefix"):
        clean_phone("347 123 4567", "")
    with pytest.raises(ValidationError, match="not a valid phone number for Italy"):
        clean_phone("123", "IT")
    with pytest.raises(ValidationError, match="only digits"):
        clean_phone("call me", "IT")


def test_url_year_int_date_bool_and_lists() -> None:
    assert clean_url("www.Example.org/path") == "https://www.example.org/path"
    with pytest.raises(ValidationError):
        clean_url("not a site")
    with pytest.raises(ValidationError):
        clean_url("ftp://example.org")
    assert clean_year("2004") == 2004
    assert clean_year(2004.0) == 2004
    assert clean_year("") is None
    with pytest.raises(ValidationError, match="four digits"):
        clean_year("04")
    with pytest.raises(ValidationError, match="future"):
        clean_year("2100", today=dt.date(2026, 1, 1))
    assert clean_int("1 200") == 1200
    assert clean_int("") is None
    with pytest.raises(ValidationError, match="at least 0"):
        clean_int("-5")
    with pytest.raises(ValidationError):
        clean_int("12a")
    assert clean_date("31.03.2024") == dt.date(2024, 3, 31)
    assert clean_date("2024-03-31") == dt.date(2024, 3, 31)
    assert clean_date(45382) == dt.date(2024, 3, 31)  # an Excel serial number
    with pytest.raises(ValidationError):
        clean_date("31st of March")
    assert clean_bool("oui") is True and clean_bool("No") is False and clean_bool("x") is True
    with pytest.raises(ValidationError):
        clean_bool("maybe")
    assert parse_list("Education; culture, Education\n Health ") == [
        "Education", "culture", "Health"]
    assert parse_list(["a", " a ", "b"]) == ["a", "b"]


def test_association_values_are_cleaned() -> None:
    cleaned, errors = validate_association({
        "name": "  Asociația   Moldovenilor din Padova ",
        "country_code": "Italy",
        "phone": "347 123 4567",
        "email": "Info@AMP.it",
        "founding_year": "2004",
        "member_count": "1 200",
        "engagement_areas": "Remittances; envois de fonds; transfert de compétences; remesas",
        "languages": "Romanian, italiano, ro",
        "sectors": "Culture; Education",
        "region_code": "Bălți",
        "status": "Verified",
        "consent_to_publish": "yes",
        "website": "amp.it",
    }, regions=REGIONS)
    assert errors == []
    assert cleaned["name"] == "Asociația Moldovenilor din Padova"
    assert cleaned["country_code"] == "IT"
    assert cleaned["phone"] == "+393471234567"
    assert cleaned["email"] == "info@amp.it"
    assert cleaned["engagement_areas"] == ["remittances", "transfer_of_skills"]
    assert cleaned["languages"] == ["ro", "it"]
    assert cleaned["region_code"] == "MD-BA"
    assert cleaned["status"] == "verified"
    assert cleaned["consent_to_publish"] is True
    assert cleaned["member_count"] == 1200
    assert cleaned["website"] == "https://amp.it"


def test_association_errors_name_the_field_in_words() -> None:
    _cleaned, errors = validate_association({
        "name": " ", "email": "x@y", "country_code": "Atlantis", "founding_year": "20x4",
        "engagement_areas": "Remittances; space travel", "region_code": "Nowhere",
    }, regions=REGIONS)
    by_field = errors_by_field(errors)
    assert set(by_field) == {"name", "email", "country_code", "founding_year",
                             "engagement_areas", "region_code"}
    assert by_field["name"] == "Enter the association's name."
    assert "space travel" in by_field["engagement_areas"]
    assert "Atlantis" in by_field["country_code"]


def test_phone_without_country_is_refused_in_words() -> None:
    _cleaned, errors = validate_association({"name": "A", "phone": "347 123 4567"})
    assert errors_by_field(errors)["phone"].startswith("Add the international prefix")


def test_focal_point_listing_needs_recorded_consent() -> None:
    base = {"name": "Ion Rusu", "listed_on_flyers": True}
    _cleaned, errors = validate_focal_point(base, home_country="MD")
    assert "listed_on_flyers" in errors_by_field(errors)
    cleaned, errors = validate_focal_point(
        {**base, "publication_consent_on": "2024-01-05",
         "publication_consent_how": "signed form", "phone": "069123456",
         "role": "Elected official", "gender": "femme"},
        home_country="MD", today=dt.date(2024, 6, 1))
    assert errors == []
    assert cleaned["phone"] == "+37369123456"
    assert cleaned["role"] == "elected_official"
    assert cleaned["gender"] == "female"
    _cleaned, errors = validate_focal_point(
        {**base, "publication_consent_on": "2024-01-05", "publication_consent_how": ""},
        home_country="MD", today=dt.date(2024, 6, 1))
    assert set(errors_by_field(errors)) == {"publication_consent_how", "listed_on_flyers"}


def test_focal_point_dates_are_checked() -> None:
    _cleaned, errors = validate_focal_point(
        {"name": "A", "active_from": "2024-05-01", "active_until": "2024-01-01",
         "publication_consent_on": "2030-01-01", "publication_consent_how": "e-mail"},
        today=dt.date(2024, 6, 1))
    by_field = errors_by_field(errors)
    assert by_field["active_until"] == "The end date is before the start date."
    assert "future" in by_field["publication_consent_on"]


def test_every_two_letter_language_code_stays_itself() -> None:
    """Codes win over names: "en" is English, not the language named "En" (code enc)."""
    import pycountry

    from desktop.services.vocabulary import find_language

    codes = [lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")]
    assert [c for c in codes if find_language(c) != c] == []
    assert [c for c in codes if find_language(c.upper()) != c] == []
    assert (find_language("English"), find_language("roumain"), find_language("rus"),
            find_language("Moldovan")) == ("en", "ro", "ru", "ro")
