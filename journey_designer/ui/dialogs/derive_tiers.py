"""Tiers ▸ Derive from customer data: read a transactions file (with progress, in a
worker thread, cancellable), split customers into the project's tiers by RFM, show
the counts and average spend, and apply shares and values as one undo step."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.analysis.rfm import (
    RFMTable,
    TierSummary,
    apply_to_tiers,
    assign_by_share,
    compute_rfm,
    summarize,
)
from journey_designer.domain import JourneyError
from journey_designer.io.customer_data import Cancelled, Transactions, read_transactions
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import error_text


class _ReadBridge(QObject):
    """Carries progress and the outcome of the worker thread back to the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)  # Transactions | Exception


class DeriveTiersDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deriveTiersDialog")
        self.setWindowTitle(self.tr("Derive tiers from customer data"))
        self.resize(720, 520)
        self.document = document
        self.transactions: Transactions | None = None
        self.rfm: RFMTable | None = None
        self.summary: tuple[TierSummary, ...] = ()
        self._cancelled = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="transactions")
        self._bridge = _ReadBridge()
        self._bridge.progress.connect(self._on_progress)
        self._bridge.finished.connect(self._on_read)
        self._build()

    def _build(self) -> None:
        self.choose = QPushButton(self.tr("Choose transactions file…"), objectName="chooseFile")
        self.source = QLabel(self.tr("CSV, text or Excel: customer id, date, amount."),
                             objectName="sourceLabel", wordWrap=True)
        self.progress = QProgressBar(objectName="readProgress")
        self.progress.hide()
        self.cancel_read = QPushButton(self.tr("Stop reading"), objectName="cancelRead")
        self.cancel_read.hide()
        self.measure = QComboBox(objectName="rfmMeasure")
        for key, label in (("monetary", self.tr("Spend (monetary)")),
                           ("frequency", self.tr("Purchase days (frequency)")),
                           ("recency", self.tr("Recency")), ("rfm_score", self.tr("RFM score"))):
            self.measure.addItem(label, key)
        self.shares: list[QDoubleSpinBox] = []
        form = QFormLayout()
        form.addRow(self.tr("Rank customers by"), self.measure)
        defaults = _default_shares(len(self.document.project.tiers))
        for tier, share in zip(self.document.project.tiers, defaults, strict=True):
            box = QDoubleSpinBox(minimum=0, maximum=100, decimals=1, suffix=" %", value=share)
            box.setObjectName(f"share_{tier.id}")
            box.valueChanged.connect(self._recompute)
            self.shares.append(box)
            form.addRow(self.tr("Share for %1").replace("%1", tier.name), box)
        if self.shares:  # the last tier takes whoever is left
            self.shares[-1].setReadOnly(True)
            self.shares[-1].setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.measure.activated.connect(self._recompute)
        self.table = QTableWidget(0, 5, objectName="tierPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Customers"), self.tr("Share"),
                                              self.tr("Average spend"), self.tr("Revenue")])
        self.problem = QLabel(objectName="deriveProblem", wordWrap=True)
        error_text(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_read)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self._ask_file)
        self.cancel_read.clicked.connect(self._cancel)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------ reading

    def _ask_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Transactions"), "",
            self.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)"))
        if paths:
            self.load_paths([Path(p) for p in paths])

    def load_paths(self, paths: list[Path]) -> None:
        """Read in the worker thread; progress shows here and Stop cancels."""
        self._cancelled = False
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_read.show()
        self.choose.setEnabled(False)
        self.problem.setText("")
        self.source.setText(self.tr("Reading %1…").replace("%1", ", ".join(p.name for p in paths)))
        self._executor.submit(self._read, paths)

    def _read(self, paths: list[Path]) -> None:
        def report(done: int, total: int | None) -> bool:
            self._bridge.progress.emit(done, total or 0)
            return not self._cancelled
        try:
            outcome: object = read_transactions(paths, progress=report)
        except (JourneyError, Cancelled) as exc:
            outcome = exc
        self._bridge.finished.emit(outcome)

    def _cancel(self) -> None:
        self._cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_read(self, outcome: object) -> None:
        self.progress.hide()
        self.cancel_read.hide()
        self.choose.setEnabled(True)
        if isinstance(outcome, Cancelled):
            self.source.setText(self.tr("Reading stopped; nothing was changed."))
            return
        if isinstance(outcome, Exception):
            self.source.setText("")
            self.problem.setText(str(outcome))
            return
        assert isinstance(outcome, Transactions)
        self.transactions = outcome
        self.rfm = compute_rfm(outcome)
        self.source.setText(self.tr("%1 customers, revenue %2. %3")
                            .replace("%1", f"{len(self.rfm):,}")
                            .replace("%2", f"{outcome.revenue:,.2f}")
                            .replace("%3", outcome.cleaning.summary()))
        self._recompute()

    # ------------------------------------------------------------ splitting

    def _recompute(self, *_args: object) -> None:
        if self.rfm is None:
            return
        tiers = self.document.project.tiers
        shares = [box.value() / 100 for box in self.shares[:-1]]
        rest = self.shares[-1]
        rest.blockSignals(True)
        rest.setValue(max(0.0, 100 - 100 * sum(shares)))
        rest.blockSignals(False)
        try:
            split = assign_by_share(self.rfm, [t.name for t in tiers], shares,
                                    measure=self.measure.currentData())
        except JourneyError as exc:
            self.problem.setText(str(exc))
            self.apply_button.setEnabled(False)
            return
        self.problem.setText("")
        self.summary = summarize(split)
        self.table.setRowCount(len(self.summary))
        for row, s in enumerate(self.summary):
            for column, text in enumerate((s.name, f"{s.customers:,}", f"{s.share * 100:.1f} %",
                                           f"{s.value_per_customer:,.2f}", f"{s.revenue:,.2f}")):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.apply_button.setEnabled(True)

    def apply(self) -> None:
        """Set each tier's share and value per customer: one undo step."""
        if not self.summary:
            return
        updated = apply_to_tiers(self.document.project.tiers, self.summary, match="position")
        old_shares = {t.id: t.share for t in self.document.project.tiers}
        # shares that fall go first, so no step in between lets the tiers add up to over 100 %
        # (the document refuses such a step)
        updated = sorted(updated, key=lambda t: t.share - old_shares.get(t.id, 0.0))
        self.document.undo_stack.beginMacro(self.tr("Derive tiers from customer data"))
        for tier in updated:
            self.document.update_item("tiers", tier.id, {
                "share": tier.share, "value_per_customer": tier.value_per_customer})
        self.document.undo_stack.endMacro()
        self.accept()

    def done(self, result: int) -> None:  # noqa: D102 - closes the worker with the dialog
        self._cancelled = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)


def _default_shares(count: int) -> list[float]:
    """20 / 30 / 50 % for three tiers; the top tiers get smaller shares in general."""
    if count == 3:
        return [20.0, 30.0, 50.0]
    if count <= 0:
        return []
    weights = list(range(1, count + 1))
    total = sum(weights)
    return [round(100 * w / total, 1) for w in weights]
