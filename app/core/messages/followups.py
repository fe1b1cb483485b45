"""The follow-up board of recommendations (app/db/followups.py, app/cli/followups.py, app/reports/followups_report.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "followup_no_record": {
        "ar": "لا توجد زيارة أو ورشة بالمعرف {id}: لم يتغير شيء",
        "fr": "Aucune visite ni rencontre n'a l'identifiant {id} : rien n'a été modifié",
        "en": "No visit or workshop has the id {id}: nothing was changed",
    },
    "followup_no_item": {
        "ar": "لا توجد توصية رقم {index} في السجل {id} (عدد توصياته: {count}): لم يتغير شيء",
        "fr": "Pas de recommandation n° {index} dans la fiche {id} (elle en a {count}) : rien n'a été modifié",
        "en": "No recommendation number {index} in the record {id} (it has {count}): nothing was changed",
    },
    "followup_bad_index": {
        "ar": "رقم التوصية يجب أن يكون عددا صحيحا موجبا كما تعرضه اللائحة، لا «{index}»",
        "fr": "Le numéro de la recommandation doit être un entier positif, tel que la liste l'affiche, pas « {index} »",
        "en": "The recommendation's number must be a positive whole number as the list shows it, not '{index}'",
    },
    "followup_needs_index": {
        "ar": "اكتب بعد المعرف رقم التوصية كما تعرضه اللائحة: taawun followups done ID INDEX",
        "fr": "Donnez après l'identifiant le numéro de la recommandation, tel que la liste l'affiche :"
        " taawun followups done ID INDEX",
        "en": "Give the recommendation's number after the id, as the list shows it: taawun followups done ID INDEX",
    },
    "followup_form_too_old": {
        "ar": "السجل {id} معبأ بالنسخة {version} من استمارة {form} التي لا تتتبع التوصيات: اقبل النسخة الأحدث أولا",
        "fr": "La fiche {id} suit la version {version} du formulaire {form}, qui ne suit pas les recommandations :"
        " acceptez d'abord la version plus récente",
        "en": "The record {id} follows version {version} of the form {form}, which does not track recommendations:"
        " accept the newer version first",
    },
    "followup_done_marked": {
        "ar": "سجلت التوصية {index} من {id} منجزة",
        "fr": "Recommandation {index} de {id} marquée réalisée",
        "en": "Recommendation {index} of {id} marked done",
    },
    "followup_reopened": {
        "ar": "أعيد فتح التوصية {index} من {id}",
        "fr": "Recommandation {index} de {id} rouverte",
        "en": "Recommendation {index} of {id} open again",
    },
    "followup_none": {
        "ar": "لا توجد توصيات مطابقة",
        "fr": "Aucune recommandation ne correspond",
        "en": "No matching recommendations",
    },
    "followup_count": {
        "ar": "عدد التوصيات: {count}، منها {overdue} متأخرة",
        "fr": "Recommandations : {count}, dont {overdue} en retard",
        "en": "Recommendations: {count}, of which {overdue} overdue",
    },
    "followup_status_open": {"ar": "مفتوحة", "fr": "Ouverte", "en": "Open"},
    "followup_status_overdue": {"ar": "متأخرة", "fr": "En retard", "en": "Overdue"},
    "followup_status_done": {"ar": "منجزة", "fr": "Réalisée", "en": "Done"},
    # A recommendation of a draft record (app/db/followups.py: not counted overdue), and one done in a draft.
    "followup_status_draft": {"ar": "مسودة", "fr": "Brouillon", "en": "Draft"},
    "followup_status_done_draft": {"ar": "منجزة (مسودة)", "fr": "Réalisée (brouillon)", "en": "Done (draft)"},
    "followup_report_title": {
        "ar": "تتبع التوصيات",
        "fr": "Suivi des recommandations",
        "en": "Follow-up of recommendations",
    },
    "followup_report_day": {
        "ar": "الوضعية بتاريخ {date}",
        "fr": "Situation au {date}",
        "en": "Situation on {date}",
    },
    "followup_column_due": {"ar": "الأجل", "fr": "Échéance", "en": "Due"},
    "followup_column_status": {"ar": "الحالة", "fr": "État", "en": "Status"},
    "followup_column_action": {"ar": "التوصية", "fr": "Recommandation", "en": "Recommendation"},
    "followup_column_responsible": {"ar": "المسؤول", "fr": "Responsable", "en": "Responsible"},
    "followup_column_where": {
        "ar": "التعاونية أو الورشة",
        "fr": "Coopérative ou rencontre",
        "en": "Cooperative or workshop",
    },
    "followup_column_province": {"ar": "الإقليم", "fr": "Province", "en": "Province"},
    "followup_column_agent": {"ar": "المؤطر", "fr": "Agent", "en": "Agent"},
    "followup_column_done": {"ar": "أنجزت في", "fr": "Réalisée le", "en": "Done on"},
    "followup_column_note": {"ar": "ملاحظة", "fr": "Note", "en": "Note"},
    "followup_column_record": {"ar": "السجل", "fr": "Fiche", "en": "Record"},
    "followup_column_number": {"ar": "رقم", "fr": "N°", "en": "No."},
    # --- the window's Follow-ups page (app/ui/followups_page.py) -------------------------------------------------------
    "followup_nav": {"ar": "التتبع", "fr": "Suivi", "en": "Follow-ups"},
    "followup_nav_overdue": {
        "ar": "التتبع ({count} متأخرة)",
        "fr": "Suivi ({count} en retard)",
        "en": "Follow-ups ({count} overdue)",
    },
    "followup_shown": {"ar": "المعروض: {count}", "fr": "Affichées : {count}", "en": "Shown: {count}"},
    "followup_filter_status": {"ar": "الحالة", "fr": "État", "en": "Status"},
    "followup_filter_pending": {"ar": "غير منجزة", "fr": "Non réalisées", "en": "Not done"},
    "followup_filter_any": {"ar": "الكل", "fr": "Toutes", "en": "All"},
    "followup_period_shown": {
        "ar": "توصيات الزيارات المؤرخة من {start} إلى {end} (حالتها اليوم)",
        "fr": "Recommandations des visites datées du {start} au {end} (leur état aujourd'hui)",
        "en": "Recommendations of the visits dated {start} to {end} (their status today)",
    },
    "followup_period_clear": {"ar": "كل الفترات", "fr": "Toutes les périodes", "en": "Any period"},
    "followup_filter_commune": {"ar": "الجماعة", "fr": "Commune", "en": "Commune"},
    "followup_filter_cooperative": {"ar": "التعاونية", "fr": "Coopérative", "en": "Cooperative"},
    "followup_filter_workshop": {"ar": "اللقاء أو الورشة", "fr": "Rencontre ou atelier", "en": "Meeting or workshop"},
    "followup_mark_done": {"ar": "تسجيل الإنجاز…", "fr": "Marquer réalisée…", "en": "Mark done…"},
    "followup_reopen": {"ar": "إعادة الفتح", "fr": "Rouvrir", "en": "Reopen"},
    "followup_print": {"ar": "طباعة…", "fr": "Imprimer…", "en": "Print…"},
    "followup_export": {"ar": "تصدير إلى Excel…", "fr": "Exporter vers Excel…", "en": "Export to Excel…"},
    "followup_done_title": {"ar": "توصية منجزة", "fr": "Recommandation réalisée", "en": "Recommendation done"},
    "followup_done_date": {"ar": "تاريخ الإنجاز", "fr": "Réalisée le", "en": "Done on"},
    "followup_done_note": {"ar": "ملاحظة (اختيارية)", "fr": "Note (facultative)", "en": "Note (optional)"},
    "followup_language": {"ar": "اللغة", "fr": "Langue", "en": "Language"},
    "followup_written": {"ar": "كتب الملف: {path}", "fr": "Fichier écrit : {path}", "en": "File written: {path}"},
}
