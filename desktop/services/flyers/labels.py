"""The fixed words printed on a flyer, in the flyer's own language.

These are print texts, not interface strings: a Romanian office prints an Arabic flyer, so the
labels follow the flyer's language, never the user's interface language, and they do not go
through Qt's translator. User-typed text (headline, body, call to action) is printed as typed.
The default texts here are what batch printing uses when nobody typed any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.i18n import translate

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ro", "ru", "ar")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

DEFAULT_URL = "https://diaspora.example.org"
"""Printed only when no address was typed and no saved flyer has one; the preflight warns."""


@dataclass(frozen=True)
class Language:
    code: str
    native: str
    name: Callable[[], str]  # in the interface language

    @property
    def rtl(self) -> bool:
        return self.code in RTL_LANGUAGES


def languages() -> list[Language]:
    return [
        Language("en", "English", lambda: translate("FlyerLanguages", "English")),
        Language("fr", "Français", lambda: translate("FlyerLanguages", "French")),
        Language("es", "Español", lambda: translate("FlyerLanguages", "Spanish")),
        Language("ro", "Română", lambda: translate("FlyerLanguages", "Romanian")),
        Language("ru", "Русский", lambda: translate("FlyerLanguages", "Russian")),
        Language("ar", "العربية", lambda: translate("FlyerLanguages", "Arabic")),
    ]


def language_name(code: str) -> str:
    for language in languages():
        if language.code == code:
            return language.name()
    return code


_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kicker": "{region} · Diaspora information",
        "kicker_national": "Diaspora information",
        "focal_heading": "Your focal points",
        "focal_none": "Ask your regional help office: they will put you in touch.",
        "scan": "Scan to visit",
        "help_office": "Help office: {name}",
        "elected_official": "Elected official",
        "local_government": "Local government",
        "technical": "Technical staff",
        "consular": "Consular service",
        "association_liaison": "Association liaison",
    },
    "fr": {
        "kicker": "{region} · Informations pour la diaspora",
        "kicker_national": "Informations pour la diaspora",
        "focal_heading": "Vos points focaux",
        "focal_none": "Adressez-vous au bureau d'accueil de votre région : il vous orientera.",
        "scan": "Scannez pour visiter",
        "help_office": "Bureau d'accueil : {name}",
        "elected_official": "Élu(e) local(e)",
        "local_government": "Administration locale",
        "technical": "Personnel technique",
        "consular": "Service consulaire",
        "association_liaison": "Relais associatif",
    },
    "es": {
        "kicker": "{region} · Información para la diáspora",
        "kicker_national": "Información para la diáspora",
        "focal_heading": "Sus puntos focales",
        "focal_none": "Pregunte en la oficina de ayuda de su región: le pondrán en contacto.",
        "scan": "Escanee para visitar",
        "help_office": "Oficina de ayuda: {name}",
        "elected_official": "Cargo electo",
        "local_government": "Gobierno local",
        "technical": "Personal técnico",
        "consular": "Servicio consular",
        "association_liaison": "Enlace con asociaciones",
    },
    "ro": {
        "kicker": "{region} · Informații pentru diaspora",
        "kicker_national": "Informații pentru diaspora",
        "focal_heading": "Persoanele dumneavoastră de contact",
        "focal_none": "Adresați-vă biroului de asistență din regiunea dumneavoastră.",
        "scan": "Scanați pentru a vizita",
        "help_office": "Biroul de asistență: {name}",
        "elected_official": "Ales local",
        "local_government": "Administrația publică locală",
        "technical": "Personal tehnic",
        "consular": "Serviciul consular",
        "association_liaison": "Legătura cu asociațiile",
    },
    "ru": {
        "kicker": "{region} · Информация для диаспоры",
        "kicker_national": "Информация для диаспоры",
        "focal_heading": "Ваши контактные лица",
        "focal_none": "Обратитесь в региональный офис поддержки: там вам помогут.",
        "scan": "Отсканируйте, чтобы перейти",
        "help_office": "Офис поддержки: {name}",
        "elected_official": "Выборное должностное лицо",
        "local_government": "Местная администрация",
        "technical": "Технический специалист",
        "consular": "Консульская служба",
        "association_liaison": "Связь с объединениями",
    },
    "ar": {
        "kicker": "{region} · معلومات للجالية",
        "kicker_national": "معلومات للجالية",
        "focal_heading": "نقاط الاتصال الخاصة بكم",
        "focal_none": "تواصلوا مع مكتب المساعدة في منطقتكم.",
        "scan": "امسحوا الرمز للزيارة",
        "help_office": "مكتب المساعدة: {name}",
        "elected_official": "مسؤول منتخب",
        "local_government": "الإدارة المحلية",
        "technical": "موظف فني",
        "consular": "الخدمة القنصلية",
        "association_liaison": "منسق الجمعيات",
    },
}

_DEFAULTS: dict[str, dict[str, str]] = {
    "en": {
        "headline": "Stay connected with home",
        "body": "Wherever you live, you are part of the {region} community. The diaspora "
                "platform brings you news, opportunities, consultations and support from home. "
                "Join us and make your voice heard.",
        "body_national": "Wherever you live, you are part of our community. The diaspora "
                         "platform brings you news, opportunities, consultations and support "
                         "from home. Join us and make your voice heard.",
        "call_to_action": "Register today: it is free and takes two minutes.",
    },
    "fr": {
        "headline": "Restez en lien avec votre région",
        "body": "Où que vous viviez, vous faites partie de la communauté de {region}. La "
                "plateforme de la diaspora vous apporte des nouvelles, des opportunités, des "
                "consultations et du soutien. Rejoignez-nous et faites entendre votre voix.",
        "body_national": "Où que vous viviez, vous faites partie de notre communauté. La "
                         "plateforme de la diaspora vous apporte des nouvelles, des "
                         "opportunités, des consultations et du soutien. Rejoignez-nous et "
                         "faites entendre votre voix.",
        "call_to_action": "Inscrivez-vous dès aujourd'hui : c'est gratuit et rapide.",
    },
    "es": {
        "headline": "Manténgase en contacto con su tierra",
        "body": "Viva donde viva, usted forma parte de la comunidad de {region}. La plataforma "
                "de la diáspora le ofrece noticias, oportunidades, consultas y apoyo. Únase y "
                "haga oír su voz.",
        "body_national": "Viva donde viva, usted forma parte de nuestra comunidad. La "
                         "plataforma de la diáspora le ofrece noticias, oportunidades, "
                         "consultas y apoyo. Únase y haga oír su voz.",
        "call_to_action": "Regístrese hoy: es gratis y rápido.",
    },
    "ro": {
        "headline": "Rămâneți aproape de casă",
        "body": "Oriunde locuiți, faceți parte din comunitatea {region}. Platforma diasporei vă "
                "aduce noutăți, oportunități, consultări și sprijin de acasă. Alăturați-vă și "
                "faceți-vă vocea auzită.",
        "body_national": "Oriunde locuiți, faceți parte din comunitatea noastră. Platforma "
                         "diasporei vă aduce noutăți, oportunități, consultări și sprijin de "
                         "acasă. Alăturați-vă și faceți-vă vocea auzită.",
        "call_to_action": "Înregistrați-vă astăzi: este gratuit și durează două minute.",
    },
    "ru": {
        "headline": "Оставайтесь на связи с родиной",
        "body": "Где бы вы ни жили, вы — часть сообщества {region}. Платформа диаспоры — это "
                "новости, возможности, консультации и поддержка из дома. Присоединяйтесь, и "
                "ваш голос будет услышан.",
        "body_national": "Где бы вы ни жили, вы — часть нашего сообщества. Платформа "
                         "диаспоры — это новости, возможности, консультации и поддержка из "
                         "дома. Присоединяйтесь, и ваш голос будет услышан.",
        "call_to_action": "Зарегистрируйтесь сегодня: это бесплатно и займёт две минуты.",
    },
    "ar": {
        "headline": "ابقوا على تواصل مع الوطن",
        "body": "أينما كنتم تعيشون، فأنتم جزء من مجتمع {region}. تقدم لكم منصة الجالية "
                "الأخبار والفرص والمشاورات والدعم من الوطن. انضموا إلينا وأسمعوا أصواتكم.",
        "body_national": "أينما كنتم تعيشون، فأنتم جزء من مجتمعنا. تقدم لكم منصة الجالية "
                         "الأخبار والفرص والمشاورات والدعم من الوطن. انضموا إلينا وأسمعوا "
                         "أصواتكم.",
        "call_to_action": "سجلوا اليوم: التسجيل مجاني ولا يستغرق سوى دقيقتين.",
    },
}


def label(language: str, key: str, **values: str) -> str:
    """A fixed print label in ``language`` (English when the language has no such label)."""
    table = _LABELS.get(language, _LABELS["en"])
    text = table.get(key, _LABELS["en"].get(key, ""))
    return text.format(**values) if values else text


def role_label(language: str, role: str) -> str:
    """A focal point's role in words; "other" prints nothing (the title says it better)."""
    if role in ("", "other"):
        return ""
    return label(language, role)


@dataclass(frozen=True)
class DefaultTexts:
    headline: str
    body: str
    call_to_action: str


def default_texts(language: str, region_name: str = "") -> DefaultTexts:
    """The texts a flyer gets when nobody typed any (batch printing, a new flyer)."""
    table = _DEFAULTS.get(language, _DEFAULTS["en"])
    body = table["body"].format(region=region_name) if region_name else table["body_national"]
    return DefaultTexts(table["headline"], body, table["call_to_action"])


def all_print_texts(language: str) -> list[str]:
    """Every fixed text of a language (labels and defaults), for the glyph-coverage check."""
    texts = list(_LABELS.get(language, {}).values())
    texts += list(_DEFAULTS.get(language, {}).values())
    return texts
