"""Help › About: the version and where this laptop keeps its files (what a colleague asks for on the phone)."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.display import isolate_ltr
from app.resources import fonts_dir, resources_dir


class AboutDialog(QDialog):
    """The name in Arabic and Latin letters, the version, the data folder, the database and the log file, the Qt
    version, and the fonts' licence. Paths and versions read left to right inside the right-to-left text."""

    def __init__(self, parent: QWidget | None, *, data_dir: Path, database: Path, log_file: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Taawun"))
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "taawun.png")))
        layout = QVBoxLayout(self)
        # The name is not translated: both scripts in every language, the window's own script first.
        name = QLabel("تعاون · Taawun" if self.isRightToLeft() else "Taawun · تعاون")
        name.setObjectName("about_name")
        font = QFont(name.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(self._aligned(name))
        purpose = QLabel(self.tr("An offline companion for the people who support rural cooperatives."))
        purpose.setWordWrap(True)
        layout.addWidget(self._aligned(purpose))

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        rows = (
            ("version", self.tr("Version"), __version__),
            ("data_dir", self.tr("Data folder"), str(data_dir)),
            ("database", self.tr("Database"), str(database)),
            ("log_file", self.tr("Log file"), str(log_file)),
            ("qt", self.tr("Qt"), f"Qt {qVersion()} · PySide6 {PySide6.__version__}"),
        )
        for key, label, value in rows:
            shown = QLabel(isolate_ltr(value))  # a path after an Arabic label keeps its own order: C:\Users\…
            shown.setObjectName(f"about_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # can be copied
            self.values[key] = shown
            form.addRow(label, self._aligned(shown))
        layout.addLayout(form)
        licence = QLabel(self.tr("The fonts are Noto fonts under the SIL Open Font License 1.1 (OFL.txt in %1).")
                         .replace("%1", isolate_ltr(str(fonts_dir()))))  # fmt: skip
        licence.setWordWrap(True)
        licence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._aligned(licence))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = QPushButton(self.tr("Open the data folder"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _aligned(self, label: QLabel) -> QLabel:
        """Aligned to the window's reading side whatever the text: a QLabel aligns by its text's first letter, so
        an isolated path or an untranslated English line would otherwise sit at the left of an Arabic window."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return label

    @classmethod
    def ask(cls, parent: QWidget | None, *, data_dir: Path, database: Path, log_file: Path) -> None:
        cls(parent, data_dir=data_dir, database=database, log_file=log_file).exec()
