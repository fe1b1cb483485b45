"""Records and commands on them, and the unexpected (a bug: the log's path)."""

MESSAGES: dict[str, dict[str, str]] = {
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
    # --- the lists' filters (app/ui/filter_bar.py) -------------------------------------------------------------------
    # The entry of a filter that filters nothing. One word for every filter: a filter's noun is any field a form
    # file names, whose grammatical gender nobody declares, so French takes the invariable "indifférent" of its
    # search forms ("Pièces : Indifférent") rather than "(tous)"/"(toutes)", which must agree with the noun and
    # read wrong under "Difficultés rencontrées". Arabic's "الكل" and English's "any" agree with every noun.
    "list_filter_any": {"ar": "(الكل)", "fr": "(indifférent)", "en": "(any)"},
    # --- the unexpected -------------------------------------------------------------------------------------------
    "bug": {
        "ar": "عذرا، حدث خطأ غير متوقع. لم تفقد أي بيانات محفوظة. التفاصيل في: {log}",
        "fr": "Désolé, une erreur inattendue s'est produite. Aucune donnée enregistrée n'est perdue. Détails : {log}",
        "en": "Sorry, something unexpected went wrong. No saved data was lost. Details in: {log}",
    },
}
