"""Search (app/db/search)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- search (app/db/search) ----------------------------------------------------------------------------------
    "search_empty_query": {
        "ar": "اكتب كلمة واحدة على الأقل للبحث عنها",
        "fr": "Tapez au moins un mot à rechercher",
        "en": "Type at least one word to search for",
    },
    "search_bad_limit": {
        "ar": "«{value}» ليس عددا صالحا من النتائج: 1 على الأقل",
        "fr": "« {value} » n'est pas un nombre de résultats valide : au moins 1",
        "en": "“{value}” is not a valid number of results: at least 1",
    },
    "search_nothing": {
        "ar": "لم يُعثر على أي سجل يحتوي على «{query}»",
        "fr": "Aucune fiche ne contient « {query} »",
        "en": "No record contains “{query}”",
    },
    "search_index_damaged": {
        "ar": "فهرس البحث تالف أو مفقود ({detail}). أعد بناءه بالأمر: taawun check --repair",
        "fr": "L'index de recherche est endommagé ou absent ({detail}). Reconstruisez-le : taawun check --repair",
        "en": "The search index is damaged or missing ({detail}). Rebuild it with: taawun check --repair",
    },
}
