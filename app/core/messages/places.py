"""Morocco's official provinces: chosen in forms, matched to the provinces typed before (app/core/places.py,
app/core/field_types/places.py, app/db/place_matching.py, `taawun places`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli_type_province": {"ar": "إقليم أو عمالة", "fr": "province ou préfecture", "en": "province or prefecture"},
    "unknown_province": {
        "ar": "«{value}» (الحقل «{field}») ليس إقليما ولا عمالة من اللائحة الرسمية؛ اكتب اسمه بالعربية أو بالفرنسية",
        "fr": "« {value} » (champ « {field} ») n'est ni une province ni une préfecture de la liste officielle ; "
        "écrivez son nom en arabe ou en français",
        "en": "“{value}” (field “{field}”) is not a province or prefecture of the official list; write its name in "
        "Arabic or French",
    },
    "province_not_in_region": {
        "ar": "هذا الإقليم لا ينتمي إلى الجهة المختارة",
        "fr": "Cette province n'appartient pas à la région choisie",
        "en": "This province is not in the region chosen",
    },
    "places_bad_id": {
        "ar": "«{id}» ليس معرف سجل",
        "fr": "« {id} » n'est pas l'identifiant d'une fiche",
        "en": "“{id}” is not a record id",
    },
    "places_no_proposal": {
        "ar": "لا يوجد اقتراح إقليم للسجل {id}: لم يُقبل أي اقتراح (taawun places match يعرض الاقتراحات)",
        "fr": "Aucune province n'est proposée pour la fiche {id} : rien n'a été accepté (taawun places match "
        "liste les propositions)",
        "en": "No province is proposed for record {id}: nothing was accepted (taawun places match lists the proposals)",
    },
    "places_proposals_count": {
        "ar": "اقتراحات: {count}. لقبولها: taawun places match --accept [المعرف ...]",
        "fr": "Propositions : {count}. Pour les accepter : taawun places match --accept [ID ...]",
        "en": "Proposals: {count}. To accept them: taawun places match --accept [ID ...]",
    },
    "places_no_proposals": {
        "ar": "لا يوجد إقليم مكتوب نصا يمكن ربطه باللائحة الرسمية",
        "fr": "Aucune province saisie en texte à rapprocher de la liste officielle",
        "en": "No province typed as text to match to the official list",
    },
    "places_left_alone": {
        "ar": "نصوص تُركت كما كُتبت (لا تسمي إقليما واحدا من اللائحة، أو إقليما خارج جهة السجل): {count}",
        "fr": "Textes laissés tels quels (ne nommant aucune province de la liste, ou une province hors de la région "
        "de la fiche) : {count}",
        "en": "Texts left as typed (naming no province of the list, or one outside the record's region): {count}",
    },
    "places_accepted": {
        "ar": "قُبلت اقتراحات: {count} (نسخة جديدة لكل سجل)",
        "fr": "Propositions acceptées : {count} (une nouvelle version de chaque fiche)",
        "en": "Proposals accepted: {count} (a new version of each record)",
    },
}
