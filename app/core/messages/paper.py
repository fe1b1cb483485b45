"""Paper forms (app/reports/paper_form.py) and the codes printed on them (app/core/paper_code.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- on the printed page ---------------------------------------------------------------------------------------
    "paper_title": {"ar": "{form}: استمارة ورقية", "fr": "{form} : formulaire papier", "en": "{form}: paper form"},
    "paper_blank_subtitle": {
        "ar": "تملأ باليد ثم تدخل في تعاون · نسخة الاستمارة {version}",
        "fr": "À remplir à la main, puis à saisir dans Taawun · version du formulaire {version}",
        "en": "To fill in by hand, then type into Taawun · form version {version}",
    },
    "paper_check_subtitle": {
        "ar": "{form} للمراجعة: صححوا أو أكملوا بالقلم ما هو خاطئ أو ناقص · النسخة {version} من السجل",
        "fr": "{form} à vérifier : corrigez ou complétez au stylo ce qui est faux ou manque · version {version} de la fiche",
        "en": "{form} to check: correct or complete in pen what is wrong or missing · record version {version}",
    },
    "paper_required_note": {
        "ar": "* خانة إلزامية",
        "fr": "* champ obligatoire",
        "en": "* required field",
    },
    # --- when a field applies (app/reports/paper_conditions.py): the labels quoted, as the window shows them --------
    "paper_only_if": {"ar": "فقط إذا {condition}", "fr": "Seulement si {condition}", "en": "Only if {condition}"},
    "paper_only_some_cases": {
        "ar": "في بعض الحالات فقط",
        "fr": "Seulement dans certains cas",
        "en": "Only in some cases",
    },
    "paper_condition_is": {"ar": "كان {field} هو {value}", "fr": "{field} est {value}", "en": "{field} is {value}"},
    "paper_condition_is_not": {
        "ar": "لم يكن {field} هو {value}",
        "fr": "{field} n'est pas {value}",
        "en": "{field} is not {value}",
    },
    "paper_condition_ticked": {
        "ar": "اختير {value} في {field}",
        "fr": "{value} est coché dans {field}",
        "en": "{value} is ticked in {field}",
    },
    "paper_condition_not_ticked": {
        "ar": "لم يُختر {value} في {field}",
        "fr": "{value} n'est pas coché dans {field}",
        "en": "{value} is not ticked in {field}",
    },
    "paper_condition_filled": {
        "ar": "مُلئت خانة {field}",
        "fr": "le champ {field} est rempli",
        "en": "{field} is filled in",
    },
    "paper_condition_empty": {
        "ar": "بقيت خانة {field} فارغة",
        "fr": "le champ {field} est vide",
        "en": "{field} is empty",
    },
    "paper_condition_and": {"ar": "{first} و{second}", "fr": "{first} et {second}", "en": "{first} and {second}"},
    "paper_condition_or": {"ar": "{first} أو {second}", "fr": "{first} ou {second}", "en": "{first} or {second}"},
    "paper_condition_count": {
        "ar": "عدد إدخالات {field}",
        "fr": "le nombre d'entrées de {field}",
        "en": "the number of entries of {field}",
    },
    "paper_condition_number_less": {
        "ar": "كان {field} أقل من {value}",
        "fr": "{field} est inférieur à {value}",
        "en": "{field} is less than {value}",
    },
    "paper_condition_number_at_most": {
        "ar": "كان {field} أقل من {value} أو يساويه",
        "fr": "{field} est inférieur ou égal à {value}",
        "en": "{field} is at most {value}",
    },
    "paper_condition_number_more": {
        "ar": "كان {field} أكبر من {value}",
        "fr": "{field} est supérieur à {value}",
        "en": "{field} is more than {value}",
    },
    "paper_condition_number_at_least": {
        "ar": "كان {field} أكبر من {value} أو يساويه",
        "fr": "{field} est supérieur ou égal à {value}",
        "en": "{field} is at least {value}",
    },
    "paper_condition_date_less": {
        "ar": "كان {field} قبل {value}",
        "fr": "{field} est avant {value}",
        "en": "{field} is before {value}",
    },
    "paper_condition_date_at_most": {
        "ar": "كان {field} في {value} أو قبله",
        "fr": "{field} est {value} ou avant",
        "en": "{field} is {value} or before",
    },
    "paper_condition_date_more": {
        "ar": "كان {field} بعد {value}",
        "fr": "{field} est après {value}",
        "en": "{field} is after {value}",
    },
    "paper_condition_date_at_least": {
        "ar": "كان {field} في {value} أو بعده",
        "fr": "{field} est {value} ou après",
        "en": "{field} is {value} or after",
    },
    "paper_condition_on_day": {"ar": "يوم {date}", "fr": "le {date}", "en": "{date}"},
    "paper_condition_today": {"ar": "اليوم", "fr": "aujourd'hui", "en": "today"},
    "paper_one_choice": {"ar": "ضع علامة في خانة واحدة", "fr": "Cochez une seule case", "en": "Tick one box"},
    "paper_many_choices": {
        "ar": "ضع علامة في كل الخانات المناسبة",
        "fr": "Cochez toutes les cases qui conviennent",
        "en": "Tick every box that applies",
    },
    "paper_write_choice": {
        "ar": "اكتب الاختيار كما هو في القائمة",
        "fr": "Écrivez le choix tel qu'il figure dans la liste",
        "en": "Write the choice as it appears in the list",
    },
    "paper_day": {"ar": "يوم", "fr": "jour", "en": "day"},
    "paper_month": {"ar": "شهر", "fr": "mois", "en": "month"},
    "paper_year": {"ar": "سنة", "fr": "année", "en": "year"},
    "paper_latitude": {"ar": "خط العرض", "fr": "Latitude", "en": "Latitude"},
    "paper_longitude": {"ar": "خط الطول", "fr": "Longitude", "en": "Longitude"},
    "paper_photos_note": {
        "ar": "الصور تلتقط بالهاتف أو الحاسوب وتضاف عند إدخال الاستمارة. عدد الصور الملتقطة:",
        "fr": "Les photos sont prises au téléphone ou à l'ordinateur et ajoutées à la saisie. Nombre de photos prises :",
        "en": "Photos are taken with a phone or the laptop and added when the form is typed in. Photos taken:",
    },
    "paper_entry": {"ar": "{group} (رقم {number})", "fr": "{group} (n° {number})", "en": "{group} (no. {number})"},
    "paper_code_hint": {
        "ar": "لفتح هذا السجل في تعاون: ملف › الذهاب إلى سجل (Ctrl+G)",
        "fr": "Pour ouvrir cette fiche dans Taawun : Fichier › Aller à la fiche (Ctrl+G)",
        "en": "To open this record in Taawun: File › Go to record (Ctrl+G)",
    },
    "paper_blank_code_hint": {
        "ar": "لإدخال هذه الاستمارة في تعاون: ملف › الذهاب إلى سجل (Ctrl+G)",
        "fr": "Pour saisir ce formulaire dans Taawun : Fichier › Aller à la fiche (Ctrl+G)",
        "en": "To type this form into Taawun: File › Go to record (Ctrl+G)",
    },
    "paper_needs_form": {
        "ar": "حدد الاستمارة: taawun report paper FORM [ID] --out FILE.pdf (الاستمارات: {available})",
        "fr": "Indiquez le formulaire : taawun report paper FORMULAIRE [ID] --out FICHIER.pdf (formulaires : {available})",
        "en": "Name the form: taawun report paper FORM [ID] --out FILE.pdf (forms: {available})",
    },
    "paper_argument_elsewhere": {
        "ar": "وسيط زائد: {value} (يقبل التقرير معرفا واحدا؛ taawun report paper FORM ID للاستمارة الورقية)",
        "fr": "Argument en trop : {value} (un rapport prend un seul identifiant ; taawun report paper FORMULAIRE ID pour le formulaire papier)",
        "en": "One argument too many: {value} (a report takes one id; taawun report paper FORM ID for the paper form)",
    },
    # --- reading a code back (the window, the command line) --------------------------------------------------------
    "paper_code_unreadable": {
        "ar": "«{text}» ليس معرف سجل ولا رمز استمارة ورقية من تعاون",
        "fr": "« {text} » n'est ni un identifiant de fiche ni le code d'un formulaire papier de Taawun",
        "en": "“{text}” is neither a record id nor the code of a Taawun paper form",
    },
    "paper_code_other_form": {
        "ar": "الرمز يخص استمارة «{expected}» لكن السجل {id} من نوع «{actual}»",
        "fr": "Le code est celui d'un formulaire « {expected} », mais la fiche {id} est de type « {actual} »",
        "en": "The code is a “{expected}” form's, but record {id} is a “{actual}” record",
    },
    "paper_code_changed_since": {
        "ar": "طبعت الورقة من النسخة {printed}؛ تغير السجل منذ ذلك (النسخة {current} الآن)",
        "fr": "Le papier a été imprimé à la version {printed} ; la fiche a changé depuis (version {current})",
        "en": "The paper was printed from version {printed}; the record has changed since (now version {current})",
    },
    "paper_code_blank_form": {
        "ar": "استمارة «{form}» فارغة: فتح سجل جديد لإدخالها",
        "fr": "Formulaire « {form} » vierge : une nouvelle fiche est ouverte pour le saisir",
        "en": "Blank “{form}” form: a new record is opened to type it in",
    },
}
