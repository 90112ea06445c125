"""Column titles offices write, in all six UI languages, per field key.

The specs list the titles met in English, French and Spanish files; this table adds the
Romanian, Russian and Arabic ones (and common variants in every language) for every field key
that any spec uses, so a file made in a Russian or Arabic office maps without a saved mapping.
These are input data, not UI text: they are matched, never shown, so they are not translated.
Matching ignores case, accents, spaces and punctuation (``mapping.header_key``).
"""

from __future__ import annotations

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "Full name", "Nom et prénom", "Nombre y apellidos", "Nume și prenume", "Numele",
        "Prenume și nume", "Numele complet", "Название", "Наименование", "Имя", "ФИО",
        "Ф.И.О.", "Полное имя", "Фамилия Имя", "Фамилия и имя", "Название организации",
        "Наименование организации", "Название ассоциации", "الاسم", "اسم", "الاسم الكامل",
        "الاسم واللقب", "اسم الجمعية", "اسم المنظمة", "الجمعية", "المنظمة",
    ),
    "acronym": ("Аббревиатура", "Сокращение", "Краткое название", "الاختصار", "المختصر"),
    "country_code": (
        "Country", "Țara de reședință", "Tara", "Страна", "Страна проживания",
        "Страна пребывания", "Страна резиденции", "البلد", "الدولة", "بلد الإقامة",
        "دولة الإقامة",
    ),
    "city": (
        "Town", "Oraș", "Orașul", "Localitatea", "Город", "Населённый пункт",
        "Населенный пункт", "المدينة", "مدينة",
    ),
    "region_code": (
        "Regiunea", "Regiunea de origine", "Raion", "Регион", "Регион происхождения",
        "Область", "Район", "المنطقة", "الإقليم", "الجهة", "منطقة الأصل", "المحافظة",
    ),
    "founding_year": (
        "Anul înființării", "Anul fondării", "Год основания", "Год создания", "سنة التأسيس",
        "تاريخ التأسيس",
    ),
    "registration_number": (
        "Număr de înregistrare", "Nr. înregistrare", "Cod fiscal", "Регистрационный номер",
        "Рег. номер", "Номер регистрации", "رقم التسجيل", "رقم القيد",
    ),
    "contact_person": (
        "Persoană de contact", "Persoana de contact", "Контактное лицо", "Контакт",
        "الشخص المسؤول", "جهة الاتصال", "الشخص المرجعي",
    ),
    "email": (
        "E-mail", "Adresă de e-mail", "Adresa de email", "Email", "Эл. почта", "E-mail адрес",
        "Электронная почта", "Почта", "البريد الإلكتروني", "البريد الالكتروني", "الإيميل",
        "بريد إلكتروني",
    ),
    "phone": (
        "Telefon", "Număr de telefon", "Nr. telefon", "Mobil", "Телефон", "Тел.", "Тел",
        "Мобильный", "Номер телефона", "الهاتف", "رقم الهاتف", "الجوال", "هاتف", "المحمول",
    ),
    "website": (
        "Site", "Site web", "Pagina web", "Сайт", "Веб-сайт", "Интернет-сайт",
        "الموقع الإلكتروني", "الموقع",
    ),
    "member_count": (
        "Număr de membri", "Nr. membri", "Membri", "Число членов", "Количество членов",
        "Члены", "عدد الأعضاء", "الأعضاء",
    ),
    "engagement_areas": (
        "Domenii de implicare", "Domenii", "Направления деятельности", "Сферы деятельности",
        "مجالات العمل", "مجالات النشاط", "مجالات الانخراط",
    ),
    "sectors": ("Sectoare", "Секторы", "Отрасли", "القطاعات"),
    "status": ("Statut", "Stare", "Статус", "Состояние", "الحالة", "الوضع"),
    "consent_to_publish": (
        "Acord de publicare", "Consimțământ publicare", "Согласие на публикацию",
        "الموافقة على النشر",
    ),
    "gender": ("Sex", "Sexul", "Genul", "Пол", "Гендер", "الجنس", "النوع"),
    "role": ("Rol", "Rolul", "Функция", "Роль", "الدور", "الصفة"),
    "institution": ("Instituția", "Instituție", "Учреждение", "Организация", "المؤسسة"),
    "title": ("Funcția", "Funcție", "Должность", "المنصب", "الوظيفة"),
    "listed_on_flyers": ("Pe pliante", "На листовках", "على المطويات"),
    "birth_year": (
        "Anul nașterii", "Anul de naștere", "Год рождения", "Г.р.", "سنة الميلاد",
        "سنة الولادة",
    ),
    "citizenship": (
        "Cetățenie", "Cetățenia", "Гражданство", "Подданство", "الجنسية", "المواطنة",
    ),
    "generation": (
        "Generație", "Generația", "Поколение", "Поколение мигрантов", "الجيل", "جيل الهجرة",
    ),
    "education_level": (
        "Studii", "Nivel de studii", "Educație", "Образование", "Уровень образования",
        "المستوى التعليمي", "التعليم", "المؤهل العلمي",
    ),
    "occupation_sector": (
        "Ocupație", "Profesie", "Domeniu de activitate", "Профессия", "Род занятий",
        "Сфера деятельности", "المهنة", "قطاع العمل", "الوظيفة الحالية",
    ),
    "skills": ("Competențe", "Abilități", "Навыки", "Умения", "المهارات", "الكفاءات"),
    "languages": ("Limbi", "Limbi vorbite", "Языки", "Владение языками", "اللغات"),
    "topics": ("Teme", "Interese", "Темы", "Интересы", "المواضيع", "الاهتمامات"),
    "association_id": (
        "Asociația", "Asociație", "Ассоциация", "Организация", "Объединение", "الجمعية",
        "المنظمة",
    ),
    "address": ("Adresa", "Adresă", "Адрес", "Почтовый адрес", "العنوان", "عنوان السكن"),
    "notes": (
        "Observații", "Note", "Mențiuni", "Примечания", "Комментарии", "Заметки",
        "ملاحظات", "تعليقات",
    ),
    "publication_consent_on": ("Data acordului", "Дата согласия", "تاريخ الموافقة"),
    "publication_consent_how": ("Modul acordului", "Способ согласия", "طريقة الموافقة"),
    "active_from": ("Activ din", "Активен с", "نشط منذ", "تاريخ البدء"),
    "active_until": ("Activ până la", "Активен до", "نشط حتى", "تاريخ الانتهاء"),
}
