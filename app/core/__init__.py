"""The Qt-free core: form specs, field types, validation, clock, messages, Arabic text."""
