"""Python's cyclic garbage collection, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold is passed. When that is a
worker (a merge, an export, the daily backup), a cycle holding Qt objects of the GUI thread (widgets kept by a
lambda connected to their own signal, a closed page) is destroyed on the worker, and Qt crashes: a segmentation
fault was seen in a merge's worker while it parsed YAML. So automatic collection is turned off and the GUI thread
collects on a timer, generation by generation as the collector itself would (qutebrowser does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
NAME = "taawunGuiThreadCollector"


class GuiThreadCollector(QObject):
    """Installed once per application (`install`); lives as long as the application object, its parent."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start()

    @classmethod
    def install(cls, app: QObject) -> GuiThreadCollector:
        # Found by its name: a search by type wraps every child of the application in Python, and creating their
        # classes' enums (the style's) cost every start-up 9 ms.
        found = app.findChild(QObject, NAME)
        gc.disable()  # again: something may have turned it back on since
        return found if isinstance(found, GuiThreadCollector) else cls(app)

    def collect(self) -> None:
        """The oldest generation whose count passed its threshold, as the automatic collector would choose."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
