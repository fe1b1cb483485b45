"""Widgets that render any form generically from its spec (one widget per field type) and the form editor."""
