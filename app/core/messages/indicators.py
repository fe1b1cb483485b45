"""Issue 19: the programme's indicators (app/db/indicators.py) in the indicator report (PDF and XLSX), the
command line and the window's home."""

MESSAGES: dict[str, dict[str, str]] = {
    "ind_title": {"ar": "مؤشرات البرنامج", "fr": "Indicateurs du programme", "en": "Programme indicators"},
    "ind_home": {"ar": "الرئيسية", "fr": "Accueil", "en": "Home"},
    "ind_indicator": {"ar": "المؤشر", "fr": "Indicateur", "en": "Indicator"},
    "ind_current": {"ar": "الفترة", "fr": "Période", "en": "Period"},
    "ind_previous": {"ar": "الفترة السابقة", "fr": "Période précédente", "en": "Previous period"},
    "ind_basis": {"ar": "الأساس", "fr": "Base", "en": "Based on"},
    "ind_dates": {"ar": "من {start} إلى {end}", "fr": "du {start} au {end}", "en": "{start} to {end}"},
    "ind_unknown": {"ar": "غير معروف", "fr": "Inconnu", "en": "Unknown"},
    "ind_scope": {
        "ar": "تحتسب السجلات النهائية وحدها (لا المسودات). نسبة النساء ونسبة الشباب دون 35 سنة لا تحتسب إلا على التعاونيات "
        "التي أدلت بالعدد الإجمالي وبالعدد المعني معا، مع ذكر عددها. كل رقم لم يدل به أحد «غير معروف» وليس صفرا. "
        "التوصيات المتأخرة: أجلها قبل نهاية الفترة (أو اليوم إن كان قبلها) ولم تنجز.",
        "fr": "Seules les fiches finales comptent (pas les brouillons). Les parts de femmes et de moins de 35 ans ne "
        "portent que sur les coopératives ayant donné à la fois leur total et ce nombre, dont le nombre est indiqué. "
        "Un chiffre que personne n'a renseigné est « inconnu », jamais 0. Recommandations en retard : échéance avant "
        "la fin de la période (ou aujourd'hui si c'est plus tôt), non réalisées.",
        "en": "Only final records count (not drafts). The shares of women and of members under 35 cover only the "
        "cooperatives that gave both their total and that number, whose count is given. A figure nobody filled is "
        "\u201cunknown\u201d, never 0. Overdue recommendations: due before the period's end (or today if sooner), "
        "not done.",
    },
    "ind_section_cooperatives": {
        "ar": "التعاونيات وأعضاؤها",
        "fr": "Coopératives et membres",
        "en": "Cooperatives and members",
    },
    "ind_section_visits": {"ar": "الزيارات حسب الغرض", "fr": "Visites par objet", "en": "Visits by purpose"},
    "ind_section_workshops": {
        "ar": "اللقاءات والمشاركون",
        "fr": "Ateliers et participants",
        "en": "Workshops and participants",
    },
    "ind_section_recommendations": {"ar": "التوصيات", "fr": "Recommandations", "en": "Recommendations"},
    "ind_cooperatives_supported": {
        "ar": "التعاونيات المستفيدة (تمت زيارتها)",
        "fr": "Coopératives appuyées (visitées)",
        "en": "Cooperatives supported (visited)",
    },
    "ind_cooperatives_new": {
        "ar": "منها جديدة (أول زيارة)",
        "fr": "dont nouvelles (première visite)",
        "en": "of which new (first visit)",
    },
    "ind_members_total": {"ar": "الأعضاء", "fr": "Membres", "en": "Members"},
    "ind_members_women": {"ar": "نسبة النساء", "fr": "Part des femmes", "en": "Women's share"},
    "ind_members_under_35": {"ar": "نسبة الأعضاء دون 35 سنة", "fr": "Part des moins de 35 ans", "en": "Share under 35"},
    "ind_visits": {"ar": "الزيارات", "fr": "Visites", "en": "Visits"},
    "ind_purpose_not_given": {"ar": "غرض غير محدد", "fr": "Objet non précisé", "en": "Purpose not given"},
    "ind_workshops": {"ar": "اللقاءات والورشات", "fr": "Rencontres et ateliers", "en": "Meetings and workshops"},
    "ind_participants": {"ar": "المشاركون", "fr": "Participants", "en": "Participants"},
    "ind_participants_women": {"ar": "منهم نساء", "fr": "dont femmes", "en": "of whom women"},
    "ind_participants_men": {"ar": "منهم رجال", "fr": "dont hommes", "en": "of whom men"},
    "ind_participants_under_35": {"ar": "منهم دون 35 سنة", "fr": "dont moins de 35 ans", "en": "of whom under 35"},
    "ind_recommendations_made": {
        "ar": "التوصيات المقدمة",
        "fr": "Recommandations faites",
        "en": "Recommendations made",
    },
    "ind_recommendations_done": {
        "ar": "التوصيات المنجزة",
        "fr": "Recommandations réalisées",
        "en": "Recommendations done",
    },
    "ind_recommendations_overdue": {
        "ar": "التوصيات المتأخرة",
        "fr": "Recommandations en retard",
        "en": "Overdue recommendations",
    },
    "ind_share": {
        "ar": "{part} من {whole} ({percent})",
        "fr": "{part} sur {whole} ({percent})",
        "en": "{part} of {whole} ({percent})",
    },
    "ind_basis_cooperatives": {
        "ar": "عدد التعاونيات المعنية: {count}",
        "fr": "coopératives renseignées : {count}",
        "en": "cooperatives reporting: {count}",
    },
    "ind_basis_workshops": {
        "ar": "عدد اللقاءات المعنية: {count}",
        "fr": "ateliers renseignés : {count}",
        "en": "workshops reporting: {count}",
    },
    "ind_province": {"ar": "الإقليم", "fr": "Province", "en": "Province"},
    "ind_all_provinces": {"ar": "كل الأقاليم", "fr": "Toutes les provinces", "en": "All provinces"},
    "ind_from": {"ar": "من", "fr": "Du", "en": "From"},
    "ind_to": {"ar": "إلى", "fr": "Au", "en": "To"},
    "ind_show": {"ar": "عرض", "fr": "Afficher", "en": "Show"},
    "ind_computing": {"ar": "جار الحساب…", "fr": "Calcul en cours…", "en": "Computing…"},
    "ind_before": {"ar": "قبلها: {value}", "fr": "avant : {value}", "en": "before: {value}"},
    "ind_bad_dates": {
        "ar": "تاريخ غير صالح أو فترة معكوسة",
        "fr": "Date invalide ou période inversée",
        "en": "Invalid date or reversed period",
    },
    "ind_failed": {
        "ar": "تعذر حساب المؤشرات: {reason}",
        "fr": "Impossible de calculer les indicateurs : {reason}",
        "en": "The indicators could not be computed: {reason}",
    },
    "report_indicators_options": {
        "ar": "المؤشرات تحتاج إلى فترة: taawun report indicators --from DATE --to DATE --out FILE.pdf|FILE.xlsx",
        "fr": "Les indicateurs demandent une période : taawun report indicators --from DATE --to DATE "
        "--out FICHIER.pdf|FICHIER.xlsx",
        "en": "The indicators take a period: taawun report indicators --from DATE --to DATE --out FILE.pdf|FILE.xlsx",
    },
    "report_indicators_format": {
        "ar": "يجب أن ينتهي اسم الملف بـ .pdf أو .xlsx: {path}",
        "fr": "Le nom du fichier doit finir par .pdf ou .xlsx : {path}",
        "en": "The file name must end in .pdf or .xlsx: {path}",
    },
    "cli_indicators_written": {
        "ar": "كتبت المؤشرات في {path}",
        "fr": "Indicateurs écrits dans {path}",
        "en": "Indicators written to {path}",
    },
}
