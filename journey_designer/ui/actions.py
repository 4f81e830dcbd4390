"""The catalogue of the main window's actions: names, shortcuts and object names.

Standard shortcuts come from QKeySequence.StandardKey where Qt has one, so they
follow each platform's conventions.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey

# object name -> (shortcut, checkable); texts are set in `create_actions` through tr().
_SHORTCUTS: dict[str, tuple[object, bool]] = {
    "actionNew": (StandardKey.New, False),
    "actionOpen": (StandardKey.Open, False),
    "actionSave": (StandardKey.Save, False),
    "actionSaveAs": (StandardKey.SaveAs, False),
    "actionClose": (StandardKey.Close, False),
    "actionQuit": (StandardKey.Quit, False),
    "actionCut": (StandardKey.Cut, False),
    "actionCopy": (StandardKey.Copy, False),
    "actionPaste": (StandardKey.Paste, False),
    "actionDuplicate": ("Ctrl+D", False),
    "actionDelete": (StandardKey.Delete, False),
    "actionSelectAll": (StandardKey.SelectAll, False),
    "actionRename": ("F2", False),
    "actionConnectTo": ("Ctrl+L", False),
    "actionAlignLeft": ("Ctrl+Shift+L", False),
    "actionAlignTop": ("Ctrl+Shift+T", False),
    "actionArrangeStage": ("Ctrl+Shift+A", False),
    "actionHistory": ("Ctrl+H", False),
    "actionZoomIn": (StandardKey.ZoomIn, False),
    "actionZoomOut": (StandardKey.ZoomOut, False),
    "actionZoomFit": ("Ctrl+0", False),
    "actionZoomReset": ("Ctrl+1", False),
    "actionSnapToGrid": ("", True),
    "actionShowBackstage": ("Ctrl+B", True),
    "actionShowEmotionCurve": ("Ctrl+E", True),
    "actionShowLegend": ("", True),
    "actionExportWorkbook": ("Ctrl+Shift+E", False),
    "actionImportWorkbook": ("Ctrl+Shift+I", False),
    "actionPresent": ("F5", False),
    "actionExportSlides": ("", False),
    "actionExportPicture": ("", False),
    "actionAddTouchpoint": ("Ctrl+T", False),
    "actionAddStage": ("Ctrl+Alt+S", False),
    "actionAddJourney": ("Ctrl+Shift+J", False),
    "actionRenameJourney": ("", False),
    "actionDeleteJourney": ("", False),
    "actionToggleEntry": ("", True),
    "actionToggleExit": ("", True),
    "actionAddCareAction": ("Ctrl+Shift+C", False),
    "actionShowPlan": ("Ctrl+Shift+P", False),
    "actionValidate": ("Ctrl+Shift+V", False),
    "actionFixFirst": ("Ctrl+Shift+F", False),
    "actionPreferences": (StandardKey.Preferences, False),
    "actionManual": (StandardKey.HelpContents, False),
    "actionAbout": ("", False),
}


class Actions:
    """Holds every QAction of the window as an attribute named like its objectName."""

    def __init__(self, parent: QWidget) -> None:
        self.all: dict[str, QAction] = {}
        for name, (shortcut, checkable) in _SHORTCUTS.items():
            action = QAction(parent)
            action.setObjectName(name)
            if isinstance(shortcut, StandardKey):
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            elif shortcut:
                action.setShortcut(QKeySequence(str(shortcut)))
            action.setCheckable(checkable)
            self.all[name] = action
        for name, fallback in (("actionSaveAs", "Ctrl+Shift+S"), ("actionQuit", "Ctrl+Q"),
                               ("actionPreferences", "Ctrl+,")):
            if not self.all[name].shortcuts():  # no platform default on some desktops
                self.all[name].setShortcut(QKeySequence(fallback))
        zoom_in = self.all["actionZoomIn"]
        zoom_in.setShortcuts([*zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
        self.retranslate(parent)

    def __getitem__(self, name: str) -> QAction:
        return self.all[name]

    def retranslate(self, w: QWidget) -> None:
        texts = {
            "actionNew": w.tr("&New"), "actionOpen": w.tr("&Open…"),
            "actionSave": w.tr("&Save"), "actionSaveAs": w.tr("Save &As…"),
            "actionClose": w.tr("&Close"), "actionQuit": w.tr("&Quit"),
            "actionCut": w.tr("Cu&t"), "actionCopy": w.tr("&Copy"),
            "actionPaste": w.tr("&Paste"), "actionDuplicate": w.tr("D&uplicate"),
            "actionDelete": w.tr("&Delete"), "actionSelectAll": w.tr("Select &All"),
            "actionRename": w.tr("&Rename Card"), "actionConnectTo": w.tr("Co&nnect To…"),
            "actionAlignLeft": w.tr("Align &Left Edges"),
            "actionAlignTop": w.tr("Align &Top Edges"),
            "actionArrangeStage": w.tr("Auto-&Arrange Stage"),
            "actionHistory": w.tr("&History"), "actionZoomIn": w.tr("Zoom &In"),
            "actionZoomOut": w.tr("Zoom &Out"), "actionZoomFit": w.tr("&Fit to Window"),
            "actionZoomReset": w.tr("&Actual Size (100 %)"),
            "actionSnapToGrid": w.tr("&Snap to Grid"),
            "actionShowBackstage": w.tr("Show &Backstage Lane"),
            "actionShowEmotionCurve": w.tr("Show &Emotion Curve"),
            "actionShowLegend": w.tr("&Legend"),
            "actionExportWorkbook": w.tr("&Export Workbook…"),
            "actionImportWorkbook": w.tr("&Import Workbook…"),
            "actionPresent": w.tr("&Present"),
            "actionExportSlides": w.tr("Export &Slides as PDF…"),
            "actionExportPicture": w.tr("Export &Picture of the Map…"),
            "actionAddTouchpoint": w.tr("&Touchpoint"), "actionAddStage": w.tr("&Stage"),
            "actionAddJourney": w.tr("&Journey"), "actionRenameJourney": w.tr("&Rename Journey…"),
            "actionDeleteJourney": w.tr("&Delete Journey"),
            "actionToggleEntry": w.tr("Journey &Entry"), "actionToggleExit": w.tr("Journey E&xit"),
            "actionAddCareAction": w.tr("&Care Action on Selected Touchpoints"),
            "actionShowPlan": w.tr("&Plan: Tiers, Channels, KPIs…"),
            "actionValidate": w.tr("&Check Project"),
            "actionFixFirst": w.tr("&Fix First…"), "actionAbout": w.tr("&About Journey Designer"),
            "actionPreferences": w.tr("Pre&ferences…"), "actionManual": w.tr("User &Manual"),
        }
        for name, text in texts.items():
            self.all[name].setText(text)



class SteadyAction(QAction):
    """A toolbar twin of the menu's Undo or Redo action: its text stays put (a button
    growing with "Undo Move 3 cards" would shift the whole toolbar sideways); the full
    text ("Undo Move 3 cards") is its tooltip. Triggering it triggers the menu action."""

    def __init__(self, menu_action: QAction, text: str, name: str) -> None:
        super().__init__(text, menu_action)  # goes with it
        self.setObjectName(name)
        self.menu_action = menu_action
        menu_action.changed.connect(self.follow)
        self.triggered.connect(menu_action.trigger)
        self.follow()

    def follow(self) -> None:
        try:
            enabled, text = self.menu_action.isEnabled(), self.menu_action.text()
        except RuntimeError:  # the menu action is being deleted with the window
            return
        self.setEnabled(enabled)
        self.setToolTip(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
