"""Every known condition's message, in Arabic, French and English.

Messages are looked up by code so that the core never builds user-facing sentences itself; the window and the
command line choose the language. Placeholders use `str.format` names.
"""

from __future__ import annotations

from typing import Any

from app.core.shown import Shown, shown_param

LANGUAGES = ("ar", "fr", "en")
DEFAULT_LANGUAGE = "ar"

MESSAGES: dict[str, dict[str, str]] = {
    # --- field values -------------------------------------------------------------------------------------------
    "required": {
        "ar": "هذا الحقل إلزامي",
        "fr": "Ce champ est obligatoire",
        "en": "This field is required",
    },
    "not_text": {
        "ar": "يجب أن تكون القيمة نصا",
        "fr": "La valeur doit être un texte",
        "en": "The value must be text",
    },
    "text_has_line_break": {
        "ar": "هذا الحقل سطر واحد: أزل فواصل الأسطر",
        "fr": "Ce champ tient sur une ligne : retirez les retours à la ligne",
        "en": "This field is a single line: remove the line breaks",
    },
    "too_short": {
        "ar": "النص قصير جدا: {min} حرفا على الأقل",
        "fr": "Texte trop court : au moins {min} caractères",
        "en": "Too short: at least {min} characters",
    },
    "too_long": {
        "ar": "النص طويل جدا: {max} حرفا على الأكثر",
        "fr": "Texte trop long : au plus {max} caractères",
        "en": "Too long: at most {max} characters",
    },
    "not_integer": {
        "ar": "«{value}» ليس عددا صحيحا",
        "fr": "« {value} » n'est pas un nombre entier",
        "en": "“{value}” is not a whole number",
    },
    "not_decimal": {
        "ar": "«{value}» ليس عددا",
        "fr": "« {value} » n'est pas un nombre",
        "en": "“{value}” is not a number",
    },
    "below_min": {
        "ar": "القيمة أصغر من الحد الأدنى {min}",
        "fr": "La valeur est inférieure au minimum {min}",
        "en": "The value is below the minimum {min}",
    },
    "above_max": {
        "ar": "القيمة أكبر من الحد الأقصى {max}",
        "fr": "La valeur dépasse le maximum {max}",
        "en": "The value is above the maximum {max}",
    },
    "not_date": {
        "ar": "«{value}» ليس تاريخا صحيحا (السنة-الشهر-اليوم، مثلا 2025-05-17)",
        "fr": "« {value} » n'est pas une date valide (AAAA-MM-JJ, par exemple 2025-05-17)",
        "en": "“{value}” is not a valid date (YYYY-MM-DD, e.g. 2025-05-17)",
    },
    "not_a_choice": {
        "ar": "«{value}» ليس من الاختيارات الممكنة",
        "fr": "« {value} » ne fait pas partie des choix possibles",
        "en": "“{value}” is not one of the choices",
    },
    "duplicate_choice": {
        "ar": "الاختيار «{value}» مكرر",
        "fr": "Le choix « {value} » est répété",
        "en": "The choice “{value}” is repeated",
    },
    "too_few_items": {
        "ar": "يلزم {min} عنصر على الأقل",
        "fr": "Il faut au moins {min} élément(s)",
        "en": "At least {min} item(s) needed",
    },
    "too_many_items": {
        "ar": "لا يمكن تجاوز {max} عنصر",
        "fr": "Pas plus de {max} élément(s)",
        "en": "No more than {max} item(s)",
    },
    "not_phone": {
        "ar": "«{value}» ليس رقم هاتف مغربيا (مثلا 0612345678 أو ‎+212612345678)",
        "fr": "« {value} » n'est pas un numéro marocain (par exemple 0612345678 ou +212612345678)",
        "en": "“{value}” is not a Moroccan phone number (e.g. 0612345678 or +212612345678)",
    },
    "not_geopoint": {
        "ar": "«{value}» ليس موقعا جغرافيا (خط العرض، خط الطول، مثلا 33.16, -5.57)",
        "fr": "« {value} » n'est pas un point GPS (latitude, longitude, par exemple 33.16, -5.57)",
        "en": "“{value}” is not a GPS point (latitude, longitude, e.g. 33.16, -5.57)",
    },
    "not_reference": {
        "ar": "«{value}» ليس معرف سجل صالحا",
        "fr": "« {value} » n'est pas un identifiant de fiche valide",
        "en": "“{value}” is not a valid record id",
    },
    "reference_not_found": {
        "ar": "لا يوجد سجل «{form}» بالمعرف {value}",
        "fr": "Aucune fiche « {form} » avec l'identifiant {value}",
        "en": "No “{form}” record with id {value}",
    },
    "not_photo_list": {
        "ar": "يجب أن تكون الصور قائمة من الصور المحفوظة",
        "fr": "Les photos doivent être une liste de photos enregistrées",
        "en": "Photos must be a list of stored photos",
    },
    "photo_not_found": {
        "ar": "الصورة {value} غير موجودة في قاعدة البيانات",
        "fr": "La photo {value} n'est pas dans la base de données",
        "en": "Photo {value} is not in the database",
    },
    "photo_unreadable": {
        "ar": "تعذرت قراءة ملف الصورة {path}",
        "fr": "Impossible de lire le fichier photo {path}",
        "en": "Cannot read the photo file {path}",
    },
    "not_group": {
        "ar": "يجب أن تكون القيمة قائمة من العناصر",
        "fr": "La valeur doit être une liste d'éléments",
        "en": "The value must be a list of entries",
    },
    "unknown_field": {
        "ar": "حقل غير معروف في هذه الاستمارة",
        "fr": "Champ inconnu dans ce formulaire",
        "en": "Unknown field in this form",
    },
    "constraint_failed": {
        "ar": "القيمة لا تحترم الشرط: {expression}",
        "fr": "La valeur ne respecte pas la condition : {expression}",
        "en": "The value does not satisfy the condition: {expression}",
    },
    "validation_failed": {
        "ar": "لم يحفظ أي شيء: {count} خطأ في الاستمارة",
        "fr": "Rien n'a été enregistré : {count} erreur(s) dans le formulaire",
        "en": "Nothing was saved: {count} error(s) in the form",
    },
    # --- records and commands -------------------------------------------------------------------------------------
    "unknown_form": {
        "ar": "لا توجد استمارة باسم «{form}» (المتاحة: {available})",
        "fr": "Aucun formulaire nommé « {form} » (disponibles : {available})",
        "en": "No form named “{form}” (available: {available})",
    },
    "form_awaits_decision": {
        "ar": "الاستمارة «{form}» وصلت في ملف مدمج ولم تعتمد بعد على هذا الحاسوب: سجلاتها محفوظة، وتظهر بعد أن يراجعها"
        " منسق ويعتمدها (ملف ‹ الاستمارات المقترحة…، أو taawun forms accept {form} {version})",
        "fr": "Le formulaire « {form} » est arrivé dans un fichier fusionné et n'est pas encore en usage sur cet"
        " ordinateur : ses fiches sont gardées et s'affichent quand un coordinateur l'a examiné et mis en usage"
        " (Fichier › Formulaires proposés…, ou taawun forms accept {form} {version})",
        "en": "The form “{form}” came in a merged file and is not in use on this laptop yet: its records are kept, and"
        " show once a coordinator has reviewed it and put it in use (File › Proposed forms…, or taawun forms accept"
        " {form} {version})",
    },
    "record_not_found": {
        "ar": "لا يوجد سجل بالمعرف {id}",
        "fr": "Aucune fiche avec l'identifiant {id}",
        "en": "No record with id {id}",
    },
    "record_deleted": {
        "ar": "السجل {id} محذوف",
        "fr": "La fiche {id} a été supprimée",
        "en": "Record {id} has been deleted",
    },
    "record_exists": {
        "ar": "يوجد سجل بالمعرف {id} مسبقا",
        "fr": "Une fiche avec l'identifiant {id} existe déjà",
        "en": "A record with id {id} already exists",
    },
    "record_in_use": {
        "ar": "لا يمكن حذف السجل {id}: {count} سجل آخر يشير إليه (احذفها أو غيرها أولا)",
        "fr": "Impossible de supprimer la fiche {id} : {count} autre(s) fiche(s) y renvoient (modifiez-les d'abord)",
        "en": "Cannot delete record {id}: {count} other record(s) refer to it (change or delete them first)",
    },
    "bad_assignment": {
        "ar": "«{text}» ليس على شكل حقل=قيمة",
        "fr": "« {text} » n'a pas la forme champ=valeur",
        "en": "“{text}” is not of the form field=value",
    },
    "bad_json": {
        "ar": "ملف JSON غير صالح: {detail}",
        "fr": "JSON invalide : {detail}",
        "en": "Invalid JSON: {detail}",
    },
    "json_not_object": {
        "ar": "يجب أن يكون JSON كائنا من الحقول والقيم",
        "fr": "Le JSON doit être un objet de champs et de valeurs",
        "en": "The JSON must be an object of fields and values",
    },
    "file_unreadable": {
        "ar": "تعذرت قراءة الملف {path}: {detail}",
        "fr": "Impossible de lire le fichier {path} : {detail}",
        "en": "Cannot read the file {path}: {detail}",
    },
    "nothing_to_change": {
        "ar": "لم تحدد أي تغيير (استعمل ‎--set حقل=قيمة أو ‎--json)",
        "fr": "Aucune modification indiquée (utilisez --set champ=valeur ou --json)",
        "en": "No change given (use --set field=value or --json)",
    },
    "demo_seed_missing": {
        "ar": "تعذر العثور على بيانات العرض",
        "fr": "Données de démonstration introuvables",
        "en": "Demo data not found",
    },
    # --- form definition files ------------------------------------------------------------------------------------
    "form_error_where": {
        "ar": "الملف {file}، الحقل {field}",
        "fr": "Fichier {file}, champ {field}",
        "en": "File {file}, field {field}",
    },
    "form_error_file": {
        "ar": "الملف {file}",
        "fr": "Fichier {file}",
        "en": "File {file}",
    },
    "form_unreadable": {
        "ar": "تعذرت قراءة الملف: {detail}",
        "fr": "Lecture du fichier impossible : {detail}",
        "en": "The file cannot be read: {detail}",
    },
    "form_yaml_syntax": {
        "ar": "خطأ في صياغة YAML: {detail}",
        "fr": "Erreur de syntaxe YAML : {detail}",
        "en": "YAML syntax error: {detail}",
    },
    "form_not_mapping": {
        "ar": "يجب أن يكون «{key}» قاموسا من المفاتيح والقيم",
        "fr": "« {key} » doit être un dictionnaire de clés et de valeurs",
        "en": "“{key}” must be a mapping of keys and values",
    },
    "form_missing_key": {
        "ar": "المفتاح «{key}» مفقود",
        "fr": "La clé « {key} » manque",
        "en": "The key “{key}” is missing",
    },
    "form_unknown_key": {
        "ar": "المفتاح «{key}» غير معروف",
        "fr": "La clé « {key} » est inconnue",
        "en": "The key “{key}” is unknown",
    },
    "form_bad_value": {
        "ar": "قيمة «{key}» غير صالحة: {expected}",
        "fr": "Valeur de « {key} » invalide : {expected}",
        "en": "Bad value for “{key}”: {expected}",
    },
    "form_bad_name": {
        "ar": "«{name}» ليس اسما صالحا (حروف لاتينية صغيرة وأرقام وشرطة سفلية، يبدأ بحرف)",
        "fr": "« {name} » n'est pas un nom valide (minuscules latines, chiffres, tiret bas ; commence par une lettre)",
        "en": "“{name}” is not a valid name (lowercase Latin letters, digits, underscore; starts with a letter)",
    },
    "form_name_mismatch": {
        "ar": "اسم الاستمارة «{name}» لا يطابق اسم الملف «{stem}»",
        "fr": "Le nom du formulaire « {name} » ne correspond pas au nom du fichier « {stem} »",
        "en": "The form name “{name}” does not match the file name “{stem}”",
    },
    "form_unknown_type": {
        "ar": "نوع الحقل «{type}» غير معروف (المتاح: {available})",
        "fr": "Type de champ « {type} » inconnu (disponibles : {available})",
        "en": "Unknown field type “{type}” (available: {available})",
    },
    "form_duplicate_name": {
        "ar": "الاسم «{name}» مستعمل أكثر من مرة",
        "fr": "Le nom « {name} » est utilisé plusieurs fois",
        "en": "The name “{name}” is used more than once",
    },
    "form_missing_translation": {
        "ar": "النص «{key}» ينقصه: {missing}",
        "fr": "Le texte « {key} » n'a pas de version : {missing}",
        "en": "The text “{key}” lacks: {missing}",
    },
    "form_bad_expression": {
        "ar": "التعبير «{expression}» غير صالح: {detail}",
        "fr": "L'expression « {expression} » est invalide : {detail}",
        "en": "The expression “{expression}” is invalid: {detail}",
    },
    "form_expression_unknown_field": {
        "ar": "التعبير «{expression}» يذكر حقلا غير موجود: {name}",
        "fr": "L'expression « {expression} » cite un champ inexistant : {name}",
        "en": "The expression “{expression}” names a field that does not exist: {name}",
    },
    "form_no_fields": {
        "ar": "لا يحتوي على أي حقل",
        "fr": "Ne contient aucun champ",
        "en": "Contains no field",
    },
    "form_no_choices": {
        "ar": "حقل الاختيار يحتاج إلى قائمة «choices»",
        "fr": "Un champ à choix a besoin d'une liste « choices »",
        "en": "A choice field needs a “choices” list",
    },
    "form_unknown_reference": {
        "ar": "الحقل يشير إلى استمارة غير موجودة: {form}",
        "fr": "Le champ renvoie à un formulaire inexistant : {form}",
        "en": "The field refers to a form that does not exist: {form}",
    },
    "form_version_older": {
        "ar": "الاستمارة «{form}» النسخة {version} أقدم من النسخة {stored} المحفوظة أو تختلف عنها بنفس الرقم",
        "fr": "Le formulaire « {form} » version {version} est plus ancien que la version {stored} enregistrée, "
        "ou en diffère sous le même numéro",
        "en": "Form “{form}” version {version} is older than the stored version {stored}, or differs from it under "
        "the same number",
    },
    "form_file_ok": {
        "ar": "الاستمارة «{form}» (النسخة {version}) صالحة: {count} حقل",
        "fr": "Le formulaire « {form} » (version {version}) est valide : {count} champ(s)",
        "en": "Form “{form}” (version {version}) is valid: {count} field(s)",
    },
    # --- database files -------------------------------------------------------------------------------------------
    "db_not_sqlite": {
        "ar": "الملف {path} ليس قاعدة بيانات تعاون (ليس ملف SQLite). لم يتم تغيير أي شيء فيه.",
        "fr": "Le fichier {path} n'est pas une base Taawun (ce n'est pas un fichier SQLite). Il n'a pas été modifié.",
        "en": "The file {path} is not a Taawun database (not an SQLite file). It was left untouched.",
    },
    "db_foreign": {
        "ar": "الملف {path} قاعدة بيانات لبرنامج آخر، وليس لتعاون. لم يتم تغيير أي شيء فيه.",
        "fr": "Le fichier {path} est la base d'une autre application, pas de Taawun. Il n'a pas été modifié.",
        "en": "The file {path} is another application's database, not Taawun's. It was left untouched.",
    },
    "db_corrupt": {
        "ar": "الملف {path} تالف أو مبتور. لم يتم تغيير أي شيء فيه. ({detail})",
        "fr": "Le fichier {path} est endommagé ou tronqué. Il n'a pas été modifié. ({detail})",
        "en": "The file {path} is damaged or truncated. It was left untouched. ({detail})",
    },
    "db_newer": {
        "ar": "الملف {path} أنشئ بنسخة أحدث من تعاون (المخطط {found}، وهذه النسخة تعرف حتى {known}). حدث البرنامج.",
        "fr": "Le fichier {path} vient d'une version plus récente de Taawun (schéma {found}, celle-ci connaît "
        "jusqu'à {known}). Mettez l'application à jour.",
        "en": "The file {path} comes from a newer Taawun (schema {found}; this version knows up to {known}). "
        "Update the application.",
    },
    "db_unreadable": {
        "ar": "تعذر فتح الملف {path}: {detail}",
        "fr": "Impossible d'ouvrir le fichier {path} : {detail}",
        "en": "Cannot open the file {path}: {detail}",
    },
    "db_readonly": {
        "ar": "لا يمكن الكتابة في قاعدة البيانات {path} (للقراءة فقط)",
        "fr": "Impossible d'écrire dans la base {path} (lecture seule)",
        "en": "Cannot write to the database {path} (read-only)",
    },
    "db_full": {
        "ar": "القرص ممتلئ: لم يحفظ أي شيء",
        "fr": "Le disque est plein : rien n'a été enregistré",
        "en": "The disk is full: nothing was saved",
    },
    "db_busy": {
        "ar": "قاعدة البيانات مستعملة من طرف برنامج آخر، أعد المحاولة",
        "fr": "La base est utilisée par un autre programme, réessayez",
        "en": "The database is in use by another program, try again",
    },
    # --- files that are not what they seem (issue 11: the live database, restore) --------------------------------
    "db_not_regular_file": {
        "ar": "{path} ليس ملفا عاديا (مجلد أو جهاز أو أنبوب): لم يقرأ ولم يتغير أي شيء",
        "fr": "{path} n'est pas un fichier ordinaire (dossier, périphérique ou tube) : il n'a pas été lu, rien n'a "
        "changé",
        "en": "{path} is not an ordinary file (a folder, a device or a pipe): it was not read and nothing changed",
    },
    "restore_schema_mismatch": {
        "ar": "الملف {path} ليس نسخة احتياطية سليمة من تعاون: بنيته مختلفة ({detail}). لم تسترجع ولم يتغير أي شيء.",
        "fr": "Le fichier {path} n'est pas une sauvegarde saine de Taawun : sa structure diffère ({detail}). Rien n'a "
        "été restauré ni modifié.",
        "en": "The file {path} is not a sound Taawun backup: its structure differs ({detail}). Nothing was restored "
        "or changed.",
    },
    "sync_own_database": {
        "ar": "الملف {path} هو قاعدة بيانات هذا الحاسوب نفسها: لا يدمج ملف في نفسه",
        "fr": "Le fichier {path} est la base de cet ordinateur elle-même : on ne fusionne pas un fichier avec lui-même",
        "en": "The file {path} is this laptop's own database: a file is not merged into itself",
    },
    "check_ok": {
        "ar": "قاعدة البيانات سليمة: {records} سجل، {history} نسخة في السجل التاريخي، {photos} صورة",
        "fr": "La base est saine : {records} fiche(s), {history} version(s) dans l'historique, {photos} photo(s)",
        "en": "The database is sound: {records} record(s), {history} version(s) in history, {photos} photo(s)",
    },
    "check_failed": {
        "ar": "وجدت مشاكل في قاعدة البيانات:",
        "fr": "Problèmes trouvés dans la base :",
        "en": "Problems found in the database:",
    },
    # --- command output -----------------------------------------------------------------------------------------
    "demo_loaded": {
        "ar": "أضيف {added} سجل من لقاء مريرت؛ في قاعدة البيانات الآن {total} سجل",
        "fr": "{added} fiche(s) de la rencontre de M'rirt ajoutée(s) ; la base en contient maintenant {total}",
        "en": "{added} record(s) of the Mrirt meeting added; the database now holds {total}",
    },
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
    "list_count": {
        "ar": "{count} سجل",
        "fr": "{count} fiche(s)",
        "en": "{count} record(s)",
    },
    "history_line": {
        "ar": "النسخة {version} · {time} · {author} على {device} · {what}",
        "fr": "Version {version} · {time} · {author} sur {device} · {what}",
        "en": "Version {version} · {time} · {author} on {device} · {what}",
    },
    "history_changed": {
        "ar": "الحقول المعدلة: {fields}",
        "fr": "Champs modifiés : {fields}",
        "en": "Changed fields: {fields}",
    },
    "forms_check_needs_file": {
        "ar": "حدد ملف الاستمارة: taawun forms check FILE",
        "fr": "Indiquez le fichier du formulaire : taawun forms check FICHIER",
        "en": "Name the form file: taawun forms check FILE",
    },
    # --- reports (app/reports) ------------------------------------------------------------------------------------
    "report_default_organisation": {"ar": "تعاون", "fr": "Taawun", "en": "Taawun"},
    "report_generated": {"ar": "أنشئ في {date}", "fr": "Généré le {date}", "en": "Generated on {date}"},
    "report_page": {"ar": "الصفحة {page} من {total}", "fr": "Page {page} sur {total}", "en": "Page {page} of {total}"},
    "report_written": {
        "ar": "كتب التقرير في {path} ({pages} صفحة)",
        "fr": "Rapport écrit dans {path} ({pages} page(s))",
        "en": "Report written to {path} ({pages} page(s))",
    },
    "report_write_failed": {
        "ar": "تعذرت كتابة التقرير {path}: {detail}. لم يكتب أي ملف.",
        "fr": "Impossible d'écrire le rapport {path} : {detail}. Aucun fichier n'a été écrit.",
        "en": "Cannot write the report {path}: {detail}. No file was written.",
    },
    "report_wrong_form": {
        "ar": "السجل {id} من نوع «{actual}» وليس «{expected}»",
        "fr": "La fiche {id} est de type « {actual} », pas « {expected} »",
        "en": "Record {id} is a “{actual}” record, not a “{expected}” one",
    },
    "report_needs_id": {
        "ar": "حدد معرف السجل: taawun report {kind} ID --out FILE.pdf",
        "fr": "Indiquez l'identifiant de la fiche : taawun report {kind} ID --out FICHIER.pdf",
        "en": "Give the record's id: taawun report {kind} ID --out FILE.pdf",
    },
    "report_summary_options": {
        "ar": "الملخص يحتاج إلى فترة وليس إلى معرف: taawun report summary --from DATE --to DATE --out FILE.pdf",
        "fr": "Le bilan demande une période, pas d'identifiant : taawun report summary --from DATE --to DATE "
        "--out FICHIER.pdf",
        "en": "The summary takes a period, not an id: taawun report summary --from DATE --to DATE --out FILE.pdf",
    },
    "report_bad_date": {
        "ar": "«{value}» ليس تاريخا صحيحا للخيار {option} (السنة-الشهر-اليوم، مثلا 2025-05-17)",
        "fr": "« {value} » n'est pas une date valide pour {option} (AAAA-MM-JJ, par exemple 2025-05-17)",
        "en": "“{value}” is not a valid date for {option} (YYYY-MM-DD, e.g. 2025-05-17)",
    },
    "report_bad_period": {
        "ar": "تنتهي الفترة ({end}) قبل أن تبدأ ({start})",
        "fr": "La période se termine ({end}) avant de commencer ({start})",
        "en": "The period ends ({end}) before it starts ({start})",
    },
    "report_unknown_province": {
        "ar": "لا توجد أي تعاونية أو لقاء في الإقليم «{province}» (الأقاليم المسجلة: {known})",
        "fr": "Aucune coopérative ni rencontre dans la province « {province} » (provinces connues : {known})",
        "en": "No cooperative or meeting in the province “{province}” (known provinces: {known})",
    },
    "report_title_cooperative": {"ar": "بطاقة تعاونية", "fr": "Fiche coopérative", "en": "Cooperative sheet"},
    "report_title_visit": {"ar": "تقرير زيارة ميدانية", "fr": "Rapport de visite", "en": "Visit report"},
    "report_title_workshop": {"ar": "تقرير لقاء", "fr": "Rapport de rencontre", "en": "Meeting report"},
    "report_title_summary": {"ar": "ملخص النشاط", "fr": "Bilan d'activité", "en": "Activity summary"},
    "report_key_figures": {"ar": "أرقام أساسية", "fr": "Chiffres clés", "en": "Key figures"},
    "report_visits": {"ar": "الزيارات الميدانية", "fr": "Visites de terrain", "en": "Field visits"},
    "report_no_visits": {"ar": "لم تسجل أي زيارة", "fr": "Aucune visite enregistrée", "en": "No visit recorded"},
    "report_nothing": {"ar": "لا يوجد", "fr": "Rien à signaler", "en": "Nothing recorded"},
    "report_not_given": {"ar": "غير محدد", "fr": "Non précisé", "en": "Not given"},
    # --- issue 15, reports: a figure nobody gave is unknown, never 0 ---
    "report_figure_unknown": {"ar": "غير معروف", "fr": "Non renseigné", "en": "Not recorded"},
    "report_figure_partial": {
        "ar": "{figure} — حسب بيانات {count} من أصل {total}",
        "fr": "{figure} — renseigné pour {count} sur {total}",
        "en": "{figure} — recorded for {count} of {total}",
    },
    "report_photo_unreadable": {
        "ar": "تعذر عرض الصورة {name}",
        "fr": "La photo {name} ne peut pas être affichée",
        "en": "The photo {name} cannot be shown",
    },
    "report_contents": {"ar": "المحتويات", "fr": "Sommaire", "en": "Contents"},
    "report_period": {
        "ar": "الفترة: من {start} إلى {end}",
        "fr": "Période : du {start} au {end}",
        "en": "Period: {start} to {end}",
    },
    "report_area": {"ar": "الإقليم: {area}", "fr": "Province : {area}", "en": "Province: {area}"},
    "report_all_areas": {"ar": "جميع الأقاليم", "fr": "toutes les provinces", "en": "all provinces"},
    "report_scope": {
        "ar": "الأرقام حسب القطاع والجماعة والصعوبات تخص كل التعاونيات المسجلة في الإقليم؛ "
        "الزيارات واللقاءات والتتبع تخص الفترة.",
        "fr": "Les chiffres par secteur, par commune et les difficultés portent sur toutes les coopératives "
        "enregistrées de la province ; les visites, les rencontres et les suivis portent sur la période.",
        "en": "Figures by sector, by commune and the challenges cover every cooperative registered in the province; "
        "visits, meetings and follow-ups cover the period.",
    },
    "report_cooperatives_in_area": {
        "ar": "التعاونيات المسجلة",
        "fr": "Coopératives enregistrées",
        "en": "Registered cooperatives",
    },
    "report_cooperatives_visited": {
        "ar": "التعاونيات التي تمت زيارتها",
        "fr": "Coopératives visitées",
        "en": "Cooperatives visited",
    },
    "report_visits_in_period": {
        "ar": "الزيارات خلال الفترة",
        "fr": "Visites sur la période",
        "en": "Visits in the period",
    },
    "report_workshops_in_period": {
        "ar": "اللقاءات خلال الفترة",
        "fr": "Rencontres sur la période",
        "en": "Meetings in the period",
    },
    "report_by_sector": {"ar": "التعاونيات حسب القطاع", "fr": "Coopératives par secteur", "en": "Cooperatives by sector"},
    "report_by_commune": {
        "ar": "التعاونيات حسب الجماعة",
        "fr": "Coopératives par commune",
        "en": "Cooperatives by commune",
    },
    "report_challenges": {
        "ar": "الصعوبات الأكثر تكرارا",
        "fr": "Difficultés les plus fréquentes",
        "en": "Most frequent challenges",
    },
    "report_open_follow_ups": {"ar": "التتبع المفتوح", "fr": "Suivis ouverts", "en": "Open follow-ups"},
    "report_follow_ups_scope": {
        "ar": "التوصيات المنبثقة عن زيارات الفترة ومواعيد التتبع المقبلة، مرتبة حسب الأجل.",
        "fr": "Les recommandations issues des visites de la période et les prochains suivis, par échéance.",
        "en": "The recommendations from the period's visits and the next follow-up visits, by due date.",
    },
    "report_next_follow_up_action": {
        "ar": "زيارة التتبع المقبلة",
        "fr": "Prochaine visite de suivi",
        "en": "Next follow-up visit",
    },
    "report_count": {"ar": "العدد", "fr": "Nombre", "en": "Count"},
    "report_share": {"ar": "النسبة", "fr": "Part", "en": "Share"},
    "report_disk_full": {
        "ar": "القرص ممتلئ: تعذرت كتابة التقرير {path}. لم يكتب أي ملف.",
        "fr": "Le disque est plein : impossible d'écrire le rapport {path}. Aucun fichier n'a été écrit.",
        "en": "The disk is full: the report {path} could not be written. No file was written.",
    },
    "report_read_only": {
        "ar": "لا يمكن الكتابة في المجلد الذي يضم {path} (للقراءة فقط أو بدون صلاحية). لم يكتب أي ملف.",
        "fr": "Impossible d'écrire dans le dossier de {path} (lecture seule ou accès refusé). "
        "Aucun fichier n'a été écrit.",
        "en": "Cannot write in the folder of {path} (read-only or not allowed). No file was written.",
    },
    "report_no_folder": {
        "ar": "المجلد الذي يفترض أن يضم {path} غير موجود. لم يكتب أي ملف.",
        "fr": "Le dossier de {path} n'existe pas. Aucun fichier n'a été écrit.",
        "en": "The folder of {path} does not exist. No file was written.",
    },
    "report_unknown_language": {
        "ar": "لغة التقرير ar أو fr أو en، وليست «{language}»",
        "fr": "La langue du rapport est ar, fr ou en, pas « {language} »",
        "en": "The report's language is ar, fr or en, not “{language}”",
    },
    # --- end of reports ---
    # --- sync (app/sync) ------------------------------------------------------------------------------------------
    # - files refused by a merge (each names the file; the database is left as it was)
    "sync_empty_file": {
        "ar": "الملف {path} فارغ: ليس ملف تعاون، ولم يدمج",
        "fr": "Le fichier {path} est vide : ce n'est pas un fichier Taawun, il n'a pas été fusionné",
        "en": "The file {path} is empty: it is not a Taawun file and was not merged",
    },
    # - the package format (app/sync/package_format.py): laptops on different releases
    "sync_format_newer": {
        "ar": "الملف {path} صنعته نسخة أحدث من تعاون ({release}) بصيغة ملفات {found} لا تقرؤها هذه النسخة (تقرأ"
        " حتى {known}). ثبت تعاون {release} أو أحدث على هذا الحاسوب ثم ادمج الملف مرة أخرى. لم يتغير شيء.",
        "fr": "Le fichier {path} a été fait par une version plus récente de Taawun ({release}), au format de fichier"
        " {found}, que cette version ne sait pas lire (elle lit jusqu'à {known}). Installez Taawun {release} ou plus"
        " récent sur cet ordinateur, puis fusionnez de nouveau le fichier. Rien n'a changé.",
        "en": "The file {path} was made by a newer Taawun ({release}) in file format {found}, which this version"
        " cannot read (it reads up to {known}). Install Taawun {release} or later on this laptop, then merge the"
        " file again. Nothing changed.",
    },
    "sync_kept_unknown": {
        "ar": "الملف من نسخة أحدث من تعاون ({release}، صيغة {format}): {count} قيمة لا تعرفها هذه النسخة حفظت كما هي"
        " وستنقل في التصدير القادم. ثبت تعاون {release} لاستعمالها.",
        "fr": "Le fichier vient d'une version plus récente de Taawun ({release}, format {format}) : {count} valeurs"
        " que cette version ne connaît pas sont gardées telles quelles et repartiront avec le prochain export."
        " Installez Taawun {release} pour les utiliser.",
        "en": "The file comes from a newer Taawun ({release}, format {format}): {count} values this version does not"
        " know were kept as they are and will travel on with the next export. Install Taawun {release} to use them.",
    },
    "sync_format_unreadable": {
        "ar": "الملف {path} يذكر صيغة ملفات ({found}) لا تطابق بنيته: لم يدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} annonce un format de fichier ({found}) qui ne correspond pas à sa structure : il n'a"
        " pas été fusionné, rien n'a changé",
        "en": "The file {path} declares a file format ({found}) that does not match its structure: it was not"
        " merged, nothing changed",
    },
    "sync_schema_mismatch": {
        "ar": "بنية الملف {path} ليست بنية ملف تعاون ({detail}): لم يدمج",
        "fr": "La structure du fichier {path} n'est pas celle d'un fichier Taawun ({detail}) : il n'a pas été fusionné",
        "en": "The file {path} does not have the structure of a Taawun file ({detail}): it was not merged",
    },
    "sync_manifest_mismatch": {
        "ar": "الملف {path} ناقص: محتواه لا يطابق ما سجل عند تصديره ({detail})، ولم يدمج",
        "fr": "Le fichier {path} est incomplet : son contenu ne correspond pas à ce qui a été exporté ({detail}) ;"
        " il n'a pas été fusionné",
        "en": "The file {path} is incomplete: its content does not match what was exported ({detail}); it was not merged",
    },
    "sync_inconsistent": {
        "ar": "محتوى الملف {path} غير متسق ({detail}): لم يدمج",
        "fr": "Le contenu du fichier {path} est incohérent ({detail}) : il n'a pas été fusionné",
        "en": "The content of {path} is inconsistent ({detail}): it was not merged",
    },
    "sync_bad_form": {
        "ar": "الملف {path} يحمل تعريفا معطوبا للاستمارة «{form}» (النسخة {version}): لم يدمج",
        "fr": "Le fichier {path} contient une définition abîmée du formulaire « {form} » (version {version}) :"
        " il n'a pas été fusionné",
        "en": "The file {path} carries a broken definition of the form “{form}” (version {version}): it was not merged",
    },
    "sync_form_mismatch": {
        "ar": "الاستمارة «{form}» النسخة {version} في الملف {path} تختلف عن نظيرتها في هذا الحاسوب"
        " (عدلت دون رفع رقم نسختها): لم يدمج",
        "fr": "Le formulaire « {form} » version {version} du fichier {path} diffère de celui de cet ordinateur"
        " (modifié sans changer de version) : il n'a pas été fusionné",
        "en": "The form “{form}” version {version} in {path} differs from this laptop's (it was changed without"
        " raising its version): the file was not merged",
    },
    "sync_version_clash": {
        "ar": "الملف {path} يحمل نسخة مختلفة من السجل {id} بنفس الختم الزمني لنسخة موجودة هنا."
        " هل نسخ مجلد بيانات هذا الحاسوب إلى حاسوب آخر؟ لم يدمج",
        "fr": "Le fichier {path} contient une autre version de la fiche {id} sous le même horodatage qu'une version"
        " d'ici. Le dossier de données de cet ordinateur a-t-il été copié sur un autre ? Il n'a pas été fusionné",
        "en": "The file {path} holds a different version of record {id} under the same stamp as one here. Was this"
        " laptop's data folder copied to another laptop? It was not merged",
    },
    "sync_photo_mismatch": {
        "ar": "الصورة {digest} في الملف {path} لا تطابق محتواها (ملف تالف): لم يدمج",
        "fr": "La photo {digest} du fichier {path} ne correspond pas à son contenu (fichier abîmé) :"
        " il n'a pas été fusionné",
        "en": "The photo {digest} in {path} does not match its content (damaged file): it was not merged",
    },
    "sync_invalid_record": {
        "ar": "السجل {id} (استمارة «{form}») في الملف {path} لا يحترم قواعد استمارته (الحقول: {fields}): لم يدمج الملف",
        "fr": "La fiche {id} (formulaire « {form} ») du fichier {path} ne respecte pas les règles de son formulaire"
        " (champs : {fields}) : le fichier n'a pas été fusionné",
        "en": "Record {id} (form “{form}”) in {path} does not pass its form's rules (fields: {fields}):"
        " the file was not merged",
    },
    "sync_bad_reference": {
        "ar": "السجل {id} في الملف {path} يشير في الحقل {field} إلى السجل {target} الذي لا يوجد في أي من القاعدتين:"
        " لم يدمج",
        "fr": "La fiche {id} du fichier {path} renvoie (champ {field}) à la fiche {target}, absente des deux bases :"
        " il n'a pas été fusionné",
        "en": "Record {id} in {path} refers (field {field}) to record {target}, which neither database holds:"
        " it was not merged",
    },
    "sync_missing_photo": {
        "ar": "السجل {id} في الملف {path} يعرض الصورة {digest} غير الموجودة في أي من القاعدتين: لم يدمج",
        "fr": "La fiche {id} du fichier {path} montre la photo {digest}, absente des deux bases :"
        " il n'a pas été fusionné",
        "en": "Record {id} in {path} shows photo {digest}, which neither database holds: it was not merged",
    },
    # - export
    "sync_folder_missing": {
        "ar": "المجلد {path} غير موجود (هل المفتاح موصول؟)",
        "fr": "Le dossier {path} n'existe pas (la clé USB est-elle branchée ?)",
        "en": "The folder {path} does not exist (is the USB stick plugged in?)",
    },
    "sync_export_failed": {
        "ar": "تعذرت كتابة الملف {path}: {detail}. لم يترك أي ملف ناقص",
        "fr": "Impossible d'écrire le fichier {path} : {detail}. Aucun fichier incomplet n'a été laissé",
        "en": "Could not write {path}: {detail}. No incomplete file was left behind",
    },
    "sync_export_unverified": {
        "ar": "الملف المكتوب {path} لم يجتز الفحص فحذف ({detail}). قد يكون المفتاح ممتلئا أو معطوبا",
        "fr": "Le fichier écrit {path} n'a pas passé la vérification et a été supprimé ({detail})."
        " La clé est peut-être pleine ou défectueuse",
        "en": "The file written to {path} failed its check and was removed ({detail}). The stick may be full or faulty",
    },
    "sync_exported": {
        "ar": "تم التصدير: {records} سجل (مع المحذوفة)، {history} نسخة، {photos} صورة، في الملف:",
        "fr": "Exporté : {records} fiche(s) (supprimées comprises), {history} version(s), {photos} photo(s),"
        " dans le fichier :",
        "en": "Exported {records} record(s) (deleted ones included), {history} version(s), {photos} photo(s) to:",
    },
    "sync_indexing": {
        "ar": "جارٍ ترتيب القوائم وفهرسة السجلات المدمجة للبحث…",
        "fr": "Tri des listes et indexation des fiches fusionnées pour la recherche…",
        "en": "Sorting the lists and indexing the merged records for search…",
    },
    "sync_needs_folder": {
        "ar": "حدد المجلد الذي يكتب فيه الملف (مثلا: taawun sync export /media/usb)",
        "fr": "Indiquez le dossier où écrire le fichier (par exemple : taawun sync export /media/usb)",
        "en": "Give the folder to write the file to (e.g. taawun sync export /media/usb)",
    },
    # - merge report and log
    "sync_needs_files": {
        "ar": "حدد ملفا واحدا على الأقل لدمجه",
        "fr": "Indiquez au moins un fichier à fusionner",
        "en": "Give at least one file to merge",
    },
    "sync_file_merged": {
        "ar": "{path}: تم الدمج (من {device}، صدر في {time})",
        "fr": "{path} : fusionné (de {device}, exporté le {time})",
        "en": "{path}: merged (from {device}, exported {time})",
    },
    "sync_file_rejected": {
        "ar": "{path}: مرفوض، لم يتغير شيء في قاعدة بياناتك",
        "fr": "{path} : refusé, rien n'a changé dans votre base",
        "en": "{path}: rejected, nothing changed in your database",
    },
    "sync_own_file": {
        "ar": "هذا الملف صادر عن هذا الحاسوب",
        "fr": "Ce fichier vient de cet ordinateur",
        "en": "This file comes from this laptop",
    },
    "sync_counts": {
        "ar": "جديدة: {inserted} · محدثة: {updated} · دون تغيير: {unchanged} · تعارضات: {conflicts}"
        " · نسخ مضافة: {versions_added} · صور: {photos_added} · استمارات مقترحة: {forms_added}",
        "fr": "nouvelles : {inserted} · mises à jour : {updated} · inchangées : {unchanged} · conflits : {conflicts}"
        " · versions ajoutées : {versions_added} · photos : {photos_added} · formulaires proposés : {forms_added}",
        "en": "new: {inserted} · updated: {updated} · unchanged: {unchanged} · conflicts: {conflicts}"
        " · versions added: {versions_added} · photos: {photos_added} · forms proposed: {forms_added}",
    },
    "sync_conflicts_found": {
        "ar": "{count} سجل عدل هنا وهناك في الوقت نفسه: تعرض النسخة الأحدث مؤقتا، راجعها بالأمر taawun conflicts",
        "fr": "{count} fiche(s) modifiée(s) des deux côtés en même temps : la version la plus récente est affichée"
        " en attendant ; à revoir avec « taawun conflicts »",
        "en": "{count} record(s) edited on both sides at once: the latest version is shown meanwhile;"
        " review with “taawun conflicts”",
    },
    "sync_conflicts_closed": {
        "ar": "{count} تعارض حل في حاسوب آخر",
        "fr": "{count} conflit(s) résolu(s) sur un autre ordinateur",
        "en": "{count} conflict(s) resolved on another laptop",
    },
    "sync_nothing_new": {
        "ar": "لا جديد في هذا الملف: لم يتغير شيء",
        "fr": "Rien de nouveau dans ce fichier : rien n'a changé",
        "en": "Nothing new in this file: nothing changed",
    },
    "sync_summary": {
        "ar": "ملفات مدمجة: {merged} · مرفوضة: {rejected}",
        "fr": "Fichiers fusionnés : {merged} · refusés : {rejected}",
        "en": "Files merged: {merged} · rejected: {rejected}",
    },
    "sync_log_merged": {
        "ar": "{at} · {path}: تم الدمج (من {device})",
        "fr": "{at} · {path} : fusionné (de {device})",
        "en": "{at} · {path}: merged (from {device})",
    },
    "sync_log_rejected": {
        "ar": "{at} · {path}: مرفوض",
        "fr": "{at} · {path} : refusé",
        "en": "{at} · {path}: rejected",
    },
    "sync_log_empty": {
        "ar": "لم يدمج أي ملف بعد",
        "fr": "Aucune fusion pour l'instant",
        "en": "No merge yet",
    },
    # - conflicts
    "conflicts_none": {
        "ar": "لا توجد تعارضات مفتوحة",
        "fr": "Aucun conflit ouvert",
        "en": "No open conflicts",
    },
    "conflicts_count": {
        "ar": "{count} تعارض مفتوح",
        "fr": "{count} conflit(s) ouvert(s)",
        "en": "{count} open conflict(s)",
    },
    "conflict_header": {
        "ar": "التعارض {id} · {form}: {title} ({record})",
        "fr": "Conflit {id} · {form} : {title} ({record})",
        "en": "Conflict {id} · {form}: {title} ({record})",
    },
    "conflict_version": {
        "ar": "{side}: النسخة {version} · {time} · {author} على {device} · {what}",
        "fr": "{side} : version {version} · {time} · {author} sur {device} · {what}",
        "en": "{side}: version {version} · {time} · {author} on {device} · {what}",
    },
    "conflict_side_mine": {"ar": "نسختي", "fr": "la mienne", "en": "mine"},
    "conflict_side_theirs": {"ar": "نسختهم", "fr": "la leur", "en": "theirs"},
    "conflict_shown": {"ar": "المعروضة الآن", "fr": "affichée", "en": "shown now"},
    "conflict_differs": {
        "ar": "الحقول المختلفة: {fields}",
        "fr": "Champs qui diffèrent : {fields}",
        "en": "Fields that differ: {fields}",
    },
    "conflict_found_by": {
        "ar": "اكتشف على {device}، {time}",
        "fr": "Détecté sur {device}, {time}",
        "en": "Found on {device}, {time}",
    },
    "conflict_resolved_line": {
        "ar": "حله {author} على {device}، {time}",
        "fr": "Résolu par {author} sur {device}, {time}",
        "en": "Resolved by {author} on {device}, {time}",
    },
    "conflict_not_found": {
        "ar": "لا يوجد تعارض بالمعرف {id}",
        "fr": "Aucun conflit avec l'identifiant {id}",
        "en": "No conflict with id {id}",
    },
    "conflict_ambiguous": {
        "ar": "{count} تعارضات تبدأ بـ {id}: أضف أحرفا أخرى",
        "fr": "{count} conflits commencent par {id} : donnez plus de caractères",
        "en": "{count} conflicts start with {id}: give more characters",
    },
    "conflict_already_resolved": {
        "ar": "التعارض {id} محلول مسبقا",
        "fr": "Le conflit {id} est déjà résolu",
        "en": "Conflict {id} is already resolved",
    },
    "conflict_bad_side": {
        "ar": "«{text}» ليست mine ولا theirs",
        "fr": "« {text} » n'est ni mine ni theirs",
        "en": "“{text}” is neither mine nor theirs",
    },
    "conflict_unknown_field": {
        "ar": "{field} ليس حقلا في الاستمارة {form}",
        "fr": "{field} n'est pas un champ du formulaire {form}",
        "en": "{field} is not a field of the form {form}",
    },
    "conflict_bad_field": {
        "ar": "«{text}» ليس على شكل حقل=mine أو حقل=theirs",
        "fr": "« {text} » n'a pas la forme champ=mine ou champ=theirs",
        "en": "“{text}” is not of the form field=mine or field=theirs",
    },
    "conflict_needs_keep": {
        "ar": "حدد معرف التعارض والنسخة التي تحتفظ بها: taawun conflicts resolve ID --keep mine|theirs",
        "fr": "Indiquez l'identifiant du conflit et la version à garder : taawun conflicts resolve ID --keep mine|theirs",
        "en": "Give the conflict's id and the version to keep: taawun conflicts resolve ID --keep mine|theirs",
    },
    "conflict_resolved": {
        "ar": "حل التعارض {id}: السجل {record} الآن في النسخة {version} (أغلق {count} تعارض)",
        "fr": "Conflit {id} résolu : la fiche {record} est maintenant en version {version} ({count} conflit(s) fermé(s))",
        "en": "Conflict {id} resolved: record {record} is now at version {version} ({count} conflict(s) closed)",
    },
    # --- end of sync ---
    # --- files on a stick or a full disk: export, merge, add (issue 11, point 4) --------------------------------------
    "sync_folder_unwritable": {
        "ar": "لا يمكن الكتابة في المجلد {path}: المفتاح أو المجلد للقراءة فقط أو غير مسموح بالكتابة فيه ({detail}). لم "
        "يصدر أي ملف. أزل الحماية من الكتابة أو اختر مجلدا آخر",
        "fr": "Impossible d'écrire dans le dossier {path} : la clé ou le dossier est en lecture seule, ou l'écriture"
        " n'y est pas permise ({detail}). Rien n'a été exporté. Retirez la protection en écriture ou choisissez un"
        " autre dossier",
        "en": "Cannot write to the folder {path}: the stick or folder is read-only, or writing there is not allowed"
        " ({detail}). Nothing was exported. Remove the write protection or choose another folder",
    },
    "sync_disk_full": {
        "ar": "لا توجد مساحة كافية في {path} للتصدير. لم يترك أي ملف ناقص. أفرغ بعض المساحة أو اختر مفتاحا آخر",
        "fr": "Pas assez de place dans {path} pour l'export. Aucun fichier incomplet n'a été laissé. Libérez de la"
        " place ou choisissez une autre clé",
        "en": "Not enough space in {path} for the export. No incomplete file was left behind. Free some space or"
        " choose another stick",
    },
    # --- end of files on a stick or a full disk ---
    # --- bounds on every value that enters the database (issue 12: app/core/bounds.py, app/core/pictures.py) -------
    "bound_not_unicode": {
        "ar": "النص يحتوي على رموز غير صالحة (ليست يونيكود سليما)",
        "fr": "Le texte contient des caractères invalides (pas de l'Unicode valide)",
        "en": "The text holds invalid characters (not valid Unicode)",
    },
    "bound_not_utf8": {
        "ar": "النص ليس بترميز UTF-8 سليم",
        "fr": "Le texte n'est pas de l'UTF-8 valide",
        "en": "The text is not valid UTF-8",
    },
    "bound_control_character": {
        "ar": "النص يحتوي على رموز تحكم غير مسموح بها (مثل رموز الطرفية): أزلها",
        "fr": "Le texte contient des caractères de contrôle non permis (comme des codes de terminal) : retirez-les",
        "en": "The text holds control characters that are not allowed (such as terminal codes): remove them",
    },
    "author_out_of_bounds": {
        "ar": "لا يمكن تسجيل هذا الاسم على التعديلات (الاسم يحفظ مع كل تعديل ويظهر على كل حاسوب):",
        "fr": "Ce nom ne peut pas être inscrit sur les modifications (il est gardé avec chacune et montré sur chaque"
        " ordinateur) :",
        "en": "This name cannot be recorded on changes (it is kept with each one and shown on every laptop):",
    },
    "device_name_out_of_bounds": {
        "ar": "لا يمكن تسجيل اسم هذا الحاسوب على التعديلات (يحفظ مع كل تعديل ويظهر على كل حاسوب):",
        "fr": "Ce nom d'ordinateur ne peut pas être inscrit sur les modifications (il est gardé avec chacune et"
        " montré sur chaque ordinateur) :",
        "en": "This laptop name cannot be recorded on changes (it is kept with each one and shown on every laptop):",
    },
    "bound_version": {
        "ar": "رقم النسخة خارج الحدود (من 1 إلى {max})",
        "fr": "Le numéro de version est hors limites (de 1 à {max})",
        "en": "The version number is out of bounds (1 to {max})",
    },
    "bound_too_deep": {
        "ar": "القيمة متداخلة أكثر من اللازم ({max} مستويات على الأكثر)",
        "fr": "La valeur est trop imbriquée ({max} niveaux au plus)",
        "en": "The value is nested too deep (at most {max} levels)",
    },
    "bound_not_json": {
        "ar": "القيمة ليست نصا ولا عددا ولا قائمة",
        "fr": "La valeur n'est ni un texte, ni un nombre, ni une liste",
        "en": "The value is neither text, a number nor a list",
    },
    "bound_record_too_large": {
        "ar": "السجل كبير جدا: {max} حرف على الأكثر في مجموع حقوله",
        "fr": "La fiche est trop grande : au plus {max} caractères pour tous ses champs",
        "en": "The record is too large: at most {max} characters in all its fields",
    },
    "bound_record_bytes": {
        "ar": "بيانات السجل كبيرة جدا: {max} ميغابايت على الأكثر",
        "fr": "Les données de la fiche sont trop grandes : au plus {max} Mo",
        "en": "The record's data is too large: at most {max} MB",
    },
    "bound_photo_bytes": {
        "ar": "الصورة كبيرة جدا ({size} بايت): {max} ميغابايت على الأكثر",
        "fr": "La photo est trop grande ({size} octets) : au plus {max} Mo",
        "en": "The photo is too large ({size} bytes): at most {max} MB",
    },
    "bound_photo_pixels": {
        "ar": "أبعاد الصورة كبيرة جدا ({width} × {height} بكسل): {max} ميغابكسل على الأكثر",
        "fr": "La photo a trop de pixels ({width} × {height}) : au plus {max} mégapixels",
        "en": "The photo has too many pixels ({width} × {height}): at most {max} megapixels",
    },
    "sync_value_out_of_bounds": {
        "ar": "السجل {id} في الملف {path}: القيمة «{field}» خارج الحدود المسموح بها. لم يدمج الملف؛ اطلب من صاحبه"
        " تصديرا جديدا من تعاون، أو أرسله إلى المنسق",
        "fr": "Fiche {id} du fichier {path} : la valeur « {field} » dépasse les limites permises. Le fichier n'a pas"
        " été fusionné ; demandez à son auteur un nouvel export depuis Taawun, ou transmettez-le au coordinateur",
        "en": "Record {id} in {path}: the value “{field}” is beyond the allowed bounds. The file was not merged; ask"
        " its sender for a new export from Taawun, or pass it to your coordinator",
    },
    "sync_photo_out_of_bounds": {
        "ar": "الصورة {digest} في الملف {path} خارج الحدود المسموح بها. لم يدمج الملف؛ اطلب من صاحبه تصديرا جديدا"
        " من تعاون (تصغر الصور عند إضافتها)",
        "fr": "La photo {digest} du fichier {path} dépasse les limites permises. Le fichier n'a pas été fusionné ;"
        " demandez à son auteur un nouvel export depuis Taawun (les photos y sont réduites à l'ajout)",
        "en": "The photo {digest} in {path} is beyond the allowed bounds. The file was not merged; ask its sender for"
        " a new export from Taawun (photos are scaled down when added)",
    },
    "photo_file_out_of_bounds": {
        "ar": "لم تضف الصورة {path} (الحقل {field}): {problem}",
        "fr": "La photo {path} n'a pas été ajoutée (champ {field}) : {problem}",
        "en": "The photo {path} was not added (field {field}): {problem}",
    },
    "photo_not_a_file": {
        "ar": "{path} ليس ملف صورة عاديا (الحقل {field}): اختر ملف صورة",
        "fr": "{path} n'est pas un fichier photo ordinaire (champ {field}) : choisissez un fichier image",
        "en": "{path} is not a regular photo file (field {field}): choose a picture file",
    },
    "json_input_too_large": {
        "ar": "ملف JSON {path} كبير جدا: {max} ميغابايت على الأكثر",
        "fr": "Le fichier JSON {path} est trop grand : au plus {max} Mo",
        "en": "The JSON file {path} is too large: at most {max} MB",
    },
    "json_too_deep": {
        "ar": "JSON في {path} متداخل أكثر من اللازم ({max} مستويات على الأكثر)",
        "fr": "Le JSON de {path} est trop imbriqué ({max} niveaux au plus)",
        "en": "The JSON in {path} is nested too deep (at most {max} levels)",
    },
    "text_not_utf8": {
        "ar": "القيمة المعطاة لـ {field} ليست نصا بترميز UTF-8 سليم",
        "fr": "La valeur donnée pour {field} n'est pas du texte UTF-8 valide",
        "en": "The value given for {field} is not valid UTF-8 text",
    },
    # --- end of bounds ---
    # --- search (app/db/search) ----------------------------------------------------------------------------------
    "search_empty_query": {
        "ar": "اكتب كلمة واحدة على الأقل للبحث عنها",
        "fr": "Tapez au moins un mot à rechercher",
        "en": "Type at least one word to search for",
    },
    "search_bad_limit": {
        "ar": "«{value}» ليس عددا صالحا من النتائج: 1 على الأقل",
        "fr": "« {value} » n'est pas un nombre de résultats valide : au moins 1",
        "en": "“{value}” is not a valid number of results: at least 1",
    },
    "search_count": {
        "ar": "عدد السجلات الموجودة: {count}",
        "fr": "{count} fiche(s) trouvée(s)",
        "en": "{count} record(s) found",
    },
    "search_nothing": {
        "ar": "لم يُعثر على أي سجل يحتوي على «{query}»",
        "fr": "Aucune fiche ne contient « {query} »",
        "en": "No record contains “{query}”",
    },
    "search_index_damaged": {
        "ar": "فهرس البحث تالف أو مفقود ({detail}). أعد بناءه بالأمر: taawun check --repair",
        "fr": "L'index de recherche est endommagé ou absent ({detail}). Reconstruisez-le : taawun check --repair",
        "en": "The search index is damaged or missing ({detail}). Rebuild it with: taawun check --repair",
    },
    "search_index_rebuilt": {
        "ar": "أعيد بناء فهرس البحث: {count} سجل مفهرس",
        "fr": "Index de recherche reconstruit : {count} fiche(s) indexée(s)",
        "en": "Search index rebuilt: {count} record(s) indexed",
    },
    # --- end of search ---
    # --- installation checks: `taawun selftest` (app/cli/selftest.py) and `taawun gui --smoke` (app/main.py) -----
    "selftest_passed": {
        "ar": "نجح الفحص الذاتي: {forms} استمارات، {records} سجل في {db}، تقرير من {pages} صفحة في {pdf}",
        "fr": "Autotest réussi : {forms} formulaires, {records} fiches dans {db}, rapport de {pages} page(s) dans {pdf}",
        "en": "Self-test passed: {forms} forms, {records} records in {db}, a {pages}-page report in {pdf}",
    },
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
    "gui_smoke_failed": {
        "ar": "فشل فحص النافذة: {detail}",
        "fr": "Le contrôle de la fenêtre a échoué : {detail}",
        "en": "The window check failed: {detail}",
    },
    # --- end of installation checks ---
    # --- backups (app/db/backup.py, app/cli/backup.py) -------------------------------------------------------------
    "backup_folder_missing": {
        "ar": "المجلد {path} غير موجود: لم تكتب أي نسخة احتياطية",
        "fr": "Le dossier {path} n'existe pas : aucune sauvegarde n'a été écrite",
        "en": "The folder {path} does not exist: no backup was written",
    },
    "backup_folder_unwritable": {
        "ar": "لا يمكن الكتابة في المجلد {path} ({detail}): لم تكتب أي نسخة احتياطية. اختر مجلدا آخر",
        "fr": "Impossible d'écrire dans le dossier {path} ({detail}) : aucune sauvegarde n'a été écrite."
        " Choisissez un autre dossier",
        "en": "Cannot write to the folder {path} ({detail}): no backup was written. Choose another folder",
    },
    "backup_disk_full": {
        "ar": "لا توجد مساحة كافية في {path} للنسخة الاحتياطية. لم يترك أي ملف ناقص",
        "fr": "Pas assez de place dans {path} pour la sauvegarde. Aucun fichier incomplet n'a été laissé",
        "en": "Not enough space in {path} for the backup. No incomplete file was left behind",
    },
    "backup_failed": {
        "ar": "تعذرت كتابة النسخة الاحتياطية {path}: {detail}. لم يترك أي ملف ناقص",
        "fr": "Impossible d'écrire la sauvegarde {path} : {detail}. Aucun fichier incomplet n'a été laissé",
        "en": "Could not write the backup {path}: {detail}. No incomplete file was left behind",
    },
    "backup_unverified": {
        "ar": "النسخة الاحتياطية المكتوبة في {path} لم تجتز الفحص فحذفت ({detail}). قد يكون القرص أو المفتاح معطوبا",
        "fr": "La sauvegarde écrite dans {path} n'a pas passé la vérification et a été supprimée ({detail})."
        " Le disque ou la clé est peut-être défectueux",
        "en": "The backup written to {path} failed its check and was removed ({detail}). The disk or stick may be faulty",
    },
    "backup_no_database": {
        "ar": "لا توجد قاعدة بيانات في {path} بعد: لا شيء لنسخه",
        "fr": "Il n'y a pas encore de base dans {path} : rien à sauvegarder",
        "en": "There is no database at {path} yet: nothing to back up",
    },
    "backup_written": {
        "ar": "كتبت النسخة الاحتياطية في الملف:",
        "fr": "Sauvegarde écrite dans le fichier :",
        "en": "Backup written to:",
    },
    "restore_empty": {
        "ar": "الملف {path} لا يحتوي على أي بيانات لتعاون (قاعدة فارغة). لم يتغير أي شيء",
        "fr": "Le fichier {path} ne contient aucune donnée Taawun (base vide). Rien n'a été modifié",
        "en": "The file {path} holds no Taawun data (an empty database). Nothing was changed",
    },
    "restore_same_file": {
        "ar": "الملف {path} هو قاعدة البيانات الحالية نفسها: اختر نسخة احتياطية",
        "fr": "Le fichier {path} est la base actuelle elle-même : choisissez une sauvegarde",
        "en": "The file {path} is the current database itself: choose a backup",
    },
    "restore_confirm": {
        "ar": "ستستبدل قاعدة البيانات {db} بالنسخة الاحتياطية {file}. ستحفظ قاعدة البيانات الحالية أولا كنسخة"
        " احتياطية في {folder}. هل تريد المتابعة؟ (نعم/لا)",
        "fr": "La base {db} va être remplacée par la sauvegarde {file}. La base actuelle sera d'abord gardée comme"
        " sauvegarde dans {folder}. Continuer ? (o/n)",
        "en": "The database {db} will be replaced by the backup {file}. The current database will first be kept as"
        " a backup in {folder}. Continue? (y/n)",
    },
    "restore_declined": {
        "ar": "ألغيت الاستعادة: لم يتغير أي شيء",
        "fr": "Restauration annulée : rien n'a été modifié",
        "en": "Restore cancelled: nothing was changed",
    },
    "restore_done": {
        "ar": "استعيدت قاعدة البيانات من الملف {file}",
        "fr": "La base a été restaurée à partir du fichier {file}",
        "en": "The database was restored from {file}",
    },
    "restore_kept": {
        "ar": "حفظت قاعدة البيانات السابقة في الملف:",
        "fr": "L'ancienne base a été gardée dans le fichier :",
        "en": "The previous database was kept in:",
    },
    "restore_nothing_kept": {
        "ar": "لم تكن هناك قاعدة بيانات من قبل: لا شيء للاحتفاظ به",
        "fr": "Il n'y avait pas de base auparavant : rien à garder",
        "en": "There was no database before: nothing to keep",
    },
    # --- end of backups ---
    # --- one window per database, and a damaged database's way back (app/ui/instance_lock.py, app/db/recovery.py,
    # app/ui/recovery_dialog.py, app/cli/backup.py) ----------------------------------------------------------------
    "db_open_in_window": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة أخرى لتعاون (العملية {pid} على الحاسوب «{host}»). انتقل إلى تلك "
        "النافذة، أو أغلقها قبل فتح قاعدة البيانات من جديد.",
        "fr": "La base {path} est déjà ouverte dans une autre fenêtre de Taawun (processus {pid} sur l'ordinateur "
        "« {host} »). Passez à cette fenêtre, ou fermez-la avant de rouvrir la base.",
        "en": "The database {path} is already open in another Taawun window (process {pid} on the computer "
        "“{host}”). Switch to that window, or close it before opening the database again.",
    },
    "db_open_in_window_unknown": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة أخرى لتعاون. انتقل إلى تلك النافذة، أو أغلقها قبل فتح قاعدة "
        "البيانات من جديد.",
        "fr": "La base {path} est déjà ouverte dans une autre fenêtre de Taawun. Passez à cette fenêtre, ou "
        "fermez-la avant de rouvrir la base.",
        "en": "The database {path} is already open in another Taawun window. Switch to that window, or close it "
        "before opening the database again.",
    },
    "restore_window_open": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة تعاون (العملية {pid} على الحاسوب «{host}»). أغلق النافذة أولا، "
        "ثم أعد الاستعادة. لم يتغير أي شيء.",
        "fr": "La base {path} est ouverte dans une fenêtre de Taawun (processus {pid} sur l'ordinateur « {host} »). "
        "Fermez d'abord la fenêtre, puis relancez la restauration. Rien n'a été modifié.",
        "en": "The database {path} is open in a Taawun window (process {pid} on the computer “{host}”). Close the "
        "window first, then run the restore again. Nothing was changed.",
    },
    "recovery_damaged": {
        "ar": "تعذر على تعاون فتح قاعدة بياناته {path}: الملف تالف ولم يعد من الممكن قراءته كاملا.",
        "fr": "Taawun ne peut pas ouvrir sa base {path} : le fichier est endommagé et ne peut plus être lu en entier.",
        "en": "Taawun cannot open its database {path}: the file is damaged and can no longer be read in full.",
    },
    "recovery_unrecognised": {
        "ar": "تعذر على تعاون فتح الملف {path}: بدايته ليست (أو لم تعد) بداية قاعدة بيانات تعاون، فإما أنه ملف آخر "
        "وإما أنه تلف.",
        "fr": "Taawun ne peut pas ouvrir le fichier {path} : son début n'est pas (ou plus) celui d'une base Taawun ; "
        "c'est un autre fichier, ou il a été endommagé.",
        "en": "Taawun cannot open the file {path}: its beginning is not (or no longer) that of a Taawun database; it "
        "is another file, or it was damaged.",
    },
    "recovery_backup_found": {
        "ar": "أحدث نسخة احتياطية سليمة تعود إلى {date}، وفيها: التعاونيات {cooperatives}، الزيارات الميدانية "
        "{visits}، اللقاءات والورشات {workshops}.",
        "fr": "La sauvegarde saine la plus récente date du {date} ; elle contient : coopératives {cooperatives}, "
        "visites de terrain {visits}, rencontres et ateliers {workshops}.",
        "en": "The newest sound backup is from {date}; it holds: cooperatives {cooperatives}, field visits {visits}, "
        "meetings and workshops {workshops}.",
    },
    "recovery_offer": {
        "ar": "هل تريد استعادتها؟ سيحفظ الملف التالف جانبا في المجلد {folder} ولن يحذف. ما سجل بعد {date} ليس في "
        "هذه النسخة.",
        "fr": "La restaurer ? Le fichier endommagé sera mis de côté dans le dossier {folder}, jamais supprimé. Ce qui "
        "a été saisi après le {date} n'est pas dans cette sauvegarde.",
        "en": "Restore it? The damaged file will be kept aside in the folder {folder}, never deleted. What was "
        "entered after {date} is not in this backup.",
    },
    "recovery_no_backup": {
        "ar": "لم توجد أي نسخة احتياطية سليمة في المجلد {folder}. لم يتغير أي شيء. احتفظ بالملف {path} كما هو (لا "
        "تحذفه)، وأرسله مع ملف السجل {log} إلى المنسق أو الدعم التقني: قد يمكن إنقاذ جزء منه.",
        "fr": "Aucune sauvegarde saine n'a été trouvée dans le dossier {folder}. Rien n'a été modifié. Gardez le "
        "fichier {path} tel quel (ne le supprimez pas) et envoyez-le avec le journal {log} à votre coordinateur ou "
        "au support : une partie pourra peut-être en être récupérée.",
        "en": "No sound backup was found in the folder {folder}. Nothing was changed. Keep the file {path} as it is "
        "(do not delete it) and send it with the log {log} to your coordinator or support: part of it may be "
        "recoverable.",
    },
    "recovery_details": {"ar": "التفاصيل: {detail}", "fr": "Détails : {detail}", "en": "Details: {detail}"},
    "recovery_command": {
        "ar": "لاستعادتها (يحفظ الملف التالف أولا في مجلد النسخ الاحتياطية)، أغلق نافذة تعاون إن كانت مفتوحة، ثم نفذ:",
        "fr": "Pour la restaurer (le fichier endommagé est d'abord gardé dans le dossier des sauvegardes), fermez la "
        "fenêtre de Taawun si elle est ouverte, puis lancez :",
        "en": "To restore it (the damaged file is kept in the backups folder first), close the Taawun window if it "
        "is open, then run:",
    },
    # --- end of one window per database and damaged database ---
    # --- issue 12: forms change only by a person's decision (app/db/forms_table.py, `taawun forms`) ---
    "form_proposal_unknown": {
        "ar": "لا يوجد اقتراح للاستمارة «{form}» بالنسخة {version}. الاقتراحات المنتظرة: {available}",
        "fr": "Aucune proposition pour le formulaire « {form} » en version {version}. Propositions en attente : "
        "{available}",
        "en": "There is no proposal for form “{form}” version {version}. Proposals waiting: {available}",
    },
    "form_accept_drops_value": {
        "ar": "رُفضت الاستمارة «{form}» النسخة {version}: السجل {id} يحمل قيمة في الحقل «{field}» وستُفقد بهذه النسخة "
        "(الحقل محذوف أو لم يعد ظاهرا). تبقى النسخة المستعملة حاليا؛ اطلب من المنسق نسخة تحافظ على هذا الحقل",
        "fr": "Formulaire « {form} » version {version} refusé : la fiche {id} a une valeur dans le champ « {field} » "
        "que cette version ferait perdre (champ supprimé ou plus applicable). Le formulaire actuel reste en usage ; "
        "demandez au coordinateur une version qui garde ce champ",
        "en": "Form “{form}” version {version} refused: record {id} holds a value in field “{field}” that this "
        "version would lose (the field is removed or no longer applies). The form in use stays; ask the "
        "coordinator for a version that keeps this field",
    },
    "form_accept_record_fails": {
        "ar": "رُفضت الاستمارة «{form}» النسخة {version}: السجل النهائي {id} لا يستوفي قواعدها في الحقل «{field}» ولن "
        "يمكن تعديله. تبقى النسخة المستعملة حاليا؛ اطلب من المنسق نسخة تقبل السجلات الموجودة",
        "fr": "Formulaire « {form} » version {version} refusé : la fiche finale {id} ne respecte pas ses règles au "
        "champ « {field} » et ne pourrait plus être modifiée. Le formulaire actuel reste en usage ; demandez au "
        "coordinateur une version qui accepte les fiches existantes",
        "en": "Form “{form}” version {version} refused: final record {id} fails its rules in field “{field}” and "
        "could no longer be edited. The form in use stays; ask the coordinator for a version that accepts the "
        "existing records",
    },
    "form_accepted": {
        "ar": "الاستمارة «{form}» النسخة {version} مستعملة الآن",
        "fr": "Le formulaire « {form} » version {version} est maintenant en usage",
        "en": "Form “{form}” version {version} is now in use",
    },
    "forms_proposals_header": {
        "ar": "اقتراحات تنتظر قرارا (taawun forms accept FORM VERSION):",
        "fr": "Propositions en attente de décision (taawun forms accept FORMULAIRE VERSION) :",
        "en": "Proposals waiting for a decision (taawun forms accept FORM VERSION):",
    },
    "forms_proposal_line": {
        "ar": "{form}  النسخة {version} (المستعملة: {current})",
        "fr": "{form}  version {version} (en usage : {current})",
        "en": "{form}  version {version} (in use: {current})",
    },
    "forms_accept_needs_version": {
        "ar": "حدد الاستمارة والنسخة: taawun forms accept FORM VERSION",
        "fr": "Indiquez le formulaire et la version : taawun forms accept FORMULAIRE VERSION",
        "en": "Name the form and the version: taawun forms accept FORM VERSION",
    },
    "form_change_added": {
        "ar": "حقل مضاف: {field}",
        "fr": "champ ajouté : {field}",
        "en": "field added: {field}",
    },
    "form_change_removed": {
        "ar": "حقل محذوف: {field}",
        "fr": "champ supprimé : {field}",
        "en": "field removed: {field}",
    },
    "form_change_rule": {
        "ar": "قاعدة معدلة: {field} ({rule}): {before} ← {after}",
        "fr": "règle modifiée : {field} ({rule}) : {before} → {after}",
        "en": "rule changed: {field} ({rule}): {before} → {after}",
    },
    # --- end of issue 12: forms by a person's decision ---
    # --- issue 12: each file of a batch merged or refused on its own (app/sync/merge.py) ---
    "sync_file_unreadable": {
        "ar": "تعذرت قراءة الملف {path}، فلم يدمج منه أي شيء ولم يتغير شيء في قاعدة بياناتك، وستدمج الملفات الأخرى. "
        "اطلب من صاحب الحاسوب الذي أنشأه تصديرا جديدا. السبب:",
        "fr": "Le fichier {path} n'a pas pu être lu : rien n'en a été fusionné, votre base n'a pas changé, les autres "
        "fichiers sont fusionnés. Demandez un nouvel export à l'ordinateur qui l'a produit. Raison :",
        "en": "The file {path} could not be read: nothing from it was merged, your database did not change, the other "
        "files are merged. Ask the laptop that made it for a new export. Reason:",
    },
    "unreadable_too_deep": {
        "ar": "فيه قيمة متداخلة بعمق كبير جدا (قوائم داخل قوائم)",
        "fr": "il contient une valeur imbriquée beaucoup trop profondément (des listes dans des listes)",
        "en": "it holds a value nested far too deeply (lists within lists)",
    },
    "unreadable_too_large": {
        "ar": "فيه قيمة أكبر مما تتسع له ذاكرة هذا الحاسوب",
        "fr": "il contient une valeur trop grande pour la mémoire de cet ordinateur",
        "en": "it holds a value too large for this laptop's memory",
    },
    "unreadable_number": {
        "ar": "فيه عدد أكبر من أن يقرأ ({detail})",
        "fr": "il contient un nombre trop grand pour être lu ({detail})",
        "en": "it holds a number too large to be read ({detail})",
    },
    "unreadable_text": {
        "ar": "فيه نص غير صالح (ليس UTF-8)",
        "fr": "il contient un texte invalide (pas de l'UTF-8)",
        "en": "it holds text that is not valid (not UTF-8)",
    },
    "unreadable_value": {
        "ar": "فيه قيمة ليست على الشكل المنتظر ({detail})",
        "fr": "il contient une valeur qui n'a pas la forme attendue ({detail})",
        "en": "it holds a value that is not in the expected form ({detail})",
    },
    "unreadable_sqlite": {
        "ar": "تعذر على SQLite قراءته ({detail})",
        "fr": "SQLite n'a pas pu le lire ({detail})",
        "en": "SQLite could not read it ({detail})",
    },
    "sync_file_failed": {
        "ar": "لم يدمج الملف {path}: أوقف خطأ غير متوقع في تعاون دمجه. لم يكتب منه أي شيء، وستدمج الملفات الأخرى. "
        "أرسل الملف وملف السجل {log} إلى الدعم التقني.",
        "fr": "Le fichier {path} n'a pas été fusionné : une erreur inattendue de Taawun a arrêté sa fusion. Rien n'en "
        "a été écrit ; les autres fichiers sont fusionnés. Envoyez ce fichier et le journal {log} au support.",
        "en": "The file {path} was not merged: an unexpected error in Taawun stopped its merge. Nothing from it was "
        "written; the other files are merged. Send the file and the log {log} to support.",
    },
    # --- end of issue 12: each file on its own ---
    # --- clock sanity (issue 12: app/core/clock.py, app/db/stamps.py, app/ui/clock_warning.py) ---------------------
    "sync_clock_ahead": {
        "ar": "لم يدمج الملف {path}: فيه تغييرات من الحاسوب «{device}» مؤرخة في {date}، أي بعد ساعة هذا الحاسوب "
        "({now}) بأكثر من يوم. تاريخ ذلك الحاسوب وساعته خاطئان: اضبطهما على «{device}»، ثم صدر منه ملفا جديدا وادمجه. "
        "لم يتغير أي شيء هنا.",
        "fr": "Le fichier {path} n'a pas été fusionné : il contient des modifications de l'ordinateur « {device} » "
        "datées du {date}, plus d'un jour après l'horloge de cet ordinateur ({now}). La date et l'heure de cet "
        "ordinateur-là sont fausses : réglez-les sur « {device} », puis exportez-en un nouveau fichier et fusionnez "
        "celui-ci. Rien n'a été modifié ici.",
        "en": "The file {path} was not merged: it holds changes from the laptop \"{device}\" dated {date}, more than "
        "a day ahead of this laptop's clock ({now}). That laptop's date and time are wrong: set them right on "
        "\"{device}\", then export a new file from it and merge that one. Nothing was changed here.",
    },
    "sync_clock_ahead_here": {
        "ar": "لم يدمج الملف {path}: فيه تغييرات من الحاسوب «{device}» مؤرخة في {date}، بعد ساعة هذا الحاسوب ({now}) "
        "بأكثر من يوم، لكن ساعة هذا الحاسوب نفسها تبدو متأخرة (قبل بياناته). اضبط تاريخ هذا الحاسوب وساعته في إعدادات "
        "النظام، ثم ادمج الملف من جديد. لم يتغير أي شيء.",
        "fr": "Le fichier {path} n'a pas été fusionné : il contient des modifications de l'ordinateur « {device} » "
        "datées du {date}, plus d'un jour après l'horloge de cet ordinateur ({now}) ; mais c'est l'horloge de cet "
        "ordinateur-ci qui semble en retard (elle est avant ses propres données). Réglez la date et l'heure de cet "
        "ordinateur dans les paramètres du système, puis fusionnez à nouveau le fichier. Rien n'a été modifié.",
        "en": "The file {path} was not merged: it holds changes from the laptop \"{device}\" dated {date}, more than "
        "a day ahead of this laptop's clock ({now}); but it is this laptop's own clock that looks behind (it is "
        "earlier than its own data). Set this laptop's date and time in the system settings, then merge the file "
        "again. Nothing was changed.",
    },
    "clock_stamp_ahead": {
        "ar": "تغيير من الحاسوب «{device}» مؤرخ في {date}، بعد ساعة هذا الحاسوب ({now}) بأكثر من يوم: لم يقبل. اضبط "
        "تاريخ ذلك الحاسوب وساعته، ثم صدر منه من جديد.",
        "fr": "Une modification de l'ordinateur « {device} » est datée du {date}, plus d'un jour après l'horloge de "
        "cet ordinateur ({now}) : elle n'a pas été acceptée. Réglez la date et l'heure de cet ordinateur-là, puis "
        "exportez à nouveau.",
        "en": "A change from the laptop \"{device}\" is dated {date}, more than a day ahead of this laptop's clock "
        "({now}): it was not accepted. Set that laptop's date and time, then export again.",
    },
    "clock_exhausted": {
        "ar": "بلغت ساعة قاعدة البيانات هذه آخر تاريخ يمكنها عده (دفعها إليه ملف من حاسوب تاريخه خاطئ، قبل أن يتحقق "
        "تعاون من التواريخ): لا يمكن حفظ أي تغيير. استعد نسخة احتياطية أخذت قبل ذلك الدمج (taawun backup restore)، أو "
        "اطلب المساعدة من المنسق.",
        "fr": "L'horloge de cette base a atteint la dernière date qu'elle peut compter (un fichier venu d'un "
        "ordinateur mal daté l'y a poussée, avant que Taawun ne vérifie les dates) : aucune modification ne peut "
        "être enregistrée. Restaurez une sauvegarde faite avant cette fusion (taawun backup restore), ou demandez "
        "l'aide de votre coordinateur.",
        "en": "This database's clock has reached the last date it can count (a file from a laptop with a wrong date "
        "pushed it there, before Taawun checked dates): no change can be saved. Restore a backup made before that "
        "merge (taawun backup restore), or ask your coordinator for help.",
    },
    "clock_database_ahead": {
        "ar": "ساعة قاعدة البيانات هذه عند {newest}، بعيدا في المستقبل (ساعة الحاسوب: {now}): دفعها إليه ملف من حاسوب "
        "تاريخه خاطئ، قبل أن يتحقق تعاون من التواريخ. التغييرات هنا تؤرخ من هناك، وسترفضها الحواسيب الأخرى. استعد نسخة "
        "احتياطية أخذت قبل ذلك الدمج، أو اطلب المساعدة من المنسق.",
        "fr": "L'horloge de cette base est au {newest}, loin dans le futur (horloge de l'ordinateur : {now}) : un "
        "fichier venu d'un ordinateur mal daté l'y a poussée, avant que Taawun ne vérifie les dates. Les "
        "modifications faites ici sont datées à partir de là, et les autres ordinateurs les refuseront. Restaurez "
        "une sauvegarde faite avant cette fusion, ou demandez l'aide de votre coordinateur.",
        "en": "This database's clock is at {newest}, far in the future (the laptop's clock: {now}): a file from a "
        "laptop with a wrong date pushed it there, before Taawun checked dates. Changes made here are dated from "
        "there, and other laptops will refuse them. Restore a backup made before that merge, or ask your "
        "coordinator for help.",
    },
    "clock_behind_data": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، لكن بياناته فيها تغييرات مؤرخة حتى {newest}. تاريخه وساعته خاطئان على "
        "الأرجح (بطارية الساعة فارغة؟): اضبطهما في إعدادات النظام. إلى ذلك الحين قد ترفض ملفات الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, mais ses données contiennent des modifications datées "
        "jusqu'au {newest}. Sa date et son heure sont sans doute fausses (pile de l'horloge usée ?) : réglez-les "
        "dans les paramètres du système. D'ici là, les fichiers des autres ordinateurs pourront être refusés.",
        "en": "This laptop's clock says {now}, but its data holds changes dated up to {newest}. Its date and time "
        "are probably wrong (a flat clock battery?): set them in the system settings. Until then, files from other "
        "laptops may be refused.",
    },
    "clock_before_release": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، قبل صدور هذه النسخة من تعاون: تاريخه وساعته خاطئان على الأرجح (بطارية "
        "الساعة فارغة؟). اضبطهما في إعدادات النظام؛ إلى ذلك الحين سترفض ملفات الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, avant la sortie de cette version de Taawun : sa date et "
        "son heure sont sans doute fausses (pile de l'horloge usée ?). Réglez-les dans les paramètres du système ; "
        "d'ici là, les fichiers des autres ordinateurs seront refusés.",
        "en": "This laptop's clock says {now}, before this version of Taawun was made: its date and time are "
        "probably wrong (a flat clock battery?). Set them in the system settings; until then, files from other "
        "laptops will be refused.",
    },
    "clock_far_ahead": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، بعيدا في المستقبل أو بعد أحدث بياناته بسنوات. إن كان التاريخ خاطئا "
        "فاضبطه في إعدادات النظام قبل أي تغيير: التغييرات المؤرخة في المستقبل ترفضها الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, loin dans le futur ou des années après ses données les plus "
        "récentes. Si la date est fausse, réglez-la dans les paramètres du système avant toute modification : les "
        "modifications datées dans le futur sont refusées par les autres ordinateurs.",
        "en": "This laptop's clock says {now}, far in the future or years after the newest data it holds. If the "
        "date is wrong, set it in the system settings before making changes: changes dated in the future are "
        "refused by other laptops.",
    },
    "check_clock_warning": {
        "ar": "تنبيه (ليس عطبا): {detail}",
        "fr": "Attention (ce n'est pas un dommage) : {detail}",
        "en": "Warning (not damage): {detail}",
    },
    # --- end of clock sanity ---
    # --- files on Windows: antivirus, files in use, full disks, FAT32 (issue 13, points 3 and 5) ------------------
    "write_reason_in_use": {
        "ar": "الملف مستعمل من طرف برنامج آخر",
        "fr": "le fichier est utilisé par un autre programme",
        "en": "the file is in use by another program",
    },
    "write_reason_disk_full": {
        "ar": "القرص ممتلئ",
        "fr": "le disque est plein",
        "en": "the disk is full",
    },
    "write_reason_read_only": {
        "ar": "المجلد للقراءة فقط أو غير مسموح بالكتابة فيه",
        "fr": "le dossier est en lecture seule ou l'écriture n'y est pas permise",
        "en": "the folder is read-only or writing there is not allowed",
    },
    "autosave_not_written": {
        "ar": "تعذر تحديث النسخة الاحتياطية لهذه الاستمارة على القرص ({reason}). سيعيد تعاون المحاولة بعد ثوان؛ ما كتبته "
        "ما زال في الاستمارة، واحفظها لتحتفظ به.",
        "fr": "La copie de secours de ce formulaire n'a pas pu être mise à jour sur le disque ({reason}). Taawun "
        "réessaie dans quelques secondes ; votre saisie est toujours dans le formulaire, enregistrez-le pour la "
        "garder.",
        "en": "The backup copy of this form could not be updated on the disk ({reason}). Taawun tries again in a "
        "few seconds; your typing is still in the form: save it to keep it.",
    },
    "settings_not_saved": {
        "ar": "تعذر حفظ الإعدادات في {path} ({reason}). تبقى سارية إلى أن يغلق تعاون.",
        "fr": "Les réglages n'ont pas pu être enregistrés dans {path} ({reason}). Ils s'appliquent jusqu'à la "
        "fermeture de Taawun.",
        "en": "The settings could not be saved in {path} ({reason}). They apply until Taawun is closed.",
    },
    "filters_not_remembered": {
        "ar": "تعذر حفظ عوامل تصفية القائمة ({reason}). تبقى سارية إلى أن يغلق تعاون.",
        "fr": "Les filtres de la liste n'ont pas pu être mémorisés ({reason}). Ils s'appliquent jusqu'à la "
        "fermeture de Taawun.",
        "en": "The list's filters could not be remembered ({reason}). They apply until Taawun is closed.",
    },
    "report_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر (مفتوح في قارئ PDF؟): أغلقه ثم أعد المحاولة. لم يكتب أي ملف.",
        "fr": "Le fichier {path} est utilisé par un autre programme (ouvert dans un lecteur PDF ?) : fermez-le et "
        "réessayez. Aucun fichier n'a été écrit.",
        "en": "The file {path} is in use by another program (open in a PDF reader?): close it and try again. No "
        "file was written.",
    },
    "sync_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر: أغلقه ثم أعد المحاولة. لم يصدر أي ملف.",
        "fr": "Le fichier {path} est utilisé par un autre programme : fermez-le et réessayez. Rien n'a été exporté.",
        "en": "The file {path} is in use by another program: close it and try again. Nothing was exported.",
    },
    "backup_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر: أغلقه ثم أعد المحاولة. لم تكتب أي نسخة احتياطية.",
        "fr": "Le fichier {path} est utilisé par un autre programme : fermez-le et réessayez. Aucune sauvegarde n'a "
        "été écrite.",
        "en": "The file {path} is in use by another program: close it and try again. No backup was written.",
    },
    "file_too_big_for_fat": {
        "ar": "الملف سيبلغ حوالي {size} جيغابايت، لكن {path} مهيأ بنظام {file_system} الذي لا يقبل ملفا يتجاوز 4 "
        "جيغابايت. لم يكتب أي شيء. استعمل مفتاحا أو قرصا مهيأ بنظام exFAT أو NTFS (أو أعد تهيئة هذا المفتاح بنظام "
        "exFAT، وهذا يمحو ما عليه).",
        "fr": "Le fichier ferait environ {size} Go, mais {path} est formaté en {file_system}, qui n'accepte pas de "
        "fichier de plus de 4 Go. Rien n'a été écrit. Utilisez une clé ou un disque formaté en exFAT ou NTFS (ou "
        "reformatez cette clé en exFAT, ce qui l'efface).",
        "en": "The file would be about {size} GB, but {path} is formatted {file_system}, which cannot hold a file "
        "over 4 GB. Nothing was written. Use a stick or disk formatted exFAT or NTFS (or reformat this stick as "
        "exFAT, which erases it).",
    },
    # --- end of files on Windows ---
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
    # --- end of command-line input in any code page ---
    # --- the unexpected -------------------------------------------------------------------------------------------
    "bug": {
        "ar": "عذرا، حدث خطأ غير متوقع. لم تفقد أي بيانات محفوظة. التفاصيل في: {log}",
        "fr": "Désolé, une erreur inattendue s'est produite. Aucune donnée enregistrée n'est perdue. Détails : {log}",
        "en": "Sorry, something unexpected went wrong. No saved data was lost. Details in: {log}",
    },
}


# --- issue 15, the command line (app/cli/): plural forms of counts, choices and references by name, missing
# database files, `taawun forms FORM`, what changed in `taawun history` --------------------------------------------
# Plural messages: per language, the CLDR plural categories (app.core.messages.plural_category); `translate` picks
# one by the `count` parameter ("other" when the category is not given). The `n_*` ones are counted nouns, given
# as parameters of the sentences below (a sentence with several counts).
PLURAL_MESSAGES: dict[str, dict[str, dict[str, str]]] = {
    "n_records": {
        "ar": {"zero": "لا سجلات", "one": "سجل واحد", "two": "سجلان", "few": "{count} سجلات", "many": "{count} سجلا",
               "other": "{count} سجل"},
        "fr": {"one": "{count} fiche", "other": "{count} fiches"},
        "en": {"one": "{count} record", "other": "{count} records"},
    },
    "n_versions": {
        "ar": {"zero": "لا نسخ", "one": "نسخة واحدة", "two": "نسختان", "few": "{count} نسخ", "many": "{count} نسخة",
               "other": "{count} نسخة"},
        "fr": {"one": "{count} version", "other": "{count} versions"},
        "en": {"one": "{count} version", "other": "{count} versions"},
    },
    "n_photos": {
        "ar": {"zero": "لا صور", "one": "صورة واحدة", "two": "صورتان", "few": "{count} صور", "many": "{count} صورة",
               "other": "{count} صورة"},
        "fr": {"one": "{count} photo", "other": "{count} photos"},
        "en": {"one": "{count} photo", "other": "{count} photos"},
    },
    "n_pages": {
        "ar": {"zero": "لا صفحات", "one": "صفحة واحدة", "two": "صفحتان", "few": "{count} صفحات",
               "many": "{count} صفحة", "other": "{count} صفحة"},
        "fr": {"one": "{count} page", "other": "{count} pages"},
        "en": {"one": "{count} page", "other": "{count} pages"},
    },
    "n_fields": {
        "ar": {"zero": "لا حقول", "one": "حقل واحد", "two": "حقلان", "few": "{count} حقول", "many": "{count} حقلا",
               "other": "{count} حقل"},
        "fr": {"one": "{count} champ", "other": "{count} champs"},
        "en": {"one": "{count} field", "other": "{count} fields"},
    },
    "n_forms": {
        "ar": {"zero": "لا استمارات", "one": "استمارة واحدة", "two": "استمارتان", "few": "{count} استمارات",
               "many": "{count} استمارة", "other": "{count} استمارة"},
        "fr": {"one": "{count} formulaire", "other": "{count} formulaires"},
        "en": {"one": "{count} form", "other": "{count} forms"},
    },
    "cli_list_count": {
        "ar": {"zero": "لا توجد أي سجلات", "one": "سجل واحد", "two": "سجلان", "few": "{count} سجلات",
               "many": "{count} سجلا", "other": "{count} سجل"},
        "fr": {"one": "{count} fiche", "other": "{count} fiches"},
        "en": {"one": "{count} record", "other": "{count} records"},
    },
    "cli_demo_loaded": {
        "ar": {"zero": "لم يضف أي سجل من لقاء مريرت؛ في قاعدة البيانات الآن {total}",
               "one": "أضيف سجل واحد من لقاء مريرت؛ في قاعدة البيانات الآن {total}",
               "two": "أضيف سجلان من لقاء مريرت؛ في قاعدة البيانات الآن {total}",
               "few": "أضيفت {count} سجلات من لقاء مريرت؛ في قاعدة البيانات الآن {total}",
               "many": "أضيف {count} سجلا من لقاء مريرت؛ في قاعدة البيانات الآن {total}",
               "other": "أضيف {count} سجل من لقاء مريرت؛ في قاعدة البيانات الآن {total}"},
        "fr": {"one": "{count} fiche de la rencontre de M'rirt ajoutée ; la base contient maintenant {total}",
               "other": "{count} fiches de la rencontre de M'rirt ajoutées ; la base contient maintenant {total}"},
        "en": {"one": "{count} record of the Mrirt meeting added; the database now holds {total}",
               "other": "{count} records of the Mrirt meeting added; the database now holds {total}"},
    },
    "cli_search_count": {
        "ar": {"zero": "لم يعثر على أي سجل", "one": "عثر على سجل واحد", "two": "عثر على سجلين",
               "few": "عثر على {count} سجلات", "many": "عثر على {count} سجلا", "other": "عثر على {count} سجل"},
        "fr": {"one": "{count} fiche trouvée", "other": "{count} fiches trouvées"},
        "en": {"one": "{count} record found", "other": "{count} records found"},
    },
    "cli_conflicts_count": {
        "ar": {"zero": "لا توجد تعارضات مفتوحة", "one": "تعارض مفتوح واحد", "two": "تعارضان مفتوحان",
               "few": "{count} تعارضات مفتوحة", "many": "{count} تعارضا مفتوحا", "other": "{count} تعارض مفتوح"},
        "fr": {"one": "{count} conflit ouvert", "other": "{count} conflits ouverts"},
        "en": {"one": "{count} open conflict", "other": "{count} open conflicts"},
    },
    "cli_validation_failed": {
        "ar": {"zero": "لم يحفظ أي شيء", "one": "لم يحفظ أي شيء: خطأ واحد في الاستمارة",
               "two": "لم يحفظ أي شيء: خطآن في الاستمارة", "few": "لم يحفظ أي شيء: {count} أخطاء في الاستمارة",
               "many": "لم يحفظ أي شيء: {count} خطأ في الاستمارة", "other": "لم يحفظ أي شيء: {count} خطأ في الاستمارة"},
        "fr": {"one": "Rien n'a été enregistré : {count} erreur dans le formulaire",
               "other": "Rien n'a été enregistré : {count} erreurs dans le formulaire"},
        "en": {"one": "Nothing was saved: {count} error in the form",
               "other": "Nothing was saved: {count} errors in the form"},
    },
    "cli_record_in_use": {
        "ar": {"one": "لا يمكن حذف السجل {id}: سجل آخر يشير إليه (احذفه أو غيره أولا)",
               "two": "لا يمكن حذف السجل {id}: سجلان آخران يشيران إليه (احذفهما أو غيرهما أولا)",
               "few": "لا يمكن حذف السجل {id}: {count} سجلات أخرى تشير إليه (احذفها أو غيرها أولا)",
               "many": "لا يمكن حذف السجل {id}: {count} سجلا آخر يشير إليه (احذفها أو غيرها أولا)",
               "other": "لا يمكن حذف السجل {id}: {count} سجل آخر يشير إليه (احذفها أو غيرها أولا)"},
        "fr": {"one": "Impossible de supprimer la fiche {id} : {count} autre fiche y renvoie (modifiez-la d'abord)",
               "other": "Impossible de supprimer la fiche {id} : {count} autres fiches y renvoient (modifiez-les"
                        " d'abord)"},
        "en": {"one": "Cannot delete record {id}: {count} other record refers to it (change or delete it first)",
               "other": "Cannot delete record {id}: {count} other records refer to it (change or delete them"
                        " first)"},
    },
    "cli_conflict_resolved": {
        "ar": {"other": "حل التعارض {id}: السجل {record} الآن في النسخة {version} (عدد التعارضات المغلقة: {count})"},
        "fr": {"one": "Conflit {id} résolu : la fiche {record} est maintenant en version {version} ({count} conflit"
                      " fermé)",
               "other": "Conflit {id} résolu : la fiche {record} est maintenant en version {version} ({count} conflits"
                        " fermés)"},
        "en": {"one": "Conflict {id} resolved: record {record} is now at version {version} ({count} conflict closed)",
               "other": "Conflict {id} resolved: record {record} is now at version {version} ({count} conflicts"
                        " closed)"},
    },
}  # fmt: skip

MESSAGES.update({
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
        "ar": "لا توجد قاعدة بيانات في {path}: تحقق من اسم الملف. لا ينشئ الملف إلا أمر يكتب (add أو demo أو sync "
        "merge أو restore).",
        "fr": "Il n'y a pas de base de données à {path} : vérifiez le nom du fichier. Seule une commande qui écrit "
        "(add, demo, sync merge ou restore) crée le fichier.",
        "en": "There is no database at {path}: check the file name. Only a command that writes (add, demo, sync merge "
        "or restore) creates the file.",
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
})  # fmt: skip
# --- end of issue 15, the command line ---

# --- issue 14, per-form behaviour declared in the form file (app/core/form_behaviour.py) ---
MESSAGES.update({
    "report_unknown": {
        "ar": "تطلب الاستمارة «{form}» تقريرا باسم «{report}» لا يعرفه هذا الإصدار (المتاحة: {available})",
        "fr": "Le formulaire « {form} » demande un rapport « {report} » que cette version ne connaît pas"
              " (disponibles : {available})",
        "en": "The form “{form}” asks for a report “{report}” this release does not know (available: {available})",
    },
})  # fmt: skip
# --- end of issue 14, per-form behaviour ---


def plural_category(lang: str, count: object) -> str:
    """CLDR's plural category of `count` in `lang`: Arabic zero, one, two, few (3-10), many (11-99), other (100+,
    by the last two digits: 103 is few, 111 many, 200 other); French one (0 and 1) and other; English one and other.
    Anything that is not a whole number is "other"."""
    if isinstance(count, bool) or not isinstance(count, int):
        return "other"
    n = abs(count)
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def translate(code: str, lang: str, **params: Any) -> str:
    """The message `code` in `lang` (falling back to English), with `params` filled in. A plural message
    (`PLURAL_MESSAGES`) takes the form of `lang`'s plural category for the `count` parameter."""
    plural = PLURAL_MESSAGES.get(code)
    if plural is not None:
        language = lang if lang in plural else "en"
        forms = plural[language]
        template = forms.get(plural_category(language, params.get("count"))) or forms["other"]
    else:
        texts = MESSAGES.get(code)
        if texts is None:
            return f"{code} {shown_param(str(params))}" if params else code
        template = texts.get(lang) or texts["en"]
    try:
        # Every parameter may come from a file (a device name, an author, a path, a detail): escaped and bounded
        # here, once for all messages (app/core/shown.py); numbers and text already escaped pass as they are.
        # The result is Shown: given as a parameter of another message, it is not escaped again.
        return Shown(template.format(**{name: shown_param(value) for name, value in params.items()}))
    except (KeyError, IndexError, ValueError):
        return template
