"""The command line's own sentences: output, input in any code page, installation checks (`taawun selftest`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- command output -----------------------------------------------------------------------------------------
    "record_saved": {
        "ar": "حفظ السجل {id} (النسخة {version})",
        "fr": "Fiche {id} enregistrée (version {version})",
        "en": "Record {id} saved (version {version})",
    },
    "record_removed": {
        "ar": "حذف السجل {id}؛ يبقى في السجل التاريخي",
        "fr": "Fiche {id} supprimée ; elle reste dans l'historique",
        "en": "Record {id} deleted; it stays in the history",
    },
    "record_summary": {
        "ar": "المعرف {id} · {state} · النسخة {version} · {author} على {device} · {time}",
        "fr": "Identifiant {id} · {state} · version {version} · {author} sur {device} · {time}",
        "en": "Id {id} · {state} · version {version} · {author} on {device} · {time}",
    },
    "state_draft": {"ar": "مسودة", "fr": "brouillon", "en": "draft"},
    "state_final": {"ar": "نهائي", "fr": "définitive", "en": "final"},
    "version_deleted": {"ar": "حذف", "fr": "suppression", "en": "deleted"},
    "history_line": {
        "ar": "النسخة {version} · {time} · {author} على {device} · {what}",
        "fr": "Version {version} · {time} · {author} sur {device} · {what}",
        "en": "Version {version} · {time} · {author} on {device} · {what}",
    },
    # Where a version came from (app/core/origin.py): an import's file and row, or another origin as it is.
    "history_imported_from": {
        "ar": "مستورد من {file}، السطر {row}",
        "fr": "Importé de {file}, ligne {row}",
        "en": "Imported from {file}, row {row}",
    },
    "history_origin": {"ar": "المصدر: {origin}", "fr": "Provenance : {origin}", "en": "Origin: {origin}"},
    "forms_check_needs_file": {
        "ar": "حدد ملف الاستمارة: taawun forms check FILE",
        "fr": "Indiquez le fichier du formulaire : taawun forms check FICHIER",
        "en": "Name the form file: taawun forms check FILE",
    },
    # --- installation checks: `taawun selftest` (app/cli/selftest.py) and `taawun gui --smoke` (app/main.py) -----
    "selftest_failed": {
        "ar": "فشل الفحص الذاتي في خطوة «{step}»: {detail}",
        "fr": "L'autotest a échoué à l'étape « {step} » : {detail}",
        "en": "Self-test failed at the step “{step}”: {detail}",
    },
    "gui_smoke_passed": {
        "ar": "ظهرت النافذة ({platform}): ترجمات Qt {qt}، خطوط الواجهة {fonts}",
        "fr": "La fenêtre s'est affichée ({platform}) : traductions de Qt {qt}, polices {fonts}",
        "en": "The window was shown ({platform}): Qt translations {qt}, interface fonts {fonts}",
    },
    "gui_upgrading_database": {
        "ar": "جارٍ تحديث قاعدة البيانات لهذا الإصدار… يحدث هذا مرة واحدة وقد يستغرق بضع ثوانٍ",
        "fr": "Mise à jour de la base de données pour cette version… Cela n'arrive qu'une fois et peut prendre"
        " quelques secondes",
        "en": "Updating the database for this version… This happens once and may take a few seconds",
    },
    "gui_smoke_failed": {
        "ar": "فشل فحص النافذة: {detail}",
        "fr": "Le contrôle de la fenêtre a échoué : {detail}",
        "en": "The window check failed: {detail}",
    },
    # --- command-line input in any code page (issue 13, point 4) ----------------------------------------------------
    "input_not_utf8": {
        "ar": "تعذرت قراءة النص في {path}: ليس بترميز UTF-8 (ولا UTF-16 مع علامة ترتيب البايتات). احفظ الملف بترميز "
        "UTF-8 (في المفكرة: حفظ باسم ثم الترميز UTF-8) ثم أعد المحاولة. لم يكتب أي شيء.",
        "fr": "Le texte de {path} ne peut pas être lu : il n'est pas en UTF-8 (ni en UTF-16 avec indicateur d'ordre "
        "des octets). Enregistrez le fichier en UTF-8 (Bloc-notes : Enregistrer sous, codage UTF-8) et "
        "réessayez. Rien n'a été écrit.",
        "en": "The text of {path} cannot be read: it is not UTF-8 (nor UTF-16 with a byte order mark). Save the file "
        "as UTF-8 (Notepad: Save as, encoding UTF-8) and try again. Nothing was written.",
    },
    # --- the command line's sentences with counts given as parameters (app/cli/) ---
    "cli_check_ok": {
        "ar": "قاعدة البيانات سليمة: {records}، و{history} في السجل التاريخي، و{photos}",
        "fr": "La base est saine : {records}, {history} dans l'historique, {photos}",
        "en": "The database is sound: {records}, {history} in history, {photos}",
    },
    "cli_search_index_rebuilt": {
        "ar": "أعيد بناء فهرس البحث (السجلات المفهرسة: {count})",
        "fr": "Index de recherche reconstruit (fiches indexées : {count})",
        "en": "Search index rebuilt (records indexed: {count})",
    },
    "cli_form_file_ok": {
        "ar": "الاستمارة «{form}» (النسخة {version}) صالحة: {fields}",
        "fr": "Le formulaire « {form} » (version {version}) est valide : {fields}",
        "en": "Form “{form}” (version {version}) is valid: {fields}",
    },
    "cli_report_written": {
        "ar": "كتب التقرير في {path} ({pages})",
        "fr": "Rapport écrit dans {path} ({pages})",
        "en": "Report written to {path} ({pages})",
    },
    "cli_sync_exported": {
        "ar": "تم التصدير: {records} (مع المحذوفة)، و{history}، و{photos}، في الملف:",
        "fr": "Exporté : {records} (supprimées comprises), {history}, {photos}, dans le fichier :",
        "en": "Exported {records} (deleted ones included), {history}, {photos} to:",
    },
    "cli_selftest_passed": {
        "ar": "نجح الفحص الذاتي: {forms}، و{records} في قاعدة البيانات، وتقرير ({pages})",
        "fr": "Autotest réussi : {forms}, {records} dans la base, un rapport ({pages})",
        "en": "Self-test passed: {forms}, {records} in the database, a report ({pages})",
    },
    "cli_selftest_removed": {
        "ar": "حذفت الملفات المؤقتة (للاحتفاظ بقاعدة البيانات أو بالتقرير استعمل الخيارين --db و--out)",
        "fr": "Les fichiers temporaires ont été supprimés (--db et --out gardent la base et le rapport)",
        "en": "The temporary files were removed (--db and --out keep the database and the report)",
    },
    "cli_selftest_kept_db": {
        "ar": "قاعدة البيانات: {path}",
        "fr": "Base de données : {path}",
        "en": "Database: {path}",
    },
    "cli_selftest_kept_pdf": {
        "ar": "التقرير: {path}",
        "fr": "Rapport : {path}",
        "en": "Report: {path}",
    },
    "cli_db_missing": {
        "ar": "لا توجد قاعدة بيانات في {path}: تحقق من اسم الملف. لا ينشئ الملف إلا أمر يكتب (add أو demo أو import "
        "أو sync merge أو sync pull أو sync now أو restore أو org create أو org join).",
        "fr": "Il n'y a pas de base de données à {path} : vérifiez le nom du fichier. Seule une commande qui écrit "
        "(add, demo, import, sync merge, sync pull, sync now, restore, org create ou org join) crée le fichier.",
        "en": "There is no database at {path}: check the file name. Only a command that writes (add, demo, import, "
        "sync merge, sync pull, sync now, restore, org create or org join) creates the file.",
    },
    "cli_unknown_choice": {
        "ar": "«{value}» ليس من اختيارات الحقل «{field}». الاختيارات الممكنة: {choices}",
        "fr": "« {value} » ne fait pas partie des choix du champ « {field} ». Choix possibles : {choices}",
        "en": "“{value}” is not one of the choices of “{field}”. The choices are: {choices}",
    },
    "cli_draft_bad_choice": {
        "ar": "تنبيه: حفظت المسودة، لكن «{value}» ليس من اختيارات الحقل «{field}»، فبقي كما كتب. الاختيارات الممكنة: "
        "{choices}. صححه بالأمر taawun edit قبل اعتماد السجل.",
        "fr": "Attention : brouillon enregistré, mais « {value} » ne fait pas partie des choix du champ « {field} » ;"
        " il est gardé tel quel. Choix possibles : {choices}. Corrigez-le avec taawun edit avant de finaliser.",
        "en": "Warning: draft saved, but “{value}” is not one of the choices of “{field}”; it is kept as typed. The "
        "choices are: {choices}. Correct it with taawun edit before finalising.",
    },
    "cli_reference_none": {
        "ar": "لا يوجد أي سجل من «{form}» اسمه «{value}» (الحقل «{field}»): أعط معرفه أو اسمه كما هو.",
        "fr": "Aucune fiche « {form} » ne s'appelle « {value} » (champ « {field} ») : donnez son identifiant ou son "
        "nom exact.",
        "en": "No “{form}” record is called “{value}” (field “{field}”): give its id or its exact name.",
    },
    "cli_reference_ambiguous": {
        "ar": "الاسم «{value}» (الحقل «{field}») يطابق عدة سجلات من «{form}»؛ أعط معرف أحدها:\n{candidates}",
        "fr": "Le nom « {value} » (champ « {field} ») désigne plusieurs fiches « {form} » ; donnez l'identifiant de "
        "l'une d'elles :\n{candidates}",
        "en": "The name “{value}” (field “{field}”) matches several “{form}” records; give the id of one:\n"
        "{candidates}",
    },
    "cli_form_header": {
        "ar": "الاستمارة {form} «{label}» (النسخة {version})",
        "fr": "Formulaire {form} « {label} » (version {version})",
        "en": "Form {form} “{label}” (version {version})",
    },
    "cli_form_required": {"ar": "إلزامي", "fr": "obligatoire", "en": "required"},
    "cli_form_refers_to": {"ar": "يشير إلى {form}", "fr": "renvoie à {form}", "en": "refers to {form}"},
    "cli_type_text": {"ar": "نص", "fr": "texte", "en": "text"},
    "cli_type_long_text": {"ar": "نص طويل", "fr": "texte long", "en": "long text"},
    "cli_type_integer": {"ar": "عدد صحيح", "fr": "nombre entier", "en": "whole number"},
    "cli_type_decimal": {"ar": "عدد", "fr": "nombre", "en": "number"},
    "cli_type_date": {"ar": "تاريخ", "fr": "date", "en": "date"},
    "cli_type_select_one": {"ar": "اختيار واحد", "fr": "un choix", "en": "one choice"},
    "cli_type_select_multiple": {"ar": "اختيار متعدد", "fr": "plusieurs choix", "en": "several choices"},
    "cli_type_phone": {"ar": "رقم هاتف", "fr": "téléphone", "en": "phone number"},
    "cli_type_reference": {"ar": "إحالة إلى سجل", "fr": "lien vers une fiche", "en": "link to a record"},
    "cli_type_geopoint": {"ar": "موقع GPS", "fr": "position GPS", "en": "GPS position"},
    "cli_type_photos": {"ar": "صور", "fr": "photos", "en": "photos"},
    "cli_type_group": {"ar": "مجموعة متكررة", "fr": "groupe répété", "en": "repeated group"},
    "cli_history_empty_value": {"ar": "(فارغ)", "fr": "(vide)", "en": "(empty)"},
    "cli_history_change": {
        "ar": "{field}: من {old} إلى {new}",
        "fr": "{field} : {old} → {new}",
        "en": "{field}: {old} → {new}",
    },
    "cli_history_more": {
        "ar": "… وحقول أخرى ({count})",
        "fr": "… et d'autres champs ({count})",
        "en": "… and more fields ({count})",
    },
}
