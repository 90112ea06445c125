"""Invitation letters: a PDF mail merge, one page per invitee, in the consultation's language.

Letters go to people, not to the office, so they are written in the consultation's language
(English, French, Spanish, Romanian, Russian or Arabic) whatever language the app is shown in.
Their fixed wording is therefore kept here, per language, written by people rather than passed
through the UI translation files; what the bureau typed (title, topic, place, names) is printed
exactly as typed. Arabic letters are shaped and laid out right to left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Candidate, Participation
from desktop.services import countries
from desktop.services.consultations import ConsultationError, get_consultation
from desktop.services.i18n import translate
from desktop.services.letterhead import contact_line, letterhead, signature
from desktop.services.meta import get_office
from desktop.services.office_profile import load_office_profile
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.report_pdf import isolate, paragraph, styles

INVITEE_STATUSES = ("selected", "invited", "confirmed")
"""Seat holders who should receive a letter (decliners and reserves do not)."""

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "ro": (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}
DATE_PATTERNS = {
    "en": "{d} {m} {y}",
    "fr": "{d} {m} {y}",
    "es": "{d} de {m} de {y}",
    "ro": "{d} {m} {y}",
    "ru": "{d} {m} {y} г.",
    "ar": "{d} {m} {y}",
}


def format_date(day: dt.date, language: str) -> str:
    """A date written out as a letter in that language writes it (12 mars 2027)."""
    months = MONTHS.get(language, MONTHS["en"])
    pattern = DATE_PATTERNS.get(language, DATE_PATTERNS["en"])
    return pattern.format(d=day.day, m=months[day.month - 1], y=day.year)


@dataclass(frozen=True)
class LetterText:
    """The fixed wording of the invitation letter in one language."""

    bureau: str
    subject: str
    greeting: str
    kinds: dict[str, str]
    invite: str
    topic: str
    when_date: str
    when_unknown: str
    where_place: str
    where_online: str
    draw: str
    reply: str
    voluntary: str
    closing: str
    quote: tuple[str, str]
    contact: str = ""
    """How to reach the office, when the office profile gives a phone or an e-mail."""


LETTERS: dict[str, LetterText] = {
    "en": LetterText(
        bureau="Diaspora Relations Bureau — {country}",
        subject="Invitation: {title}",
        greeting="Dear {name},",
        kinds={
            "roundtable": "in the roundtable",
            "listening_exercise": "in the listening exercise",
            "focus_group": "in the focus group",
            "mobile_counselling": "in the mobile counselling session",
            "online": "in the online meeting",
            "workshop": "in the workshop",
        },
        invite="We are pleased to invite you to take part {kind} {title}. It will be held "
        "{when}{where}.",
        topic="The topic will be: {topic}.",
        when_date="on {date}",
        when_unknown="on a date we will confirm soon",
        where_place=" at {place}",
        where_online=" online ({link})",
        draw="You were chosen by a public random draw among the {pool} people who "
        "volunteered, so that the participants reflect the diversity of the diaspora. "
        "Anyone can check the draw with its published seed: {seed}.",
        reply="Please let us know by {date} whether you can take part, by replying to this "
        "letter or contacting our office.",
        voluntary="Taking part is voluntary. You may withdraw your consent to be invited at any "
        "time, and you may ask us for a copy of everything we hold about you.",
        closing="Yours sincerely,",
        contact="You can reach our office at {contact}.",
        quote=("“", "”"),
    ),
    "fr": LetterText(
        bureau="Bureau des relations avec la diaspora — {country}",
        subject="Invitation : {title}",
        greeting="Bonjour {name},",
        kinds={
            "roundtable": "à la table ronde",
            "listening_exercise": "à l'exercice d'écoute",
            "focus_group": "au groupe de discussion",
            "mobile_counselling": "à la permanence mobile de conseil",
            "online": "à la réunion en ligne",
            "workshop": "à l'atelier",
        },
        invite="Nous avons le plaisir de vous inviter à participer {kind} {title}. La rencontre "
        "aura lieu {when}{where}.",
        topic="Le thème sera : {topic}.",
        when_date="le {date}",
        when_unknown="à une date que nous vous confirmerons prochainement",
        where_place=", au lieu suivant : {place}",
        where_online=", en ligne ({link})",
        draw="Vous avez été choisi(e) par un tirage au sort public parmi les {pool} personnes "
        "volontaires, afin que les participants reflètent la diversité de la diaspora. "
        "Chacun peut vérifier ce tirage grâce à sa graine publiée : {seed}.",
        reply="Merci de nous faire savoir avant le {date} si vous pourrez participer, en "
        "répondant à cette lettre ou en contactant notre bureau.",
        voluntary="La participation est volontaire. Vous pouvez retirer à tout moment votre "
        "consentement à être invité(e) et nous demander une copie de toutes les "
        "données que nous détenons sur vous.",
        closing="Veuillez agréer nos salutations distinguées,",
        contact="Vous pouvez joindre notre bureau : {contact}.",
        quote=("« ", " »"),
    ),
    "es": LetterText(
        bureau="Oficina de Relaciones con la Diáspora — {country}",
        subject="Invitación: {title}",
        greeting="Estimado/a {name}:",
        kinds={
            "roundtable": "en la mesa redonda",
            "listening_exercise": "en el ejercicio de escucha",
            "focus_group": "en el grupo focal",
            "mobile_counselling": "en la asesoría móvil",
            "online": "en la reunión en línea",
            "workshop": "en el taller",
        },
        invite="Nos complace invitarle a participar {kind} {title}. El encuentro se celebrará "
        "{when}{where}.",
        topic="El tema será: {topic}.",
        when_date="el {date}",
        when_unknown="en una fecha que le confirmaremos pronto",
        where_place=" en {place}",
        where_online=" en línea ({link})",
        draw="Usted ha sido elegido/a mediante un sorteo público entre las {pool} personas "
        "voluntarias, para que los participantes reflejen la diversidad de la diáspora. "
        "Cualquiera puede verificar el sorteo con su semilla publicada: {seed}.",
        reply="Le rogamos que nos indique antes del {date} si podrá participar, respondiendo a "
        "esta carta o contactando con nuestra oficina.",
        voluntary="La participación es voluntaria. Puede retirar en cualquier momento su "
        "consentimiento para ser invitado/a y pedirnos una copia de todos los datos "
        "que tenemos sobre usted.",
        closing="Atentamente,",
        contact="Puede contactar con nuestra oficina: {contact}.",
        quote=("«", "»"),
    ),
    "ro": LetterText(
        bureau="Biroul pentru Relații cu Diaspora — {country}",
        subject="Invitație: {title}",
        greeting="Stimată doamnă / Stimate domn {name},",
        kinds={
            "roundtable": "la masa rotundă",
            "listening_exercise": "la exercițiul de ascultare",
            "focus_group": "la grupul de discuție",
            "mobile_counselling": "la sesiunea de consiliere mobilă",
            "online": "la întâlnirea online",
            "workshop": "la atelierul",
        },
        invite="Avem plăcerea să vă invităm să participați {kind} {title}. Întâlnirea va avea "
        "loc {when}{where}.",
        topic="Tema va fi: {topic}.",
        when_date="pe {date}",
        when_unknown="la o dată pe care o vom confirma în curând",
        where_place=", la {place}",
        where_online=", online ({link})",
        draw="Ați fost ales/aleasă printr-o tragere la sorți publică dintre cele {pool} "
        "persoane care s-au oferit voluntar, astfel încât participanții să reflecte "
        "diversitatea diasporei. Oricine poate verifica tragerea cu ajutorul valorii "
        "inițiale publicate: {seed}.",
        reply="Vă rugăm să ne comunicați până la {date} dacă puteți participa, răspunzând la "
        "această scrisoare sau contactând biroul nostru.",
        voluntary="Participarea este voluntară. Vă puteți retrage oricând consimțământul de a fi "
        "invitat/ă și ne puteți cere o copie a tuturor datelor pe care le deținem "
        "despre dumneavoastră.",
        closing="Cu stimă,",
        contact="Ne puteți contacta la: {contact}.",
        quote=("„", "”"),
    ),
    "ru": LetterText(
        bureau="Бюро по связям с диаспорой — {country}",
        subject="Приглашение: {title}",
        greeting="Уважаемый(ая) {name}!",
        kinds={
            "roundtable": "в круглом столе",
            "listening_exercise": "в слушании",
            "focus_group": "в фокус-группе",
            "mobile_counselling": "в выездной консультации",
            "online": "в онлайн-встрече",
            "workshop": "в семинаре",
        },
        invite="Мы рады пригласить Вас принять участие {kind} {title}. Встреча состоится "
        "{when}{where}.",
        topic="Тема встречи: {topic}.",
        when_date="{date}",
        when_unknown="в день, который мы вскоре сообщим",
        where_place=" по адресу: {place}",
        where_online=" онлайн ({link})",
        draw="Вы были выбраны путём публичной случайной жеребьёвки среди {pool} добровольцев, "
        "чтобы состав участников отражал разнообразие диаспоры. Любой желающий может "
        "проверить жеребьёвку по опубликованному начальному значению: {seed}.",
        reply="Просим сообщить нам до {date}, сможете ли Вы принять участие, ответив на это "
        "письмо или связавшись с нашим бюро.",
        voluntary="Участие добровольное. Вы можете в любой момент отозвать своё согласие на "
        "приглашения и запросить копию всех данных, которые мы о Вас храним.",
        closing="С уважением,",
        contact="Связаться с нашим бюро можно так: {contact}.",
        quote=("«", "»"),
    ),
    "ar": LetterText(
        bureau="مكتب العلاقات مع الجالية — {country}",
        subject="دعوة: {title}",
        greeting="السيد/السيدة {name} المحترم/ة،",
        kinds={
            "roundtable": "في المائدة المستديرة",
            "listening_exercise": "في جلسة الاستماع",
            "focus_group": "في مجموعة النقاش",
            "mobile_counselling": "في جلسة الإرشاد المتنقلة",
            "online": "في الاجتماع عبر الإنترنت",
            "workshop": "في ورشة العمل",
        },
        invite="يسرّنا أن ندعوكم للمشاركة {kind} {title}. وسيُعقد اللقاء {when}{where}.",
        topic="موضوع اللقاء: {topic}.",
        when_date="بتاريخ {date}",
        when_unknown="في موعد سنؤكده لكم قريبًا",
        where_place=" في {place}",
        where_online=" عبر الإنترنت ({link})",
        draw="لقد تم اختياركم بقرعة علنية من بين {pool} شخصًا تطوّعوا للمشاركة، حتى يعكس "
        "المشاركون تنوّع الجالية. ويمكن لأي شخص التحقق من القرعة باستخدام البذرة "
        "المنشورة: {seed}.",
        reply="نرجو إعلامنا قبل {date} بإمكانية مشاركتكم، بالرد على هذه الرسالة أو بالاتصال "
        "بمكتبنا.",
        voluntary="المشاركة طوعية. ويمكنكم سحب موافقتكم على الدعوة في أي وقت، وطلب نسخة من "
        "جميع البيانات التي نحتفظ بها عنكم.",
        closing="مع خالص التحية،",
        contact="يمكنكم التواصل مع مكتبنا: {contact}.",
        quote=("«", "»"),
    ),
}


def reply_by(held_on: dt.date | None, today: dt.date) -> dt.date:
    """Two weeks to answer, but at least a week before the meeting when that comes first."""
    default = today + dt.timedelta(days=14)
    if held_on is None:
        return default
    latest = held_on - dt.timedelta(days=7)
    return max(min(default, latest), today + dt.timedelta(days=1))


@dataclass(frozen=True)
class Invitee:
    candidate_id: str
    name: str
    address: str
    email: str


def invitees(
    session: Session, consultation_id: str, statuses: Sequence[str] = INVITEE_STATUSES
) -> list[Invitee]:
    rows = session.execute(
        select(Candidate.id, Candidate.name, Candidate.address, Candidate.email)
        .join(Participation, Participation.candidate_id == Candidate.id)
        .where(
            Participation.consultation_id == consultation_id,
            Participation.deleted_at.is_(None),
            Participation.status.in_(list(statuses)),
        )
        .order_by(Candidate.name)
    ).all()
    return [Invitee(*row) for row in rows]


def write_invitation_letters(
    session: Session,
    consultation_id: str,
    path: Path,
    *,
    statuses: Sequence[str] = INVITEE_STATUSES,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write one letter per invitee into ``path``; returns the number of letters."""
    consultation = get_consultation(session, consultation_id)
    people = invitees(session, consultation_id, statuses)
    if not people:
        raise ConsultationError(
            translate(
                "Letters", "No one is selected or invited yet, so there is no letter to write."
            )
        )
    language = consultation.language if consultation.language in LETTERS else "en"
    words = LETTERS[language]
    rtl = language == "ar"
    st = styles(rtl=rtl)
    today = today or dt.date.today()
    office = get_office(session)
    country = countries.country_name(office.country_code, language) if office else ""
    pool = (
        session.scalar(
            select(func.count())
            .select_from(Participation)
            .where(
                Participation.consultation_id == consultation_id, Participation.deleted_at.is_(None)
            )
        )
        or 0
    )

    def typed(text: str) -> str:
        return isolate(text) if rtl else text

    seed = typed(str((consultation.selection or {}).get("seed", "")) or "—")
    open_q, close_q = words.quote
    title = f"{open_q}{typed(consultation.title)}{close_q}"
    when = (
        words.when_date.format(date=format_date(consultation.held_on, language))
        if consultation.held_on
        else words.when_unknown
    )
    where = ""
    if consultation.place:
        where = words.where_place.format(place=typed(consultation.place))
    elif consultation.link:
        where = words.where_online.format(link=typed(consultation.link))
    kind = words.kinds.get(consultation.kind, words.kinds["roundtable"])
    bureau = words.bureau.format(country=country).rstrip(" —")
    profile = load_office_profile(session)
    contact = contact_line(profile)
    width = A4[0] - 44 * mm

    story: list[object] = []
    for index, person in enumerate(people):
        progress.check()
        if index:
            story.append(PageBreak())
        story.extend(letterhead(profile, bureau, st, rtl=rtl, width=width))
        story.append(paragraph(format_date(today, language), st.body, rtl=rtl))
        story.append(Spacer(1, 6 * mm))
        recipient = "\n".join(p for p in (person.name, person.address.strip()) if p)
        story.append(paragraph(recipient, st.body, rtl=rtl))
        story.append(Spacer(1, 8 * mm))
        story.append(
            paragraph(
                words.subject.format(title=typed(consultation.title)),
                st.heading,
                rtl=rtl,
                bold=True,
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(paragraph(words.greeting.format(name=typed(person.name)), st.body, rtl=rtl))
        story.append(
            paragraph(
                words.invite.format(kind=kind, title=title, when=when, where=where),
                st.body,
                rtl=rtl,
            )
        )
        if consultation.topic:
            story.append(
                paragraph(words.topic.format(topic=typed(consultation.topic)), st.body, rtl=rtl)
            )
        story.append(paragraph(words.draw.format(pool=pool, seed=seed), st.body, rtl=rtl))
        story.append(
            paragraph(
                words.reply.format(
                    date=format_date(reply_by(consultation.held_on, today), language)
                ),
                st.body,
                rtl=rtl,
            )
        )
        if contact:
            story.append(paragraph(words.contact.format(contact=typed(contact)), st.body,
                                   rtl=rtl))
        story.append(paragraph(words.voluntary, st.body, rtl=rtl))
        story.append(Spacer(1, 8 * mm))
        story.append(paragraph(words.closing, st.body, rtl=rtl))
        story.extend(signature(profile, bureau, st, rtl=rtl))
        progress.report(index + 1, len(people))
    path.parent.mkdir(parents=True, exist_ok=True)
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=words.subject.format(title=consultation.title),
        author=profile.name.strip() or bureau,
        lang=language,
    )
    document.build(story)
    return len(people)
