"""The desktop window (PySide6 only here): windows, item models, form widgets, dialogs."""
