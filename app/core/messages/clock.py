"""Clock sanity (app/core/clock.py, app/db/stamps.py, app/ui/clock_warning.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- clock sanity (issue 12: app/core/clock.py, app/db/stamps.py, app/ui/clock_warning.py) ---------------------
    "sync_clock_ahead": {
        "ar": "لم يدمج الملف {path}: فيه تغييرات من الحاسوب «{device}» مؤرخة في {date}، أي بعد ساعة هذا الحاسوب "
        "({now}) بأكثر من يوم. تاريخ ذلك الحاسوب وساعته خاطئان: اضبطهما على «{device}»، ثم صدر منه ملفا جديدا وادمجه. "
        "لم يتغير أي شيء هنا.",
        "fr": "Le fichier {path} n'a pas été fusionné : il contient des modifications de l'ordinateur « {device} » "
        "datées du {date}, plus d'un jour après l'horloge de cet ordinateur ({now}). La date et l'heure de cet "
        "ordinateur-là sont fausses : réglez-les sur « {device} », puis exportez-en un nouveau fichier et fusionnez "
        "celui-ci. Rien n'a été modifié ici.",
        "en": 'The file {path} was not merged: it holds changes from the laptop "{device}" dated {date}, more than '
        "a day ahead of this laptop's clock ({now}). That laptop's date and time are wrong: set them right on "
        '"{device}", then export a new file from it and merge that one. Nothing was changed here.',
    },
    "sync_clock_ahead_here": {
        "ar": "لم يدمج الملف {path}: فيه تغييرات من الحاسوب «{device}» مؤرخة في {date}، بعد ساعة هذا الحاسوب ({now}) "
        "بأكثر من يوم، لكن ساعة هذا الحاسوب نفسها تبدو متأخرة (قبل بياناته). اضبط تاريخ هذا الحاسوب وساعته في إعدادات "
        "النظام، ثم ادمج الملف من جديد. لم يتغير أي شيء.",
        "fr": "Le fichier {path} n'a pas été fusionné : il contient des modifications de l'ordinateur « {device} » "
        "datées du {date}, plus d'un jour après l'horloge de cet ordinateur ({now}) ; mais c'est l'horloge de cet "
        "ordinateur-ci qui semble en retard (elle est avant ses propres données). Réglez la date et l'heure de cet "
        "ordinateur dans les paramètres du système, puis fusionnez à nouveau le fichier. Rien n'a été modifié.",
        "en": 'The file {path} was not merged: it holds changes from the laptop "{device}" dated {date}, more than '
        "a day ahead of this laptop's clock ({now}); but it is this laptop's own clock that looks behind (it is "
        "earlier than its own data). Set this laptop's date and time in the system settings, then merge the file "
        "again. Nothing was changed.",
    },
    "clock_stamp_ahead": {
        "ar": "تغيير من الحاسوب «{device}» مؤرخ في {date}، بعد ساعة هذا الحاسوب ({now}) بأكثر من يوم: لم يقبل. اضبط "
        "تاريخ ذلك الحاسوب وساعته، ثم صدر منه من جديد.",
        "fr": "Une modification de l'ordinateur « {device} » est datée du {date}, plus d'un jour après l'horloge de "
        "cet ordinateur ({now}) : elle n'a pas été acceptée. Réglez la date et l'heure de cet ordinateur-là, puis "
        "exportez à nouveau.",
        "en": 'A change from the laptop "{device}" is dated {date}, more than a day ahead of this laptop\'s clock '
        "({now}): it was not accepted. Set that laptop's date and time, then export again.",
    },
    "clock_exhausted": {
        "ar": "بلغت ساعة قاعدة البيانات هذه آخر تاريخ يمكنها عده (دفعها إليه ملف من حاسوب تاريخه خاطئ، قبل أن يتحقق "
        "تعاون من التواريخ): لا يمكن حفظ أي تغيير. استعد نسخة احتياطية أخذت قبل ذلك الدمج (taawun backup restore)، أو "
        "اطلب المساعدة من المنسق.",
        "fr": "L'horloge de cette base a atteint la dernière date qu'elle peut compter (un fichier venu d'un "
        "ordinateur mal daté l'y a poussée, avant que Taawun ne vérifie les dates) : aucune modification ne peut "
        "être enregistrée. Restaurez une sauvegarde faite avant cette fusion (taawun backup restore), ou demandez "
        "l'aide de votre coordinateur.",
        "en": "This database's clock has reached the last date it can count (a file from a laptop with a wrong date "
        "pushed it there, before Taawun checked dates): no change can be saved. Restore a backup made before that "
        "merge (taawun backup restore), or ask your coordinator for help.",
    },
    "clock_database_ahead": {
        "ar": "ساعة قاعدة البيانات هذه عند {newest}، بعيدا في المستقبل (ساعة الحاسوب: {now}): دفعها إليه ملف من حاسوب "
        "تاريخه خاطئ، قبل أن يتحقق تعاون من التواريخ. التغييرات هنا تؤرخ من هناك، وسترفضها الحواسيب الأخرى. استعد نسخة "
        "احتياطية أخذت قبل ذلك الدمج، أو اطلب المساعدة من المنسق.",
        "fr": "L'horloge de cette base est au {newest}, loin dans le futur (horloge de l'ordinateur : {now}) : un "
        "fichier venu d'un ordinateur mal daté l'y a poussée, avant que Taawun ne vérifie les dates. Les "
        "modifications faites ici sont datées à partir de là, et les autres ordinateurs les refuseront. Restaurez "
        "une sauvegarde faite avant cette fusion, ou demandez l'aide de votre coordinateur.",
        "en": "This database's clock is at {newest}, far in the future (the laptop's clock: {now}): a file from a "
        "laptop with a wrong date pushed it there, before Taawun checked dates. Changes made here are dated from "
        "there, and other laptops will refuse them. Restore a backup made before that merge, or ask your "
        "coordinator for help.",
    },
    "clock_behind_data": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، لكن بياناته فيها تغييرات مؤرخة حتى {newest}. تاريخه وساعته خاطئان على "
        "الأرجح (بطارية الساعة فارغة؟): اضبطهما في إعدادات النظام. إلى ذلك الحين قد ترفض ملفات الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, mais ses données contiennent des modifications datées "
        "jusqu'au {newest}. Sa date et son heure sont sans doute fausses (pile de l'horloge usée ?) : réglez-les "
        "dans les paramètres du système. D'ici là, les fichiers des autres ordinateurs pourront être refusés.",
        "en": "This laptop's clock says {now}, but its data holds changes dated up to {newest}. Its date and time "
        "are probably wrong (a flat clock battery?): set them in the system settings. Until then, files from other "
        "laptops may be refused.",
    },
    "clock_before_release": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، قبل صدور هذه النسخة من تعاون: تاريخه وساعته خاطئان على الأرجح (بطارية "
        "الساعة فارغة؟). اضبطهما في إعدادات النظام؛ إلى ذلك الحين سترفض ملفات الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, avant la sortie de cette version de Taawun : sa date et "
        "son heure sont sans doute fausses (pile de l'horloge usée ?). Réglez-les dans les paramètres du système ; "
        "d'ici là, les fichiers des autres ordinateurs seront refusés.",
        "en": "This laptop's clock says {now}, before this version of Taawun was made: its date and time are "
        "probably wrong (a flat clock battery?). Set them in the system settings; until then, files from other "
        "laptops will be refused.",
    },
    "clock_far_ahead": {
        "ar": "ساعة هذا الحاسوب تشير إلى {now}، بعيدا في المستقبل أو بعد أحدث بياناته بسنوات. إن كان التاريخ خاطئا "
        "فاضبطه في إعدادات النظام قبل أي تغيير: التغييرات المؤرخة في المستقبل ترفضها الحواسيب الأخرى.",
        "fr": "L'horloge de cet ordinateur indique {now}, loin dans le futur ou des années après ses données les plus "
        "récentes. Si la date est fausse, réglez-la dans les paramètres du système avant toute modification : les "
        "modifications datées dans le futur sont refusées par les autres ordinateurs.",
        "en": "This laptop's clock says {now}, far in the future or years after the newest data it holds. If the "
        "date is wrong, set it in the system settings before making changes: changes dated in the future are "
        "refused by other laptops.",
    },
    "check_clock_warning": {
        "ar": "تنبيه (ليس عطبا): {detail}",
        "fr": "Attention (ce n'est pas un dommage) : {detail}",
        "en": "Warning (not damage): {detail}",
    },
}
