<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/views/about.py" line="+17"/>
        <location line="+30"/>
        <source>About Diaspora Desk</source>
        <translation>حول Diaspora Desk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Diaspora associations, focal points, consultations with a transparent selection of participants, and printable flyers — offline first.</source>
        <translation>جمعيات الجالية ونقاط الاتصال والمشاورات مع اختيار شفاف للمشاركين ومطويات قابلة للطباعة — مع العمل دون اتصال أولًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>الترخيص: رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>المكوّنات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+80"/>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>AssociationForm</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="+128"/>
        <source>New association</source>
        <translation>جمعية جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit association</source>
        <translation>تعديل الجمعية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last status change: {when} by {who}</source>
        <translation>آخر تغيير للوضع: {when} بواسطة {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as the association writes it</source>
        <translation>الاسم الكامل كما تكتبه الجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none (national) —</source>
        <translation>— لا شيء (وطني) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Founding year</source>
        <translation>سنة التأسيس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2004</source>
        <translation>مثلًا: 2004</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of members</source>
        <translation>عدد الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 120</source>
        <translation>مثلًا: 120</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (required):</source>
        <translation>الاس&amp;م (إلزامي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>ال&amp;اختصار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;بلد الإقامة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>الم&amp;دينة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin region:</source>
        <translation>م&amp;نطقة المنشأ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Founding year:</source>
        <translation>&amp;سنة التأسيس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistration number:</source>
        <translation>&amp;رقم التسجيل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;members:</source>
        <translation>&amp;عدد الأعضاء:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +39 347 123 4567</source>
        <translation>مثلًا: +39 347 123 4567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;person:</source>
        <translation>ال&amp;شخص المسؤول عن الاتصال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>البريد ال&amp;إلكتروني:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Website:</source>
        <translation>المو&amp;قع الإلكتروني:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas (tick all that apply):</source>
        <translation>مجالات الانخراط (حدّد كل ما ينطبق):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement areas</source>
        <translation>مجالات الانخراط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sec&amp;tors:</source>
        <translation>الق&amp;طاعات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;وضع:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The association agrees that its name and contact details may be &amp;published</source>
        <translation>&amp;توافق الجمعية على نشر اسمها وبيانات الاتصال الخاصة بها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to publish</source>
        <translation>الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Linked focal points</source>
        <translation>نقاط الاتصال المرتبطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link focal points</source>
        <translation>ربط نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save ({keys})</source>
        <translation>حفظ ({keys})</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+51"/>
        <source>Please correct the fields marked in red.</source>
        <translation>يُرجى تصحيح الحقول المعلّمة بالأحمر.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Will be saved as {phone}</source>
        <translation>سيُحفظ بالشكل {phone}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
</context>
<context>
    <name>AssociationList</name>
    <message>
        <location filename="../desktop/views/association_list.py" line="+76"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founded</source>
        <translation>سنة التأسيس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement areas</source>
        <translation>مجالات الانخراط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>AssociationPicker</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+120"/>
        <source>Type to search associations (leave empty if none)</source>
        <translation>اكتب للبحث عن جمعية (اتركه فارغًا إن لم توجد)</translation>
    </message>
</context>
<context>
    <name>AssociationStatus</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+146"/>
        <source>Pending</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>موثّقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غير نشطة</translation>
    </message>
</context>
<context>
    <name>Associations</name>
    <message>
        <location filename="../desktop/services/associations.py" line="+290"/>
        <source>Unknown status: {status}</source>
        <translation>وضع غير معروف: {status}</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../desktop/views/associations.py" line="+69"/>
        <source>Associations</source>
        <translation>الجمعيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora associations abroad. Type to filter; pick a country, region, status, engagement area or sector to narrow the list.</source>
        <translation>جمعيات الجالية في الخارج. اكتب للتصفية، أو اختر بلدًا أو منطقة أو وضعًا أو مجال انخراط أو قطاعًا لتضييق القائمة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by name, acronym, city, contact, e-mail or phone ({keys})</source>
        <translation>التصفية حسب الاسم أو الاختصار أو المدينة أو جهة الاتصال أو البريد أو الهاتف ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter associations</source>
        <translation>تصفية الجمعيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement area</source>
        <translation>مجال الانخراط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>كل الأوضاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engagement areas</source>
        <translation>كل مجالات الانخراط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New association…</source>
        <translation>&amp;جمعية جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new association</source>
        <translation>تسجيل جمعية جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected association</source>
        <translation>فتح الجمعية المحددة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;status</source>
        <translation>&amp;تعيين الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the selected associations</source>
        <translation>تغيير وضع الجمعيات المحددة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected associations to the trash</source>
        <translation>نقل الجمعيات المحددة إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trash…</source>
        <translation>&amp;سلة المحذوفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted associations, to restore them</source>
        <translation>الجمعيات المحذوفة، لاستعادتها</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>National (no origin region)</source>
        <translation>وطني (دون منطقة منشأ)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} associations</source>
        <translation>عدد الجمعيات: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} associations</source>
        <translation>{shown} من أصل {total} جمعية</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>1 association moved to the trash.</source>
        <translation>نُقلت جمعية واحدة إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} associations moved to the trash.</source>
        <translation>عدد الجمعيات المنقولة إلى سلة المحذوفات: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Set status</source>
        <translation>تعيين الوضع</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more associations first.</source>
        <translation>حدّد جمعية واحدة أو أكثر أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the status of {count} associations to “{status}”?</source>
        <translation>هل تريد تعيين وضع {count} جمعية إلى «{status}»؟</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln association(s) set to “{status}”.</source>
        <translation>
            <numerusform>لم تُغيَّر أي جمعية إلى «{status}».</numerusform>
            <numerusform>غُيّرت جمعية واحدة إلى «{status}».</numerusform>
            <numerusform>غُيّرت جمعيتان إلى «{status}».</numerusform>
            <numerusform>غُيّرت %Ln جمعيات إلى «{status}».</numerusform>
            <numerusform>غُيّرت %Ln جمعية إلى «{status}».</numerusform>
            <numerusform>غُيّرت %Ln جمعية إلى «{status}».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted associations</source>
        <translation>الجمعيات المحذوفة</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../desktop/views/flyers_batch.py" line="+54"/>
        <source>Print flyers for several regions</source>
        <translation>طباعة مطويات لعدة مناطق</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;all</source>
        <translation>&amp;تحديد الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Regions:</source>
        <translation>ا&amp;لمناطق:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lan&amp;guages:</source>
        <translation>الل&amp;غات:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;مقاس:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;older:</source>
        <translation>الم&amp;جلد:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print to PDF files</source>
        <translation>ال&amp;طباعة في ملفات PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points and the default texts of the language.</source>
        <translation>تحصل كل منطقة على مطويتها الخاصة بكل لغة مختارة، مع نقاط الاتصال التابعة لها والنصوص الافتراضية لتلك اللغة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each region gets its own flyer in each chosen language, with its focal points. Colours, picture, web address and print options come from the selected flyer; its texts are used for its own language and the other languages get their default texts.</source>
        <translation>تحصل كل منطقة على مطويتها الخاصة بكل لغة مختارة، مع نقاط الاتصال التابعة لها. تؤخذ الألوان والصورة وعنوان الويب وخيارات الطباعة من المطوية المحددة؛ وتُستخدم نصوصها للغتها، وتحصل اللغات الأخرى على نصوصها الافتراضية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the flyers</source>
        <translation>مجلد المطويات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one region.</source>
        <translation>اختر منطقة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one language.</source>
        <translation>اختر لغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the flyers.</source>
        <translation>اختر مجلد المطويات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {count} flyers…</source>
        <translation>جارٍ طباعة المطويات ({count})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} flyers were written to {folder}.</source>
        <translation>عدد المطويات المكتوبة في {folder}: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} of them have preflight problems (text that does not fit, characters that cannot print…); open them in the editor to see what.</source>
        <translation>منها {count} بها مشكلات في الفحص قبل الطباعة (نص لا يتسع، أحرف لا تُطبع…)؛ افتحها في المحرر لمعرفتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers printed</source>
        <translation>طُبعت المطويات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The flyers could not be written: {error}</source>
        <translation>تعذّرت كتابة المطويات: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The flyers already written are complete; the others were not made.</source>
        <translation>أُلغي. المطويات المكتوبة مكتملة؛ ولم تُنشأ البقية.</translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+120"/>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that these {count} people gave their consent, in the words below, on the same day and in the same way (for example a signed sheet from an event).</source>
        <translation>سجّل أن هؤلاء الأشخاص ({count}) أعطوا موافقتهم بالصيغة أدناه، في اليوم نفسه وبالطريقة نفسها (مثلًا ورقة موقّعة في فعالية).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record consent</source>
        <translation>&amp;تسجيل الموافقة</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="+77"/>
        <source>Edit candidate</source>
        <translation>تعديل المرشح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New candidate</source>
        <translation>مرشح جديد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not set —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>e.g. 1987</source>
        <translation>مثلًا: 1987</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Education</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>الاس&amp;م:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>&amp;الجنس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;سنة الميلاد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country of residence:</source>
        <translation>&amp;بلد الإقامة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship:</source>
        <translation>الج&amp;نسية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration:</source>
        <translation>الج&amp;يل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ducation:</source>
        <translation>المست&amp;وى التعليمي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>الم&amp;هنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills:</source>
        <translation>ال&amp;مهارات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics volunteered for:</source>
        <translation>المواضيع التي تطوّ&amp;ع لها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Association:</source>
        <translation>ال&amp;جمعية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;region:</source>
        <translation>من&amp;طقة المنشأ:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
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
        <translation>البريد ال&amp;إلكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>الها&amp;تف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>العنوان الب&amp;ريدي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to be invited</source>
        <translation>الموافقة على تلقي الدعوات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Consents of this person</source>
        <translation>موافقات هذا الشخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw consent</source>
        <translation>س&amp;حب الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person withdrew this consent: they will not be invited again.</source>
        <translation>سحب الشخص هذه الموافقة: لن يُدعى مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a new consent when saving</source>
        <translation>تسجيل موافقة جديدة عند الحفظ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Consent withdrawn.</source>
        <translation>سُحبت الموافقة.</translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="+40"/>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people were imported. Did they give their consent to be invited (for example on the form the list comes from)? Record it now; without it they cannot be selected.</source>
        <translation>عدد الأشخاص المستوردين: {count}. هل وافقوا على دعوتهم (مثلًا في الاستمارة التي جاءت منها القائمة)؟ سجّل ذلك الآن؛ فبدونه لا يمكن اختيارهم.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../desktop/services/candidates.py" line="+90"/>
        <source>Origin-country citizenship only</source>
        <translation>جنسية بلد المنشأ فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination-country citizenship only</source>
        <translation>جنسية بلد المقصد فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship (origin and destination)</source>
        <translation>جنسية مزدوجة (المنشأ والمقصد)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First generation (born in the origin country)</source>
        <translation>الجيل الأول (المولود في بلد المنشأ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second generation</source>
        <translation>الجيل الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third generation or later</source>
        <translation>الجيل الثالث أو ما بعده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>التعليم الابتدائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>التعليم الثانوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training</source>
        <translation>التكوين المهني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>الإجازة (البكالوريوس)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>الماجستير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>الدكتوراه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agriculture</source>
        <translation>الزراعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>البناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>الصناعة التحويلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and retail</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotels and restaurants</source>
        <translation>الفنادق والمطاعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and logistics</source>
        <translation>النقل والخدمات اللوجستية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and domestic work</source>
        <translation>الرعاية والعمل المنزلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>تكنولوجيا المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance and insurance</source>
        <translation>المالية والتأمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public administration</source>
        <translation>الإدارة العمومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts and culture</source>
        <translation>الفنون والثقافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and science</source>
        <translation>البحث والعلوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not working</source>
        <translation>لا يعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+37"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>هذا طويل جدًا: {max} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Candidates must be at least {age} years old; check the year.</source>
        <translation>يجب ألا يقل عمر المرشحين عن {age} سنة؛ تحقّق من السنة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the year: this person would be over 110.</source>
        <translation>تحقّق من السنة: سيكون عمر هذا الشخص أكثر من 110 سنوات.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender: {text}.</source>
        <translation>جنس غير معروف: {text}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown citizenship: {text}. Use origin, destination or dual.</source>
        <translation>جنسية غير معروفة: {text}. استخدم origin أو destination أو dual.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown generation: {text}. Use first, second or third_plus.</source>
        <translation>جيل غير معروف: {text}. استخدم first أو second أو third_plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown education level: {text}.</source>
        <translation>مستوى تعليمي غير معروف: {text}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No association called {text} is registered; register it first or leave this empty.</source>
        <translation>لا توجد جمعية مسجّلة باسم {text}؛ سجّلها أولًا أو اترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person is no longer in the database.</source>
        <translation>لم يعد هذا الشخص موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This person&apos;s data was erased and cannot be edited.</source>
        <translation>مُحيت بيانات هذا الشخص ولا يمكن تعديلها.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../desktop/views/candidates.py" line="+258"/>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora members who volunteered to be invited to consultations. Only people with a valid consent can be selected.</source>
        <translation>أفراد من الجالية تطوّعوا للدعوة إلى المشاورات. لا يمكن اختيار إلا من لديهم موافقة سارية.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter by name, e-mail, phone, country, association, topic…</source>
        <translation>التصفية حسب الاسم أو البريد أو الهاتف أو البلد أو الجمعية أو الموضوع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter candidates</source>
        <translation>تصفية المرشحين</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+172"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid consent (can be selected)</source>
        <translation>موافقة سارية (يمكن اختياره)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid consent</source>
        <translation>لا توجد موافقة سارية</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+26"/>
        <location line="+149"/>
        <source>Erased</source>
        <translation>ممحوّ</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>المقصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>مزدوجة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st</source>
        <translation>الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>الثالث فأكثر</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;مرشح جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate</source>
        <translation>تسجيل مرشح جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected candidate</source>
        <translation>فتح المرشح المحدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected candidates to the trash</source>
        <translation>نقل المرشحين المحددين إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;سلة المحذوفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted candidates: restore them</source>
        <translation>المرشحون المحذوفون: استعادتهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>ت&amp;سجيل الموافقة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the same consent for the selected people</source>
        <translation>تسجيل الموافقة نفسها للأشخاص المحددين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport personal data…</source>
        <translation>تصدير ال&amp;بيانات الشخصية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything held on the selected person, as PDF and JSON</source>
        <translation>كل ما يُحتفظ به عن الشخص المحدد، بصيغتي PDF وJSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase…</source>
        <translation>مح&amp;و…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the selected person&apos;s personal data (statistics stay)</source>
        <translation>محو البيانات الشخصية للشخص المحدد (تبقى الإحصاءات)</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln candidate(s) moved to the trash.</source>
        <translation>
            <numerusform>لم يُنقل أي مرشح إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقل مرشح واحد إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقل مرشحان إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقل %Ln مرشحين إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقل %Ln مرشحًا إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقل %Ln مرشح إلى سلة المحذوفات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted candidates</source>
        <translation>المرشحون المحذوفون</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} candidates</source>
        <translation>عدد المرشحين: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} candidates</source>
        <translation>{shown} من أصل {total} مرشح</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent recorded for {count} people.</source>
        <translation>سُجّلت الموافقة لـ {count} شخصًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} erased or deleted people were skipped.</source>
        <translation>عدد الأشخاص الممحوّين أو المحذوفين الذين تم تخطيهم: {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one person to erase.</source>
        <translation>حدّد شخصًا واحدًا لمحوه.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="+69"/>
        <source>Resolve conflict</source>
        <translation>حل التعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is no longer open.</source>
        <translation>لم يعد هذا التعارض قائمًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolve conflict: {kind} “{title}”</source>
        <translation>حل التعارض: {kind} «{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed on this computer and, in another office, on the server, before the two changes could meet (noticed {when}). For each field, choose the version to keep. Until you decide, both versions are kept; fields changed on only one side are merged on their own.</source>
        <translation>عُدّل هذا السجل على هذا الحاسوب، وفي مكتب آخر على الخادم، قبل أن يلتقي التغييران (لوحظ ذلك في {when}). اختر لكل حقل النسخة التي تريد الإبقاء عليها. وإلى أن تقرّر تُحفظ النسختان؛ أما الحقول التي تغيّرت في جهة واحدة فتُدمج تلقائيًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before both changes</source>
        <translation>قبل التغييرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (this computer)</source>
        <translation>قيمي (هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (server)</source>
        <translation>قيم الخادم</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: keep mine</source>
        <translation>{field}: الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: take theirs</source>
        <translation>{field}: أخذ قيمة الخادم</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep all &amp;mine</source>
        <translation>ال&amp;إبقاء على كل قيمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all &amp;theirs</source>
        <translation>&amp;أخذ كل قيم الخادم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use these choices</source>
        <translation>&amp;استخدام هذه الاختيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values; they are sent at the next sync (Enter)</source>
        <translation>الإبقاء على القيم المختارة؛ وتُرسل في المزامنة التالية (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please choose a version for every field.</source>
        <translation>يُرجى اختيار نسخة لكل حقل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your choice is kept and will be sent at the next sync.</source>
        <translation>حُفظ اختيارك وسيُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record has no sync conflict.</source>
        <translation>لا يوجد تعارض مزامنة في السجل المحدد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve sync &amp;conflict…</source>
        <translation>&amp;حل تعارض المزامنة…</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../desktop/services/consent.py" line="+50"/>
        <source>I agree that the diaspora-relations bureau keeps my name, contact details and the profile I gave (country of residence, citizenship, generation, education, occupation, languages, association) in order to invite me to consultation meetings. I know that participants are chosen by a public random draw, that I can see everything held about me, and that I can withdraw this consent at any time, after which I will not be invited again.</source>
        <translation>أوافق على أن يحتفظ مكتب العلاقات مع الجالية باسمي وبيانات الاتصال الخاصة بي والملف الذي قدّمته (بلد الإقامة، الجنسية، الجيل، المستوى التعليمي، المهنة، اللغات، الجمعية) من أجل دعوتي إلى اجتماعات التشاور. وأعلم أن المشاركين يُختارون بالقرعة العلنية، وأن بإمكاني الاطلاع على كل ما يُحتفظ به عني، وأن بإمكاني سحب هذه الموافقة في أي وقت، ولن أُدعى بعد ذلك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I agree to receive information from the diaspora-relations bureau about programmes, events and services for the diaspora. I can withdraw this consent at any time.</source>
        <translation>أوافق على تلقي معلومات من مكتب العلاقات مع الجالية حول البرامج والفعاليات والخدمات الموجهة إلى الجالية. ويمكنني سحب هذه الموافقة في أي وقت.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown consent purpose: {purpose}</source>
        <translation>غرض موافقة غير معروف: {purpose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation to consultations</source>
        <translation>الدعوة إلى المشاورات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information about programmes</source>
        <translation>معلومات عن البرامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>استمارة إلكترونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>عبر الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail</source>
        <translation>عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported list</source>
        <translation>قائمة مستوردة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>لا موافقة</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>This person is not in the database.</source>
        <translation>هذا الشخص غير موجود في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person&apos;s data was erased; record them again as a new person.</source>
        <translation>مُحيت بيانات هذا الشخص؛ سجّله من جديد كشخص جديد.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose how the consent was given.</source>
        <translation>اختر طريقة إعطاء الموافقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent must expire after the day it was given.</source>
        <translation>يجب أن تنتهي صلاحية الموافقة بعد يوم إعطائها.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This consent record no longer exists.</source>
        <translation>لم يعد سجل الموافقة هذا موجودًا.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../desktop/views/candidates_consent.py" line="-124"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it was given</source>
        <translation>طريقة إعطائها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;urpose:</source>
        <translation>ال&amp;غرض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given o&amp;n:</source>
        <translation>تاريخ ال&amp;إعطاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>ال&amp;طريقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected b&amp;y:</source>
        <translation>&amp;جمعها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;تاريخ انتهاء الصلاحية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>النص المعروض:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version}: {text}</source>
        <translation>الإصدار {version}: {text}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../desktop/views/candidates_form.py" line="-399"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ConsentWay</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+59"/>
        <source>Signed form</source>
        <translation>استمارة موقّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person, witnessed</source>
        <translation>حضوريًا، بحضور شاهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online form</source>
        <translation>استمارة إلكترونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>ConsultationDetail</name>
    <message>
        <location filename="../desktop/views/consultations_detail.py" line="+74"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this step is not possible</source>
        <translation>لماذا هذه الخطوة غير ممكنة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save details</source>
        <translation>&amp;حفظ التفاصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the details (Ctrl+S)</source>
        <translation>حفظ التفاصيل (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;1 Details</source>
        <translation>&amp;1 التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Pool</source>
        <translation>&amp;2 المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Criteria</source>
        <translation>&amp;3 المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Selection</source>
        <translation>&amp;4 الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5 Invitations</source>
        <translation>&amp;5 الدعوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6 Follow-up</source>
        <translation>&amp;6 المتابعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a consultation in the list, or create one with New consultation (Ctrl+N).</source>
        <translation>اختر مشاورة من القائمة، أو أنشئ واحدة بـ«مشاورة جديدة» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>date not set</source>
        <translation>التاريخ غير محدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · {when} · {seats} seats · Status: {status}</source>
        <translation>{kind} · {when} · المقاعد: {seats} · الوضع: {status}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Details saved.</source>
        <translation>حُفظت التفاصيل.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+131"/>
        <source>Close the consultation</source>
        <translation>إغلاق المشاورة</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Back to draft</source>
        <translation>العودة إلى المسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the pool</source>
        <translation>فتح باب الترشح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>أُرسلت الدعوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as held</source>
        <translation>تعليم كمنعقدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as followed up</source>
        <translation>تعليم كمتابَعة</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Close this consultation? Nothing can be changed afterwards.</source>
        <translation>هل تريد إغلاق هذه المشاورة؟ لن يمكن تغيير أي شيء بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>ConsultationFields</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+54"/>
        <source>e.g. Investing at home: what guarantees?</source>
        <translation>مثلًا: الاستثمار في الوطن: أي ضمانات؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National (all regions)</source>
        <translation>وطني (كل المناطق)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the venue</source>
        <translation>عنوان المكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (for online meetings)</source>
        <translation>https://… (للاجتماعات عبر الإنترنت)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>الم&amp;وضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;المنطقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats:</source>
        <translation>ا&amp;لمقاعد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reser&amp;ves wanted:</source>
        <translation>ع&amp;دد الاحتياطيين:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>ل&amp;غة الرسائل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many people take part. Fixed once the participants are drawn.</source>
        <translation>عدد المشاركين. يُثبَّت بعد سحب المشاركين بالقرعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters and the “you said, we did” report are written in this language.</source>
        <translation>تُكتب رسائل الدعوة وتقرير «قلتم، ففعلنا» بهذه اللغة.</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../desktop/services/consultations.py" line="+95"/>
        <source>Roundtable</source>
        <translation>مائدة مستديرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening exercise</source>
        <translation>جلسة استماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>مجموعة نقاش مركّزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile counselling</source>
        <translation>إرشاد متنقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online meeting</source>
        <translation>اجتماع عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool open</source>
        <translation>باب الترشح مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants selected</source>
        <translation>اختير المشاركون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations sent</source>
        <translation>أُرسلت الدعوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the pool</source>
        <translation>ضمن المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>مختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>احتياطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This consultation is no longer in the database.</source>
        <translation>لم تعد هذه المشاورة موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the consultation a title.</source>
        <translation>أعطِ المشاورة عنوانًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title can have at most 300 characters.</source>
        <translation>يمكن أن يحتوي العنوان على 300 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the kind of consultation.</source>
        <translation>اختر نوع المشاورة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letters can be written in English, French, Spanish, Romanian, Russian or Arabic.</source>
        <translation>يمكن كتابة الرسائل بالإنجليزية أو الفرنسية أو الإسبانية أو الرومانية أو الروسية أو العربية.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>هذا طويل جدًا: {max} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A consultation needs at least one seat.</source>
        <translation>تحتاج المشاورة إلى مقعد واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An online meeting needs the link to join it.</source>
        <translation>يحتاج الاجتماع عبر الإنترنت إلى رابط الانضمام إليه.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The seats cannot change after the participants were drawn.</source>
        <translation>لا يمكن تغيير المقاعد بعد سحب المشاركين بالقرعة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The region cannot change after the participants were drawn.</source>
        <translation>لا يمكن تغيير المنطقة بعد سحب المشاركين بالقرعة.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a consultation whose participants were not drawn yet can be deleted; close it instead.</source>
        <translation>لا يمكن حذف إلا مشاورة لم يُسحب مشاركوها بالقرعة بعد؛ أغلقها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+471"/>
        <source>Unknown status: {status}.</source>
        <translation>وضع غير معروف: {status}.</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>A consultation cannot go from “{old}” to “{new}”.</source>
        <translation>لا يمكن أن تنتقل المشاورة من «{old}» إلى «{new}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the number of seats first.</source>
        <translation>حدّد عدد المقاعد أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants are selected by running the draw (Selection), never by hand.</source>
        <translation>يُختار المشاركون بإجراء القرعة (الاختيار)، وليس يدويًا أبدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark at least one selected person as invited first.</source>
        <translation>علِّم أولًا شخصًا مختارًا واحدًا على الأقل على أنه مدعو.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record at least one commitment (what was said and what will be done) first.</source>
        <translation>سجّل أولًا التزامًا واحدًا على الأقل (ما قيل وما سيُنجز).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This consultation cannot be closed while {count} commitment(s) are still open: {names}</source>
        <translation>لا يمكن إغلاق هذه المشاورة ما دامت هناك التزامات مفتوحة ({count}): {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more.</source>
        <translation>و{count} غيرها.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} added to the pool.</source>
        <translation>أُضيف إلى المجموعة: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} were already in it.</source>
        <translation>كانوا موجودين من قبل: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out: no valid consent to be invited, or their data was erased.</source>
        <translation>المستبعدون: {count} (لا توجد موافقة سارية على الدعوة، أو مُحيت بياناتهم).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} ids are not in the database.</source>
        <translation>عدد المعرّفات غير الموجودة في قاعدة البيانات: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The pool is fixed once participants are drawn; it can no longer change.</source>
        <translation>تُثبَّت المجموعة بعد سحب المشاركين بالقرعة، ولا يمكن تغييرها بعد ذلك.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة {path}: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not a text file.</source>
        <translation>الملف ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate ids were found in the file.</source>
        <translation>لم يُعثر على أي معرّف مرشح في الملف.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This participant is no longer in the consultation.</source>
        <translation>لم يعد هذا المشارك ضمن المشاورة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A participant cannot go from “{old}” to “{new}”.</source>
        <translation>لا يمكن أن ينتقل المشارك من «{old}» إلى «{new}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance is recorded after the consultation is marked as held.</source>
        <translation>يُسجَّل الحضور بعد تعليم المشاورة على أنها انعقدت.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations are handled between the draw and the consultation.</source>
        <translation>تُدار الدعوات بين القرعة والمشاورة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>This consultation is closed.</source>
        <translation>هذه المشاورة مغلقة.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>All {seats} seats are taken (a reserve may already have taken this place). Someone must decline before another person can be seated.</source>
        <translation>جميع المقاعد الـ{seats} مشغولة (ربما شغل أحد الاحتياطيين هذا المكان بالفعل). يجب أن يعتذر أحدهم قبل أن يُمنح شخص آخر مقعدًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person is not a reserve.</source>
        <translation>هذا الشخص ليس من الاحتياطيين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not in the consultation.</source>
        <translation>هذا الشخص ليس ضمن المشاورة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+39"/>
        <source>Write down what was committed to.</source>
        <translation>دوِّن ما تم الالتزام به.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This commitment is no longer in the database.</source>
        <translation>لم يعد هذا الالتزام موجودًا في قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../desktop/views/consultations.py" line="+50"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+44"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Meetings with the diaspora. Participants are drawn by a fair, public lottery from a pool of volunteers, within quotas that keep the panel representative.</source>
        <translation>اجتماعات مع الجالية. يُختار المشاركون بقرعة عادلة وعلنية من بين مجموعة من المتطوعين، ضمن حصص تضمن تمثيلية المجموعة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;مشاورة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a new consultation (Ctrl+N)</source>
        <translation>التخطيط لمشاورة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a consultation whose participants were not drawn yet (Del)</source>
        <translation>حذف مشاورة لم يُسحب مشاركوها بالقرعة بعد (Del)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter consultations</source>
        <translation>تصفية المشاورات</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Delete consultation</source>
        <translation>حذف المشاورة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete this consultation and its pool? You can undo right after (Ctrl+Z).</source>
        <translation>هل تريد حذف هذه المشاورة ومجموعتها؟ يمكنك التراجع مباشرة بعد ذلك (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consultation deleted. Press Ctrl+Z to undo.</source>
        <translation>حُذفت المشاورة. اضغط Ctrl+Z للتراجع.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../desktop/views/widgets.py" line="+101"/>
        <source>Type to search countries</source>
        <translation>اكتب للبحث عن بلد</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+50"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consenting people</source>
        <translation>الأشخاص الموافقون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part</source>
        <translation>شاركوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats held</source>
        <translation>المقاعد المشغولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heard from (%)</source>
        <translation>من استُمع إليهم (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
</context>
<context>
    <name>CoverageControls</name>
    <message>
        <location filename="../desktop/views/criteria_coverage.py" line="+34"/>
        <source>Propose quotas from &amp;coverage</source>
        <translation>اقتراح حصص حسب الت&amp;غطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give more seats to the groups heard less than their share of the pool in the months chosen here</source>
        <translation>منح مقاعد أكثر للفئات التي استُمع إليها أقل من حصتها في قائمة المرشحين خلال الأشهر المختارة هنا</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>months</source>
        <translation>شهرًا</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Months of coverage looked at</source>
        <translation>عدد أشهر المشاركة التي يُنظر فيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out people seated in the &amp;last</source>
        <translation>استبعاد من شغلوا مقعدًا خلال آ&amp;خر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who held a seat at another consultation in these months are taken out of the pool before the draw; the audit report lists them</source>
        <translation>يُستبعد من قائمة المرشحين قبل القرعة من شغلوا مقعدًا في مشاورة أخرى خلال هذه الأشهر، ويذكرهم تقرير التدقيق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Months a seat keeps someone out</source>
        <translation>عدد الأشهر التي يُستبعد فيها من شغل مقعدًا</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} left out: seated since {date}</source>
        <translation>استُبعد {count}: شغلوا مقعدًا منذ {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from {seats} seats held in the last {months} months.</source>
        <translation>اقتُرح بناءً على {seats} مقعدًا شُغلت خلال آخر {months} شهرًا.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../desktop/views/coverage.py" line="+16"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>من لم نستمع إليهم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who took part in consultations, against everyone who agreed to be consulted and every registered association. Groups in red were never heard in the period; the lists on the right show who is consulted again and again.</source>
        <translation>الأشخاص الذين شاركوا في المشاورات مقارنةً بكل من وافق على استشارته وبكل جمعية مسجّلة. الفئات باللون الأحمر لم يُستمع إليها قط خلال الفترة، وتُظهر القوائم على الجانب الآخر من يُستشار مرة بعد مرة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last</source>
        <translation>آ&amp;خر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>months</source>
        <translation>شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months looked back</source>
        <translation>عدد الأشهر السابقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>المستوى الوطني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group people by</source>
        <translation>تجميع الأشخاص حسب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groups and how often they were heard</source>
        <translation>الفئات وعدد مرات الاستماع إليها</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>People seated at two or more consultations</source>
        <translation>أشخاص شاركوا في مشاورتين أو أكثر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Associations whose members held the most seats</source>
        <translation>الجمعيات التي شغل أعضاؤها أكبر عدد من المقاعد</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} of {total} associations never heard</source>
        <translation>لم يُستمع إلى {count} من أصل {total} جمعية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} groups with consenting people never heard</source>
        <translation>عدد الفئات التي لديها أشخاص موافقون ولم يُستمع إليها قط: {count}</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../desktop/services/consultation_criteria.py" line="+53"/>
        <source>Destination country</source>
        <translation>بلد المقصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective (engagement area)</source>
        <translation>الهدف (مجال الانخراط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration generation</source>
        <translation>جيل الهجرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin-country citizenship</source>
        <translation>جنسية بلد المنشأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination-country citizenship</source>
        <translation>جنسية بلد المقصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship (origin, destination or dual)</source>
        <translation>الجنسية (المنشأ أو المقصد أو مزدوجة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First language listed</source>
        <translation>أول لغة مذكورة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Under 18</source>
        <translation>أقل من 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 to 29</source>
        <translation>من 18 إلى 29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 to 44</source>
        <translation>من 30 إلى 44</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>45 to 59</source>
        <translation>من 45 إلى 59</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 فما فوق</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holds it</source>
        <translation>يحملها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not hold it</source>
        <translation>لا يحملها</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>{name}: the minimum {min} is above the maximum {max}.</source>
        <translation>{name}: الحد الأدنى {min} أكبر من الحد الأقصى {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: the minimum {min} is more than the {count} people in the pool.</source>
        <translation>{name}: الحد الأدنى {min} أكبر من عدد الأشخاص في المجموعة ({count}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation needs at least one seat.</source>
        <translation>تحتاج المشاورة إلى مقعد واحد على الأقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pool has {count} people for {seats} seats.</source>
        <translation>تضم المجموعة {count} شخصًا لـ {seats} مقعدًا.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="+137"/>
        <source>Feature</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>في المجموعة</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of the pool</source>
        <translation>النسبة من المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest seats people with this value must get</source>
        <translation>أقل عدد من المقاعد يجب أن يحصل عليه أصحاب هذه القيمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most seats people with this value may get</source>
        <translation>أكبر عدد من المقاعد يمكن أن يحصل عليه أصحاب هذه القيمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type a number of seats; Enter to confirm, Escape to cancel.</source>
        <translation>اكتب عدد المقاعد؛ Enter للتأكيد، وEsc للإلغاء.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Can the quotas all hold?</source>
        <translation>هل يمكن احترام كل الحصص؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the quotas cannot all hold</source>
        <translation>لماذا يتعذّر احترام كل الحصص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Features</source>
        <translation>ال&amp;خصائص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features with quotas</source>
        <translation>الخصائص ذات الحصص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotas (seats per value)</source>
        <translation>ال&amp;حصص (مقاعد لكل قيمة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotas</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill &amp;proportionally to the pool</source>
        <translation>التعبئة &amp;بالتناسب مع المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value gets its share of the seats, as in the pool</source>
        <translation>تحصل كل قيمة على نصيبها من المقاعد كما في المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from population &amp;shares…</source>
        <translation>التعبئة حسب حصص ال&amp;سكان…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the seats as the diaspora is spread (e.g. by destination country)</source>
        <translation>توزيع المقاعد حسب انتشار الجالية (مثلًا حسب بلد المقصد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender balance</source>
        <translation>ال&amp;توازن بين الجنسين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the seats for women, half for men</source>
        <translation>نصف المقاعد للنساء ونصفها للرجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leeway ±</source>
        <translation>&amp;هامش ±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leeway in seats</source>
        <translation>الهامش بالمقاعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Widen each filled quota by this many seats on both sides, which makes the quotas easier to satisfy</source>
        <translation>توسيع كل حصة معبّأة بهذا العدد من المقاعد في الاتجاهين، مما يسهّل احترام الحصص</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>At &amp;most</source>
        <translation>&amp;على الأكثر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most people from one association</source>
        <translation>الحد الأقصى للأشخاص من جمعية واحدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>people from one association</source>
        <translation>أشخاص من جمعية واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people from one household (same address or phone)</source>
        <translation>أشخاص من أسرة واحدة (العنوان أو الهاتف نفسه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the cap counts</source>
        <translation>ما يحسبه الحد الأقصى</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{pool} people can be drawn for {seats} seats.</source>
        <translation>يمكن سحب {pool} شخصًا بالقرعة لـ {seats} مقعدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({count} left out: consent no longer valid)</source>
        <translation>(المستبعدون: {count}، الموافقة لم تعد سارية)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria are fixed: the participants were drawn with them.</source>
        <translation>المعايير مثبّتة: سُحب المشاركون بالقرعة وفقها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published criteria</source>
        <translation>المعايير المنشورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>حقول أخرى</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Criteria saved.</source>
        <translation>حُفظت المعايير.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No quotas: everyone has the same chance.</source>
        <translation>لا حصص: للجميع الفرصة نفسها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not decided in time (a large pool); the selection will say if the quotas cannot hold.</source>
        <translation>لم يُحسم في الوقت المتاح (مجموعة كبيرة)؛ وسيبيّن الاختيار إن تعذّر احترام الحصص.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Feasible: the quotas can all hold</source>
        <translation>● ممكن: يمكن احترام كل الحصص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Not feasible: the quotas cannot all hold</source>
        <translation>● غير ممكن: يتعذّر احترام كل الحصص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a consultation</source>
        <translation>اختر مشاورة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+48"/>
        <source>Show in Associations</source>
        <translation>العرض في الجمعيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Focal points</source>
        <translation>العرض في نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Regions</source>
        <translation>العرض في المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Candidates</source>
        <translation>العرض في المرشحين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Consultations</source>
        <translation>العرض في المشاورات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the promise ledger</source>
        <translation>العرض في سجل الوعود</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office</source>
        <translation>مكتب المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+78"/>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>منذ البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>اختيار التواريخ…</translation>
    </message>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="-6"/>
        <location filename="../desktop/views/home.py" line="+74"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../desktop/views/home.py" line="+310"/>
        <source>{value} %</source>
        <translation>{value}٪</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="+57"/>
        <location line="+45"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>القائمة فارغة: لا يوجد ما يُصدَّر.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Export %Ln record(s)</source>
        <translation>
            <numerusform>تصدير لا سجلات</numerusform>
            <numerusform>تصدير سجل واحد</numerusform>
            <numerusform>تصدير سجلين</numerusform>
            <numerusform>تصدير %Ln سجلات</numerusform>
            <numerusform>تصدير %Ln سجلًا</numerusform>
            <numerusform>تصدير %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} records exported to {file}</source>
        <translation>عدد السجلات المصدَّرة إلى {file}: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export: {error}</source>
        <translation>تعذّر التصدير: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported on</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>المستبعدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone on {date}</source>
        <translation>تم التراجع عنه في {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed since; cannot be undone</source>
        <translation>تغيّر منذ ذلك الحين؛ لا يمكن التراجع عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be undone</source>
        <translation>يمكن التراجع عنه</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent i&amp;mports…</source>
        <translation>&amp;عمليات الاستيراد الأخيرة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find &amp;duplicates…</source>
        <translation>ال&amp;بحث عن التكرارات…</translation>
    </message>
</context>
<context>
    <name>Dedupe</name>
    <message>
        <location filename="../desktop/services/dedupe.py" line="+794"/>
        <source>same email</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name, words in another order</source>
        <translation>الاسم نفسه، والكلمات بترتيب آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name {percent} % similar after transliteration</source>
        <translation>الاسم متشابه بنسبة {percent} % بعد النقل الحرفي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same website</source>
        <translation>الموقع الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same registration number</source>
        <translation>رقم التسجيل نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same acronym and country</source>
        <translation>الاختصار نفسه والبلد نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city and country</source>
        <translation>المدينة نفسها والبلد نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city: {first} / {second}</source>
        <translation>المدينة نفسها: {first} / {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same contact person</source>
        <translation>الشخص المسؤول عن الاتصال نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same region</source>
        <translation>المنطقة نفسها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same institution</source>
        <translation>المؤسسة نفسها</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Looking for duplicates</source>
        <translation>جارٍ البحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_dedupe.py" line="+67"/>
        <source>different names</source>
        <translation>اسمان مختلفان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth year ({year})</source>
        <translation>سنة الميلاد نفسها ({year})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth years one apart ({first} / {second})</source>
        <translation>سنتا ميلاد بفارق سنة ({first} / {second})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>born in different years ({first} / {second})</source>
        <translation>وُلدا في سنتين مختلفتين ({first} / {second})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same country of residence</source>
        <translation>بلد الإقامة نفسه</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+284"/>
        <source>Public digest: you said, we did</source>
        <translation>ملخص عام: قلتم، فعلنا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>المستوى الوطني</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Region:</source>
        <translation>الم&amp;نطقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the commitments of the consultations held in the period, with what was done. Commitments are printed as typed.</source>
        <translation>يسرد التزامات المشاورات التي عُقدت خلال الفترة مع ما أُنجز. تُطبع الالتزامات كما كُتبت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file when it is written</source>
        <translation>فتح الملف بعد كتابته</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the digest</source>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {path} ({count} commitments)</source>
        <translation>حُفظ {path} ({count} التزامًا)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the digest…</source>
        <translation>جارٍ كتابة الملخص…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../desktop/views/directory.py" line="+41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>المسمى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region directory</source>
        <translation>دليل المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The information points of a region: focal points who are active on the day, listed on flyers and have given their consent to publish their contacts. Flyers print exactly this list.</source>
        <translation>نقاط المعلومات في منطقة ما: نقاط الاتصال النشطة في ذلك التاريخ، المُدرجة في المطويات، والتي وافقت على نشر بيانات الاتصال بها. تطبع المطويات هذه القائمة تحديدًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>ال&amp;منطقة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the day</source>
        <translation>في تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;day:</source>
        <translation>&amp;في تاريخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Information points</source>
        <translation>نقاط المعلومات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory summary</source>
        <translation>ملخص الدليل</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no regions yet.</source>
        <translation>لا توجد مناطق بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln information point(s) on the flyers of this region.</source>
        <translation>
            <numerusform>لا توجد نقاط معلومات على مطويات هذه المنطقة.</numerusform>
            <numerusform>نقطة معلومات واحدة على مطويات هذه المنطقة.</numerusform>
            <numerusform>نقطتا معلومات على مطويات هذه المنطقة.</numerusform>
            <numerusform>%Ln نقاط معلومات على مطويات هذه المنطقة.</numerusform>
            <numerusform>%Ln نقطة معلومات على مطويات هذه المنطقة.</numerusform>
            <numerusform>%Ln نقطة معلومات على مطويات هذه المنطقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} active focal point(s) are missing because their consent to publish is not recorded.</source>
        <translation>عدد نقاط الاتصال النشطة الغائبة لعدم تسجيل موافقتها على النشر: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} active focal point(s) gave consent but are not listed on flyers.</source>
        <translation>عدد نقاط الاتصال النشطة التي وافقت لكنها غير مُدرجة في المطويات: {count}.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../desktop/views/dashboard_drill.py" line="+26"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Records listed: {count}.</source>
        <translation>السجلات المعروضة: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {count} are listed.</source>
        <translation>لا يُعرض إلا أول {count}.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+69"/>
        <source>Possible duplicates</source>
        <translation>مكررات محتملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, e-mail or phone to check for records that already exist.</source>
        <translation>اكتب اسمًا أو بريدًا إلكترونيًا أو هاتفًا للتحقق من وجود سجلات سابقة.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not check for duplicates: {error}</source>
        <translation>تعذّر التحقق من التكرارات: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No similar records found.</source>
        <translation>لم يُعثر على سجلات مشابهة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These existing records look similar. Open one to check it before saving a new record.</source>
        <translation>تبدو هذه السجلات الموجودة مشابهة. افتح أحدها للتحقق منه قبل حفظ سجل جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These records look like this one. Merge them if they are the same, or mark them as different.</source>
        <translation>تشبه هذه السجلات هذا السجل. ادمجها إن كانت هي نفسها، أو علّمها على أنها مختلفة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{score} % alike</source>
        <translation>متشابهة بنسبة {score} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with {name}</source>
        <translation>دمج مع {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a duplicate</source>
        <translation>ليس مكررًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember that these are different records</source>
        <translation>تذكّر أن هذه سجلات مختلفة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: {name}</source>
        <translation>مكرر محتمل: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../desktop/views/duplicates_dialog.py" line="+37"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looks like</source>
        <translation>يشبه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Likely duplicates</source>
        <translation>مكررات محتملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Likely duplicate pairs</source>
        <translation>أزواج مكررة محتملة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records, picking each field (Enter)</source>
        <translation>دمج السجلين باختيار كل حقل (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;ليس مكررًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember that these are two different records, so they are not proposed again</source>
        <translation>تذكّر أن هذين سجلان مختلفان حتى لا يُقترحا مجددًا</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>تعذّر البحث عن التكرارات: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} likely duplicate pairs. Check each one: merge it, or mark it as not a duplicate.</source>
        <translation>عدد الأزواج المكررة المحتملة: {count}. تحقّق من كل منها: ادمجه أو علّمه على أنه ليس مكررًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No likely duplicates found.</source>
        <translation>لم يُعثر على مكررات محتملة.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{first}” and “{second}” will no longer be proposed as duplicates.</source>
        <translation>لن يُقترح «{first}» و«{second}» كمكررين بعد الآن.</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../desktop/services/importing/encodings.py" line="+69"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>Western European</source>
        <translation>أوروبا الغربية</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Central European, Romanian</source>
        <translation>أوروبا الوسطى، الرومانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cyrillic</source>
        <translation>السيريلية</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Central European</source>
        <translation>أوروبا الوسطى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
</context>
<context>
    <name>EngagementArea</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="-59"/>
        <source>Remittances</source>
        <translation>التحويلات المالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of skills</source>
        <translation>نقل المهارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>السياحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural diversity</source>
        <translation>التنوع الثقافي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philanthropy</source>
        <translation>العمل الخيري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation</source>
        <translation>الابتكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrepreneurship</source>
        <translation>ريادة الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>البحث العلمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer of ideas</source>
        <translation>نقل الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>الاستثمارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarianism</source>
        <translation>العمل الإنساني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peacebuilding</source>
        <translation>بناء السلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental initiatives</source>
        <translation>المبادرات البيئية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora diplomacy</source>
        <translation>دبلوماسية الجالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth empowerment</source>
        <translation>تمكين الشباب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis relief</source>
        <translation>الإغاثة في الأزمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civic engagement</source>
        <translation>المشاركة المدنية</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="+86"/>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the personal data of {name}?

Their name, contact details, birth year, skills, languages, topics, association and notes are wiped for good, and their consents are withdrawn. Gender, country of residence, generation, citizenship, education, occupation and origin region stay, so that statistics and past selections still add up.

This cannot be undone. Export their data first if they asked for a copy.</source>
        <translation>هل تريد محو البيانات الشخصية لـ {name}؟

سيُمحى نهائيًا الاسم وبيانات الاتصال وسنة الميلاد والمهارات واللغات والمواضيع والجمعية والملاحظات، وتُسحب الموافقات. ويبقى الجنس وبلد الإقامة والجيل والجنسية والمستوى التعليمي والمهنة ومنطقة المنشأ، كي تبقى الإحصاءات وعمليات الاختيار السابقة متسقة.

لا يمكن التراجع عن هذا. صدّر بياناته أولًا إن طلب نسخة منها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ERASE</source>
        <translation>محو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {word} to confirm:</source>
        <translation>اكتب {word} للتأكيد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type {word} to confirm</source>
        <translation>اكتب {word} للتأكيد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../desktop/views/errors.py" line="+62"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong, but your data is safe and you can keep working.</source>
        <translation>حدث خطأ ما، لكن بياناتك في أمان ويمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{summary}

Details were written to:
{log}</source>
        <translation>{summary}

كُتبت التفاصيل في:
{log}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/importing/export.py" line="+116"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>اختر اسم ملف ينتهي بـ .csv أو .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write {file}: {reason}</source>
        <translation>تعذّرت كتابة {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+95"/>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file (any usual encoding, separated by ; , or tabs) or an Excel workbook (.xlsx) whose first row names the columns.</source>
        <translation>ملف CSV (بأي ترميز شائع، مفصول بـ ; أو , أو علامات جدولة) أو مصنف Excel (.xlsx) يسمّي صفه الأول الأعمدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a path or choose a file</source>
        <translation>اكتب مسارًا أو اختر ملفًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables ({patterns});;All files (*)</source>
        <translation>الجداول ({patterns});;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/views/first_start.py" line="+65"/>
        <location line="+2"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>مرحبًا بك في Diaspora Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a &amp;new database</source>
        <translation>إنشاء قاعدة بيانات &amp;جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an existing server</source>
        <translation>الا&amp;نضمام إلى خادم قائم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tell us which country your office serves and who uses this desktop. The country&apos;s regions are filled in for you; you can add, rename or retire them later under Regions.</source>
        <translation>أخبرنا بالبلد الذي يخدمه مكتبك ومن يستخدم هذا الحاسوب. تُملأ مناطق البلد تلقائيًا، ويمكنك لاحقًا إضافتها أو إعادة تسميتها أو إيقافها من قسم «المناطق».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your office, country and regions come from your account on the server, and your office&apos;s data is downloaded now. Ask your administrator for the server address and your user name.</source>
        <translation>يُؤخذ مكتبك وبلدك ومناطقه من حسابك على الخادم، وتُنزَّل بيانات مكتبك الآن. اطلب من المسؤول عنوان الخادم واسم المستخدم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining status</source>
        <translation>حالة الانضمام</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>ان&amp;ضمّ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to {server}…</source>
        <translation>جارٍ الاتصال بـ {server}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining {server}</source>
        <translation>الانضمام إلى {server}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. Nothing is lost: what was downloaded is kept, and the next sync goes on from there.</source>
        <translation>توقّف. لم يُفقد شيء: ما نُزِّل محفوظ، وتستأنف المزامنة التالية من حيث توقّفت.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../desktop/views/home.py" line="-277"/>
        <source>Nothing to show yet: start here</source>
        <translation>لا شيء للعرض بعد: ابدأ من هنا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Import or add diaspora associations</source>
        <translation>1. استيراد جمعيات المغتربين أو إضافتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in your spreadsheet of associations (Associations → Import…) or add them one by one.</source>
        <translation>أدخل جدول بيانات الجمعيات (الجمعيات ← استيراد…) أو أضفها واحدة تلو الأخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add focal points</source>
        <translation>2. إضافة نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who act as information points in each region; those who agree are printed on flyers.</source>
        <translation>الأشخاص الذين يعملون نقاطَ معلومات في كل منطقة، ومن يوافق منهم يُطبع اسمه على المطويات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Register people who agree to be consulted</source>
        <translation>3. تسجيل الأشخاص الموافقين على استشارتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each person&apos;s consent; only they can be drawn for a consultation.</source>
        <translation>سجّل موافقة كل شخص، فهؤلاء وحدهم يمكن اختيارهم بالقرعة لمشاورة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Plan a consultation</source>
        <translation>4. التخطيط لمشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set its quotas, draw a fair panel and record what was promised.</source>
        <translation>حدّد حصصها، واختر بالقرعة مجموعة منصفة، وسجّل ما وُعد به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Print a flyer</source>
        <translation>5. طباعة مطوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the diaspora where to find their focal point.</source>
        <translation>أخبر المغتربين أين يجدون نقطة الاتصال الخاصة بهم.</translation>
    </message>
</context>
<context>
    <name>FlyerEditor</name>
    <message>
        <location filename="../desktop/views/flyers_editor.py" line="+255"/>
        <source>The theme&apos;s colour</source>
        <translation>لون السمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a colour</source>
        <translation>اختيار لون</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+532"/>
        <source>Flyer</source>
        <translation>المطوية</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+347"/>
        <source>Updating the preview…</source>
        <translation>جارٍ تحديث المعاينة…</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Made from region, language and format</source>
        <translation>مكوَّن من المنطقة واللغة والمقاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer name</source>
        <translation>اسم المطوية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National (no region)</source>
        <translation>وطنية (دون منطقة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region:</source>
        <translation>المنط&amp;قة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer language</source>
        <translation>لغة المطوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;مقاس:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headline:</source>
        <translation>ال&amp;عنوان الرئيسي:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short sentences read best. Printed as typed.</source>
        <translation>الجمل القصيرة أسهل قراءة. يُطبع كما كُتب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body text:</source>
        <translation>ال&amp;نص الرئيسي:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body text</source>
        <translation>النص الرئيسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call to action:</source>
        <translation>ال&amp;دعوة إلى العمل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>الدعوة إلى العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s address; the QR code opens it.</source>
        <translation>عنوان المنصة؛ يفتحه رمز QR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>عنوان ال&amp;ويب:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default texts of this language</source>
        <translation>استخدام النصوص الا&amp;فتراضية لهذه اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace headline, body and call to action with the standard texts in the flyer&apos;s language</source>
        <translation>استبدال العنوان الرئيسي والنص والدعوة إلى العمل بالنصوص المعتادة بلغة المطوية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture or logo:</source>
        <translation>صورة أو شعار:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture or logo</source>
        <translation>صورة أو شعار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour &amp;theme:</source>
        <translation>&amp;سمة الألوان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>سمة الألوان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main colour…</source>
        <translation>اللون الرئيسي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour…</source>
        <translation>لون التمييز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the custom colours and use the theme&apos;s</source>
        <translation>تجاهل الألوان المخصصة واستخدام ألوان السمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colours:</source>
        <translation>ألوان مخصصة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own colours</source>
        <translation>ألوان مخصصة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a print shop</source>
        <translation>للمطبعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 mm &amp;bleed (backgrounds run past the cut)</source>
        <translation>&amp;هامش قص 3 مم (تمتد الخلفيات بعد خط القص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cr&amp;op marks</source>
        <translation>علامات الق&amp;ص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;MYK colours</source>
        <translation>&amp;ألوان CMYK</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview of the printed flyer</source>
        <translation>معاينة المطوية المطبوعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preflight results</source>
        <translation>نتائج الفحص قبل الطباعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the flyer as a PDF file (Ctrl+E)</source>
        <translation>كتابة المطوية كملف PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>الطباعة بطابعة هذا الحاسوب (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flyer (Ctrl+S)</source>
        <translation>حفظ المطوية (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor (Esc)</source>
        <translation>إغلاق المحرر (Esc)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A national flyer lists no focal points.</source>
        <translation>لا تتضمن المطوية الوطنية أي نقطة اتصال.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln focal point(s) of this region will be printed: those active, listed on flyers and with recorded consent.</source>
        <translation>
            <numerusform>لن تُطبع أي نقطة اتصال لهذه المنطقة: تُطبع النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
            <numerusform>ستُطبع نقطة اتصال واحدة لهذه المنطقة: النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
            <numerusform>ستُطبع نقطتا اتصال لهذه المنطقة: النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
            <numerusform>ستُطبع %Ln نقاط اتصال لهذه المنطقة: النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
            <numerusform>ستُطبع %Ln نقطة اتصال لهذه المنطقة: النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
            <numerusform>ستُطبع %Ln نقطة اتصال لهذه المنطقة: النقاط النشطة المدرجة في المطويات والمسجلة موافقتها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No focal point of this region can be printed yet (they need to be active, listed on flyers and have recorded consent).</source>
        <translation>لا يمكن بعد طباعة أي نقطة اتصال لهذه المنطقة (يجب أن تكون نشطة ومُدرجة في المطويات ولها موافقة مسجّلة).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New flyer</source>
        <translation>مطوية جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer – {name}</source>
        <translation>مطوية – {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The preview could not be drawn: {error}</source>
        <translation>تعذّر رسم المعاينة: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview up to date.</source>
        <translation>المعاينة محدّثة.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preflight: no problems found.</source>
        <translation>الفحص قبل الطباعة: لا مشكلات.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flyer not ready</source>
        <translation>المطوية غير جاهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flyer could not be drawn: {error}</source>
        <translation>تعذّر رسم المطوية: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture or logo</source>
        <translation>اختيار صورة أو شعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nothing was saved: {problems}</source>
        <translation>لم يُحفظ أي شيء: {problems}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flyer saved.</source>
        <translation>حُفظت المطوية.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preflight found problems</source>
        <translation>وجد الفحص قبل الطباعة مشكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

{action} anyway?</source>
        <translation>{problems}

{action} على أي حال؟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyer exported to {path}.</source>
        <translation>صُدّرت المطوية إلى {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print flyer</source>
        <translation>طباعة المطوية</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not printed</source>
        <translation>لم يُطبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this flyer before closing?</source>
        <translation>هل تريد حفظ تغييرات هذه المطوية قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>FlyerLanguages</name>
    <message>
        <location filename="../desktop/services/flyers/labels.py" line="+36"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>FlyerTemplates</name>
    <message>
        <location filename="../desktop/services/flyers/templates.py" line="+60"/>
        <source>A5 leaflet</source>
        <translation>مطوية A5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 flyer</source>
        <translation>منشور A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter flyer</source>
        <translation>منشور بمقاس US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3 poster</source>
        <translation>ملصق A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll-up banner 85 × 200 cm</source>
        <translation>لافتة رول أب 85 × 200 سم</translation>
    </message>
</context>
<context>
    <name>FlyerThemes</name>
    <message>
        <location filename="../desktop/services/flyers/themes.py" line="+34"/>
        <source>Blue and gold</source>
        <translation>أزرق وذهبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and sun</source>
        <translation>أخضر وشمسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burgundy and sand</source>
        <translation>خمري ورملي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal and coral</source>
        <translation>أزرق مخضر ومرجاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plum and amber</source>
        <translation>برقوقي وكهرماني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal and mint</source>
        <translation>فحمي ونعناعي</translation>
    </message>
</context>
<context>
    <name>Flyers</name>
    <message>
        <location filename="../desktop/services/flyers/images.py" line="+41"/>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>الصورة كبيرة جدًا ({w} × {h} بكسل).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an image that can be printed (use PNG or JPEG).</source>
        <translation>هذا الملف ليس صورة قابلة للطباعة (استخدم PNG أو JPEG).</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/batch.py" line="+90"/>
        <source>Unknown region(s): {codes}.</source>
        <translation>مناطق غير معروفة: {codes}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/preflight.py" line="+55"/>
        <source>region line</source>
        <translation>سطر المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body text</source>
        <translation>النص الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call to action</source>
        <translation>الدعوة إلى العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points heading</source>
        <translation>عنوان نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focal points note</source>
        <translation>ملاحظة نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR caption</source>
        <translation>تعليق رمز QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help office line</source>
        <translation>سطر مكتب المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{language} flyer, {block}: no font can print {chars}; they would come out as &quot;?&quot;. Remove or replace them.</source>
        <translation>مطوية بـ{language}، {block}: لا يوجد خط يمكنه طباعة {chars}؛ وستظهر على شكل «?». احذفها أو استبدلها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {block} does not fit even at {size} pt: {lines} line(s) are left out (the printed text ends with &quot;…&quot;). Shorten it or choose a larger format.</source>
        <translation>لا تتسع فقرة «{block}» حتى بحجم {size} نقطة: عدد الأسطر المحذوفة {lines} (ينتهي النص المطبوع بـ «…»). اختصرها أو اختر مقاسًا أكبر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{missing} of {total} focal points do not fit on this format and are left out. Choose a larger format.</source>
        <translation>لا تتسع {missing} من أصل {total} نقطة اتصال في هذا المقاس وقد حُذفت. اختر مقاسًا أكبر.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The QR code&apos;s squares are {size} mm wide; below {minimum} mm phones may not read it once printed. Use a shorter web address or a larger format.</source>
        <translation>عرض مربعات رمز QR {size} مم؛ وإذا قلّ عن {minimum} مم قد لا تقرؤه الهواتف بعد الطباعة. استخدم عنوان ويب أقصر أو مقاسًا أكبر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The QR code is {size} mm wide; people scan this format from about {distance} cm, which needs at least {needed} mm.</source>
        <translation>عرض رمز QR {size} مم، ويُمسح هذا المقاس من مسافة {distance} سم تقريبًا، مما يتطلب {needed} مم على الأقل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The QR code has only {modules} modules of white margin around it; scanners need {needed}.</source>
        <translation>حول رمز QR هامش أبيض من {modules} وحدات فقط، وتحتاج الماسحات إلى {needed}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture prints at {dpi} dpi ({w} × {h} pixels over {mw} × {mh} mm); below {minimum} dpi it looks blurred. Use a larger image.</source>
        <translation>تُطبع الصورة بدقة {dpi} نقطة في البوصة ({w} × {h} بكسل على {mw} × {mh} مم)؛ وتبدو ضبابية تحت {minimum} نقطة في البوصة. استخدم صورة أكبر.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no web address, so the flyer has no QR code. Type the platform&apos;s address.</source>
        <translation>لا يوجد عنوان ويب، لذا لا تحتوي المطوية على رمز QR. اكتب عنوان المنصة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address is the example {url}; type your platform&apos;s address.</source>
        <translation>عنوان الويب هو المثال {url}؛ اكتب عنوان منصتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The web address must start with https:// (or http://) and name a server, or phones cannot open the registration form.</source>
        <translation>يجب أن يبدأ العنوان الإلكتروني بـ https://‎ (أو http://‎) وأن يسمّي خادمًا، وإلا فلن تتمكن الهواتف من فتح نموذج التسجيل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This flyer has no campaign code yet (it gets one when saved), so registrations it brings cannot be counted for it.</source>
        <translation>لا يملك هذا المطوية رمز حملة بعد (يحصل عليه عند الحفظ)، لذا لا يمكن احتساب التسجيلات التي يجلبها له.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign code {code} is not valid: use 4 to 12 letters and digits.</source>
        <translation>رمز الحملة {code} غير صالح: استخدم من 4 إلى 12 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline is empty.</source>
        <translation>العنوان الرئيسي فارغ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No focal point of this region can be printed (none is active, listed on flyers and with recorded consent to publish). The flyer points people to the help office instead.</source>
        <translation>لا يمكن طباعة أي نقطة اتصال لهذه المنطقة (لا توجد نقطة نشطة ومُدرجة في المطويات ولها موافقة مسجّلة على النشر). لذا توجّه المطوية الناس إلى مكتب المساعدة.</translation>
    </message>
    <message>
        <location filename="../desktop/services/flyers/store.py" line="+110"/>
        <location line="+126"/>
        <source>This flyer no longer exists (it may have been deleted).</source>
        <translation>لم تعد هذه المطوية موجودة (ربما حُذفت).</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown format {value}; choose one of {choices}.</source>
        <translation>مقاس غير معروف: {value}؛ اختر واحدًا من {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language {value}; choose one of {choices}.</source>
        <translation>لغة غير معروفة: {value}؛ اختر واحدة من {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region {value}.</source>
        <translation>منطقة غير معروفة: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown colour theme {value}.</source>
        <translation>سمة ألوان غير معروفة: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colour is written like #1D4E89.</source>
        <translation>يُكتب اللون على شكل #1D4E89.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture is larger than 15 MB; use a smaller file.</source>
        <translation>حجم الصورة أكبر من 15 ميغابايت؛ استخدم ملفًا أصغر.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A campaign code has 4 to 12 letters and digits.</source>
        <translation>يتكون رمز الحملة من 4 إلى 12 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {limit} characters.</source>
        <translation>{limit} حرفًا على الأكثر.</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <location filename="../desktop/views/flyers.py" line="+41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>National</source>
        <translation>وطنية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unknown code)</source>
        <translation>(رمز غير معروف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Received</source>
        <translation>المستلمة</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>None given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flyers</source>
        <translation>المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyers, posters and banners in six languages with the region&apos;s focal points and a QR code. Open one to edit it with a live preview; print it here or export a PDF for a print shop.</source>
        <translation>مطويات وملصقات ولافتات بست لغات مع نقاط الاتصال في المنطقة ورمز QR. افتح إحداها لتعديلها مع معاينة مباشرة؛ واطبعها هنا أو صدّر ملف PDF للمطبعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New flyer…</source>
        <translation>&amp;مطوية جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a flyer (Ctrl+N)</source>
        <translation>إنشاء مطوية (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected flyer in the editor (Enter)</source>
        <translation>فتح المطوية المحددة في المحرر (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new flyer from the selected one, e.g. for another language or region</source>
        <translation>إنشاء مطوية جديدة من المطوية المحددة، مثلًا للغة أو منطقة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flyer (Del); you can undo it</source>
        <translation>حذف المطوية المحددة (Del)؛ يمكنك التراجع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print for several &amp;regions…</source>
        <translation>&amp;طباعة لعدة مناطق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One flyer per region and language into a folder</source>
        <translation>مطوية لكل منطقة ولغة في مجلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Filter flyers</source>
        <translation>تصفية المطويات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the deleted flyer back (Ctrl+Z)</source>
        <translation>استعادة المطوية المحذوفة (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved flyers</source>
        <translation>المطويات المحفوظة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flyer yet. Press “New flyer…” to make one: it starts with ready-made texts in the language you choose.</source>
        <translation>لا توجد مطويات بعد. اضغط «مطوية جديدة…» لإنشاء واحدة: تبدأ بنصوص جاهزة باللغة التي تختارها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registrations that came through the flyers&apos; QR codes</source>
        <translation>التسجيلات الواردة عبر رموز QR في المطويات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations per flyer</source>
        <translation>التسجيلات حسب المطوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations per region</source>
        <translation>التسجيلات حسب المنطقة</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>“{name}” was deleted.</source>
        <translation>حُذفت «{name}».</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+238"/>
        <source>Flyer</source>
        <translation>المطوية</translation>
    </message>
</context>
<context>
    <name>FocalPointForm</name>
    <message>
        <location filename="../desktop/views/focal_point_form.py" line="+42"/>
        <source>New focal point</source>
        <translation>نقطة اتصال جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit focal point</source>
        <translation>تعديل نقطة الاتصال</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>الاسم واللقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+361"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cahul District Council</source>
        <translation>مثلًا: مجلس مقاطعة كاهول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>المسمى أو المنصب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— national (no region) —</source>
        <translation>— وطني (دون منطقة) —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (required):</source>
        <translation>ال&amp;اسم (إلزامي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position:</source>
        <translation>المسمى &amp;أو المنصب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion:</source>
        <translation>المنط&amp;قة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0 299 12 345 or +373 299 12 345</source>
        <translation>مثلًا: 0 299 12 345 أو +373 299 12 345</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages spoken:</source>
        <translation>ال&amp;لغات المحكية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active period</source>
        <translation>فترة النشاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>نشط منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>نشط حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>&amp;نشط منذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until:</source>
        <translation>نشط &amp;حتى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication on flyers</source>
        <translation>النشر في المطويات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flyers print a person&apos;s contact details only with their consent. Record when and how they gave it.</source>
        <translation>لا تطبع المطويات بيانات اتصال الشخص إلا بموافقته. سجّل متى وكيف أعطاها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How consent was given</source>
        <translation>طريقة إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. signed form</source>
        <translation>مثلًا: استمارة موقّعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent given &amp;on:</source>
        <translation>&amp;تاريخ إعطاء الموافقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it was given:</source>
        <translation>&amp;طريقة إعطائها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List this person on flyers as an information point</source>
        <translation>&amp;إدراج هذا الشخص في المطويات كنقطة معلومات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed on flyers</source>
        <translation>مُدرج في المطويات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;سحب الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person no longer agrees: clears the consent and takes them off the flyers</source>
        <translation>لم يعد الشخص موافقًا: تُمسح الموافقة ويُحذف من المطويات</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked associations</source>
        <translation>الجمعيات المرتبطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link associations</source>
        <translation>ربط الجمعيات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save ({keys})</source>
        <translation>حفظ ({keys})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>To list this person on flyers, first record the date and how they gave their consent.</source>
        <translation>لإدراج هذا الشخص في المطويات، سجّل أولًا تاريخ موافقته وطريقة إعطائها.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Will be saved as {phone}</source>
        <translation>سيُحفظ بالشكل {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Please correct the fields marked in red.</source>
        <translation>يُرجى تصحيح الحقول المعلّمة بالأحمر.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Focal point</source>
        <translation>نقطة الاتصال</translation>
    </message>
</context>
<context>
    <name>FocalPointList</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+34"/>
        <location line="+10"/>
        <source>Listed</source>
        <translation>مُدرج</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not listed</source>
        <translation>غير مُدرج</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>No consent</source>
        <translation>لا موافقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+68"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>المسمى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>المطويات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>FocalPointRole</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+56"/>
        <source>Elected official</source>
        <translation>مسؤول منتخب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government officer</source>
        <translation>موظف في الإدارة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical focal point</source>
        <translation>نقطة اتصال فنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular officer</source>
        <translation>موظف قنصلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association liaison</source>
        <translation>منسق الجمعيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>FocalPointsPage</name>
    <message>
        <location filename="../desktop/views/focal_points.py" line="+86"/>
        <source>Focal points</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who act as information points: elected officials, local-government officers, technical and consular focal points, association liaisons.</source>
        <translation>أشخاص يعملون كنقاط معلومات: منتخبون، وموظفو الجماعات المحلية، ونقاط اتصال تقنية وقنصلية، ومنسقو الجمعيات.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter by name, institution, title, e-mail or phone ({keys})</source>
        <translation>التصفية حسب الاسم أو المؤسسة أو المسمى أو البريد أو الهاتف ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter focal points</source>
        <translation>تصفية نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>المطويات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>مُدرجة أو غير مُدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>مُدرجة في المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <translation>غير مُدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent recorded</source>
        <translation>لا توجد موافقة مسجّلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active or not</source>
        <translation>نشط أو غير نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active today</source>
        <translation>نشط اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active today</source>
        <translation>غير نشط اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New focal point…</source>
        <translation>&amp;نقطة اتصال جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a focal point</source>
        <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected focal point</source>
        <translation>فتح نقطة الاتصال المحددة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected focal points to the trash</source>
        <translation>نقل نقاط الاتصال المحددة إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trash…</source>
        <translation>&amp;سلة المحذوفات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted focal points, to restore them</source>
        <translation>نقاط الاتصال المحذوفة، لاستعادتها</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>National (no region)</source>
        <translation>وطني (دون منطقة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} focal points</source>
        <translation>عدد نقاط الاتصال: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} focal points</source>
        <translation>{shown} من أصل {total} نقطة اتصال</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 focal point moved to the trash.</source>
        <translation>نُقلت نقطة اتصال واحدة إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} focal points moved to the trash.</source>
        <translation>عدد نقاط الاتصال المنقولة إلى سلة المحذوفات: {count}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted focal points</source>
        <translation>نقاط الاتصال المحذوفة</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/views/consultations_followup.py" line="+86"/>
        <source>Edit commitment</source>
        <translation>تعديل الالتزام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New commitment</source>
        <translation>التزام جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What participants asked for, and what was promised</source>
        <translation>ما طلبه المشاركون وما وُعدوا به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (printed in the report)</source>
        <translation>ما أُنجز (يُطبع في التقرير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>ال&amp;التزام:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>ال&amp;موعد النهائي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;وضع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location line="-61"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;إضافة التزام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“You said, we did” &amp;report…</source>
        <translation>تقرير «&amp;قلتم، ففعلنا»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the commitments and their outcome, in the consultation&apos;s language</source>
        <translation>ملف PDF بالالتزامات ونتائجها، بلغة المشاورة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} commitments, {open} still open. The consultation can be closed once none is open.</source>
        <translation>الالتزامات: {total}، منها {open} ما زالت مفتوحة. يمكن إغلاق المشاورة عندما لا يبقى أي التزام مفتوح.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete commitment</source>
        <translation>حذف الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this commitment?

{text}</source>
        <translation>هل تريد حذف هذا الالتزام؟

{text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“You said, we did” report</source>
        <translation>تقرير «قلتم، ففعلنا»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said, we did</source>
        <translation>قلتم فعملنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report written to {path}.</source>
        <translation>كُتب التقرير في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../desktop/services/vocabulary.py" line="+22"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/views/help_viewer.py" line="+55"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — دليل المستخدم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontents</source>
        <translation>ال&amp;محتويات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/services/history.py" line="+87"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>تغيّرت الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link added</source>
        <translation>أُضيف رابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link removed</source>
        <translation>أُزيل رابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish recorded</source>
        <translation>سُجّلت الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish withdrawn</source>
        <translation>سُحبت الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>مُدرج في المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off flyers</source>
        <translation>أُزيل من المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>دُمج</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="+170"/>
        <source> ({count} fields)</source>
        <translation> (عدد الحقول: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — {what} (by {who})</source>
        <translation>{when} — {what} (بواسطة {who})</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/views/home.py" line="+34"/>
        <source>National bureau of {country}</source>
        <translation>المكتب الوطني — {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office for {region}, {country}</source>
        <translation>مكتب المساعدة في {region}، {country}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>المستوى الوطني</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise ledger</source>
        <translation>سجل الوعود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who haven&apos;t we heard from?</source>
        <translation>من لم نستمع إليهم؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as a spreadsheet (.xlsx)…</source>
        <translation>الأرقام في جدول بيانات (.xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report (PDF)…</source>
        <translation>تقرير للجهات المانحة (PDF)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Associations by region and status</source>
        <translation>الجمعيات حسب المنطقة والحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants against the consenting pool, by gender (%)</source>
        <translation>المشاركون مقارنةً بالموافقين، حسب الجنس (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants against the consenting pool, by generation (%)</source>
        <translation>المشاركون مقارنةً بالموافقين، حسب الجيل (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments by status</source>
        <translation>الالتزامات حسب الحالة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By region: the national level first, then the regions that hold data</source>
        <translation>حسب المنطقة: المستوى الوطني أولًا، ثم المناطق التي لديها بيانات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures by region</source>
        <translation>الأرقام حسب المنطقة</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures of {time}; counting again…</source>
        <translation>أرقام الساعة {time}؛ جارٍ العدّ من جديد…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consenting pool</source>
        <translation>الموافقون على الاستشارة</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>جدول بيانات (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>تصدير الأرقام</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="+518"/>
        <source>Associations</source>
        <translation>الجمعيات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Focal points</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="+313"/>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/engine.py" line="+140"/>
        <source>The file has no column for {fields}. Name a column {titles} (or choose it in the import wizard).</source>
        <translation>لا يحتوي الملف على عمود لـ {fields}. سمِّ عمودًا {titles} (أو اختره في معالج الاستيراد).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a header but no rows to import.</source>
        <translation>يحتوي الملف على سطر عناوين لكن دون صفوف للاستيراد.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking rows</source>
        <translation>جارٍ التحقق من الصفوف</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looks like the existing record “{name}” ({score} %: {reasons}).</source>
        <translation>يشبه السجل الموجود «{name}» ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looks like line {line} of this file ({score} %: {reasons}).</source>
        <translation>يشبه السطر {line} من هذا الملف ({score} %: {reasons}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no import {batch}.</source>
        <translation>لا يوجد استيراد {batch}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This import was already undone.</source>
        <translation>سبق التراجع عن هذا الاستيراد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import can no longer be undone: {count} of its records were changed since (edited, deleted, merged or linked). Delete the records you do not want from the list instead.</source>
        <translation>لم يعد من الممكن التراجع عن هذا الاستيراد: تغيّر {count} من سجلاته منذ ذلك الحين (بالتعديل أو الحذف أو الدمج أو الربط). احذف بدلًا من ذلك السجلات التي لا تريدها من القائمة.</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/readers.py" line="+85"/>
        <source>The file {file} does not exist.</source>
        <translation>الملف {file} غير موجود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>تعذّر فتح الملف {file}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row must be 1 or more.</source>
        <translation>يجب أن يكون صف العناوين 1 أو أكثر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file.</source>
        <translation>{file} مصنف Excel قديم (.xls). افتحه في Excel أو LibreOffice واحفظه بصيغة .xlsx أو .csv، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} has no row {row}: its last row is {last}.</source>
        <translation>لا يحتوي {file} على الصف {row}: آخر صف فيه هو {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of {file} is empty; choose the row that names the columns.</source>
        <translation>الصف {row} في {file} فارغ؛ اختر الصف الذي يسمّي الأعمدة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a totals row (“{text}”), not data</source>
        <translation>صف مجاميع («{text}»)، وليس بيانات</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف {file}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The file {file} is empty.</source>
        <translation>الملف {file} فارغ.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{file} is not a text (CSV) file. Save the table as CSV or XLSX and import that file.</source>
        <translation>{file} ليس ملفًا نصيًا (CSV). احفظ الجدول بصيغة CSV أو XLSX واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as CSV: {reason}</source>
        <translation>تعذّرت قراءة {file} بصيغة CSV: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx). It may be damaged or of another kind.</source>
        <translation>تعذّرت قراءة {file} كمصنف Excel (.xlsx). ربما يكون تالفًا أو من نوع آخر.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook {file} is empty.</source>
        <translation>المصنف {file} فارغ.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../desktop/services/candidate_import.py" line="-284"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-434"/>
        <location line="+221"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+21"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-204"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+154"/>
        <location line="+98"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics volunteered for</source>
        <translation>المواضيع التي تطوّع لها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-229"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="+65"/>
        <location line="+161"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-160"/>
        <location line="+161"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../desktop/services/importing/registry_specs.py" line="-73"/>
        <location line="+158"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../desktop/services/importing/registry_specs.py" line="-351"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Founding year</source>
        <translation>سنة التأسيس</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement areas</source>
        <translation>مجالات الانخراط</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to publish</source>
        <translation>الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed on flyers</source>
        <translation>مُدرج في المطويات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent given how</source>
        <translation>طريقة إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active from</source>
        <translation>نشط منذ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active until</source>
        <translation>نشط حتى</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-53"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>semicolons</source>
        <translation>فواصل منقوطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>فواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>علامات جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>أشرطة عمودية</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Import {what}</source>
        <translation>استيراد: {what}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../desktop/services/indicators/__init__.py" line="+54"/>
        <source>Unknown region: {code}.</source>
        <translation>منطقة غير معروفة: {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/files.py" line="+51"/>
        <source>The report can be written as .xlsx or .pdf, not {suffix}.</source>
        <translation>يمكن كتابة التقرير بصيغة .xlsx أو .pdf، وليس {suffix}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Up to {end}</source>
        <translation>حتى {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region: {region}</source>
        <translation>المنطقة: {region}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>National level only</source>
        <translation>المستوى الوطني فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diaspora engagement: monitoring report</source>
        <translation>التواصل مع المغتربين: تقرير المتابعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>States such as valid consent and overdue commitments are taken on {date}.</source>
        <translation>تُحتسب الحالات مثل الموافقة السارية والالتزامات المتأخرة بتاريخ {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/services/indicators/labels.py" line="+26"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who consented</source>
        <translation>الأشخاص الموافقون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who took part, against who could</source>
        <translation>من شارك، مقارنةً بمن كان بإمكانه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry and consultations</source>
        <translation>السجل والمشاورات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People who consented to be consulted, in groups from which nobody took part in the period.</source>
        <translation>أشخاص وافقوا على استشارتهم، من فئات لم يشارك منها أحد خلال الفترة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report produced on {date}.</source>
        <translation>أُعدّ هذا التقرير بتاريخ {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/labels.py" line="-7"/>
        <source>Associations in the registry</source>
        <translation>الجمعيات في السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active focal points</source>
        <translation>نقاط الاتصال النشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal points listed on flyers</source>
        <translation>نقاط الاتصال المدرجة في المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions without a focal point</source>
        <translation>مناطق بلا نقطة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who consented to be consulted</source>
        <translation>أشخاص وافقوا على استشارتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents ending in the next 90 days</source>
        <translation>موافقات تنتهي خلال الأيام التسعين المقبلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations held</source>
        <translation>المشاورات المعقودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women among participants (%)</source>
        <translation>النساء بين المشاركين (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments made</source>
        <translation>الالتزامات المقطوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments overdue</source>
        <translation>الالتزامات المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments kept on time (%)</source>
        <translation>الالتزامات المنجزة في موعدها (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups not heard from</source>
        <translation>فئات لم يُستمع إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seated more than once</source>
        <translation>أشخاص شاركوا أكثر من مرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1st generation</source>
        <translation>الجيل الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd generation</source>
        <translation>الجيل الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd generation or later</source>
        <translation>الجيل الثالث أو ما بعده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin country</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>بلد المقصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual</source>
        <translation>مزدوجة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National level</source>
        <translation>المستوى الوطني</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New in the period</source>
        <translation>جديدة خلال الفترة</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators/model.py" line="+54"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>تبدأ الفترة ({start}) بعد نهايتها ({end}).</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <location filename="../desktop/views/consultations_invitations.py" line="+51"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve rank</source>
        <translation>الترتيب في الاحتياط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participants and reserves</source>
        <translation>المشاركون والاحتياطيون</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;invited</source>
        <translation>تعليم &amp;كمدعو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;مؤكَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined…</source>
        <translation>&amp;اعتذر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person cannot come; the next suitable reserve is offered</source>
        <translation>لا يستطيع الشخص الحضور؛ يُعرض المقعد على الاحتياطي المناسب التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttended</source>
        <translation>&amp;حضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did &amp;not come</source>
        <translation>&amp;لم يحضر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation &amp;letters (PDF)…</source>
        <translation>&amp;رسائل الدعوة (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected or invited person, in the consultation&apos;s language</source>
        <translation>رسالة لكل شخص مختار أو مدعو، بلغة المشاورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export invitee &amp;list…</source>
        <translation>&amp;تصدير قائمة المدعوين…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one is selected yet: run the selection first.</source>
        <translation>لم يُختر أحد بعد: أجرِ الاختيار أولًا.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>Invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No suitable reserve</source>
        <translation>لا يوجد احتياطي مناسب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. No reserve can take the seat without breaking a quota; the seat stays empty unless you draw again with a larger pool.</source>
        <translation>اعتذر {name}. لا يمكن لأي احتياطي شغل المقعد دون الإخلال بحصة؛ سيبقى المقعد شاغرًا ما لم تُجرِ قرعة جديدة بمجموعة أكبر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer the seat to a reserve</source>
        <translation>عرض المقعد على احتياطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} declined. The next reserve who keeps every quota is {reserve}. Give them the seat?</source>
        <translation>اعتذر {name}. الاحتياطي التالي الذي يحافظ على كل الحصص هو {reserve}. هل تمنحه المقعد؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reserve} takes the seat; invite them now.</source>
        <translation>يشغل {reserve} المقعد؛ ادعُه الآن.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>رسائل الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} letters written to {path}.</source>
        <translation>عدد الرسائل المكتوبة في {path}: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the letters…</source>
        <translation>جارٍ كتابة الرسائل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export invitee list</source>
        <translation>تصدير قائمة المدعوين</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Invitees</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} people written to {path}.</source>
        <translation>عدد الأشخاص المكتوبين في {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <location filename="../desktop/services/consultation_reports.py" line="+283"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>الترتيب في الاحتياط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection probability</source>
        <translation>احتمال الاختيار</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Invitees</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>اختر اسم ملف ينتهي بـ .csv أو .xlsx.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="-300"/>
        <source>Promise</source>
        <translation>الوعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>قُطع في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (evidence)</source>
        <translation>ما أُنجز (الدليل)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/services/letters.py" line="+396"/>
        <source>No one is selected or invited yet, so there is no letter to write.</source>
        <translation>لم يُختر أحد ولم يُدعَ أحد بعد، لذا لا توجد رسالة لكتابتها.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../desktop/views/record_panels.py" line="-91"/>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add link…</source>
        <translation>إضافة ارتباط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>إزالة الارتباط</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location line="-81"/>
        <source>Type part of the name</source>
        <translation>اكتب جزءًا من الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching records</source>
        <translation>السجلات المطابقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/views/main_window.py" line="+68"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>إ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;نسخ احتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>فتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>&amp;حول Diaspora Desk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — no sync server configured</source>
        <translation>غير متصل — لم يُضبط خادم للمزامنة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>نسخ احتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Diaspora Desk backup</source>
        <translation>نسخة احتياطية من Diaspora Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db)</source>
        <translation>قاعدة بيانات SQLite (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to {path}</source>
        <translation>كُتبت النسخة الاحتياطية في {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart now?</source>
        <translation>إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after a restart. Restart now? Diaspora Desk reopens on this page; open forms ask about unsaved changes first.</source>
        <translation>تُطبَّق اللغة الجديدة بعد إعادة التشغيل. هل تريد إعادة التشغيل الآن؟ سيُفتح Diaspora Desk على هذه الصفحة نفسها، وتسألك النماذج المفتوحة أولًا عن التغييرات غير المحفوظة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="-638"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file goes into the field chosen next to it. Columns set to “Do not import” are left out.</source>
        <translation>يذهب كل عمود من الملف إلى الحقل المختار بجانبه. وتُستبعد الأعمدة المضبوطة على «لا تستورد».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ved mappings:</source>
        <translation>&amp;المطابقات المحفوظة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings</source>
        <translation>المطابقات المحفوظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen saved mapping for this file</source>
        <translation>استخدام المطابقة المحفوظة المختارة لهذا الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping…</source>
        <translation>حفظ ال&amp;مطابقة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these choices to reuse them for the next file from the same source</source>
        <translation>احفظ هذه الاختيارات لإعادة استخدامها مع الملف التالي من المصدر نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete mapping</source>
        <translation>&amp;حذف المطابقة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>ترميز الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Header on row:</source>
        <translation>ص&amp;ف العناوين:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row that names the columns</source>
        <translation>الصف الذي يسمّي الأعمدة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{rows} rows read from {file} ({encoding}, separated by {separator}).</source>
        <translation>عدد الصفوف المقروءة من {file}: {rows} ({encoding}، مفصولة بـ{separator}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{rows} rows read from sheet “{sheet}” of {file}.</source>
        <translation>عدد الصفوف المقروءة من الورقة «{sheet}» في {file}: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not data, left out: {rows}.</source>
        <translation>ليست بيانات، تُركت جانبًا: {rows}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({reason})</source>
        <translation>الصف {line} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>الاستيراد إلى</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field for column {column}</source>
        <translation>الحقل الخاص بالعمود {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— Do not import —</source>
        <translation>— لا تستورد —</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{field}” is chosen for more than one column ({columns}); choose it for one only.</source>
        <translation>اختير «{field}» لأكثر من عمود ({columns})؛ اختره لعمود واحد فقط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds: {fields}.</source>
        <translation>اختر العمود الذي يحتوي على: {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this mapping:</source>
        <translation>اسم هذه المطابقة:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete mapping</source>
        <translation>حذف المطابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>هل تريد حذف المطابقة المحفوظة «{name}»؟</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../desktop/services/merge.py" line="+116"/>
        <source>One of the records no longer exists (it may have been deleted or merged already).</source>
        <translation>لم يعد أحد السجلين موجودًا (ربما حُذف أو دُمج من قبل).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A record cannot be merged with itself.</source>
        <translation>لا يمكن دمج سجل مع نفسه.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>These choices do not make a valid record: {problems}</source>
        <translation>لا تُكوّن هذه الاختيارات سجلًا صالحًا: {problems}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/views/merge_dialog.py" line="+53"/>
        <source>Merge duplicates</source>
        <translation>دمج المكررات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use all from &amp;left</source>
        <translation>&amp;استخدام الكل من اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every value of the record on the left</source>
        <translation>الإبقاء على كل قيم السجل الأيسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use all from &amp;right</source>
        <translation>استخدام ال&amp;كل من اليمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take every differing value from the record on the right</source>
        <translation>أخذ كل القيم المختلفة من السجل الأيمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Swap records</source>
        <translation>&amp;تبديل السجلين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the record on the right instead, and merge the left one into it</source>
        <translation>الإبقاء بدلًا من ذلك على السجل الأيمن ودمج الأيسر فيه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../desktop/views/registrations.py" line="+226"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the two records ({key})</source>
        <translation>دمج السجلين ({key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For each field that differs, pick the value to keep. “{other}” will be merged into “{keep}”: its links and history move over, and it is removed (it stays in the trash, marked as merged).</source>
        <translation>لكل حقل مختلف، اختر القيمة التي تريد الإبقاء عليها. سيُدمج «{other}» في «{keep}»: تنتقل روابطه وسجله التاريخي، ثم يُزال (ويبقى في سلة المحذوفات معلّمًا كمدمج).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/views/registrations.py" line="-26"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept record (left)</source>
        <translation>السجل المُبقى عليه (الأيسر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record (right)</source>
        <translation>السجل المدمج (الأيمن)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../desktop/views/registrations.py" line="+15"/>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two records have the same values; merging keeps the left one and moves the other&apos;s links and history to it.</source>
        <translation>للسجلين القيم نفسها؛ يُبقي الدمج على السجل الأيسر وينقل إليه روابط الآخر وسجله التاريخي.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merged “{other}” into “{keep}”.</source>
        <translation>دُمج «{other}» في «{keep}».</translation>
    </message>
    <message>
        <location filename="../desktop/views/registrations.py" line="-23"/>
        <source>Merge registration into {name}</source>
        <translation>دمج التسجيل في {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, field by field, which value the record keeps. Fields where both are the same are not shown.</source>
        <translation>اختر، حقلًا بحقل، القيمة التي يحتفظ بها السجل. لا تُعرض الحقول المتطابقة في الجانبين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>From the form</source>
        <translation>من النموذج</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>In the record</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to merge</source>
        <translation>الحقول المراد دمجها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep for {field}</source>
        <translation>القيمة المحتفظ بها لـ {field}</translation>
    </message>
</context>
<context>
    <name>NewConsultationDialog</name>
    <message>
        <location filename="../desktop/views/consultations_form.py" line="+95"/>
        <source>New consultation</source>
        <translation>مشاورة جديدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../desktop/views/office_picker.py" line="+30"/>
        <source>Home country</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;country:</source>
        <translation>ب&amp;لد المنشأ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &amp;national bureau (sees every region)</source>
        <translation>المكتب ال&amp;وطني (يرى جميع المناطق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region&apos;s help office:</source>
        <translation>مكتب المساعدة في م&amp;نطقة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region of this help office</source>
        <translation>منطقة مكتب المساعدة هذا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop is used by:</source>
        <translation>يستخدم هذا الحاسوب:</translation>
    </message>
</context>
<context>
    <name>OfficeProfileFields</name>
    <message>
        <location filename="../desktop/views/office_profile_fields.py" line="+32"/>
        <source>Office profile (printed on letters, reports and flyers)</source>
        <translation>بيانات المكتب (تُطبع على الرسائل والتقارير والمطويات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation letters, the selection audit report and the footer of flyers show these details, so that people know whom to contact. Leave a field empty to leave it out.</source>
        <translation>تظهر هذه البيانات في رسائل الدعوة وتقرير تدقيق الاختيار وتذييل المطويات، ليعرف الناس بمن يتصلون. اترك الحقل فارغًا لإغفاله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Cahul Help Office for Migrants</source>
        <translation>مثلًا مكتب مساعدة المهاجرين في كاهول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. +373 299 12 345</source>
        <translation>مثلًا +373 299 12 345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Ana Rusu, Head of office</source>
        <translation>مثلًا آنا روسو، رئيسة المكتب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>عنوان المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office phone</source>
        <translation>هاتف المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail</source>
        <translation>البريد الإلكتروني للمكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office na&amp;me:</source>
        <translation>ا&amp;سم المكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatory:</source>
        <translation>ال&amp;موقّع:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the office logo</source>
        <translation>اختر شعار المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That file is not a PNG or JPEG picture.</source>
        <translation>هذا الملف ليس صورة PNG أو JPEG.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../desktop/views/operations.py" line="+91"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+183"/>
        <source>e.g. {date}</source>
        <translation>مثلًا {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Type the date or pick it from the calendar; Delete clears it.</source>
        <translation>اكتب التاريخ أو اختره من التقويم؛ يمسحه مفتاح Delete.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Pick from the calendar</source>
        <translation>اختر من التقويم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick {field} from the calendar</source>
        <translation>اختر {field} من التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {field}</source>
        <translation>مسح {field}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a date. Write it like {example}.</source>
        <translation>هذا ليس تاريخًا. اكتبه هكذا: {example}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/views/sync_page.py" line="+76"/>
        <source>Log in to the sync server</source>
        <translation>تسجيل الدخول إلى خادم المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in to {server} as {user}.</source>
        <translation>تسجيل الدخول إلى {server} باسم {user}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is kept in this computer&apos;s password store (keyring), not the password itself.</source>
        <translation>يُحفظ تسجيل الدخول في مخزن كلمات المرور على هذا الحاسوب (keyring)، لا كلمة المرور نفسها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no password store (keyring): the password is kept in memory only, until Diaspora Desk is closed.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن لكلمات المرور (keyring): تُحفظ كلمة المرور في الذاكرة فقط إلى أن يُغلق Diaspora Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Log in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your password.</source>
        <translation>يُرجى كتابة كلمة المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../desktop/services/personal_data.py" line="+149"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Education</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics volunteered for</source>
        <translation>المواضيع التي تطوّع لها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>آخر تعديل في</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <source>Everything we hold about you</source>
        <translation>كل ما نحتفظ به عنك</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>This document lists every record the diaspora-relations bureau keeps about this person: their details, their consents, the consultations they were part of, and commitments that mention them. Exported on {date}.</source>
        <translation>تسرد هذه الوثيقة كل ما يحتفظ به مكتب العلاقات مع الجالية عن هذا الشخص: بياناته، وموافقاته، والمشاورات التي شارك فيها، والالتزامات التي تذكره. تاريخ التصدير: {date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Text agreed to on {date} (version {version}):</source>
        <translation>النص الذي تمت الموافقة عليه في {date} (الإصدار {version}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent is recorded.</source>
        <translation>لا توجد موافقة مسجّلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your place</source>
        <translation>وضعك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of being selected</source>
        <translation>احتمال الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation status</source>
        <translation>وضع المشاورة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person has not been part of any consultation.</source>
        <translation>لم يشارك هذا الشخص في أي مشاورة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments that mention this person</source>
        <translation>الالتزامات التي تذكر هذا الشخص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>سبق محو بيانات هذا الشخص.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erased person</source>
        <translation>شخص ممحوّ</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../desktop/views/candidates_privacy.py" line="-62"/>
        <source>Export personal data</source>
        <translation>تصدير البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data written to {pdf} and {json}.</source>
        <translation>كُتبت البيانات الشخصية في {pdf} و{json}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the personal data export…</source>
        <translation>جارٍ كتابة تصدير البيانات الشخصية…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The personal data of {name} was erased.</source>
        <translation>مُحيت البيانات الشخصية لـ {name}.</translation>
    </message>
</context>
<context>
    <name>PoolFilterDialog</name>
    <message>
        <location filename="../desktop/views/consultations_pool.py" line="+168"/>
        <source>Add people to the pool</source>
        <translation>إضافة أشخاص إلى المجموعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone with a valid consent who matches all the chosen filters is added (a filter left empty matches everyone).</source>
        <translation>يُضاف كل من لديه موافقة سارية ويطابق جميع عوامل التصفية المختارة (عامل التصفية الفارغ يطابق الجميع).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topics volunteered for</source>
        <translation>المواضيع التي تطوّع لها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of residence</source>
        <translation>بلدان الإقامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin regions</source>
        <translation>مناطق المنشأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topics volunteered for</source>
        <translation>ال&amp;مواضيع التي تطوّع لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries of residence</source>
        <translation>&amp;بلدان الإقامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin &amp;regions</source>
        <translation>م&amp;ناطق المنشأ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Genders</source>
        <translation>الأجناس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generations</source>
        <translation>الأجيال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenships</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;eneration</source>
        <translation>الج&amp;يل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itizenship</source>
        <translation>ا&amp;لجنسية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members of the association</source>
        <translation>أعضاء الجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any association (type to search)</source>
        <translation>أي جمعية (اكتب للبحث)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the a&amp;ssociation:</source>
        <translation>أعضاء ال&amp;جمعية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or e-mail contains</source>
        <translation>الاسم أو البريد يحتوي على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name or e-mail contains:</source>
        <translation>ال&amp;اسم أو البريد يحتوي على:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ount matches</source>
        <translation>&amp;عدّ المطابقات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>الأشخاص المطابقون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to pool</source>
        <translation>&amp;إضافة إلى المجموعة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} people with a valid consent match.</source>
        <translation>عدد الأشخاص المطابقين الذين لديهم موافقة سارية: {count}.</translation>
    </message>
</context>
<context>
    <name>PoolTab</name>
    <message>
        <location line="-198"/>
        <source>1st</source>
        <translation>الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd+</source>
        <translation>الثالث فأكثر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be selected</source>
        <translation>قابل للاختيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: consent not valid</source>
        <translation>لا: الموافقة غير سارية</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Result of the last change</source>
        <translation>نتيجة آخر تغيير</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter the pool</source>
        <translation>تصفية المجموعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool members</source>
        <translation>أعضاء المجموعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add by filters…</source>
        <translation>&amp;إضافة حسب عوامل التصفية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add everyone with a valid consent who matches (e.g. who volunteered for this topic)</source>
        <translation>إضافة كل من لديه موافقة سارية ويطابق الشروط (مثلًا من تطوّع لهذا الموضوع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from a &amp;file of ids…</source>
        <translation>إضافة من ملف معرّ&amp;فات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV with a column “id” (or only ids, one per line), e.g. exported from another tool</source>
        <translation>ملف CSV فيه عمود «id» (أو معرّفات فقط، واحد في كل سطر)، مثلًا مُصدَّر من أداة أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import new people…</source>
        <translation>&amp;استيراد أشخاص جدد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list of volunteers (CSV or Excel) as candidates, record their consent, and add them to this pool</source>
        <translation>استيراد قائمة متطوعين (CSV أو Excel) كمرشحين، وتسجيل موافقتهم، وإضافتهم إلى هذه المجموعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove selected</source>
        <translation>إزالة ال&amp;محدد</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} people in the pool.</source>
        <translation>عدد الأشخاص في المجموعة: {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them can no longer be selected (their consent was withdrawn or expired); the draw leaves them out.</source>
        <translation>لم يعد من الممكن اختيار {count} منهم (سُحبت موافقتهم أو انتهت صلاحيتها)؛ وتستبعدهم القرعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool is fixed: the participants were drawn from it.</source>
        <translation>المجموعة مثبّتة: سُحب منها المشاركون بالقرعة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <location line="+38"/>
        <source>Pool</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Adding to the pool…</source>
        <translation>جارٍ الإضافة إلى المجموعة…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add people from a file of ids</source>
        <translation>إضافة أشخاص من ملف معرّفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove from the pool</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {count} people from the pool? They stay in the candidate list and can be added again.</source>
        <translation>هل تريد إزالة {count} شخصًا من المجموعة؟ يبقون في قائمة المرشحين ويمكن إضافتهم مجددًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} removed from the pool.</source>
        <translation>عدد من أُزيلوا من المجموعة: {count}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+84"/>
        <source>Check before importing</source>
        <translation>التحقق قبل الاستيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is checked with the same rules as the form. Nothing is imported before you press Import.</source>
        <translation>يُتحقق من كل صف بالقواعد نفسها التي يطبقها النموذج. لا يُستورد شيء قبل أن تضغط «استيراد».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows left out</source>
        <translation>الصفوف المستبعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>مكررات محتملة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;rejected rows…</source>
        <translation>&amp;حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows left out, with the line, column and reason, to a CSV file you can correct and import again</source>
        <translation>كتابة الصفوف المستبعدة، مع السطر والعمود والسبب، في ملف CSV يمكنك تصحيحه واستيراده مجددًا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the rows…</source>
        <translation>جارٍ التحقق من الصفوف…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file cannot be imported: {error}</source>
        <translation>لا يمكن استيراد الملف: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{read} rows read: {good} can be imported.</source>
        <translation>عدد الصفوف المقروءة: {read}؛ يمكن استيراد: {good}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{bad} rows will be left out; the reasons are listed below.</source>
        <translation>عدد الصفوف التي ستُستبعد: {bad}؛ الأسباب مذكورة أدناه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{flagged} rows look like records already in the register; they will be imported, check them afterwards.</source>
        <translation>عدد الصفوف التي تشبه سجلات موجودة في السجل: {flagged}؛ ستُستورد، فتحقّق منها بعد ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns not imported: {columns}.</source>
        <translation>الأعمدة غير المستوردة: {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to import.</source>
        <translation>لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows left out ({count})</source>
        <translation>الصفوف المستبعدة ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicates ({count})</source>
        <translation>مكررات محتملة ({count})</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Save the rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {error}</source>
        <translation>تعذّرت كتابة {file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows written to {file}</source>
        <translation>عدد الصفوف المرفوضة المكتوبة في {file}: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseLedgerPage</name>
    <message>
        <location filename="../desktop/views/promise_ledger.py" line="+51"/>
        <source>Promise ledger</source>
        <translation>سجل الوعود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commitment made at a consultation: what was promised, to whom, who is responsible, by when, and what was done. Overdue ones are in red.</source>
        <translation>كل التزام قُطع في مشاورة: ما الذي وُعد به، ولمن، ومن المسؤول، وبحلول متى، وما الذي أُنجز. المتأخرة باللون الأحمر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search promises, owners, evidence…</source>
        <translation>ابحث في الوعود والمسؤولين والأدلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National level</source>
        <translation>المستوى الوطني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All consultations</source>
        <translation>جميع المشاورات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;تعديل الالتزام…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;digest (PDF)…</source>
        <translation>م&amp;لخص عام (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“You said … / We did …” for one region and period, in any of the six languages, to hand out at the next consultation</source>
        <translation>«قلتم … / فعلنا …» لمنطقة وفترة واحدة، بأي من اللغات الست، لتوزيعه في المشاورة التالية</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} commitments shown, {overdue} overdue</source>
        <translation>عدد الالتزامات المعروضة: {shown}، المتأخرة: {overdue}</translation>
    </message>
</context>
<context>
    <name>QuotaFields</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="+170"/>
        <source>Some details are not set</source>
        <translation>بعض البيانات غير محددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection quotas use these details, which are not set: {fields}.

Ask the person if you can. Saved without them, the person counts as “not stated” in quotas. Save anyway?</source>
        <translation>تعتمد حصص الاختيار على هذه البيانات، وهي غير محددة: {fields}.

اسأل الشخص عنها إن أمكن. إذا حُفظ السجل بدونها، يُحتسب الشخص «غير مذكور» في الحصص. هل تريد الحفظ رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <location filename="../desktop/views/data_actions.py" line="-146"/>
        <location line="+18"/>
        <source>Recent imports</source>
        <translation>عمليات الاستيراد الأخيرة</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An import can be undone as long as none of its records was changed, deleted, merged or linked since.</source>
        <translation>يمكن التراجع عن الاستيراد ما دام لم يُغيَّر أي من سجلاته أو يُحذف أو يُدمج أو يُربط منذ ذلك الحين.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo import</source>
        <translation>ال&amp;تراجع عن الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the records of the selected import to the trash</source>
        <translation>نقل سجلات الاستيراد المحدد إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No imports yet.</source>
        <translation>لا توجد عمليات استيراد بعد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Undo import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move the {count} records imported from {file} to the trash?</source>
        <translation>هل تريد نقل السجلات المستوردة من {file} ({count}) إلى سلة المحذوفات؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import undone: {count} records moved to the trash.</source>
        <translation>تم التراجع عن الاستيراد: عدد السجلات المنقولة إلى سلة المحذوفات {count}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/views/record_form.py" line="+56"/>
        <source>Discard changes?</source>
        <translation>هل تريد تجاهل التغييرات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>لديك تغييرات غير محفوظة. هل تريد إغلاق النموذج وفقدانها؟</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or undo your changes before merging.</source>
        <translation>احفظ تغييراتك أو تراجع عنها قبل الدمج.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../desktop/services/links.py" line="+161"/>
        <source>Unknown kind of record: {entity}</source>
        <translation>نوع سجل غير معروف: {entity}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="+35"/>
        <source>Nothing was saved: {problems}</source>
        <translation>لم يُحفظ أي شيء: {problems}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record no longer exists (it may have been deleted or merged).</source>
        <translation>لم يعد هذا السجل موجودًا (ربما حُذف أو دُمج).</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../desktop/views/regions.py" line="+65"/>
        <source>Edit region</source>
        <translation>تعديل المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add region</source>
        <translation>إضافة منطقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region code</source>
        <translation>رمز المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name</source>
        <translation>اسم المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office name</source>
        <translation>اسم مكتب المساعدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help office:</source>
        <translation>&amp;مكتب المساعدة:</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../desktop/services/regions.py" line="+91"/>
        <source>Unknown country code: {code}</source>
        <translation>رمز بلد غير معروف: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Unknown region: {code}</source>
        <translation>منطقة غير معروفة: {code}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>A region needs a name.</source>
        <translation>يجب أن يكون للمنطقة اسم.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A region code looks like {example} (country, dash, letters or digits).</source>
        <translation>يكون رمز المنطقة على شكل {example} (البلد، ثم شرطة، ثم حروف أو أرقام).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used.</source>
        <translation>الرمز {code} مستخدم من قبل.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <location filename="../desktop/views/regions.py" line="-39"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help office</source>
        <translation>مكتب المساعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+24"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Origin regions of the home country and their help offices. Retired regions stay attached to old records but are no longer offered in forms.</source>
        <translation>مناطق المنشأ في البلد ومكاتب المساعدة التابعة لها. تبقى المناطق الموقوفة مرتبطة بالسجلات القديمة لكنها لا تُعرض بعد ذلك في النماذج.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter regions</source>
        <translation>تصفية المناطق</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add region…</source>
        <translation>إ&amp;ضافة منطقة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a region ({keys})</source>
        <translation>إضافة منطقة ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Retire</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Regions are kept by the national bureau; this help office receives them when it syncs.</source>
        <translation>يدير المكتب الوطني المناطق، ويتلقاها مكتب المساعدة هذا عند المزامنة.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Retire region</source>
        <translation>إيقاف المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Its records stay; it will no longer be offered in forms. You can restore it later.</source>
        <translation>هل تريد إيقاف {name}؟ تبقى سجلاتها، لكنها لن تُعرض بعد ذلك في النماذج. يمكنك استعادتها لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../desktop/services/registrations.py" line="+177"/>
        <source>Keep rejected registrations between 1 and {max} days.</source>
        <translation>احتفظ بالتسجيلات المرفوضة مدة بين يوم واحد و{max} يومًا.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No registration has this id or reference.</source>
        <translation>لا يوجد تسجيل بهذا المعرّف أو الرقم المرجعي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No registration has this id or reference: {key}.</source>
        <translation>لا يوجد تسجيل بهذا المعرّف أو الرقم المرجعي: {key}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The record to merge into no longer exists (it may have been deleted).</source>
        <translation>السجل المراد الدمج فيه لم يعد موجودًا (ربما حُذف).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Registration {reference} was already reviewed.</source>
        <translation>سبقت مراجعة التسجيل {reference}.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Registration {reference} has no data left to accept.</source>
        <translation>لم تعد في التسجيل {reference} بيانات يمكن قبولها.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Registered through the online form (reference {reference}).</source>
        <translation>سُجّل عبر النموذج الإلكتروني (الرقم المرجعي {reference}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers the checks did not accept:</source>
        <translation>إجابات لم تقبلها عمليات التحقق:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Say why the registration is rejected.</source>
        <translation>اذكر سبب رفض التسجيل.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/views/registrations.py" line="-149"/>
        <location line="+180"/>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being listed</source>
        <translation>الإدراج في السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being invited to consultations</source>
        <translation>الدعوة إلى المشاورات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving information</source>
        <translation>تلقي المعلومات</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin region</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flyer code</source>
        <translation>رمز المطوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>سجلات مكررة محتملة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>(personal data erased)</source>
        <translation>(مُحيت البيانات الشخصية)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent as shown on the form</source>
        <translation>الموافقة كما عُرضت في النموذج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>غير ممنوحة</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+33"/>
        <location line="+99"/>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>People and associations who registered through the form on the flyers&apos; QR code. Check the possible duplicates, then accept, merge or reject each one.</source>
        <translation>أشخاص وجمعيات سجّلوا عبر النموذج المرتبط برمز QR في المطويات. تحقّق من السجلات المكررة المحتملة، ثم اقبل كل تسجيل أو ادمجه أو ارفضه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>المبتّ فيها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Registration details</source>
        <translation>تفاصيل التسجيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the association or person from this registration, with its consent</source>
        <translation>إنشاء الجمعية أو الشخص من هذا التسجيل مع موافقته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the answers to the possible duplicate</source>
        <translation>إضافة الإجابات إلى السجل المكرر المحتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} shown</source>
        <translation>المعروض: {count}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved. Some answers did not pass the checks and were kept in the record&apos;s notes:
{answers}</source>
        <translation>حُفظ. لم تجتز بعض الإجابات عمليات التحقق فحُفظت في ملاحظات السجل:
{answers}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record is the same as this registration?</source>
        <translation>أي سجل يطابق هذا التسجيل؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reject registration</source>
        <translation>رفض التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this registration rejected? (Its personal data is erased after the retention period set in Settings.)</source>
        <translation>لماذا يُرفض هذا التسجيل؟ (تُمحى بياناته الشخصية بعد مدة الاحتفاظ المحددة في الإعدادات.)</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../desktop/views/registry_list.py" line="+66"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo ({keys})</source>
        <translation>تراجع ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of records shown</source>
        <translation>عدد السجلات المعروضة</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Filtering… {shown} found so far</source>
        <translation>جارٍ التصفية… عُثر حتى الآن على {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counts} — loading…</source>
        <translation>{counts} — جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undone: {count} record(s) restored.</source>
        <translation>تم التراجع. عدد السجلات المستعادة: {count}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Press {keys} to undo.</source>
        <translation>{message} اضغط {keys} للتراجع.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../desktop/views/import_wizard.py" line="+17"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>ال&amp;تراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the records this import added (possible as long as none of them was changed since)</source>
        <translation>إزالة السجلات التي أضافها هذا الاستيراد (ممكن ما دام لم يُغيَّر أي منها منذ ذلك الحين)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {count} rows…</source>
        <translation>جارٍ استيراد الصفوف ({count})…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{imported} records imported from {file}; {rejected} rows were left out. You can undo this import now, or later from “Recent imports” as long as none of its records was changed.</source>
        <translation>عدد السجلات المستوردة من {file}: {imported}؛ والصفوف المستبعدة: {rejected}. يمكنك التراجع عن هذا الاستيراد الآن، أو لاحقًا من «عمليات الاستيراد الأخيرة» ما دام لم يُغيَّر أي من سجلاته.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} records imported.</source>
        <translation>عدد السجلات المستوردة: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was imported: {error}</source>
        <translation>فشل الاستيراد ولم يُستورد أي شيء: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Remove the {count} records this import added?</source>
        <translation>هل تريد إزالة السجلات التي أضافها هذا الاستيراد ({count})؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {count} records were removed.</source>
        <translation>تم التراجع عن الاستيراد: عدد السجلات المُزالة {count}.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../desktop/views/save_dialog.py" line="+110"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>الملف {name} موجود بالفعل في {folder}. هل تريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../desktop/views/sections.py" line="+50"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Associations</source>
        <translation>الجمعيات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Region directory</source>
        <translation>دليل المناطق</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Focal points</source>
        <translation>نقاط الاتصال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise ledger</source>
        <translation>سجل الوعود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyers</source>
        <translation>المطويات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <location filename="../desktop/views/association_form.py" line="-484"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>الثقافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>الخدمات الاجتماعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sport</source>
        <translation>الرياضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>الإعلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>الزراعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information technology</source>
        <translation>تكنولوجيا المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>البحث العلمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arts</source>
        <translation>الفنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s rights</source>
        <translation>حقوق المرأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>السياحة</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../desktop/services/consultation_selection.py" line="+151"/>
        <source>household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The criteria are fixed once the participants are drawn.</source>
        <translation>تُثبَّت المعايير بعد سحب المشاركين بالقرعة.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Participants can be drawn only while the pool is open (and only once).</source>
        <translation>لا يمكن سحب المشاركين بالقرعة إلا والمجموعة مفتوحة (ومرة واحدة فقط).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pool holds {count} pairs of likely duplicate people (e.g. {first} / {second}). Merge each pair or mark it “not the same person” before the draw.</source>
        <translation>تضم القائمة {count} أزواج من أشخاص مكررين على الأرجح (مثل {first} / {second}). ادمج كل زوج أو ضع عليه علامة «ليس الشخص نفسه» قبل القرعة.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This consultation has no recorded draw.</source>
        <translation>لا توجد قرعة مسجّلة لهذه المشاورة.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/audit.py" line="+158"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection is confirmed.</source>
        <translation>الاختيار مؤكَّد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection is NOT confirmed.</source>
        <translation>الاختيار غير مؤكَّد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file format</source>
        <translation>صيغة ملف التدقيق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a selection audit record</source>
        <translation>هذا ليس سجل تدقيق اختيار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Diaspora Desk</source>
        <translation>كتبه إصدار أحدث من Diaspora Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the record is incomplete or damaged ({error})</source>
        <translation>السجل ناقص أو تالف ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the pool and quotas</source>
        <translation>بصمة المجموعة والحصص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded {recorded}, computed {actual}</source>
        <translation>المسجّل {recorded}، والمحسوب {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorded problem</source>
        <translation>المسألة المسجّلة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the groups of interchangeable people do not match the pool</source>
        <translation>فئات الأشخاص القابلين للتبادل لا تطابق المجموعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a panel breaks the quotas</source>
        <translation>مجموعة تخالف الحصص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights are not positive or do not add up</source>
        <translation>الأوزان ليست موجبة أو لا يتطابق مجموعها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every panel of the distribution meets the quotas</source>
        <translation>كل مجموعة في التوزيع تحترم الحصص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The published probabilities are the distribution&apos;s</source>
        <translation>الاحتمالات المنشورة هي احتمالات التوزيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they differ from what the panels and weights give</source>
        <translation>تختلف عمّا تعطيه المجموعات والأوزان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel meets the quotas</source>
        <translation>المختارون يحترمون الحصص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-running the draw with the seed</source>
        <translation>إعادة القرعة بالبذرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw with the seed gives the published panel</source>
        <translation>إعادة القرعة بالبذرة تعطي المجموعة المنشورة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seed gives a different panel ({count} people differ)</source>
        <translation>تعطي البذرة مجموعة مختلفة (عدد الأشخاص المختلفين {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-running the draw gives the published reserves, in order</source>
        <translation>إعادة القرعة تعطي الاحتياطيين المنشورين بالترتيب نفسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the seed gives a different reserve list</source>
        <translation>تعطي البذرة قائمة احتياطيين مختلفة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The distribution is as fair as the engine can make it</source>
        <translation>التوزيع عادل بأقصى ما يستطيعه المحرك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record claims a smallest probability of {claimed:.6f}, but its lottery gives {actual:.6f}</source>
        <translation>يذكر السجل أن أصغر احتمال هو {claimed:.6f}، لكن قرعته تعطي {actual:.6f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fairer lottery exists: its smallest probability is {best:.6f}, the record&apos;s {recorded:.6f}</source>
        <translation>توجد قرعة أعدل: أصغر احتمال فيها {best:.6f}، وفي السجل {recorded:.6f}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>re-solved until the time limit: no fairer lottery found (smallest probability {recorded:.6f}, at most {bound:.6f} is possible)</source>
        <translation>أُعيد الحساب حتى انتهاء المهلة: لم توجد قرعة أعدل (أصغر احتمال {recorded:.6f}، والحد الممكن {bound:.6f} على الأكثر)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>re-solved: the sorted probabilities match (largest shortfall {gap:.2e})</source>
        <translation>أُعيد الحل: الاحتمالات المرتبة متطابقة (أكبر نقص {gap:.2e})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fairer distribution exists: someone&apos;s probability falls short by {gap:.2e}</source>
        <translation>يوجد توزيع أعدل: احتمال أحد الأشخاص ينقص بمقدار {gap:.2e}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-solved: smallest probability {recorded:.6f}, best possible {best:.6f}</source>
        <translation>أُعيد الحل: أصغر احتمال {recorded:.6f}، وأفضل احتمال ممكن {best:.6f}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/draw.py" line="+49"/>
        <source>The seed is empty: type one in or generate one.</source>
        <translation>البذرة فارغة: اكتب واحدة أو ولّدها.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not in the pool: {ids}.</source>
        <translation>غير موجودين في المجموعة: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone appears twice on the panel.</source>
        <translation>يظهر شخص مرتين ضمن المختارين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The panel has {count} people for {seats} seats.</source>
        <translation>يضم المختارون {count} شخصًا لـ {seats} مقعدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people with &apos;{value}&apos; ({feature}); the quota is {min} to {max}.</source>
        <translation>عدد الأشخاص ذوي «{value}» ({feature}) {count}؛ والحصة من {min} إلى {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} people from group &apos;{group}&apos;; the cap is {cap}.</source>
        <translation>عدد الأشخاص من الفئة «{group}» {count}؛ والحد الأقصى {cap}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The panel has people who are not in the pool.</source>
        <translation>يضم المختارون أشخاصًا غير موجودين في المجموعة.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/feasibility.py" line="+50"/>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest changes that make the quotas hold:</source>
        <translation>أصغر التغييرات التي تجعل الحصص ممكنة:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{value}&apos; ({feature})</source>
        <translation>«{value}» ({feature})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 candidate</source>
        <translation>مرشح واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} candidates</source>
        <translation>عدد المرشحين: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pool has only {pool} people for {seats} seats.</source>
        <translation>لا تضم المجموعة سوى {pool} شخصًا لـ {seats} مقعدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {people} have {value}, but the minimum is {min}.</source>
        <translation>{people} فقط لديهم {value}، لكن الحد الأدنى {min}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum for {value} is {min}, more than the {seats} seats.</source>
        <translation>الحد الأدنى لـ{value} هو {min}، أكثر من المقاعد ({seats}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimums for &apos;{feature}&apos; add up to {total}, more than the {seats} seats.</source>
        <translation>مجموع الحدود الدنيا لـ«{feature}» هو {total}، أكثر من المقاعد ({seats}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under the maximums for &apos;{feature}&apos; (and with the {other} people whose value has no quota) at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>مع الحدود القصوى لـ«{feature}» (ومع {other} من الأشخاص الذين لا حصة لقيمتهم) يمكن شغل {total} مقعدًا على الأكثر، وهو أقل من المقاعد ({seats}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the maximums for &apos;{feature}&apos; at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>مع الحدود القصوى لـ«{feature}» يمكن شغل {total} مقعدًا على الأكثر، وهو أقل من المقاعد ({seats}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With at most 1 person from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>مع شخص واحد على الأكثر من كل مجموعة، يمكن شغل {total} مقعدًا على الأكثر، وهو أقل من {seats} مقعدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With at most {cap} people from one group, at most {total} seats can be filled, fewer than the {seats} seats.</source>
        <translation>مع {cap} أشخاص على الأكثر من كل فئة، يمكن شغل {total} مقعدًا على الأكثر، وهو أقل من المقاعد ({seats}).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The quotas could not be checked.</source>
        <translation>تعذّر التحقق من الحصص.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+269"/>
        <source>The quotas can be met.</source>
        <translation>يمكن احترام الحصص.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Not decided yet: the check ran out of time.</source>
        <translation>لم يُحسم بعد: نفد وقت التحقق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quotas cannot all be met together; for example, {change}.</source>
        <translation>يتعذّر احترام كل الحصص معًا؛ مثلًا: {change}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quotas cannot all be met together.</source>
        <translation>يتعذّر احترام كل الحصص معًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>raise the cap per group from {old} to {new}</source>
        <translation>رفع الحد الأقصى لكل فئة من {old} إلى {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lower the minimum for {value} from {old} to {new}</source>
        <translation>خفض الحد الأدنى لـ{value} من {old} إلى {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise the maximum for {value} from {old} to {new}</source>
        <translation>رفع الحد الأقصى لـ{value} من {old} إلى {new}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>at most {cap} people from any one group</source>
        <translation>{cap} أشخاص على الأكثر من أي فئة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least {min} seats for {value} ({people} in the pool)</source>
        <translation>{min} مقعدًا على الأقل لـ{value} ({people} في المجموعة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {max} seats for {value} ({people} in the pool)</source>
        <translation>{max} مقعدًا على الأكثر لـ{value} ({people} في المجموعة)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{both} of the {total} candidates with {value} also have {other}, which is limited to {max} seats</source>
        <translation>{both} من أصل {total} من المرشحين ذوي {value} لديهم أيضًا {other}، وهو محدود بـ{max} مقعدًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{both} of the {total} candidates with {value} also have {other}</source>
        <translation>{both} من أصل {total} من المرشحين ذوي {value} لديهم أيضًا {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only {both} of the {total} candidates with {value} has {other}</source>
        <translation>فقط {both} من أصل {total} مرشحًا لديهم {value} لديهم {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {both} of the {total} candidates with {value} have {other}</source>
        <translation>{both} فقط من أصل {total} من المرشحين ذوي {value} لديهم {other}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These quotas cannot all hold together: {parts}.</source>
        <translation>يتعذّر احترام هذه الحصص معًا: {parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quotas cannot all hold together.</source>
        <translation>يتعذّر احترام كل الحصص معًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are {seats} seats in all.</source>
        <translation>عدد المقاعد الإجمالي {seats}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/files.py" line="+67"/>
        <source>{file} has no &apos;id&apos; column (the header row must name one column &apos;id&apos;).</source>
        <translation>لا يحتوي {file} على عمود «id» (يجب أن يسمّي سطر العناوين عمودًا «id»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the header row names the column &apos;{name}&apos; twice; which one is meant?</source>
        <translation>{file}: يذكر صف العناوين العمود «{name}» مرتين؛ أيهما المقصود؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has a column &apos;role&apos;, which the panel file uses for &apos;selected&apos; and &apos;reserve-1&apos;, &apos;reserve-2&apos; …; rename that column.</source>
        <translation>يحتوي {file} على عمود «role» يستخدمه ملف اللجنة لـ«selected» و«reserve-1» و«reserve-2» …؛ غيّر اسم هذا العمود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no people in it: the pool is empty.</source>
        <translation>لا يحتوي {file} على أشخاص: المجموعة فارغة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: no id on line(s) {lines}.</source>
        <translation>{file}: لا يوجد معرّف في الأسطر {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the id &apos;{id}&apos; appears more than once (lines {lines}).</source>
        <translation>{file}: المعرّف «{id}» يتكرر (الأسطر {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} needs the columns feature, value, min and max; missing: {missing}.</source>
        <translation>يحتاج {file} إلى الأعمدة feature وvalue وmin وmax؛ الناقصة: {missing}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}, line {line}</source>
        <translation>{file}، السطر {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: no feature.</source>
        <translation>{where}: لا توجد خاصية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: min and max must be whole numbers (found &apos;{min}&apos; and &apos;{max}&apos;).</source>
        <translation>{where}: يجب أن يكون min وmax عددين صحيحين (وُجد «{min}» و«{max}»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: min and max cannot be negative.</source>
        <translation>{where}: لا يمكن أن يكون min وmax سالبين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the minimum {min} for &apos;{value}&apos; ({feature}) is more than its maximum {max}.</source>
        <translation>{where}: الحد الأدنى {min} لـ«{value}» ({feature}) أكبر من حده الأقصى {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: &apos;{value}&apos; ({feature}) already has a quota on line {other}.</source>
        <translation>{where}: لـ«{value}» ({feature}) حصة بالفعل في السطر {other}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no quotas in it.</source>
        <translation>لا يحتوي {file} على حصص.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which is not a column of {file}.</source>
        <translation>تستخدم الحصص الخاصية «{feature}»، وهي ليست عمودًا في {file}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one in {file} has &apos;{value}&apos; for &apos;{feature}&apos;, but the quotas give it {min} to {max} seats.</source>
        <translation>لا أحد في {file} لديه «{value}» في «{feature}»، لكن الحصص تمنحها من {min} إلى {max} مقعدًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give both --cap-feature and --cap, or neither.</source>
        <translation>حدّد --cap-feature و--cap معًا، أو لا تحدد أيًّا منهما.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap feature &apos;{feature}&apos; is not a column of {file}.</source>
        <translation>خاصية الحد الأقصى «{feature}» ليست عمودًا في {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap must be at least 1.</source>
        <translation>يجب ألا يقل الحد الأقصى عن 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1.</source>
        <translation>يجب ألا يقل عدد المقاعد عن 1.</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/problem.py" line="+98"/>
        <source>The pool is empty: there is no one to select from.</source>
        <translation>المجموعة فارغة: لا يوجد من يُختار منه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats must be at least 1 (it is {seats}).</source>
        <translation>يجب ألا يقل عدد المقاعد عن 1 (وهو {seats}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap per group must be at least 1 (it is {cap}).</source>
        <translation>يجب ألا يقل الحد الأقصى لكل فئة عن 1 (وهو {cap}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some ids appear more than once in the pool: {ids}.</source>
        <translation>بعض المعرّفات تتكرر في المجموعة: {ids}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some pool members have no id.</source>
        <translation>بعض أعضاء المجموعة ليس لهم معرّف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quotas use the feature &apos;{feature}&apos;, which no pool member has.</source>
        <translation>تستخدم الحصص الخاصية «{feature}» التي لا يملكها أي عضو في المجموعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is negative.</source>
        <translation>الحد الأدنى لـ«{value}» ({feature}) سالب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum for &apos;{value}&apos; ({feature}) is {min}, more than its maximum {max}.</source>
        <translation>الحد الأدنى لـ«{value}» ({feature}) هو {min}، وهو أكبر من حده الأقصى {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are two quotas for &apos;{value}&apos; ({feature}).</source>
        <translation>توجد حصتان لـ«{value}» ({feature}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/report.py" line="+103"/>
        <location line="+171"/>
        <source>Selection audit report</source>
        <translation>تقرير تدقيق الاختيار</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>This report shows how the participants were chosen: a lottery that gives every person in the pool a chance, as equal as the quotas allow, and that anyone can re-run with the seed below to obtain exactly the same panel.</source>
        <translation>يبيّن هذا التقرير كيف اختير المشاركون: قرعة تمنح كل شخص في المجموعة فرصة متساوية قدر ما تسمح به الحصص، ويمكن لأي شخص إعادتها بالبذرة أدناه للحصول على المجموعة نفسها تمامًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maximin: the smallest selection probability of anyone in the pool is as large as possible</source>
        <translation>ماكسيمين: أصغر احتمال اختيار لأي شخص في المجموعة أكبر ما يمكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leximin: the smallest probability is as large as possible, then the next smallest, and so on</source>
        <translation>ليكسيمين: أصغر احتمال أكبر ما يمكن، ثم الذي يليه، وهكذا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {cap} per &apos;{feature}&apos;</source>
        <translation>{cap} على الأكثر لكل «{feature}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no (time limit; gap to the upper bound: {gap})</source>
        <translation>لا (الحد الزمني؛ الفجوة حتى الحد الأعلى: {gap})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (time limit)</source>
        <translation>لا (الحد الزمني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora Desk selection engine {version}, solver {solver}</source>
        <translation>محرك الاختيار في Diaspora Desk {version}، والحلّال {solver}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on</source>
        <translation>تاريخ القرعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the pool</source>
        <translation>الأشخاص في المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves</source>
        <translation>الاحتياطيون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per group</source>
        <translation>الحد الأقصى لكل فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest probability</source>
        <translation>أصغر احتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound (no lottery can beat it)</source>
        <translation>الحد الأعلى (لا يمكن لأي قرعة تجاوزه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal</source>
        <translation>الأمثلية مُثبتة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>البصمة (SHA-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotation rule</source>
        <translation>قاعدة التناوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People seated at another consultation from {start} to {end} ({months} months) were left out before the draw: {count}.</source>
        <translation>الأشخاص الذين شغلوا مقعدًا في مشاورة أخرى من {start} إلى {end} ({months} شهرًا) واستُبعدوا قبل القرعة: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>طريقة التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint is the SHA-256 of the pool and quotas in canonical JSON (ids sorted, only the values the quotas use). Anyone with the audit file can run: diaspora-desk select verify AUDIT.json — it recomputes the fingerprint, checks every panel of the lottery against the quotas, recomputes the probabilities, re-runs the draw with the seed and re-solves the lottery to confirm it is the fairest.</source>
        <translation>البصمة هي SHA-256 للمجموعة والحصص بصيغة JSON قياسية (المعرّفات مرتبة، والقيم التي تستخدمها الحصص فقط). يمكن لكل من لديه ملف التدقيق تشغيل: diaspora-desk select verify AUDIT.json — فيعيد حساب البصمة، ويتحقق من احترام كل مجموعة في القرعة للحصص، ويعيد حساب الاحتمالات، ويعيد القرعة بالبذرة، ويعيد حل القرعة للتأكد من أنها الأعدل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draw uses SHA-256 in counter mode: block i of a stream is SHA-256(&quot;diaspora-desk/v1/&quot; + stream + &quot;/&quot; + seed + &quot;/&quot; + i); a number below m is the first block value v under 2^256 - (2^256 mod m), taken modulo m. One number below the total weight picks the panel; then, for each group of interchangeable people, a partial Fisher-Yates shuffle of their ids picks who sits on it. Reserves come from the stream &quot;reserves&quot;.</source>
        <translation>تستخدم القرعة خوارزمية SHA-256 في وضع العدّاد: الكتلة i من تدفق هي SHA-256(&quot;diaspora-desk/v1/&quot; + التدفق + &quot;/&quot; + البذرة + &quot;/&quot; + i)؛ والعدد الأصغر من m هو أول قيمة كتلة v أصغر من 2^256 - (2^256 mod m)، مأخوذة بترديد m. يختار عدد أصغر من الوزن الإجمالي المجموعةَ؛ ثم، لكل فئة من الأشخاص القابلين للتبادل، يحدد خلط فيشر-ييتس جزئي لمعرّفاتهم من يشغل المقعد. ويأتي الاحتياطيون من التدفق &quot;reserves&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criteria, pool and panel</source>
        <translation>المعايير والمجموعة والمشاركون المختارون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pool</source>
        <translation>في المجموعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of pool</source>
        <translation>% من المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On panel</source>
        <translation>ضمن المختارين</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The panel ({count} people)</source>
        <translation>المختارون ({count} شخصًا)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserves, in order ({count})</source>
        <translation>الاحتياطيون بالترتيب ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When someone declines, their seat goes to the first reserve in this order who keeps every quota.</source>
        <translation>عندما يعتذر شخص، يذهب مقعده إلى أول احتياطي بهذا الترتيب يحافظ على كل الحصص.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reserves were drawn.</source>
        <translation>لم يُسحب أي احتياطي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selection probability of every person in the pool</source>
        <translation>احتمال اختيار كل شخص في المجموعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By pseudonymous id, sorted by id. These are the chances each person had before the draw; people with equal values on every criterion have equal chances.</source>
        <translation>حسب المعرّف المستعار، مرتبة حسب المعرّف. هذه هي الفرص التي كانت لكل شخص قبل القرعة؛ ولمن تتساوى قيمهم في كل المعايير فرص متساوية.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Selection audit — seed {seed} — fingerprint {short}… — page {page}</source>
        <translation>تدقيق الاختيار — البذرة {seed} — البصمة {short}… — الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../desktop/services/selection/solver.py" line="+326"/>
        <location line="+105"/>
        <source>The solver could not compute the lottery (status: {status}).</source>
        <translation>تعذّر على أداة الحل حساب القرعة (الحالة: {status}).</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Leximin stage {stage}: best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>مرحلة ليكسيمين {stage}: الأفضل حتى الآن {best:.4%}، والحد الأعلى {upper:.4%}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best so far {best:.4%}, upper bound {upper:.4%}</source>
        <translation>الأفضل حتى الآن {best:.4%}، والحد الأعلى {upper:.4%}</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Unknown algorithm &apos;{name}&apos;: use maximin or leximin.</source>
        <translation>خوارزمية غير معروفة «{name}»: استخدم maximin أو leximin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the quotas…</source>
        <translation>جارٍ التحقق من الحصص…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No panel meeting the quotas was found within the time limit; allow more time.</source>
        <translation>لم يُعثر على أي مجموعة تستوفي الحصص ضمن الحد الزمني؛ امنح مزيدًا من الوقت.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building the lottery: {share:.0%} done</source>
        <translation>بناء القرعة: أُنجز {share:.0%}</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The leximin refinement stopped at stage {stage} after a numerical difficulty; the lottery is the one of the stage before.</source>
        <translation>توقّف تحسين leximin عند المرحلة {stage} بسبب صعوبة حسابية؛ القرعة هي قرعة المرحلة السابقة.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+176"/>
        <source>Stopped at the time limit before the optimum was proven.</source>
        <translation>توقف عند الحد الزمني قبل إثبات الحل الأمثل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 person cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>لا يمكن لشخص واحد أن يكون ضمن أي مجموعة تستوفي الحصص: احتماله 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people cannot sit on any panel that meets the quotas: their probability is 0.</source>
        <translation>لا يمكن لـ {count} أشخاص أن يكونوا ضمن أي مجموعة تستوفي الحصص: احتمالهم 0.</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <location filename="../desktop/views/selection_dialog.py" line="+71"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>سُحب بصفة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run the selection</source>
        <translation>إجراء الاختيار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw {seats} participants and {reserves} reserves for “{title}” from the {pool} people in its pool.</source>
        <translation>سحب {seats} مشاركًا و{reserves} احتياطيًا لـ«{title}» من بين {pool} شخصًا في مجموعتها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks before the draw</source>
        <translation>فحوص قبل القرعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;duplicates…</source>
        <translation>معالجة الم&amp;كررات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type numbers drawn in public (e.g. lottery balls), or generate one. The same seed always gives the same panel.</source>
        <translation>اكتب أرقامًا سُحبت علنًا (مثل كرات اليانصيب)، أو ولّد واحدة. البذرة نفسها تعطي دائمًا المجموعة نفسها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;توليد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed:</source>
        <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairest chance for everyone</source>
        <translation>أعدل فرصة للجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairest chance, refined further (slower)</source>
        <translation>أعدل فرصة، مع تحسين إضافي (أبطأ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Method:</source>
        <translation>ال&amp;طريقة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in seconds</source>
        <translation>الحد الزمني بالثواني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When time runs out, the best distribution found so far is used</source>
        <translation>عند نفاد الوقت، يُستخدم أفضل توزيع وُجد حتى ذلك الحين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time limit:</source>
        <translation>ال&amp;حد الزمني:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best so far and upper bound</source>
        <translation>أفضل نتيجة حتى الآن والحد الأعلى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each pool member&apos;s chance</source>
        <translation>فرصة كل عضو في المجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run</source>
        <translation>ت&amp;شغيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;audit report…</source>
        <translation>ت&amp;صدير تقرير التدقيق…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} pool members are left out: their consent is no longer valid.</source>
        <translation>عدد أعضاء المجموعة المستبعدين: {count} (لم تعد موافقتهم سارية).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} / {second} ({reasons})</source>
        <translation>{first} / {second} ({reasons})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool holds {count} pairs of likely duplicate people: {pairs}. The draw waits until each is merged or marked “not the same person”.</source>
        <translation>تضم القائمة {count} أزواج من أشخاص مكررين على الأرجح: {pairs}. تنتظر القرعة حتى يُدمج كل زوج أو توضع عليه علامة «ليس الشخص نفسه».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most {cap} per household will be drawn.</source>
        <translation>سيُسحب {cap} على الأكثر من كل أسرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No household rule is set.</source>
        <translation>لم تُحدَّد قاعدة للأسر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} households have several people in the pool (same address or phone). {rule}</source>
        <translation>لدى {count} أسر عدة أشخاص في القائمة (العنوان أو الهاتف نفسه). {rule}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a seed or press Generate.</source>
        <translation>اكتب بذرة أو اضغط «توليد».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quotas cannot all hold: {why} Change them in the Criteria tab.</source>
        <translation>يتعذّر احترام كل الحصص: {why} غيّرها في تبويب «المعايير».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing everyone&apos;s chance…</source>
        <translation>جارٍ حساب فرصة كل شخص…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing everyone&apos;s chance… {seconds} s</source>
        <translation>جارٍ حساب فرصة كل شخص… {seconds} ث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best guarantee so far: {best} · upper bound: {upper} · {seconds} s</source>
        <translation>أفضل ضمان حتى الآن: {best} · الحد الأعلى: {upper} · {seconds} ث</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: nothing was drawn.</source>
        <translation>أُلغي: لم تُجرَ أي قرعة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn with seed {seed}: {seats} participants and {reserves} reserves. Everyone in the pool had at least a {minimum} chance ({algorithm}).</source>
        <translation>قرعة بالبذرة {seed}: {seats} مشاركًا و{reserves} احتياطيًا. كانت لكل عضو في المجموعة فرصة لا تقل عن {minimum} ({algorithm}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected</source>
        <translation>مختار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve {rank}</source>
        <translation>احتياطي {rank}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done in {seconds} s.</source>
        <translation>اكتمل في {seconds} ث.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method: maximin — the smallest chance of anyone in the pool is made as large as the quotas allow.</source>
        <translation>الطريقة: maximin — تُجعل أصغر فرصة لأي شخص في القائمة أكبر ما تسمح به الحصص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method: leximin — as maximin, then the next smallest chance, and so on.</source>
        <translation>الطريقة: leximin — مثل maximin، ثم الفرصة الأصغر التالية، وهكذا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit report</source>
        <translation>تصدير تقرير التدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>تدقيق الاختيار</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in the audit</source>
        <translation>المعرّف في التدقيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chance of selection</source>
        <translation>فرصة الاختيار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn as</source>
        <translation>سُحب بصفة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Selected</source>
        <translation>مختار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve {rank}</source>
        <translation>احتياطي {rank}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm:</source>
        <translation>الخوارزمية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of pool and quotas:</source>
        <translation>بصمة المجموعة والحصص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest chance of anyone:</source>
        <translation>أصغر فرصة لأي شخص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn:</source>
        <translation>القرعة:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each pool member&apos;s chance of selection</source>
        <translation>فرصة اختيار كل عضو في المجموعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the selection…</source>
        <translation>&amp;إجراء الاختيار…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute everyone&apos;s chance within the quotas, then draw the panel and reserves with a public seed</source>
        <translation>حساب فرصة كل شخص ضمن الحصص، ثم سحب المجموعة والاحتياطيين ببذرة علنية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;audit report…</source>
        <translation>ت&amp;صدير تقرير التدقيق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit report as PDF, and the same as JSON so anyone can re-run the draw</source>
        <translation>تقرير التدقيق بصيغة PDF، ونفسه بصيغة JSON ليتمكن أي شخص من إعادة القرعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the draw</source>
        <translation>ال&amp;تحقق من القرعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run the draw from the record and compare</source>
        <translation>إعادة القرعة من السجل والمقارنة</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The participants were drawn. Everything needed to check the draw is in the audit report.</source>
        <translation>سُحب المشاركون بالقرعة. كل ما يلزم للتحقق من القرعة موجود في تقرير التدقيق.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the criteria, then run the selection: it computes every pool member&apos;s chance within the quotas, and draws the panel and the reserves with a seed you can announce in public.</source>
        <translation>حدّد المعايير ثم أجرِ الاختيار: يحسب فرصة كل عضو في المجموعة ضمن الحصص، ويسحب المجموعة والاحتياطيين ببذرة يمكنك إعلانها علنًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the pool and add people to it first.</source>
        <translation>افتح المجموعة أولًا وأضف إليها أشخاصًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit report</source>
        <translation>تصدير تقرير التدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection audit</source>
        <translation>تدقيق الاختيار</translation>
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
        <translation>التحقق من القرعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-running the draw from its record…</source>
        <translation>جارٍ إعادة القرعة من سجلها…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit report written to {pdf} and {json}.</source>
        <translation>كُتب تقرير التدقيق في {pdf} و{json}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the audit report…</source>
        <translation>جارٍ كتابة تقرير التدقيق…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/views/settings_dialog.py" line="+40"/>
        <location line="+99"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies after a restart; you are offered one when you save, and the window reopens where it was.</source>
        <translation>تُطبَّق اللغة الجديدة بعد إعادة التشغيل؛ تُعرض عليك عند الحفظ، وتُفتح النافذة حيث كانت.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rejected registrations for</source>
        <translation>مدة الاحتفاظ بالتسجيلات المرفوضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After this many days, the personal data of a rejected registration from the public form is erased (here and, after the next sync, on the server).</source>
        <translation>بعد هذا العدد من الأيام تُمحى البيانات الشخصية للتسجيل المرفوض الوارد من النموذج العام (هنا، وعلى الخادم بعد المزامنة التالية).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep rejected registrations:</source>
        <translation>&amp;الاحتفاظ بالتسجيلات المرفوضة:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change home country</source>
        <translation>تغيير بلد المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the home country? The new country&apos;s regions are added; existing regions and records stay and can be retired by hand.</source>
        <translation>هل تريد تغيير بلد المنشأ؟ ستُضاف مناطق البلد الجديد، وتبقى المناطق والسجلات الحالية ويمكن إيقافها يدويًا.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../desktop/views/criteria_editor.py" line="-515"/>
        <source>Fill from population shares</source>
        <translation>التعبئة حسب حصص السكان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type how big each group is in the whole diaspora (people or percentages; only the proportions count). Seats are shared out in the same proportions. Values left empty are not limited.</source>
        <translation>اكتب حجم كل فئة في الجالية كلها (بعدد الأشخاص أو بالنسب المئوية؛ المهم هو التناسب فقط). تُوزَّع المقاعد بالنسب نفسها. والقيم المتروكة فارغة غير محدودة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature:</source>
        <translation>ال&amp;خاصية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pool</source>
        <translation>في المجموعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population share</source>
        <translation>حصة السكان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population shares</source>
        <translation>حصص السكان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not limited</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population share of {value}</source>
        <translation>حصة السكان لـ{value}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/account.py" line="+74"/>
        <source>Please log in to {server} as {user}.</source>
        <translation>يُرجى تسجيل الدخول إلى {server} باسم {user}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="+209"/>
        <source>Changed here and on the server: {fields}</source>
        <translation>عُدِّل هنا وعلى الخادم: {fields}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This conflict is no longer open.</source>
        <translation>لم يعد هذا التعارض قائمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose a version for: {fields}</source>
        <translation>يُرجى اختيار نسخة لـ: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record no longer exists here.</source>
        <translation>لم يعد هذا السجل موجودًا هنا.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown kind of record.</source>
        <translation>نوع سجل غير معروف.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not deleted</source>
        <translation>غير محذوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="+24"/>
        <source>The server cannot be reached right now ({reason}). Your changes are kept and will be sent at the next sync.</source>
        <translation>يتعذّر الوصول إلى الخادم الآن ({reason}). تُحفظ تغييراتك وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login has expired. Please log in again; your changes are kept.</source>
        <translation>انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مجددًا؛ تُحفظ تغييراتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused: {detail}</source>
        <translation>رفض الخادم: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not valid: {detail}</source>
        <translation>عنوان الخادم غير صالح: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem ({detail}). Your changes are kept; please try again later.</source>
        <translation>واجه الخادم مشكلة ({detail}). تُحفظ تغييراتك؛ يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: {detail}</source>
        <translation>توقفت المزامنة: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/pull.py" line="+311"/>
        <source>Received {count} records</source>
        <translation>عدد السجلات المستلمة: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/push.py" line="+241"/>
        <source>This record cannot be sent: {reason}</source>
        <translation>لا يمكن إرسال هذا السجل: {reason}</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The server refused this change.</source>
        <translation>رفض الخادم هذا التغيير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not accept this change.</source>
        <translation>تعذّر على الخادم قبول هذا التغيير.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Sent {done} of {total} changes</source>
        <translation>أُرسل {done} من أصل {total} من التغييرات</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/identity.py" line="+68"/>
        <source>{server} is not the server this computer&apos;s data is kept in step with. Nothing was sent or received. To work with {server}, start Diaspora Desk with a new data folder; to go on with your data, use the address of your usual server.</source>
        <translation>{server} ليس الخادم الذي تُزامَن معه بيانات هذا الحاسوب. لم يُرسَل شيء ولم يُستلَم شيء. للعمل مع {server} شغّل Diaspora Desk بمجلد بيانات جديد؛ وللمتابعة مع بياناتك استخدم عنوان خادمك المعتاد.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/join.py" line="+49"/>
        <source>The server does not know its country yet (no regions and no regional users). Start a new database and choose the country, then sync.</source>
        <translation>لا يعرف الخادم بلده بعد (لا مناطق ولا مستخدمين إقليميين). أنشئ قاعدة بيانات جديدة واختر البلد، ثم زامن.</translation>
    </message>
</context>
<context>
    <name>SyncEntities</name>
    <message>
        <location filename="../desktop/services/sync/conflicts.py" line="-359"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association link</source>
        <translation>ارتباط بجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>مرشح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyer</source>
        <translation>مطوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>نقطة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up action</source>
        <translation>إجراء متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entry</source>
        <translation>إدخال في السجل التاريخي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>منطقة</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding year</source>
        <translation>سنة التأسيس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member count</source>
        <translation>عدد الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement areas</source>
        <translation>مجالات الانخراط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed at</source>
        <translation>تاريخ تغيير الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed by</source>
        <translation>غيّر الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>مدمج في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch</source>
        <translation>دفعة الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>نقطة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>الجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation sector</source>
        <translation>قطاع المهنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased at</source>
        <translation>تاريخ المحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>المرشح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>إصدار النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserves wanted</source>
        <translation>عدد الاحتياطيين المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>النص الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to action</source>
        <translation>دعوة إلى العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image name</source>
        <translation>اسم الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>اللون الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>لون التمييز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed</source>
        <translation>هامش القص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>علامات القص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMYK colours</source>
        <translation>ألوان CMYK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed on flyers</source>
        <translation>مُدرج في المطويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication consent given on</source>
        <translation>تاريخ الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How publication consent was given</source>
        <translation>طريقة إعطاء الموافقة على النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>نشط منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>نشط حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve rank</source>
        <translation>الترتيب في الاحتياط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help office name</source>
        <translation>اسم مكتب المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired at</source>
        <translation>تاريخ الإيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/views/conflict_dialog.py" line="-176"/>
        <location filename="../desktop/views/sync_page.py" line="+102"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../desktop/views/sync_page.py" line="-76"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Send this office&apos;s changes to the central server and receive the other offices&apos; work. Everything keeps working without a connection; sync whenever you are online. Nothing typed is ever thrown away: when two offices changed the same field, you choose which version to keep.</source>
        <translation>أرسل تغييرات هذا المكتب إلى الخادم المركزي واستلم عمل المكاتب الأخرى. يستمر كل شيء في العمل دون اتصال؛ زامن كلما كنت متصلًا. لا يضيع أي شيء كُتب: عندما يغيّر مكتبان الحقل نفسه، تختار أنت النسخة التي تُبقي عليها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log in…</source>
        <translation>تسجيل ال&amp;دخول…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No password store (keyring) was found on this computer. Your password is kept only while Diaspora Desk runs, so you will be asked for it once per session.</source>
        <translation>لم يُعثر على مخزن لكلمات المرور (keyring) على هذا الحاسوب. تُحفظ كلمة مرورك فقط أثناء تشغيل Diaspora Desk، لذا ستُطلب منك مرة في كل جلسة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>ال&amp;مزامنة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive changes now (F5)</source>
        <translation>إرسال التغييرات واستلامها الآن (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically every</source>
        <translation>المزامنة تلقائيًا &amp;كل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between automatic syncs</source>
        <translation>الدقائق بين عمليات المزامنة التلقائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 turns automatic sync off</source>
        <translation>القيمة 0 توقف المزامنة التلقائية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync summary</source>
        <translation>ملخص المزامنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of yours kept over another office&apos;s</source>
        <translation>قيمك التي احتُفظ بها بدل قيم مكتب آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current step; what was already sent and received is kept</source>
        <translation>التوقف بعد الخطوة الحالية؛ يُحتفظ بما أُرسل واستُلم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention</source>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that need your attention</source>
        <translation>تغييرات تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;حل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose, field by field, which version to keep</source>
        <translation>اختر، حقلًا بحقل، النسخة التي تريد الإبقاء عليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard my change…</source>
        <translation>&amp;تجاهل تغييري…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this computer&apos;s change and go back to the server&apos;s version</source>
        <translation>التخلي عن تغيير هذا الحاسوب والعودة إلى نسخة الخادم</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync: {server} (last sync: {when})</source>
        <translation>المزامنة: {server} (آخر مزامنة: {when})</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+46"/>
        <source>Enter the server address and your user name first.</source>
        <translation>أدخل أولًا عنوان الخادم واسم المستخدم.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not logged in: {reason}</source>
        <translation>لم يتم تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}. Press Sync now to send and receive changes.</source>
        <translation>تم تسجيل الدخول باسم {user}. اضغط «مزامنة الآن» لإرسال التغييرات واستقبالها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to {server}</source>
        <translation>تم تسجيل الدخول إلى {server}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged out. Your changes stay on this computer until the next sync.</source>
        <translation>تم تسجيل الخروج. تبقى تغييراتك على هذا الحاسوب حتى المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic sync is waiting for you to log in.</source>
        <translation>تنتظر المزامنة التلقائية تسجيل دخولك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing with {server}…</source>
        <translation>جارٍ المزامنة مع {server}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>جارٍ التوقف بعد الخطوة الحالية…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced at {when}: sent {sent} changes, received {received} records.</source>
        <translation>تمت المزامنة في {when}: أُرسل {sent} من التغييرات واستُلم {received} من السجلات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} changes need your attention below.</source>
        <translation>عدد التغييرات التي تحتاج إلى انتباهك أدناه: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office proposed other values for {count} of your records; yours were kept (see below).</source>
        <translation>اقترح مكتب آخر قيمًا أخرى لـ {count} من سجلاتك؛ وقد احتُفظ بقيمك (انظر أدناه).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online — last sync {when}</source>
        <translation>متصل — آخر مزامنة {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline — will sync when the server can be reached</source>
        <translation>غير متصل — ستتم المزامنة عند إمكانية الوصول إلى الخادم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync paused — please log in again</source>
        <translation>المزامنة متوقفة مؤقتًا — يُرجى تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed — see the Sync page</source>
        <translation>فشلت المزامنة — راجع صفحة المزامنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped. What was already sent and received is kept; the next sync continues from there.</source>
        <translation>توقفت المزامنة. يُحتفظ بما أُرسل واستُلم، وتتابع المزامنة التالية من هناك.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server address and your user name.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as {user} (regional office: {regions}).</source>
        <translation>تم تسجيل الدخول باسم {user} (مكتب جهوي: {regions}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged in as {user}.</source>
        <translation>تم تسجيل الدخول باسم {user}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: {when} · Changes waiting to be sent: {pending} · Conflicts: {conflicts} · Refused: {refused}</source>
        <translation>آخر مزامنة: {when} · تغييرات في انتظار الإرسال: {pending} · تعارضات: {conflicts} · مرفوضة: {refused}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your value was kept: {record} ({fields}); {user} proposed another and decides on their side.</source>
        <translation>احتُفظ بقيمتك: {record} ({fields})؛ واقترح {user} قيمة أخرى ويقرّر من جهته.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{record} is not on the server, or no longer belongs to your offices. Discarding your change deletes it from this computer. Discard it?</source>
        <translation>{record} غير موجود على الخادم، أو لم يعد تابعًا لمكاتبك. تجاهل تغييرك يحذفه من هذا الحاسوب. هل تريد تجاهله؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard your change to {record} and go back to the server&apos;s version?</source>
        <translation>هل تريد تجاهل تغييرك على {record} والعودة إلى نسخة الخادم؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record} and go back to its original values?</source>
        <translation>هل تتجاهل تغييرك على {record} وتعود إلى قيمه الأصلية؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to {record}? The next sync downloads the server&apos;s version again.</source>
        <translation>هل تريد تجاهل تغييرك على {record}؟ ستُنزّل المزامنة التالية نسخة الخادم من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my change</source>
        <translation>تجاهل تغييري</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be discarded: {reason}</source>
        <translation>تعذّر تجاهل التغيير: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change was discarded.</source>
        <translation>تم تجاهل تغييرك.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../desktop/views/table_model.py" line="+103"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../desktop/views/form_widgets.py" line="-333"/>
        <source>Type and press Enter to add</source>
        <translation>اكتب واضغط Enter للإضافة</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>إزالة {tag}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../desktop/views/trash.py" line="+71"/>
        <source>Deleted records stay here until you restore them. Restoring brings a record back with its links and history.</source>
        <translation>تبقى السجلات المحذوفة هنا إلى أن تستعيدها. تعود السجلات المستعادة بروابطها وتاريخها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deleted records</source>
        <translation>تصفية السجلات المحذوفة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore selected</source>
        <translation>ا&amp;ستعادة المحدد</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>لم يُستعد أي سجل.</numerusform>
            <numerusform>استُعيد سجل واحد.</numerusform>
            <numerusform>استُعيد سجلان.</numerusform>
            <numerusform>استُعيدت %Ln سجلات.</numerusform>
            <numerusform>استُعيد %Ln سجلًا.</numerusform>
            <numerusform>استُعيد %Ln سجل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/focal_points.py" line="+290"/>
        <location filename="../desktop/services/validation.py" line="+560"/>
        <source>Can be listed on flyers only after the person&apos;s consent to publish their contact details is recorded (date and how it was given).</source>
        <translation>لا يمكن إدراجه في المطويات إلا بعد تسجيل موافقة الشخص على نشر بيانات الاتصال الخاصة به (التاريخ وطريقة الموافقة).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="-453"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي عنوان البريد الإلكتروني على مسافات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address needs an @, like name@example.org.</source>
        <translation>يحتاج عنوان البريد الإلكتروني إلى @، مثل name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is missing before the @.</source>
        <translation>هناك شيء ناقص قبل @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @ needs a dot and an ending, like example.org.</source>
        <translation>يحتاج الجزء الذي بعد @ إلى نقطة ولاحقة، مثل example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This does not look like an e-mail address; check it, e.g. name@example.org.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني؛ تحقّق منه، مثل name@example.org.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A phone number can contain only digits, spaces and + - ( ) /.</source>
        <translation>لا يمكن أن يحتوي رقم الهاتف إلا على أرقام ومسافات و+ - ( ) /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the international prefix (for example +39 for Italy), or choose the country first.</source>
        <translation>أضف رمز الاتصال الدولي (مثل +39 لإيطاليا)، أو اختر البلد أولًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid phone number for {country}; check the digits and the prefix.</source>
        <translation>هذا ليس رقم هاتف صالحًا في {country}؛ تحقّق من الأرقام ورمز الاتصال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number; check the digits and the prefix.</source>
        <translation>هذا ليس رقم هاتف صالحًا؛ تحقّق من الأرقام ورمز الاتصال.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A web address cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي عنوان الويب على مسافات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>يبدأ عنوان الويب بـ http:// أو https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This does not look like a web address; check it, e.g. www.example.org.</source>
        <translation>لا يبدو هذا عنوان ويب؛ تحقّق منه، مثل www.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number, using digits only.</source>
        <translation>أدخل عددًا صحيحًا باستخدام الأرقام فقط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a number of at least {min}.</source>
        <translation>أدخل عددًا لا يقل عن {min}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a number of at most {max}.</source>
        <translation>أدخل عددًا لا يزيد على {max}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the year with four digits, like 2004.</source>
        <translation>أدخل السنة بأربعة أرقام، مثل 2004.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The year cannot be before {year}.</source>
        <translation>لا يمكن أن تكون السنة قبل {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year cannot be in the future.</source>
        <translation>لا يمكن أن تكون السنة في المستقبل.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a date like 2024-03-31.</source>
        <translation>أدخل تاريخًا مثل 2024-03-31.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date like 2024-03-31 (year-month-day) or 31.03.2024.</source>
        <translation>أدخل تاريخًا مثل 2024-03-31 (سنة-شهر-يوم) أو 31.03.2024.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer yes or no.</source>
        <translation>أجب بنعم أو لا.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each entry can have at most {max} characters.</source>
        <translation>يمكن أن يحتوي كل إدخال على {max} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown engagement area: {names}.</source>
        <translation>مجال انخراط غير معروف: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown country: {text}. Pick one from the list.</source>
        <translation>بلد غير معروف: {text}. اختر بلدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A region code looks like MD-CA.</source>
        <translation>يكون رمز المنطقة على شكل MD-CA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown region: {text}.</source>
        <translation>منطقة غير معروفة: {text}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>هذا طويل جدًا: {max} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown value: {text}.</source>
        <translation>قيمة غير معروفة: {text}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter the association&apos;s name.</source>
        <translation>أدخل اسم الجمعية.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The consent date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how the consent was given (for example: signed form, e-mail).</source>
        <translation>اذكر طريقة إعطاء الموافقة (مثل: استمارة موقّعة، بريد إلكتروني).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given.</source>
        <translation>أدخل تاريخ إعطاء الموافقة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
</context>
</TS>
