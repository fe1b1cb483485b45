"""Field values and the bounds every value that enters the database must keep (app/core/validation.py, app/core/bounds.py)."""

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
        "ar": "«{value}» ليس تاريخا صحيحا (اليوم/الشهر/السنة، مثلا 17/05/2025)",
        "fr": "« {value} » n'est pas une date valide (JJ/MM/AAAA, par exemple 17/05/2025)",
        "en": "“{value}” is not a valid date (YYYY-MM-DD, e.g. 2025-05-17)",
    },
    # What an empty date box shows: the parts of the language's date format (app.core.dates), in its order.
    "date_hint": {
        "ar": "يوم/شهر/سنة",
        "fr": "JJ/MM/AAAA",
        "en": "YYYY-MM-DD",
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
}
