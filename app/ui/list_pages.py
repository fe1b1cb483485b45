"""The window's list pages, one a form, each built when first asked for.

Building a list reads its first page of records and lays out its filters: at start only the list the window opens
on is needed (benchmarks/startup.py), the others are built when the agent goes to them (or when anything else asks
for them: a test, a language switch's rebuilt window). A page once built stays, with its filters, sort and scroll.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from app.ui.list_page import ListPage


class ListPages(Mapping[str, ListPage]):
    """`pages[form]` is the form's list page, built at its first asking by `build`; iterating gives the forms'
    names in the navigation's order, built or not; `built()` the pages built so far."""

    def __init__(self, names: tuple[str, ...], build: Callable[[str], ListPage]) -> None:
        self._names = names
        self._build = build
        self._pages: dict[str, ListPage] = {}

    def __getitem__(self, name: str) -> ListPage:
        page = self._pages.get(name)
        if page is None:
            if name not in self._names:
                raise KeyError(name)
            page = self._pages[name] = self._build(name)
        return page

    def __contains__(self, name: object) -> bool:
        return name in self._names  # without building it (Mapping's own asks for the page)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def built(self) -> list[ListPage]:
        """The pages built so far, in the navigation's order: those that must follow a change of the data (the
        others read it when they are built)."""
        return [self._pages[name] for name in self._names if name in self._pages]
