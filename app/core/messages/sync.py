"""Sync (app/sync): packages, checks, merges, conflicts, each file of a batch on its own."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- sync (app/sync) ------------------------------------------------------------------------------------------
    # - files refused by a merge (each names the file; the database is left as it was)
    "sync_empty_file": {
        "ar": "الملف {path} فارغ: ليس ملف تعاون، ولم يدمج",
        "fr": "Le fichier {path} est vide : ce n'est pas un fichier Taawun, il n'a pas été fusionné",
        "en": "The file {path} is empty: it is not a Taawun file and was not merged",
    },
    # - pairs marked "not the same" that a file brings (app/sync/incoming_marks.py)
    "sync_too_many_marks": {
        "ar": "الملف {path} يحمل {count} زوجا موسوما بأنهما ليسا نفس السجل، وهذا أكثر من {max}: لم يدمج",
        "fr": "Le fichier {path} porte {count} paires marquées comme différentes, plus que {max} : il n'a pas été"
        " fusionné",
        "en": "The file {path} carries {count} pairs marked as not the same, more than {max}: it was not merged",
    },
    "sync_mark_not_ids": {
        "ar": "زوج موسوم بأنهما ليسا نفس السجل في الملف {path} لا يسمي سجلين بمعرفيهما ({first}، {second}): لم يدمج",
        "fr": "Une paire marquée comme différente dans le fichier {path} ne nomme pas deux fiches par leurs"
        " identifiants ({first}, {second}) : il n'a pas été fusionné",
        "en": "A pair marked as not the same in {path} does not name two records by their ids ({first}, {second}):"
        " it was not merged",
    },
    "sync_mark_unknown_record": {
        "ar": "زوج موسوم بأنهما ليسا نفس السجل في الملف {path} يسمي سجلا لا يوجد في أي من القاعدتين، أو سجلين من"
        " استمارتين مختلفتين ({first}، {second}): لم يدمج",
        "fr": "Une paire marquée comme différente dans le fichier {path} nomme une fiche absente des deux bases, ou"
        " deux fiches de formulaires différents ({first}, {second}) : il n'a pas été fusionné",
        "en": "A pair marked as not the same in {path} names a record neither database holds, or two records of"
        " different forms ({first}, {second}): it was not merged",
    },
    "sync_mark_out_of_bounds": {
        "ar": "زوج موسوم بأنهما ليسا نفس السجل في الملف {path} ({first}، {second}): القيمة «{field}» خارج الحدود"
        " المسموح بها. لم يدمج",
        "fr": "Paire marquée comme différente dans le fichier {path} ({first}, {second}) : la valeur « {field} »"
        " dépasse les limites permises. Il n'a pas été fusionné",
        "en": "Pair marked as not the same in {path} ({first}, {second}): the value “{field}” is beyond the allowed"
        " bounds. It was not merged",
    },
    # - the package format (app/sync/package_format.py): laptops on different releases
    "sync_format_newer": {
        "ar": "الملف {path} صنعته نسخة أحدث من تعاون ({release}) بصيغة ملفات {found} لا تقرؤها هذه النسخة (تقرأ"
        " حتى {known}). ثبت تعاون {release} أو أحدث على هذا الحاسوب ثم ادمج الملف مرة أخرى. لم يتغير شيء.",
        "fr": "Le fichier {path} a été fait par une version plus récente de Taawun ({release}), au format de fichier"
        " {found}, que cette version ne sait pas lire (elle lit jusqu'à {known}). Installez Taawun {release} ou plus"
        " récent sur cet ordinateur, puis fusionnez de nouveau le fichier. Rien n'a changé.",
        "en": "The file {path} was made by a newer Taawun ({release}) in file format {found}, which this version"
        " cannot read (it reads up to {known}). Install Taawun {release} or later on this laptop, then merge the"
        " file again. Nothing changed.",
    },
    "sync_kept_unknown": {
        "ar": "الملف من نسخة أحدث من تعاون ({release}، صيغة {format}): {count} قيمة لا تعرفها هذه النسخة حفظت كما هي"
        " وستنقل في التصدير القادم. ثبت تعاون {release} لاستعمالها.",
        "fr": "Le fichier vient d'une version plus récente de Taawun ({release}, format {format}) : {count} valeurs"
        " que cette version ne connaît pas sont gardées telles quelles et repartiront avec le prochain export."
        " Installez Taawun {release} pour les utiliser.",
        "en": "The file comes from a newer Taawun ({release}, format {format}): {count} values this version does not"
        " know were kept as they are and will travel on with the next export. Install Taawun {release} to use them.",
    },
    "sync_format_unreadable": {
        "ar": "الملف {path} يذكر صيغة ملفات ({found}) لا تطابق بنيته: لم يدمج، ولم يتغير شيء",
        "fr": "Le fichier {path} annonce un format de fichier ({found}) qui ne correspond pas à sa structure : il n'a"
        " pas été fusionné, rien n'a changé",
        "en": "The file {path} declares a file format ({found}) that does not match its structure: it was not"
        " merged, nothing changed",
    },
    "sync_schema_mismatch": {
        "ar": "بنية الملف {path} ليست بنية ملف تعاون ({detail}): لم يدمج",
        "fr": "La structure du fichier {path} n'est pas celle d'un fichier Taawun ({detail}) : il n'a pas été fusionné",
        "en": "The file {path} does not have the structure of a Taawun file ({detail}): it was not merged",
    },
    "sync_manifest_mismatch": {
        "ar": "الملف {path} ناقص: محتواه لا يطابق ما سجل عند تصديره ({detail})، ولم يدمج",
        "fr": "Le fichier {path} est incomplet : son contenu ne correspond pas à ce qui a été exporté ({detail}) ;"
        " il n'a pas été fusionné",
        "en": "The file {path} is incomplete: its content does not match what was exported ({detail}); it was not merged",
    },
    "sync_inconsistent": {
        "ar": "محتوى الملف {path} غير متسق ({detail}): لم يدمج",
        "fr": "Le contenu du fichier {path} est incohérent ({detail}) : il n'a pas été fusionné",
        "en": "The content of {path} is inconsistent ({detail}): it was not merged",
    },
    "sync_bad_form": {
        "ar": "الملف {path} يحمل تعريفا معطوبا للاستمارة «{form}» (النسخة {version}): لم يدمج",
        "fr": "Le fichier {path} contient une définition abîmée du formulaire « {form} » (version {version}) :"
        " il n'a pas été fusionné",
        "en": "The file {path} carries a broken definition of the form “{form}” (version {version}): it was not merged",
    },
    "sync_form_mismatch": {
        "ar": "الاستمارة «{form}» النسخة {version} في الملف {path} تختلف عن نظيرتها في هذا الحاسوب"
        " (عدلت دون رفع رقم نسختها): لم يدمج",
        "fr": "Le formulaire « {form} » version {version} du fichier {path} diffère de celui de cet ordinateur"
        " (modifié sans changer de version) : il n'a pas été fusionné",
        "en": "The form “{form}” version {version} in {path} differs from this laptop's (it was changed without"
        " raising its version): the file was not merged",
    },
    "sync_version_clash": {
        "ar": "الملف {path} يحمل نسخة مختلفة من السجل {id} بنفس الختم الزمني لنسخة موجودة هنا."
        " هل نسخ مجلد بيانات هذا الحاسوب إلى حاسوب آخر؟ لم يدمج",
        "fr": "Le fichier {path} contient une autre version de la fiche {id} sous le même horodatage qu'une version"
        " d'ici. Le dossier de données de cet ordinateur a-t-il été copié sur un autre ? Il n'a pas été fusionné",
        "en": "The file {path} holds a different version of record {id} under the same stamp as one here. Was this"
        " laptop's data folder copied to another laptop? It was not merged",
    },
    "sync_photo_mismatch": {
        "ar": "الصورة {digest} في الملف {path} لا تطابق محتواها (ملف تالف): لم يدمج",
        "fr": "La photo {digest} du fichier {path} ne correspond pas à son contenu (fichier abîmé) :"
        " il n'a pas été fusionné",
        "en": "The photo {digest} in {path} does not match its content (damaged file): it was not merged",
    },
    "sync_invalid_record": {
        "ar": "السجل {id} (استمارة «{form}») في الملف {path} لا يحترم قواعد استمارته (الحقول: {fields}): لم يدمج الملف",
        "fr": "La fiche {id} (formulaire « {form} ») du fichier {path} ne respecte pas les règles de son formulaire"
        " (champs : {fields}) : le fichier n'a pas été fusionné",
        "en": "Record {id} (form “{form}”) in {path} does not pass its form's rules (fields: {fields}):"
        " the file was not merged",
    },
    "sync_bad_reference": {
        "ar": "السجل {id} في الملف {path} يشير في الحقل {field} إلى السجل {target} الذي لا يوجد في أي من القاعدتين:"
        " لم يدمج",
        "fr": "La fiche {id} du fichier {path} renvoie (champ {field}) à la fiche {target}, absente des deux bases :"
        " il n'a pas été fusionné",
        "en": "Record {id} in {path} refers (field {field}) to record {target}, which neither database holds:"
        " it was not merged",
    },
    "sync_missing_photo": {
        "ar": "السجل {id} في الملف {path} يعرض الصورة {digest} غير الموجودة في أي من القاعدتين: لم يدمج",
        "fr": "La fiche {id} du fichier {path} montre la photo {digest}, absente des deux bases :"
        " il n'a pas été fusionné",
        "en": "Record {id} in {path} shows photo {digest}, which neither database holds: it was not merged",
    },
    # - export
    "sync_folder_missing": {
        "ar": "المجلد {path} غير موجود (هل المفتاح موصول؟)",
        "fr": "Le dossier {path} n'existe pas (la clé USB est-elle branchée ?)",
        "en": "The folder {path} does not exist (is the USB stick plugged in?)",
    },
    "sync_export_failed": {
        "ar": "تعذرت كتابة الملف {path}: {detail}. لم يترك أي ملف ناقص",
        "fr": "Impossible d'écrire le fichier {path} : {detail}. Aucun fichier incomplet n'a été laissé",
        "en": "Could not write {path}: {detail}. No incomplete file was left behind",
    },
    "sync_export_unverified": {
        "ar": "الملف المكتوب {path} لم يجتز الفحص فحذف ({detail}). قد يكون المفتاح ممتلئا أو معطوبا",
        "fr": "Le fichier écrit {path} n'a pas passé la vérification et a été supprimé ({detail})."
        " La clé est peut-être pleine ou défectueuse",
        "en": "The file written to {path} failed its check and was removed ({detail}). The stick may be full or faulty",
    },
    "sync_indexing": {
        "ar": "جارٍ ترتيب القوائم وفهرسة السجلات المدمجة للبحث…",
        "fr": "Tri des listes et indexation des fiches fusionnées pour la recherche…",
        "en": "Sorting the lists and indexing the merged records for search…",
    },
    "sync_needs_folder": {
        "ar": "حدد المجلد الذي يكتب فيه الملف (مثلا: taawun sync export /media/usb)",
        "fr": "Indiquez le dossier où écrire le fichier (par exemple : taawun sync export /media/usb)",
        "en": "Give the folder to write the file to (e.g. taawun sync export /media/usb)",
    },
    # - merge report and log
    "sync_needs_files": {
        "ar": "حدد ملفا واحدا على الأقل لدمجه",
        "fr": "Indiquez au moins un fichier à fusionner",
        "en": "Give at least one file to merge",
    },
    "sync_file_merged": {
        "ar": "{path}: تم الدمج (من {device}، صدر في {time})",
        "fr": "{path} : fusionné (de {device}, exporté le {time})",
        "en": "{path}: merged (from {device}, exported {time})",
    },
    "sync_file_rejected": {
        "ar": "{path}: مرفوض، لم يتغير شيء في قاعدة بياناتك",
        "fr": "{path} : refusé, rien n'a changé dans votre base",
        "en": "{path}: rejected, nothing changed in your database",
    },
    "sync_own_file": {
        "ar": "هذا الملف صادر عن هذا الحاسوب",
        "fr": "Ce fichier vient de cet ordinateur",
        "en": "This file comes from this laptop",
    },
    "sync_counts": {
        "ar": "جديدة: {inserted} · محدثة: {updated} · دون تغيير: {unchanged} · تعارضات: {conflicts}"
        " · نسخ مضافة: {versions_added} · صور: {photos_added} · استمارات مقترحة: {forms_added}",
        "fr": "nouvelles : {inserted} · mises à jour : {updated} · inchangées : {unchanged} · conflits : {conflicts}"
        " · versions ajoutées : {versions_added} · photos : {photos_added} · formulaires proposés : {forms_added}",
        "en": "new: {inserted} · updated: {updated} · unchanged: {unchanged} · conflicts: {conflicts}"
        " · versions added: {versions_added} · photos: {photos_added} · forms proposed: {forms_added}",
    },
    "sync_conflicts_found": {
        "ar": "{count} سجل عدل هنا وهناك في الوقت نفسه: تعرض النسخة الأحدث مؤقتا، راجعها بالأمر taawun conflicts",
        "fr": "{count} fiche(s) modifiée(s) des deux côtés en même temps : la version la plus récente est affichée"
        " en attendant ; à revoir avec « taawun conflicts »",
        "en": "{count} record(s) edited on both sides at once: the latest version is shown meanwhile;"
        " review with “taawun conflicts”",
    },
    "sync_marks_added": {
        "ar": "{count} زوج من السجلات وُسم في حاسوب آخر بأنهما ليسا نفس السجل",
        "fr": "{count} paire(s) de fiches marquée(s) comme différentes sur un autre ordinateur",
        "en": "{count} pair(s) of records marked as not the same on another laptop",
    },
    "sync_conflicts_closed": {
        "ar": "{count} تعارض حل في حاسوب آخر",
        "fr": "{count} conflit(s) résolu(s) sur un autre ordinateur",
        "en": "{count} conflict(s) resolved on another laptop",
    },
    "sync_nothing_new": {
        "ar": "لا جديد في هذا الملف: لم يتغير شيء",
        "fr": "Rien de nouveau dans ce fichier : rien n'a changé",
        "en": "Nothing new in this file: nothing changed",
    },
    "sync_summary": {
        "ar": "ملفات مدمجة: {merged} · مرفوضة: {rejected}",
        "fr": "Fichiers fusionnés : {merged} · refusés : {rejected}",
        "en": "Files merged: {merged} · rejected: {rejected}",
    },
    "sync_log_merged": {
        "ar": "{at} · {path}: تم الدمج (من {device})",
        "fr": "{at} · {path} : fusionné (de {device})",
        "en": "{at} · {path}: merged (from {device})",
    },
    "sync_log_rejected": {
        "ar": "{at} · {path}: مرفوض",
        "fr": "{at} · {path} : refusé",
        "en": "{at} · {path}: rejected",
    },
    "sync_log_empty": {
        "ar": "لم يدمج أي ملف بعد",
        "fr": "Aucune fusion pour l'instant",
        "en": "No merge yet",
    },
    # - conflicts
    "conflicts_none": {
        "ar": "لا توجد تعارضات مفتوحة",
        "fr": "Aucun conflit ouvert",
        "en": "No open conflicts",
    },
    "conflict_header": {
        "ar": "التعارض {id} · {form}: {title} ({record})",
        "fr": "Conflit {id} · {form} : {title} ({record})",
        "en": "Conflict {id} · {form}: {title} ({record})",
    },
    "conflict_version": {
        "ar": "{side}: النسخة {version} · {time} · {author} على {device} · {what}",
        "fr": "{side} : version {version} · {time} · {author} sur {device} · {what}",
        "en": "{side}: version {version} · {time} · {author} on {device} · {what}",
    },
    "conflict_side_mine": {"ar": "نسختي", "fr": "la mienne", "en": "mine"},
    "conflict_side_theirs": {"ar": "نسختهم", "fr": "la leur", "en": "theirs"},
    "conflict_shown": {"ar": "المعروضة الآن", "fr": "affichée", "en": "shown now"},
    "conflict_differs": {
        "ar": "الحقول المختلفة: {fields}",
        "fr": "Champs qui diffèrent : {fields}",
        "en": "Fields that differ: {fields}",
    },
    "conflict_found_by": {
        "ar": "اكتشف على {device}، {time}",
        "fr": "Détecté sur {device}, {time}",
        "en": "Found on {device}, {time}",
    },
    "conflict_resolved_line": {
        "ar": "حله {author} على {device}، {time}",
        "fr": "Résolu par {author} sur {device}, {time}",
        "en": "Resolved by {author} on {device}, {time}",
    },
    "conflict_not_found": {
        "ar": "لا يوجد تعارض بالمعرف {id}",
        "fr": "Aucun conflit avec l'identifiant {id}",
        "en": "No conflict with id {id}",
    },
    "conflict_ambiguous": {
        "ar": "{count} تعارضات تبدأ بـ {id}: أضف أحرفا أخرى",
        "fr": "{count} conflits commencent par {id} : donnez plus de caractères",
        "en": "{count} conflicts start with {id}: give more characters",
    },
    "conflict_already_resolved": {
        "ar": "التعارض {id} محلول مسبقا",
        "fr": "Le conflit {id} est déjà résolu",
        "en": "Conflict {id} is already resolved",
    },
    "conflict_bad_side": {
        "ar": "«{text}» ليست mine ولا theirs",
        "fr": "« {text} » n'est ni mine ni theirs",
        "en": "“{text}” is neither mine nor theirs",
    },
    "conflict_unknown_field": {
        "ar": "{field} ليس حقلا في الاستمارة {form}",
        "fr": "{field} n'est pas un champ du formulaire {form}",
        "en": "{field} is not a field of the form {form}",
    },
    "conflict_bad_field": {
        "ar": "«{text}» ليس على شكل حقل=mine أو حقل=theirs",
        "fr": "« {text} » n'a pas la forme champ=mine ou champ=theirs",
        "en": "“{text}” is not of the form field=mine or field=theirs",
    },
    "conflict_needs_keep": {
        "ar": "حدد معرف التعارض والنسخة التي تحتفظ بها: taawun conflicts resolve ID --keep mine|theirs",
        "fr": "Indiquez l'identifiant du conflit et la version à garder : taawun conflicts resolve ID --keep mine|theirs",
        "en": "Give the conflict's id and the version to keep: taawun conflicts resolve ID --keep mine|theirs",
    },
    # --- issue 12: each file of a batch merged or refused on its own (app/sync/merge.py) ---
    "sync_file_unreadable": {
        "ar": "تعذرت قراءة الملف {path}، فلم يدمج منه أي شيء ولم يتغير شيء في قاعدة بياناتك، وستدمج الملفات الأخرى. "
        "اطلب من صاحب الحاسوب الذي أنشأه تصديرا جديدا. السبب:",
        "fr": "Le fichier {path} n'a pas pu être lu : rien n'en a été fusionné, votre base n'a pas changé, les autres "
        "fichiers sont fusionnés. Demandez un nouvel export à l'ordinateur qui l'a produit. Raison :",
        "en": "The file {path} could not be read: nothing from it was merged, your database did not change, the other "
        "files are merged. Ask the laptop that made it for a new export. Reason:",
    },
    "unreadable_too_deep": {
        "ar": "فيه قيمة متداخلة بعمق كبير جدا (قوائم داخل قوائم)",
        "fr": "il contient une valeur imbriquée beaucoup trop profondément (des listes dans des listes)",
        "en": "it holds a value nested far too deeply (lists within lists)",
    },
    "unreadable_too_large": {
        "ar": "فيه قيمة أكبر مما تتسع له ذاكرة هذا الحاسوب",
        "fr": "il contient une valeur trop grande pour la mémoire de cet ordinateur",
        "en": "it holds a value too large for this laptop's memory",
    },
    "unreadable_number": {
        "ar": "فيه عدد أكبر من أن يقرأ ({detail})",
        "fr": "il contient un nombre trop grand pour être lu ({detail})",
        "en": "it holds a number too large to be read ({detail})",
    },
    "unreadable_text": {
        "ar": "فيه نص غير صالح (ليس UTF-8)",
        "fr": "il contient un texte invalide (pas de l'UTF-8)",
        "en": "it holds text that is not valid (not UTF-8)",
    },
    "unreadable_value": {
        "ar": "فيه قيمة ليست على الشكل المنتظر ({detail})",
        "fr": "il contient une valeur qui n'a pas la forme attendue ({detail})",
        "en": "it holds a value that is not in the expected form ({detail})",
    },
    "unreadable_sqlite": {
        "ar": "تعذر على SQLite قراءته ({detail})",
        "fr": "SQLite n'a pas pu le lire ({detail})",
        "en": "SQLite could not read it ({detail})",
    },
    "sync_file_failed": {
        "ar": "لم يدمج الملف {path}: أوقف خطأ غير متوقع في تعاون دمجه. لم يكتب منه أي شيء، وستدمج الملفات الأخرى. "
        "أرسل الملف وملف السجل {log} إلى الدعم التقني.",
        "fr": "Le fichier {path} n'a pas été fusionné : une erreur inattendue de Taawun a arrêté sa fusion. Rien n'en "
        "a été écrit ; les autres fichiers sont fusionnés. Envoyez ce fichier et le journal {log} au support.",
        "en": "The file {path} was not merged: an unexpected error in Taawun stopped its merge. Nothing from it was "
        "written; the other files are merged. Send the file and the log {log} to support.",
    },
}
