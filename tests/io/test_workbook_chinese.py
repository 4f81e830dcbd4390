"""The workbook of a zh_CN project in Simplified Chinese, and imports in either language."""

from __future__ import annotations

import shutil
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import openpyxl
import pytest
from matplotlib.figure import Figure
from workbook_helpers import SAMPLES, edit, export, headers, row_of, sample, set_cell, sheet_of

from journey_designer import charts, messages
from journey_designer.charts import _common
from journey_designer.cli import main
from journey_designer.domain import Trigger
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.io.workbook.base import BASE_SHEET
from journey_designer.io.workbook.export import export_workbook
from journey_designer.io.workbook.importing import WorkbookError, apply, plan_import
from journey_designer.io.workbook.layout import ACTION_COLUMNS, SHEETS, header_keys, normalise, trigger_text
from journey_designer.io.workbook.read_cells import parse_choice
from journey_designer.io.workbook.words import CHOICE_LABELS, HEADERS, workbook_words

ZH_SHEETS = ["概览", "旅程地图", "关怀矩阵", "行动计划", "时间线", "缺口", "客户分层", "渠道", "阶段与风险", "列表"]
ZH_HEADERS = ["编号", "关怀动作", "旅程", "阶段", "触点", "客户分层", "渠道", "触发条件", "用途",
              "负责人", "开始日期", "结束日期", "响应时限（分钟）", "单次成本", "KPI", "状态", "话术",
              "触发类型", "触发事件", "触发天数", "触发日期", "触发指标", "触发阈值", "触发方向"]


def zh_project():
    return sample("ecommerce_aftersales_zh")


def column_a(sheet) -> list[str]:
    return [c.value for c in sheet["A"] if isinstance(c.value, str)]


def has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


# ---------------------------------------------------------------- export


def test_a_chinese_project_gets_chinese_sheets_headers_and_labels(tmp_path) -> None:
    project = zh_project()
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert book.sheetnames == [*ZH_SHEETS, BASE_SHEET]
    assert [book[s].sheet_state for s in ZH_SHEETS] == ["visible"] * 9 + ["hidden"]
    assert book.defined_names["ActionPlan"].attr_text.startswith("'行动计划'!$A$1:$X$")
    assert book.defined_names["ListStatuses"].attr_text == "'列表'!$D$2:$D$4"

    plan = book["行动计划"]
    assert [c.value for c in plan[1]] == ZH_HEADERS
    first = {h: plan.cell(row=2, column=c).value for h, c in headers(plan).items()}
    assert [first[h] for h in ("用途", "状态", "触发类型", "触发条件")] == [
        "服务", "计划中", "事件", "事件：查看尺码表"]
    assert first["客户分层"] == "金卡会员、银卡会员、铜卡会员（含新客）"
    check = {str(dv.sqref)[0]: dv for dv in plan.data_validations.dataValidation}
    assert check["P"].formula1 == "'列表'!$D$2:$D$4" and check["P"].errorTitle == "不在列表中"
    lists = book["列表"]
    assert [c.value for c in lists[1]][:5] == ["客户分层", "渠道", "用途", "状态", "触发类型"]
    assert [lists.cell(row=r, column=4).value for r in (2, 3, 4)] == ["计划中", "执行中", "已完成"]
    assert "journey-designer-workbook/1" in [c.value for c in lists["H"]]  # the format marker stays

    assert column_a(book["旅程地图"])[:10] == ["旅程", "阶段", "触点", "渠道", "情绪（−3 … +3）", "痛点",
                                             "惊喜点", "关键时刻", "后台", "改进机会"]
    assert column_a(book["旅程地图"])[10].startswith("编号 · j-")
    mot = next(tp for tp in project.journeys[0].touchpoints if tp.moment_of_truth)
    assert "是" in [c.value for c in book["关怀矩阵"]["B"]]
    assert mot.name in [c.value for c in book["关怀矩阵"]["A"]]
    overview = column_a(book["概览"])
    assert {"关键指标（KPI）", "各客户分层的覆盖情况", "各严重程度的缺口", "优先修复", "严重",
            "合计"} <= set(overview)
    assert "由 Journey Designer" in overview[1]
    assert [c.value for c in book["缺口"][1]][:2] == ["严重程度", "类型"]
    assert book["缺口"]["A2"].value == "严重" and book["缺口"]["B2"].value == "关键时刻无关怀"
    assert [c.value for c in book["渠道"][1]][:4] == ["编号", "渠道", "类型", "每日处理能力"]
    assert {book["渠道"].cell(row=r, column=3).value for r in range(2, 11)} == {"自动", "人工"}
    assert column_a(book["阶段与风险"])[:2] == ["分阶段执行计划", "执行阶段"]
    assert book["时间线"]["A1"].value == "执行阶段 / 关怀动作"
    assert book["行动计划"].oddFooter.center.text == "&A — 第 &P 页，共 &N 页"


def test_an_english_project_keeps_its_english_workbook(tmp_path) -> None:
    project = sample()
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert book.sheetnames == [*SHEETS, BASE_SHEET]
    assert [c.value for c in book["Action Plan"][1]] == [c.header for c in ACTION_COLUMNS]
    assert book["Action Plan"].oddFooter.center.text == "&A — page &P of &N"
    cjk = [(sheet.title, cell.coordinate) for sheet in book.worksheets for row in sheet.iter_rows()
           for cell in row if isinstance(cell.value, str) and has_cjk(cell.value)]
    assert not cjk, cjk[:5]


def test_trigger_summaries_in_chinese() -> None:
    zh = workbook_words("zh_CN")
    assert trigger_text(Trigger(type="offset", days=-3, event="还款日"), zh) == "3 天前（还款日）"
    assert trigger_text(Trigger(type="offset", days=0), zh) == "到达触点时"
    assert trigger_text(Trigger(type="date", event="生日"), zh) == "生日当天"
    threshold = Trigger(type="threshold", metric="累计消费", value=5000)
    assert trigger_text(threshold, zh) == "累计消费 达到 5000 时"
    assert trigger_text(Trigger(type="offset", days=1)) == "1 day after"  # English as before


# ---------------------------------------------------------------- import


def test_an_unedited_chinese_workbook_changes_nothing(tmp_path) -> None:
    project = zh_project()
    plan = plan_import(project, export(project, tmp_path))
    assert plan.ok, plan.problems
    assert not plan.has_changes and not plan.notes, plan.preview()


def test_edits_in_a_chinese_workbook_are_imported(tmp_path) -> None:
    project = zh_project()
    action = project.actions[0]
    tp = next(t for t in project.journeys[0].touchpoints if not t.moment_of_truth and t.emotion != -2)
    cells = {}

    def user(book) -> None:
        sheet = book["行动计划"]
        cells["status"] = set_cell(sheet, action.id, "状态", "已完成")
        set_cell(sheet, action.id, "负责人", "客户体验部")
        set_cell(sheet, action.id, "结束日期", datetime(2026, 6, 30))
        set_cell(sheet, action.id, "用途", "营销")
        journey_map = book["旅程地图"]
        column = next(c.column for c in journey_map[11] if c.value == tp.id)
        journey_map.cell(row=5, column=column).value = -2  # 情绪
        journey_map.cell(row=8, column=column).value = "是"  # 关键时刻

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    changes = {(c.object_id, c.field): c.new for c in plan.changes}
    assert changes == {(action.id, "status"): "done", (action.id, "owner"): "客户体验部",
                       (action.id, "end"): "2026-06-30", (action.id, "purpose"): "marketing",
                       (tp.id, "emotion"): -2, (tp.id, "moment_of_truth"): True}
    assert f"[行动计划!{cells['status']}]" in "\n".join(plan.preview())
    changed = apply(project, plan)
    assert {a.id: a.status for a in changed.actions}[action.id] == "done"


def test_problems_name_the_sheet_as_the_file_names_it(tmp_path) -> None:
    project = zh_project()
    cells = {}
    path = export(project, tmp_path)
    edit(path, lambda book: cells.setdefault("tiers", set_cell(book["行动计划"], project.actions[0].id,
                                                               "客户分层", "钻石会员")))
    (problem,) = plan_import(project, path).problems
    assert str(problem).startswith(f'行动计划!{cells["tiers"]}: unknown tier "钻石会员"')

    def rename(book) -> None:  # sheet names typed back in English
        book["行动计划"].title = "Action Plan"
    edit(path, rename)
    (problem,) = plan_import(project, path).problems
    assert str(problem).startswith(f'Action Plan!{cells["tiers"]}: ')


def test_a_chinese_workbook_with_english_sheet_names_imports(tmp_path) -> None:
    project = zh_project()
    action = project.actions[3]

    def user(book) -> None:
        for key, name in zip(SHEETS, ZH_SHEETS, strict=True):
            book[name].title = key
        set_cell(book["Action Plan"], action.id, "负责人", "门店运营部")

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    assert [(c.object_id, c.field, c.new) for c in plan.changes] == [(action.id, "owner", "门店运营部")]


def test_an_english_workbook_with_chinese_sheet_names_imports(tmp_path) -> None:
    project = sample()

    def user(book) -> None:
        book["Action Plan"].title = "行动计划"
        book["Journey Map"].title = "旅程地图"
        set_cell(book["行动计划"], "act-apply-chat", "Owner", "VIP desk")

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    assert [(c.object_id, c.field, c.new) for c in plan.changes] == [("act-apply-chat", "owner", "VIP desk")]


def test_a_chinese_headed_action_plan_imports_into_an_english_project(tmp_path) -> None:
    project = sample()
    as_chinese = sample()
    as_chinese.locale = "zh_CN"  # the same plan, exported by a Chinese team
    path = export(as_chinese, tmp_path)
    assert openpyxl.load_workbook(path).sheetnames == [*ZH_SHEETS, BASE_SHEET]

    unchanged = plan_import(project, path)
    assert unchanged.ok and not unchanged.has_changes, unchanged.preview()
    assert not unchanged.notes, unchanged.notes  # the Chinese trigger summaries are not "edits"

    def user(book) -> None:
        sheet = book["行动计划"]
        set_cell(sheet, "act-apply-chat", "负责人", "VIP desk")
        set_cell(sheet, "act-apply-chat", "状态", "执行中")
        set_cell(sheet, "act-apply-chat", "开始日期", "2026年4月1日")

    plan = plan_import(project, edit(path, user))
    assert plan.ok, plan.problems
    assert {c.field: c.new for c in plan.changes} == {"owner": "VIP desk", "status": "active",
                                                      "start": "2026-04-01"}


def test_an_english_workbook_imports_into_a_chinese_project(tmp_path) -> None:
    project = zh_project()
    as_english = zh_project()
    as_english.locale = "en"
    path = export(as_english, tmp_path)
    plan = plan_import(project, path)
    assert plan.ok and not plan.has_changes and not plan.notes, plan.preview()
    edit(path, lambda book: set_cell(book["Action Plan"], project.actions[0].id, "Status", "done"))
    assert [(c.field, c.new) for c in plan_import(project, path).changes] == [("status", "done")]


def test_a_missing_action_plan_names_both_names(tmp_path) -> None:
    project = zh_project()
    path = edit(export(project, tmp_path), lambda book: setattr(book["行动计划"], "title", "计划"))
    with pytest.raises(WorkbookError, match="missing sheet “Action Plan” \\(or “行动计划”\\)"):
        plan_import(project, path)


def test_a_new_row_in_a_chinese_workbook_is_a_new_action(tmp_path) -> None:
    project = zh_project()

    def user(book) -> None:
        sheet = book["行动计划"]
        new = sheet.max_row + 1
        for header, value in (("关怀动作", "生日关怀短信"), ("触点", "签收"),
                              ("客户分层", "金卡会员、银卡会员"), ("渠道", "短信"), ("用途", "营销"),
                              ("状态", "计划中")):
            sheet.cell(row=new, column=headers(sheet)[header]).value = value

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    (added,) = plan.added
    assert (added.action.name, added.action.tiers, added.action.purpose) == (
        "生日关怀短信", ["tier-gold", "tier-silver"], "marketing")
    assert added.cell.startswith("行动计划!A")


# ---------------------------------------------------------------- charts


def test_charts_speak_the_projects_language_without_changing_the_app(tmp_path, monkeypatch) -> None:
    """The chart text follows the project in the export's thread only; the interface's
    translator (here a marker) is left as it was, for the UI thread meanwhile too."""
    seen: dict[str, str] = {}
    inside, release = threading.Event(), threading.Event()

    def fake_chart(project, analysis, journey_id) -> Figure:
        seen[project.locale] = _common._t("Coverage by stage")
        if project.locale == "zh_CN":
            inside.set()
            release.wait(10)
        return Figure(figsize=(1, 1))

    monkeypatch.setattr(charts, "coverage_heatmap", fake_chart)
    monkeypatch.setattr(charts, "emotion_curve", fake_chart)
    charts.set_translator(lambda text: "§" + text)  # the UI's language
    try:
        with ThreadPoolExecutor(1) as worker:  # as File ▸ Export workbook runs it
            done = worker.submit(export_workbook, zh_project(), tmp_path / "zh.xlsx")
            assert inside.wait(10)
            assert _common._t("Coverage by stage") == "§Coverage by stage"  # the UI thread meanwhile
            release.set()
            report = done.result(30)
        export_workbook(sample(), tmp_path / "en.xlsx")
        assert seen == {"zh_CN": "各阶段覆盖率", "en": "Coverage by stage"}
        assert _common._t("Coverage by stage") == "§Coverage by stage"
    finally:
        charts.set_translator(None)
    book = openpyxl.load_workbook(report.path)
    assert "情绪曲线：电商购物与售后旅程" in column_a(book["概览"])


# ---------------------------------------------------------------- command line


def test_cli_export_and_import_of_a_chinese_project(tmp_path, capsys) -> None:
    project_file = tmp_path / "zh.journey"
    shutil.copyfile(SAMPLES / "ecommerce_aftersales_zh.journey", project_file)
    workbook = tmp_path / "zh.xlsx"
    assert main(["export", str(project_file), "--xlsx", str(workbook), "--no-charts"]) == 0
    assert openpyxl.load_workbook(workbook).sheetnames == [*ZH_SHEETS, BASE_SHEET]
    assert main(["import", str(project_file), "--xlsx", str(workbook)]) == 0
    assert "no changes to apply" in capsys.readouterr().out

    action = load_project(project_file).actions[2]

    def user(book) -> None:
        sheet = book["行动计划"]
        sheet.cell(row=row_of(sheet, action.id), column=headers(sheet)["负责人"]).value = "售后服务部"
    edit(workbook, user)
    assert main(["import", str(project_file), "--xlsx", str(workbook)]) == 0
    assert {a.id: a.owner for a in load_project(project_file).actions}[action.id] == "售后服务部"
    assert "[行动计划!J" in capsys.readouterr().out


def test_the_sheet_helper_finds_either_language(tmp_path) -> None:
    book = openpyxl.load_workbook(export(zh_project(), tmp_path))
    assert sheet_of(book).title == "行动计划" and sheet_of(book, "Journey Map").title == "旅程地图"


def test_every_chinese_word_the_export_writes_is_read_back() -> None:
    keys = header_keys()
    for key, header in HEADERS["zh_CN"].items():
        assert keys[normalise(header)] == key, header
    for kind, labels in CHOICE_LABELS["zh_CN"].items():
        for value, label in labels.items():
            assert parse_choice(label, kind, kind) == value, label


@pytest.fixture
def chinese_interface():
    """The interface (or the CLI's environment) in Chinese, English again afterwards."""
    messages.set_language("zh_CN")
    yield
    messages.set_language("en")


def test_import_messages_follow_the_interface_language_not_the_project(tmp_path, chinese_interface) -> None:
    project = sample()  # an English project, a Chinese user
    path = export(project, tmp_path)

    def user(book) -> None:
        sheet = book["Action Plan"]
        set_cell(sheet, "act-apply-chat", "Owner", "VIP desk")
        set_cell(sheet, "act-kyc-status", "Tiers", "Platnum")
        set_cell(sheet, "act-kyc-status", "Status", "soon")
    plan = plan_import(project, edit(path, user))
    problems = sorted(str(p) for p in plan.problems)
    assert problems[0].startswith("Action Plan!F")
    assert "未知的客户分层“Platnum”——已有：Gold、Silver、Bronze" in problems[0]
    assert "未知的状态“soon”——可选：计划中、执行中、已完成" in problems[1]
    lines = dict(plan.preview_lines())
    assert lines["change"].startswith("~ 关怀动作“Proactive chat when the form stalls”"
                                      "（act-apply-chat）负责人：")
    assert lines["problem"].startswith("问题：Action Plan!")
    assert "1 处更改" in plan.summary() and "2 个问题" in plan.summary()
    with pytest.raises(WorkbookError, match="文件不存在"):
        plan_import(project, tmp_path / "nope.xlsx")
    messages.set_language("en")
    with pytest.raises(WorkbookError, match="no such file"):
        plan_import(project, tmp_path / "nope.xlsx")
