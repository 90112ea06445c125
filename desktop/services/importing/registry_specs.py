"""Import specs of the registry: associations and focal points.

Aliases are the column titles offices really use, in English, French and Spanish (plus a few
Romanian and Russian ones). They are input data, not UI text, so they are not translated; the
labels shown in the wizard are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Association, FocalPoint
from desktop.services.i18n import translate
from desktop.services.importing.spec import FieldSpec, ImportSpec, register_spec
from desktop.services.meta import get_office
from desktop.services.regions import region_names
from desktop.services.validation import validate_association, validate_focal_point

NAME_ALIASES = ("Name", "Nom", "Nombre", "Denumire", "Nume", "Название", "Имя")
EMAIL_ALIASES = (
    "Email",
    "E-mail",
    "Email address",
    "E-mail address",
    "Mail",
    "Courriel",
    "Adresse électronique",
    "Adresse e-mail",
    "Adresse mail",
    "Mél",
    "Correo",
    "Correo electrónico",
    "Dirección de correo",
    "Poștă electronică",
    "Электронная почта",
)
PHONE_ALIASES = (
    "Phone",
    "Telephone",
    "Phone number",
    "Telephone number",
    "Tel",
    "Mobile",
    "Téléphone",
    "Tél",
    "Numéro de téléphone",
    "Portable",
    "Teléfono",
    "Número de teléfono",
    "Móvil",
    "Celular",
    "Telefon",
    "Телефон",
)
LANGUAGE_ALIASES = (
    "Languages",
    "Language",
    "Langues",
    "Langue",
    "Idiomas",
    "Idioma",
    "Lenguas",
    "Limbi",
    "Языки",
)
NOTES_ALIASES = (
    "Notes",
    "Note",
    "Comments",
    "Remarks",
    "Remarques",
    "Commentaires",
    "Observations",
    "Notas",
    "Observaciones",
    "Comentarios",
    "Note",
    "Примечания",
)
REGION_ALIASES = (
    "Region",
    "Region code",
    "Région",
    "Code région",
    "Región",
    "Código de región",
    "Regiune",
    "Регион",
)


ASSOCIATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        lambda: translate("ImportField", "Name"),
        "Name",
        (
            *NAME_ALIASES,
            "Association",
            "Association name",
            "Organisation",
            "Organization",
            "Organisation name",
            "Nom de l'association",
            "Dénomination",
            "Nombre de la asociación",
            "Asociación",
            "Organización",
            "Denominación",
            "Asociația",
            "Denumirea",
        ),
        required=True,
    ),
    FieldSpec(
        "acronym",
        lambda: translate("ImportField", "Acronym"),
        "Acronym",
        (
            "Abbreviation",
            "Short name",
            "Sigle",
            "Acronyme",
            "Abréviation",
            "Sigla",
            "Siglas",
            "Acrónimo",
            "Abreviere",
        ),
    ),
    FieldSpec(
        "country_code",
        lambda: translate("ImportField", "Country of residence"),
        "Country",
        (
            "Country of residence",
            "Country code",
            "Residence country",
            "Pays",
            "Pays de résidence",
            "País",
            "País de residencia",
            "Țara",
            "Țara de reședință",
            "Страна",
        ),
    ),
    FieldSpec(
        "city",
        lambda: translate("ImportField", "City"),
        "City",
        ("Town", "Ville", "Localité", "Ciudad", "Localidad", "Oraș", "Localitate", "Город"),
    ),
    FieldSpec(
        "region_code",
        lambda: translate("ImportField", "Origin region"),
        "Origin region",
        (
            *REGION_ALIASES,
            "Region of origin",
            "Origin",
            "Région d'origine",
            "Región de origen",
            "Regiunea de origine",
        ),
    ),
    FieldSpec(
        "founding_year",
        lambda: translate("ImportField", "Founding year"),
        "Founding year",
        (
            "Founded",
            "Year founded",
            "Year of foundation",
            "Foundation year",
            "Année de fondation",
            "Année de création",
            "Fondée en",
            "Año de fundación",
            "Año de creación",
            "Fundada en",
            "Anul fondării",
            "Год основания",
        ),
    ),
    FieldSpec(
        "registration_number",
        lambda: translate("ImportField", "Registration number"),
        "Registration number",
        (
            "Registration no",
            "Reg no",
            "Registration",
            "Numéro d'enregistrement",
            "N° d'enregistrement",
            "No d'enregistrement",
            "Numéro d'immatriculation",
            "Número de registro",
            "Nº de registro",
            "N.º de registro",
            "Registro",
            "Număr de înregistrare",
            "Регистрационный номер",
        ),
    ),
    FieldSpec(
        "contact_person",
        lambda: translate("ImportField", "Contact person"),
        "Contact person",
        (
            "Contact",
            "Contact name",
            "Personne de contact",
            "Interlocuteur",
            "Persona de contacto",
            "Contacto",
            "Persoană de contact",
            "Контактное лицо",
        ),
    ),
    FieldSpec("email", lambda: translate("ImportField", "Email"), "Email", EMAIL_ALIASES),
    FieldSpec("phone", lambda: translate("ImportField", "Phone"), "Phone", PHONE_ALIASES),
    FieldSpec(
        "website",
        lambda: translate("ImportField", "Website"),
        "Website",
        (
            "Web site",
            "Web",
            "URL",
            "Site",
            "Internet",
            "Site web",
            "Site internet",
            "Sitio web",
            "Página web",
            "Pagina web",
            "Сайт",
        ),
    ),
    FieldSpec(
        "member_count",
        lambda: translate("ImportField", "Members"),
        "Members",
        (
            "Member count",
            "Number of members",
            "Membership",
            "Membres",
            "Nombre de membres",
            "Nombre d'adhérents",
            "Adhérents",
            "Miembros",
            "Número de miembros",
            "Socios",
            "Número de socios",
            "Membri",
            "Număr de membri",
            "Количество членов",
        ),
    ),
    FieldSpec(
        "engagement_areas",
        lambda: translate("ImportField", "Engagement areas"),
        "Engagement areas",
        (
            "Areas of engagement",
            "Engagement",
            "Areas",
            "Domaines d'engagement",
            "Domaines",
            "Domaines d'action",
            "Áreas de compromiso",
            "Áreas",
            "Ámbitos de actuación",
            "Domenii de implicare",
            "Domenii",
        ),
    ),
    FieldSpec(
        "sectors",
        lambda: translate("ImportField", "Sectors"),
        "Sectors",
        ("Sector", "Secteurs", "Secteur", "Sectores", "Sectoare", "Сектора"),
    ),
    FieldSpec(
        "languages", lambda: translate("ImportField", "Languages"), "Languages", LANGUAGE_ALIASES
    ),
    FieldSpec(
        "status",
        lambda: translate("ImportField", "Status"),
        "Status",
        ("State", "Statut", "État", "Estado", "Estatus", "Statut", "Статус"),
    ),
    FieldSpec(
        "consent_to_publish",
        lambda: translate("ImportField", "Consent to publish"),
        "Consent to publish",
        (
            "Consent",
            "Publication consent",
            "Consentement à la publication",
            "Consentement",
            "Consentimiento de publicación",
            "Consentimiento",
            "Acord de publicare",
            "Consimțământ",
        ),
    ),
    FieldSpec("notes", lambda: translate("ImportField", "Notes"), "Notes", NOTES_ALIASES),
)

FOCAL_POINT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        lambda: translate("ImportField", "Name"),
        "Name",
        (
            *NAME_ALIASES,
            "Full name",
            "Focal point",
            "Person",
            "Nom complet",
            "Nom et prénom",
            "Prénom et nom",
            "Point focal",
            "Nombre completo",
            "Nombre y apellidos",
            "Punto focal",
            "Nume și prenume",
            "ФИО",
        ),
        required=True,
    ),
    FieldSpec(
        "gender",
        lambda: translate("ImportField", "Gender"),
        "Gender",
        ("Sex", "Genre", "Sexe", "Género", "Sexo", "Gen", "Пол"),
    ),
    FieldSpec(
        "role",
        lambda: translate("ImportField", "Role"),
        "Role",
        ("Role type", "Rôle", "Type de rôle", "Rol", "Tipo de rol", "Роль"),
    ),
    FieldSpec(
        "institution",
        lambda: translate("ImportField", "Institution"),
        "Institution",
        (
            "Organisation",
            "Organization",
            "Employer",
            "Organisme",
            "Institución",
            "Organismo",
            "Organización",
            "Instituție",
            "Учреждение",
        ),
    ),
    FieldSpec(
        "title",
        lambda: translate("ImportField", "Title"),
        "Title",
        (
            "Position",
            "Job title",
            "Function",
            "Titre",
            "Fonction",
            "Poste",
            "Cargo",
            "Puesto",
            "Título",
            "Funcție",
            "Должность",
        ),
    ),
    FieldSpec("region_code", lambda: translate("ImportField", "Region"), "Region", REGION_ALIASES),
    FieldSpec("email", lambda: translate("ImportField", "Email"), "Email", EMAIL_ALIASES),
    FieldSpec("phone", lambda: translate("ImportField", "Phone"), "Phone", PHONE_ALIASES),
    FieldSpec(
        "languages", lambda: translate("ImportField", "Languages"), "Languages", LANGUAGE_ALIASES
    ),
    FieldSpec(
        "listed_on_flyers",
        lambda: translate("ImportField", "Listed on flyers"),
        "Listed on flyers",
        (
            "On flyers",
            "Flyers",
            "Sur les dépliants",
            "Figure sur les dépliants",
            "Dépliants",
            "En los folletos",
            "Aparece en folletos",
            "Folletos",
        ),
    ),
    FieldSpec(
        "publication_consent_on",
        lambda: translate("ImportField", "Consent date"),
        "Consent date",
        (
            "Publication consent date",
            "Consent given on",
            "Consent on",
            "Date du consentement",
            "Date de consentement",
            "Fecha del consentimiento",
            "Fecha de consentimiento",
            "Data consimțământului",
        ),
    ),
    FieldSpec(
        "publication_consent_how",
        lambda: translate("ImportField", "Consent given how"),
        "Consent given how",
        (
            "How consent was given",
            "Consent how",
            "Consent form",
            "Consent given by",
            "Mode de consentement",
            "Forme du consentement",
            "Consentement donné par",
            "Forma del consentimiento",
            "Cómo se dio el consentimiento",
            "Modul consimțământului",
        ),
    ),
    FieldSpec(
        "active_from",
        lambda: translate("ImportField", "Active from"),
        "Active from",
        (
            "Start date",
            "From",
            "Since",
            "Actif depuis",
            "Date de début",
            "Depuis",
            "Activo desde",
            "Fecha de inicio",
            "Desde",
            "Activ din",
        ),
    ),
    FieldSpec(
        "active_until",
        lambda: translate("ImportField", "Active until"),
        "Active until",
        (
            "End date",
            "Until",
            "To",
            "Actif jusqu'au",
            "Date de fin",
            "Jusqu'au",
            "Activo hasta",
            "Fecha de fin",
            "Hasta",
            "Activ până la",
        ),
    ),
    FieldSpec("notes", lambda: translate("ImportField", "Notes"), "Notes", NOTES_ALIASES),
)


def _office_region(session: Session) -> Mapping[str, Any]:
    """A regional help office's imports belong to its region unless the file says otherwise
    (the server accepts only records of the office's regions from it)."""
    office = get_office(session)
    if office is not None and office.region_code:
        return {"region_code": office.region_code}
    return {}


def _association_options(session: Session) -> Mapping[str, Any]:
    return {"regions": region_names(session)}


def _focal_point_options(session: Session) -> Mapping[str, Any]:
    office = get_office(session)
    return {
        "regions": region_names(session),
        "home_country": office.country_code if office is not None else "",
    }


def _validate_association(
    values: Mapping[str, Any], options: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Any]]:
    cleaned, errors = validate_association(values, regions=options.get("regions"))
    return cleaned, list(errors)


def _validate_focal_point(
    values: Mapping[str, Any], options: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Any]]:
    cleaned, errors = validate_focal_point(
        values, regions=options.get("regions"), home_country=str(options.get("home_country", ""))
    )
    return cleaned, list(errors)


ASSOCIATIONS = ImportSpec(
    entity="association",
    model=Association,
    fields=ASSOCIATION_FIELDS,
    validate=_validate_association,
    cli_name="associations",
    label=lambda: translate("Import", "Associations"),
    options=_association_options,
    defaults=_office_region,
    dedupe_entity="association",
    record_history=True,
    search_fields=("name", "acronym", "city", "contact_person", "email"),
)

FOCAL_POINTS = ImportSpec(
    entity="focal_point",
    model=FocalPoint,
    fields=FOCAL_POINT_FIELDS,
    validate=_validate_focal_point,
    cli_name="focal-points",
    label=lambda: translate("Import", "Focal points"),
    options=_focal_point_options,
    defaults=_office_region,
    dedupe_entity="focal_point",
    record_history=True,
    search_fields=("name", "institution", "title", "email"),
)

register_spec(ASSOCIATIONS)
register_spec(FOCAL_POINTS)
