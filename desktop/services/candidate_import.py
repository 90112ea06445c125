"""Import spec of candidates: the registry's import machinery (wizard, dry run, error file,
undo, CLI) applied to the pool of volunteers.

Column titles are those offices use in English, French and Spanish (plus a few Romanian and
Russian ones); they are input data, not UI text. Consent is deliberately *not* a column: it is
recorded as its own record for the imported people afterwards (one click in the list), with
the date, channel and text version it was really given with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Association, Candidate
from desktop.services.candidate_dedupe import CANDIDATE
from desktop.services.candidates import association_finder, validate_candidate
from desktop.services.i18n import translate
from desktop.services.importing.spec import FieldSpec, ImportSpec, register_spec
from desktop.services.meta import get_office
from desktop.services.regions import region_names

CANDIDATE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        lambda: translate("ImportField", "Name"),
        "Name",
        (
            "Full name",
            "Nom",
            "Nom complet",
            "Nom et prénom",
            "Prénom et nom",
            "Nombre",
            "Nombre completo",
            "Nombre y apellidos",
            "Nume",
            "Nume și prenume",
            "ФИО",
            "Имя",
            "Candidate",
            "Candidat",
            "Candidato",
            "Volunteer",
            "Volontaire",
            "Voluntario",
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
        "birth_year",
        lambda: translate("ImportField", "Birth year"),
        "Birth year",
        (
            "Year of birth",
            "Born",
            "Année de naissance",
            "Né en",
            "Née en",
            "Año de nacimiento",
            "Nacido en",
            "Anul nașterii",
            "Год рождения",
        ),
    ),
    FieldSpec(
        "country_code",
        lambda: translate("ImportField", "Country of residence"),
        "Country",
        (
            "Country of residence",
            "Residence",
            "Pays",
            "Pays de résidence",
            "País",
            "País de residencia",
            "Țara",
            "Țara de reședință",
            "Страна",
            "Страна проживания",
        ),
    ),
    FieldSpec(
        "citizenship",
        lambda: translate("ImportField", "Citizenship"),
        "Citizenship",
        (
            "Nationality",
            "Citoyenneté",
            "Nationalité",
            "Ciudadanía",
            "Nacionalidad",
            "Cetățenie",
            "Гражданство",
        ),
    ),
    FieldSpec(
        "generation",
        lambda: translate("ImportField", "Generation"),
        "Generation",
        ("Migration generation", "Génération", "Generación", "Generație", "Поколение"),
    ),
    FieldSpec(
        "education_level",
        lambda: translate("ImportField", "Education"),
        "Education",
        (
            "Education level",
            "Level of education",
            "Niveau d'études",
            "Études",
            "Formation",
            "Nivel educativo",
            "Estudios",
            "Nivel de estudios",
            "Studii",
            "Образование",
        ),
    ),
    FieldSpec(
        "occupation_sector",
        lambda: translate("ImportField", "Occupation"),
        "Occupation",
        (
            "Occupation sector",
            "Sector",
            "Profession",
            "Job",
            "Secteur",
            "Métier",
            "Ocupación",
            "Profesión",
            "Sector de actividad",
            "Ocupație",
            "Профессия",
        ),
    ),
    FieldSpec(
        "skills",
        lambda: translate("ImportField", "Skills"),
        "Skills",
        ("Compétences", "Habilidades", "Competencias", "Competențe", "Навыки"),
    ),
    FieldSpec(
        "languages",
        lambda: translate("ImportField", "Languages"),
        "Languages",
        ("Language", "Langues", "Langue", "Idiomas", "Idioma", "Lenguas", "Limbi", "Языки"),
    ),
    FieldSpec(
        "topics",
        lambda: translate("ImportField", "Topics volunteered for"),
        "Topics",
        (
            "Topics volunteered for",
            "Interests",
            "Themes",
            "Thèmes",
            "Sujets",
            "Centres d'intérêt",
            "Temas",
            "Intereses",
            "Teme",
            "Interese",
            "Темы",
        ),
    ),
    FieldSpec(
        "association_id",
        lambda: translate("ImportField", "Association"),
        "Association",
        (
            "Association name",
            "Organisation",
            "Organization",
            "Nom de l'association",
            "Asociación",
            "Organización",
            "Asociația",
            "Организация",
        ),
        exporter=lambda session: _association_name(session),
    ),
    FieldSpec(
        "region_code",
        lambda: translate("ImportField", "Origin region"),
        "Origin region",
        (
            "Region",
            "Region of origin",
            "Région",
            "Région d'origine",
            "Región",
            "Región de origen",
            "Regiune",
            "Regiunea de origine",
            "Регион",
        ),
    ),
    FieldSpec(
        "email",
        lambda: translate("ImportField", "Email"),
        "Email",
        (
            "E-mail",
            "Email address",
            "Mail",
            "Courriel",
            "Adresse e-mail",
            "Correo",
            "Correo electrónico",
            "Poștă electronică",
            "Электронная почта",
        ),
    ),
    FieldSpec(
        "phone",
        lambda: translate("ImportField", "Phone"),
        "Phone",
        (
            "Telephone",
            "Phone number",
            "Mobile",
            "Tel",
            "Téléphone",
            "Tél",
            "Portable",
            "Teléfono",
            "Móvil",
            "Celular",
            "Telefon",
            "Телефон",
        ),
    ),
    FieldSpec(
        "address",
        lambda: translate("ImportField", "Postal address"),
        "Address",
        (
            "Postal address",
            "Adresse",
            "Adresse postale",
            "Dirección",
            "Domicilio",
            "Adresa",
            "Адрес",
        ),
    ),
    FieldSpec(
        "notes",
        lambda: translate("ImportField", "Notes"),
        "Notes",
        (
            "Comments",
            "Remarks",
            "Remarques",
            "Commentaires",
            "Notas",
            "Observaciones",
            "Observații",
            "Примечания",
        ),
    ),
)


def _association_name(session: Session) -> Callable[[Any], Any]:
    """Exports show the association by name (what the importer finds it by), not its id."""
    names = {row[0]: row[1] for row in session.execute(select(Association.id, Association.name))}

    def name(value: Any) -> Any:
        return names.get(value, value) if value else ""

    return name


def _options(session: Session) -> Mapping[str, Any]:
    return {"regions": region_names(session), "find_association": association_finder(session)}


def _defaults(session: Session) -> Mapping[str, Any]:
    """A help office's imports belong to its region unless the file says otherwise."""
    office = get_office(session)
    if office is not None and office.region_code:
        return {"region_code": office.region_code}
    return {}


def _validate(
    values: Mapping[str, Any], options: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Any]]:
    cleaned, errors = validate_candidate(
        values, regions=options.get("regions"), find_association=options.get("find_association")
    )
    return cleaned, list(errors)


CANDIDATES = ImportSpec(
    entity="candidate",
    model=Candidate,
    fields=CANDIDATE_FIELDS,
    validate=_validate,
    cli_name="candidates",
    label=lambda: translate("Import", "Candidates"),
    options=_options,
    defaults=_defaults,
    search_fields=("name", "email", "phone", "occupation_sector"),
    dedupe_entity=CANDIDATE,
)

register_spec(CANDIDATES)
