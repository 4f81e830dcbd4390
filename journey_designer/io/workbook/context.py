"""What every sheet builder of the export shares: the project, its analysis, labels, styles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName

from journey_designer.analysis import Analysis
from journey_designer.domain import Project
from journey_designer.io.workbook.base import BaseRecorder
from journey_designer.io.workbook.labels import ProjectLabels
from journey_designer.io.workbook.words import Words
from journey_designer.io.workbook.xml_rows import StreamSheet, Styles, column_letter

Progress = Callable[[int, int | None], bool]  # (rows written, rows in all) -> False to stop

SEVERITY_FILLS = {"critical": "FFC7CE", "high": "FCE4D6", "medium": "FFF2CC", "low": "E2EFDA"}
HEADER_BLUE, LIGHT_BLUE = "1F4E79", "DDEBF7"
BAR_COLOURS = ("5B9BD5", "ED7D31", "70AD47", "FFC000", "4472C4", "A5A5A5", "9E480E", "636363",
               "997300", "264478")


class Cancelled(Exception):  # noqa: N818 - the user's choice, not an error to report
    """The progress callback asked to stop; nothing was written."""


@dataclass
class ExportContext:
    """The workbook being built and what its sheets are built from.

    `sheets` are keyed by their English names (layout.SHEETS) in every language;
    `words` are the project's language.
    """

    project: Project
    analysis: Analysis
    labels: ProjectLabels
    book: Workbook
    sheets: dict[str, StreamSheet]
    styles: Styles
    progress: Progress | None = None
    total_rows: int | None = None
    done_rows: int = 0
    notes: list[str] = field(default_factory=list)
    base: BaseRecorder | None = None  # what the editable cells were written from (base)

    @property
    def words(self) -> Words:
        return self.labels.words

    def tick(self, rows: int) -> None:
        """Count rows written; stop with Cancelled when the progress callback says so."""
        self.done_rows += rows
        if self.progress is not None and self.progress(self.done_rows, self.total_rows) is False:
            raise Cancelled(f"stopped after {self.done_rows:,} rows")

    def ref(self, sheet: str, cells: str) -> str:
        """A reference to `cells` ('$A$2:$A$9') of the sheet keyed `sheet`, by its title."""
        return f"'{self.sheets[sheet].title}'!{cells}"

    def name_range(self, name: str, sheet: str, first_row: int, last_row: int, columns: int) -> None:
        """A workbook-level defined name for a table (e.g. ActionPlan) on the sheet keyed `sheet`."""
        last_row = max(first_row, last_row)
        cells = f"$A${first_row}:${column_letter(max(1, columns))}${last_row}"
        self.define_name(name, self.ref(sheet, cells))

    def define_name(self, name: str, ref: str) -> None:
        self.book.defined_names[name] = DefinedName(name, attr_text=ref)


def define_styles(styles: Styles) -> None:
    """The named styles every sheet uses."""
    define = styles.define
    define("title", bold=True, size=16, colour=HEADER_BLUE, valign="center")
    define("subtitle", italic=True, size=10, colour="595959")
    define("section", bold=True, size=12, colour=HEADER_BLUE, valign="bottom")
    define("header", bold=True, colour="FFFFFF", fill=HEADER_BLUE, wrap=True, border=True, valign="center")
    define("label", bold=True, fill=LIGHT_BLUE, wrap=True, border=True)
    define("cell", border=True, wrap=True)
    define("plain")
    define("wrap", wrap=True)
    define("muted", italic=True, colour="595959", wrap=True)
    define("id", size=10, colour="7F7F7F")  # the Action Plan's IDs: 8 pt printed at 80 %
    define("date", number_format="yyyy-mm-dd", align="left")
    define("int", number_format="0")
    define("number", number_format="General")
    define("money", number_format="#,##0.00")
    define("percent", number_format="0%", border=True)
    define("grid_number", border=True, number_format="General", align="center")
    define("reach", border=True, number_format="0.00", align="center")
    define("grid_money", border=True, number_format="#,##0.00")
    define("grid_date", border=True, number_format="yyyy-mm-dd", align="left")
    define("stage", bold=True, colour=HEADER_BLUE, fill="BDD7EE", border=True, align="center", wrap=True)
    define("tp", bold=True, border=True, wrap=True, fill="F2F2F2")
    define("covered", fill="C6EFCE", border=True, wrap=True)
    define("uncovered", fill="FFFFFF", border=True, wrap=True)
    define("pain", fill="FFEB9C", border=True, wrap=True)
    define("mot", fill="FFC7CE", border=True, wrap=True, bold=True, colour="9C0006")
    define("mot_yes", border=True, bold=True, colour="9C0006", align="center")
    define("grid_id", size=8, colour="7F7F7F", border=True)
    define("week", size=8, colour="595959", align="center", wrap=True, border=True, fill="F2F2F2")
    for severity, colour in SEVERITY_FILLS.items():
        define(f"sev_{severity}", fill=colour, border=True, bold=severity == "critical")
    for i, colour in enumerate(BAR_COLOURS):
        define(f"bar{i}", fill=colour, border=False)
    define("bar_phase", fill="203864")


def footers(sheets: dict[str, StreamSheet], text: str) -> None:
    """The printed footer of every sheet ('&A — page &P of &N': the sheet, page, pages)."""
    for sheet in sheets.values():
        sheet.oddFooter.center.text = text


def fit_to_page(sheets: dict[str, StreamSheet]) -> None:
    """Print every sheet scaled to its page width (sheet properties precede the rows)."""
    for sheet in sheets.values():
        sheet.sheet_properties.pageSetUpPr.fitToPage = True


def print_setup(sheet: StreamSheet, title_rows: str | None = None, title_cols: str | None = None,
                pages_wide: int = 1) -> None:
    """Landscape A4, fit to `pages_wide` page(s) across, header rows repeated on every page."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = 9  # A4
    setup.fitToWidth = max(1, pages_wide)
    setup.fitToHeight = 0
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_options.gridLines = False
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_cols:
        sheet.print_title_cols = title_cols
