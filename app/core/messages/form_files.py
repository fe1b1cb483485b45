"""Form definition files: what is wrong with one, and forms changed only by a person's decision."""

MESSAGES: dict[str, dict[str, str]] = {
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
    # --- a key the field's type does not read (app/core/field_types) ---
    "form_key_not_for_type": {
        "ar": "المفتاح «{key}» لا يخص حقلا من نوع «{type}» (مفاتيحه: {accepted})",
        "fr": "La clé « {key} » ne s'applique pas à un champ de type « {type} » (ses clés : {accepted})",
        "en": "The key “{key}” does not apply to a field of type “{type}” (its keys: {accepted})",
    },
}
