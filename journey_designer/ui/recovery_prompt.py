"""At start-up: list the autosaves that crashed sessions left behind, and do with each
what the user chose in the recovery dialog — restore it (into this window when it is
still blank, else into a new window), keep it for the next start, or discard it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from journey_designer.ui import recovery
from journey_designer.ui.dialogs import recovery_dialog
from journey_designer.ui.dialogs.recovery_dialog import Choice
from journey_designer.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryPrompt", text)


_restored_windows: list[MainWindow] = []  # windows opened here live until they are closed


def offer_recovery(window: MainWindow) -> bool:
    """Offer every leftover autosave; True when at least one was restored."""
    leftovers = recovery.leftover_recoveries()
    if not leftovers:
        return False
    choices = recovery_dialog.ask(window, leftovers)
    restored = False
    target: MainWindow | None = window if _is_blank(window) else None
    for leftover in leftovers:
        choice = choices.get(leftover, Choice.KEEP)
        if choice is Choice.DISCARD:
            recovery.forget(leftover)
        elif choice is Choice.RESTORE:
            host = target or _new_window(window)
            if _restore_into(host, leftover):
                restored = True
                target = None
            elif host is not window:
                host.close()
    return restored


def _is_blank(window: MainWindow) -> bool:
    return window.document.path is None and not window.document.is_modified()


def _new_window(like: MainWindow) -> MainWindow:
    window = MainWindow(settings=like.settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _restored_windows.append(window)
    window.destroyed.connect(lambda *_: _restored_windows.remove(window)
                             if window in _restored_windows else None)
    window.move(like.pos().x() + 40 * len(_restored_windows),
                like.pos().y() + 40 * len(_restored_windows))
    window.show()
    return window


def _restore_into(window: MainWindow, leftover: recovery.RecoveryFile) -> bool:
    """Load the autosave into `window`; the leftover is removed only once the window's
    own autosave holds the work again (a crash right now still loses nothing)."""
    try:
        project = recovery.restore(leftover)
    except Exception as exc:  # an unreadable autosave stays on disk, listed next time
        QMessageBox.critical(window, _tr("Cannot restore"), _tr(
            "The autosave %1 could not be read: %2").replace(
            "%1", str(leftover.project_file)).replace("%2", str(exc)))
        return False
    if window.files.adopt_restored(project, leftover.original):
        recovery.forget(leftover)
    return True
