"""An organisation, its keys and member list, sealed files and signed versions (app/security, docs/security.md)."""

MESSAGES: dict[str, dict[str, str]] = {
    "org_wrong_passphrase": {
        "ar": "عبارة المرور غير صحيحة",
        "fr": "Phrase de passe incorrecte",
        "en": "Wrong passphrase",
    },
    "org_passphrase_empty": {
        "ar": "عبارة المرور لا يمكن أن تكون فارغة",
        "fr": "La phrase de passe ne peut pas être vide",
        "en": "The passphrase cannot be empty",
    },
    "org_passphrase_needed": {
        "ar": "هذا الأمر يحتاج إلى عبارة مرور هذا الحاسوب: اكتبها عند السؤال، أو سمِّ ملفًا يحتويها بـ --passphrase-file،"
        " أو ضعها في المتغير TAAWUN_PASSPHRASE",
        "fr": "Cette commande a besoin de la phrase de passe de cet ordinateur : tapez-la quand elle est demandée,"
        " nommez un fichier qui la contient avec --passphrase-file, ou mettez-la dans la variable TAAWUN_PASSPHRASE",
        "en": "This command needs this laptop's passphrase: type it when asked, name a file holding it with"
        " --passphrase-file, or put it in the variable TAAWUN_PASSPHRASE",
    },
    "org_passphrase_file_unreadable": {
        "ar": "تعذرت قراءة ملف عبارة المرور {path}: {detail}",
        "fr": "Impossible de lire le fichier de phrase de passe {path} : {detail}",
        "en": "Cannot read the passphrase file {path}: {detail}",
    },
    "org_passphrase_prompt": {
        "ar": "عبارة مرور هذا الحاسوب: ",
        "fr": "Phrase de passe de cet ordinateur : ",
        "en": "This laptop's passphrase: ",
    },
    "org_passphrase_prompt_new": {
        "ar": "عبارة المرور الجديدة: ",
        "fr": "Nouvelle phrase de passe : ",
        "en": "New passphrase: ",
    },
    "org_passphrase_prompt_again": {
        "ar": "أعد كتابة عبارة المرور الجديدة: ",
        "fr": "Retapez la nouvelle phrase de passe : ",
        "en": "The new passphrase again: ",
    },
    "org_passphrases_differ": {
        "ar": "العبارتان غير متطابقتين",
        "fr": "Les deux phrases de passe diffèrent",
        "en": "The two passphrases differ",
    },
    "org_not_coordinator": {
        "ar": "هذا الحاسوب ليس حاسوب منسق: لا يحمل مفتاح المنظمة",
        "fr": "Cet ordinateur n'est pas celui d'un coordinateur : il ne détient pas la clé de l'organisation",
        "en": "This laptop is not a coordinator's: it does not hold the organisation's key",
    },
    "org_already_member": {
        "ar": "هذا الحاسوب عضو بالفعل في المنظمة «{name}»",
        "fr": "Cet ordinateur est déjà membre de l'organisation « {name} »",
        "en": "This laptop already belongs to the organisation “{name}”",
    },
    "org_list_invalid": {
        "ar": "قائمة أعضاء المنظمة في هذا الملف غير صالحة ({what}): لم يُدمج شيء",
        "fr": "La liste des membres de l'organisation dans ce fichier n'est pas valide ({what}) : rien n'a été fusionné",
        "en": "The organisation's member list in this file is not valid ({what}): nothing was merged",
    },
    # - signed versions (app/security/version_signing.py): each refusal names the record; nothing was merged
    "org_keys_other_laptop": {
        "ar": "مفاتيح هذا الحاسوب هي مفاتيح الحاسوب {laptop}، وهذه القاعدة صارت الجهاز {device} (نسخة مسترجعة):"
        " لا يمكنها توقيع تعديلاتها. اطلب من المنسق دعوة جديدة لهذا الحاسوب.",
        "fr": "Les clés de cet ordinateur sont celles de l'ordinateur {laptop}, et cette base est devenue l'appareil"
        " {device} (une copie restaurée) : elle ne peut pas signer ses modifications. Demandez au coordinateur une"
        " nouvelle invitation pour cet ordinateur.",
        "en": "This laptop's keys are those of laptop {laptop}, and this database became device {device} (a restored"
        " copy): it cannot sign its changes. Ask the coordinator for a new invite for this laptop.",
    },
    "org_version_own_laptop": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} باسم هذا الحاسوب لم يكتبها هذا الحاسوب قط: لم يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} au nom de cet ordinateur, qui ne l'a jamais"
        " écrite : il n'a pas été fusionné, rien n'a changé",
        "en": "The file {path} holds a version of record {id} in this laptop's name that this laptop never wrote: it"
        " was not merged, nothing changed",
    },
    "org_version_unsigned": {
        "ar": "الملف {path} يحمل نسخة غير موقعة من السجل {id} باسم الحاسوب {laptop}، كتبت بعد أن بدأت المنظمة توقيع"
        " التعديلات: لم يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version non signée de la fiche {id} au nom de l'ordinateur {laptop},"
        " écrite après que l'organisation a commencé à signer les modifications : il n'a pas été fusionné, rien n'a"
        " changé",
        "en": "The file {path} holds an unsigned version of record {id} in the name of laptop {laptop}, written after"
        " the organisation began signing changes: it was not merged, nothing changed",
    },
    "org_version_unknown_laptop": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} موقعة باسم الحاسوب {laptop}، وهو ليس في قائمة أعضاء المنظمة: لم"
        " يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} signée au nom de l'ordinateur {laptop}, qui"
        " n'est pas dans la liste des membres de l'organisation : il n'a pas été fusionné, rien n'a changé",
        "en": "The file {path} holds a version of record {id} signed in the name of laptop {laptop}, which is not in"
        " the organisation's member list: it was not merged, nothing changed",
    },
    "org_version_removed_laptop": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} كتبها الحاسوب {laptop} بعد إزالته من المنظمة: لم يُدمج، ولم"
        " يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} écrite par l'ordinateur {laptop} après son"
        " retrait de l'organisation : il n'a pas été fusionné, rien n'a changé",
        "en": "The file {path} holds a version of record {id} written by laptop {laptop} after it was removed from"
        " the organisation: it was not merged, nothing changed",
    },
    "org_version_bad_signature": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} باسم الحاسوب {laptop} لا يطابقها توقيعها (غُيّرت بعد توقيعها، أو"
        " زُوّرت): لم يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} au nom de l'ordinateur {laptop} qui ne"
        " correspond pas à sa signature (modifiée après avoir été signée, ou falsifiée) : il n'a pas été fusionné,"
        " rien n'a changé",
        "en": "The file {path} holds a version of record {id} in the name of laptop {laptop} that does not match its"
        " signature (changed after it was signed, or forged): it was not merged, nothing changed",
    },
    "org_version_other_laptop": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} باسم الحاسوب {laptop} لكن وقعها الحاسوب {signer} (زُوّرت باسم"
        " حاسوب آخر): لم يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} au nom de l'ordinateur {laptop}, mais signée"
        " par l'ordinateur {signer} (falsifiée au nom d'un autre ordinateur) : il n'a pas été fusionné, rien n'a"
        " changé",
        "en": "The file {path} holds a version of record {id} in the name of laptop {laptop} but signed by laptop"
        " {signer} (forged in another laptop's name): it was not merged, nothing changed",
    },
    # - a record's history, in an organisation: which laptop signed each version, checked against the member list
    "history_signed_by": {
        "ar": "موقعة من {laptop}",
        "fr": "signée par {laptop}",
        "en": "signed by {laptop}",
    },
    "history_not_signed_before": {
        "ar": "غير موقعة (من قبل المنظمة)",
        "fr": "non signée (d'avant l'organisation)",
        "en": "not signed (from before the organisation)",
    },
    "history_not_signed_yet": {
        "ar": "لم توقع بعد (توقع عند التصدير القادم)",
        "fr": "pas encore signée (elle le sera au prochain export)",
        "en": "not signed yet (it will be at the next export)",
    },
    "history_signature_unverified": {
        "ar": "توقيع غير متحقق منه",
        "fr": "signature non vérifiée",
        "en": "signature not verified",
    },
}
