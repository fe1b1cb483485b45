"""PDF reports (app/reports)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reports (app/reports) ------------------------------------------------------------------------------------
    "report_default_organisation": {"ar": "تعاون", "fr": "Taawun", "en": "Taawun"},
    "report_generated": {"ar": "أنشئ في {date}", "fr": "Généré le {date}", "en": "Generated on {date}"},
    "report_page": {"ar": "الصفحة {page} من {total}", "fr": "Page {page} sur {total}", "en": "Page {page} of {total}"},
    "report_write_failed": {
        "ar": "تعذرت كتابة التقرير {path}: {detail}. لم يكتب أي ملف.",
        "fr": "Impossible d'écrire le rapport {path} : {detail}. Aucun fichier n'a été écrit.",
        "en": "Cannot write the report {path}: {detail}. No file was written.",
    },
    "report_wrong_form": {
        "ar": "السجل {id} من نوع «{actual}» وليس «{expected}»",
        "fr": "La fiche {id} est de type « {actual} », pas « {expected} »",
        "en": "Record {id} is a “{actual}” record, not a “{expected}” one",
    },
    "report_needs_id": {
        "ar": "حدد معرف السجل: taawun report {kind} ID --out FILE.pdf",
        "fr": "Indiquez l'identifiant de la fiche : taawun report {kind} ID --out FICHIER.pdf",
        "en": "Give the record's id: taawun report {kind} ID --out FILE.pdf",
    },
    "report_summary_options": {
        "ar": "الملخص يحتاج إلى فترة وليس إلى معرف: taawun report summary --from DATE --to DATE --out FILE.pdf",
        "fr": "Le bilan demande une période, pas d'identifiant : taawun report summary --from DATE --to DATE "
        "--out FICHIER.pdf",
        "en": "The summary takes a period, not an id: taawun report summary --from DATE --to DATE --out FILE.pdf",
    },
    "report_bad_date": {
        "ar": "«{value}» ليس تاريخا صحيحا للخيار {option} (اليوم/الشهر/السنة، مثلا 17/05/2025)",
        "fr": "« {value} » n'est pas une date valide pour {option} (JJ/MM/AAAA, par exemple 17/05/2025)",
        "en": "“{value}” is not a valid date for {option} (YYYY-MM-DD, e.g. 2025-05-17)",
    },
    "report_bad_period": {
        "ar": "تنتهي الفترة ({end}) قبل أن تبدأ ({start})",
        "fr": "La période se termine ({end}) avant de commencer ({start})",
        "en": "The period ends ({end}) before it starts ({start})",
    },
    "report_unknown_province": {
        "ar": "لا توجد أي تعاونية أو لقاء في الإقليم «{province}» (الأقاليم المسجلة: {known})",
        "fr": "Aucune coopérative ni rencontre dans la province « {province} » (provinces connues : {known})",
        "en": "No cooperative or meeting in the province “{province}” (known provinces: {known})",
    },
    "report_title_cooperative": {"ar": "بطاقة تعاونية", "fr": "Fiche coopérative", "en": "Cooperative sheet"},
    "report_title_visit": {"ar": "تقرير زيارة ميدانية", "fr": "Rapport de visite", "en": "Visit report"},
    "report_title_workshop": {"ar": "تقرير لقاء", "fr": "Rapport de rencontre", "en": "Meeting report"},
    "report_title_summary": {"ar": "ملخص النشاط", "fr": "Bilan d'activité", "en": "Activity summary"},
    "report_key_figures": {"ar": "أرقام أساسية", "fr": "Chiffres clés", "en": "Key figures"},
    "report_visits": {"ar": "الزيارات الميدانية", "fr": "Visites de terrain", "en": "Field visits"},
    "report_no_visits": {"ar": "لم تسجل أي زيارة", "fr": "Aucune visite enregistrée", "en": "No visit recorded"},
    "report_nothing": {"ar": "لا يوجد", "fr": "Rien à signaler", "en": "Nothing recorded"},
    "report_not_given": {"ar": "غير محدد", "fr": "Non précisé", "en": "Not given"},
    # --- issue 15, reports: a figure nobody gave is unknown, never 0 ---
    "report_figure_unknown": {"ar": "غير معروف", "fr": "Non renseigné", "en": "Not recorded"},
    "report_figure_partial": {
        "ar": "{figure} — حسب بيانات {count} من أصل {total}",
        "fr": "{figure} — renseigné pour {count} sur {total}",
        "en": "{figure} — recorded for {count} of {total}",
    },
    "report_photo_unreadable": {
        "ar": "تعذر عرض الصورة {name}",
        "fr": "La photo {name} ne peut pas être affichée",
        "en": "The photo {name} cannot be shown",
    },
    "report_contents": {"ar": "المحتويات", "fr": "Sommaire", "en": "Contents"},
    "report_period": {
        "ar": "الفترة: من {start} إلى {end}",
        "fr": "Période : du {start} au {end}",
        "en": "Period: {start} to {end}",
    },
    "report_area": {"ar": "الإقليم: {area}", "fr": "Province : {area}", "en": "Province: {area}"},
    "report_all_areas": {"ar": "جميع الأقاليم", "fr": "toutes les provinces", "en": "all provinces"},
    "report_scope": {
        "ar": "الأرقام حسب القطاع والجماعة والصعوبات تخص كل التعاونيات المسجلة في الإقليم؛ "
        "الزيارات واللقاءات والتتبع تخص الفترة.",
        "fr": "Les chiffres par secteur, par commune et les difficultés portent sur toutes les coopératives "
        "enregistrées de la province ; les visites, les rencontres et les suivis portent sur la période.",
        "en": "Figures by sector, by commune and the challenges cover every cooperative registered in the province; "
        "visits, meetings and follow-ups cover the period.",
    },
    "report_cooperatives_in_area": {
        "ar": "التعاونيات المسجلة",
        "fr": "Coopératives enregistrées",
        "en": "Registered cooperatives",
    },
    "report_cooperatives_visited": {
        "ar": "التعاونيات التي تمت زيارتها",
        "fr": "Coopératives visitées",
        "en": "Cooperatives visited",
    },
    "report_visits_in_period": {
        "ar": "الزيارات خلال الفترة",
        "fr": "Visites sur la période",
        "en": "Visits in the period",
    },
    "report_workshops_in_period": {
        "ar": "اللقاءات خلال الفترة",
        "fr": "Rencontres sur la période",
        "en": "Meetings in the period",
    },
    "report_by_sector": {
        "ar": "التعاونيات حسب القطاع",
        "fr": "Coopératives par secteur",
        "en": "Cooperatives by sector",
    },
    "report_by_commune": {
        "ar": "التعاونيات حسب الجماعة",
        "fr": "Coopératives par commune",
        "en": "Cooperatives by commune",
    },
    "report_challenges": {
        "ar": "الصعوبات الأكثر تكرارا",
        "fr": "Difficultés les plus fréquentes",
        "en": "Most frequent challenges",
    },
    "report_open_follow_ups": {"ar": "التتبع المفتوح", "fr": "Suivis ouverts", "en": "Open follow-ups"},
    "report_follow_ups_scope": {
        "ar": "التوصيات المنبثقة عن زيارات الفترة ومواعيد التتبع المقبلة، مرتبة حسب الأجل.",
        "fr": "Les recommandations issues des visites de la période et les prochains suivis, par échéance.",
        "en": "The recommendations from the period's visits and the next follow-up visits, by due date.",
    },
    "report_next_follow_up_action": {
        "ar": "زيارة التتبع المقبلة",
        "fr": "Prochaine visite de suivi",
        "en": "Next follow-up visit",
    },
    "report_count": {"ar": "العدد", "fr": "Nombre", "en": "Count"},
    "report_share": {"ar": "النسبة", "fr": "Part", "en": "Share"},
    "report_disk_full": {
        "ar": "القرص ممتلئ: تعذرت كتابة التقرير {path}. لم يكتب أي ملف.",
        "fr": "Le disque est plein : impossible d'écrire le rapport {path}. Aucun fichier n'a été écrit.",
        "en": "The disk is full: the report {path} could not be written. No file was written.",
    },
    "report_read_only": {
        "ar": "لا يمكن الكتابة في المجلد الذي يضم {path} (للقراءة فقط أو بدون صلاحية). لم يكتب أي ملف.",
        "fr": "Impossible d'écrire dans le dossier de {path} (lecture seule ou accès refusé). "
        "Aucun fichier n'a été écrit.",
        "en": "Cannot write in the folder of {path} (read-only or not allowed). No file was written.",
    },
    "report_no_folder": {
        "ar": "المجلد الذي يفترض أن يضم {path} غير موجود. لم يكتب أي ملف.",
        "fr": "Le dossier de {path} n'existe pas. Aucun fichier n'a été écrit.",
        "en": "The folder of {path} does not exist. No file was written.",
    },
    "report_unknown_language": {
        "ar": "لغة التقرير ar أو fr أو en، وليست «{language}»",
        "fr": "La langue du rapport est ar, fr ou en, pas « {language} »",
        "en": "The report's language is ar, fr or en, not “{language}”",
    },
    # --- a report a form file asks for (app/core/form_behaviour.py) ---
    "report_unknown": {
        "ar": "تطلب الاستمارة «{form}» تقريرا باسم «{report}» لا يعرفه هذا الإصدار (المتاحة: {available})",
        "fr": "Le formulaire « {form} » demande un rapport « {report} » que cette version ne connaît pas"
        " (disponibles : {available})",
        "en": "The form “{form}” asks for a report “{report}” this release does not know (available: {available})",
    },
}
