<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="50"/>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="55"/>
        <source>Choose in a calendar (F4)</source>
        <translation>اختر من التقويم (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="56"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../app/ui/forms/rows.py" line="87"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../app/ui/forms/editor.py" line="46"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="138"/>
        <location filename="../../app/ui/forms/date_geo.py" line="145"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="139"/>
        <location filename="../../app/ui/forms/date_geo.py" line="145"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
</context>
<context>
    <name>GroupEntry</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="54"/>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="55"/>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="56"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="37"/>
        <source>Remove this entry and what it contains?</source>
        <translation>حذف هذا العنصر وما يحتويه؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="140"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>What changed</source>
        <translation>ما الذي تغير</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="162"/>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="32"/>
        <source>Welcome to Taawun</source>
        <translation>مرحبا بك في تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="34"/>
        <source>Your name and a name for this laptop are recorded with every change you make.</source>
        <translation>يسجل اسمك واسم هذا الحاسوب مع كل تغيير تقوم به.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Name of this laptop</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="81"/>
        <source>Filter (Ctrl+F)</source>
        <translation>تصفية (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="83"/>
        <source>New (Ctrl+N)</source>
        <translation>جديد (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="108"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="28"/>
        <source>Taawun</source>
        <translation>تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;About Taawun</source>
        <translation>&amp;حول تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>About Taawun</source>
        <translation>حول تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Taawun %1
Data: %2</source>
        <translation>تعاون %1
البيانات: %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="139"/>
        <location filename="../../app/ui/dialogs.py" line="143"/>
        <source>Taawun</source>
        <translation>تعاون</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="59"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PhotosWidget</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="36"/>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="37"/>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="103"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="105"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="175"/>
        <source>Not added (not a readable picture): %1</source>
        <translation>لم تضف (ليست صورة مقروءة): %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="26"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="27"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="28"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="29"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="30"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/ui/record_page.py" line="94"/>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="95"/>
        <source>Save draft</source>
        <translation>حفظ كمسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="96"/>
        <location filename="../../app/ui/record_page.py" line="134"/>
        <source>Finalise</source>
        <translation>إنهاء وحفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="97"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="98"/>
        <location filename="../../app/ui/record_page.py" line="216"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="111"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="117"/>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="128"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="129"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="129"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="134"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="216"/>
        <source>Delete this record? It stays in the history.</source>
        <translation>حذف هذا السجل؟ سيبقى في السجل التاريخي.</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="198"/>
        <source>Type part of the name…</source>
        <translation>اكتب جزءا من الاسم…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?</source>
        <translation>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تريد استرجاعها؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="108"/>
        <source>Restore unsaved work</source>
        <translation>استرجاع العمل غير المحفوظ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="70"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="79"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="80"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>Name of this laptop</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="82"/>
        <source>Organisation (report headers)</source>
        <translation>الهيئة (رأس التقارير)</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>This form has changes that are not saved.</source>
        <translation>في هذه الاستمارة تغييرات لم تحفظ.</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../app/ui/application.py" line="48"/>
        <source>Demo data</source>
        <translation>بيانات العرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="49"/>
        <source>The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?</source>
        <translation>قاعدة البيانات فارغة. هل تريد تحميل بيانات العرض (لقاء مريرت) لاستكشاف تعاون؟</translation>
    </message>
</context>
</TS>
