"""The `taawun` command: the same services as the window, without a window.

`main.py` parses the command line and runs a command; `context.py` is what every command receives; each other module
is one group of commands (`sync`, `backup`, `reports`, `search`, `show`, `selftest`) with the helpers they share
(`choices`, `changes_input`, `language`, `output`).
"""

from app.cli.program import main

__all__ = ["main"]
