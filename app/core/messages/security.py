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
    # --- sealed files (app/security/sealed.py) ---
    "sealed_no_organisation_here": {
        "ar": "هذا الحاسوب ليس عضوا في أي منظمة: لا يمكنه ختم ملف",
        "fr": "Cet ordinateur n'appartient à aucune organisation : il ne peut pas sceller de fichier",
        "en": "This laptop belongs to no organisation: it cannot seal a file",
    },
    "sealed_no_organisation": {
        "ar": "{path} ملف مختوم لحواسيب منظمة، وهذا الحاسوب ليس عضوا في أي منظمة: لا يمكنه فتحه",
        "fr": "{path} est scellé pour les ordinateurs d'une organisation ; cet ordinateur n'appartient à aucune :"
        " il ne peut pas l'ouvrir",
        "en": "{path} is sealed for the laptops of an organisation; this laptop belongs to none: it cannot open it",
    },
    "sealed_other_organisation": {
        "ar": "{path} مختوم لمنظمة أخرى: لا يمكن استعماله على هذا الحاسوب",
        "fr": "{path} est scellé pour une autre organisation : il ne peut pas servir sur cet ordinateur",
        "en": "{path} is sealed for another organisation: it cannot be used on this laptop",
    },
    "sealed_is_backup": {
        "ar": "{path} نسخة احتياطية مختومة وليس حزمة مزامنة: تُسترجع (taawun restore) ولا تُدمج",
        "fr": "{path} est une sauvegarde scellée, pas un paquet de synchronisation : elle se restaure"
        " (taawun restore), elle ne se fusionne pas",
        "en": "{path} is a sealed backup, not a sync package: it is restored (taawun restore), not merged",
    },
    "sealed_is_package": {
        "ar": "{path} حزمة مزامنة مختومة وليس نسخة احتياطية: تُدمج (taawun sync merge) ولا تُسترجع",
        "fr": "{path} est un paquet de synchronisation scellé, pas une sauvegarde : il se fusionne"
        " (taawun sync merge), il ne se restaure pas",
        "en": "{path} is a sealed sync package, not a backup: it is merged (taawun sync merge), not restored",
    },
    "sealed_header_invalid": {
        "ar": "{path} يبدأ كملف مختوم لكن رأسه غير مقروء: الملف تالف أو غُيِّر. لم يُستعمل",
        "fr": "{path} commence comme un fichier scellé mais son en-tête est illisible : le fichier est abîmé ou a"
        " été modifié. Il n'a pas été utilisé",
        "en": "{path} starts as a sealed file but its header cannot be read: the file is damaged or was changed."
        " It was not used",
    },
    "sealed_damaged": {
        "ar": "{path} تالف أو مبتور أو غُيِّر بعد ختمه: لا يمكن فتحه. لم يُستعمل",
        "fr": "{path} est abîmé, tronqué ou a été modifié après avoir été scellé : il ne peut pas être ouvert."
        " Il n'a pas été utilisé",
        "en": "{path} is damaged, cut short or was changed after it was sealed: it cannot be opened. It was not used",
    },
    "sealed_not_for_this_laptop": {
        "ar": "{path} لم يُختم لهذا الحاسوب (خُتم قبل انضمامه إلى المنظمة أو بعد إزالته منها): اطلب ملفا جديدا"
        " من الحاسوب الذي ختمه",
        "fr": "{path} n'a pas été scellé pour cet ordinateur (il l'a été avant qu'il rejoigne l'organisation, ou"
        " après qu'il en a été retiré) : demandez un nouveau fichier à l'ordinateur qui l'a scellé",
        "en": "{path} was not sealed for this laptop (it was sealed before this laptop joined the organisation, or"
        " after it was removed): ask the laptop that sealed it for a new file",
    },
    "sealed_unknown_sender": {
        "ar": "{path} ختمه حاسوب غير موجود في قائمة أعضاء المنظمة ({laptop}): مرفوض",
        "fr": "{path} a été scellé par un ordinateur absent de la liste des membres de l'organisation ({laptop}) :"
        " refusé",
        "en": "{path} was sealed by a laptop that is not in the organisation's member list ({laptop}): refused",
    },
    "sealed_removed_sender": {
        "ar": "{path} ختمه الحاسوب «{laptop}» الذي أُزيل من المنظمة ({removed}): ملفاته مرفوضة",
        "fr": "{path} a été scellé par l'ordinateur « {laptop} », retiré de l'organisation ({removed}) : ses"
        " fichiers sont refusés",
        "en": "{path} was sealed by the laptop “{laptop}”, removed from the organisation ({removed}): its files are"
        " refused",
    },
    "sealed_signature_invalid": {
        "ar": "{path} لا يحمل توقيعا صحيحا للحاسوب «{laptop}»: غُيِّر بعد ختمه، أو لم يصنعه ذلك الحاسوب. مرفوض",
        "fr": "{path} ne porte pas une signature valide de l'ordinateur « {laptop} » : il a été modifié après avoir"
        " été scellé, ou cet ordinateur ne l'a pas fait. Refusé",
        "en": "{path} does not carry a valid signature of the laptop “{laptop}”: it was changed after it was sealed,"
        " or that laptop did not make it. Refused",
    },
    "sealed_replayed": {
        "ar": "{path} ملف قديم أو سبق دمجه: إنه الملف رقم {sequence} من «{laptop}»، وقد دُمج هنا ملفه رقم {seen}."
        " لا جديد فيه",
        "fr": "{path} est un ancien fichier, ou un fichier déjà fusionné : c'est le fichier n° {sequence} de"
        " « {laptop} », dont le fichier n° {seen} a déjà été fusionné ici. Il n'apporte rien",
        "en": "{path} is an old file, or one already merged: it is file number {sequence} of “{laptop}”, whose file"
        " number {seen} was merged here already. It brings nothing new",
    },
    "sealed_temporary_failed": {
        "ar": "تعذرت الكتابة في المجلد المؤقت للتطبيق {path}: {detail}",
        "fr": "Impossible d'écrire dans le dossier temporaire de l'application {path} : {detail}",
        "en": "Could not write in the application's temporary folder {path}: {detail}",
    },
    "sealed_unverified": {
        "ar": "الملف المختوم {path} لا يُقرأ كما كُتب، فحُذف. قد يكون المفتاح ممتلئا أو معطوبا",
        "fr": "Le fichier scellé {path} ne se relit pas tel qu'il a été écrit : il a été supprimé. La clé est"
        " peut-être pleine ou défectueuse",
        "en": "The sealed file {path} does not read back as it was written: it was removed. The stick may be full or"
        " faulty",
    },
    "sealed_needs_passphrase": {
        "ar": "{path} مختوم: فتحه يحتاج إلى عبارة مرور هذا الحاسوب",
        "fr": "{path} est scellé : l'ouvrir demande la phrase de passe de cet ordinateur",
        "en": "{path} is sealed: opening it needs this laptop's passphrase",
    },
    "sealed_export_needs_passphrase": {
        "ar": "هذا الحاسوب عضو في منظمة: ملفاته تُختم، وهذا يحتاج إلى عبارة مروره",
        "fr": "Cet ordinateur appartient à une organisation : ses fichiers sont scellés, ce qui demande sa phrase"
        " de passe",
        "en": "This laptop belongs to an organisation: its files are sealed, which needs its passphrase",
    },
    "sealed_required_no_organisation": {
        "ar": "الإعدادات تشترط التشفير (require_encryption) وهذا الحاسوب ليس عضوا في أي منظمة: انضم إلى منظمة"
        " (taawun org join) قبل كتابة حزمة أو نسخة احتياطية",
        "fr": "Les réglages exigent le chiffrement (require_encryption) et cet ordinateur n'appartient à aucune"
        " organisation : rejoignez-en une (taawun org join) avant d'écrire un paquet ou une sauvegarde",
        "en": "The settings require encryption (require_encryption) and this laptop belongs to no organisation: join"
        " one (taawun org join) before writing a package or a backup",
    },
    "sealed_plain_refused": {
        "ar": "{path} غير مختوم: هذا الحاسوب عضو في منظمة ولا يدمج إلا الملفات التي ختمها حاسوب من حواسيبها",
        "fr": "{path} n'est pas scellé : cet ordinateur appartient à une organisation et ne fusionne que les"
        " fichiers scellés par l'un de ses ordinateurs",
        "en": "{path} is not sealed: this laptop belongs to an organisation and merges only files sealed by one of"
        " its laptops",
    },
    "sealed_plain_refused_setting": {
        "ar": "{path} غير مختوم: الإعدادات تشترط التشفير (require_encryption)، فلا يُدمج إلا ملف مختوم",
        "fr": "{path} n'est pas scellé : les réglages exigent le chiffrement (require_encryption), seul un fichier"
        " scellé est fusionné",
        "en": "{path} is not sealed: the settings require encryption (require_encryption), only a sealed file is"
        " merged",
    },
    "sealed_from": {
        "ar": "مختوم، من الحاسوب «{laptop}»",
        "fr": "scellé, de l'ordinateur « {laptop} »",
        "en": "sealed, from the laptop “{laptop}”",
    },
    "sealed_for_organisation": {
        "ar": "مختوم لحواسيب المنظمة «{name}»: لا يفتحه غيرها",
        "fr": "Scellé pour les ordinateurs de l'organisation « {name} » : eux seuls peuvent l'ouvrir",
        "en": "Sealed for the laptops of the organisation “{name}”: only they can open it",
    },
    "restore_sealed_needs_database": {
        "ar": "{path} نسخة احتياطية مختومة: تُفتح بمفاتيح هذا الحاسوب المحفوظة في قاعدة بياناته، وهذه لا تُفتح"
        " ({detail}). استرجع أولا أحدث نسخة يومية من {folder}، ثم هذه النسخة",
        "fr": "{path} est une sauvegarde scellée : elle s'ouvre avec les clés de cet ordinateur, gardées dans sa"
        " base, qui ne s'ouvre pas ({detail}). Restaurez d'abord la copie quotidienne la plus récente de {folder},"
        " puis cette sauvegarde",
        "en": "{path} is a sealed backup: it opens with this laptop's keys, kept in its database, which does not open"
        " ({detail}). Restore first the newest daily copy from {folder}, then this backup",
    },
}
