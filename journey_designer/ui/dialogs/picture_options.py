"""File ▸ Export Picture: the size of the picture, before the file is chosen.

"Screen size" draws the whole map as it is on screen (a PNG at twice its size, an SVG
or PDF of the map's own size); A4, A3 or Letter, portrait or landscape, fits it on that
paper as the CLI's `render --paper` does (io/picture/paper.py): a PDF may then have
several pages, broken between stages, when one page would make the text too small.
The last choice is kept in the settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journey_designer.ui.settings import AppSettings

PAPERS = ("", "A4", "A3", "letter")  # "" = screen size; the others as render_map takes them
PAPER_KEY, LANDSCAPE_KEY = "export/picture_paper", "export/picture_landscape"


class PictureOptionsDialog(QDialog):
    """Paper and orientation of the picture; `paper()` is None for screen size."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureOptionsDialog")
        self.setWindowTitle(self.tr("Export picture"))
        self.setMinimumWidth(380)
        self.settings = settings
        self.choice = QComboBox(objectName="paperChoice")
        for label in (self.tr("Screen size"), self.tr("A4"), self.tr("A3"), self.tr("Letter")):
            self.choice.addItem(label)
        self.choice.setAccessibleName(self.tr("Paper size"))
        self.landscape = QCheckBox(self.tr("Landscape"), objectName="landscapeChoice")
        kept = str(settings.get(PAPER_KEY) or "")
        self.choice.setCurrentIndex(PAPERS.index(kept) if kept in PAPERS else 0)
        self.landscape.setChecked(bool(settings.get(LANDSCAPE_KEY)))
        self.choice.currentIndexChanged.connect(self._paper_changed)
        note = QLabel(self.tr("On paper, a PDF may have several pages, broken between "
                              "stages, so that the text stays readable. A PNG or SVG "
                              "is always one sheet."), objectName="paperNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Paper:"), self.choice)
        form.addRow("", self.landscape)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._paper_changed()

    def _paper_changed(self) -> None:
        self.landscape.setEnabled(self.choice.currentIndex() > 0)

    def paper(self) -> str | None:
        return PAPERS[self.choice.currentIndex()] or None

    def is_landscape(self) -> bool:
        return self.paper() is not None and self.landscape.isChecked()

    def accept(self) -> None:
        self.settings.set(PAPER_KEY, PAPERS[self.choice.currentIndex()])
        self.settings.set(LANDSCAPE_KEY, self.landscape.isChecked())
        super().accept()
