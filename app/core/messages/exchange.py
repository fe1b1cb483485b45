"""Spreadsheets: export and import (app/exchange)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the headers of the columns Taawun adds to a form's own ---------------------------------------------------
    "sheet_record_id": {"ar": "معرف السجل", "fr": "Identifiant de la fiche", "en": "Record id"},
    "sheet_state": {"ar": "الحالة", "fr": "État", "en": "State"},
    "sheet_author": {"ar": "الكاتب", "fr": "Auteur", "en": "Author"},
    "sheet_updated": {"ar": "آخر تعديل", "fr": "Dernière modification", "en": "Last change"},
    "sheet_version": {"ar": "النسخة", "fr": "Version", "en": "Version"},
    "sheet_position": {"ar": "الرقم", "fr": "N°", "en": "No."},
    # --- the parts of a value that take a column each -------------------------------------------------------------
    "sheet_part_id": {"ar": "المعرف", "fr": "identifiant", "en": "id"},
    "sheet_part_lat": {"ar": "خط العرض", "fr": "latitude", "en": "latitude"},
    "sheet_part_lon": {"ar": "خط الطول", "fr": "longitude", "en": "longitude"},
    "sheet_part_alt": {"ar": "الارتفاع", "fr": "altitude", "en": "altitude"},
    "sheet_part_accuracy": {"ar": "الدقة (م)", "fr": "précision (m)", "en": "accuracy (m)"},
    # --- export ---------------------------------------------------------------------------------------------------
    "export_write_failed": {
        "ar": "تعذرت كتابة الملف {path}: {detail}. لم يكتب أي ملف.",
        "fr": "Impossible d'écrire {path} : {detail}. Aucun fichier n'a été écrit.",
        "en": "Cannot write {path}: {detail}. No file was written.",
    },
    "export_bad_filter": {
        "ar": "«{value}» ليس مرشحا صحيحا لـ --where (المرشحات: {available})",
        "fr": "« {value} » n'est pas un filtre valide pour --where (filtres : {available})",
        "en": "“{value}” is not a valid filter for --where (filters: {available})",
    },
    "export_done": {
        "ar": "تم تصدير {records} إلى {path}",
        "fr": "Export de {records} dans {path}",
        "en": "Exported {records} to {path}",
    },
    # --- import: the file and its columns ---------------------------------------------------------------------------
    "import_no_file": {
        "ar": "الملف {path} غير موجود.",
        "fr": "Le fichier {path} n'existe pas.",
        "en": "The file {path} does not exist.",
    },
    "import_bad_format": {
        "ar": "لا يمكن استيراد {path}: الصيغ المقبولة هي ‎.xlsx‎ و‎.csv‎.",
        "fr": "Impossible d'importer {path} : formats acceptés .xlsx et .csv.",
        "en": "Cannot import {path}: the formats read are .xlsx and .csv.",
    },
    "import_unreadable": {
        "ar": "تعذرت قراءة الملف {path}: {detail}",
        "fr": "Impossible de lire le fichier {path} : {detail}",
        "en": "Cannot read the file {path}: {detail}",
    },
    "import_no_sheet": {
        "ar": "لا توجد ورقة باسم «{sheet}» في الملف (الأوراق: {available})",
        "fr": "Le classeur n'a pas de feuille « {sheet} » (feuilles : {available})",
        "en": "The workbook has no sheet “{sheet}” (sheets: {available})",
    },
    "import_read_as_cp1256": {
        "ar": "الملف {path} ليس بترميز UTF-8: قرئ بترميز ويندوز العربي (cp1256).",
        "fr": "{path} n'est pas en UTF-8 : lu avec l'encodage Windows arabe (cp1256).",
        "en": "{path} is not UTF-8: read as Windows Arabic (cp1256).",
    },
    "import_empty": {
        "ar": "الورقة «{sheet}» فارغة: لا يوجد صف عناوين.",
        "fr": "La feuille « {sheet} » est vide : aucune ligne d'en-tête.",
        "en": "The sheet “{sheet}” is empty: no header row.",
    },
    "import_merged_header": {
        "ar": "خلايا مدمجة في صف العناوين ({ref}) في الورقة «{sheet}»: الغ دمجها ليكون لكل عمود عنوانه.",
        "fr": "Cellules fusionnées dans l'en-tête ({ref}) de la feuille « {sheet} » : défusionnez-les pour que chaque "
        "colonne ait son titre.",
        "en": "Merged cells in the header ({ref}) of the sheet “{sheet}”: unmerge them so that each column has its "
        "title.",
    },
    "import_bad_map": {
        "ar": "«{text}» ليس ربطا صحيحا: اكتب --map العمود=الحقل",
        "fr": "« {text} » n'est pas une correspondance valide : écrivez --map COLONNE=champ",
        "en": "“{text}” is not a valid mapping: write --map COLUMN=field",
    },
    "import_map_no_column": {
        "ar": "لا يوجد عمود «{column}» (الأعمدة: {columns})",
        "fr": "Aucune colonne « {column} » (colonnes : {columns})",
        "en": "No column “{column}” (columns: {columns})",
    },
    "import_map_no_field": {
        "ar": "لا يوجد حقل «{field}» (الحقول: {fields})",
        "fr": "Aucun champ « {field} » (champs : {fields})",
        "en": "No field “{field}” (fields: {fields})",
    },
    "import_column_twice": {
        "ar": "الحقل «{field}» في عدة أعمدة من الورقة «{sheet}»: {columns}. احذف أحدها أو اربطه بـ --map.",
        "fr": "Le champ « {field} » est dans plusieurs colonnes de la feuille « {sheet} » : {columns}. Supprimez-en "
        "une ou choisissez avec --map.",
        "en": "The field “{field}” is in several columns of the sheet “{sheet}”: {columns}. Remove one or choose "
        "with --map.",
    },
    "import_missing_column": {
        "ar": "الحقل الإلزامي «{field}» ({name}) ليس له عمود في الورقة «{sheet}» (الأعمدة: {columns})",
        "fr": "Le champ obligatoire « {field} » ({name}) n'a pas de colonne dans la feuille « {sheet} » "
        "(colonnes : {columns})",
        "en": "The required field “{field}” ({name}) has no column in the sheet “{sheet}” (columns: {columns})",
    },
    # --- import: a row's problems ------------------------------------------------------------------------------------
    "import_merged_cells": {
        "ar": "خلايا مدمجة ({ref}): الغ دمجها واملأ كل خلية.",
        "fr": "Cellules fusionnées ({ref}) : défusionnez-les et remplissez chaque cellule.",
        "en": "Merged cells ({ref}): unmerge them and fill each cell.",
    },
    "import_formula_no_value": {
        "ar": "صيغة بلا قيمة محسوبة ({formula}): افتح الملف في Excel واحفظه، أو اكتب القيمة.",
        "fr": "Formule sans valeur calculée ({formula}) : ouvrez le fichier dans Excel et enregistrez-le, ou "
        "écrivez la valeur.",
        "en": "A formula with no computed value ({formula}): open the file in Excel and save it, or type the value.",
    },
    "import_cell_error": {
        "ar": "الخلية تحمل خطأ صيغة ({value}).",
        "fr": "La cellule contient une erreur de formule ({value}).",
        "en": "The cell holds a formula error ({value}).",
    },
    "import_bad_id": {
        "ar": "«{value}» ليس معرف سجل.",
        "fr": "« {value} » n'est pas un identifiant de fiche.",
        "en": "“{value}” is not a record id.",
    },
    "import_other_form": {
        "ar": "هذا المعرف لسجل من «{form}»، لا من هذه الاستمارة.",
        "fr": "Cet identifiant est celui d'une fiche « {form} », pas de ce formulaire.",
        "en": "This id is a “{form}” record's, not this form's.",
    },
    "import_record_deleted": {
        "ar": "هذا السجل محذوف.",
        "fr": "Cette fiche a été supprimée.",
        "en": "This record was deleted.",
    },
    "import_id_twice": {
        "ar": "المعرف نفسه في الصف {row}.",
        "fr": "Le même identifiant est à la ligne {row}.",
        "en": "The same id is on row {row}.",
    },
    "import_bad_state": {
        "ar": "«{value}» ليست حالة (الحالات: {states})",
        "fr": "« {value} » n'est pas un état (états : {states})",
        "en": "“{value}” is not a state (states: {states})",
    },
    "import_entry_orphan": {
        "ar": "لا يوجد سجل بالمعرف {id} في الورقة «{sheet}».",
        "fr": "Aucune fiche d'identifiant {id} dans la feuille « {sheet} ».",
        "en": "No record with id {id} in the sheet “{sheet}”.",
    },
    "import_bad_position": {
        "ar": "«{value}» ليس رقما صحيحا للترتيب.",
        "fr": "« {value} » n'est pas un numéro d'ordre.",
        "en": "“{value}” is not a position number.",
    },
    # --- import: likely duplicates (warnings: the row is imported all the same) ----------------------------------------
    "import_warning": {"ar": "تنبيه: {problem}", "fr": "Avertissement : {problem}", "en": "Warning: {problem}"},
    "import_duplicate": {
        "ar": "قد يكون هو نفسه {candidates}",
        "fr": "Double peut-être {candidates}",
        "en": "May duplicate {candidates}",
    },
    "import_duplicate_record": {
        "ar": "السجل «{name}» ({reasons})",
        "fr": "la fiche « {name} » ({reasons})",
        "en": "the record “{name}” ({reasons})",
    },
    "import_duplicate_row": {
        "ar": "الصف {row} من هذا الملف ({reasons})",
        "fr": "la ligne {row} de ce fichier ({reasons})",
        "en": "row {row} of this file ({reasons})",
    },
    "import_duplicates_flagged": {
        "ar": "صفوف قد تكون مكررة لسجل أو لصف آخر: {count}. هذا تنبيه: تستورد هذه الصفوف ما لم تختر تركها.",
        "fr": "Lignes qui doublent peut-être une fiche ou une autre ligne : {count}. C'est un avertissement : ces "
        "lignes sont importées, sauf si vous choisissez de les écarter.",
        "en": "Rows that may duplicate a record or another row: {count}. This is a warning: these rows are imported "
        "unless you choose to leave them out.",
    },
    "import_duplicates_hint": {
        "ar": "لترك هذه الصفوف: --skip-duplicates",
        "fr": "Pour écarter ces lignes : --skip-duplicates",
        "en": "To leave these rows out: --skip-duplicates",
    },
    "import_duplicates_left_out": {
        "ar": "صفوف تركت لأنها قد تكون مكررة: {count}.",
        "fr": "Lignes écartées comme doublons probables : {count}.",
        "en": "Rows left out as likely duplicates: {count}.",
    },
    # --- import: records changed since the export (warnings: the row is imported, and a conflict recorded) --------
    "import_changed_since_export": {
        "ar": "عدل هذا السجل بعد التصدير ({author}، {when}): يستورد هذا الصف نسخة جديدة منه، ويسجل تعارض للمراجعة.",
        "fr": "Cette fiche a changé depuis l'export ({author}, {when}) : cette ligne en devient une nouvelle version, "
        "avec un conflit à examiner.",
        "en": "This record changed since the export ({author}, {when}): this row becomes its new version, with a "
        "conflict to review.",
    },
    "import_conflicts_flagged": {
        "ar": "صفوف لسجلات عدلت بعد التصدير: {count}. هذا تنبيه: تستورد هذه الصفوف، وكل منها تعارض للمراجعة يحفظ "
        "النسختين.",
        "fr": "Lignes de fiches modifiées depuis l'export : {count}. C'est un avertissement : ces lignes sont "
        "importées, chacune comme un conflit à examiner qui garde les deux versions.",
        "en": "Rows of records changed since the export: {count}. This is a warning: these rows are imported, each as "
        "a conflict to review that keeps both versions.",
    },
    "import_conflicts_recorded": {
        "ar": "تعارضات سجلت (سجلات عدلت هنا وفي الملف بعد التصدير): {count}. المعروضة الآن نسخة الملف، والأخرى محفوظة.",
        "fr": "Conflits enregistrés (fiches modifiées ici et dans le fichier depuis l'export) : {count}. La version du "
        "fichier est affichée, l'autre est gardée.",
        "en": "Conflicts recorded (records changed here and in the file since the export): {count}. The file's "
        "version is shown, the other is kept.",
    },
    "import_conflicts_review": {
        "ar": "لمراجعتها: taawun conflicts، ثم taawun conflicts resolve ID --keep mine|theirs (mine: النسخة التي كانت "
        "للسجل، theirs: نسخة الملف)",
        "fr": "Pour les examiner : taawun conflicts, puis taawun conflicts resolve ID --keep mine|theirs (mine : la "
        "version qu'avait la fiche, theirs : celle du fichier)",
        "en": "To review them: taawun conflicts, then taawun conflicts resolve ID --keep mine|theirs (mine: the "
        "version the record held, theirs: the file's)",
    },
    # --- import: the outcome -----------------------------------------------------------------------------------------
    "import_checked": {
        "ar": "فحص تجريبي لـ {path}: صفوف مقروءة {rows}، سليمة {valid}، فيها مشاكل {bad}. لم يكتب شيء.",
        "fr": "Essai de {path} : lignes lues {rows}, valides {valid}, avec problèmes {bad}. Rien n'a été écrit.",
        "en": "Dry run of {path}: rows read {rows}, valid {valid}, with problems {bad}. Nothing was written.",
    },
    "import_done": {
        "ar": "استيراد {path}: سجلات جديدة {created}، سجلات عدلت {updated}، صفوف تركت لمشاكلها {bad}.",
        "fr": "Import de {path} : fiches créées {created}, fiches modifiées {updated}, lignes écartées pour "
        "problèmes {bad}.",
        "en": "Imported {path}: records created {created}, records changed {updated}, rows left out for problems "
        "{bad}.",
    },
    "import_refused": {
        "ar": "لم يستورد شيء: {bad} من {rows} صفا فيها مشاكل. صححها، أو استورد السليمة وحدها (--only-valid).",
        "fr": "Rien n'a été importé : {bad} lignes sur {rows} ont des problèmes. Corrigez-les, ou importez les "
        "lignes valides seules (--only-valid).",
        "en": "Nothing was imported: {bad} of {rows} rows have problems. Fix them, or import the valid rows alone "
        "(--only-valid).",
    },
    "import_problem_line": {
        "ar": "الورقة «{sheet}»، الصف {row}، العمود {column}: {problem}",
        "fr": "Feuille « {sheet} », ligne {row}, colonne {column} : {problem}",
        "en": "Sheet “{sheet}”, row {row}, column {column}: {problem}",
    },
    "import_more_problems": {
        "ar": "… و{count} مشكلة أخرى.",
        "fr": "… et {count} autres problèmes.",
        "en": "… and {count} more problems.",
    },
    "import_problems_written": {
        "ar": "قائمة المشاكل والصفوف المعنية في {path}",
        "fr": "Les problèmes et leurs lignes sont dans {path}",
        "en": "The problems and their rows are in {path}",
    },
    "import_problems_not_written": {
        "ar": "تعذرت كتابة قائمة المشاكل في {path}: {detail}",
        "fr": "Impossible d'écrire la liste des problèmes dans {path} : {detail}",
        "en": "Cannot write the list of problems to {path}: {detail}",
    },
    "import_ignored_columns": {
        "ar": "أعمدة لا تطابق أي حقل (تركت): {columns}",
        "fr": "Colonnes qui ne correspondent à aucun champ (ignorées) : {columns}",
        "en": "Columns that match no field (ignored): {columns}",
    },
    "import_unread_columns": {
        "ar": "أعمدة لا تستورد (الصور تبقى كما هي): {columns}",
        "fr": "Colonnes non importées (les photos restent comme elles sont) : {columns}",
        "en": "Columns not imported (photos stay as they are): {columns}",
    },
    # --- the workbook of problems written beside the file ------------------------------------------------------------
    "import_sheet_problems": {"ar": "المشاكل", "fr": "Problèmes", "en": "Problems"},
    "import_sheet_rows": {"ar": "الصفوف", "fr": "Lignes", "en": "Rows"},
    "import_column_sheet": {"ar": "الورقة", "fr": "Feuille", "en": "Sheet"},
    "import_column_row": {"ar": "الصف", "fr": "Ligne", "en": "Row"},
    "import_column_column": {"ar": "العمود", "fr": "Colonne", "en": "Column"},
    "import_column_value": {"ar": "القيمة", "fr": "Valeur", "en": "Value"},
    "import_column_problem": {"ar": "المشكلة", "fr": "Problème", "en": "Problem"},
}
