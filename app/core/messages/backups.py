"""Backups and restore (app/db/backup.py, app/cli/backup.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- backups (app/db/backup.py, app/cli/backup.py) -------------------------------------------------------------
    "backup_folder_missing": {
        "ar": "المجلد {path} غير موجود: لم تكتب أي نسخة احتياطية",
        "fr": "Le dossier {path} n'existe pas : aucune sauvegarde n'a été écrite",
        "en": "The folder {path} does not exist: no backup was written",
    },
    "backup_folder_unwritable": {
        "ar": "لا يمكن الكتابة في المجلد {path} ({detail}): لم تكتب أي نسخة احتياطية. اختر مجلدا آخر",
        "fr": "Impossible d'écrire dans le dossier {path} ({detail}) : aucune sauvegarde n'a été écrite."
        " Choisissez un autre dossier",
        "en": "Cannot write to the folder {path} ({detail}): no backup was written. Choose another folder",
    },
    "backup_disk_full": {
        "ar": "لا توجد مساحة كافية في {path} للنسخة الاحتياطية. لم يترك أي ملف ناقص",
        "fr": "Pas assez de place dans {path} pour la sauvegarde. Aucun fichier incomplet n'a été laissé",
        "en": "Not enough space in {path} for the backup. No incomplete file was left behind",
    },
    "backup_failed": {
        "ar": "تعذرت كتابة النسخة الاحتياطية {path}: {detail}. لم يترك أي ملف ناقص",
        "fr": "Impossible d'écrire la sauvegarde {path} : {detail}. Aucun fichier incomplet n'a été laissé",
        "en": "Could not write the backup {path}: {detail}. No incomplete file was left behind",
    },
    "backup_unverified": {
        "ar": "النسخة الاحتياطية المكتوبة في {path} لم تجتز الفحص فحذفت ({detail}). قد يكون القرص أو المفتاح معطوبا",
        "fr": "La sauvegarde écrite dans {path} n'a pas passé la vérification et a été supprimée ({detail})."
        " Le disque ou la clé est peut-être défectueux",
        "en": "The backup written to {path} failed its check and was removed ({detail}). The disk or stick may be faulty",
    },
    "backup_no_database": {
        "ar": "لا توجد قاعدة بيانات في {path} بعد: لا شيء لنسخه",
        "fr": "Il n'y a pas encore de base dans {path} : rien à sauvegarder",
        "en": "There is no database at {path} yet: nothing to back up",
    },
    "backup_written": {
        "ar": "كتبت النسخة الاحتياطية في الملف:",
        "fr": "Sauvegarde écrite dans le fichier :",
        "en": "Backup written to:",
    },
    "restore_empty": {
        "ar": "الملف {path} لا يحتوي على أي بيانات لتعاون (قاعدة فارغة). لم يتغير أي شيء",
        "fr": "Le fichier {path} ne contient aucune donnée Taawun (base vide). Rien n'a été modifié",
        "en": "The file {path} holds no Taawun data (an empty database). Nothing was changed",
    },
    "restore_same_file": {
        "ar": "الملف {path} هو قاعدة البيانات الحالية نفسها: اختر نسخة احتياطية",
        "fr": "Le fichier {path} est la base actuelle elle-même : choisissez une sauvegarde",
        "en": "The file {path} is the current database itself: choose a backup",
    },
    "restore_confirm": {
        "ar": "ستستبدل قاعدة البيانات {db} بالنسخة الاحتياطية {file}. ستحفظ قاعدة البيانات الحالية أولا كنسخة"
        " احتياطية في {folder}. هل تريد المتابعة؟ (نعم/لا)",
        "fr": "La base {db} va être remplacée par la sauvegarde {file}. La base actuelle sera d'abord gardée comme"
        " sauvegarde dans {folder}. Continuer ? (o/n)",
        "en": "The database {db} will be replaced by the backup {file}. The current database will first be kept as"
        " a backup in {folder}. Continue? (y/n)",
    },
    "restore_declined": {
        "ar": "ألغيت الاستعادة: لم يتغير أي شيء",
        "fr": "Restauration annulée : rien n'a été modifié",
        "en": "Restore cancelled: nothing was changed",
    },
    "restore_done": {
        "ar": "استعيدت قاعدة البيانات من الملف {file}",
        "fr": "La base a été restaurée à partir du fichier {file}",
        "en": "The database was restored from {file}",
    },
    "restore_kept": {
        "ar": "حفظت قاعدة البيانات السابقة في الملف:",
        "fr": "L'ancienne base a été gardée dans le fichier :",
        "en": "The previous database was kept in:",
    },
    "restore_nothing_kept": {
        "ar": "لم تكن هناك قاعدة بيانات من قبل: لا شيء للاحتفاظ به",
        "fr": "Il n'y avait pas de base auparavant : rien à garder",
        "en": "There was no database before: nothing to keep",
    },
}
