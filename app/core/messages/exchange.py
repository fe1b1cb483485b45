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
}
