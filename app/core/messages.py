"""Every known condition's message, in Arabic, French and English.

Messages are looked up by code so that the core never builds user-facing sentences itself; the window and the
command line choose the language. Placeholders use `str.format` names.
"""

from __future__ import annotations

from typing import Any

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
        "ar": "الملف {path} تالف أو مبتور (ربما سحب المفتاح أثناء النسخ). لم يتم تغيير أي شيء فيه. ({detail})",
        "fr": "Le fichier {path} est endommagé ou tronqué (clé retirée pendant la copie ?). Il n'a pas été modifié. "
        "({detail})",
        "en": "The file {path} is damaged or truncated (stick pulled while copying?). It was left untouched. "
        "({detail})",
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
    # --- end of reports ---
    # --- sync (app/sync) ------------------------------------------------------------------------------------------
    # --- end of sync ---
    # --- the unexpected -------------------------------------------------------------------------------------------
    "bug": {
        "ar": "عذرا، حدث خطأ غير متوقع. لم تفقد أي بيانات محفوظة. التفاصيل في: {log}",
        "fr": "Désolé, une erreur inattendue s'est produite. Aucune donnée enregistrée n'est perdue. Détails : {log}",
        "en": "Sorry, something unexpected went wrong. No saved data was lost. Details in: {log}",
    },
}


def translate(code: str, lang: str, **params: Any) -> str:
    """The message `code` in `lang` (falling back to English), with `params` filled in."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code} {params}" if params else code
    template = texts.get(lang) or texts["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
