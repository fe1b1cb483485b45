<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="31"/>
        <source>About Taawun</source>
        <translation>À propos de Taawun</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="42"/>
        <source>An offline companion for the people who support rural cooperatives.</source>
        <translation>Un compagnon hors ligne pour celles et ceux qui accompagnent les coopératives rurales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="49"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="50"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="51"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="52"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="53"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>The fonts are Noto fonts under the SIL Open Font License 1.1 (OFL.txt in %1).</source>
        <translation>Les polices sont des polices Noto sous licence SIL Open Font License 1.1 (OFL.txt dans %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="69"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="92"/>
        <source>Working… (a few seconds)</source>
        <translation>En cours… (quelques secondes)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="46"/>
        <source>Choose a folder for the backup</source>
        <translation>Choisir un dossier pour la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="53"/>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="54"/>
        <source>Taawun backups (*%1);;All files (*)</source>
        <translation>Sauvegardes Taawun (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="60"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="98"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="103"/>
        <source>The backup was written to:
%1</source>
        <translation>La sauvegarde a été écrite dans :
%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="110"/>
        <source>Replace all the data on this laptop with the backup %1?

The current database will first be kept as a backup in %2.</source>
        <translation>Remplacer toutes les données de cet ordinateur par la sauvegarde %1 ?

La base de données actuelle sera d’abord conservée comme sauvegarde dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="112"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="135"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_actions.py" line="167"/>
        <source>The backup was restored. The previous database was kept in:
%1</source>
        <translation>La sauvegarde a été restaurée. L’ancienne base de données a été conservée dans :
%1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="251"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="252"/>
        <source>The keys stay the same: every file already sealed stays readable.</source>
        <translation>Les clés restent les mêmes : tout fichier déjà scellé reste lisible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="254"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="255"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
</context>
<context>
    <name>ClockWarningDialog</name>
    <message>
        <location filename="../../app/ui/clock_warning.py" line="31"/>
        <source>Check this laptop&apos;s date and time</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="47"/>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="80"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Other laptop</source>
        <translation>L&apos;autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="81"/>
        <location filename="../../app/ui/conflicts_view.py" line="159"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="89"/>
        <location filename="../../app/ui/conflicts_view.py" line="203"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Garder la version de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="90"/>
        <location filename="../../app/ui/conflicts_view.py" line="204"/>
        <source>Keep the other version</source>
        <translation>Garder l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="91"/>
        <source>Keep the chosen fields</source>
        <translation>Garder les champs choisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="118"/>
        <source>Conflicts to review (%1)</source>
        <translation>Conflits à examiner (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="208"/>
        <source>Keep the other laptop&apos;s version</source>
        <translation>Garder la version de l&apos;autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Imported sheet</source>
        <translation>Feuille importée</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="210"/>
        <source>Keep the sheet&apos;s version</source>
        <translation>Garder la version de la feuille</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="213"/>
        <source>%1: %2 on %3, %4.</source>
        <translation>%1 : %2 sur %3, %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="220"/>
        <source>Imported sheet: %1, row %2, imported by %3 on %4, %5.</source>
        <translation>Feuille importée : %1, ligne %2, importée par %3 sur %4, %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="51"/>
        <location filename="../../app/ui/conflicts_view.py" line="153"/>
        <source>No conflict: every change merged cleanly.</source>
        <translation>Aucun conflit : tout a été fusionné sans problème.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflicts_view.py" line="166"/>
        <source>This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.</source>
        <translation>Cet ordinateur : %1 sur %2, %3. L&apos;autre ordinateur : %4 sur %5, %6.</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="138"/>
        <source>Create an organisation</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="139"/>
        <source>This laptop becomes the organisation&apos;s first coordinator: it holds the organisation&apos;s key and invites the other laptops. Choose a passphrase you will not forget: without it the key cannot be used. Have a second coordinator laptop later, so the organisation never depends on one laptop.</source>
        <translation>Cet ordinateur devient le premier coordinateur de l&apos;organisation : il détient la clé de l&apos;organisation et invite les autres ordinateurs. Choisissez une phrase de passe que vous n&apos;oublierez pas : sans elle, la clé est inutilisable. Ajoutez plus tard un deuxième ordinateur coordinateur, pour que l&apos;organisation ne dépende jamais d&apos;un seul ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="146"/>
        <source>Organisation&apos;s name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="147"/>
        <source>Passphrase of this laptop</source>
        <translation>Phrase de passe de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="62"/>
        <source>Choose in a calendar (F4)</source>
        <translation>Choisir dans un calendrier (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/date_geo.py" line="63"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="60"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="69"/>
        <source>Join, keeping the first</source>
        <translation>Fusionner en gardant la première</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="70"/>
        <source>Join, keeping the second</source>
        <translation>Fusionner en gardant la seconde</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="71"/>
        <location filename="../../app/ui/duplicates_view.py" line="145"/>
        <source>Not the same</source>
        <translation>Pas la même fiche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates_view.py" line="101"/>
        <source>%n pair(s) of records may be the same. Joining keeps one: the other&apos;s visits follow it and the other stays in its history. “Not the same” stops proposing a pair.</source>
        <translation>
            <numerusform>%n paire de fiches est peut-être un doublon. Fusionner en garde une : les visites de l&apos;autre la suivent et l&apos;autre reste dans son historique. « Pas la même fiche » cesse de proposer une paire.</numerusform>
            <numerusform>%n paires de fiches sont peut-être des doublons. Fusionner en garde une : les visites de l&apos;autre la suivent et l&apos;autre reste dans son historique. « Pas la même fiche » cesse de proposer une paire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="142"/>
        <source>Are “%1” and “%2” two different records? They will no longer be proposed as duplicates, here and on the other laptops after the next exchange. This cannot be undone.</source>
        <translation>« %1 » et « %2 » sont-elles deux fiches différentes ? Elles ne seront plus proposées comme doublons, ici et sur les autres ordinateurs après le prochain échange. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="103"/>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="122"/>
        <source>Join “%1” into “%2”? Its visits will follow “%2”; it stays in the history.</source>
        <translation>Fusionner « %1 » dans « %2 » ? Ses visites suivront « %2 » ; elle reste dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates_view.py" line="123"/>
        <source>Join</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../app/ui/forms/rows.py" line="94"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
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
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="113"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="120"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="123"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="124"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="125"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="126"/>
        <source>Open follow-up</source>
        <translation>Suivi en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="127"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../app/ui/forms/editor.py" line="47"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>FormProposalsDialog</name>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="30"/>
        <source>Proposed forms</source>
        <translation>Formulaires proposés</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="41"/>
        <source>Accept this form</source>
        <translation>Adopter ce formulaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="57"/>
        <source>These form versions came in merged files. Accept one only when your coordinator asks you to.</source>
        <translation>Ces versions de formulaires sont arrivées dans des fichiers fusionnés. N&apos;en adoptez une que si votre coordinateur vous le demande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="58"/>
        <source>No form is waiting for a decision.</source>
        <translation>Aucun formulaire n&apos;attend de décision.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_proposals.py" line="87"/>
        <source>Form not accepted</source>
        <translation>Formulaire non adopté</translation>
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
        <translation>Aller à la fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/go_to_record.py" line="62"/>
        <source>Type a record&apos;s id, or scan the QR code of a paper form:</source>
        <translation>Tapez l&apos;identifiant d&apos;une fiche, ou scannez le code QR d&apos;un formulaire papier :</translation>
    </message>
</context>
<context>
    <name>GroupEntry</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="55"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="56"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="57"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <location filename="../../app/ui/forms/group.py" line="38"/>
        <source>Remove this entry and what it contains?</source>
        <translation>Retirer cet élément et son contenu ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/group.py" line="151"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_view.py" line="67"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="72"/>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="107"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history_view.py" line="109"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n champ modifié</numerusform>
            <numerusform>%n champs modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="110"/>
        <source>Version %1 · %2 · %3 on %4 · %5</source>
        <translation>Version %1 · %2 · %3 sur %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="126"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="109"/>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>Welcome to Taawun</source>
        <translation>Bienvenue dans Taawun</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Taawun keeps the profiles of the cooperatives you support, your visit notes and workshops, on this laptop, even without internet.</source>
        <translation>Taawun garde les fiches des coopératives que vous accompagnez, vos notes de visite et vos ateliers, sur cet ordinateur, même sans internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="114"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="115"/>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="116"/>
        <source>First and last name, e.g. Fatima Zahra Amrani</source>
        <translation>Prénom et nom, par ex. Fatima Zahra Amrani</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>Required. It signs every record you write or change.</source>
        <translation>Obligatoire. Il signe chaque fiche que vous écrivez ou modifiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>&amp;Name of this laptop</source>
        <translation>&amp;Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="119"/>
        <source>e.g. Azilal office laptop</source>
        <translation>par ex. Ordinateur du bureau d&apos;Azilal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>Tells your colleagues which laptop a record comes from.</source>
        <translation>Indique à vos collègues de quel ordinateur vient une fiche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>What happens next: Taawun opens on the list of cooperatives and offers to load a demo event to explore. Both names can be changed later in File › Settings.</source>
        <translation>Et ensuite&#xa0;: Taawun s&apos;ouvre sur la liste des coopératives et propose de charger un événement de démonstration pour découvrir. Les deux noms se changent plus tard dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="124"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="125"/>
        <location filename="../../app/ui/dialogs.py" line="156"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="151"/>
        <source>Quit Taawun?</source>
        <translation>Quitter Taawun&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="152"/>
        <source>Taawun needs your name before it records anything: every record is signed with it. Nothing has been saved. Quit now and give your name at the next start?</source>
        <translation>Taawun a besoin de votre nom avant d&apos;enregistrer quoi que ce soit&#xa0;: chaque fiche est signée de ce nom. Rien n&apos;a été enregistré. Quitter maintenant et donner votre nom au prochain démarrage&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="158"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="234"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="236"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="242"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="245"/>
        <source>Import only the valid rows (leave out those with problems)</source>
        <translation>Importer seulement les lignes valides (écarter celles qui ont des problèmes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="247"/>
        <source>Leave out the rows that may duplicate a record or another row</source>
        <translation>Écarter les lignes qui doublent peut-être une fiche ou une autre ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="261"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="195"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="196"/>
        <source>Each column of the sheet, and the field it is read as.</source>
        <translation>Chaque colonne de la feuille, et le champ où elle est lue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="200"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="215"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="139"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="146"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="154"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="155"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="156"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="302"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="309"/>
        <source>Review the conflicts</source>
        <translation>Examiner les conflits</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="322"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="335"/>
        <source>Review them on the Sync page, under “Conflicts to review”: keep the sheet&apos;s version or the other, field by field if need be.</source>
        <translation>Examinez-les sur la page « Synchronisation », sous « Conflits à examiner » : gardez la version de la feuille ou l&apos;autre, champ par champ s&apos;il le faut.</translation>
    </message>
</context>
<context>
    <name>InviteCodeDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="272"/>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="274"/>
        <source>The invite was written to this file:</source>
        <translation>L&apos;invitation a été écrite dans ce fichier :</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="291"/>
        <source>Read this code aloud to the person at the new laptop, or write it on paper. Never put it on the stick with the invite: whoever found both could join the organisation. It is shown only now.</source>
        <translation>Lisez ce code à voix haute à la personne devant le nouvel ordinateur, ou écrivez-le sur papier. Ne le mettez jamais sur la clé avec l&apos;invitation : qui trouverait les deux pourrait rejoindre l&apos;organisation. Il n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="297"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="206"/>
        <source>Invite a laptop</source>
        <translation>Inviter un ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="207"/>
        <source>The invite is a file for the new laptop (put it on a stick) and a code shown afterwards, which you read to the agent or write on paper. Give the laptop&apos;s id if it already has data (its Settings › Organisation page shows it); leave it empty for a laptop starting afresh.</source>
        <translation>L&apos;invitation est un fichier pour le nouvel ordinateur (à mettre sur une clé) et un code affiché ensuite, que vous lisez à l&apos;agent ou écrivez sur papier. Donnez l&apos;identifiant de l&apos;ordinateur s&apos;il contient déjà des données (sa page Paramètres › Organisation l&apos;affiche) ; laissez-le vide pour un ordinateur qui commence.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="213"/>
        <source>e.g. Fatima&apos;s laptop, Azilal</source>
        <translation>p. ex. ordinateur de Fatima, Azilal</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="215"/>
        <source>Laptop&apos;s name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="217"/>
        <source>empty: a new id</source>
        <translation>vide : un nouvel identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="218"/>
        <source>Laptop&apos;s id (optional)</source>
        <translation>Identifiant de l&apos;ordinateur (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="219"/>
        <source>A coordinator&apos;s laptop (it receives the organisation&apos;s key)</source>
        <translation>Ordinateur d&apos;un coordinateur (il reçoit la clé de l&apos;organisation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="235"/>
        <source>Save the invite</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="236"/>
        <source>Taawun invites (%1)</source>
        <translation>Invitations Taawun (%1)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="166"/>
        <source>Join an organisation</source>
        <translation>Rejoindre une organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="167"/>
        <source>Choose the invite file the coordinator gave you (on a stick), type the invite code the coordinator read to you, and choose this laptop&apos;s passphrase.</source>
        <translation>Choisissez le fichier d&apos;invitation que le coordinateur vous a donné (sur une clé), tapez le code d&apos;invitation qu&apos;il vous a lu, et choisissez la phrase de passe de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="172"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="177"/>
        <location filename="../../app/ui/organisation_dialogs.py" line="187"/>
        <source>Invite file</source>
        <translation>Fichier d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="180"/>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="181"/>
        <source>Passphrase of this laptop</source>
        <translation>Phrase de passe de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="188"/>
        <source>Taawun invites (%1);;All files (*)</source>
        <translation>Invitations Taawun (%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="77"/>
        <source>Removed</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="80"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="92"/>
        <source> (this laptop)</source>
        <translation> (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="111"/>
        <source>Filter this list</source>
        <translation>Filtrer cette liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="116"/>
        <source>New (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="117"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="154"/>
        <source>%n record(s) or more</source>
        <translation>
            <numerusform>%n fiche ou plus</numerusform>
            <numerusform>%n fiches ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="156"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
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
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>&amp;Go to record…</source>
        <translation>&amp;Aller à la fiche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Summary &amp;report…</source>
        <translation>&amp;Rapport de synthèse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Paper for&amp;m…</source>
        <translation>For&amp;mulaire papier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>&amp;Export everything to Excel…</source>
        <translation>&amp;Exporter toutes les données vers Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Restore a backu&amp;p…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Proposed &amp;forms…</source>
        <translation>&amp;Formulaires proposés…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Possible &amp;duplicates…</source>
        <translation>&amp;Doublons possibles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Match provinces…</source>
        <translation>&amp;Rapprocher les provinces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>&amp;About Taawun</source>
        <translation>À &amp;propos de Taawun</translation>
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
        <translation>La même phrase de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_dialogs.py" line="117"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="134"/>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="135"/>
        <source>Join…</source>
        <translation>Rejoindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="152"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="153"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="154"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="155"/>
        <source>Export the public part…</source>
        <translation>Exporter la partie publique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="190"/>
        <source>This laptop belongs to no organisation.</source>
        <translation>Cet ordinateur n&apos;appartient à aucune organisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="191"/>
        <source>This laptop&apos;s id: %1</source>
        <translation>Identifiant de cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="192"/>
        <source>In an organisation, files on sticks are sealed (only its laptops can read them) and every change is signed by the laptop that made it. A coordinator creates the organisation, then invites each laptop: give the coordinator this laptop&apos;s id if it already holds data.</source>
        <translation>Dans une organisation, les fichiers sur clé sont scellés (seuls ses ordinateurs peuvent les lire) et chaque modification est signée par l&apos;ordinateur qui l&apos;a faite. Un coordinateur crée l&apos;organisation, puis invite chaque ordinateur : donnez-lui l&apos;identifiant de cet ordinateur s&apos;il contient déjà des données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="199"/>
        <source>not in the list</source>
        <translation>absent de la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="200"/>
        <source>Organisation “%1”</source>
        <translation>Organisation « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="201"/>
        <source>This laptop&apos;s id: %1 · %2</source>
        <translation>Identifiant de cet ordinateur : %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="203"/>
        <source>As a coordinator&apos;s laptop, this one invites laptops and removes a lost or stolen one. Every change to the list reaches the other laptops with the next files exchanged.</source>
        <translation>Ordinateur d&apos;un coordinateur, celui-ci invite les ordinateurs et retire un ordinateur perdu ou volé. Chaque changement de la liste parvient aux autres ordinateurs avec les prochains fichiers échangés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="206"/>
        <source>A coordinator invites laptops and removes a lost or stolen one; this page shows the list as it last reached this laptop.</source>
        <translation>Un coordinateur invite les ordinateurs et retire un ordinateur perdu ou volé ; cette page montre la liste telle qu&apos;elle est parvenue en dernier à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="212"/>
        <source>This database is a restored copy: it became a new device, which the list does not name, so it can neither sign nor export its changes. Give a coordinator this laptop&apos;s id for a new invite, then join with it.</source>
        <translation>Cette base est une copie restaurée : elle est devenue un nouvel appareil, absent de la liste, et ne peut ni signer ni exporter ses modifications. Donnez à un coordinateur l&apos;identifiant de cet ordinateur pour une nouvelle invitation, puis rejoignez l&apos;organisation avec elle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="248"/>
        <source>The organisation was created; this laptop is its coordinator.</source>
        <translation>L&apos;organisation a été créée ; cet ordinateur en est le coordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="264"/>
        <source>This laptop has joined the organisation.</source>
        <translation>Cet ordinateur a rejoint l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="279"/>
        <source>The invite was written to %1.</source>
        <translation>L&apos;invitation a été écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="288"/>
        <source>Remove the laptop “%1” (%2) from the organisation? Its new files will be refused everywhere the new list arrives, and it cannot come back under this id. Its work up to %3 (the newest this laptop holds) stays; if it passed later work to another laptop, merge that laptop&apos;s file first.</source>
        <translation>Retirer l&apos;ordinateur « %1 » (%2) de l&apos;organisation ? Ses nouveaux fichiers seront refusés partout où arrive la nouvelle liste, et il ne reviendra pas sous cet identifiant. Son travail jusqu&apos;au %3 (le plus récent que cet ordinateur détient) reste ; s&apos;il a transmis un travail plus récent à un autre ordinateur, fusionnez d&apos;abord le fichier de celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="293"/>
        <source>Remove a laptop</source>
        <translation>Retirer un ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="304"/>
        <source>The laptop “%1” was removed. Export a package to every laptop so the new list reaches them.</source>
        <translation>L&apos;ordinateur « %1 » a été retiré. Exportez un paquet vers chaque ordinateur pour que la nouvelle liste leur parvienne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="315"/>
        <source>The passphrase was changed. Every file stays readable.</source>
        <translation>La phrase de passe a été changée. Tous les fichiers restent lisibles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="318"/>
        <source>Export the public part</source>
        <translation>Exporter la partie publique</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="319"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisation_page.py" line="330"/>
        <source>The public part (the list of laptops and their public keys) was written to %1.</source>
        <translation>La partie publique (la liste des ordinateurs et leurs clés publiques) a été écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="34"/>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="41"/>
        <source>Filled in with the open record, to check</source>
        <translation>Rempli avec la fiche ouverte, à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="46"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/paper_export.py" line="47"/>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
</context>
<context>
    <name>PaperExporter</name>
    <message>
        <location filename="../../app/ui/paper_export.py" line="93"/>
        <source>Preparing the paper form…</source>
        <translation>Préparation du formulaire papier…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="66"/>
        <source>This laptop&apos;s passphrase</source>
        <translation>Phrase de passe de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="69"/>
        <source>Taawun needs this laptop&apos;s keys for the organisation “%1”. Type the laptop&apos;s passphrase: the keys stay open until Taawun is closed.</source>
        <translation>Taawun a besoin des clés de cet ordinateur pour l&apos;organisation « %1 ». Tapez la phrase de passe de l&apos;ordinateur : les clés restent ouvertes jusqu&apos;à la fermeture de Taawun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase de passe…</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="62"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="61"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PhotosWidget</name>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="38"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="39"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="105"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="107"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/photos.py" line="180"/>
        <source>Not added (not a readable picture): %1</source>
        <translation>Non ajoutée(s) (image illisible) : %1</translation>
    </message>
</context>
<context>
    <name>PlaceMatchingDialog</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="104"/>
        <source>Match provinces</source>
        <translation>Rapprocher les provinces</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="121"/>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="122"/>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="128"/>
        <source>Accept the ticked proposals</source>
        <translation>Accepter les propositions cochées</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="142"/>
        <source>These records give their province as text. Tick each official province that is right and accept: each ticked record gets a new version with the province from the list.</source>
        <translation>Ces fiches donnent leur province en texte. Cochez chaque province officielle juste et acceptez : chaque fiche cochée reçoit une nouvelle version avec la province de la liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="144"/>
        <source>No province typed as text to match to the official list.</source>
        <translation>Aucune province saisie en texte à rapprocher de la liste officielle.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Province as typed</source>
        <translation>Province telle que saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/place_matching_dialog.py" line="58"/>
        <source>Official province</source>
        <translation>Province officielle</translation>
    </message>
</context>
<context>
    <name>ProvinceWidget</name>
    <message>
        <location filename="../../app/ui/forms/places.py" line="103"/>
        <source>%1 (as typed)</source>
        <translation>%1 (tel que saisi)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="50"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="51"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>&amp;Look in:</source>
        <translation>Regarder &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>Directory:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>Directories</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="42"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="44"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="45"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="46"/>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="47"/>
        <source>Create New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="48"/>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="49"/>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="26"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="36"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="37"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="38"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="39"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/list_page.py" line="40"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../app/ui/record_page.py" line="154"/>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="155"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="156"/>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="157"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="158"/>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="159"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="217"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="224"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="263"/>
        <source>Nothing to save yet: fill in the form first.</source>
        <translation>Rien à enregistrer pour l&apos;instant : remplissez d&apos;abord le formulaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="290"/>
        <source>Not finalised. Fix these fields first (each problem is shown under its field): %1</source>
        <translation>Fiche non finalisée. Corrigez d&apos;abord ces champs (chaque problème est indiqué sous son champ) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved as a draft.</source>
        <translation>Fiche enregistrée comme brouillon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="320"/>
        <source>Saved and finalised.</source>
        <translation>Fiche enregistrée et finalisée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="357"/>
        <source>Saved. It may be the same as (File › Possible duplicates… joins two records into one):</source>
        <translation>Enregistrée. Elle est peut-être la même que (Fichier › Doublons possibles… fusionne deux fiches en une) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_page.py" line="408"/>
        <source>Delete this record? It stays in the history.</source>
        <translation>Supprimer cette fiche ? Elle reste dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="54"/>
        <source>Taawun: the database is damaged</source>
        <translation>Taawun : la base est endommagée</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="76"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="78"/>
        <source>Quit without changing anything</source>
        <translation>Quitter sans rien changer</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="80"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="199"/>
        <source>Type part of the name…</source>
        <translation>Tapez une partie du nom…</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="131"/>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="181"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="182"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs.py" line="295"/>
        <source>Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?</source>
        <translation>
            <numerusform>Taawun a été fermé avant l&apos;enregistrement de %n formulaire (dernière copie&#xa0;: %1). Le restaurer&#xa0;?</numerusform>
            <numerusform>Taawun a été fermé avant l&apos;enregistrement de %n formulaires (dernière copie&#xa0;: %1). Les restaurer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="303"/>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/ui/search_page.py" line="128"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="131"/>
        <source>Search cooperatives, visits and workshops (Ctrl+F)</source>
        <translation>Rechercher dans les coopératives, visites et rencontres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_page.py" line="139"/>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Trouvé dans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_page.py" line="177"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../app/ui/server_box.py" line="96"/>
        <source>Set…</source>
        <translation>Définir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="97"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="98"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="99"/>
        <source>Send this laptop&apos;s changes to the server, then merge the others&apos;</source>
        <translation>Envoyer les changements de cet ordinateur au serveur, puis fusionner ceux des autres</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="130"/>
        <source>none set for this laptop</source>
        <translation>aucun n&apos;est défini pour cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="138"/>
        <source>Organisation server: %1</source>
        <translation>Serveur de l&apos;organisation : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="146"/>
        <source>Never synced with this server</source>
        <translation>Jamais synchronisé avec ce serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n document(s) sent</source>
        <translation>
            <numerusform>%n document envoyé</numerusform>
            <numerusform>%n documents envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="150"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n fiche reçue</numerusform>
            <numerusform>%n fiches reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="152"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="155"/>
        <source>Last sync: %1 — %2</source>
        <translation>Synchronisé le %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="206"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="306"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_box.py" line="335"/>
        <source>%n record(s) arrived from the organisation server</source>
        <translation>
            <numerusform>%n fiche arrivée du serveur de l&apos;organisation</numerusform>
            <numerusform>%n fiches arrivées du serveur de l&apos;organisation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="336"/>
        <source>The organisation server sent changes: see the Sync page</source>
        <translation>Le serveur de l&apos;organisation a envoyé des changements : voir la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_box.py" line="348"/>
        <source>Background sync: %1</source>
        <translation>Synchronisation en arrière-plan : %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="57"/>
        <source>Organisation server</source>
        <translation>Serveur de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="73"/>
        <source>Kept: leave empty to keep it</source>
        <translation>Gardé : laissez vide pour le garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="74"/>
        <source>Database address</source>
        <translation>Adresse de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="75"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="76"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/server_dialog.py" line="77"/>
        <source>Sync every %n minute(s) in the background</source>
        <translation>
            <numerusform>Synchroniser en arrière-plan chaque minute</numerusform>
            <numerusform>Synchroniser en arrière-plan toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="84"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_dialog.py" line="144"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="187"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="192"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="209"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="210"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="211"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="212"/>
        <source>Name of this laptop</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="213"/>
        <source>Organisation (report headers)</source>
        <translation>Organisation (en-tête des rapports)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="217"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="218"/>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="220"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <location filename="../../app/ui/dialogs.py" line="273"/>
        <source>Logo (report headers)</source>
        <translation>Logo (en-tête des rapports)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="227"/>
        <source>Keep the daily backups for</source>
        <translation>Garder les sauvegardes quotidiennes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="232"/>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="235"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="241"/>
        <location filename="../../app/ui/dialogs.py" line="279"/>
        <source>Shared folder (sync)</source>
        <translation>Dossier partagé (synchronisation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="249"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="274"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedFolderBox</name>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="48"/>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="61"/>
        <source>No folder chosen:</source>
        <translation>Aucun dossier choisi :</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="62"/>
        <source>choose it in Settings</source>
        <translation>le choisir dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="68"/>
        <source>Export there</source>
        <translation>Y exporter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="69"/>
        <source>Merge new files</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="70"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="71"/>
        <source>Write this laptop&apos;s data into the shared folder</source>
        <translation>Écrire les données de cet ordinateur dans le dossier partagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="72"/>
        <source>Merge the files other laptops left there since the last merge</source>
        <translation>Fusionner les fichiers que les autres ordinateurs y ont laissés depuis la dernière fusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="73"/>
        <source>Export this laptop&apos;s data there, then merge the new files of the others</source>
        <translation>Y exporter les données de cet ordinateur, puis fusionner les nouveaux fichiers des autres</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="122"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>%n new file(s) waiting</source>
        <translation>
            <numerusform>%n nouveau fichier en attente</numerusform>
            <numerusform>%n nouveaux fichiers en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="131"/>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_folder_box.py" line="140"/>
        <source>Cannot be reached</source>
        <translation>Inaccessible</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="51"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="54"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="55"/>
        <source>CSV files, one per sheet (.csv)</source>
        <translation>Fichiers CSV, un par feuille (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="57"/>
        <source>Choices as their codes (for other programs), not their labels</source>
        <translation>Les choix par leurs codes (pour d&apos;autres logiciels), pas leurs libellés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="58"/>
        <source>Also save the photos, in a folder beside the file</source>
        <translation>Enregistrer aussi les photos, dans un dossier à côté du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="59"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="60"/>
        <source>Language of the headers and choices</source>
        <translation>Langue des en-têtes et des choix</translation>
    </message>
</context>
<context>
    <name>SheetExporter</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="123"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../app/ui/sheet_export.py" line="84"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>SheetImportFiles</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="55"/>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
</context>
<context>
    <name>SheetImportWizard</name>
    <message>
        <location filename="../../app/ui/sheet_import.py" line="82"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../app/ui/report_export.py" line="139"/>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="150"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="151"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="152"/>
        <source>Province (optional)</source>
        <translation>Province (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_export.py" line="153"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync_page.py" line="96"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="104"/>
        <source>Choose the files to merge</source>
        <translation>Choisir les fichiers à fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="105"/>
        <source>Taawun packages (*%1);;All files (*)</source>
        <translation>Paquets Taawun (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="130"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="133"/>
        <source>Look for sticks</source>
        <translation>Chercher les clés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="134"/>
        <source>Another folder…</source>
        <translation>Autre dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="144"/>
        <source>Export this laptop&apos;s data</source>
        <translation>Exporter les données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="145"/>
        <source>Merge files…</source>
        <translation>Fusionner des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="156"/>
        <source>Files here</source>
        <translation>Fichiers ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="127"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="161"/>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="162"/>
        <source>Double-click a file to merge it</source>
        <translation>Double-cliquez sur un fichier pour le fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="179"/>
        <source>What the last export or merge did is shown here.</source>
        <translation>Le résultat du dernier export ou de la dernière fusion s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="196"/>
        <source>Possible duplicates…</source>
        <translation>Doublons possibles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="232"/>
        <source>Looking for sticks…</source>
        <translation>Recherche des clés…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="313"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="317"/>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="333"/>
        <source>No stick found: plug one in, or choose a folder</source>
        <translation>Aucune clé trouvée : branchez-en une ou choisissez un dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_page.py" line="437"/>
        <source>%n likely duplicate pair(s) involve records this merge brought or changed.</source>
        <translation>
            <numerusform>%n paire de doublons probables concerne des fiches apportées ou modifiées par cette fusion.</numerusform>
            <numerusform>%n paires de doublons probables concernent des fiches apportées ou modifiées par cette fusion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_page.py" line="439"/>
        <source>No likely duplicates among the records this merge brought or changed.</source>
        <translation>Aucun doublon probable parmi les fiches apportées ou modifiées par cette fusion.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="39"/>
        <source>%n record(s) (deleted ones included)</source>
        <translation>
            <numerusform>%n fiche (supprimées comprises)</numerusform>
            <numerusform>%n fiches (supprimées comprises)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="40"/>
        <source>%n version(s) in the history</source>
        <translation>
            <numerusform>%n version dans l&apos;historique</numerusform>
            <numerusform>%n versions dans l&apos;historique</numerusform>
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
        <translation>Exporté&#xa0;: %1. Le fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_words.py" line="45"/>
        <source>Sealed for the laptops of the organisation “%1”: only they can open it.</source>
        <translation>Scellé pour les ordinateurs de l&apos;organisation « %1 » : eux seuls peuvent l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n nouvelle fiche</numerusform>
            <numerusform>%n nouvelles fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="66"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="67"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="69"/>
        <source>%n version(s) added to the history</source>
        <translation>
            <numerusform>%n version ajoutée à l&apos;historique</numerusform>
            <numerusform>%n versions ajoutées à l&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="73"/>
        <source>%n form definition(s) proposed (File › Proposed forms…)</source>
        <translation>
            <numerusform>%n formulaire proposé (Fichier › Formulaires proposés…)</numerusform>
            <numerusform>%n formulaires proposés (Fichier › Formulaires proposés…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="76"/>
        <source>%n record(s) edited on both laptops at once: the newer version is shown meanwhile. Review them below, under “Conflicts to review”.</source>
        <translation>
            <numerusform>%n fiche modifiée sur les deux ordinateurs à la fois&#xa0;: la version la plus récente est affichée en attendant. Examinez-la ci-dessous, dans «&#xa0;Conflits à examiner&#xa0;».</numerusform>
            <numerusform>%n fiches modifiées sur les deux ordinateurs à la fois&#xa0;: la version la plus récente est affichée en attendant. Examinez-les ci-dessous, dans «&#xa0;Conflits à examiner&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_words.py" line="78"/>
        <source>%n conflict(s) resolved on another laptop</source>
        <translation>
            <numerusform>%n conflit résolu sur un autre ordinateur</numerusform>
            <numerusform>%n conflits résolus sur un autre ordinateur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="319"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="320"/>
        <source>This form has changes that are not saved.</source>
        <translation>Ce formulaire contient des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <location filename="../../app/ui/application.py" line="91"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="92"/>
        <source>The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?</source>
        <translation>La base est vide. Charger l&apos;événement de démonstration (la rencontre de M&apos;rirt) pour découvrir Taawun ?</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/words.py" line="23"/>
        <source>%1: new record</source>
        <translation>%1&#xa0;: nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="28"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
</TS>
