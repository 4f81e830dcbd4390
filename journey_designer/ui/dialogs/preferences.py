"""Edit ▸ Preferences: the interface language (applied at the next start) and the theme
(applied at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journey_designer.i18n import SETTING
from journey_designer.ui import theme
from journey_designer.ui.settings import AppSettings

# Each language is named in its own language, so whoever reads only one finds it.
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox(objectName="languageCombo")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        current = self.language.findData(settings.get(SETTING))
        self.language.setCurrentIndex(max(0, current))
        self.theme = QComboBox(objectName="themeCombo")
        for code, name in (("system", self.tr("System")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(theme.SETTING))))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        note = QLabel(self.tr("The language changes the next time Journey Designer starts."),
                      wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """'' (follow the system), 'en' or 'zh_CN'."""
        return str(self.language.currentData())

    def accept(self) -> None:
        chosen = self.chosen_language()
        changed = chosen != self.settings.get(SETTING)
        self.settings.set(SETTING, chosen)
        chosen_theme = str(self.theme.currentData())
        if chosen_theme != self.settings.get(theme.SETTING):
            self.settings.set(theme.SETTING, chosen_theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, theme.chosen_theme(self.settings))
        super().accept()
        if changed:
            QMessageBox.information(
                self.parentWidget(), self.tr("Language"),
                self.tr("The new language applies the next time you start Journey Designer."))
