"""The shared folder (app/sync/shared_folder.py, `taawun sync folder`): a network share or a synced folder that
laptops export to and merge from."""

MESSAGES: dict[str, dict[str, str]] = {
    # - the setting
    "shared_folder_not_set": {
        "ar": "لم يختر أي مجلد مشترك بعد. اختره في الإعدادات، أو بالأمر: taawun sync folder set المسار",
        "fr": "Aucun dossier partagé n'est choisi. Choisissez-le dans les Paramètres, ou par la commande :"
        " taawun sync folder set CHEMIN",
        "en": "No shared folder is chosen yet. Choose it in Settings, or with: taawun sync folder set PATH",
    },
    "shared_folder_bad_path": {
        "ar": "هذا ليس مسار مجلد صالحا (فارغ أو طويل جدا أو فيه رموز تحكم). لم يتغير الإعداد",
        "fr": "Ce n'est pas un chemin de dossier valable (vide, trop long ou avec des caractères de contrôle)."
        " Le paramètre n'a pas changé",
        "en": "This is not a valid folder path (empty, too long or with control characters). The setting did not"
        " change",
    },
    "shared_folder_not_found": {
        "ar": "المجلد {path} غير موجود أو ليس مجلدا. لم يتغير الإعداد",
        "fr": "Le dossier {path} n'existe pas ou n'est pas un dossier. Le paramètre n'a pas changé",
        "en": "The folder {path} does not exist or is not a folder. The setting did not change",
    },
    "shared_folder_usage": {
        "ar": "استعمل: taawun sync folder set المسار | show | export | merge | now",
        "fr": "Utilisation : taawun sync folder set CHEMIN | show | export | merge | now",
        "en": "Usage: taawun sync folder set PATH | show | export | merge | now",
    },
    "shared_folder_saved": {
        "ar": "المجلد المشترك الآن: {path}",
        "fr": "Le dossier partagé est maintenant : {path}",
        "en": "The shared folder is now: {path}",
    },
    "shared_folder_shown": {
        "ar": "المجلد المشترك: {path}",
        "fr": "Dossier partagé : {path}",
        "en": "Shared folder: {path}",
    },
    "shared_folder_none": {
        "ar": "لم يختر أي مجلد مشترك",
        "fr": "Aucun dossier partagé n'est choisi",
        "en": "No shared folder is chosen",
    },
    "shared_folder_nothing_waiting": {
        "ar": "لا ملفات جديدة من حواسيب أخرى في المجلد المشترك",
        "fr": "Aucun nouveau fichier d'autres ordinateurs dans le dossier partagé",
        "en": "No new files from other laptops in the shared folder",
    },
    "shared_folder_waiting": {
        "ar": "ملفات جديدة من حواسيب أخرى في المجلد المشترك: {count}",
        "fr": "Nouveaux fichiers d'autres ordinateurs dans le dossier partagé : {count}",
        "en": "New files from other laptops in the shared folder: {count}",
    },
    # - the folder itself: nothing written, nothing merged
    "shared_folder_unreachable": {
        "ar": "لا يمكن الوصول إلى المجلد المشترك {path} ({detail}). هل الشبكة أو القرص المشترك متاح؟ لم يصدر ولم يدمج"
        " أي شيء",
        "fr": "Le dossier partagé {path} est inaccessible ({detail}). Le réseau ou le partage est-il disponible ?"
        " Rien n'a été exporté ni fusionné",
        "en": "The shared folder {path} cannot be reached ({detail}). Is the network or the share available?"
        " Nothing was exported or merged",
    },
    "shared_folder_unwritable": {
        "ar": "لا يمكن الكتابة في المجلد المشترك {path} ({detail}). لم يصدر أي ملف. تحقق من أن لهذا الحاسوب حق"
        " الكتابة فيه، أو اختر مجلدا آخر في الإعدادات",
        "fr": "Impossible d'écrire dans le dossier partagé {path} ({detail}). Rien n'a été exporté. Vérifiez que cet"
        " ordinateur a le droit d'y écrire, ou choisissez un autre dossier dans les Paramètres",
        "en": "Cannot write to the shared folder {path} ({detail}). Nothing was exported. Check that this laptop"
        " may write there, or choose another folder in Settings",
    },
    "shared_folder_full": {
        "ar": "لا توجد مساحة كافية في المجلد المشترك {path} للتصدير. لم يترك أي ملف ناقص. أفرغ بعض المساحة فيه",
        "fr": "Pas assez de place dans le dossier partagé {path} pour l'export. Aucun fichier incomplet n'a été"
        " laissé. Libérez de la place",
        "en": "Not enough space in the shared folder {path} for the export. No incomplete file was left behind."
        " Free some space there",
    },
}
