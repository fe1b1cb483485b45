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
    # --- the organisation's life: create, invite, join, show, remove, passphrase (app/security/invite.py,
    # app/security/membership_changes.py, app/cli/org.py) -------------------------------------------------------
    "org_none": {
        "ar": "هذا الحاسوب ليس عضوا في أي منظمة (معرفه: {laptop})",
        "fr": "Cet ordinateur n'appartient à aucune organisation (son identifiant : {laptop})",
        "en": "This laptop belongs to no organisation (its id: {laptop})",
    },
    "org_role_coordinator": {"ar": "منسق", "fr": "coordinateur", "en": "coordinator"},
    "org_role_agent": {"ar": "مؤطر", "fr": "agent", "en": "agent"},
    "org_role_none": {"ar": "ليس في القائمة", "fr": "absent de la liste", "en": "not in the list"},
    "org_laptop_name_invalid": {
        "ar": "اسم الحاسوب مطلوب، دون رموز تحكم، وفي حدود طول الاسم",
        "fr": "Le nom de l'ordinateur est obligatoire, sans caractère de contrôle, et de la longueur d'un nom",
        "en": "The laptop's name is required, without control characters, and as long as a name at most",
    },
    "org_laptop_id_invalid": {
        "ar": "«{laptop}» ليس معرف حاسوب: حروف لاتينية وأرقام وعلامات، بلا مسافات، 64 على الأكثر (يظهره taawun org"
        " show على ذلك الحاسوب)",
        "fr": "« {laptop} » n'est pas un identifiant d'ordinateur : lettres latines, chiffres et signes, sans espace,"
        " 64 au plus (taawun org show l'affiche sur cet ordinateur)",
        "en": "“{laptop}” is not a laptop id: Latin letters, digits and signs, no spaces, at most 64 (taawun org"
        " show prints it on that laptop)",
    },
    "org_laptop_already_listed": {
        "ar": "الحاسوب {laptop} («{name}») موجود بالفعل في قائمة المنظمة: لا يدعى مرتين. إذا ضاعت الدعوة، احذفه"
        " ثم ادع الحاسوب بمعرف جديد",
        "fr": "L'ordinateur {laptop} (« {name} ») est déjà dans la liste de l'organisation : on ne l'invite pas deux"
        " fois. Si l'invitation est perdue, retirez-le puis invitez l'ordinateur sous un nouvel identifiant",
        "en": "Laptop {laptop} (“{name}”) is already in the organisation's list: it is not invited twice. If the"
        " invite was lost, remove it, then invite the laptop under a new id",
    },
    "org_laptop_was_removed": {
        "ar": "الحاسوب {laptop} («{name}») أزيل من المنظمة ولا يعود بالمعرف نفسه: ادعه بمعرف جديد (دون --laptop)،"
        " في قاعدة بيانات جديدة",
        "fr": "L'ordinateur {laptop} (« {name} ») a été retiré de l'organisation et n'y revient pas sous le même"
        " identifiant : invitez-le sous un nouvel identifiant (sans --laptop), dans une nouvelle base",
        "en": "Laptop {laptop} (“{name}”) was removed from the organisation and does not come back under the same"
        " id: invite it under a new id (without --laptop), into a new database",
    },
    "org_list_changed": {
        "ar": "تغيرت قائمة المنظمة في الأثناء (من نافذة أو أمر آخر): لم يتغير شيء، أعد المحاولة",
        "fr": "La liste de l'organisation a changé entre-temps (dans une autre fenêtre ou commande) : rien n'a été"
        " modifié, recommencez",
        "en": "The organisation's list changed meanwhile (in another window or command): nothing was changed, try"
        " again",
    },
    "org_keys_changed": {
        "ar": "تغيرت عبارة مرور هذا الحاسوب في الأثناء (من نافذة أو أمر آخر): لم يتغير شيء، أعد المحاولة",
        "fr": "La phrase de passe de cet ordinateur a changé entre-temps (dans une autre fenêtre ou commande) : rien"
        " n'a été modifié, recommencez",
        "en": "This laptop's passphrase changed meanwhile (in another window or command): nothing was changed, try"
        " again",
    },
    "org_invite_code_malformed": {
        "ar": "رمز الدعوة 20 حرفا ورقما في خمس مجموعات، مثل 7KQ2-9XMP-…: راجع ما كتبته",
        "fr": "Un code d'invitation fait 20 lettres et chiffres en cinq groupes, comme 7KQ2-9XMP-… : vérifiez ce qui"
        " a été tapé",
        "en": "An invite code is 20 letters and digits in five groups, like 7KQ2-9XMP-…: check what was typed",
    },
    "org_invite_not_invite": {
        "ar": "هذا الملف ليس دعوة تعاون",
        "fr": "Ce fichier n'est pas une invitation Taawun",
        "en": "This file is not a Taawun invite",
    },
    "org_invite_wrong_code": {
        "ar": "لا تفتح هذه الدعوة بهذا الرمز (أو أن الملف تغير): أعد قراءة الرمز مع المنسق، أو اطلب دعوة جديدة. لم"
        " يتغير شيء",
        "fr": "Cette invitation ne s'ouvre pas avec ce code (ou le fichier a été modifié) : relisez le code avec le"
        " coordinateur, ou demandez une nouvelle invitation. Rien n'a été modifié",
        "en": "This invite does not open with this code (or the file was changed): read the code again with the"
        " coordinator, or ask for a new invite. Nothing was changed",
    },
    "org_invite_invalid": {
        "ar": "هذه الدعوة تالفة أو غير صالحة ({what}): اطلب دعوة جديدة من المنسق. لم يتغير شيء",
        "fr": "Cette invitation est abîmée ou non valable ({what}) : demandez-en une nouvelle au coordinateur. Rien"
        " n'a été modifié",
        "en": "This invite is damaged or not valid ({what}): ask the coordinator for a new one. Nothing was changed",
    },
    "org_invite_for_other_laptop": {
        "ar": "هذه الدعوة للحاسوب {invited}، وهذا الحاسوب هو {laptop}: اطلب من المنسق دعوة لهذا الحاسوب"
        " (taawun org invite --laptop {laptop})",
        "fr": "Cette invitation est pour l'ordinateur {invited}, et cet ordinateur est {laptop} : demandez au"
        " coordinateur une invitation pour celui-ci (taawun org invite --laptop {laptop})",
        "en": "This invite is for laptop {invited}, and this laptop is {laptop}: ask the coordinator for an invite"
        " for this one (taawun org invite --laptop {laptop})",
    },
    "org_invite_for_new_laptop": {
        "ar": "هذه الدعوة لحاسوب جديد (المعرف {invited})، وهذا الحاسوب ({laptop}) كتب سجلات باسمه: لا يغير معرفه."
        " اطلب من المنسق دعوة لهذا الحاسوب (taawun org invite --laptop {laptop})",
        "fr": "Cette invitation est pour un nouvel ordinateur (identifiant {invited}), et cet ordinateur ({laptop})"
        " a déjà écrit des fiches sous le sien : il ne change pas d'identifiant. Demandez au coordinateur une"
        " invitation pour celui-ci (taawun org invite --laptop {laptop})",
        "en": "This invite is for a new laptop (id {invited}), and this laptop ({laptop}) has already written records"
        " under its own id: it keeps it. Ask the coordinator for an invite for this one (taawun org invite --laptop"
        " {laptop})",
    },
    "org_invite_not_written": {
        "ar": "تعذرت كتابة الدعوة في {path} ({reason}). أضيف الحاسوب إلى قائمة المنظمة: احذفه ثم ادعه من جديد",
        "fr": "L'invitation n'a pas pu être écrite dans {path} ({reason}). L'ordinateur a été ajouté à la liste de"
        " l'organisation : retirez-le puis invitez-le de nouveau",
        "en": "The invite could not be written to {path} ({reason}). The laptop was added to the organisation's"
        " list: remove it, then invite it again",
    },
    "org_invite_folder_missing": {
        "ar": "المجلد {path} غير موجود: لم تكتب الدعوة ولم يتغير شيء",
        "fr": "Le dossier {path} n'existe pas : l'invitation n'a pas été écrite et rien n'a été modifié",
        "en": "The folder {path} does not exist: the invite was not written and nothing was changed",
    },
    "org_invite_unreadable": {
        "ar": "تعذرت قراءة ملف الدعوة {path}: {detail}",
        "fr": "Impossible de lire le fichier d'invitation {path} : {detail}",
        "en": "Cannot read the invite file {path}: {detail}",
    },
    "org_invite_code_unreadable": {
        "ar": "تعذرت قراءة ملف رمز الدعوة {path}: {detail}",
        "fr": "Impossible de lire le fichier du code d'invitation {path} : {detail}",
        "en": "Cannot read the invite code file {path}: {detail}",
    },
    "org_invite_code_needed": {
        "ar": "هذا الأمر يحتاج إلى رمز الدعوة: اكتبه عند السؤال، أو سمِّ ملفًا يحتويه بـ --code-file، أو ضعه في المتغير"
        " TAAWUN_INVITE_CODE",
        "fr": "Cette commande a besoin du code d'invitation : tapez-le quand il est demandé, nommez un fichier qui le"
        " contient avec --code-file, ou mettez-le dans la variable TAAWUN_INVITE_CODE",
        "en": "This command needs the invite code: type it when asked, name a file holding it with --code-file, or"
        " put it in the variable TAAWUN_INVITE_CODE",
    },
    "org_invite_code_prompt": {
        "ar": "رمز الدعوة: ",
        "fr": "Code d'invitation : ",
        "en": "Invite code: ",
    },
    "org_invite_written": {
        "ar": "كتبت دعوة «{name}» (الحاسوب {laptop}) في {path}",
        "fr": "Invitation de « {name} » (ordinateur {laptop}) écrite dans {path}",
        "en": "Invite for “{name}” (laptop {laptop}) written to {path}",
    },
    "org_invite_code_follows": {
        "ar": "رمز الدعوة، يقرأ بصوت عال أو يكتب على ورقة، ولا يوضع أبدا على المفتاح مع الدعوة:",
        "fr": "Le code d'invitation, à lire à voix haute ou à écrire sur papier, jamais sur la clé avec l'invitation :",
        "en": "The invite code, to read aloud or write on paper, never on the stick with the invite:",
    },
    "org_join_window_open": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة تعاون (العملية {pid} على الحاسوب «{host}»). أغلق النافذة أولا، أو"
        " انضم من الإعدادات › المنظمة. لم يتغير شيء",
        "fr": "La base {path} est ouverte dans une fenêtre de Taawun (processus {pid} sur l'ordinateur « {host} »)."
        " Fermez d'abord la fenêtre, ou rejoignez depuis Paramètres › Organisation. Rien n'a été modifié",
        "en": "The database {path} is open in a Taawun window (process {pid} on the computer “{host}”). Close the"
        " window first, or join from Settings › Organisation. Nothing was changed",
    },
    "org_created": {
        "ar": "أنشئت المنظمة «{name}»، وهذا الحاسوب ({laptop}) منسقها",
        "fr": "Organisation « {name} » créée ; cet ordinateur ({laptop}) en est le coordinateur",
        "en": "Organisation “{name}” created; this laptop ({laptop}) is its coordinator",
    },
    "org_joined": {
        "ar": "انضم هذا الحاسوب ({laptop}) إلى المنظمة «{name}» بصفة {role}",
        "fr": "Cet ordinateur ({laptop}) a rejoint l'organisation « {name} » comme {role}",
        "en": "This laptop ({laptop}) has joined the organisation “{name}” as {role}",
    },
    "org_joined_new_id": {
        "ar": "أخذ هذا الحاسوب معرف الدعوة: {laptop} (كان {old})",
        "fr": "Cet ordinateur a pris l'identifiant de l'invitation : {laptop} (il était {old})",
        "en": "This laptop took the invite's id: {laptop} (it was {old})",
    },
    "org_show_none": {
        "ar": "لا منظمة؛ معرف هذا الحاسوب: {laptop}",
        "fr": "Aucune organisation ; identifiant de cet ordinateur : {laptop}",
        "en": "No organisation; this laptop's id: {laptop}",
    },
    "org_show_heading": {
        "ar": "المنظمة «{name}» (المعرف {org}، القائمة رقم {serial})",
        "fr": "Organisation « {name} » (identifiant {org}, liste n° {serial})",
        "en": "Organisation “{name}” (id {org}, list no. {serial})",
    },
    "org_show_this_laptop": {
        "ar": "هذا الحاسوب: {laptop}، {role}",
        "fr": "Cet ordinateur : {laptop}, {role}",
        "en": "This laptop: {laptop}, {role}",
    },
    "org_show_laptops": {"ar": "الحواسيب:", "fr": "Ordinateurs :", "en": "Laptops:"},
    "org_show_laptop": {
        "ar": "{name} · {laptop} · {role} · أضيف في {added}",
        "fr": "{name} · {laptop} · {role} · ajouté le {added}",
        "en": "{name} · {laptop} · {role} · added {added}",
    },
    "org_show_laptop_removed": {
        "ar": "{name} · {laptop} · {role} · أضيف في {added} · أزيل في {removed}",
        "fr": "{name} · {laptop} · {role} · ajouté le {added} · retiré le {removed}",
        "en": "{name} · {laptop} · {role} · added {added} · removed {removed}",
    },
    "org_laptop_unknown": {
        "ar": "لا يوجد حاسوب «{laptop}» في قائمة المنظمة (taawun org show يعرضها)",
        "fr": "Aucun ordinateur « {laptop} » dans la liste de l'organisation (taawun org show l'affiche)",
        "en": "No laptop “{laptop}” in the organisation's list (taawun org show prints it)",
    },
    "org_laptop_name_ambiguous": {
        "ar": "عدة حواسيب باسم «{name}»: اذكر معرفه ({ids})",
        "fr": "Plusieurs ordinateurs s'appellent « {name} » : donnez son identifiant ({ids})",
        "en": "Several laptops are called “{name}”: give its id ({ids})",
    },
    "org_remove_self": {
        "ar": "لا يزيل حاسوب نفسه من المنظمة: يزيله منسق آخر",
        "fr": "Un ordinateur ne se retire pas lui-même de l'organisation : un autre coordinateur le retire",
        "en": "A laptop does not remove itself from the organisation: another coordinator removes it",
    },
    "org_laptop_already_removed": {
        "ar": "الحاسوب «{name}» ({laptop}) أزيل من قبل",
        "fr": "L'ordinateur « {name} » ({laptop}) est déjà retiré",
        "en": "Laptop “{name}” ({laptop}) was already removed",
    },
    "org_remove_last_coordinator": {
        "ar": "«{name}» ({laptop}) آخر حاسوب منسق في المنظمة: ادع منسقا آخر أولا",
        "fr": "« {name} » ({laptop}) est le dernier ordinateur coordinateur de l'organisation : invitez d'abord un"
        " autre coordinateur",
        "en": "“{name}” ({laptop}) is the organisation's last coordinator laptop: invite another coordinator first",
    },
    "org_remove_confirm": {
        "ar": "إزالة الحاسوب «{name}» ({laptop}) من المنظمة؟ تبقى نسخه حتى {until} (أحدث ما عند هذا الحاسوب منها)،"
        " وترفض نسخه اللاحقة وملفاته الجديدة، ولا يعود بهذا المعرف. إن أعطى عملا لاحقا لحاسوب آخر، فادمج ملف ذلك"
        " الحاسوب أولا. [نعم/لا]",
        "fr": "Retirer l'ordinateur « {name} » ({laptop}) de l'organisation ? Ses versions jusqu'au {until} (les"
        " plus récentes que cet ordinateur détient) restent ; les suivantes et ses nouveaux fichiers seront refusés,"
        " et il ne reviendra pas sous cet identifiant. S'il a transmis un travail plus récent à un autre ordinateur,"
        " fusionnez d'abord le fichier de celui-ci. [oui/non]",
        "en": "Remove laptop “{name}” ({laptop}) from the organisation? Its versions up to {until} (the newest this"
        " laptop holds) stay; later ones and its new files will be refused, and it cannot come back under this id."
        " If it passed later work to another laptop, merge that laptop's file first. [yes/no]",
    },
    "org_keep_until_invalid": {
        "ar": "«{stamp}» ليس ختما زمنيا للحاسوب {laptop} (انسخه من رسالة الرفض)",
        "fr": "« {stamp} » n'est pas un horodatage de l'ordinateur {laptop} (copiez-le du message de refus)",
        "en": "“{stamp}” is not a stamp of laptop {laptop} (copy it from the refusal message)",
    },
    "org_keep_until_not_later": {
        "ar": "نسخ الحاسوب «{name}» مقبولة بالفعل حتى {limit}: لا يُقدَّم الحد",
        "fr": "Les versions de l'ordinateur « {name} » sont déjà acceptées jusqu'à {limit} : la limite ne recule pas",
        "en": "The versions of laptop “{name}” are already kept up to {limit}: the limit does not move back",
    },
    "org_limit_moved": {
        "ar": "تبقى نسخ الحاسوب «{name}» ({laptop}) حتى {until}. صدّر حزمة إلى كل الحواسيب",
        "fr": "Les versions de l'ordinateur « {name} » ({laptop}) restent jusqu'au {until}. Exportez un paquet vers"
        " chaque ordinateur",
        "en": "The versions of laptop “{name}” ({laptop}) stay up to {until}. Export a package to every laptop",
    },
    "org_remove_declined": {
        "ar": "لم يُزل الحاسوب؛ لم يتغير شيء",
        "fr": "Ordinateur non retiré ; rien n'a été modifié",
        "en": "The laptop was not removed; nothing was changed",
    },
    "org_removed": {
        "ar": "أزيل الحاسوب «{name}» ({laptop}). تبقى نسخه حتى {until}، وترفض نسخه اللاحقة وملفاته الجديدة حيثما"
        " وصلت القائمة الجديدة: صدّر حزمة إلى كل الحواسيب",
        "fr": "Ordinateur « {name} » ({laptop}) retiré. Ses versions jusqu'au {until} restent ; ses versions"
        " suivantes et ses nouveaux fichiers sont refusés partout où arrive la nouvelle liste : exportez un paquet"
        " vers chaque ordinateur",
        "en": "Laptop “{name}” ({laptop}) removed. Its versions up to {until} stay; its later versions and new files"
        " are refused wherever the new list arrives: export a package to every laptop",
    },
    "org_passphrase_unchanged": {
        "ar": "عبارة المرور الجديدة هي القديمة نفسها: لم يتغير شيء",
        "fr": "La nouvelle phrase de passe est la même que l'ancienne : rien n'a été modifié",
        "en": "The new passphrase is the same as the old one: nothing was changed",
    },
    "org_passphrase_changed": {
        "ar": "تغيرت عبارة مرور هذا الحاسوب. تبقى كل الملفات مقروءة",
        "fr": "La phrase de passe de cet ordinateur a changé. Tous les fichiers restent lisibles",
        "en": "This laptop's passphrase was changed. Every file stays readable",
    },
    "org_public_not_written": {
        "ar": "تعذرت كتابة الجزء العام للمنظمة في {path} ({reason})",
        "fr": "La partie publique de l'organisation n'a pas pu être écrite dans {path} ({reason})",
        "en": "The organisation's public part could not be written to {path} ({reason})",
    },
    # - signed versions (app/security/version_signing.py): each refusal names the record; nothing was merged
    "org_rejoin_needs_keys": {
        "ar": "هذه القاعدة عضو في منظمة: لتنضم من جديد (نسخة مسترجعة) يلزم فتح مفاتيحها الحالية بعبارة المرور أولا",
        "fr": "Cette base appartient à une organisation : pour la rejoindre (copie restaurée), ses clés actuelles"
        " doivent d'abord être ouvertes avec la phrase de passe",
        "en": "This database belongs to an organisation: to join again (a restored copy), its present keys must be"
        " unlocked with its passphrase first",
    },
    "org_show_restored_copy": {
        "ar": "هذه القاعدة نسخة مسترجعة صارت الجهاز {laptop}، وليس في القائمة: لا يمكنها توقيع تعديلاتها ولا تصديرها."
        " على حاسوب المنسق: taawun org invite --laptop {laptop}، ثم هنا: taawun org join الملف",
        "fr": "Cette base est une copie restaurée, devenue l'appareil {laptop}, absent de la liste : elle ne peut ni"
        " signer ni exporter ses modifications. Sur l'ordinateur du coordinateur : taawun org invite --laptop"
        " {laptop}, puis ici : taawun org join FICHIER",
        "en": "This database is a restored copy that became device {laptop}, which the list does not name: it can"
        " neither sign nor export its changes. On the coordinator's laptop: taawun org invite --laptop {laptop}; then"
        " here: taawun org join FILE",
    },
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
        "ar": "الملف {path} يحمل نسخة من السجل {id} كتبها الحاسوب {laptop} بعد الحد الذي وضعه المنسق عند إزالته من"
        " المنظمة: لم يُدمج، ولم يتغير شيء. إن وثق المنسق بهذا العمل: taawun org remove {laptop_id} --keep-until"
        " {stamp}",
        "fr": "Le fichier {path} contient une version de la fiche {id} écrite par l'ordinateur {laptop} après la"
        " limite fixée à son retrait de l'organisation : il n'a pas été fusionné, rien n'a changé. Si un"
        " coordinateur a confiance dans ce travail : taawun org remove {laptop_id} --keep-until {stamp}",
        "en": "The file {path} holds a version of record {id} written by laptop {laptop} after the limit set when it"
        " was removed from the organisation: it was not merged, nothing changed. If a coordinator trusts that work:"
        " taawun org remove {laptop_id} --keep-until {stamp}",
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
    "org_version_no_batch": {
        "ar": "الملف {path} يحمل نسخة من السجل {id} باسم الحاسوب {laptop} تشير إلى دفعة توقيعات لا يحملها الملف ولا"
        " هذا الحاسوب: لم يُدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} contient une version de la fiche {id} au nom de l'ordinateur {laptop} qui renvoie à"
        " un lot de signatures que ni le fichier ni cet ordinateur ne contiennent : il n'a pas été fusionné, rien n'a"
        " changé",
        "en": "The file {path} holds a version of record {id} in the name of laptop {laptop} that points to a batch of"
        " signatures neither the file nor this laptop holds: it was not merged, nothing changed",
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
