"""Plural messages: counted nouns and sentences, by CLDR plural category."""

# --- issue 15, the command line (app/cli/): plural forms of counts, choices and references by name, missing
# database files, `taawun forms FORM`, what changed in `taawun history` --------------------------------------------
# Plural messages: per language, the CLDR plural categories (app.core.messages.plural_category); `translate` picks
# one by the `count` parameter ("other" when the category is not given). The `n_*` ones are counted nouns, given
# as parameters of the sentences below (a sentence with several counts).
PLURAL_MESSAGES: dict[str, dict[str, dict[str, str]]] = {
    "followup_page_overdue": {
        "ar": {"zero": "لا توصية متأخرة عن أجلها", "one": "توصية واحدة متأخرة عن أجلها",
               "two": "توصيتان متأخرتان عن أجلهما", "few": "{count} توصيات متأخرة عن أجلها",
               "many": "{count} توصية متأخرة عن أجلها", "other": "{count} توصية متأخرة عن أجلها"},
        "fr": {"one": "{count} recommandation en retard sur son échéance",
               "other": "{count} recommandations en retard sur leur échéance"},
        "en": {"one": "{count} recommendation past its due date", "other": "{count} recommendations past their due date"},
    },
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
