"""The database file: foreign, damaged, newer, in use; one window per database; a damaged database's way back."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- database files -------------------------------------------------------------------------------------------
    "db_not_sqlite": {
        "ar": "الملف {path} ليس قاعدة بيانات تعاون (ليس ملف SQLite). لم يتم تغيير أي شيء فيه.",
        "fr": "Le fichier {path} n'est pas une base Taawun (ce n'est pas un fichier SQLite). Il n'a pas été modifié.",
        "en": "The file {path} is not a Taawun database (not an SQLite file). It was left untouched.",
    },
    "db_foreign": {
        "ar": "الملف {path} قاعدة بيانات لبرنامج آخر، وليس لتعاون. لم يتم تغيير أي شيء فيه.",
        "fr": "Le fichier {path} est la base d'une autre application, pas de Taawun. Il n'a pas été modifié.",
        "en": "The file {path} is another application's database, not Taawun's. It was left untouched.",
    },
    "db_corrupt": {
        "ar": "الملف {path} تالف أو مبتور. لم يتم تغيير أي شيء فيه. ({detail})",
        "fr": "Le fichier {path} est endommagé ou tronqué. Il n'a pas été modifié. ({detail})",
        "en": "The file {path} is damaged or truncated. It was left untouched. ({detail})",
    },
    "db_newer": {
        "ar": "الملف {path} أنشئ بنسخة أحدث من تعاون (المخطط {found}، وهذه النسخة تعرف حتى {known}). حدث البرنامج.",
        "fr": "Le fichier {path} vient d'une version plus récente de Taawun (schéma {found}, celle-ci connaît "
        "jusqu'à {known}). Mettez l'application à jour.",
        "en": "The file {path} comes from a newer Taawun (schema {found}; this version knows up to {known}). "
        "Update the application.",
    },
    "db_unreadable": {
        "ar": "تعذر فتح الملف {path}: {detail}",
        "fr": "Impossible d'ouvrir le fichier {path} : {detail}",
        "en": "Cannot open the file {path}: {detail}",
    },
    "db_readonly": {
        "ar": "لا يمكن الكتابة في قاعدة البيانات {path} (للقراءة فقط)",
        "fr": "Impossible d'écrire dans la base {path} (lecture seule)",
        "en": "Cannot write to the database {path} (read-only)",
    },
    "db_full": {
        "ar": "القرص ممتلئ: لم يحفظ أي شيء",
        "fr": "Le disque est plein : rien n'a été enregistré",
        "en": "The disk is full: nothing was saved",
    },
    "db_busy": {
        "ar": "قاعدة البيانات مستعملة من طرف برنامج آخر، أعد المحاولة",
        "fr": "La base est utilisée par un autre programme, réessayez",
        "en": "The database is in use by another program, try again",
    },
    # --- one window per database, and a damaged database's way back (app/ui/instance_lock.py, app/db/recovery.py,
    # app/ui/recovery_dialog.py, app/cli/backup.py) ----------------------------------------------------------------
    "db_open_in_window": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة أخرى لتعاون (العملية {pid} على الحاسوب «{host}»). انتقل إلى تلك "
        "النافذة، أو أغلقها قبل فتح قاعدة البيانات من جديد.",
        "fr": "La base {path} est déjà ouverte dans une autre fenêtre de Taawun (processus {pid} sur l'ordinateur "
        "« {host} »). Passez à cette fenêtre, ou fermez-la avant de rouvrir la base.",
        "en": "The database {path} is already open in another Taawun window (process {pid} on the computer "
        "“{host}”). Switch to that window, or close it before opening the database again.",
    },
    "db_open_in_window_unknown": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة أخرى لتعاون. انتقل إلى تلك النافذة، أو أغلقها قبل فتح قاعدة "
        "البيانات من جديد.",
        "fr": "La base {path} est déjà ouverte dans une autre fenêtre de Taawun. Passez à cette fenêtre, ou "
        "fermez-la avant de rouvrir la base.",
        "en": "The database {path} is already open in another Taawun window. Switch to that window, or close it "
        "before opening the database again.",
    },
    "restore_window_open": {
        "ar": "قاعدة البيانات {path} مفتوحة في نافذة تعاون (العملية {pid} على الحاسوب «{host}»). أغلق النافذة أولا، "
        "ثم أعد الاستعادة. لم يتغير أي شيء.",
        "fr": "La base {path} est ouverte dans une fenêtre de Taawun (processus {pid} sur l'ordinateur « {host} »). "
        "Fermez d'abord la fenêtre, puis relancez la restauration. Rien n'a été modifié.",
        "en": "The database {path} is open in a Taawun window (process {pid} on the computer “{host}”). Close the "
        "window first, then run the restore again. Nothing was changed.",
    },
    "recovery_damaged": {
        "ar": "تعذر على تعاون فتح قاعدة بياناته {path}: الملف تالف ولم يعد من الممكن قراءته كاملا.",
        "fr": "Taawun ne peut pas ouvrir sa base {path} : le fichier est endommagé et ne peut plus être lu en entier.",
        "en": "Taawun cannot open its database {path}: the file is damaged and can no longer be read in full.",
    },
    "recovery_unrecognised": {
        "ar": "تعذر على تعاون فتح الملف {path}: بدايته ليست (أو لم تعد) بداية قاعدة بيانات تعاون، فإما أنه ملف آخر "
        "وإما أنه تلف.",
        "fr": "Taawun ne peut pas ouvrir le fichier {path} : son début n'est pas (ou plus) celui d'une base Taawun ; "
        "c'est un autre fichier, ou il a été endommagé.",
        "en": "Taawun cannot open the file {path}: its beginning is not (or no longer) that of a Taawun database; it "
        "is another file, or it was damaged.",
    },
    "recovery_backup_found": {
        # {holdings}: each form's heading and count (app.db.recovery.holdings), "coopératives 3, visites de terrain 12"
        "ar": "أحدث نسخة احتياطية سليمة تعود إلى {date}، وفيها: {holdings}.",
        "fr": "La sauvegarde saine la plus récente date du {date} ; elle contient : {holdings}.",
        "en": "The newest sound backup is from {date}; it holds: {holdings}.",
    },
    "recovery_offer": {
        "ar": "هل تريد استعادتها؟ سيحفظ الملف التالف جانبا في المجلد {folder} ولن يحذف. ما سجل بعد {date} ليس في "
        "هذه النسخة.",
        "fr": "La restaurer ? Le fichier endommagé sera mis de côté dans le dossier {folder}, jamais supprimé. Ce qui "
        "a été saisi après le {date} n'est pas dans cette sauvegarde.",
        "en": "Restore it? The damaged file will be kept aside in the folder {folder}, never deleted. What was "
        "entered after {date} is not in this backup.",
    },
    "recovery_no_backup": {
        "ar": "لم توجد أي نسخة احتياطية سليمة في المجلد {folder}. لم يتغير أي شيء. احتفظ بالملف {path} كما هو (لا "
        "تحذفه)، وأرسله مع ملف السجل {log} إلى المنسق أو الدعم التقني: قد يمكن إنقاذ جزء منه.",
        "fr": "Aucune sauvegarde saine n'a été trouvée dans le dossier {folder}. Rien n'a été modifié. Gardez le "
        "fichier {path} tel quel (ne le supprimez pas) et envoyez-le avec le journal {log} à votre coordinateur ou "
        "au support : une partie pourra peut-être en être récupérée.",
        "en": "No sound backup was found in the folder {folder}. Nothing was changed. Keep the file {path} as it is "
        "(do not delete it) and send it with the log {log} to your coordinator or support: part of it may be "
        "recoverable.",
    },
    "recovery_details": {"ar": "التفاصيل: {detail}", "fr": "Détails : {detail}", "en": "Details: {detail}"},
    "recovery_command": {
        "ar": "لاستعادتها (يحفظ الملف التالف أولا في مجلد النسخ الاحتياطية)، أغلق نافذة تعاون إن كانت مفتوحة، ثم نفذ:",
        "fr": "Pour la restaurer (le fichier endommagé est d'abord gardé dans le dossier des sauvegardes), fermez la "
        "fenêtre de Taawun si elle est ouverte, puis lancez :",
        "en": "To restore it (the damaged file is kept in the backups folder first), close the Taawun window if it "
        "is open, then run:",
    },
}
