"""The exported workbook opens in LibreOffice (headless) and prints to a PDF with pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from workbook_helpers import HOSTILE_TEXTS, hostile_project, sample

from journey_designer.io.workbook.export import export_workbook
from journey_designer.io.workbook.importing import plan_import

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def to_pdf(workbook: Path, folder: Path) -> Path:
    """Convert with a profile of its own; soffice exits 0 even when it failed, so check the file."""
    profile = folder / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), str(workbook)],
                   check=True, capture_output=True, timeout=240)
    pdf = folder / (workbook.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 0, f"LibreOffice did not convert {workbook}"
    return pdf


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.mark.parametrize("name", ["credit_card_care", "ecommerce_aftersales_zh"])
def test_libreoffice_prints_the_workbook(tmp_path, name) -> None:
    path = tmp_path / f"{name}.xlsx"
    export_workbook(sample(name), path)  # with the charts
    assert pages(to_pdf(path, tmp_path)) >= 9  # at least a page per visible sheet


def test_libreoffice_shows_typed_formulas_as_text(tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "hostile.xlsx"
    export_workbook(hostile_project(), path, charts=None)
    text = subprocess.run(["pdftotext", "-layout", str(to_pdf(path, tmp_path)), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "=1+1" in text and "@SUM(A1:A9)" in text and '=HYPERLINK("http://evil.example"' in text
    assert HOSTILE_TEXTS[2] in text  # "-2+3", not 1


def test_libreoffice_prints_a_chinese_workbook_in_chinese(tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "zh.xlsx"
    export_workbook(sample("ecommerce_aftersales_zh"), path, charts=None)
    text = subprocess.run(["pdftotext", "-layout", str(to_pdf(path, tmp_path)), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "关怀矩阵：每个客户分层在每个触点得到的关怀动作" in text
    assert re.search(r"行动计划 — 第 \d+ 页，共 \d+ 页", text)  # the footer names the sheet as the tab does
    assert "响应时限" in text and "各严重程度的缺口" in text


@pytest.mark.parametrize("build", [lambda: sample("ecommerce_aftersales_zh"), hostile_project],
                         ids=["chinese", "typed-formulas"])
def test_a_workbook_saved_again_by_libreoffice_imports_without_changes(tmp_path, build) -> None:
    project = build()
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path, charts=None)
    out = tmp_path / "resaved"
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=240)
    assert (out / "plan.xlsx").is_file(), "LibreOffice did not save the workbook"
    plan = plan_import(project, out / "plan.xlsx")
    assert plan.ok and not plan.has_changes, plan.preview()
