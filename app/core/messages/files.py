"""Files that are not what they seem, files on a stick or a full disk, files on Windows (antivirus, FAT32)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- files that are not what they seem (issue 11: the live database, restore) --------------------------------
    "db_not_regular_file": {
        "ar": "{path} ليس ملفا عاديا (مجلد أو جهاز أو أنبوب): لم يقرأ ولم يتغير أي شيء",
        "fr": "{path} n'est pas un fichier ordinaire (dossier, périphérique ou tube) : il n'a pas été lu, rien n'a "
        "changé",
        "en": "{path} is not an ordinary file (a folder, a device or a pipe): it was not read and nothing changed",
    },
    "restore_schema_mismatch": {
        "ar": "الملف {path} ليس نسخة احتياطية سليمة من تعاون: بنيته مختلفة ({detail}). لم تسترجع ولم يتغير أي شيء.",
        "fr": "Le fichier {path} n'est pas une sauvegarde saine de Taawun : sa structure diffère ({detail}). Rien n'a "
        "été restauré ni modifié.",
        "en": "The file {path} is not a sound Taawun backup: its structure differs ({detail}). Nothing was restored "
        "or changed.",
    },
    "sync_own_database": {
        "ar": "الملف {path} هو قاعدة بيانات هذا الحاسوب نفسها: لا يدمج ملف في نفسه",
        "fr": "Le fichier {path} est la base de cet ordinateur elle-même : on ne fusionne pas un fichier avec lui-même",
        "en": "The file {path} is this laptop's own database: a file is not merged into itself",
    },
    "check_failed": {
        "ar": "وجدت مشاكل في قاعدة البيانات:",
        "fr": "Problèmes trouvés dans la base :",
        "en": "Problems found in the database:",
    },
    # --- files on a stick or a full disk: export, merge, add (issue 11, point 4) --------------------------------------
    "sync_folder_unwritable": {
        "ar": "لا يمكن الكتابة في المجلد {path}: المفتاح أو المجلد للقراءة فقط أو غير مسموح بالكتابة فيه ({detail}). لم "
        "يصدر أي ملف. أزل الحماية من الكتابة أو اختر مجلدا آخر",
        "fr": "Impossible d'écrire dans le dossier {path} : la clé ou le dossier est en lecture seule, ou l'écriture"
        " n'y est pas permise ({detail}). Rien n'a été exporté. Retirez la protection en écriture ou choisissez un"
        " autre dossier",
        "en": "Cannot write to the folder {path}: the stick or folder is read-only, or writing there is not allowed"
        " ({detail}). Nothing was exported. Remove the write protection or choose another folder",
    },
    "sync_disk_full": {
        "ar": "لا توجد مساحة كافية في {path} للتصدير. لم يترك أي ملف ناقص. أفرغ بعض المساحة أو اختر مفتاحا آخر",
        "fr": "Pas assez de place dans {path} pour l'export. Aucun fichier incomplet n'a été laissé. Libérez de la"
        " place ou choisissez une autre clé",
        "en": "Not enough space in {path} for the export. No incomplete file was left behind. Free some space or"
        " choose another stick",
    },
    # --- files on Windows: antivirus, files in use, full disks, FAT32 (issue 13, points 3 and 5) ------------------
    "write_reason_in_use": {
        "ar": "الملف مستعمل من طرف برنامج آخر",
        "fr": "le fichier est utilisé par un autre programme",
        "en": "the file is in use by another program",
    },
    "write_reason_disk_full": {
        "ar": "القرص ممتلئ",
        "fr": "le disque est plein",
        "en": "the disk is full",
    },
    "write_reason_read_only": {
        "ar": "المجلد للقراءة فقط أو غير مسموح بالكتابة فيه",
        "fr": "le dossier est en lecture seule ou l'écriture n'y est pas permise",
        "en": "the folder is read-only or writing there is not allowed",
    },
    "autosave_not_written": {
        "ar": "تعذر تحديث النسخة الاحتياطية لهذه الاستمارة على القرص ({reason}). سيعيد تعاون المحاولة بعد ثوان؛ ما كتبته "
        "ما زال في الاستمارة، واحفظها لتحتفظ به.",
        "fr": "La copie de secours de ce formulaire n'a pas pu être mise à jour sur le disque ({reason}). Taawun "
        "réessaie dans quelques secondes ; votre saisie est toujours dans le formulaire, enregistrez-le pour la "
        "garder.",
        "en": "The backup copy of this form could not be updated on the disk ({reason}). Taawun tries again in a "
        "few seconds; your typing is still in the form: save it to keep it.",
    },
    "settings_not_saved": {
        "ar": "تعذر حفظ الإعدادات في {path} ({reason}). تبقى سارية إلى أن يغلق تعاون.",
        "fr": "Les réglages n'ont pas pu être enregistrés dans {path} ({reason}). Ils s'appliquent jusqu'à la "
        "fermeture de Taawun.",
        "en": "The settings could not be saved in {path} ({reason}). They apply until Taawun is closed.",
    },
    "filters_not_remembered": {
        "ar": "تعذر حفظ عوامل تصفية القائمة ({reason}). تبقى سارية إلى أن يغلق تعاون.",
        "fr": "Les filtres de la liste n'ont pas pu être mémorisés ({reason}). Ils s'appliquent jusqu'à la "
        "fermeture de Taawun.",
        "en": "The list's filters could not be remembered ({reason}). They apply until Taawun is closed.",
    },
    "report_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر (مفتوح في قارئ PDF؟): أغلقه ثم أعد المحاولة. لم يكتب أي ملف.",
        "fr": "Le fichier {path} est utilisé par un autre programme (ouvert dans un lecteur PDF ?) : fermez-le et "
        "réessayez. Aucun fichier n'a été écrit.",
        "en": "The file {path} is in use by another program (open in a PDF reader?): close it and try again. No "
        "file was written.",
    },
    "sync_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر: أغلقه ثم أعد المحاولة. لم يصدر أي ملف.",
        "fr": "Le fichier {path} est utilisé par un autre programme : fermez-le et réessayez. Rien n'a été exporté.",
        "en": "The file {path} is in use by another program: close it and try again. Nothing was exported.",
    },
    "backup_file_in_use": {
        "ar": "الملف {path} مستعمل من طرف برنامج آخر: أغلقه ثم أعد المحاولة. لم تكتب أي نسخة احتياطية.",
        "fr": "Le fichier {path} est utilisé par un autre programme : fermez-le et réessayez. Aucune sauvegarde n'a "
        "été écrite.",
        "en": "The file {path} is in use by another program: close it and try again. No backup was written.",
    },
    "file_too_big_for_fat": {
        "ar": "الملف سيبلغ حوالي {size} جيغابايت، لكن {path} مهيأ بنظام {file_system} الذي لا يقبل ملفا يتجاوز 4 "
        "جيغابايت. لم يكتب أي شيء. استعمل مفتاحا أو قرصا مهيأ بنظام exFAT أو NTFS (أو أعد تهيئة هذا المفتاح بنظام "
        "exFAT، وهذا يمحو ما عليه).",
        "fr": "Le fichier ferait environ {size} Go, mais {path} est formaté en {file_system}, qui n'accepte pas de "
        "fichier de plus de 4 Go. Rien n'a été écrit. Utilisez une clé ou un disque formaté en exFAT ou NTFS (ou "
        "reformatez cette clé en exFAT, ce qui l'efface).",
        "en": "The file would be about {size} GB, but {path} is formatted {file_system}, which cannot hold a file "
        "over 4 GB. Nothing was written. Use a stick or disk formatted exFAT or NTFS (or reformat this stick as "
        "exFAT, which erases it).",
    },
}
