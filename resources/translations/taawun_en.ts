<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="31"/>
        <source>About Taawun</source>
        <translation>About Taawun</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="42"/>
        <source>An offline companion for the people who support rural cooperatives.</source>
        <translation>An offline companion for the people who support rural cooperatives.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="49"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="50"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="52"/>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="53"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>The fonts are Noto fonts under the SIL Open Font License 1.1 (OFL.txt in %1).</source>
        <translation>The fonts are Noto fonts under the SIL Open Font License 1.1 (OFL.txt in %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="69"/>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="92"/>
        <source>Working… (a few seconds)</source>
        <translation>Working… (a few seconds)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="46"/>
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="53"/>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="54"/>
        <source>Taawun backups (*%1);;All files (*)</source>
        <translation>Taawun backups (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="60"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="98"/>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="103"/>
        <source>The backup was written to:
%1</source>
        <translation>The backup was written to:
%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="110"/>
        <source>Replace all the data on this laptop with the backup %1?

The current database will first be kept as a backup in %2.</source>
        <translation>Replace all the data on this laptop with the backup %1?

The current database will first be kept as a backup in %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="112"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="135"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="167"/>
        <source>The backup was restored. The previous database was kept in:
%1</source>
        <translation>The backup was restored. The previous database was kept in:
%1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="251"/>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="252"/>
        <source>The keys stay the same: every file already sealed stays readable.</source>
        <translation>The keys stay the same: every file already sealed stays readable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="254"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="255"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
</context>
<context>
    <name>ClockWarningDialog</name>
    <message>
        <location filename="../../app/ui/clock_warning.py" line="31"/>
        <source>Check this laptop&apos;s date and time</source>
        <translation>Check this laptop&apos;s date and time</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="47"/>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Other laptop</source>
        <translation>Other laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="81"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="89"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="90"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <source>Keep the other version</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="91"/>
        <source>Keep the chosen fields</source>
        <translation>Keep the chosen fields</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="118"/>
        <source>Conflicts to review (%1)</source>
        <translation>Conflicts to review (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Keep the other laptop&apos;s version</source>
        <translation>Keep the other laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Imported sheet</source>
        <translation>Imported sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Keep the sheet&apos;s version</source>
        <translation>Keep the sheet&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="213"/>
        <source>%1: %2 on %3, %4.</source>
        <translation>%1: %2 on %3, %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="220"/>
        <source>Imported sheet: %1, row %2, imported by %3 on %4, %5.</source>
        <translation>Imported sheet: %1, row %2, imported by %3 on %4, %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="51"/>
        <location filename="../../app/ui/conflicts_view.py" line="153"/>
        <source>No conflict: every change merged cleanly.</source>
        <translation>No conflict: every change merged cleanly.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="166"/>
        <source>This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.</source>
        <translation>This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="138"/>
        <source>Create an organisation</source>
        <translation>Create an organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="139"/>
        <source>This laptop becomes the organisation&apos;s first coordinator: it holds the organisation&apos;s key and invites the other laptops. Choose a passphrase you will not forget: without it the key cannot be used. Have a second coordinator laptop later, so the organisation never depends on one laptop.</source>
        <translation>This laptop becomes the organisation&apos;s first coordinator: it holds the organisation&apos;s key and invites the other laptops. Choose a passphrase you will not forget: without it the key cannot be used. Have a second coordinator laptop later, so the organisation never depends on one laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="146"/>
        <source>Organisation&apos;s name</source>
        <translation>Organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="147"/>
        <source>Passphrase of this laptop</source>
        <translation>Passphrase of this laptop</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="62"/>
        <source>Choose in a calendar (F4)</source>
        <translation>Choose in a calendar (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="63"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="60"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="69"/>
        <source>Join, keeping the first</source>
        <translation>Join, keeping the first</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="70"/>
        <source>Join, keeping the second</source>
        <translation>Join, keeping the second</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="71"/>
        <location filename="../../app/ui/duplicates_view.py" line="145"/>
        <source>Not the same</source>
        <translation>Not the same</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates_view.py" line="101"/>
        <source>%n pair(s) of records may be the same. Joining keeps one: the other&apos;s visits follow it and the other stays in its history. “Not the same” stops proposing a pair.</source>
        <translation>
            <numerusform>%n pair of records may be the same. Joining keeps one: the other&apos;s visits follow it and the other stays in its history. “Not the same” stops proposing a pair.</numerusform>
            <numerusform>%n pairs of records may be the same. Joining keeps one: the other&apos;s visits follow it and the other stays in its history. “Not the same” stops proposing a pair.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="142"/>
        <source>Are “%1” and “%2” two different records? They will no longer be proposed as duplicates, here and on the other laptops after the next exchange. This cannot be undone.</source>
        <translation>Are “%1” and “%2” two different records? They will no longer be proposed as duplicates, here and on the other laptops after the next exchange. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="103"/>
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="122"/>
        <source>Join “%1” into “%2”? Its visits will follow “%2”; it stays in the history.</source>
        <translation>Join “%1” into “%2”? Its visits will follow “%2”; it stays in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="123"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../app/ui/forms/rows.py" line="94"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="104"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="105"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="113"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="113"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="120"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="123"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="124"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="125"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="126"/>
        <source>Open follow-up</source>
        <translation>Open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="127"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../app/ui/forms/editor.py" line="47"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FormProposalsDialog</name>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="30"/>
        <source>Proposed forms</source>
        <translation>Proposed forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="41"/>
        <source>Accept this form</source>
        <translation>Accept this form</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="57"/>
        <source>These form versions came in merged files. Accept one only when your coordinator asks you to.</source>
        <translation>These form versions came in merged files. Accept one only when your coordinator asks you to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="58"/>
        <source>No form is waiting for a decision.</source>
        <translation>No form is waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="87"/>
        <source>Form not accepted</source>
        <translation>Form not accepted</translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="166"/>
        <location filename="../../app/ui/forms/date_geo.py" line="172"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="167"/>
        <location filename="../../app/ui/forms/date_geo.py" line="172"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>GoToRecordDialog</name>
    <message>
        <location filename="../../app/ui/go_to_record.py" line="60"/>
        <source>Go to record</source>
        <translation>Go to record</translation>
    </message>
    <message>
        <location filename="../../app/ui/go_to_record.py" line="62"/>
        <source>Type a record&apos;s id, or scan the QR code of a paper form:</source>
        <translation>Type a record&apos;s id, or scan the QR code of a paper form:</translation>
    </message>
</context>
<context>
    <name>GroupEntry</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="55"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="56"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="57"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="38"/>
        <source>Remove this entry and what it contains?</source>
        <translation>Remove this entry and what it contains?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="151"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_view.py" line="67"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="107"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_view.py" line="109"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="110"/>
        <source>Version %1 · %2 · %3 on %4 · %5</source>
        <translation>Version %1 · %2 · %3 on %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="126"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="109"/>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>Welcome to Taawun</source>
        <translation>Welcome to Taawun</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Taawun keeps the profiles of the cooperatives you support, your visit notes and workshops, on this laptop, even without internet.</source>
        <translation>Taawun keeps the profiles of the cooperatives you support, your visit notes and workshops, on this laptop, even without internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="114"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="115"/>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="116"/>
        <source>First and last name, e.g. Fatima Zahra Amrani</source>
        <translation>First and last name, e.g. Fatima Zahra Amrani</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>Required. It signs every record you write or change.</source>
        <translation>Required. It signs every record you write or change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>&amp;Name of this laptop</source>
        <translation>&amp;Name of this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>e.g. Azilal office laptop</source>
        <translation>e.g. Azilal office laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>Tells your colleagues which laptop a record comes from.</source>
        <translation>Tells your colleagues which laptop a record comes from.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>What happens next: Taawun opens on the list of cooperatives and offers to load a demo event to explore. Both names can be changed later in File › Settings.</source>
        <translation>What happens next: Taawun opens on the list of cooperatives and offers to load a demo event to explore. Both names can be changed later in File › Settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="124"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="125"/>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>Quit Taawun?</source>
        <translation>Quit Taawun?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="152"/>
        <source>Taawun needs your name before it records anything: every record is signed with it. Nothing has been saved. Quit now and give your name at the next start?</source>
        <translation>Taawun needs your name before it records anything: every record is signed with it. Nothing has been saved. Quit now and give your name at the next start?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="234"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="236"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="245"/>
        <source>Import only the valid rows (leave out those with problems)</source>
        <translation>Import only the valid rows (leave out those with problems)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="247"/>
        <source>Leave out the rows that may duplicate a record or another row</source>
        <translation>Leave out the rows that may duplicate a record or another row</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="261"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="195"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="196"/>
        <source>Each column of the sheet, and the field it is read as.</source>
        <translation>Each column of the sheet, and the field it is read as.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="215"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="139"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="146"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="154"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="155"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="156"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="302"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="309"/>
        <source>Review the conflicts</source>
        <translation>Review the conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="322"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="335"/>
        <source>Review them on the Sync page, under “Conflicts to review”: keep the sheet&apos;s version or the other, field by field if need be.</source>
        <translation>Review them on the Sync page, under “Conflicts to review”: keep the sheet&apos;s version or the other, field by field if need be.</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="272"/>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="274"/>
        <source>The invite was written to this file:</source>
        <translation>The invite was written to this file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="291"/>
        <source>Read this code aloud to the person at the new laptop, or write it on paper. Never put it on the stick with the invite: whoever found both could join the organisation. It is shown only now.</source>
        <translation>Read this code aloud to the person at the new laptop, or write it on paper. Never put it on the stick with the invite: whoever found both could join the organisation. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="297"/>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="206"/>
        <source>Invite a laptop</source>
        <translation>Invite a laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="207"/>
        <source>The invite is a file for the new laptop (put it on a stick) and a code shown afterwards, which you read to the agent or write on paper. Give the laptop&apos;s id if it already has data (its Settings › Organisation page shows it); leave it empty for a laptop starting afresh.</source>
        <translation>The invite is a file for the new laptop (put it on a stick) and a code shown afterwards, which you read to the agent or write on paper. Give the laptop&apos;s id if it already has data (its Settings › Organisation page shows it); leave it empty for a laptop starting afresh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="213"/>
        <source>e.g. Fatima&apos;s laptop, Azilal</source>
        <translation>e.g. Fatima&apos;s laptop, Azilal</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="215"/>
        <source>Laptop&apos;s name</source>
        <translation>Laptop&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="217"/>
        <source>empty: a new id</source>
        <translation>empty: a new id</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="218"/>
        <source>Laptop&apos;s id (optional)</source>
        <translation>Laptop&apos;s id (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="219"/>
        <source>A coordinator&apos;s laptop (it receives the organisation&apos;s key)</source>
        <translation>A coordinator&apos;s laptop (it receives the organisation&apos;s key)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="235"/>
        <source>Save the invite</source>
        <translation>Save the invite</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="236"/>
        <source>Taawun invites (%1)</source>
        <translation>Taawun invites (%1)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="166"/>
        <source>Join an organisation</source>
        <translation>Join an organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="167"/>
        <source>Choose the invite file the coordinator gave you (on a stick), type the invite code the coordinator read to you, and choose this laptop&apos;s passphrase.</source>
        <translation>Choose the invite file the coordinator gave you (on a stick), type the invite code the coordinator read to you, and choose this laptop&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="172"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="177"/>
        <location filename="../../app/ui/organisation_dialogs.py" line="187"/>
        <source>Invite file</source>
        <translation>Invite file</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="180"/>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="181"/>
        <source>Passphrase of this laptop</source>
        <translation>Passphrase of this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="188"/>
        <source>Taawun invites (%1);;All files (*)</source>
        <translation>Taawun invites (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="92"/>
        <source> (this laptop)</source>
        <translation> (this laptop)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="111"/>
        <source>Filter this list</source>
        <translation>Filter this list</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="116"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="117"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="154"/>
        <source>%n record(s) or more</source>
        <translation>
            <numerusform>%n record or more</numerusform>
            <numerusform>%n records or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="156"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Taawun</source>
        <translation>Taawun</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>&amp;Go to record…</source>
        <translation>&amp;Go to record…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Summary &amp;report…</source>
        <translation>Summary &amp;report…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Paper for&amp;m…</source>
        <translation>Paper for&amp;m…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>&amp;Export everything to Excel…</source>
        <translation>&amp;Export everything to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Restore a backu&amp;p…</source>
        <translation>Restore a backu&amp;p…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Proposed &amp;forms…</source>
        <translation>Proposed &amp;forms…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Possible &amp;duplicates…</source>
        <translation>Possible &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Match provinces…</source>
        <translation>&amp;Match provinces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>&amp;About Taawun</source>
        <translation>&amp;About Taawun</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="345"/>
        <location filename="../../app/ui/dialogs.py" line="353"/>
        <source>Taawun</source>
        <translation>Taawun</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="116"/>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="117"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="134"/>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="135"/>
        <source>Join…</source>
        <translation>Join…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="152"/>
        <source>Invite…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="153"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="154"/>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="155"/>
        <source>Export the public part…</source>
        <translation>Export the public part…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="190"/>
        <source>This laptop belongs to no organisation.</source>
        <translation>This laptop belongs to no organisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="191"/>
        <source>This laptop&apos;s id: %1</source>
        <translation>This laptop&apos;s id: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="192"/>
        <source>In an organisation, files on sticks are sealed (only its laptops can read them) and every change is signed by the laptop that made it. A coordinator creates the organisation, then invites each laptop: give the coordinator this laptop&apos;s id if it already holds data.</source>
        <translation>In an organisation, files on sticks are sealed (only its laptops can read them) and every change is signed by the laptop that made it. A coordinator creates the organisation, then invites each laptop: give the coordinator this laptop&apos;s id if it already holds data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="199"/>
        <source>not in the list</source>
        <translation>not in the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="200"/>
        <source>Organisation “%1”</source>
        <translation>Organisation “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="201"/>
        <source>This laptop&apos;s id: %1 · %2</source>
        <translation>This laptop&apos;s id: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="203"/>
        <source>As a coordinator&apos;s laptop, this one invites laptops and removes a lost or stolen one. Every change to the list reaches the other laptops with the next files exchanged.</source>
        <translation>As a coordinator&apos;s laptop, this one invites laptops and removes a lost or stolen one. Every change to the list reaches the other laptops with the next files exchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="206"/>
        <source>A coordinator invites laptops and removes a lost or stolen one; this page shows the list as it last reached this laptop.</source>
        <translation>A coordinator invites laptops and removes a lost or stolen one; this page shows the list as it last reached this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="212"/>
        <source>This database is a restored copy: it became a new device, which the list does not name, so it can neither sign nor export its changes. Give a coordinator this laptop&apos;s id for a new invite, then join with it.</source>
        <translation>This database is a restored copy: it became a new device, which the list does not name, so it can neither sign nor export its changes. Give a coordinator this laptop&apos;s id for a new invite, then join with it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="248"/>
        <source>The organisation was created; this laptop is its coordinator.</source>
        <translation>The organisation was created; this laptop is its coordinator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="264"/>
        <source>This laptop has joined the organisation.</source>
        <translation>This laptop has joined the organisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="279"/>
        <source>The invite was written to %1.</source>
        <translation>The invite was written to %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="288"/>
        <source>Remove the laptop “%1” (%2) from the organisation? Its new files will be refused everywhere the new list arrives, and it cannot come back under this id. Its work up to %3 (the newest this laptop holds) stays; if it passed later work to another laptop, merge that laptop&apos;s file first.</source>
        <translation>Remove the laptop “%1” (%2) from the organisation? Its new files will be refused everywhere the new list arrives, and it cannot come back under this id. Its work up to %3 (the newest this laptop holds) stays; if it passed later work to another laptop, merge that laptop&apos;s file first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="293"/>
        <source>Remove a laptop</source>
        <translation>Remove a laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="304"/>
        <source>The laptop “%1” was removed. Export a package to every laptop so the new list reaches them.</source>
        <translation>The laptop “%1” was removed. Export a package to every laptop so the new list reaches them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="315"/>
        <source>The passphrase was changed. Every file stays readable.</source>
        <translation>The passphrase was changed. Every file stays readable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="318"/>
        <source>Export the public part</source>
        <translation>Export the public part</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="319"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="330"/>
        <source>The public part (the list of laptops and their public keys) was written to %1.</source>
        <translation>The public part (the list of laptops and their public keys) was written to %1.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="34"/>
        <source>Paper form</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="41"/>
        <source>Filled in with the open record, to check</source>
        <translation>Filled in with the open record, to check</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="46"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="47"/>
        <source>Language of the form</source>
        <translation>Language of the form</translation>
    </message>
</context>
<context>
    <name>PaperExporter</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="93"/>
        <source>Preparing the paper form…</source>
        <translation>Preparing the paper form…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="66"/>
        <source>This laptop&apos;s passphrase</source>
        <translation>This laptop&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69"/>
        <source>Taawun needs this laptop&apos;s keys for the organisation “%1”. Type the laptop&apos;s passphrase: the keys stay open until Taawun is closed.</source>
        <translation>Taawun needs this laptop&apos;s keys for the organisation “%1”. Type the laptop&apos;s passphrase: the keys stay open until Taawun is closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="62"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="61"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PhotosWidget</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="38"/>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="39"/>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="105"/>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="107"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="180"/>
        <source>Not added (not a readable picture): %1</source>
        <translation>Not added (not a readable picture): %1</translation>
    </message>
</context>
<context>
    <name>PlaceMatchingDialog</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="104"/>
        <source>Match provinces</source>
        <translation>Match provinces</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="121"/>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="122"/>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="128"/>
        <source>Accept the ticked proposals</source>
        <translation>Accept the ticked proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="142"/>
        <source>These records give their province as text. Tick each official province that is right and accept: each ticked record gets a new version with the province from the list.</source>
        <translation>These records give their province as text. Tick each official province that is right and accept: each ticked record gets a new version with the province from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="144"/>
        <source>No province typed as text to match to the official list.</source>
        <translation>No province typed as text to match to the official list.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Province as typed</source>
        <translation>Province as typed</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Official province</source>
        <translation>Official province</translation>
    </message>
</context>
<context>
    <name>ProvinceWidget</name>
    <message>
        <location filename="../../app/ui/forms/places.py" line="103"/>
        <source>%1 (as typed)</source>
        <translation>%1 (as typed)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="50"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="51"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="42"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="44"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="45"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="46"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="47"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="48"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="49"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="26"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="36"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="37"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="38"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="39"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="40"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/ui/record_page.py" line="154"/>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="155"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="156"/>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="157"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="158"/>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="159"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="263"/>
        <source>Nothing to save yet: fill in the form first.</source>
        <translation>Nothing to save yet: fill in the form first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="290"/>
        <source>Not finalised. Fix these fields first (each problem is shown under its field): %1</source>
        <translation>Not finalised. Fix these fields first (each problem is shown under its field): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved as a draft.</source>
        <translation>Saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved and finalised.</source>
        <translation>Saved and finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="357"/>
        <source>Saved. It may be the same as (File › Possible duplicates… joins two records into one):</source>
        <translation>Saved. It may be the same as (File › Possible duplicates… joins two records into one):</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete this record? It stays in the history.</source>
        <translation>Delete this record? It stays in the history.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="54"/>
        <source>Taawun: the database is damaged</source>
        <translation>Taawun: the database is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="76"/>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="78"/>
        <source>Quit without changing anything</source>
        <translation>Quit without changing anything</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="80"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="199"/>
        <source>Type part of the name…</source>
        <translation>Type part of the name…</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="131"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="181"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="182"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs.py" line="295"/>
        <source>Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?</source>
        <translation>
            <numerusform>Taawun was closed before %n form was saved (last copy: %1). Restore it?</numerusform>
            <numerusform>Taawun was closed before %n forms were saved (last copy: %1). Restore them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="303"/>
        <source>Restore unsaved work</source>
        <translation>Restore unsaved work</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/ui/search_page.py" line="128"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="131"/>
        <source>Search cooperatives, visits and workshops (Ctrl+F)</source>
        <translation>Search cooperatives, visits and workshops (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="140"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_page.py" line="177"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../app/ui/server_box.py" line="96"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="97"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="98"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="99"/>
        <source>Send this laptop&apos;s changes to the server, then merge the others&apos;</source>
        <translation>Send this laptop&apos;s changes to the server, then merge the others&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="100"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="130"/>
        <source>none set for this laptop</source>
        <translation>none set for this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="138"/>
        <source>Organisation server: %1</source>
        <translation>Organisation server: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="146"/>
        <source>Never synced with this server</source>
        <translation>Never synced with this server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n document(s) sent</source>
        <translation>
            <numerusform>%n document sent</numerusform>
            <numerusform>%n documents sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n record received</numerusform>
            <numerusform>%n records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="152"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="155"/>
        <source>Last sync: %1 — %2</source>
        <translation>Last sync: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="206"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="306"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="335"/>
        <source>%n record(s) arrived from the organisation server</source>
        <translation>
            <numerusform>%n record arrived from the organisation server</numerusform>
            <numerusform>%n records arrived from the organisation server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="336"/>
        <source>The organisation server sent changes: see the Sync page</source>
        <translation>The organisation server sent changes: see the Sync page</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="348"/>
        <source>Background sync: %1</source>
        <translation>Background sync: %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="57"/>
        <source>Organisation server</source>
        <translation>Organisation server</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="73"/>
        <source>Kept: leave empty to keep it</source>
        <translation>Kept: leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="74"/>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="75"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="76"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_dialog.py" line="77"/>
        <source>Sync every %n minute(s) in the background</source>
        <translation>
            <numerusform>Sync every minute in the background</numerusform>
            <numerusform>Sync every %n minutes in the background</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="84"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="144"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="187"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="192"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="209"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="210"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="211"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="212"/>
        <source>Name of this laptop</source>
        <translation>Name of this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="213"/>
        <source>Organisation (report headers)</source>
        <translation>Organisation (report headers)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="217"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="218"/>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="220"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <location filename="../../app/ui/dialogs.py" line="273"/>
        <source>Logo (report headers)</source>
        <translation>Logo (report headers)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="227"/>
        <source>Keep the daily backups for</source>
        <translation>Keep the daily backups for</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="232"/>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="235"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="241"/>
        <location filename="../../app/ui/dialogs.py" line="279"/>
        <source>Shared folder (sync)</source>
        <translation>Shared folder (sync)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="249"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="274"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedFolderBox</name>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="48"/>
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="61"/>
        <source>No folder chosen:</source>
        <translation>No folder chosen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="62"/>
        <source>choose it in Settings</source>
        <translation>choose it in Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="68"/>
        <source>Export there</source>
        <translation>Export there</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="69"/>
        <source>Merge new files</source>
        <translation>Merge new files</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="70"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="71"/>
        <source>Write this laptop&apos;s data into the shared folder</source>
        <translation>Write this laptop&apos;s data into the shared folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="72"/>
        <source>Merge the files other laptops left there since the last merge</source>
        <translation>Merge the files other laptops left there since the last merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="73"/>
        <source>Export this laptop&apos;s data there, then merge the new files of the others</source>
        <translation>Export this laptop&apos;s data there, then merge the new files of the others</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="122"/>
        <source>Looking…</source>
        <translation>Looking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>%n new file(s) waiting</source>
        <translation>
            <numerusform>%n new file waiting</numerusform>
            <numerusform>%n new files waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>Nothing new</source>
        <translation>Nothing new</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="140"/>
        <source>Cannot be reached</source>
        <translation>Cannot be reached</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="51"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="54"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="55"/>
        <source>CSV files, one per sheet (.csv)</source>
        <translation>CSV files, one per sheet (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="57"/>
        <source>Choices as their codes (for other programs), not their labels</source>
        <translation>Choices as their codes (for other programs), not their labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="58"/>
        <source>Also save the photos, in a folder beside the file</source>
        <translation>Also save the photos, in a folder beside the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="59"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="60"/>
        <source>Language of the headers and choices</source>
        <translation>Language of the headers and choices</translation>
    </message>
</context>
<context>
    <name>SheetExporter</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="123"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="84"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
</context>
<context>
    <name>SheetImportFiles</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="55"/>
        <source>Import from</source>
        <translation>Import from</translation>
    </message>
</context>
<context>
    <name>SheetImportWizard</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="82"/>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="139"/>
        <source>Summary report</source>
        <translation>Summary report</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="150"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="151"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="152"/>
        <source>Province (optional)</source>
        <translation>Province (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="153"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync_page.py" line="96"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="104"/>
        <source>Choose the files to merge</source>
        <translation>Choose the files to merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="105"/>
        <source>Taawun packages (*%1);;All files (*)</source>
        <translation>Taawun packages (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="130"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="133"/>
        <source>Look for sticks</source>
        <translation>Look for sticks</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="134"/>
        <source>Another folder…</source>
        <translation>Another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="144"/>
        <source>Export this laptop&apos;s data</source>
        <translation>Export this laptop&apos;s data</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="145"/>
        <source>Merge files…</source>
        <translation>Merge files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="156"/>
        <source>Files here</source>
        <translation>Files here</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="127"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="162"/>
        <source>Double-click a file to merge it</source>
        <translation>Double-click a file to merge it</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="179"/>
        <source>What the last export or merge did is shown here.</source>
        <translation>What the last export or merge did is shown here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="196"/>
        <source>Possible duplicates…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="232"/>
        <source>Looking for sticks…</source>
        <translation>Looking for sticks…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="313"/>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Not sealed</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="333"/>
        <source>No stick found: plug one in, or choose a folder</source>
        <translation>No stick found: plug one in, or choose a folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_page.py" line="437"/>
        <source>%n likely duplicate pair(s) involve records this merge brought or changed.</source>
        <translation>
            <numerusform>%n likely duplicate pair involves records this merge brought or changed.</numerusform>
            <numerusform>%n likely duplicate pairs involve records this merge brought or changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="439"/>
        <source>No likely duplicates among the records this merge brought or changed.</source>
        <translation>No likely duplicates among the records this merge brought or changed.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="39"/>
        <source>%n record(s) (deleted ones included)</source>
        <translation>
            <numerusform>%n record (deleted ones included)</numerusform>
            <numerusform>%n records (deleted ones included)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="40"/>
        <source>%n version(s) in the history</source>
        <translation>
            <numerusform>%n version in the history</numerusform>
            <numerusform>%n versions in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="41"/>
        <location filename="../../app/ui/sync_words.py" line="71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_words.py" line="42"/>
        <source>Exported: %1. The file:</source>
        <translation>Exported: %1. The file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_words.py" line="45"/>
        <source>Sealed for the laptops of the organisation “%1”: only they can open it.</source>
        <translation>Sealed for the laptops of the organisation “%1”: only they can open it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="67"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="69"/>
        <source>%n version(s) added to the history</source>
        <translation>
            <numerusform>%n version added to the history</numerusform>
            <numerusform>%n versions added to the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="73"/>
        <source>%n form definition(s) proposed (File › Proposed forms…)</source>
        <translation>
            <numerusform>%n form definition proposed (File › Proposed forms…)</numerusform>
            <numerusform>%n form definitions proposed (File › Proposed forms…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="76"/>
        <source>%n record(s) edited on both laptops at once: the newer version is shown meanwhile. Review them below, under “Conflicts to review”.</source>
        <translation>
            <numerusform>%n record edited on both laptops at once: the newer version is shown meanwhile. Review it below, under “Conflicts to review”.</numerusform>
            <numerusform>%n records edited on both laptops at once: the newer version is shown meanwhile. Review them below, under “Conflicts to review”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="78"/>
        <source>%n conflict(s) resolved on another laptop</source>
        <translation>
            <numerusform>%n conflict resolved on another laptop</numerusform>
            <numerusform>%n conflicts resolved on another laptop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="319"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="320"/>
        <source>This form has changes that are not saved.</source>
        <translation>This form has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../app/ui/application.py" line="91"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="92"/>
        <source>The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?</source>
        <translation>The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/words.py" line="23"/>
        <source>%1: new record</source>
        <translation>%1: new record</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
