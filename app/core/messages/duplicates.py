"""Likely duplicates and joining two records into one (app/db/duplicates.py, app/db/joining.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "join_same_record": {
        "ar": "لا يمكن ضم السجل {id} إلى نفسه",
        "fr": "La fiche {id} ne peut pas être fusionnée avec elle-même",
        "en": "Record {id} cannot be joined into itself",
    },
    "join_other_form": {
        "ar": "لا يمكن ضم سجلين من استمارتين مختلفتين ({keep}، {other})",
        "fr": "Deux fiches de formulaires différents ne peuvent pas être fusionnées ({keep}, {other})",
        "en": "Two records of different forms cannot be joined ({keep}, {other})",
    },
    "duplicates_no_rule": {
        "ar": "الاستمارة «{form}» لا تحدد ما يُقارن للعثور على السجلات المكررة",
        "fr": "Le formulaire « {form} » ne déclare pas ce qui est comparé pour trouver les doublons",
        "en": "Form “{form}” declares nothing to compare for duplicates",
    },
    "duplicates_none": {
        "ar": "لا توجد سجلات مكررة محتملة",
        "fr": "Aucun doublon probable",
        "en": "No likely duplicates",
    },
    "duplicates_count": {
        "ar": "أزواج مكررة محتملة: {count}",
        "fr": "Doublons probables : {count} paire(s)",
        "en": "Likely duplicates: {count} pair(s)",
    },
    "duplicates_warning": {
        "ar": "تنبيه: قد يكون هذا السجل مكررا لسجل موجود:",
        "fr": "Attention : cette fiche double peut-être une fiche existante :",
        "en": "Warning: this record may duplicate an existing one:",
    },
    "duplicates_join_hint": {
        "ar": "لضم سجلين في سجل واحد: taawun join المحتفظ_به الآخر",
        "fr": "Pour fusionner deux fiches : taawun join GARDÉE AUTRE",
        "en": "To join two records into one: taawun join KEEP OTHER",
    },
    "join_done": {
        "ar": "ضُم السجل {other} إلى {keep}: {moved} سجل(ات) مرتبطة نُقلت، حقول مأخوذة: {taken}",
        "fr": "Fiche {other} fusionnée dans {keep} : {moved} fiche(s) liée(s) déplacée(s), champs repris : {taken}",
        "en": "Record {other} joined into {keep}: {moved} linked record(s) moved, fields taken over: {taken}",
    },
    "duplicates_after_merge": {
        "ar": "أزواج مكررة محتملة تخص سجلات جاء بها الدمج: {count} (لعرضها: taawun duplicates)",
        "fr": "Doublons probables parmi les fiches apportées par la fusion : {count} paire(s) (pour les voir : "
        "taawun duplicates)",
        "en": "Likely duplicates involving records the merge brought: {count} pair(s) (to see them: taawun duplicates)",
    },
    "reason_same_name": {
        "ar": "نفس الاسم، نفس {place}",
        "fr": "même nom, même {place}",
        "en": "same name, same {place}",
    },
    "reason_similar_name": {
        "ar": "اسم متشابه، نفس {place}",
        "fr": "nom semblable, même {place}",
        "en": "similar name, same {place}",
    },
    "reason_same_field": {"ar": "نفس {field}", "fr": "même {field}", "en": "same {field}"},
    # - pairs marked "not the same" (app/db/distinct_pairs.py)
    "distinct_same_record": {
        "ar": "لا يمكن وسم السجل {id} بأنه ليس هو نفسه",
        "fr": "La fiche {id} ne peut pas être marquée comme différente d'elle-même",
        "en": "Record {id} cannot be marked as not the same as itself",
    },
    "distinct_other_form": {
        "ar": "سجلان من استمارتين مختلفتين لا يُقترحان أبدا كمكررين ({first}، {second})",
        "fr": "Deux fiches de formulaires différents ne sont jamais proposées comme doublons ({first}, {second})",
        "en": "Two records of different forms are never proposed as duplicates ({first}, {second})",
    },
    "distinct_pairs_full": {
        "ar": "لا يمكن وسم أكثر من {max} زوج بأنهما ليسا نفس السجل",
        "fr": "Au plus {max} paires peuvent être marquées comme différentes",
        "en": "At most {max} pairs can be marked as not the same",
    },
    "distinct_marked": {
        "ar": "وُسم السجلان {first} و{second} بأنهما ليسا نفس السجل: لن يُقترحا بعد الآن كمكررين، هنا وفي الحواسيب"
        " الأخرى بعد التبادل القادم. لا يمكن التراجع عن هذا الوسم.",
        "fr": "Les fiches {first} et {second} sont marquées comme différentes : elles ne seront plus proposées comme"
        " doublons, ici et, après le prochain échange, sur les autres ordinateurs. Ce marquage ne peut pas être"
        " annulé.",
        "en": "Records {first} and {second} are marked as not the same: they will no longer be proposed as"
        " duplicates, here and, after the next exchange, on the other laptops. A mark cannot be undone.",
    },
    "distinct_already": {
        "ar": "السجلان {first} و{second} موسومان من قبل بأنهما ليسا نفس السجل",
        "fr": "Les fiches {first} et {second} étaient déjà marquées comme différentes",
        "en": "Records {first} and {second} were already marked as not the same",
    },
    "duplicates_not_hint": {
        "ar": "إن لم يكونا نفس السجل: taawun duplicates --not المعرف١ المعرف٢",
        "fr": "Si ce ne sont pas les mêmes : taawun duplicates --not ID1 ID2",
        "en": "If they are not the same: taawun duplicates --not ID1 ID2",
    },
    "duplicates_not_alone": {
        "ar": "الخيار ‎--not‎ يأخذ معرفي سجلين ولا يأخذ استمارة",
        "fr": "L'option --not prend les identifiants de deux fiches, pas de formulaire",
        "en": "--not takes the ids of two records, not a form",
    },
}
