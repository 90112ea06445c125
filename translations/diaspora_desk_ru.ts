<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+30"/>
        <source>About Diaspora Desk</source>
        <translation>О программе Diaspora Desk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Diaspora associations, focal points, consultations with a transparent selection of participants, and printable flyers — offline first.</source>
        <translation>Объединения диаспоры, координаторы, консультации с прозрачным отбором участников и листовки для печати — работа прежде всего без подключения к сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Лицензия: GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+80"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+128"/>
        <source>New association</source>
        <translation>Новое объединение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit association</source>
        <translation>Изменить объединение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last status change: {when} by {who}</source>
        <translation>Последняя смена статуса: {when}, {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation>Полное название, как его пишет само объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation>— нет (национальный уровень) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation>например, 2004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of members</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation>например, 120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Название (обязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Аббревиатура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;Страна проживания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>Г&amp;ород:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation>&amp;Регион происхождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation>&amp;Год основания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>Рег&amp;истрационный номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation>&amp;Число участников:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation>например, +39 347 123 4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation>Направления деятельности (отметьте все подходящие):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation>Направления деятельности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation>Отрас&amp;ли:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation>Объединение согласно на публикацию своего названия и контактных &amp;данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to publish</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Linked focal points</source>
        <translation>Связанные координаторы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link focal points</source>
        <translation>Связать с координаторами</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save ({keys})</source>
        <translation>Сохранить ({keys})</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+51"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Will be saved as {phone}</source>
        <translation>Будет сохранено как {phone}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
</context>
<context>
    <name>AssociationList</name>
    <message>
        <location filename="../desktop/views/association_list.py" line="+76"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founded</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement areas</source>
        <translation>Направления деятельности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
</context>
<context>
    <name>AssociationPicker</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+120"/>
        <source>Type to search associations (leave empty if none)</source>
        <translation>Начните вводить название объединения (оставьте пустым, если нет)</translation>
    </message>
</context>
<context>
    <name>AssociationStatus</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+146"/>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Неактивна</translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+290"/>
        <source>Unknown status: {status}</source>
        <translation>Неизвестный статус: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+69"/>
        <source>Associations</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation>Объединения диаспоры за рубежом. Начните вводить текст для фильтра; выберите страну, регион, статус, направление деятельности или отрасль, чтобы сузить список.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation>Фильтр по названию, аббревиатуре, городу, контакту, эл. почте или телефону ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation>Фильтр объединений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation>Направление деятельности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation>Все направления деятельности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New association…</source>
        <translation>&amp;Новое объединение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation>Зарегистрировать новое объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation>Открыть выбранное объединение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation>&amp;Задать статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation>Изменить статус выбранных объединений</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation>Переместить выбранные объединения в корзину</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation>Удалённые объединения — для восстановления</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>National (no origin region)</source>
        <translation>Национальный уровень (без региона происхождения)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation>Объединений: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation>Объединений: {shown} из {total}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation>1 объединение перемещено в корзину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation>Объединений перемещено в корзину: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation>Сначала выберите одно или несколько объединений.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation>Установить статус «{status}» для объединений ({count})?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln association(s) set to “{status}”.</source>
        <translation>
            <numerusform>%Ln объединение переведено в статус «{status}».</numerusform>
            <numerusform>%Ln объединения переведены в статус «{status}».</numerusform>
            <numerusform>%Ln объединений переведено в статус «{status}».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted associations</source>
        <translation>Удалённые объединения</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../desktop/views/flyers_batch.py" line="+54"/>
        <source>Print flyers for several regions</source>
        <translation>Печать листовок для нескольких регионов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>&amp;Выбрать все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;Снять выбор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Regions:</source>
        <translation>&amp;Регионы:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Папка вывода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print to PDF files</source>
        <translation>&amp;Напечатать в файлы PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points and the default texts of the language.</source>
        <translation>Для каждого региона создаётся своя листовка на каждом выбранном языке — с его координаторами и стандартными текстами этого языка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points. Colours, picture, web address and print options come from the selected flyer; its texts are used for its own language and the other languages get their default texts.</source>
        <translation>Для каждого региона создаётся своя листовка на каждом выбранном языке — с его координаторами. Цвета, изображение, веб-адрес и параметры печати берутся из выбранной листовки; её тексты используются для её языка, а для остальных языков — стандартные тексты.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the flyers</source>
        <translation>Папка для листовок</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one region.</source>
        <translation>Выберите хотя бы один регион.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one language.</source>
        <translation>Выберите хотя бы один язык.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the flyers.</source>
        <translation>Выберите папку для листовок.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {count} flyers…</source>
        <translation>Печать листовок ({count})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} flyers were written to {folder}.</source>
        <translation>Листовок записано в {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them have preflight problems (text that does not fit, characters that cannot print…); open them in the editor to see what.</source>
        <translation>Из них с проблемами предпечатной проверки (текст не помещается, символы не печатаются…): {count}; откройте их в редакторе, чтобы посмотреть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers printed</source>
        <translation>Листовки напечатаны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flyers could not be written: {error}</source>
        <translation>Не удалось записать листовки: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The flyers already written are complete; the others were not made.</source>
        <translation>Отменено. Уже записанные листовки готовы полностью; остальные не созданы.</translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+120"/>
        <source>Record consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation>Записать, что эти люди ({count}) дали согласие в приведённой ниже формулировке в один и тот же день и одним и тем же способом (например, подписанный лист на мероприятии).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Записать согласие</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+77"/>
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>e.g. 1987</source>
        <translation>например, 1987</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Год рождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;Страна проживания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation>Гр&amp;ажданство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation>По&amp;коление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation>О&amp;бразование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Род занятий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation>На&amp;выки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation>Темы, &amp;на которые вызвался:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation>&amp;Объединение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation>Р&amp;егион происхождения:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 347 123 4567</source>
        <translation>+39 347 123 4567</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>По&amp;чтовый адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation>Согласие на приглашение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consents of this person</source>
        <translation>Согласия этого человека</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation>Ото&amp;звать согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation>Человек отозвал это согласие: его больше не будут приглашать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation>Записать новое согласие при сохранении</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Consent withdrawn.</source>
        <translation>Согласие отозвано.</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+40"/>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people were imported. Did they give their consent to be invited (for example on the form the list comes from)? Record it now; without it they cannot be selected.</source>
        <translation>Импортировано людей: {count}. Дали ли они согласие на приглашение (например, в анкете, из которой взят список)? Запишите его сейчас — без согласия их нельзя отобрать.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../desktop/services/candidates.py" line="+90"/>
        <source>Origin-country citizenship only</source>
        <translation>Только гражданство страны происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination-country citizenship only</source>
        <translation>Только гражданство страны назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship (origin and destination)</source>
        <translation>Двойное гражданство (страны происхождения и назначения)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First generation (born in the origin country)</source>
        <translation>Первое поколение (родились в стране происхождения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second generation</source>
        <translation>Второе поколение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third generation or later</source>
        <translation>Третье поколение и далее</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Начальное образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>Среднее образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>Профессиональное образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Бакалавриат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Магистратура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Докторская степень</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Обрабатывающая промышленность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and retail</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotels and restaurants</source>
        <translation>Гостиницы и рестораны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and logistics</source>
        <translation>Транспорт и логистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and domestic work</source>
        <translation>Уход и работа по дому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Информационные технологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and insurance</source>
        <translation>Финансы и страхование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>Государственное управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts and culture</source>
        <translation>Искусство и культура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and science</source>
        <translation>Наука и исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Пенсионер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not working</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+37"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Candidates must be at least {age} years old; check the year.</source>
        <translation>Кандидату должно быть не меньше {age} лет; проверьте год.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the year: this person would be over 110.</source>
        <translation>Проверьте год: этому человеку было бы больше 110 лет.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя человека.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender: {text}.</source>
        <translation>Неизвестный пол: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown citizenship: {text}. Use origin, destination or dual.</source>
        <translation>Неизвестное гражданство: {text}. Используйте origin, destination или dual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown generation: {text}. Use first, second or third_plus.</source>
        <translation>Неизвестное поколение: {text}. Используйте first, second или third_plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown education level: {text}.</source>
        <translation>Неизвестный уровень образования: {text}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No association called {text} is registered; register it first or leave this empty.</source>
        <translation>Объединение с названием {text} не зарегистрировано; сначала зарегистрируйте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person is no longer in the database.</source>
        <translation>Этого человека больше нет в базе данных.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This person&apos;s data was erased and cannot be edited.</source>
        <translation>Данные этого человека стёрты, их нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+258"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation>Представители диаспоры, которые согласились получать приглашения на консультации. Отобрать можно только людей с действующим согласием.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation>Фильтр по имени, эл. почте, телефону, стране, объединению, теме…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation>Фильтр кандидатов</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+172"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation>Действующее согласие (можно отобрать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation>Нет действующего согласия</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+26"/>
        <location line="+149"/>
        <source>Erased</source>
        <translation>Стёрт</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>Год рожд.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Двойное</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st</source>
        <translation>1-е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2-е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3-е и далее</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Новый кандидат…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate</source>
        <translation>Зарегистрировать нового кандидата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected candidate</source>
        <translation>Открыть выбранного кандидата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected candidates to the trash</source>
        <translation>Переместить выбранных кандидатов в корзину</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted candidates: restore them</source>
        <translation>Удалённые кандидаты: восстановить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the same consent for the selected people</source>
        <translation>Записать одно и то же согласие для выбранных людей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Выгрузить персональные данные…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation>Все сведения о выбранном человеке в форматах PDF и JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Стереть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation>Стереть персональные данные выбранного человека (статистика сохранится)</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln candidate(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln кандидат перемещён в корзину.</numerusform>
            <numerusform>%Ln кандидата перемещены в корзину.</numerusform>
            <numerusform>%Ln кандидатов перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted candidates</source>
        <translation>Удалённые кандидаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} candidates</source>
        <translation>Кандидатов: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation>Кандидатов: {shown} из {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent recorded for {count} people.</source>
        <translation>Согласие записано для людей: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation>Пропущено стёртых или удалённых людей: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one person to erase.</source>
        <translation>Выберите одного человека, чтобы стереть данные.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="+69"/>
        <source>Resolve conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is no longer open.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve conflict: {kind} “{title}”</source>
        <translation>Разрешение конфликта: {kind} «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed on this computer and, in another office, on the server, before the two changes could meet (noticed {when}). For each field, choose the version to keep. Until you decide, both versions are kept; fields changed on only one side are merged on their own.</source>
        <translation>Эта запись была изменена на этом компьютере и — в другом офисе — на сервере, прежде чем изменения успели встретиться (обнаружено {when}). Для каждого поля выберите версию, которую нужно сохранить. Пока вы не решите, хранятся обе версии; поля, изменённые только с одной стороны, объединяются автоматически.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>До обоих изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (this computer)</source>
        <translation>Мои (этот компьютер)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (server)</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: keep mine</source>
        <translation>{field}: оставить мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: take theirs</source>
        <translation>{field}: взять с сервера</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep all &amp;mine</source>
        <translation>&amp;Оставить все мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>&amp;Взять все с сервера</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use these choices</source>
        <translation>&amp;Применить этот выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values; they are sent at the next sync (Enter)</source>
        <translation>Сохранить выбранные значения; они будут отправлены при следующей синхронизации (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please choose a version for every field.</source>
        <translation>Выберите версию для каждого поля.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your choice is kept and will be sent at the next sync.</source>
        <translation>Ваш выбор сохранён и будет отправлен при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record has no sync conflict.</source>
        <translation>У выбранной записи нет конфликта синхронизации.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve sync &amp;conflict…</source>
        <translation>&amp;Разрешить конфликт синхронизации…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../desktop/services/consent.py" line="+50"/>
        <source>I agree that the diaspora-relations bureau keeps my name, contact details and the profile I gave (country of residence, citizenship, generation, education, occupation, languages, association) in order to invite me to consultation meetings. I know that participants are chosen by a public random draw, that I can see everything held about me, and that I can withdraw this consent at any time, after which I will not be invited again.</source>
        <translation>Я согласен(на), чтобы бюро по связям с диаспорой хранило моё имя, контактные данные и сообщённые мной сведения (страна проживания, гражданство, поколение, образование, род занятий, языки, объединение), чтобы приглашать меня на консультационные встречи. Мне известно, что участники отбираются публичной жеребьёвкой, что я могу ознакомиться со всеми хранимыми обо мне сведениями и в любой момент отозвать это согласие, после чего меня больше не будут приглашать.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I agree to receive information from the diaspora-relations bureau about programmes, events and services for the diaspora. I can withdraw this consent at any time.</source>
        <translation>Я согласен(на) получать от бюро по связям с диаспорой информацию о программах, мероприятиях и услугах для диаспоры. Я могу отозвать это согласие в любой момент.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown consent purpose: {purpose}</source>
        <translation>Неизвестная цель согласия: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation to consultations</source>
        <translation>Приглашение на консультации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information about programmes</source>
        <translation>Информация о программах</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper form</source>
        <translation>Бумажная форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Онлайн-форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported list</source>
        <translation>Импортированный список</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This person is not in the database.</source>
        <translation>Этого человека нет в базе данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>Данные этого человека стёрты; внесите его заново как нового человека.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose how the consent was given.</source>
        <translation>Выберите, как было дано согласие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>Дата согласия не может быть в будущем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>Срок согласия должен истекать позже дня, когда оно было дано.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This consent record no longer exists.</source>
        <translation>Эта запись о согласии больше не существует.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-124"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation>&amp;Кем получено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>Показанный текст:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version}: {text}</source>
        <translation>Версия {version}: {text}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-399"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ConsentWay</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+59"/>
        <source>Signed form</source>
        <translation>Подписанная форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person, witnessed</source>
        <translation>Лично, при свидетеле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>Онлайн-форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
</context>
<context>
    <name>ConsultationDetail</name>
    <message>
        <location filename="../desktop/views/consultations_detail.py" line="+74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this step is not possible</source>
        <translation>Почему этот шаг невозможен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save details</source>
        <translation>&amp;Сохранить сведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>Сохранить сведения (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Pool</source>
        <translation>&amp;2 Список кандидатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Criteria</source>
        <translation>&amp;3 Критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Selection</source>
        <translation>&amp;4 Отбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5 Invitations</source>
        <translation>&amp;5 Приглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6 Follow-up</source>
        <translation>&amp;6 Контроль исполнения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a consultation in the list, or create one with New consultation (Ctrl+N).</source>
        <translation>Выберите консультацию в списке или создайте новую кнопкой «Новая консультация» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>date not set</source>
        <translation>дата не назначена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {when} · {seats} seats · Status: {status}</source>
        <translation>{kind} · {when} · мест: {seats} · Статус: {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Details saved.</source>
        <translation>Сведения сохранены.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+131"/>
        <source>Close the consultation</source>
        <translation>Закрыть консультацию</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pool</source>
        <translation>Открыть набор кандидатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Приглашения отправлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as held</source>
        <translation>Отметить как проведённую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as followed up</source>
        <translation>Отметить контроль исполнения</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Close this consultation? Nothing can be changed afterwards.</source>
        <translation>Закрыть эту консультацию? После этого ничего нельзя будет изменить.</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation>например, Инвестиции на родине: какие гарантии?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation>Национальный уровень (все регионы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation>Адрес места проведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation>https://… (для онлайн-встреч)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation>М&amp;ест:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation>Ре&amp;зервистов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Язык писем:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation>Сколько человек участвует. Фиксируется после жеребьёвки участников.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation>Письма-приглашения и отчёт «Вы сказали — мы сделали» составляются на этом языке.</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../desktop/services/consultations.py" line="+95"/>
        <source>Roundtable</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening exercise</source>
        <translation>Встреча-слушание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>Фокус-группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile counselling</source>
        <translation>Выездная консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online meeting</source>
        <translation>Онлайн-встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool open</source>
        <translation>Набор кандидатов открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants selected</source>
        <translation>Участники отобраны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>Приглашения отправлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Выполнен контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the pool</source>
        <translation>В списке кандидатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This consultation is no longer in the database.</source>
        <translation>Этой консультации больше нет в базе данных.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the consultation a title.</source>
        <translation>Дайте консультации название.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title can have at most 300 characters.</source>
        <translation>Название может содержать не более 300 символов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the kind of consultation.</source>
        <translation>Выберите вид консультации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters can be written in English, French, Spanish, Romanian, Russian or Arabic.</source>
        <translation>Письма можно составить на английском, французском, испанском, румынском, русском или арабском языке.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A consultation needs at least one seat.</source>
        <translation>У консультации должно быть хотя бы одно место.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An online meeting needs the link to join it.</source>
        <translation>Для онлайн-встречи нужна ссылка для подключения.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seats cannot change after the participants were drawn.</source>
        <translation>После жеребьёвки участников число мест изменить нельзя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region cannot change after the participants were drawn.</source>
        <translation>После жеребьёвки участников регион изменить нельзя.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a consultation whose participants were not drawn yet can be deleted; close it instead.</source>
        <translation>Удалить можно только консультацию, участники которой ещё не отобраны жеребьёвкой; вместо этого закройте её.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+471"/>
        <source>Unknown status: {status}.</source>
        <translation>Неизвестный статус: {status}.</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>A consultation cannot go from “{old}” to “{new}”.</source>
        <translation>Консультация не может перейти из статуса «{old}» в статус «{new}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the number of seats first.</source>
        <translation>Сначала укажите число мест.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants are selected by running the draw (Selection), never by hand.</source>
        <translation>Участники отбираются жеребьёвкой (раздел «Отбор»), а не вручную.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark at least one selected person as invited first.</source>
        <translation>Сначала отметьте хотя бы одного отобранного человека как приглашённого.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record at least one commitment (what was said and what will be done) first.</source>
        <translation>Сначала запишите хотя бы одно обязательство (что было сказано и что будет сделано).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This consultation cannot be closed while {count} commitment(s) are still open: {names}</source>
        <translation>Эту консультацию нельзя закрыть, пока остаются открытые обязательства ({count}): {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more.</source>
        <translation>и ещё {count}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} added to the pool.</source>
        <translation>Добавлено в список кандидатов: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} were already in it.</source>
        <translation>Уже были в списке: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out: no valid consent to be invited, or their data was erased.</source>
        <translation>Исключено: {count} (нет действующего согласия на приглашение или данные стёрты).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ids are not in the database.</source>
        <translation>Идентификаторов нет в базе данных: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pool is fixed once participants are drawn; it can no longer change.</source>
        <translation>После жеребьёвки список кандидатов зафиксирован и больше не может меняться.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not a text file.</source>
        <translation>Это не текстовый файл.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate ids were found in the file.</source>
        <translation>В файле не найдено ни одного идентификатора кандидата.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This participant is no longer in the consultation.</source>
        <translation>Этот участник больше не входит в консультацию.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A participant cannot go from “{old}” to “{new}”.</source>
        <translation>Участник не может перейти из статуса «{old}» в статус «{new}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance is recorded after the consultation is marked as held.</source>
        <translation>Присутствие отмечается после того, как консультация отмечена как проведённая.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations are handled between the draw and the consultation.</source>
        <translation>Приглашения рассылаются между жеребьёвкой и консультацией.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>This consultation is closed.</source>
        <translation>Эта консультация закрыта.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>All {seats} seats are taken (a reserve may already have taken this place). Someone must decline before another person can be seated.</source>
        <translation>Все {seats} мест заняты (возможно, это место уже занял резервист). Кто-то должен отказаться, прежде чем можно будет посадить другого человека.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person is not a reserve.</source>
        <translation>Этот человек не в резерве.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the consultation.</source>
        <translation>Этот человек не входит в консультацию.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+39"/>
        <source>Write down what was committed to.</source>
        <translation>Запишите, какие обязательства были взяты.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This commitment is no longer in the database.</source>
        <translation>Этого обязательства больше нет в базе данных.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../desktop/views/consultations.py" line="+50"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Meetings with the diaspora. Participants are drawn by a fair, public lottery from a pool of volunteers, within quotas that keep the panel representative.</source>
        <translation>Встречи с диаспорой. Участники отбираются честной публичной жеребьёвкой из числа добровольцев с соблюдением квот, обеспечивающих представительность состава.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Новая консультация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a new consultation (Ctrl+N)</source>
        <translation>Запланировать новую консультацию (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a consultation whose participants were not drawn yet (Del)</source>
        <translation>Удалить консультацию, участники которой ещё не отобраны жеребьёвкой (Del)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter consultations</source>
        <translation>Фильтр консультаций</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Delete consultation</source>
        <translation>Удаление консультации</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this consultation and its pool? You can undo right after (Ctrl+Z).</source>
        <translation>Удалить эту консультацию и её список кандидатов? Сразу после этого можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consultation deleted. Press Ctrl+Z to undo.</source>
        <translation>Консультация удалена. Нажмите Ctrl+Z, чтобы отменить.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+101"/>
        <source>Type to search countries</source>
        <translation>Начните вводить название страны</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+50"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenting people</source>
        <translation>Давшие согласие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part</source>
        <translation>Участвовали</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats held</source>
        <translation>Занятые места</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard from (%)</source>
        <translation>Услышаны (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
</context>
<context>
    <name>CoverageControls</name>
    <message>
        <location filename="../desktop/views/criteria_coverage.py" line="+34"/>
        <source>Propose quotas from &amp;coverage</source>
        <translation>Предложить квоты по &amp;охвату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give more seats to the groups heard less than their share of the pool in the months chosen here</source>
        <translation>Дать больше мест группам, которых слышали реже, чем их доля в списке кандидатов, за выбранные здесь месяцы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Months of coverage looked at</source>
        <translation>За сколько месяцев смотреть участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out people seated in the &amp;last</source>
        <translation>Исключить тех, кто участвовал за &amp;последние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who held a seat at another consultation in these months are taken out of the pool before the draw; the audit report lists them</source>
        <translation>Люди, участвовавшие в другой консультации за эти месяцы, исключаются из списка до жеребьёвки; отчёт о проверке их перечисляет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months a seat keeps someone out</source>
        <translation>Сколько месяцев участие исключает человека</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} left out: seated since {date}</source>
        <translation>Исключено: {count} (участвовали с {date})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from {seats} seats held in the last {months} months.</source>
        <translation>Предложено по {seats} занятым местам за последние {months} мес.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+16"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Кого мы не услышали?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who took part in consultations, against everyone who agreed to be consulted and every registered association. Groups in red were never heard in the period; the lists on the right show who is consulted again and again.</source>
        <translation>Участники консультаций в сравнении со всеми, кто согласился участвовать, и со всеми зарегистрированными ассоциациями. Группы, выделенные красным, за период ни разу не были услышаны; списки справа показывают, с кем советуются снова и снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last</source>
        <translation>&amp;Последние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months looked back</source>
        <translation>За сколько месяцев</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group people by</source>
        <translation>Группировать людей по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups and how often they were heard</source>
        <translation>Группы и как часто их слышали</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>People seated at two or more consultations</source>
        <translation>Люди, участвовавшие в двух и более консультациях</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Associations whose members held the most seats</source>
        <translation>Объединения, члены которых заняли больше всего мест</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} of {total} associations never heard</source>
        <translation>Не услышано объединений: {count} из {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} groups with consenting people never heard</source>
        <translation>Групп с давшими согласие, которых не слышали: {count}</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../desktop/services/consultation_criteria.py" line="+53"/>
        <source>Destination country</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective (engagement area)</source>
        <translation>Цель (направление деятельности)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration generation</source>
        <translation>Поколение мигрантов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin-country citizenship</source>
        <translation>Гражданство страны происхождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination-country citizenship</source>
        <translation>Гражданство страны назначения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship (origin, destination or dual)</source>
        <translation>Гражданство (происхождения, назначения или двойное)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First language listed</source>
        <translation>Первый указанный язык</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 29</source>
        <translation>18–29 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 to 44</source>
        <translation>30–44 года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45 to 59</source>
        <translation>45–59 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 лет и старше</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holds it</source>
        <translation>Имеет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not hold it</source>
        <translation>Не имеет</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{name}: the minimum {min} is above the maximum {max}.</source>
        <translation>{name}: минимум {min} больше максимума {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the minimum {min} is more than the {count} people in the pool.</source>
        <translation>{name}: минимум {min} больше числа кандидатов ({count}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation needs at least one seat.</source>
        <translation>У консультации должно быть хотя бы одно место.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool has {count} people for {seats} seats.</source>
        <translation>Кандидатов: {count}, мест: {seats}.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="+137"/>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of the pool</source>
        <translation>Доля в списке кандидатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest seats people with this value must get</source>
        <translation>Минимум мест для людей с этим значением</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most seats people with this value may get</source>
        <translation>Максимум мест для людей с этим значением</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a number of seats; Enter to confirm, Escape to cancel.</source>
        <translation>Введите число мест; Enter — подтвердить, Esc — отменить.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Can the quotas all hold?</source>
        <translation>Выполнимы ли все квоты?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the quotas cannot all hold</source>
        <translation>Почему квоты невыполнимы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Features</source>
        <translation>&amp;Признаки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with quotas</source>
        <translation>Признаки с квотами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotas (seats per value)</source>
        <translation>&amp;Квоты (мест на значение)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill &amp;proportionally to the pool</source>
        <translation>&amp;Заполнить пропорционально списку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value gets its share of the seats, as in the pool</source>
        <translation>Каждое значение получает долю мест, как в списке кандидатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from population &amp;shares…</source>
        <translation>З&amp;аполнить по долям населения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the seats as the diaspora is spread (e.g. by destination country)</source>
        <translation>Распределить места так, как распределена диаспора (например, по странам назначения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender balance</source>
        <translation>&amp;Гендерный баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the seats for women, half for men</source>
        <translation>Половина мест для женщин, половина для мужчин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leeway ±</source>
        <translation>&amp;Допуск ±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leeway in seats</source>
        <translation>Допуск в местах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen each filled quota by this many seats on both sides, which makes the quotas easier to satisfy</source>
        <translation>Расширить каждую заполненную квоту на столько мест в обе стороны — так квоты легче выполнить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At &amp;most</source>
        <translation>&amp;Не более</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most people from one association</source>
        <translation>Максимум людей от одного объединения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people from one association</source>
        <translation>человек от одного объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people from one household (same address or phone)</source>
        <translation>человек из одного домохозяйства (тот же адрес или телефон)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the cap counts</source>
        <translation>Что ограничивает предел</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{pool} people can be drawn for {seats} seats.</source>
        <translation>Можно отобрать людей: {pool}, мест: {seats}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({count} left out: consent no longer valid)</source>
        <translation>(исключено: {count}, согласие недействительно)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria are fixed: the participants were drawn with them.</source>
        <translation>Критерии зафиксированы: по ним уже проведена жеребьёвка участников.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published criteria</source>
        <translation>Опубликованные критерии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Другие поля</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Criteria saved.</source>
        <translation>Критерии сохранены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No quotas: everyone has the same chance.</source>
        <translation>Квот нет: у всех одинаковые шансы.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not decided in time (a large pool); the selection will say if the quotas cannot hold.</source>
        <translation>Не удалось решить вовремя (большой список); отбор покажет, если квоты невыполнимы.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Feasible: the quotas can all hold</source>
        <translation>● Выполнимо: все квоты соблюдаются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Not feasible: the quotas cannot all hold</source>
        <translation>● Невыполнимо: квоты нельзя соблюсти одновременно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a consultation</source>
        <translation>Выберите консультацию</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+48"/>
        <source>Show in Associations</source>
        <translation>Показать в разделе «Объединения»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Focal points</source>
        <translation>Показать в разделе «Координаторы»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Regions</source>
        <translation>Показать в разделе «Регионы»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Candidates</source>
        <translation>Показать в разделе «Кандидаты»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Consultations</source>
        <translation>Показать в разделе «Консультации»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the promise ledger</source>
        <translation>Показать в реестре обещаний</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>Офис помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+78"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Выбрать даты…</translation>
    </message>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="-6"/>
        <location filename="../desktop/views/home.py" line="+74"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+310"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="+57"/>
        <location line="+45"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>Список пуст: выгружать нечего.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %Ln record(s)</source>
        <translation>
            <numerusform>Экспорт %Ln записи</numerusform>
            <numerusform>Экспорт %Ln записей</numerusform>
            <numerusform>Экспорт %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} records exported to {file}</source>
        <translation>Записей выгружено в {file}: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export: {error}</source>
        <translation>Не удалось выгрузить: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone on {date}</source>
        <translation>Отменён {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since; cannot be undone</source>
        <translation>С тех пор изменялся; отменить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be undone</source>
        <translation>Можно отменить</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent i&amp;mports…</source>
        <translation>Н&amp;едавние импорты…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Найти дубликаты…</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+794"/>
        <source>same email</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>то же название</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name, words in another order</source>
        <translation>то же имя, слова в другом порядке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>название совпадает на {percent} % после транслитерации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same website</source>
        <translation>тот же веб-сайт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same registration number</source>
        <translation>тот же регистрационный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same acronym and country</source>
        <translation>та же аббревиатура и страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city and country</source>
        <translation>тот же город и страна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city: {first} / {second}</source>
        <translation>тот же город: {first} / {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same contact person</source>
        <translation>то же контактное лицо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same region</source>
        <translation>тот же регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same institution</source>
        <translation>то же учреждение</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_dedupe.py" line="+67"/>
        <source>different names</source>
        <translation>разные имена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth year ({year})</source>
        <translation>тот же год рождения ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth years one apart ({first} / {second})</source>
        <translation>годы рождения отличаются на год ({first} / {second})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>born in different years ({first} / {second})</source>
        <translation>родились в разные годы ({first} / {second})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same country of residence</source>
        <translation>та же страна проживания</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+284"/>
        <source>Public digest: you said, we did</source>
        <translation>Публичная сводка: вы сказали — мы сделали</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the commitments of the consultations held in the period, with what was done. Commitments are printed as typed.</source>
        <translation>Перечисляет обязательства консультаций, проведённых за период, и что было сделано. Обязательства печатаются так, как были введены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file when it is written</source>
        <translation>Открыть файл после записи</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the digest</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path} ({count} commitments)</source>
        <translation>Сохранено: {path} (обязательств: {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the digest…</source>
        <translation>Запись сводки…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+41"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region directory</source>
        <translation>Справочник региона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation>Информационные пункты региона: координаторы, которые работают на эту дату, отмечены для листовок и дали согласие на публикацию контактов. Листовки печатают именно этот список.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation>Информационные пункты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory summary</source>
        <translation>Сводка по справочнику</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation>Регионов пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln information point(s) on the flyers of this region.</source>
        <translation>
            <numerusform>%Ln информационный пункт на листовках этого региона.</numerusform>
            <numerusform>%Ln информационных пункта на листовках этого региона.</numerusform>
            <numerusform>%Ln информационных пунктов на листовках этого региона.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation>Не показаны действующие координаторы без записанного согласия на публикацию: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation>Действующие координаторы, которые дали согласие, но не отмечены для листовок: {count}.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+26"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records listed: {count}.</source>
        <translation>Показано записей: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} are listed.</source>
        <translation>Показаны только первые {count}.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+69"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation>Введите имя, эл. почту или телефон, чтобы проверить, нет ли уже таких записей.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not check for duplicates: {error}</source>
        <translation>Не удалось проверить дубликаты: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No similar records found.</source>
        <translation>Похожих записей не найдено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation>Эти существующие записи похожи. Откройте одну из них и проверьте, прежде чем сохранять новую запись.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These records look like this one. Merge them if they are the same, or mark them as different.</source>
        <translation>Эти записи похожи на эту. Объедините их, если это одно и то же, или отметьте, что они разные.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{score} % alike</source>
        <translation>Сходство {score} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation>Открыть {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation>Объединить с {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation>Запомнить, что это разные записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: {name}</source>
        <translation>Возможный дубликат: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../desktop/views/duplicates_dialog.py" line="+37"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looks like</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Likely duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Likely duplicate pairs</source>
        <translation>Вероятные пары дубликатов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records, picking each field (Enter)</source>
        <translation>Объединить две записи, выбрав значение каждого поля (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Не дубликат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember that these are two different records, so they are not proposed again</source>
        <translation>Запомнить, что это две разные записи, чтобы они больше не предлагались</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Не удалось найти дубликаты: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} likely duplicate pairs. Check each one: merge it, or mark it as not a duplicate.</source>
        <translation>Вероятных пар дубликатов: {count}. Проверьте каждую: объедините или отметьте, что это не дубликат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No likely duplicates found.</source>
        <translation>Вероятных дубликатов не найдено.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{first}” and “{second}” will no longer be proposed as duplicates.</source>
        <translation>«{first}» и «{second}» больше не будут предлагаться как дубликаты.</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../desktop/services/importing/encodings.py" line="+69"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>западноевропейская</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Central European, Romanian</source>
        <translation>центральноевропейская, румынский</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Arabic</source>
        <translation>арабская</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Central European</source>
        <translation>центральноевропейская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>румынская</translation>
    </message>
</context>
<context>
    <name>EngagementArea</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="-59"/>
        <source>Remittances</source>
        <translation>Денежные переводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of skills</source>
        <translation>Передача навыков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Туризм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural diversity</source>
        <translation>Культурное разнообразие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philanthropy</source>
        <translation>Благотворительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation</source>
        <translation>Инновации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrepreneurship</source>
        <translation>Предпринимательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Научные исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of ideas</source>
        <translation>Обмен идеями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarianism</source>
        <translation>Гуманитарная деятельность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peacebuilding</source>
        <translation>Миростроительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental initiatives</source>
        <translation>Экологические инициативы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora diplomacy</source>
        <translation>Дипломатия диаспоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth empowerment</source>
        <translation>Расширение возможностей молодёжи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis relief</source>
        <translation>Помощь в кризисных ситуациях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic engagement</source>
        <translation>Гражданская активность</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+86"/>
        <source>Erase personal data</source>
        <translation>Стереть персональные данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>Стереть персональные данные: {name}?

Имя, контактные данные, год рождения, навыки, языки, темы, объединение и примечания будут удалены безвозвратно, а согласия отозваны. Пол, страна проживания, поколение, гражданство, образование, род занятий и регион происхождения сохранятся, чтобы статистика и прошлые отборы оставались верными.

Это действие нельзя отменить. Если человек просил копию своих данных, сначала выгрузите их.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERASE</source>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation>Введите {word} для подтверждения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation>Введите {word} для подтверждения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase</source>
        <translation>&amp;Стереть</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../desktop/views/errors.py" line="+62"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong, but your data is safe and you can keep working.</source>
        <translation>Что-то пошло не так, но ваши данные в сохранности, и вы можете продолжать работу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{summary}

Details were written to:
{log}</source>
        <translation>{summary}

Подробности записаны в файл:
{log}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/importing/export.py" line="+116"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Выберите имя файла с расширением .csv или .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write {file}: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+95"/>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file (any usual encoding, separated by ; , or tabs) or an Excel workbook (.xlsx) whose first row names the columns.</source>
        <translation>Файл CSV (в любой обычной кодировке, с разделителями ; , или табуляцией) или книга Excel (.xlsx), первая строка которой содержит названия столбцов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a path or choose a file</source>
        <translation>Введите путь или выберите файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>Таблицы ({patterns});;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+65"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Добро пожаловать в Diaspora Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a &amp;new database</source>
        <translation>Создать &amp;новую базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an existing server</source>
        <translation>&amp;Подключиться к существующему серверу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>Укажите, какую страну обслуживает ваш офис и кто работает на этом компьютере. Регионы страны будут заполнены автоматически; позже их можно добавить, переименовать или упразднить в разделе «Регионы».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your office, country and regions come from your account on the server, and your office&apos;s data is downloaded now. Ask your administrator for the server address and your user name.</source>
        <translation>Ваш офис, страна и её регионы берутся из вашей учётной записи на сервере, а данные офиса загружаются сейчас. Адрес сервера и имя пользователя сообщит администратор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining {server}</source>
        <translation>Подключение к {server}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. Nothing is lost: what was downloaded is kept, and the next sync goes on from there.</source>
        <translation>Остановлено. Ничего не потеряно: загруженное сохранено, следующая синхронизация продолжит с этого места.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../desktop/views/home.py" line="-277"/>
        <source>Nothing to show yet: start here</source>
        <translation>Пока нечего показать: начните отсюда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Import or add diaspora associations</source>
        <translation>1. Импортировать или добавить объединения диаспоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in your spreadsheet of associations (Associations → Import…) or add them one by one.</source>
        <translation>Загрузите таблицу объединений (Объединения → Импорт…) или добавьте их по одному.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add focal points</source>
        <translation>2. Добавить координаторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who act as information points in each region; those who agree are printed on flyers.</source>
        <translation>Люди, которые служат информационными точками в каждом регионе; согласившиеся печатаются на листовках.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Register people who agree to be consulted</source>
        <translation>3. Записать людей, согласных участвовать в консультациях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each person&apos;s consent; only they can be drawn for a consultation.</source>
        <translation>Запишите согласие каждого человека: только такие люди могут попасть в жеребьёвку консультации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Plan a consultation</source>
        <translation>4. Запланировать консультацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set its quotas, draw a fair panel and record what was promised.</source>
        <translation>Задайте квоты, проведите честную жеребьёвку и запишите, что было обещано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Print a flyer</source>
        <translation>5. Напечатать листовку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the diaspora where to find their focal point.</source>
        <translation>Сообщите диаспоре, где найти своего координатора.</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <location filename="../desktop/views/flyers_editor.py" line="+255"/>
        <source>The theme&apos;s colour</source>
        <translation>Цвет темы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>Выбор цвета</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+532"/>
        <source>Flyer</source>
        <translation>Листовка</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+347"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Made from region, language and format</source>
        <translation>Составлено из региона, языка и формата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer name</source>
        <translation>Название листовки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National (no region)</source>
        <translation>Национальная (без региона)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer language</source>
        <translation>Язык листовки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short sentences read best. Printed as typed.</source>
        <translation>Короткие предложения читаются легче. Печатается так, как введено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body text:</source>
        <translation>&amp;Основной текст:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body text</source>
        <translation>Основной текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call to action:</source>
        <translation>&amp;Призыв к действию:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Призыв к действию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s address; the QR code opens it.</source>
        <translation>Адрес платформы; QR-код открывает его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>&amp;Веб-адрес:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default texts of this language</source>
        <translation>&amp;Использовать стандартные тексты этого языка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace headline, body and call to action with the standard texts in the flyer&apos;s language</source>
        <translation>Заменить заголовок, основной текст и призыв к действию стандартными текстами на языке листовки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture or logo:</source>
        <translation>Изображение или логотип:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture or logo</source>
        <translation>Изображение или логотип</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour &amp;theme:</source>
        <translation>Цветовая &amp;тема:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Цветовая тема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main colour…</source>
        <translation>Основной цвет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour…</source>
        <translation>Акцентный цвет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the custom colours and use the theme&apos;s</source>
        <translation>Сбросить свои цвета и использовать цвета темы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colours:</source>
        <translation>Свои цвета:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own colours</source>
        <translation>Свои цвета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a print shop</source>
        <translation>Для типографии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 mm &amp;bleed (backgrounds run past the cut)</source>
        <translation>Выпуск под обрез 3 &amp;мм (фон заходит за линию реза)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cr&amp;op marks</source>
        <translation>Мет&amp;ки обреза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;MYK colours</source>
        <translation>&amp;Цвета CMYK</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview of the printed flyer</source>
        <translation>Предпросмотр напечатанной листовки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight results</source>
        <translation>Результаты предпечатной проверки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the flyer as a PDF file (Ctrl+E)</source>
        <translation>Записать листовку в файл PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>Печать на принтере этого компьютера (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flyer (Ctrl+S)</source>
        <translation>Сохранить листовку (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor (Esc)</source>
        <translation>Закрыть редактор (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A national flyer lists no focal points.</source>
        <translation>В общенациональной листовке координаторы не указываются.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln focal point(s) of this region will be printed: those active, listed on flyers and with recorded consent.</source>
        <translation>
            <numerusform>Будет напечатано %Ln контактное лицо этого региона: действующие, включённые в листовки и с записанным согласием.</numerusform>
            <numerusform>Будут напечатаны %Ln контактных лица этого региона: действующие, включённые в листовки и с записанным согласием.</numerusform>
            <numerusform>Будет напечатано %Ln контактных лиц этого региона: действующие, включённые в листовки и с записанным согласием.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No focal point of this region can be printed yet (they need to be active, listed on flyers and have recorded consent).</source>
        <translation>Пока нельзя напечатать ни одного координатора этого региона (он должен действовать, быть отмечен для листовок и иметь записанное согласие).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New flyer</source>
        <translation>Новая листовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer – {name}</source>
        <translation>Листовка – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>Не удалось построить предпросмотр: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview up to date.</source>
        <translation>Предпросмотр обновлён.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preflight: no problems found.</source>
        <translation>Предпечатная проверка: проблем нет.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flyer not ready</source>
        <translation>Листовка не готова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flyer could not be drawn: {error}</source>
        <translation>Не удалось построить листовку: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture or logo</source>
        <translation>Выбор изображения или логотипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Ничего не сохранено: {problems}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flyer saved.</source>
        <translation>Листовка сохранена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preflight found problems</source>
        <translation>Предпечатная проверка нашла проблемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

{action} anyway?</source>
        <translation>{problems}

{action} всё равно?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyer exported to {path}.</source>
        <translation>Листовка выгружена в {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Напечатать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print flyer</source>
        <translation>Печать листовки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this flyer before closing?</source>
        <translation>Сохранить изменения в этой листовке перед закрытием?</translation>
    </message>
</context>
<context>
    <name>FlyerLanguages</name>
    <message>
        <location filename="../desktop/services/flyers/labels.py" line="+36"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
</context>
<context>
    <name>FlyerTemplates</name>
    <message>
        <location filename="../desktop/services/flyers/templates.py" line="+60"/>
        <source>A5 leaflet</source>
        <translation>Буклет A5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 flyer</source>
        <translation>Листовка A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter flyer</source>
        <translation>Листовка US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3 poster</source>
        <translation>Плакат A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll-up banner 85 × 200 cm</source>
        <translation>Ролл-ап 85 × 200 см</translation>
    </message>
</context>
<context>
    <name>FlyerThemes</name>
    <message>
        <location filename="../desktop/services/flyers/themes.py" line="+34"/>
        <source>Blue and gold</source>
        <translation>Синий и золотой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and sun</source>
        <translation>Зелёный и солнечный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burgundy and sand</source>
        <translation>Бордовый и песочный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal and coral</source>
        <translation>Сине-зелёный и коралловый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plum and amber</source>
        <translation>Сливовый и янтарный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal and mint</source>
        <translation>Графитовый и мятный</translation>
    </message>
</context>
<context>
    <name>Flyers</name>
    <message>
        <location filename="../desktop/services/flyers/images.py" line="+41"/>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>Изображение слишком большое ({w} × {h} пикселей).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an image that can be printed (use PNG or JPEG).</source>
        <translation>Этот файл не является изображением для печати (используйте PNG или JPEG).</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/batch.py" line="+90"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>Неизвестные регионы: {codes}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/preflight.py" line="+55"/>
        <source>region line</source>
        <translation>строка региона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body text</source>
        <translation>основной текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call to action</source>
        <translation>призыв к действию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points heading</source>
        <translation>заголовок списка координаторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points</source>
        <translation>координаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points note</source>
        <translation>примечание о координаторах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR caption</source>
        <translation>Подпись к QR-коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help office line</source>
        <translation>строка офиса помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{language} flyer, {block}: no font can print {chars}; they would come out as &quot;?&quot;. Remove or replace them.</source>
        <translation>Листовка ({language}), {block}: ни один шрифт не может напечатать {chars}; они выйдут как «?». Удалите или замените их.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {block} does not fit even at {size} pt: {lines} line(s) are left out (the printed text ends with &quot;…&quot;). Shorten it or choose a larger format.</source>
        <translation>Блок «{block}» не помещается даже при {size} пт: пропущено строк: {lines} (напечатанный текст заканчивается на «…»). Сократите его или выберите больший формат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{missing} of {total} focal points do not fit on this format and are left out. Choose a larger format.</source>
        <translation>Не помещаются в этот формат и пропущены координаторы: {missing} из {total}. Выберите больший формат.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The QR code&apos;s squares are {size} mm wide; below {minimum} mm phones may not read it once printed. Use a shorter web address or a larger format.</source>
        <translation>Квадраты QR-кода шириной {size} мм; если они меньше {minimum} мм, телефоны могут не распознать напечатанный код. Используйте более короткий веб-адрес или больший формат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The QR code is {size} mm wide; people scan this format from about {distance} cm, which needs at least {needed} mm.</source>
        <translation>Ширина QR-кода — {size} мм; этот формат сканируют примерно с {distance} см, для этого нужно не менее {needed} мм.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code has only {modules} modules of white margin around it; scanners need {needed}.</source>
        <translation>Вокруг QR-кода только {modules} модулей белого поля; сканерам нужно {needed}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below {minimum} dpi it looks blurred. Use a larger image.</source>
        <translation>Изображение печатается с разрешением {dpi} dpi ({w} × {h} пикселей на {mw} × {mh} мм); ниже {minimum} dpi оно выглядит размытым. Используйте изображение побольше.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no web address, so the flyer has no QR code. Type the platform&apos;s address.</source>
        <translation>Веб-адрес не указан, поэтому на листовке нет QR-кода. Введите адрес платформы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address is the example {url}; type your platform&apos;s address.</source>
        <translation>Веб-адрес — это пример {url}; введите адрес вашей платформы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address must start with https:// (or http://) and name a server, or phones cannot open the registration form.</source>
        <translation>Веб-адрес должен начинаться с https:// (или http://) и указывать сервер, иначе телефоны не смогут открыть форму регистрации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This flyer has no campaign code yet (it gets one when saved), so registrations it brings cannot be counted for it.</source>
        <translation>У этой листовки ещё нет кода кампании (он присваивается при сохранении), поэтому регистрации по ней нельзя будет учесть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign code {code} is not valid: use 4 to 12 letters and digits.</source>
        <translation>Код кампании {code} недействителен: используйте 4–12 латинских букв и цифр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline is empty.</source>
        <translation>Заголовок пуст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No focal point of this region can be printed (none is active, listed on flyers and with recorded consent to publish). The flyer points people to the help office instead.</source>
        <translation>Ни одного координатора этого региона нельзя напечатать (нет ни одного действующего, отмеченного для листовок и с записанным согласием на публикацию). Вместо этого листовка направляет людей в офис помощи.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/store.py" line="+110"/>
        <location line="+126"/>
        <source>This flyer no longer exists (it may have been deleted).</source>
        <translation>Этой листовки больше нет (возможно, она удалена).</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>National</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown format {value}; choose one of {choices}.</source>
        <translation>Неизвестный формат: {value}; выберите один из: {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language {value}; choose one of {choices}.</source>
        <translation>Неизвестный язык: {value}; выберите один из: {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region {value}.</source>
        <translation>Неизвестный регион: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown colour theme {value}.</source>
        <translation>Неизвестная цветовая тема: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colour is written like #1D4E89.</source>
        <translation>Цвет записывается так: #1D4E89.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture is larger than 15 MB; use a smaller file.</source>
        <translation>Изображение больше 15 МБ; используйте файл поменьше.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A campaign code has 4 to 12 letters and digits.</source>
        <translation>Код кампании состоит из 4–12 латинских букв и цифр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {limit} characters.</source>
        <translation>Не более {limit} символов.</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <location filename="../desktop/views/flyers.py" line="+41"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>National</source>
        <translation>Национальная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unknown code)</source>
        <translation>(неизвестный код)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>None given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flyers</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyers, posters and banners in six languages with the region&apos;s focal points and a QR code. Open one to edit it with a live preview; print it here or export a PDF for a print shop.</source>
        <translation>Листовки, плакаты и баннеры на шести языках с координаторами региона и QR-кодом. Откройте листовку, чтобы редактировать её с предпросмотром; напечатайте её здесь или выгрузите PDF для типографии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New flyer…</source>
        <translation>&amp;Новая листовка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a flyer (Ctrl+N)</source>
        <translation>Создать листовку (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected flyer in the editor (Enter)</source>
        <translation>Открыть выбранную листовку в редакторе (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new flyer from the selected one, e.g. for another language or region</source>
        <translation>Создать новую листовку на основе выбранной, например для другого языка или региона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flyer (Del); you can undo it</source>
        <translation>Удалить выбранную листовку (Del); это можно отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print for several &amp;regions…</source>
        <translation>&amp;Печать для нескольких регионов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One flyer per region and language into a folder</source>
        <translation>По одной листовке на регион и язык — в папку</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Filter flyers</source>
        <translation>Фильтр листовок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted flyer back (Ctrl+Z)</source>
        <translation>Вернуть удалённую листовку (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved flyers</source>
        <translation>Сохранённые листовки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flyer yet. Press “New flyer…” to make one: it starts with ready-made texts in the language you choose.</source>
        <translation>Листовок пока нет. Нажмите «Новая листовка…», чтобы создать её: она начинается с готовых текстов на выбранном языке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrations that came through the flyers&apos; QR codes</source>
        <translation>Регистрации, поступившие через QR-коды листовок</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations per flyer</source>
        <translation>Регистрации по листовкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations per region</source>
        <translation>Регистрации по регионам</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“{name}” was deleted.</source>
        <translation>«{name}» удалена.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+238"/>
        <source>Flyer</source>
        <translation>Листовка</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+42"/>
        <source>New focal point</source>
        <translation>Новый координатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit focal point</source>
        <translation>Изменить координатора</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+361"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation>например, Кагульский районный совет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation>— национальный уровень (без региона) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Имя (обязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation>например, 0 299 12 345 или +373 299 12 345</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation>Период работы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation>Д&amp;ействует до:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation>Публикация в листовках</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation>Контактные данные человека печатаются в листовках только с его согласия. Укажите, когда и как оно было дано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation>например, подписанная форма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given &amp;on:</source>
        <translation>Д&amp;ата согласия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;Как получено:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation>Указать этого &amp;человека в листовках как информационный пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation>Указан в листовках</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Отозвать согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation>Человек больше не согласен: согласие удаляется, и он исключается из листовок</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked associations</source>
        <translation>Связанные объединения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link associations</source>
        <translation>Связать с объединениями</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save ({keys})</source>
        <translation>Сохранить ({keys})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation>Чтобы указать этого человека в листовках, сначала запишите дату и способ получения согласия.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Will be saved as {phone}</source>
        <translation>Будет сохранено как {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
</context>
<context>
    <name>FocalPointList</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+34"/>
        <location line="+10"/>
        <source>Listed</source>
        <translation>Указан</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not listed</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+68"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
</context>
<context>
    <name>FocalPointRole</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+56"/>
        <source>Elected official</source>
        <translation>Выборное должностное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government officer</source>
        <translation>Сотрудник местной администрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical focal point</source>
        <translation>Технический координатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular officer</source>
        <translation>Консульский сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association liaison</source>
        <translation>Связь с ассоциациями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+86"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation>Люди, которые служат информационными пунктами: выборные лица, сотрудники местных органов власти, технические и консульские координаторы, представители объединений.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation>Фильтр по имени, учреждению, должности, эл. почте или телефону ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter focal points</source>
        <translation>Фильтр координаторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>Указаны или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Указаны в листовках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation>Не указаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation>Согласие не записано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active or not</source>
        <translation>Действует или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation>Действует сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation>Не действует сегодня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New focal point…</source>
        <translation>&amp;Новый координатор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a focal point</source>
        <translation>Добавить координатора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected focal point</source>
        <translation>Открыть выбранного координатора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected focal points to the trash</source>
        <translation>Переместить выбранных координаторов в корзину</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted focal points, to restore them</source>
        <translation>Удалённые координаторы — для восстановления</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>National (no region)</source>
        <translation>Национальный уровень (без региона)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation>Координаторов: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation>Координаторов: {shown} из {total}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation>1 координатор перемещён в корзину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation>Координаторов перемещено в корзину: {count}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted focal points</source>
        <translation>Удалённые координаторы</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+86"/>
        <source>Edit commitment</source>
        <translation>Изменить обязательство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation>Новое обязательство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation>Что просили участники и что было обещано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation>Что сделано (печатается в отчёте)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Обязательство:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="-61"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Добавить обязательство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation>&amp;Отчёт «Вы сказали — мы сделали»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation>PDF с обязательствами и их итогами на языке консультации</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation>Обязательств: {total}, из них открыто: {open}. Консультацию можно закрыть, когда открытых не останется.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete commitment</source>
        <translation>Удалить обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation>Удалить это обязательство?

{text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation>Отчёт «Вы сказали — мы сделали»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, we did</source>
        <translation>Вы сказали — мы сделали</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to {path}.</source>
        <translation>Отчёт записан в {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>Составление отчёта…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+22"/>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/views/help_viewer.py" line="+55"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — руководство пользователя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is missing from this installation.</source>
        <translation>В этой установке нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/services/history.py" line="+87"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link added</source>
        <translation>Связь добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>Связь удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish recorded</source>
        <translation>Согласие на публикацию записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish withdrawn</source>
        <translation>Согласие на публикацию отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Включён в листовки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off flyers</source>
        <translation>Исключён из листовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+170"/>
        <source> ({count} fields)</source>
        <translation> (полей: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — {what} (by {who})</source>
        <translation>{when} — {what} ({who})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+34"/>
        <source>National bureau of {country}</source>
        <translation>Национальное бюро — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for {region}, {country}</source>
        <translation>Офис помощи: {region}, {country}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise ledger</source>
        <translation>Реестр обещаний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>Кого мы не услышали?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as a spreadsheet (.xlsx)…</source>
        <translation>Показатели в таблице (.xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report (PDF)…</source>
        <translation>Отчёт для доноров (PDF)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Associations by region and status</source>
        <translation>Объединения по регионам и статусу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants against the consenting pool, by gender (%)</source>
        <translation>Участники и давшие согласие, по полу (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants against the consenting pool, by generation (%)</source>
        <translation>Участники и давшие согласие, по поколению (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments by status</source>
        <translation>Обязательства по статусу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By region: the national level first, then the regions that hold data</source>
        <translation>По регионам: сначала национальный уровень, затем регионы с данными</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures by region</source>
        <translation>Показатели по регионам</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of {time}; counting again…</source>
        <translation>Показатели на {time}; идёт пересчёт…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consenting pool</source>
        <translation>Давшие согласие</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Таблица (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+518"/>
        <source>Associations</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+313"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/engine.py" line="+140"/>
        <source>The file has no column for {fields}. Name a column {titles} (or choose it in the import wizard).</source>
        <translation>В файле нет столбца для полей: {fields}. Назовите столбец {titles} (или выберите его в мастере импорта).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a header but no rows to import.</source>
        <translation>В файле есть заголовок, но нет строк для импорта.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looks like the existing record “{name}” ({score} %: {reasons}).</source>
        <translation>Похоже на существующую запись «{name}» ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like line {line} of this file ({score} %: {reasons}).</source>
        <translation>Похоже на строку {line} этого файла ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no import {batch}.</source>
        <translation>Импорта {batch} не существует.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This import was already undone.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import can no longer be undone: {count} of its records were changed since (edited, deleted, merged or linked). Delete the records you do not want from the list instead.</source>
        <translation>Этот импорт больше нельзя отменить: с тех пор изменено записей: {count} (отредактированы, удалены, объединены или связаны). Вместо этого удалите ненужные записи из списка.</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/readers.py" line="+85"/>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Не удаётся открыть файл {file}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row must be 1 or more.</source>
        <translation>Номер строки заголовка должен быть не меньше 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>{file} — книга Excel старого формата (.xls). Откройте её в Excel или LibreOffice, сохраните как .xlsx или .csv и импортируйте этот файл.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no row {row}: its last row is {last}.</source>
        <translation>В файле {file} нет строки {row}: последняя строка — {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of {file} is empty; choose the row that names the columns.</source>
        <translation>Строка {row} файла {file} пуста; выберите строку с названиями столбцов.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a totals row (“{text}”), not data</source>
        <translation>строка итогов («{text}»), не данные</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {file}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file} is not a text (CSV) file. Save the table as CSV or XLSX and import that file.</source>
        <translation>{file} — не текстовый файл (CSV). Сохраните таблицу в формате CSV или XLSX и импортируйте этот файл.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as CSV: {reason}</source>
        <translation>{file} не удаётся прочитать как CSV: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Column {number}</source>
        <translation>Столбец {number}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx). It may be damaged or of another kind.</source>
        <translation>{file} не удаётся прочитать как книгу Excel (.xlsx). Возможно, файл повреждён или имеет другой формат.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook {file} is empty.</source>
        <translation>Книга {file} пуста.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="-284"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-434"/>
        <location line="+221"/>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+21"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-204"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+154"/>
        <location line="+98"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics volunteered for</source>
        <translation>Темы, на которые вызвался</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-229"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+65"/>
        <location line="+161"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-160"/>
        <location line="+161"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-73"/>
        <location line="+158"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="-351"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Founding year</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement areas</source>
        <translation>Направления деятельности</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to publish</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed on flyers</source>
        <translation>Указан в листовках</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent given how</source>
        <translation>Способ получения согласия</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active until</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-53"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>semicolons</source>
        <translation>точками с запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>запятыми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>вертикальными чертами</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Import {what}</source>
        <translation>Импорт: {what}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators/__init__.py" line="+54"/>
        <source>Unknown region: {code}.</source>
        <translation>Неизвестный регион: {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/files.py" line="+51"/>
        <source>The report can be written as .xlsx or .pdf, not {suffix}.</source>
        <translation>Отчёт можно записать в .xlsx или .pdf, но не в {suffix}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Up to {end}</source>
        <translation>По {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>С {start} по {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region: {region}</source>
        <translation>Регион: {region}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National level only</source>
        <translation>Только национальный уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diaspora engagement: monitoring report</source>
        <translation>Работа с диаспорой: отчёт о мониторинге</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States such as valid consent and overdue commitments are taken on {date}.</source>
        <translation>Состояния (действующее согласие, просроченные обязательства) указаны на {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/services/indicators/labels.py" line="+26"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who consented</source>
        <translation>Давшие согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who took part, against who could</source>
        <translation>Кто участвовал и кто мог бы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry and consultations</source>
        <translation>Реестр и консультации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People who consented to be consulted, in groups from which nobody took part in the period.</source>
        <translation>Согласившиеся участвовать в консультациях из групп, от которых за период никто не участвовал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report produced on {date}.</source>
        <translation>Отчёт составлен {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/labels.py" line="-7"/>
        <source>Associations in the registry</source>
        <translation>Объединения в реестре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active focal points</source>
        <translation>Активные координаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points listed on flyers</source>
        <translation>Координаторы на листовках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions without a focal point</source>
        <translation>Регионы без координатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who consented to be consulted</source>
        <translation>Согласившиеся участвовать в консультациях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents ending in the next 90 days</source>
        <translation>Согласия, истекающие в ближайшие 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations held</source>
        <translation>Проведённые консультации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women among participants (%)</source>
        <translation>Женщины среди участников (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments made</source>
        <translation>Взятые обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments overdue</source>
        <translation>Просроченные обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept on time (%)</source>
        <translation>Обязательства, выполненные в срок (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups not heard from</source>
        <translation>Неуслышанные группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seated more than once</source>
        <translation>Участвовавшие больше одного раза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st generation</source>
        <translation>1-е поколение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd generation</source>
        <translation>2-е поколение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd generation or later</source>
        <translation>3-е поколение и далее</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin country</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>Двойное</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New in the period</source>
        <translation>Новые за период</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/model.py" line="+54"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>Период начинается ({start}) позже, чем заканчивается ({end}).</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../desktop/views/consultations_invitations.py" line="+51"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve rank</source>
        <translation>Место в резерве</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants and reserves</source>
        <translation>Участники и резерв</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;invited</source>
        <translation>Отметить &amp;как приглашённых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Подтвердил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>&amp;Отказался…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person cannot come; the next suitable reserve is offered</source>
        <translation>Человек не может прийти; предлагается следующий подходящий резервист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttended</source>
        <translation>П&amp;рисутствовал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did &amp;not come</source>
        <translation>&amp;Не пришёл</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation &amp;letters (PDF)…</source>
        <translation>П&amp;исьма-приглашения (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected or invited person, in the consultation&apos;s language</source>
        <translation>По одному письму каждому отобранному или приглашённому, на языке консультации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export invitee &amp;list…</source>
        <translation>&amp;Выгрузить список приглашённых…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one is selected yet: run the selection first.</source>
        <translation>Пока никто не отобран: сначала проведите отбор.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>Invitations</source>
        <translation>Приглашения</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No suitable reserve</source>
        <translation>Нет подходящего резервиста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. No reserve can take the seat without breaking a quota; the seat stays empty unless you draw again with a larger pool.</source>
        <translation>{name} отказался(ась). Ни один резервист не может занять место, не нарушив квоту; место останется пустым, если не провести новую жеребьёвку с бо́льшим списком кандидатов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer the seat to a reserve</source>
        <translation>Предложить место резервисту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. The next reserve who keeps every quota is {reserve}. Give them the seat?</source>
        <translation>{name} отказался(ась). Следующий резервист, при котором соблюдаются все квоты: {reserve}. Отдать ему место?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reserve} takes the seat; invite them now.</source>
        <translation>{reserve} занимает место; пригласите этого человека.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>Письма-приглашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} letters written to {path}.</source>
        <translation>Писем записано в {path}: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the letters…</source>
        <translation>Составление писем…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export invitee list</source>
        <translation>Выгрузить список приглашённых</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invitees</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} people written to {path}.</source>
        <translation>Людей записано в {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+283"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Место в резерве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>Вероятность отбора</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invitees</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Выберите имя файла с расширением .csv или .xlsx.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="-300"/>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Дано на</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (evidence)</source>
        <translation>Что сделано (подтверждение)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+396"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>Пока никто не отобран и не приглашён, поэтому писать письма некому.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-91"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation>Добавить связь…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-81"/>
        <source>Type part of the name</source>
        <translation>Введите часть названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation>Подходящие записи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+68"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>&amp;О программе Diaspora Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — no sync server configured</source>
        <translation>Не в сети — сервер синхронизации не настроен</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved.</source>
        <translation>Параметры сохранены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Diaspora Desk backup</source>
        <translation>Резервная копия Diaspora Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db)</source>
        <translation>База данных SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана в {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart now?</source>
        <translation>Перезапустить сейчас?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after a restart. Restart now? Diaspora Desk reopens on this page; open forms ask about unsaved changes first.</source>
        <translation>Новый язык вступит в силу после перезапуска. Перезапустить сейчас? Diaspora Desk откроется на этой же странице; открытые формы сначала спросят о несохранённых изменениях.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-638"/>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file goes into the field chosen next to it. Columns set to “Do not import” are left out.</source>
        <translation>Каждый столбец файла попадает в поле, выбранное рядом с ним. Столбцы с пометкой «Не импортировать» пропускаются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>С&amp;охранённые сопоставления:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings</source>
        <translation>Сохранённые сопоставления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen saved mapping for this file</source>
        <translation>Применить выбранное сохранённое сопоставление к этому файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these choices to reuse them for the next file from the same source</source>
        <translation>Сохранить этот выбор, чтобы использовать его для следующего файла из того же источника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete mapping</source>
        <translation>&amp;Удалить сопоставление</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Header on row:</source>
        <translation>&amp;Заголовок в строке:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row that names the columns</source>
        <translation>Строка с названиями столбцов</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{rows} rows read from {file} ({encoding}, separated by {separator}).</source>
        <translation>Прочитано строк из {file}: {rows} ({encoding}, разделены {separator}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{rows} rows read from sheet “{sheet}” of {file}.</source>
        <translation>Прочитано строк с листа «{sheet}» файла {file}: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not data, left out: {rows}.</source>
        <translation>Не данные, пропущены: {rows}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({reason})</source>
        <translation>строка {line} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>Импортировать в</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field for column {column}</source>
        <translation>Поле для столбца {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Do not import —</source>
        <translation>— Не импортировать —</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{field}” is chosen for more than one column ({columns}); choose it for one only.</source>
        <translation>«{field}» выбрано для нескольких столбцов ({columns}); выберите его только для одного.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Выберите столбец, в котором содержится: {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this mapping:</source>
        <translation>Название сопоставления:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete mapping</source>
        <translation>Удаление сопоставления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Удалить сохранённое сопоставление «{name}»?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../desktop/services/merge.py" line="+116"/>
        <source>One of the records no longer exists (it may have been deleted or merged already).</source>
        <translation>Одной из записей больше нет (возможно, она уже удалена или объединена).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>These choices do not make a valid record: {problems}</source>
        <translation>При таком выборе запись получается недопустимой: {problems}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/views/merge_dialog.py" line="+53"/>
        <source>Merge duplicates</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use all from &amp;left</source>
        <translation>&amp;Всё слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every value of the record on the left</source>
        <translation>Сохранить все значения записи слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use all from &amp;right</source>
        <translation>Всё &amp;справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every differing value from the record on the right</source>
        <translation>Взять все различающиеся значения из записи справа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Swap records</source>
        <translation>&amp;Поменять записи местами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the record on the right instead, and merge the left one into it</source>
        <translation>Сохранить вместо этого запись справа и объединить с ней запись слева</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../desktop/views/registrations.py" line="+226"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the two records ({key})</source>
        <translation>Объединить две записи ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For each field that differs, pick the value to keep. “{other}” will be merged into “{keep}”: its links and history move over, and it is removed (it stays in the trash, marked as merged).</source>
        <translation>Для каждого различающегося поля выберите значение, которое нужно сохранить. «{other}» будет объединена с «{keep}»: её связи и история перейдут туда, а сама она будет убрана (останется в корзине с пометкой «объединена»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/views/registrations.py" line="-26"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept record (left)</source>
        <translation>Сохраняемая запись (слева)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record (right)</source>
        <translation>Объединяемая запись (справа)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../desktop/views/registrations.py" line="+15"/>
        <source>Both</source>
        <translation>Оба</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records have the same values; merging keeps the left one and moves the other&apos;s links and history to it.</source>
        <translation>У обеих записей одинаковые значения; при объединении сохраняется левая, и к ней переходят связи и история другой.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merged “{other}” into “{keep}”.</source>
        <translation>«{other}» объединена с «{keep}».</translation>
    </message>
    <message>
        <location filename="../desktop/views/registrations.py" line="-23"/>
        <source>Merge registration into {name}</source>
        <translation>Объединить регистрацию с записью {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, field by field, which value the record keeps. Fields where both are the same are not shown.</source>
        <translation>Выберите для каждого поля, какое значение сохранит запись. Поля, совпадающие с обеих сторон, не показаны.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From the form</source>
        <translation>Из формы</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>In the record</source>
        <translation>В записи</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to merge</source>
        <translation>Поля для объединения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep for {field}</source>
        <translation>Что оставить: {field}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+95"/>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../desktop/views/office_picker.py" line="+30"/>
        <source>Home country</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;country:</source>
        <translation>&amp;Страна происхождения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;national bureau (sees every region)</source>
        <translation>&amp;Национальное бюро (видит все регионы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region&apos;s help office:</source>
        <translation>Офис помощи &amp;региона:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region of this help office</source>
        <translation>Регион этого офиса помощи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop is used by:</source>
        <translation>Этот компьютер использует:</translation>
    </message>
</context>
<context>
    <name>OfficeProfileFields</name>
    <message>
        <location filename="../desktop/views/office_profile_fields.py" line="+32"/>
        <source>Office profile (printed on letters, reports and flyers)</source>
        <translation>Профиль бюро (печатается в письмах, отчётах и листовках)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters, the selection audit report and the footer of flyers show these details, so that people know whom to contact. Leave a field empty to leave it out.</source>
        <translation>Эти данные печатаются в письмах-приглашениях, в отчёте о проверке отбора и внизу листовок, чтобы люди знали, к кому обращаться. Оставьте поле пустым, чтобы не печатать его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Cahul Help Office for Migrants</source>
        <translation>например, Бюро помощи мигрантам в Кагуле</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. +373 299 12 345</source>
        <translation>например, +373 299 12 345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ana Rusu, Head of office</source>
        <translation>например, Ана Русу, руководитель бюро</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>Название бюро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>Адрес бюро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone</source>
        <translation>Телефон бюро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail</source>
        <translation>Эл. почта бюро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Файл логотипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a logo</source>
        <translation>Выбрать логотип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office na&amp;me:</source>
        <translation>Назва&amp;ние бюро:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Ло&amp;готип:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatory:</source>
        <translation>&amp;Подписант:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the office logo</source>
        <translation>Выберите логотип бюро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>Этот файл — не изображение PNG или JPEG.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../desktop/views/operations.py" line="+91"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+183"/>
        <source>e.g. {date}</source>
        <translation>например, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Type the date or pick it from the calendar; Delete clears it.</source>
        <translation>Введите дату или выберите её в календаре; Delete очищает поле.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Pick from the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick {field} from the calendar</source>
        <translation>Выбрать «{field}» в календаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {field}</source>
        <translation>Очистить: {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a date. Write it like {example}.</source>
        <translation>Это не дата. Напишите, например, {example}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/views/sync_page.py" line="+76"/>
        <source>Log in to the sync server</source>
        <translation>Вход на сервер синхронизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in to {server} as {user}.</source>
        <translation>Вход на {server} как {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is kept in this computer&apos;s password store (keyring), not the password itself.</source>
        <translation>В хранилище паролей этого компьютера (keyring) сохраняется вход, а не сам пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring): the password is kept in memory only, until Diaspora Desk is closed.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring): пароль хранится только в памяти до закрытия Diaspora Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../desktop/services/personal_data.py" line="+149"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics volunteered for</source>
        <translation>Темы, на которые вызвался</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <source>Everything we hold about you</source>
        <translation>Все сведения, которые мы храним о вас</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This document lists every record the diaspora-relations bureau keeps about this person: their details, their consents, the consultations they were part of, and commitments that mention them. Exported on {date}.</source>
        <translation>В этом документе перечислены все сведения, которые бюро по связям с диаспорой хранит об этом человеке: его данные, согласия, консультации, в которых он участвовал, и обязательства, где он упоминается. Дата выгрузки: {date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text agreed to on {date} (version {version}):</source>
        <translation>Текст, принятый {date} (версия {version}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent is recorded.</source>
        <translation>Согласие не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your place</source>
        <translation>Ваше положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of being selected</source>
        <translation>Вероятность быть отобранным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation status</source>
        <translation>Статус консультации</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person has not been part of any consultation.</source>
        <translation>Этот человек не участвовал ни в одной консультации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments that mention this person</source>
        <translation>Обязательства, в которых упоминается этот человек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Данные этого человека уже стёрты.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erased person</source>
        <translation>Стёртые данные</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-62"/>
        <source>Export personal data</source>
        <translation>Выгрузить персональные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation>Персональные данные записаны в {pdf} и {json}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the personal data export…</source>
        <translation>Запись выгрузки персональных данных…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Erase personal data</source>
        <translation>Стереть персональные данные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The personal data of {name} was erased.</source>
        <translation>Персональные данные ({name}) стёрты.</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+168"/>
        <source>Add people to the pool</source>
        <translation>Добавить людей в список кандидатов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation>Добавляются все люди с действующим согласием, подходящие под все выбранные фильтры (пустой фильтр подходит всем).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topics volunteered for</source>
        <translation>Темы, на которые вызвался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of residence</source>
        <translation>Страны проживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation>Регионы происхождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topics volunteered for</source>
        <translation>&amp;Темы, на которые вызвался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation>&amp;Страны проживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation>&amp;Регионы происхождения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Genders</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation>Поколения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenships</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation>По&amp;коление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Гражданство</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members of the association</source>
        <translation>Члены ассоциации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association (type to search)</source>
        <translation>Любая ассоциация (введите для поиска)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the a&amp;ssociation:</source>
        <translation>Члены а&amp;ссоциации:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or e-mail contains</source>
        <translation>Имя или эл. почта содержит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation>&amp;Имя или эл. почта содержит:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation>П&amp;одсчитать совпадения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>Подходящие люди</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to pool</source>
        <translation>&amp;Добавить в список</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} people with a valid consent match.</source>
        <translation>Подходящих людей с действующим согласием: {count}.</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="-198"/>
        <source>1st</source>
        <translation>1-е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2-е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>3-е и далее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be selected</source>
        <translation>Можно отобрать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: consent not valid</source>
        <translation>Нет: согласие недействительно</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Result of the last change</source>
        <translation>Результат последнего изменения</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation>Фильтр списка кандидатов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation>Кандидаты в списке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation>&amp;Добавить по фильтрам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation>Добавить всех подходящих людей с действующим согласием (например, вызвавшихся на эту тему)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from a &amp;file of ids…</source>
        <translation>Добавить из &amp;файла идентификаторов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation>CSV со столбцом «id» (или только идентификаторы, по одному в строке), например выгруженный из другой программы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import new people…</source>
        <translation>&amp;Импортировать новых людей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list of volunteers (CSV or Excel) as candidates, record their consent, and add them to this pool</source>
        <translation>Импортировать список добровольцев (CSV или Excel) как кандидатов, записать их согласие и добавить их в этот список</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Убрать выбранных</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} people in the pool.</source>
        <translation>Людей в списке кандидатов: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation>Из них нельзя отобрать: {count} (согласие отозвано или истекло); жеребьёвка их не учитывает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation>Список кандидатов зафиксирован: из него уже отобраны участники.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+38"/>
        <source>Pool</source>
        <translation>Список кандидатов</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Adding to the pool…</source>
        <translation>Добавление в список кандидатов…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people from a file of ids</source>
        <translation>Добавить людей из файла идентификаторов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove from the pool</source>
        <translation>Убрать из списка кандидатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation>Убрать людей из списка кандидатов ({count})? Они останутся в общем списке кандидатов, их можно добавить снова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} removed from the pool.</source>
        <translation>Убрано из списка кандидатов: {count}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+84"/>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked with the same rules as the form. Nothing is imported before you press Import.</source>
        <translation>Каждая строка проверяется по тем же правилам, что и форма. Ничего не импортируется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out</source>
        <translation>Пропущенные строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows left out, with the line, column and reason, to a CSV file you can correct and import again</source>
        <translation>Записать пропущенные строки с номером строки, столбцом и причиной в файл CSV, который можно исправить и импортировать снова</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file cannot be imported: {error}</source>
        <translation>Файл нельзя импортировать: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{read} rows read: {good} can be imported.</source>
        <translation>Прочитано строк: {read}; можно импортировать: {good}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bad} rows will be left out; the reasons are listed below.</source>
        <translation>Будет пропущено строк: {bad}; причины перечислены ниже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{flagged} rows look like records already in the register; they will be imported, check them afterwards.</source>
        <translation>Строк, похожих на записи, уже имеющиеся в реестре: {flagged}; они будут импортированы, проверьте их потом.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns not imported: {columns}.</source>
        <translation>Неимпортируемые столбцы: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import.</source>
        <translation>Импортировать нечего.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows left out ({count})</source>
        <translation>Пропущенные строки ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates ({count})</source>
        <translation>Возможные дубликаты ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Save the rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {error}</source>
        <translation>Не удалось записать {file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows written to {file}</source>
        <translation>Отклонённых строк записано в {file}: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseLedgerPage</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+51"/>
        <source>Promise ledger</source>
        <translation>Реестр обещаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commitment made at a consultation: what was promised, to whom, who is responsible, by when, and what was done. Overdue ones are in red.</source>
        <translation>Все обязательства, данные на консультациях: что обещано, кому, кто отвечает, к какому сроку и что сделано. Просроченные выделены красным.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search promises, owners, evidence…</source>
        <translation>Поиск по обещаниям, ответственным, подтверждениям…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All consultations</source>
        <translation>Все консультации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Изменить обязательство…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;digest (PDF)…</source>
        <translation>&amp;Публичная сводка (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“You said … / We did …” for one region and period, in any of the six languages, to hand out at the next consultation</source>
        <translation>«Вы сказали … / Мы сделали …» для одного региона и периода на любом из шести языков — раздать на следующей консультации</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} commitments shown, {overdue} overdue</source>
        <translation>Показано обязательств: {shown}, просрочено: {overdue}</translation>
    </message>
</context>
<context>
    <name>QuotaFields</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+170"/>
        <source>Some details are not set</source>
        <translation>Некоторые сведения не указаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection quotas use these details, which are not set: {fields}.

Ask the person if you can. Saved without them, the person counts as “not stated” in quotas. Save anyway?</source>
        <translation>Квоты отбора используют эти сведения, но они не указаны: {fields}.

По возможности спросите человека. Без них человек учитывается в квотах как «не указано». Всё равно сохранить?</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="-146"/>
        <location line="+18"/>
        <source>Recent imports</source>
        <translation>Недавние импорты</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An import can be undone as long as none of its records was changed, deleted, merged or linked since.</source>
        <translation>Импорт можно отменить, пока ни одна из его записей не была изменена, удалена, объединена или связана.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the records of the selected import to the trash</source>
        <translation>Переместить записи выбранного импорта в корзину</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No imports yet.</source>
        <translation>Импортов пока нет.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move the {count} records imported from {file} to the trash?</source>
        <translation>Переместить в корзину записи, импортированные из {file} ({count})?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import undone: {count} records moved to the trash.</source>
        <translation>Импорт отменён; перемещено в корзину записей: {count}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/views/record_form.py" line="+56"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Есть несохранённые изменения. Закрыть форму и потерять их?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation>Сохраните или отмените изменения перед объединением.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../desktop/services/links.py" line="+161"/>
        <source>Unknown kind of record: {entity}</source>
        <translation>Неизвестный тип записи: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="+35"/>
        <source>Nothing was saved: {problems}</source>
        <translation>Ничего не сохранено: {problems}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record no longer exists (it may have been deleted or merged).</source>
        <translation>Эта запись больше не существует (возможно, она удалена или объединена с другой).</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../desktop/views/regions.py" line="+65"/>
        <source>Edit region</source>
        <translation>Изменить регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add region</source>
        <translation>Добавить регион</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region code</source>
        <translation>Код региона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name</source>
        <translation>Название региона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office name</source>
        <translation>Название офиса помощи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help office:</source>
        <translation>&amp;Офис помощи:</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../desktop/services/regions.py" line="+91"/>
        <source>Unknown country code: {code}</source>
        <translation>Неизвестный код страны: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Unknown region: {code}</source>
        <translation>Неизвестный регион: {code}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>A region needs a name.</source>
        <translation>У региона должно быть название.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A region code looks like {example} (country, dash, letters or digits).</source>
        <translation>Код региона выглядит так: {example} (страна, дефис, буквы или цифры).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used.</source>
        <translation>Код {code} уже используется.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../desktop/views/regions.py" line="-39"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office</source>
        <translation>Офис помощи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Упразднён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+24"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Origin regions of the home country and their help offices. Retired regions stay attached to old records but are no longer offered in forms.</source>
        <translation>Регионы происхождения в стране и их офисы помощи. Упразднённые регионы остаются в старых записях, но больше не предлагаются в формах.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter regions</source>
        <translation>Фильтр регионов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add region…</source>
        <translation>&amp;Добавить регион…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region ({keys})</source>
        <translation>Добавить регион ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Retire</source>
        <translation>&amp;Упразднить</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Regions are kept by the national bureau; this help office receives them when it syncs.</source>
        <translation>Регионы ведёт национальное бюро; этот офис помощи получает их при синхронизации.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retire region</source>
        <translation>Упразднить регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Its records stay; it will no longer be offered in forms. You can restore it later.</source>
        <translation>Упразднить регион «{name}»? Его записи сохранятся, но он больше не будет предлагаться в формах. Позже его можно восстановить.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../desktop/services/registrations.py" line="+177"/>
        <source>Keep rejected registrations between 1 and {max} days.</source>
        <translation>Храните отклонённые регистрации от 1 до {max} дней.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No registration has this id or reference.</source>
        <translation>Нет регистрации с таким идентификатором или номером.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No registration has this id or reference: {key}.</source>
        <translation>Нет регистрации с таким идентификатором или номером: {key}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The record to merge into no longer exists (it may have been deleted).</source>
        <translation>Запись для объединения больше не существует (возможно, её удалили).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Registration {reference} was already reviewed.</source>
        <translation>Регистрация {reference} уже рассмотрена.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Registration {reference} has no data left to accept.</source>
        <translation>В регистрации {reference} не осталось данных для принятия.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registered through the online form (reference {reference}).</source>
        <translation>Зарегистрирован через онлайн-форму (номер {reference}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the checks did not accept:</source>
        <translation>Ответы, не прошедшие проверку:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Say why the registration is rejected.</source>
        <translation>Укажите причину отклонения регистрации.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/views/registrations.py" line="-149"/>
        <location line="+180"/>
        <source>Waiting for review</source>
        <translation>Ожидает рассмотрения</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being listed</source>
        <translation>Включение в реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being invited to consultations</source>
        <translation>Приглашение на консультации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving information</source>
        <translation>Получение информации</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>Регион происхождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyer code</source>
        <translation>Код листовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(personal data erased)</source>
        <translation>(персональные данные удалены)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent as shown on the form</source>
        <translation>Согласие в том виде, в каком оно было показано в форме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Не дано</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+33"/>
        <location line="+99"/>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>People and associations who registered through the form on the flyers&apos; QR code. Check the possible duplicates, then accept, merge or reject each one.</source>
        <translation>Люди и объединения, зарегистрировавшиеся через форму по QR-коду листовок. Проверьте возможные дубликаты, затем примите, объедините или отклоните каждую регистрацию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Рассмотренные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Registration details</source>
        <translation>Сведения о регистрации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the association or person from this registration, with its consent</source>
        <translation>Создать объединение или человека по этой регистрации вместе с согласием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the answers to the possible duplicate</source>
        <translation>Добавить ответы в возможный дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} shown</source>
        <translation>Показано: {count}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved. Some answers did not pass the checks and were kept in the record&apos;s notes:
{answers}</source>
        <translation>Сохранено. Некоторые ответы не прошли проверку и сохранены в заметках записи:
{answers}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record is the same as this registration?</source>
        <translation>Какая запись соответствует этой регистрации?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reject registration</source>
        <translation>Отклонить регистрацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this registration rejected? (Its personal data is erased after the retention period set in Settings.)</source>
        <translation>Почему эта регистрация отклоняется? (Её персональные данные удаляются по истечении срока хранения, заданного в настройках.)</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+66"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo ({keys})</source>
        <translation>Отменить ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of records shown</source>
        <translation>Число показанных записей</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Filtering… {shown} found so far</source>
        <translation>Фильтрация… найдено пока: {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — загрузка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>Отменено. Восстановлено записей: {count}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} Нажмите {keys}, чтобы отменить.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+17"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the records this import added (possible as long as none of them was changed since)</source>
        <translation>Удалить записи, добавленные этим импортом (возможно, пока ни одна из них не изменялась)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {count} rows…</source>
        <translation>Импорт строк ({count})…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{imported} records imported from {file}; {rejected} rows were left out. You can undo this import now, or later from “Recent imports” as long as none of its records was changed.</source>
        <translation>Импортировано записей из {file}: {imported}; пропущено строк: {rejected}. Этот импорт можно отменить сейчас или позже в разделе «Недавние импорты», пока ни одна из его записей не изменялась.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} records imported.</source>
        <translation>Импортировано записей: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was imported: {error}</source>
        <translation>Импорт не удался, ничего не импортировано: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the {count} records this import added?</source>
        <translation>Удалить записи, добавленные этим импортом ({count})?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {count} records were removed.</source>
        <translation>Импорт отменён; удалено записей: {count}.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../desktop/views/save_dialog.py" line="+110"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже есть в папке {folder}. Заменить?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/sections.py" line="+50"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Associations</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Region directory</source>
        <translation>Справочник регионов</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise ledger</source>
        <translation>Реестр обещаний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="-484"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Социальные услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>Религия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>Информационные технологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Наука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts</source>
        <translation>Искусство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation>Права женщин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>Туризм</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../desktop/services/consultation_selection.py" line="+151"/>
        <source>household</source>
        <translation>домохозяйство</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The criteria are fixed once the participants are drawn.</source>
        <translation>После жеребьёвки участников критерии фиксируются.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Participants can be drawn only while the pool is open (and only once).</source>
        <translation>Жеребьёвку участников можно провести, только пока набор открыт (и только один раз).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pool holds {count} pairs of likely duplicate people (e.g. {first} / {second}). Merge each pair or mark it “not the same person” before the draw.</source>
        <translation>В пуле {count} пар вероятных дубликатов (например, {first} / {second}). Объедините каждую пару или отметьте «не один и тот же человек» перед жеребьёвкой.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This consultation has no recorded draw.</source>
        <translation>У этой консультации нет записанной жеребьёвки.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/audit.py" line="+158"/>
        <source>OK</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection is confirmed.</source>
        <translation>Отбор подтверждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection is NOT confirmed.</source>
        <translation>Отбор НЕ подтверждён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file format</source>
        <translation>Формат файла проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a selection audit record</source>
        <translation>это не запись проверки отбора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Diaspora Desk</source>
        <translation>записано более новой версией Diaspora Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the record is incomplete or damaged ({error})</source>
        <translation>запись неполна или повреждена ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the pool and quotas</source>
        <translation>Отпечаток списка и квот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded {recorded}, computed {actual}</source>
        <translation>записано {recorded}, вычислено {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorded problem</source>
        <translation>Записанная задача</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the groups of interchangeable people do not match the pool</source>
        <translation>группы взаимозаменяемых людей не соответствуют списку кандидатов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a panel breaks the quotas</source>
        <translation>один из составов нарушает квоты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights are not positive or do not add up</source>
        <translation>веса не положительны или не сходятся в сумме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every panel of the distribution meets the quotas</source>
        <translation>Каждый состав распределения соблюдает квоты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The published probabilities are the distribution&apos;s</source>
        <translation>Опубликованные вероятности соответствуют распределению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they differ from what the panels and weights give</source>
        <translation>они расходятся с тем, что дают составы и веса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel meets the quotas</source>
        <translation>Состав соблюдает квоты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-running the draw with the seed</source>
        <translation>Повтор жеребьёвки с зерном</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw with the seed gives the published panel</source>
        <translation>Повтор жеребьёвки с зерном даёт опубликованный состав</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seed gives a different panel ({count} people differ)</source>
        <translation>зерно даёт другой состав (отличий: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw gives the published reserves, in order</source>
        <translation>Повтор жеребьёвки даёт опубликованный резерв в том же порядке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the seed gives a different reserve list</source>
        <translation>зерно даёт другой список резерва</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The distribution is as fair as the engine can make it</source>
        <translation>Распределение настолько справедливо, насколько это возможно для механизма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record claims a smallest probability of {claimed:.6f}, but its lottery gives {actual:.6f}</source>
        <translation>в записи указана наименьшая вероятность {claimed:.6f}, но её жеребьёвка даёт {actual:.6f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fairer lottery exists: its smallest probability is {best:.6f}, the record&apos;s {recorded:.6f}</source>
        <translation>существует более справедливая жеребьёвка: её наименьшая вероятность {best:.6f}, в записи {recorded:.6f}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>re-solved until the time limit: no fairer lottery found (smallest probability {recorded:.6f}, at most {bound:.6f} is possible)</source>
        <translation>пересчитано до предела времени: более справедливой жеребьёвки не найдено (наименьшая вероятность {recorded:.6f}, возможно не более {bound:.6f})</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>re-solved: the sorted probabilities match (largest shortfall {gap:.2e})</source>
        <translation>решено заново: отсортированные вероятности совпадают (наибольшее отклонение {gap:.2e})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fairer distribution exists: someone&apos;s probability falls short by {gap:.2e}</source>
        <translation>существует более справедливое распределение: чья-то вероятность ниже на {gap:.2e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-solved: smallest probability {recorded:.6f}, best possible {best:.6f}</source>
        <translation>решено заново: наименьшая вероятность {recorded:.6f}, наилучшая возможная {best:.6f}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/draw.py" line="+49"/>
        <source>The seed is empty: type one in or generate one.</source>
        <translation>Зерно пусто: введите его или сгенерируйте.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not in the pool: {ids}.</source>
        <translation>Нет в списке: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone appears twice on the panel.</source>
        <translation>Кто-то дважды входит в состав.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel has {count} people for {seats} seats.</source>
        <translation>В составе {count} чел. на {seats} мест.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people with &apos;{value}&apos; ({feature}); the quota is {min} to {max}.</source>
        <translation>Людей со значением «{value}» ({feature}): {count}; квота — от {min} до {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} people from group &apos;{group}&apos;; the cap is {cap}.</source>
        <translation>Людей из группы «{group}»: {count}; предел — {cap}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The panel has people who are not in the pool.</source>
        <translation>В составе есть люди, которых нет в списке кандидатов.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/feasibility.py" line="+50"/>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest changes that make the quotas hold:</source>
        <translation>Минимальные изменения, при которых квоты выполнимы:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{value}&apos; ({feature})</source>
        <translation>«{value}» ({feature})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 candidate</source>
        <translation>1 кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} candidates</source>
        <translation>Кандидатов: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool has only {pool} people for {seats} seats.</source>
        <translation>В списке только {pool} человек на {seats} мест.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {people} have {value}, but the minimum is {min}.</source>
        <translation>Только у {people} человек есть {value}, а минимум — {min}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum for {value} is {min}, more than the {seats} seats.</source>
        <translation>Минимум для {value} — {min}, больше числа мест ({seats}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimums for &apos;{feature}&apos; add up to {total}, more than the {seats} seats.</source>
        <translation>Сумма минимумов для «{feature}» — {total}, больше числа мест ({seats}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the maximums for &apos;{feature}&apos; (and with the {other} people whose value has no quota) at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>При максимумах для «{feature}» (и {other} людях, для значений которых квот нет) можно заполнить не более {total} мест — меньше, чем {seats}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the maximums for &apos;{feature}&apos; at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>При максимумах для «{feature}» можно заполнить не более {total} мест — меньше, чем {seats}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With at most 1 person from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>При не более чем 1 человеке из одной группы можно заполнить не более {total} мест — меньше, чем {seats} мест.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With at most {cap} people from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>Если от одной группы не более {cap} человек, можно заполнить не более {total} мест — меньше, чем {seats}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The quotas could not be checked.</source>
        <translation>Не удалось проверить квоты.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+269"/>
        <source>The quotas can be met.</source>
        <translation>Квоты выполнимы.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Not decided yet: the check ran out of time.</source>
        <translation>Пока не решено: проверке не хватило времени.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quotas cannot all be met together; for example, {change}.</source>
        <translation>Квоты нельзя выполнить одновременно; например: {change}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quotas cannot all be met together.</source>
        <translation>Квоты нельзя выполнить одновременно.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>raise the cap per group from {old} to {new}</source>
        <translation>поднять предел на группу с {old} до {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lower the minimum for {value} from {old} to {new}</source>
        <translation>снизить минимум для {value} с {old} до {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the maximum for {value} from {old} to {new}</source>
        <translation>поднять максимум для {value} с {old} до {new}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>at most {cap} people from any one group</source>
        <translation>не более {cap} человек от одной группы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least {min} seats for {value} ({people} in the pool)</source>
        <translation>не менее {min} мест для {value} (в списке: {people})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {max} seats for {value} ({people} in the pool)</source>
        <translation>не более {max} мест для {value} (в списке: {people})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{both} of the {total} candidates with {value} also have {other}, which is limited to {max} seats</source>
        <translation>у {both} из {total} кандидатов со значением {value} есть также {other}, для которого не более {max} мест</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{both} of the {total} candidates with {value} also have {other}</source>
        <translation>у {both} из {total} кандидатов со значением {value} есть также {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only {both} of the {total} candidates with {value} has {other}</source>
        <translation>только {both} из {total} кандидатов с признаком {value} имеют {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {both} of the {total} candidates with {value} have {other}</source>
        <translation>только у {both} из {total} кандидатов со значением {value} есть {other}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These quotas cannot all hold together: {parts}.</source>
        <translation>Эти квоты нельзя выполнить одновременно: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quotas cannot all hold together.</source>
        <translation>Квоты несовместимы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are {seats} seats in all.</source>
        <translation>Всего мест: {seats}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/files.py" line="+67"/>
        <source>{file} has no &apos;id&apos; column (the header row must name one column &apos;id&apos;).</source>
        <translation>В {file} нет столбца «id» (в строке заголовка один столбец должен называться «id»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the header row names the column &apos;{name}&apos; twice; which one is meant?</source>
        <translation>{file}: в строке заголовков столбец «{name}» назван дважды; какой из них имеется в виду?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has a column &apos;role&apos;, which the panel file uses for &apos;selected&apos; and &apos;reserve-1&apos;, &apos;reserve-2&apos; …; rename that column.</source>
        <translation>В {file} есть столбец «role», который файл состава использует для «selected» и «reserve-1», «reserve-2» …; переименуйте этот столбец.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no people in it: the pool is empty.</source>
        <translation>В {file} нет людей: список кандидатов пуст.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: no id on line(s) {lines}.</source>
        <translation>{file}: нет идентификатора в строках {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the id &apos;{id}&apos; appears more than once (lines {lines}).</source>
        <translation>{file}: идентификатор «{id}» встречается несколько раз (строки {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} needs the columns feature, value, min and max; missing: {missing}.</source>
        <translation>В {file} нужны столбцы feature, value, min и max; не хватает: {missing}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, line {line}</source>
        <translation>{file}, строка {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: no feature.</source>
        <translation>{where}: признак не указан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: min and max must be whole numbers (found &apos;{min}&apos; and &apos;{max}&apos;).</source>
        <translation>{where}: min и max должны быть целыми числами (найдено «{min}» и «{max}»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: min and max cannot be negative.</source>
        <translation>{where}: min и max не могут быть отрицательными.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the minimum {min} for &apos;{value}&apos; ({feature}) is more than its maximum {max}.</source>
        <translation>{where}: минимум {min} для «{value}» ({feature}) больше максимума {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; ({feature}) already has a quota on line {other}.</source>
        <translation>{where}: для «{value}» ({feature}) уже есть квота в строке {other}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no quotas in it.</source>
        <translation>В {file} нет квот.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which is not a column of {file}.</source>
        <translation>Квоты используют признак «{feature}», которого нет среди столбцов файла {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one in {file} has &apos;{value}&apos; for &apos;{feature}&apos;, but the quotas give it {min} to {max} seats.</source>
        <translation>Ни у кого в {file} нет значения «{value}» для «{feature}», а квоты отводят ему от {min} до {max} мест.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give both --cap-feature and --cap, or neither.</source>
        <translation>Укажите и --cap-feature, и --cap, или ни одного из них.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap feature &apos;{feature}&apos; is not a column of {file}.</source>
        <translation>Признак предела «{feature}» не является столбцом файла {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap must be at least 1.</source>
        <translation>Предел должен быть не меньше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1.</source>
        <translation>Число мест должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/problem.py" line="+98"/>
        <source>The pool is empty: there is no one to select from.</source>
        <translation>Список кандидатов пуст: отбирать не из кого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1 (it is {seats}).</source>
        <translation>Число мест должно быть не меньше 1 (сейчас {seats}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap per group must be at least 1 (it is {cap}).</source>
        <translation>Предел на группу должен быть не меньше 1 (сейчас {cap}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some ids appear more than once in the pool: {ids}.</source>
        <translation>Некоторые идентификаторы встречаются в списке несколько раз: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some pool members have no id.</source>
        <translation>У некоторых кандидатов нет идентификатора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which no pool member has.</source>
        <translation>Квоты используют признак «{feature}», которого нет ни у одного кандидата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is negative.</source>
        <translation>Минимум для «{value}» ({feature}) отрицательный.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is {min}, more than its maximum {max}.</source>
        <translation>Минимум для «{value}» ({feature}) — {min}, больше максимума {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are two quotas for &apos;{value}&apos; ({feature}).</source>
        <translation>Для «{value}» ({feature}) задано две квоты.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/report.py" line="+103"/>
        <location line="+171"/>
        <source>Selection audit report</source>
        <translation>Отчёт для проверки отбора</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>This report shows how the participants were chosen: a lottery that gives every person in the pool a chance, as equal as the quotas allow, and that anyone can re-run with the seed below to obtain exactly the same panel.</source>
        <translation>Этот отчёт показывает, как были выбраны участники: лотерея даёт каждому кандидату шанс, настолько равный, насколько позволяют квоты, и любой может повторить её с указанным ниже зерном и получить точно такой же состав.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maximin: the smallest selection probability of anyone in the pool is as large as possible</source>
        <translation>maximin: наименьшая вероятность отбора среди кандидатов максимально велика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leximin: the smallest probability is as large as possible, then the next smallest, and so on</source>
        <translation>leximin: наименьшая вероятность максимально велика, затем следующая и т. д.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {cap} per &apos;{feature}&apos;</source>
        <translation>не более {cap} на «{feature}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no (time limit; gap to the upper bound: {gap})</source>
        <translation>нет (ограничение времени; разрыв до верхней границы: {gap})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (time limit)</source>
        <translation>нет (ограничение времени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora Desk selection engine {version}, solver {solver}</source>
        <translation>Механизм отбора Diaspora Desk {version}, решатель {solver}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on</source>
        <translation>Дата жеребьёвки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the pool</source>
        <translation>Кандидаты в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per group</source>
        <translation>Предел на группу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest probability</source>
        <translation>Наименьшая вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound (no lottery can beat it)</source>
        <translation>Верхняя граница (ни одна лотерея её не превзойдёт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal</source>
        <translation>Оптимальность доказана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotation rule</source>
        <translation>Правило ротации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People seated at another consultation from {start} to {end} ({months} months) were left out before the draw: {count}.</source>
        <translation>Участвовавшие в другой консультации с {start} по {end} ({months} мес.) и исключённые до жеребьёвки: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>Как проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is the SHA-256 of the pool and quotas in canonical JSON (ids sorted, only the values the quotas use). Anyone with the audit file can run: diaspora-desk select verify AUDIT.json — it recomputes the fingerprint, checks every panel of the lottery against the quotas, recomputes the probabilities, re-runs the draw with the seed and re-solves the lottery to confirm it is the fairest.</source>
        <translation>Отпечаток — это SHA-256 списка кандидатов и квот в каноническом JSON (идентификаторы отсортированы, только значения, используемые квотами). Любой, у кого есть файл проверки, может выполнить: diaspora-desk select verify AUDIT.json — команда пересчитает отпечаток, проверит каждый состав лотереи на соответствие квотам, пересчитает вероятности, повторит жеребьёвку с зерном и заново решит задачу, чтобы подтвердить, что лотерея самая справедливая.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draw uses SHA-256 in counter mode: block i of a stream is SHA-256(&quot;diaspora-desk/v1/&quot; + stream + &quot;/&quot; + seed + &quot;/&quot; + i); a number below m is the first block value v under 2^256 - (2^256 mod m), taken modulo m. One number below the total weight picks the panel; then, for each group of interchangeable people, a partial Fisher-Yates shuffle of their ids picks who sits on it. Reserves come from the stream &quot;reserves&quot;.</source>
        <translation>Жеребьёвка использует SHA-256 в режиме счётчика: блок i потока равен SHA-256(&quot;diaspora-desk/v1/&quot; + поток + &quot;/&quot; + зерно + &quot;/&quot; + i); число меньше m — это первое значение блока v меньше 2^256 - (2^256 mod m), взятое по модулю m. Одно число меньше общего веса выбирает состав; затем для каждой группы взаимозаменяемых людей частичное перемешивание Фишера — Йетса их идентификаторов определяет, кто занимает место. Резерв берётся из потока &quot;reserves&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria, pool and panel</source>
        <translation>Критерии, кандидаты и состав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of pool</source>
        <translation>% от списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On panel</source>
        <translation>В составе</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The panel ({count} people)</source>
        <translation>Состав ({count} чел.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserves, in order ({count})</source>
        <translation>Резерв по порядку ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When someone declines, their seat goes to the first reserve in this order who keeps every quota.</source>
        <translation>Если кто-то отказывается, его место переходит к первому резервисту в этом порядке, при котором соблюдаются все квоты.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reserves were drawn.</source>
        <translation>Резервисты не отбирались.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection probability of every person in the pool</source>
        <translation>Вероятность отбора каждого кандидата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By pseudonymous id, sorted by id. These are the chances each person had before the draw; people with equal values on every criterion have equal chances.</source>
        <translation>По псевдонимным идентификаторам, отсортировано по идентификатору. Это шансы каждого до жеребьёвки; у людей с одинаковыми значениями по всем критериям шансы равны.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selection audit — seed {seed} — fingerprint {short}… — page {page}</source>
        <translation>Проверка отбора — зерно {seed} — отпечаток {short}… — стр. {page}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/solver.py" line="+326"/>
        <location line="+105"/>
        <source>The solver could not compute the lottery (status: {status}).</source>
        <translation>Решателю не удалось рассчитать жеребьёвку (состояние: {status}).</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Leximin stage {stage}: best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Этап leximin {stage}: лучшее пока {best:.4%}, верхняя граница {upper:.4%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>Лучшее пока {best:.4%}, верхняя граница {upper:.4%}</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Unknown algorithm &apos;{name}&apos;: use maximin or leximin.</source>
        <translation>Неизвестный алгоритм «{name}»: используйте maximin или leximin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the quotas…</source>
        <translation>Проверка квот…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No panel meeting the quotas was found within the time limit; allow more time.</source>
        <translation>В пределах ограничения времени не найдено ни одного состава, удовлетворяющего квотам; дайте больше времени.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the lottery: {share:.0%} done</source>
        <translation>Построение жеребьёвки: выполнено {share:.0%}</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The leximin refinement stopped at stage {stage} after a numerical difficulty; the lottery is the one of the stage before.</source>
        <translation>Уточнение leximin остановилось на этапе {stage} из-за вычислительной трудности; жеребьёвка взята с предыдущего этапа.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+176"/>
        <source>Stopped at the time limit before the optimum was proven.</source>
        <translation>Остановлено по ограничению времени до доказательства оптимума.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 person cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>1 человек не может войти ни в одну группу, соблюдающую квоты: его вероятность равна 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>{count} человек не могут войти ни в одну группу, соблюдающую квоты: их вероятность равна 0.</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../desktop/views/selection_dialog.py" line="+71"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance</source>
        <translation>Шанс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Отобран как</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run the selection</source>
        <translation>Провести отбор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw {seats} participants and {reserves} reserves for “{title}” from the {pool} people in its pool.</source>
        <translation>Отобрать для «{title}» участников ({seats}) и резервистов ({reserves}) из {pool} кандидатов.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks before the draw</source>
        <translation>Проверки перед жеребьёвкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;duplicates…</source>
        <translation>Разобрать &amp;дубликаты…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type numbers drawn in public (e.g. lottery balls), or generate one. The same seed always gives the same panel.</source>
        <translation>Введите числа, вытянутые публично (например, лотерейные шары), или сгенерируйте. Одно и то же зерно всегда даёт один и тот же состав.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed:</source>
        <translation>З&amp;ерно:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairest chance for everyone</source>
        <translation>Самые равные шансы для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairest chance, refined further (slower)</source>
        <translation>Самые равные шансы, с уточнением (дольше)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in seconds</source>
        <translation>Ограничение времени в секундах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When time runs out, the best distribution found so far is used</source>
        <translation>Когда время истекает, используется лучшее найденное распределение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time limit:</source>
        <translation>Ограничение &amp;времени:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best so far and upper bound</source>
        <translation>Лучший результат пока и верхняя граница</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each pool member&apos;s chance</source>
        <translation>Шанс каждого кандидата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run</source>
        <translation>За&amp;пустить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;audit report…</source>
        <translation>Выгрузить отчёт &amp;для проверки…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} pool members are left out: their consent is no longer valid.</source>
        <translation>Исключено кандидатов: {count} (их согласие больше не действует).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} / {second} ({reasons})</source>
        <translation>{first} / {second} ({reasons})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool holds {count} pairs of likely duplicate people: {pairs}. The draw waits until each is merged or marked “not the same person”.</source>
        <translation>В пуле {count} пар вероятных дубликатов: {pairs}. Жеребьёвка ждёт, пока каждая пара не будет объединена или отмечена «не один и тот же человек».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {cap} per household will be drawn.</source>
        <translation>Будет выбрано не более {cap} на домохозяйство.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No household rule is set.</source>
        <translation>Правило для домохозяйств не задано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} households have several people in the pool (same address or phone). {rule}</source>
        <translation>В {count} домохозяйствах по нескольку человек в пуле (тот же адрес или телефон). {rule}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a seed or press Generate.</source>
        <translation>Введите зерно или нажмите «Сгенерировать».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quotas cannot all hold: {why} Change them in the Criteria tab.</source>
        <translation>Квоты невыполнимы: {why} Измените их на вкладке «Критерии».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing everyone&apos;s chance…</source>
        <translation>Расчёт шансов каждого…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing everyone&apos;s chance… {seconds} s</source>
        <translation>Расчёт шансов каждого… {seconds} с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best guarantee so far: {best} · upper bound: {upper} · {seconds} s</source>
        <translation>Лучшая гарантия пока: {best} · верхняя граница: {upper} · {seconds} с</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: nothing was drawn.</source>
        <translation>Отменено: жеребьёвка не проводилась.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in the pool had at least a {minimum} chance ({algorithm}).</source>
        <translation>Жеребьёвка с зерном {seed}: участников — {seats}, резервистов — {reserves}. У каждого кандидата шанс был не ниже {minimum} ({algorithm}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve {rank}</source>
        <translation>Резерв {rank}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done in {seconds} s.</source>
        <translation>Готово за {seconds} с.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method: maximin — the smallest chance of anyone in the pool is made as large as the quotas allow.</source>
        <translation>Метод: maximin — наименьший шанс любого человека из списка кандидатов делается настолько большим, насколько позволяют квоты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: leximin — as maximin, then the next smallest chance, and so on.</source>
        <translation>Метод: leximin — как maximin, затем следующий наименьший шанс и так далее.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit report</source>
        <translation>Выгрузка отчёта для проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Проверка отбора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SelectionTab</name>
    <message>
        <location filename="../desktop/views/consultations_selection.py" line="+56"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in the audit</source>
        <translation>Идентификатор в отчёте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance of selection</source>
        <translation>Шанс отбора</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>Отобран как</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve {rank}</source>
        <translation>Резерв {rank}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation>Алгоритм:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of pool and quotas:</source>
        <translation>Отпечаток списка и квот:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest chance of anyone:</source>
        <translation>Наименьший шанс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn:</source>
        <translation>Жеребьёвка:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each pool member&apos;s chance of selection</source>
        <translation>Шанс отбора каждого кандидата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the selection…</source>
        <translation>&amp;Провести отбор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute everyone&apos;s chance within the quotas, then draw the panel and reserves with a public seed</source>
        <translation>Рассчитать шансы каждого в рамках квот, затем отобрать состав и резерв с публичным зерном</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;audit report…</source>
        <translation>&amp;Выгрузить отчёт для проверки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit report as PDF, and the same as JSON so anyone can re-run the draw</source>
        <translation>Отчёт для проверки в PDF и тот же в JSON, чтобы любой мог повторить жеребьёвку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the draw</source>
        <translation>Проверить &amp;жеребьёвку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the draw from the record and compare</source>
        <translation>Повторить жеребьёвку по записи и сравнить</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The participants were drawn. Everything needed to check the draw is in the audit report.</source>
        <translation>Участники отобраны. Всё необходимое для проверки жеребьёвки есть в отчёте для проверки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the criteria, then run the selection: it computes every pool member&apos;s chance within the quotas, and draws the panel and the reserves with a seed you can announce in public.</source>
        <translation>Задайте критерии и проведите отбор: он рассчитает шанс каждого кандидата в рамках квот и отберёт состав и резерв с зерном, которое можно объявить публично.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the pool and add people to it first.</source>
        <translation>Сначала откройте набор кандидатов и добавьте в него людей.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit report</source>
        <translation>Выгрузка отчёта для проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>Проверка отбора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Verify the draw</source>
        <translation>Проверка жеребьёвки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-running the draw from its record…</source>
        <translation>Повтор жеребьёвки по её записи…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit report written to {pdf} and {json}.</source>
        <translation>Отчёт для проверки записан в {pdf} и {json}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the audit report…</source>
        <translation>Составление отчёта для проверки…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+40"/>
        <location line="+99"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies after a restart; you are offered one when you save, and the window reopens where it was.</source>
        <translation>Новый язык вступает в силу после перезапуска; его предложат при сохранении, и окно откроется там же, где было.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data folder</source>
        <translation>Папка с данными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder:</source>
        <translation>Папка с данными:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rejected registrations for</source>
        <translation>Хранить отклонённые регистрации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this many days, the personal data of a rejected registration from the public form is erased (here and, after the next sync, on the server).</source>
        <translation>По истечении этого числа дней персональные данные отклонённой регистрации из публичной формы удаляются (здесь и, после следующей синхронизации, на сервере).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep rejected registrations:</source>
        <translation>&amp;Хранить отклонённые регистрации:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change home country</source>
        <translation>Смена страны происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the home country? The new country&apos;s regions are added; existing regions and records stay and can be retired by hand.</source>
        <translation>Сменить страну происхождения? Регионы новой страны будут добавлены; существующие регионы и записи сохранятся, их можно упразднить вручную.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="-515"/>
        <source>Fill from population shares</source>
        <translation>Заполнение по долям населения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type how big each group is in the whole diaspora (people or percentages; only the proportions count). Seats are shared out in the same proportions. Values left empty are not limited.</source>
        <translation>Введите размер каждой группы во всей диаспоре (в людях или процентах; важны только пропорции). Места распределяются в тех же пропорциях. Незаполненные значения не ограничиваются.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature:</source>
        <translation>П&amp;ризнак:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population share</source>
        <translation>Доля населения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population shares</source>
        <translation>Доли населения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not limited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population share of {value}</source>
        <translation>Доля населения для {value}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>Войдите на {server} как {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+209"/>
        <source>Changed here and on the server: {fields}</source>
        <translation>Изменено здесь и на сервере: {fields}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This conflict is no longer open.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose a version for: {fields}</source>
        <translation>Выберите версию для: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record no longer exists here.</source>
        <translation>Этой записи здесь больше нет.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown kind of record.</source>
        <translation>Неизвестный тип записи.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not deleted</source>
        <translation>Не удалена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="+24"/>
        <source>The server cannot be reached right now ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>Сервер сейчас недоступен ({reason}). Ваши изменения сохранены и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login has expired. Please log in again; your changes are kept.</source>
        <translation>Срок входа истёк. Войдите снова; ваши изменения сохранены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: {detail}</source>
        <translation>Сервер отказал: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: {detail}</source>
        <translation>Недопустимый адрес сервера: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem ({detail}). Your changes are kept; please try again later.</source>
        <translation>На сервере произошла ошибка ({detail}). Ваши изменения сохранены; повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: {detail}</source>
        <translation>Синхронизация остановлена: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/pull.py" line="+311"/>
        <source>Received {count} records</source>
        <translation>Получено записей: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+241"/>
        <source>This record cannot be sent: {reason}</source>
        <translation>Эту запись нельзя отправить: {reason}</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The server refused this change.</source>
        <translation>Сервер отклонил это изменение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>Сервер не смог принять это изменение.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Sent {done} of {total} changes</source>
        <translation>Отправлено изменений: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/identity.py" line="+68"/>
        <source>{server} is not the server this computer&apos;s data is kept in step with. Nothing was sent or received. To work with {server}, start Diaspora Desk with a new data folder; to go on with your data, use the address of your usual server.</source>
        <translation>{server} — не тот сервер, с которым синхронизируются данные этого компьютера. Ничего не отправлено и не получено. Чтобы работать с {server}, запустите Diaspora Desk с новой папкой данных; чтобы продолжить со своими данными, укажите адрес вашего обычного сервера.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/join.py" line="+49"/>
        <source>The server does not know its country yet (no regions and no regional users). Start a new database and choose the country, then sync.</source>
        <translation>Сервер ещё не знает свою страну (нет ни регионов, ни региональных пользователей). Создайте новую базу данных, выберите страну и затем синхронизируйте.</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-359"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association link</source>
        <translation>Связь с объединением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer</source>
        <translation>Листовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding year</source>
        <translation>Год основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member count</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement areas</source>
        <translation>Направления деятельности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed at</source>
        <translation>Дата смены статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed by</source>
        <translation>Кем изменён статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Объединено с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch</source>
        <translation>Пакет импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Прочие сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Поколение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation sector</source>
        <translation>Сфера занятости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased at</source>
        <translation>Дата стирания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Версия текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves wanted</source>
        <translation>Требуется резервистов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Основной текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>Призыв к действию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image name</source>
        <translation>Имя изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Основной цвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Акцентный цвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed</source>
        <translation>Выпуск под обрез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>Метки обреза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMYK colours</source>
        <translation>Цвета CMYK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>Указан в листовках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication consent given on</source>
        <translation>Дата согласия на публикацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How publication consent was given</source>
        <translation>Способ получения согласия на публикацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>Место в резерве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office name</source>
        <translation>Название офиса помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired at</source>
        <translation>Дата упразднения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="-176"/>
        <location filename="../desktop/views/sync_page.py" line="+102"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../desktop/views/sync_page.py" line="-76"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Send this office&apos;s changes to the central server and receive the other offices&apos; work. Everything keeps working without a connection; sync whenever you are online. Nothing typed is ever thrown away: when two offices changed the same field, you choose which version to keep.</source>
        <translation>Отправляйте изменения этого офиса на центральный сервер и получайте работу других офисов. Всё работает и без подключения; синхронизируйтесь, когда появится связь. Ничего введённое не теряется: если два офиса изменили одно и то же поле, вы выбираете, какую версию сохранить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password store (keyring) was found on this computer. Your password is kept only while Diaspora Desk runs, so you will be asked for it once per session.</source>
        <translation>На этом компьютере не найдено хранилище паролей (keyring). Пароль хранится только пока работает Diaspora Desk, поэтому его будут спрашивать раз за сеанс.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Отправить и получить изменения сейчас (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically every</source>
        <translation>Синхронизировать автоматически &amp;каждые</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between automatic syncs</source>
        <translation>Минут между автоматическими синхронизациями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns automatic sync off</source>
        <translation>0 отключает автоматическую синхронизацию</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync summary</source>
        <translation>Сводка синхронизации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of yours kept over another office&apos;s</source>
        <translation>Ваши значения, сохранённые вместо значений другого офиса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current step; what was already sent and received is kept</source>
        <translation>Остановить после текущего шага; уже отправленное и полученное сохранится</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that need your attention</source>
        <translation>Изменения, требующие внимания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Разрешить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose, field by field, which version to keep</source>
        <translation>Выбрать для каждого поля, какую версию сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard my change…</source>
        <translation>Отменить &amp;моё изменение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this computer&apos;s change and go back to the server&apos;s version</source>
        <translation>Отказаться от изменения на этом компьютере и вернуться к версии сервера</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync: {server} (last sync: {when})</source>
        <translation>Синхронизация: {server} (последняя: {when})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+46"/>
        <source>Enter the server address and your user name first.</source>
        <translation>Сначала введите адрес сервера и имя пользователя.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not logged in: {reason}</source>
        <translation>Вход не выполнен: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}. Press Sync now to send and receive changes.</source>
        <translation>Вход выполнен как {user}. Нажмите «Синхронизировать сейчас», чтобы отправить и получить изменения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to {server}</source>
        <translation>Вход на {server} выполнен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged out. Your changes stay on this computer until the next sync.</source>
        <translation>Выход выполнен. Ваши изменения остаются на этом компьютере до следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic sync is waiting for you to log in.</source>
        <translation>Автоматическая синхронизация ждёт, пока вы войдёте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with {server}…</source>
        <translation>Синхронизация с {server}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced at {when}: sent {sent} changes, received {received} records.</source>
        <translation>Синхронизировано {when}: отправлено изменений: {sent}, получено записей: {received}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} changes need your attention below.</source>
        <translation>Изменений, требующих внимания (см. ниже): {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office proposed other values for {count} of your records; yours were kept (see below).</source>
        <translation>Другой офис предложил иные значения для ваших записей ({count}); сохранены ваши (см. ниже).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online — last sync {when}</source>
        <translation>В сети — последняя синхронизация {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — will sync when the server can be reached</source>
        <translation>Не в сети — синхронизация, когда сервер станет доступен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync paused — please log in again</source>
        <translation>Синхронизация приостановлена — войдите снова</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed — see the Sync page</source>
        <translation>Синхронизация не удалась — см. раздел «Синхронизация»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped. What was already sent and received is kept; the next sync continues from there.</source>
        <translation>Синхронизация остановлена. Уже отправленное и полученное сохранено; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server address and your user name.</source>
        <translation>Введите адрес сервера и имя пользователя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as {user} (regional office: {regions}).</source>
        <translation>Вход выполнен: {user} (региональный офис: {regions}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}.</source>
        <translation>Вход выполнен: {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: {conflicts} · Refused: {refused}</source>
        <translation>Последняя синхронизация: {when} · Ожидают отправки: {pending} · Конфликтов: {conflicts} · Отклонено: {refused}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your value was kept: {record} ({fields}); {user} proposed another and decides on their side.</source>
        <translation>Ваше значение сохранено: {record} ({fields}); {user} предложил другое и решает со своей стороны.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{record} is not on the server, or no longer belongs to your offices. Discarding your change deletes it from this computer. Discard it?</source>
        <translation>{record} нет на сервере, или запись больше не относится к вашим офисам. Отмена изменения удалит её с этого компьютера. Отменить?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard your change to {record} and go back to the server&apos;s version?</source>
        <translation>Отменить ваше изменение записи {record} и вернуться к версии сервера?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record} and go back to its original values?</source>
        <translation>Отменить ваше изменение {record} и вернуть исходные значения?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record}? The next sync downloads the server&apos;s version again.</source>
        <translation>Отменить ваше изменение записи {record}? При следующей синхронизации версия сервера будет загружена снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my change</source>
        <translation>Отмена моего изменения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be discarded: {reason}</source>
        <translation>Не удалось отменить изменение: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change was discarded.</source>
        <translation>Ваше изменение отменено.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+103"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="-333"/>
        <source>Type and press Enter to add</source>
        <translation>Введите текст и нажмите Enter, чтобы добавить</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Удалить «{tag}»</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/views/trash.py" line="+71"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>Удалённые записи хранятся здесь, пока вы их не восстановите. Восстановленная запись возвращается со своими связями и историей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>Фильтр удалённых записей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Восстановить выбранное</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln запись восстановлена.</numerusform>
            <numerusform>%Ln записи восстановлены.</numerusform>
            <numerusform>%Ln записей восстановлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <location filename="../desktop/services/validation.py" line="+560"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>Может быть указан в листовках только после того, как записано согласие человека на публикацию его контактных данных (дата и способ получения).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="-453"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Адрес эл. почты не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address needs an @, like name@example.org.</source>
        <translation>В адресе эл. почты должен быть знак @, например name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is missing before the @.</source>
        <translation>Перед знаком @ чего-то не хватает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @ needs a dot and an ending, like example.org.</source>
        <translation>После знака @ нужны точка и окончание, например example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like an e-mail address; check it, e.g. name@example.org.</source>
        <translation>Это не похоже на адрес эл. почты; проверьте его, например name@example.org.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A phone number can contain only digits, spaces and + - ( ) /.</source>
        <translation>Номер телефона может содержать только цифры, пробелы и + - ( ) /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the international prefix (for example +39 for Italy), or choose the country first.</source>
        <translation>Добавьте международный код (например, +39 для Италии) или сначала выберите страну.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid phone number for {country}; check the digits and the prefix.</source>
        <translation>Это недействительный номер телефона для страны {country}; проверьте цифры и код.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number; check the digits and the prefix.</source>
        <translation>Это недействительный номер телефона; проверьте цифры и код.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A web address cannot contain spaces.</source>
        <translation>Веб-адрес не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>Веб-адрес начинается с http:// или https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This does not look like a web address; check it, e.g. www.example.org.</source>
        <translation>Это не похоже на веб-адрес; проверьте его, например www.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number, using digits only.</source>
        <translation>Введите целое число, используя только цифры.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number of at least {min}.</source>
        <translation>Введите число не меньше {min}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of at most {max}.</source>
        <translation>Введите число не больше {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the year with four digits, like 2004.</source>
        <translation>Введите год четырьмя цифрами, например 2004.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year cannot be before {year}.</source>
        <translation>Год не может быть раньше {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year cannot be in the future.</source>
        <translation>Год не может быть в будущем.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a date like 2024-03-31.</source>
        <translation>Введите дату в виде 2024-03-31.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.</source>
        <translation>Введите дату в виде 2024-03-31 (год-месяц-день) или 31.03.2024.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer yes or no.</source>
        <translation>Ответьте «да» или «нет».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each entry can have at most {max} characters.</source>
        <translation>Каждая запись может содержать не более {max} символов.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown engagement area: {names}.</source>
        <translation>Неизвестное направление деятельности: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown country: {text}. Pick one from the list.</source>
        <translation>Неизвестная страна: {text}. Выберите страну из списка.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A region code looks like MD-CA.</source>
        <translation>Код региона выглядит так: MD-CA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown region: {text}.</source>
        <translation>Неизвестный регион: {text}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown value: {text}.</source>
        <translation>Неизвестное значение: {text}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the association&apos;s name.</source>
        <translation>Введите название объединения.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя человека.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The consent date cannot be in the future.</source>
        <translation>Дата согласия не может быть в будущем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how the consent was given (for example: signed form, e-mail).</source>
        <translation>Укажите, как было дано согласие (например: подписанная форма, эл. почта).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given.</source>
        <translation>Введите дату, когда было дано согласие.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
</context>
</TS>
