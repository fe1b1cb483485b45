<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="31"/>
        <source>About Taawun</source>
        <translation>حول تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="42"/>
        <source>An offline companion for the people who support rural cooperatives.</source>
        <translation>رفيق يعمل دون اتصال بالإنترنت لمن يواكبون التعاونيات القروية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="49"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="50"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="52"/>
        <source>Log file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="53"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>The fonts are Noto fonts under the SIL Open Font License 1.1 (OFL.txt in %1).</source>
        <translation>الخطوط من عائلة Noto، مرخصة بموجب رخصة SIL للخطوط المفتوحة 1.1 (الملف OFL.txt في %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="69"/>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="92"/>
        <source>Working… (a few seconds)</source>
        <translation>جارٍ العمل… (بضع ثوان)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="46"/>
        <source>Choose a folder for the backup</source>
        <translation>اختر مجلدا للنسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="53"/>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استرجاعها</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="54"/>
        <source>Taawun backups (*%1);;All files (*)</source>
        <translation>نسخ تعاون الاحتياطية (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="60"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="98"/>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="103"/>
        <source>The backup was written to:
%1</source>
        <translation>كُتبت النسخة الاحتياطية في:
%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="110"/>
        <source>Replace all the data on this laptop with the backup %1?

The current database will first be kept as a backup in %2.</source>
        <translation>هل تريد استبدال كل البيانات على هذا الحاسوب بالنسخة الاحتياطية %1؟

ستُحفظ قاعدة البيانات الحالية أولا كنسخة احتياطية في %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="112"/>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="135"/>
        <source>Restoring the backup…</source>
        <translation>جارٍ استرجاع النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="167"/>
        <source>The backup was restored. The previous database was kept in:
%1</source>
        <translation>استُرجعت النسخة الاحتياطية. حُفظت قاعدة البيانات السابقة في:
%1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="251"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="252"/>
        <source>The keys stay the same: every file already sealed stays readable.</source>
        <translation>تبقى المفاتيح نفسها: يبقى كل ملف مختوم من قبل مقروءا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="254"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="255"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>ClockWarningDialog</name>
    <message>
        <location filename="../../app/ui/clock_warning.py" line="31"/>
        <source>Check this laptop&apos;s date and time</source>
        <translation>تحقق من تاريخ هذا الحاسوب وساعته</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="47"/>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Other laptop</source>
        <translation>الحاسوب الآخر</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="81"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="89"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>الاحتفاظ بنسخة هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="90"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <source>Keep the other version</source>
        <translation>الاحتفاظ بالنسخة الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="91"/>
        <source>Keep the chosen fields</source>
        <translation>الاحتفاظ بالحقول المختارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="118"/>
        <source>Conflicts to review (%1)</source>
        <translation>تعارضات للمراجعة (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Keep the other laptop&apos;s version</source>
        <translation>الاحتفاظ بنسخة الحاسوب الآخر</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Imported sheet</source>
        <translation>الورقة المستوردة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Keep the sheet&apos;s version</source>
        <translation>الاحتفاظ بنسخة الورقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="213"/>
        <source>%1: %2 on %3, %4.</source>
        <translation>%1: %2 على %3، %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="220"/>
        <source>Imported sheet: %1, row %2, imported by %3 on %4, %5.</source>
        <translation>الورقة المستوردة: %1، الصف %2، استوردها %3 على %4، %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="51"/>
        <location filename="../../app/ui/conflicts_view.py" line="153"/>
        <source>No conflict: every change merged cleanly.</source>
        <translation>لا يوجد تعارض: دمجت كل التغييرات بسلام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="166"/>
        <source>This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.</source>
        <translation>هذا الحاسوب: %1 على %2، %3. الحاسوب الآخر: %4 على %5، %6.</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="138"/>
        <source>Create an organisation</source>
        <translation>إنشاء منظمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="139"/>
        <source>This laptop becomes the organisation&apos;s first coordinator: it holds the organisation&apos;s key and invites the other laptops. Choose a passphrase you will not forget: without it the key cannot be used. Have a second coordinator laptop later, so the organisation never depends on one laptop.</source>
        <translation>يصبح هذا الحاسوب أول منسق للمنظمة: يحمل مفتاح المنظمة ويدعو الحواسيب الأخرى. اختر عبارة مرور لن تنساها: بدونها لا يمكن استعمال المفتاح. أضف لاحقا حاسوب منسق ثانيا، حتى لا تتوقف المنظمة أبدا على حاسوب واحد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="146"/>
        <source>Organisation&apos;s name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="147"/>
        <source>Passphrase of this laptop</source>
        <translation>عبارة مرور هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="62"/>
        <source>Choose in a calendar (F4)</source>
        <translation>اختر من التقويم (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="63"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="60"/>
        <source>Possible duplicates</source>
        <translation>سجلات مكررة محتملة</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="69"/>
        <source>Join, keeping the first</source>
        <translation>ضم، مع الاحتفاظ بالأول</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="70"/>
        <source>Join, keeping the second</source>
        <translation>ضم، مع الاحتفاظ بالثاني</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="71"/>
        <location filename="../../app/ui/duplicates_view.py" line="145"/>
        <source>Not the same</source>
        <translation>ليسا نفس السجل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates_view.py" line="101"/>
        <source>%n pair(s) of records may be the same. Joining keeps one: the other&apos;s visits follow it and the other stays in its history. “Not the same” stops proposing a pair.</source>
        <translation>
            <numerusform>لا يوجد زوج. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
            <numerusform>زوج واحد من السجلات قد يكون سجلا واحدا. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
            <numerusform>زوجان من السجلات قد يكونان سجلا واحدا. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
            <numerusform>%n أزواج من السجلات قد تكون مكررة. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
            <numerusform>%n زوجا من السجلات قد يكون مكررا. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
            <numerusform>%n زوج من السجلات قد يكون مكررا. الضم يحتفظ بأحدهما: تنتقل زيارات الآخر إليه ويبقى الآخر في سجله التاريخي. «ليسا نفس السجل» يوقف اقتراح الزوج.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="142"/>
        <source>Are “%1” and “%2” two different records? They will no longer be proposed as duplicates, here and on the other laptops after the next exchange. This cannot be undone.</source>
        <translation>هل «%1» و«%2» سجلان مختلفان؟ لن يُقترحا بعد الآن كمكررين، هنا وفي الحواسيب الأخرى بعد التبادل القادم. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="103"/>
        <source>No likely duplicates.</source>
        <translation>لا توجد سجلات مكررة محتملة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="122"/>
        <source>Join “%1” into “%2”? Its visits will follow “%2”; it stays in the history.</source>
        <translation>ضم «%1» إلى «%2»؟ ستنتقل زياراته إلى «%2»، ويبقى في السجل التاريخي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="123"/>
        <source>Join</source>
        <translation>ضم</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../app/ui/forms/rows.py" line="94"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="104"/>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="105"/>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="113"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="113"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="120"/>
        <source>Agent</source>
        <translation>المؤطر</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="123"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="124"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="125"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="126"/>
        <source>Open follow-up</source>
        <translation>تتبع مفتوح</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="127"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../app/ui/forms/editor.py" line="47"/>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
</context>
<context>
    <name>FormProposalsDialog</name>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="30"/>
        <source>Proposed forms</source>
        <translation>الاستمارات المقترحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="41"/>
        <source>Accept this form</source>
        <translation>اعتماد هذه الاستمارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="57"/>
        <source>These form versions came in merged files. Accept one only when your coordinator asks you to.</source>
        <translation>وصلت نسخ الاستمارات هذه في ملفات مدمجة. لا تعتمد إحداها إلا إذا طلب منك المنسق ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="58"/>
        <source>No form is waiting for a decision.</source>
        <translation>لا توجد استمارة تنتظر قرارا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="87"/>
        <source>Form not accepted</source>
        <translation>لم تُعتمد الاستمارة</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="166"/>
        <location filename="../../app/ui/forms/date_geo.py" line="172"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="167"/>
        <location filename="../../app/ui/forms/date_geo.py" line="172"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
</context>
<context>
    <name>GoToRecordDialog</name>
    <message>
        <location filename="../../app/ui/go_to_record.py" line="60"/>
        <source>Go to record</source>
        <translation>الذهاب إلى سجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/go_to_record.py" line="62"/>
        <source>Type a record&apos;s id, or scan the QR code of a paper form:</source>
        <translation>اكتب معرف السجل، أو امسح رمز QR لاستمارة ورقية:</translation>
    </message>
</context>
<context>
    <name>GroupEntry</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="55"/>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="56"/>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="57"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="38"/>
        <source>Remove this entry and what it contains?</source>
        <translation>حذف هذا العنصر وما يحتويه؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="151"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_view.py" line="67"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>What changed</source>
        <translation>ما الذي تغير</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>From</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>To</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="107"/>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_view.py" line="109"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>لم يتغير أي حقل</numerusform>
            <numerusform>تغير حقل واحد</numerusform>
            <numerusform>تغير حقلان</numerusform>
            <numerusform>تغيرت %n حقول</numerusform>
            <numerusform>تغير %n حقلا</numerusform>
            <numerusform>تغير %n حقل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="110"/>
        <source>Version %1 · %2 · %3 on %4 · %5</source>
        <translation>النسخة %1 · %2 · %3 على %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="126"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="109"/>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>Welcome to Taawun</source>
        <translation>مرحبا بك في تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Taawun keeps the profiles of the cooperatives you support, your visit notes and workshops, on this laptop, even without internet.</source>
        <translation>يحفظ تعاون ملفات التعاونيات التي ترافقها وملاحظات زياراتك ولقاءاتك على هذا الحاسوب، حتى دون إنترنت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="114"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="115"/>
        <source>&amp;Your name</source>
        <translation>&amp;اسمك</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="116"/>
        <source>First and last name, e.g. Fatima Zahra Amrani</source>
        <translation>الاسم العائلي والشخصي، مثلا: فاطمة الزهراء العمراني</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>Required. It signs every record you write or change.</source>
        <translation>إجباري: يوقع به كل سجل تكتبه أو تعدله.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>&amp;Name of this laptop</source>
        <translation>ا&amp;سم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>e.g. Azilal office laptop</source>
        <translation>مثلا: حاسوب مكتب أزيلال</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>Tells your colleagues which laptop a record comes from.</source>
        <translation>يعرف زملاءك بالحاسوب الذي جاء منه السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>What happens next: Taawun opens on the list of cooperatives and offers to load a demo event to explore. Both names can be changed later in File › Settings.</source>
        <translation>ما يحدث بعد ذلك: يفتح تعاون على قائمة التعاونيات ويقترح تحميل لقاء تجريبي للاستكشاف. يمكنك تغيير الاسمين لاحقا من ملف › الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="124"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="125"/>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>Quit Taawun?</source>
        <translation>الخروج من تعاون؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="152"/>
        <source>Taawun needs your name before it records anything: every record is signed with it. Nothing has been saved. Quit now and give your name at the next start?</source>
        <translation>يحتاج تعاون إلى اسمك قبل أن يسجل أي شيء: كل سجل يوقع به. لم يحفظ أي شيء بعد. هل تخرج الآن وتكتب اسمك في المرة القادمة؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="234"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="236"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="245"/>
        <source>Import only the valid rows (leave out those with problems)</source>
        <translation>استيراد الصفوف السليمة وحدها (وترك التي فيها مشاكل)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="247"/>
        <source>Leave out the rows that may duplicate a record or another row</source>
        <translation>ترك الصفوف التي قد تكون مكررة لسجل أو لصف آخر</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="261"/>
        <source>Checking every row…</source>
        <translation>جار فحص كل الصفوف…</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="195"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="196"/>
        <source>Each column of the sheet, and the field it is read as.</source>
        <translation>كل عمود من الورقة والحقل الذي يقرأ فيه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="215"/>
        <source>— not imported —</source>
        <translation>— لا يستورد —</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="139"/>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="146"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="154"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="155"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="156"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="302"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="309"/>
        <source>Review the conflicts</source>
        <translation>مراجعة التعارضات</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="322"/>
        <source>Importing…</source>
        <translation>جار الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="335"/>
        <source>Review them on the Sync page, under “Conflicts to review”: keep the sheet&apos;s version or the other, field by field if need be.</source>
        <translation>راجعها في صفحة «المزامنة»، تحت «تعارضات للمراجعة»: احتفظ بنسخة الورقة أو بالأخرى، حقلا بحقل إن لزم.</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="272"/>
        <source>Invite code</source>
        <translation>رمز الدعوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="274"/>
        <source>The invite was written to this file:</source>
        <translation>كتبت الدعوة في هذا الملف:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="291"/>
        <source>Read this code aloud to the person at the new laptop, or write it on paper. Never put it on the stick with the invite: whoever found both could join the organisation. It is shown only now.</source>
        <translation>اقرأ هذا الرمز بصوت عال على الشخص الذي أمام الحاسوب الجديد، أو اكتبه على ورقة. لا تضعه أبدا على المفتاح مع الدعوة: من يجد الاثنين معا يستطيع الانضمام إلى المنظمة. لا يظهر إلا الآن.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="297"/>
        <source>Copy the code</source>
        <translation>نسخ الرمز</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="206"/>
        <source>Invite a laptop</source>
        <translation>دعوة حاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="207"/>
        <source>The invite is a file for the new laptop (put it on a stick) and a code shown afterwards, which you read to the agent or write on paper. Give the laptop&apos;s id if it already has data (its Settings › Organisation page shows it); leave it empty for a laptop starting afresh.</source>
        <translation>الدعوة ملف للحاسوب الجديد (ضعه على مفتاح USB) ورمز يظهر بعد ذلك، تقرؤه على المؤطر أو تكتبه على ورقة. أدخل معرف الحاسوب إذا كانت فيه بيانات (تظهره صفحة الإعدادات › المنظمة فيه)؛ اتركه فارغا لحاسوب يبدأ من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="213"/>
        <source>e.g. Fatima&apos;s laptop, Azilal</source>
        <translation>مثلا: حاسوب فاطمة، أزيلال</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="215"/>
        <source>Laptop&apos;s name</source>
        <translation>اسم الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="217"/>
        <source>empty: a new id</source>
        <translation>فارغ: معرف جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="218"/>
        <source>Laptop&apos;s id (optional)</source>
        <translation>معرف الحاسوب (اختياري)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="219"/>
        <source>A coordinator&apos;s laptop (it receives the organisation&apos;s key)</source>
        <translation>حاسوب منسق (يتلقى مفتاح المنظمة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="235"/>
        <source>Save the invite</source>
        <translation>حفظ الدعوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="236"/>
        <source>Taawun invites (%1)</source>
        <translation>دعوات تعاون (%1)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="166"/>
        <source>Join an organisation</source>
        <translation>الانضمام إلى منظمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="167"/>
        <source>Choose the invite file the coordinator gave you (on a stick), type the invite code the coordinator read to you, and choose this laptop&apos;s passphrase.</source>
        <translation>اختر ملف الدعوة الذي أعطاك إياه المنسق (على مفتاح USB)، واكتب رمز الدعوة الذي قرأه عليك، واختر عبارة مرور هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="172"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="177"/>
        <location filename="../../app/ui/organisation_dialogs.py" line="187"/>
        <source>Invite file</source>
        <translation>ملف الدعوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="180"/>
        <source>Invite code</source>
        <translation>رمز الدعوة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="181"/>
        <source>Passphrase of this laptop</source>
        <translation>عبارة مرور هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="188"/>
        <source>Taawun invites (%1);;All files (*)</source>
        <translation>دعوات تعاون (%1);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Id</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Added</source>
        <translation>أضيف في</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Removed</source>
        <translation>أزيل في</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Agent</source>
        <translation>مؤطر</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="92"/>
        <source> (this laptop)</source>
        <translation> (هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="111"/>
        <source>Filter this list</source>
        <translation>تصفية هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="116"/>
        <source>New (Ctrl+N)</source>
        <translation>جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="117"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="154"/>
        <source>%n record(s) or more</source>
        <translation>
            <numerusform>لا سجلات حتى الآن</numerusform>
            <numerusform>سجل واحد أو أكثر</numerusform>
            <numerusform>سجلان أو أكثر</numerusform>
            <numerusform>%n سجلات أو أكثر</numerusform>
            <numerusform>%n سجلا أو أكثر</numerusform>
            <numerusform>%n سجل أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="156"/>
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
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Taawun</source>
        <translation>تعاون</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>&amp;Go to record…</source>
        <translation>&amp;الذهاب إلى سجل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Summary &amp;report…</source>
        <translation>التقرير ال&amp;تركيبي…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Paper for&amp;m…</source>
        <translation>&amp;استمارة ورقية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>&amp;Export everything to Excel…</source>
        <translation>تصدير كل البيانات إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>&amp;Import from Excel…</source>
        <translation>ا&amp;ستيراد من Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>&amp;Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Restore a backu&amp;p…</source>
        <translation>استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Proposed &amp;forms…</source>
        <translation>الاستمارات الم&amp;قترحة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Possible &amp;duplicates…</source>
        <translation>السجلات المكررة المحتملة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Match provinces…</source>
        <translation>&amp;مطابقة الأقاليم…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>&amp;About Taawun</source>
        <translation>&amp;حول تعاون</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="345"/>
        <location filename="../../app/ui/dialogs.py" line="353"/>
        <source>Taawun</source>
        <translation>تعاون</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="116"/>
        <source>The same passphrase again</source>
        <translation>العبارة نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="117"/>
        <source>The two passphrases differ.</source>
        <translation>العبارتان غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="134"/>
        <source>Create…</source>
        <translation>إنشاء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="135"/>
        <source>Join…</source>
        <translation>انضمام…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="152"/>
        <source>Invite…</source>
        <translation>دعوة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="153"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="154"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="155"/>
        <source>Export the public part…</source>
        <translation>تصدير الجزء العام…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="190"/>
        <source>This laptop belongs to no organisation.</source>
        <translation>هذا الحاسوب ليس عضوا في أي منظمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="191"/>
        <source>This laptop&apos;s id: %1</source>
        <translation>معرف هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="192"/>
        <source>In an organisation, files on sticks are sealed (only its laptops can read them) and every change is signed by the laptop that made it. A coordinator creates the organisation, then invites each laptop: give the coordinator this laptop&apos;s id if it already holds data.</source>
        <translation>داخل منظمة، تختم الملفات على مفاتيح USB (لا تقرؤها إلا حواسيبها) ويوقع كل تغيير الحاسوب الذي أجراه. ينشئ المنسق المنظمة ثم يدعو كل حاسوب: أعط المنسق معرف هذا الحاسوب إذا كانت فيه بيانات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="199"/>
        <source>not in the list</source>
        <translation>ليس في القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="200"/>
        <source>Organisation “%1”</source>
        <translation>المنظمة «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="201"/>
        <source>This laptop&apos;s id: %1 · %2</source>
        <translation>معرف هذا الحاسوب: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="203"/>
        <source>As a coordinator&apos;s laptop, this one invites laptops and removes a lost or stolen one. Every change to the list reaches the other laptops with the next files exchanged.</source>
        <translation>بصفته حاسوب منسق، يدعو هذا الحاسوب الحواسيب ويزيل الضائع أو المسروق منها. يصل كل تغيير في القائمة إلى الحواسيب الأخرى مع الملفات المتبادلة التالية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="206"/>
        <source>A coordinator invites laptops and removes a lost or stolen one; this page shows the list as it last reached this laptop.</source>
        <translation>يدعو المنسق الحواسيب ويزيل الضائع أو المسروق منها؛ تعرض هذه الصفحة القائمة كما وصلت آخر مرة إلى هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="212"/>
        <source>This database is a restored copy: it became a new device, which the list does not name, so it can neither sign nor export its changes. Give a coordinator this laptop&apos;s id for a new invite, then join with it.</source>
        <translation>هذه القاعدة نسخة مسترجعة: صارت جهازا جديدا لا تذكره القائمة، فلا يمكنها توقيع تعديلاتها ولا تصديرها. أعط المنسق معرف هذا الحاسوب ليعد دعوة جديدة، ثم انضم بها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="248"/>
        <source>The organisation was created; this laptop is its coordinator.</source>
        <translation>أنشئت المنظمة؛ هذا الحاسوب منسقها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="264"/>
        <source>This laptop has joined the organisation.</source>
        <translation>انضم هذا الحاسوب إلى المنظمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="279"/>
        <source>The invite was written to %1.</source>
        <translation>كتبت الدعوة في %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="288"/>
        <source>Remove the laptop “%1” (%2) from the organisation? Its new files will be refused everywhere the new list arrives, and it cannot come back under this id. Its work up to %3 (the newest this laptop holds) stays; if it passed later work to another laptop, merge that laptop&apos;s file first.</source>
        <translation>إزالة الحاسوب «%1» (%2) من المنظمة؟ ستُرفض ملفاته الجديدة حيثما وصلت القائمة الجديدة، ولن يعود بهذا المعرف. يبقى عمله حتى %3 (أحدث ما عند هذا الحاسوب منه)؛ وإن أعطى عملا لاحقا لحاسوب آخر، فادمج ملف ذلك الحاسوب أولا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="293"/>
        <source>Remove a laptop</source>
        <translation>إزالة حاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="304"/>
        <source>The laptop “%1” was removed. Export a package to every laptop so the new list reaches them.</source>
        <translation>أزيل الحاسوب «%1». صدّر حزمة إلى كل الحواسيب لتصلها القائمة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="315"/>
        <source>The passphrase was changed. Every file stays readable.</source>
        <translation>تغيرت عبارة المرور. تبقى كل الملفات مقروءة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="318"/>
        <source>Export the public part</source>
        <translation>تصدير الجزء العام</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="319"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="330"/>
        <source>The public part (the list of laptops and their public keys) was written to %1.</source>
        <translation>كتب الجزء العام (قائمة الحواسيب ومفاتيحها العامة) في %1.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="34"/>
        <source>Paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="41"/>
        <source>Filled in with the open record, to check</source>
        <translation>مملوءة بقيم السجل المفتوح، للمراجعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="46"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="47"/>
        <source>Language of the form</source>
        <translation>لغة الاستمارة</translation>
    </message>
</context>
<context>
    <name>PaperExporter</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="93"/>
        <source>Preparing the paper form…</source>
        <translation>جار إعداد الاستمارة الورقية…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="66"/>
        <source>This laptop&apos;s passphrase</source>
        <translation>عبارة مرور هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69"/>
        <source>Taawun needs this laptop&apos;s keys for the organisation “%1”. Type the laptop&apos;s passphrase: the keys stay open until Taawun is closed.</source>
        <translation>يحتاج تعاون إلى مفاتيح هذا الحاسوب في المنظمة «%1». اكتب عبارة مرور الحاسوب: تبقى المفاتيح مفتوحة إلى أن يغلق تعاون.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="62"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="61"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PhotosWidget</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="38"/>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="39"/>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="105"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="107"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="180"/>
        <source>Not added (not a readable picture): %1</source>
        <translation>لم تضف (ليست صورة مقروءة): %1</translation>
    </message>
</context>
<context>
    <name>PlaceMatchingDialog</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="104"/>
        <source>Match provinces</source>
        <translation>مطابقة الأقاليم</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="121"/>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="122"/>
        <source>Tick none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="128"/>
        <source>Accept the ticked proposals</source>
        <translation>قبول الاقتراحات المحددة</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="142"/>
        <source>These records give their province as text. Tick each official province that is right and accept: each ticked record gets a new version with the province from the list.</source>
        <translation>هذه السجلات تذكر إقليمها نصا. حدد كل إقليم رسمي صحيح ثم اقبل: يحصل كل سجل محدد على نسخة جديدة بالإقليم من اللائحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="144"/>
        <source>No province typed as text to match to the official list.</source>
        <translation>لا يوجد إقليم مكتوب نصا يمكن ربطه باللائحة الرسمية.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Province as typed</source>
        <translation>الإقليم كما كُتب</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Official province</source>
        <translation>الإقليم الرسمي</translation>
    </message>
</context>
<context>
    <name>ProvinceWidget</name>
    <message>
        <location filename="../../app/ui/forms/places.py" line="103"/>
        <source>%1 (as typed)</source>
        <translation>%1 (كما كُتب)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="50"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="51"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>&amp;Look in:</source>
        <translation>البحث &amp;في:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>Directory:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>Directories</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="42"/>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="44"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="45"/>
        <source>Forward</source>
        <translation>تقدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="46"/>
        <source>Parent Directory</source>
        <translation>المجلد الأعلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="47"/>
        <source>Create New Folder</source>
        <translation>إنشاء مجلد جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="48"/>
        <source>List View</source>
        <translation>عرض القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="49"/>
        <source>Detail View</source>
        <translation>عرض التفاصيل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="23"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="24"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="26"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="25"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="36"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="37"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="38"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="39"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="40"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/ui/record_page.py" line="154"/>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="155"/>
        <source>Save draft</source>
        <translation>حفظ كمسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="156"/>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Finalise</source>
        <translation>إنهاء وحفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="157"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="158"/>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="159"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="263"/>
        <source>Nothing to save yet: fill in the form first.</source>
        <translation>لا شيء للحفظ بعد: املأ الاستمارة أولا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="290"/>
        <source>Not finalised. Fix these fields first (each problem is shown under its field): %1</source>
        <translation>لم يتم الإنهاء. صحح هذه الحقول أولا (تظهر كل مشكلة تحت حقلها): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved as a draft.</source>
        <translation>تم الحفظ كمسودة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved and finalised.</source>
        <translation>تم الحفظ والإنهاء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="357"/>
        <source>Saved. It may be the same as (File › Possible duplicates… joins two records into one):</source>
        <translation>حُفظ. قد يكون هو نفسه (ملف › السجلات المكررة المحتملة… يضم سجلين في سجل واحد):</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete this record? It stays in the history.</source>
        <translation>حذف هذا السجل؟ سيبقى في السجل التاريخي.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="54"/>
        <source>Taawun: the database is damaged</source>
        <translation>تعاون: قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="76"/>
        <source>Restore this backup</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="78"/>
        <source>Quit without changing anything</source>
        <translation>الخروج دون تغيير أي شيء</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="80"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="199"/>
        <source>Type part of the name…</source>
        <translation>اكتب جزءا من الاسم…</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="131"/>
        <source>Preparing the report…</source>
        <translation>جار إعداد التقرير…</translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="181"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="182"/>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs.py" line="295"/>
        <source>Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?</source>
        <translation>
            <numerusform>أغلق تعاون قبل حفظ أي استمارة (آخر نسخة: %1). هل تسترجعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ استمارة واحدة (آخر نسخة: %1). هل تسترجعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ استمارتين (آخر نسخة: %1). هل تسترجعهما؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارات (آخر نسخة: %1). هل تسترجعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تسترجعها؟</numerusform>
            <numerusform>أغلق تعاون قبل حفظ %n استمارة (آخر نسخة: %1). هل تسترجعها؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="303"/>
        <source>Restore unsaved work</source>
        <translation>استرجاع العمل غير المحفوظ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/ui/search_page.py" line="128"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="131"/>
        <source>Search cooperatives, visits and workshops (Ctrl+F)</source>
        <translation>ابحث في التعاونيات والزيارات واللقاءات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Agent</source>
        <translation>المؤطر</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="140"/>
        <source>Found</source>
        <translation>ما وجد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_page.py" line="177"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../app/ui/server_box.py" line="96"/>
        <source>Set…</source>
        <translation>تحديد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="97"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="98"/>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="99"/>
        <source>Send this laptop&apos;s changes to the server, then merge the others&apos;</source>
        <translation>أرسل تغييرات هذا الحاسوب إلى الخادم، ثم ادمج تغييرات الآخرين</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="100"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="130"/>
        <source>none set for this laptop</source>
        <translation>لم يُحدَّد لهذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="138"/>
        <source>Organisation server: %1</source>
        <translation>خادم المنظمة: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="146"/>
        <source>Never synced with this server</source>
        <translation>لم تجر أي مزامنة مع هذا الخادم بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n document(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي مستند</numerusform>
            <numerusform>أُرسل مستند واحد</numerusform>
            <numerusform>أُرسل مستندان</numerusform>
            <numerusform>أُرسلت %n مستندات</numerusform>
            <numerusform>أُرسل %n مستندًا</numerusform>
            <numerusform>أُرسل %n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>لم يصل أي سجل</numerusform>
            <numerusform>وصل سجل واحد</numerusform>
            <numerusform>وصل سجلان</numerusform>
            <numerusform>وصلت %n سجلات</numerusform>
            <numerusform>وصل %n سجلًا</numerusform>
            <numerusform>وصل %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="152"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>لا تعارض للمراجعة</numerusform>
            <numerusform>تعارض واحد للمراجعة</numerusform>
            <numerusform>تعارضان للمراجعة</numerusform>
            <numerusform>%n تعارضات للمراجعة</numerusform>
            <numerusform>%n تعارضًا للمراجعة</numerusform>
            <numerusform>%n تعارض للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="155"/>
        <source>Last sync: %1 — %2</source>
        <translation>آخر مزامنة: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="206"/>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="306"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="335"/>
        <source>%n record(s) arrived from the organisation server</source>
        <translation>
            <numerusform>لم يصل أي سجل من خادم المنظمة</numerusform>
            <numerusform>وصل سجل واحد من خادم المنظمة</numerusform>
            <numerusform>وصل سجلان من خادم المنظمة</numerusform>
            <numerusform>وصلت %n سجلات من خادم المنظمة</numerusform>
            <numerusform>وصل %n سجلًا من خادم المنظمة</numerusform>
            <numerusform>وصل %n سجل من خادم المنظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="336"/>
        <source>The organisation server sent changes: see the Sync page</source>
        <translation>أرسل خادم المنظمة تغييرات: انظر صفحة المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="348"/>
        <source>Background sync: %1</source>
        <translation>المزامنة في الخلفية: %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="57"/>
        <source>Organisation server</source>
        <translation>خادم المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="73"/>
        <source>Kept: leave empty to keep it</source>
        <translation>محفوظة: اتركها فارغة للإبقاء عليها</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="74"/>
        <source>Database address</source>
        <translation>عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="75"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="76"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_dialog.py" line="77"/>
        <source>Sync every %n minute(s) in the background</source>
        <translation>
            <numerusform>زامن في الخلفية باستمرار</numerusform>
            <numerusform>زامن في الخلفية كل دقيقة</numerusform>
            <numerusform>زامن في الخلفية كل دقيقتين</numerusform>
            <numerusform>زامن في الخلفية كل %n دقائق</numerusform>
            <numerusform>زامن في الخلفية كل %n دقيقة</numerusform>
            <numerusform>زامن في الخلفية كل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="84"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="144"/>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="187"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="192"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="209"/>
        <source> days</source>
        <translation> يوما</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="210"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="211"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="212"/>
        <source>Name of this laptop</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="213"/>
        <source>Organisation (report headers)</source>
        <translation>الهيئة (رأس التقارير)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="217"/>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="218"/>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="220"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <location filename="../../app/ui/dialogs.py" line="273"/>
        <source>Logo (report headers)</source>
        <translation>الشعار (رأس التقارير)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="227"/>
        <source>Keep the daily backups for</source>
        <translation>مدة الاحتفاظ بالنسخ الاحتياطية اليومية</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="232"/>
        <source>No folder chosen</source>
        <translation>لم يختر أي مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="235"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="241"/>
        <location filename="../../app/ui/dialogs.py" line="279"/>
        <source>Shared folder (sync)</source>
        <translation>المجلد المشترك (المزامنة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="249"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="274"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedFolderBox</name>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="48"/>
        <source>Shared folder</source>
        <translation>المجلد المشترك</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="61"/>
        <source>No folder chosen:</source>
        <translation>لم يختر أي مجلد:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="62"/>
        <source>choose it in Settings</source>
        <translation>اختره في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="68"/>
        <source>Export there</source>
        <translation>التصدير إليه</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="69"/>
        <source>Merge new files</source>
        <translation>دمج الجديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="70"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="71"/>
        <source>Write this laptop&apos;s data into the shared folder</source>
        <translation>كتابة بيانات هذا الحاسوب في المجلد المشترك</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="72"/>
        <source>Merge the files other laptops left there since the last merge</source>
        <translation>دمج الملفات التي تركتها فيه الحواسيب الأخرى منذ آخر دمج</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="73"/>
        <source>Export this laptop&apos;s data there, then merge the new files of the others</source>
        <translation>تصدير بيانات هذا الحاسوب إليه، ثم دمج الملفات الجديدة للحواسيب الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="122"/>
        <source>Looking…</source>
        <translation>جار البحث…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>%n new file(s) waiting</source>
        <translation>
            <numerusform>لا ملفات جديدة</numerusform>
            <numerusform>ملف جديد واحد ينتظر</numerusform>
            <numerusform>ملفان جديدان ينتظران</numerusform>
            <numerusform>%n ملفات جديدة تنتظر</numerusform>
            <numerusform>%n ملفا جديدا ينتظر</numerusform>
            <numerusform>%n ملف جديد ينتظر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>Nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="140"/>
        <source>Cannot be reached</source>
        <translation>لا يمكن الوصول إليه</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="51"/>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="54"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="55"/>
        <source>CSV files, one per sheet (.csv)</source>
        <translation>ملفات CSV، ملف لكل ورقة (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="57"/>
        <source>Choices as their codes (for other programs), not their labels</source>
        <translation>الخيارات برموزها (لبرامج أخرى) بدل تسمياتها</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="58"/>
        <source>Also save the photos, in a folder beside the file</source>
        <translation>حفظ الصور أيضا في مجلد بجانب الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="59"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="60"/>
        <source>Language of the headers and choices</source>
        <translation>لغة العناوين والخيارات</translation>
    </message>
</context>
<context>
    <name>SheetExporter</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="123"/>
        <source>Exporting…</source>
        <translation>جار التصدير…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="84"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>SheetImportFiles</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="55"/>
        <source>Import from</source>
        <translation>استيراد من</translation>
    </message>
</context>
<context>
    <name>SheetImportWizard</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="82"/>
        <source>Import from Excel</source>
        <translation>استيراد من Excel</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="139"/>
        <source>Summary report</source>
        <translation>التقرير التركيبي</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="150"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="151"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="152"/>
        <source>Province (optional)</source>
        <translation>الإقليم (اختياري)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="153"/>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync_page.py" line="96"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدا</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="104"/>
        <source>Choose the files to merge</source>
        <translation>اختر الملفات المراد دمجها</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="105"/>
        <source>Taawun packages (*%1);;All files (*)</source>
        <translation>حزم تعاون (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="130"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="133"/>
        <source>Look for sticks</source>
        <translation>البحث عن مفاتيح USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="134"/>
        <source>Another folder…</source>
        <translation>مجلد آخر…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="144"/>
        <source>Export this laptop&apos;s data</source>
        <translation>تصدير بيانات هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="145"/>
        <source>Merge files…</source>
        <translation>دمج ملفات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="156"/>
        <source>Files here</source>
        <translation>الملفات هنا</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Sealed</source>
        <translation>مختوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="127"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Written</source>
        <translation>كُتب في</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="162"/>
        <source>Double-click a file to merge it</source>
        <translation>انقر مرتين على ملف لدمجه</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="179"/>
        <source>What the last export or merge did is shown here.</source>
        <translation>تظهر هنا نتيجة آخر تصدير أو دمج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="196"/>
        <source>Possible duplicates…</source>
        <translation>السجلات المكررة المحتملة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="232"/>
        <source>Looking for sticks…</source>
        <translation>جار البحث عن المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="313"/>
        <source>Cannot be read</source>
        <translation>تتعذر قراءته</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Not sealed</source>
        <translation>غير مختوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="333"/>
        <source>No stick found: plug one in, or choose a folder</source>
        <translation>لم يعثر على أي مفتاح: أدخل مفتاحا أو اختر مجلدا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_page.py" line="437"/>
        <source>%n likely duplicate pair(s) involve records this merge brought or changed.</source>
        <translation>
            <numerusform>لا يوجد زوج مكرر محتمل يخص سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
            <numerusform>زوج واحد مكرر محتمل يخص سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
            <numerusform>زوجان مكرران محتملان يخصان سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
            <numerusform>%n أزواج مكررة محتملة تخص سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
            <numerusform>%n زوجا مكررا محتملا يخص سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
            <numerusform>%n زوج مكرر محتمل يخص سجلات جاء بها هذا الدمج أو عدّلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="439"/>
        <source>No likely duplicates among the records this merge brought or changed.</source>
        <translation>لا توجد سجلات مكررة محتملة بين السجلات التي جاء بها هذا الدمج أو عدّلها.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="39"/>
        <source>%n record(s) (deleted ones included)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد (مع المحذوفة)</numerusform>
            <numerusform>سجلان (مع المحذوفة)</numerusform>
            <numerusform>%n سجلات (مع المحذوفة)</numerusform>
            <numerusform>%n سجلا (مع المحذوفة)</numerusform>
            <numerusform>%n سجل (مع المحذوفة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="40"/>
        <source>%n version(s) in the history</source>
        <translation>
            <numerusform>لا نسخ في السجل التاريخي</numerusform>
            <numerusform>نسخة واحدة في السجل التاريخي</numerusform>
            <numerusform>نسختان في السجل التاريخي</numerusform>
            <numerusform>%n نسخ في السجل التاريخي</numerusform>
            <numerusform>%n نسخة في السجل التاريخي</numerusform>
            <numerusform>%n نسخة في السجل التاريخي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="41"/>
        <location filename="../../app/ui/sync_words.py" line="71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_words.py" line="42"/>
        <source>Exported: %1. The file:</source>
        <translation>تم التصدير: %1. الملف:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_words.py" line="45"/>
        <source>Sealed for the laptops of the organisation “%1”: only they can open it.</source>
        <translation>مختوم لحواسيب المنظمة «%1»: لا يفتحه غيرها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>لا سجلات جديدة</numerusform>
            <numerusform>سجل جديد واحد</numerusform>
            <numerusform>سجلان جديدان</numerusform>
            <numerusform>%n سجلات جديدة</numerusform>
            <numerusform>%n سجلا جديدا</numerusform>
            <numerusform>%n سجل جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n updated</source>
        <translation>
            <numerusform>لم يحدث أي سجل</numerusform>
            <numerusform>سجل واحد محدث</numerusform>
            <numerusform>سجلان محدثان</numerusform>
            <numerusform>%n سجلات محدثة</numerusform>
            <numerusform>%n سجلا محدثا</numerusform>
            <numerusform>%n سجل محدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="67"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>لا سجل دون تغيير</numerusform>
            <numerusform>سجل واحد دون تغيير</numerusform>
            <numerusform>سجلان دون تغيير</numerusform>
            <numerusform>%n سجلات دون تغيير</numerusform>
            <numerusform>%n سجلا دون تغيير</numerusform>
            <numerusform>%n سجل دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="69"/>
        <source>%n version(s) added to the history</source>
        <translation>
            <numerusform>لم تضف أي نسخة إلى السجل التاريخي</numerusform>
            <numerusform>أضيفت نسخة واحدة إلى السجل التاريخي</numerusform>
            <numerusform>أضيفت نسختان إلى السجل التاريخي</numerusform>
            <numerusform>أضيفت %n نسخ إلى السجل التاريخي</numerusform>
            <numerusform>أضيفت %n نسخة إلى السجل التاريخي</numerusform>
            <numerusform>أضيفت %n نسخة إلى السجل التاريخي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="73"/>
        <source>%n form definition(s) proposed (File › Proposed forms…)</source>
        <translation>
            <numerusform>لا استمارات مقترحة</numerusform>
            <numerusform>استمارة مقترحة واحدة (ملف › الاستمارات المقترحة…)</numerusform>
            <numerusform>استمارتان مقترحتان (ملف › الاستمارات المقترحة…)</numerusform>
            <numerusform>%n استمارات مقترحة (ملف › الاستمارات المقترحة…)</numerusform>
            <numerusform>%n استمارة مقترحة (ملف › الاستمارات المقترحة…)</numerusform>
            <numerusform>%n استمارة مقترحة (ملف › الاستمارات المقترحة…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="76"/>
        <source>%n record(s) edited on both laptops at once: the newer version is shown meanwhile. Review them below, under “Conflicts to review”.</source>
        <translation>
            <numerusform>لا سجلات عدلت في الحاسوبين معا</numerusform>
            <numerusform>سجل واحد عدل في الحاسوبين في الوقت نفسه: تعرض النسخة الأحدث مؤقتا. راجعه أدناه، في «تعارضات للمراجعة».</numerusform>
            <numerusform>سجلان عدلا في الحاسوبين في الوقت نفسه: تعرض النسخة الأحدث مؤقتا. راجعهما أدناه، في «تعارضات للمراجعة».</numerusform>
            <numerusform>%n سجلات عدلت في الحاسوبين في الوقت نفسه: تعرض النسخة الأحدث مؤقتا. راجعها أدناه، في «تعارضات للمراجعة».</numerusform>
            <numerusform>%n سجلا عدل في الحاسوبين في الوقت نفسه: تعرض النسخة الأحدث مؤقتا. راجعها أدناه، في «تعارضات للمراجعة».</numerusform>
            <numerusform>%n سجل عدل في الحاسوبين في الوقت نفسه: تعرض النسخة الأحدث مؤقتا. راجعها أدناه، في «تعارضات للمراجعة».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="78"/>
        <source>%n conflict(s) resolved on another laptop</source>
        <translation>
            <numerusform>لا تعارضات حلت في حاسوب آخر</numerusform>
            <numerusform>تعارض واحد حل في حاسوب آخر</numerusform>
            <numerusform>تعارضان حلا في حاسوب آخر</numerusform>
            <numerusform>%n تعارضات حلت في حاسوب آخر</numerusform>
            <numerusform>%n تعارضا حل في حاسوب آخر</numerusform>
            <numerusform>%n تعارض حل في حاسوب آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="319"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="320"/>
        <source>This form has changes that are not saved.</source>
        <translation>في هذه الاستمارة تغييرات لم تحفظ.</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../app/ui/application.py" line="91"/>
        <source>Demo data</source>
        <translation>بيانات العرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="92"/>
        <source>The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?</source>
        <translation>قاعدة البيانات فارغة. هل تريد تحميل بيانات العرض (لقاء مريرت) لاستكشاف تعاون؟</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/words.py" line="23"/>
        <source>%1: new record</source>
        <translation>%1: سجل جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
