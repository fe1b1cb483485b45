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
}
