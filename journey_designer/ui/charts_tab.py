"""The Charts tab's place in the window, holding the ChartsView once the tab is first shown.

The charts need matplotlib (and numpy), about half a second to import, which the window
does not need to open its map (issue 15): the ChartsView is made on first show, or when
something asks for one of its parts (its attributes are reached through this widget).
Until then the latest analysis is kept and handed over when the view is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journey_designer.analysis import Analysis
from journey_designer.ui.document import Document

if TYPE_CHECKING:
    from journey_designer.ui.panels.charts_view import ChartsView

_OWN = frozenset({"view", "_document", "_journey_of", "_result", "_box"})


class ChartsTab(QWidget):
    def __init__(self, document: Document, journey_of: Callable[[], str | None]) -> None:
        super().__init__()
        self.setObjectName("chartsTab")
        self.view: ChartsView | None = None
        self._document = document
        self._journey_of = journey_of
        self._result: Analysis | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def set_result(self, result: Analysis) -> None:
        self._result = result
        if self.view is not None:
            self.view.set_result(result)

    def journey_changed(self, journey_id: object = None) -> None:
        follow = getattr(self.view, "journey_changed", None)  # None: not made yet, and a
        if follow is not None:  # view made later draws the journey shown then
            follow(journey_id)

    def built(self) -> ChartsView:
        """The ChartsView, made now if it was not yet."""
        if self.view is None:
            from journey_designer.ui.panels.charts_view import ChartsView

            self.view = ChartsView(self._document, self._journey_of)
            self.view.setAccessibleName(self.accessibleName())
            self._box.addWidget(self.view)
            if self._result is not None:
                self.view.set_result(self._result)
            if self.isVisible():
                self.view.show()
        return self.view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.built()
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        """The view's parts (choice, canvas, save_button...), making the view if needed."""
        if name in _OWN or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.built(), name)
