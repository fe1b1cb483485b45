"""An import's likely duplicates: a row that likely duplicates a record of the form, or an earlier row of the same
file, by the keys the form's file declares (`duplicates:`, app/db/duplicates.py: the same registration number or
phone, the same or a similar name in the same commune).

A duplicate is a warning, not a problem: the row is imported all the same unless the person chooses to leave such
rows out (`--skip-duplicates`, the wizard's box), since only a person can tell two cooperatives "Al Amal" of one
commune apart. The warning names the candidates (the record's title, or the row's number) and why, in the import's
language; the record's ids are the warning's value, for `taawun join`.

Fast for 10,000 rows: the form's records are read and keyed once (`record_index`), each row's keys are worked out
once and looked up in that index and in the index of the rows read before it. A row carrying the `_id` of the
record it updates is not flagged against that record (nor against a row naming the same record), nor against a
record marked "not the same" as it (app/db/distinct_pairs.py; a new row has no record yet, hence no mark).
"""

from __future__ import annotations

from app.core.forms import FormSpec
from app.core.messages import translate
from app.core.shown import NAME_LIMIT, Shown, shown_text
from app.db.distinct_pairs import marked_pairs, ordered
from app.db.duplicates import KeyIndex, Pair, reasons_text, record_index
from app.db.store import Store
from app.exchange.row_reading import CANDIDATES_SHOWN, RowOutcome, RowProblem

DUPLICATE = "import_duplicate"  # the code of a duplicate's warning
_ROW = "row:"  # a holder of the file's index: "row:12" (the records' index holds their ids)


class DuplicateRows:
    """Checks each read row against the form's records and the rows read before it (`check`)."""

    def __init__(self, store: Store, form: FormSpec, sheet: str, lang: str, *, leave_out: bool = False) -> None:
        self.store = store
        self.leave_out = leave_out  # the rows flagged are left out of the import
        self.form = form
        self.sheet = sheet
        self.lang = lang
        self.records = record_index(store, form.name)
        self.rows = KeyIndex(self.records.form, self.records.rule) if self.records is not None else None
        self.row_records: dict[str, str] = {}  # "row:N" -> the record that row updates
        self.marked = marked_pairs(store.conn) if self.records is not None else frozenset()

    @property
    def active(self) -> bool:
        """Whether the form declares duplicates at all."""
        return self.records is not None

    def check(self, outcome: RowOutcome) -> RowProblem | None:
        """The warning for a row read without problems (None when it duplicates nothing); the row is then known to
        the rows after it."""
        if self.records is None or self.rows is None or outcome.data is None:
            return None
        keys = self.records.keys(outcome.data)
        itself = outcome.existing.id if outcome.existing is not None else None
        on_records = [
            pair for pair in self.records.matches(keys=keys, skip=itself) if not self._marked(itself, pair.second)
        ]
        named = {pair.second for pair in on_records} | ({itself} if itself is not None else set())
        # A row updating a record named already (or this row's own record) is not named again as a row.
        on_rows = [pair for pair in self.rows.matches(keys=keys) if self.row_records.get(pair.second, "") not in named
                   and not self._marked(itself, self.row_records.get(pair.second))]  # fmt: skip
        holder = f"{_ROW}{outcome.row.number}"
        self.rows.add(holder, keys=keys)
        if itself is not None:
            self.row_records[holder] = itself
        if not on_records and not on_rows:
            return None
        on_rows.sort(key=lambda pair: int(pair.second[len(_ROW) :]))
        found = [*on_records, *on_rows][:CANDIDATES_SHOWN]
        texts = [self._candidate(pair) for pair in found]
        return RowProblem(self.sheet, outcome.row.number, "", " ".join(p.second for p in on_records[:CANDIDATES_SHOWN]),
                          DUPLICATE, {"candidates": Shown("; ".join(texts))}, warning=True)  # fmt: skip

    def _marked(self, record: str | None, other: str | None) -> bool:
        """Whether two records (either may be none: a new row) were marked "not the same"."""
        return record is not None and other is not None and ordered(record, other) in self.marked

    def _candidate(self, pair: Pair) -> str:
        reasons = reasons_text(self.form, pair.reasons, self.lang)
        if pair.second.startswith(_ROW):
            return translate("import_duplicate_row", self.lang, row=int(pair.second[len(_ROW) :]), reasons=reasons)
        title = self.store.title_of(pair.second, self.lang) or pair.second
        return translate("import_duplicate_record", self.lang, name=Shown(shown_text(title, limit=NAME_LIMIT)),
                         reasons=reasons)  # fmt: skip
