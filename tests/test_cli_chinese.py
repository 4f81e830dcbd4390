"""The command line in Simplified Chinese: `LANG=zh_CN.UTF-8 journey-designer ...` explains
itself in Chinese, still naming the file and the place, with the same exit codes; `LANG=C`
gives the English of before, and the JSON output is the same in both."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer import messages
from journey_designer.io.customer_data import read_transactions
from journey_designer.io.project_file.lock import LockOwner

REPO = Path(__file__).resolve().parent.parent
ZH_SAMPLE = REPO / "journey_designer" / "samples" / "ecommerce_aftersales_zh.journey"
ZH_JSON = REPO / "journey_designer" / "samples" / "ecommerce_aftersales_zh.json"
EN_SAMPLE = REPO / "journey_designer" / "samples" / "saas_onboarding_renewal.journey"
CJK = re.compile(r"[\u3400-\u9fff]")


def journey_designer(lang: str, *args: object) -> subprocess.CompletedProcess[str]:
    """The installed command as a shell runs it, in the locale `lang`."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "journey_designer", *map(str, args)], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line on stderr of a refused command (exit 2), never a traceback."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def broken_json(tmp_path: Path) -> Path:
    """The Chinese sample with two broken references (a touchpoint and a channel)."""
    data = json.loads(ZH_JSON.read_text(encoding="utf-8"))
    data["actions"][0]["touchpoint"] = "tp-nowhere"
    data["actions"][1]["channel"] = "ch-nowhere"
    path = tmp_path / "方案.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "future.journey"
    shutil.copyfile(EN_SAMPLE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        conn.execute("UPDATE meta SET value = '9.0.0' WHERE key = 'app_version'")
    conn.close()
    return path


@pytest.fixture
def chinese_messages():
    messages.set_language("zh_CN")
    yield
    messages.set_language("en")


# ---------------------------------------------------------------- validate


def test_validate_a_good_file_in_both_languages() -> None:
    zh = journey_designer("zh_CN.UTF-8", "validate", ZH_SAMPLE)
    assert zh.returncode == 0 and zh.stderr == ""
    assert zh.stdout == f"{ZH_SAMPLE}：检查通过 — 1 条旅程，31 个触点，55 个关怀动作\n"
    en = journey_designer("C", "validate", ZH_SAMPLE)
    assert en.returncode == 0
    assert en.stdout == f"{ZH_SAMPLE}: valid — 1 journey(s), 31 touchpoints, 55 care actions\n"


def test_validate_lists_the_problems_in_chinese_naming_each_place(tmp_path: Path, broken_json: Path) -> None:
    zh = journey_designer("zh_CN.UTF-8", "validate", broken_json)
    assert zh.returncode == 1, zh.stderr
    assert zh.stdout.splitlines() == [
        f"{broken_json}：发现 2 个问题",
        "  关怀动作“智能尺码助手”：触点 'tp-nowhere' 不存在",
        "  关怀动作“直播间会员专享价”：渠道 'ch-nowhere' 不存在"]
    en = journey_designer("en_US.UTF-8", "validate", broken_json)
    assert en.returncode == 1
    assert en.stdout.splitlines() == [
        f"{broken_json}: 2 problem(s)",
        "  action \"智能尺码助手\": touchpoint 'tp-nowhere' does not exist",
        "  action \"直播间会员专享价\": channel 'ch-nowhere' does not exist"]


# ---------------------------------------------------------------- analyze


def test_analyze_report_headings_are_chinese_and_the_json_is_unchanged() -> None:
    zh = journey_designer("zh_CN.UTF-8", "analyze", ZH_SAMPLE)
    assert zh.returncode == 0, zh.stderr
    lines = zh.stdout.splitlines()
    assert lines[0] == "“悦购商城售后客户关怀方案（2026）”的分析"
    assert lines[1].startswith("1 条旅程，31 个触点，55 个关怀动作；客户等级：金卡会员，")
    for heading in ("覆盖情况", "优先处理", "渠道（预计每日接触量）", "每位客户的关怀成本"):
        assert heading in lines
    assert any(line.startswith("缺口：严重 ") for line in lines)
    assert "  客户等级" in zh.stdout and "[关键时刻未覆盖]" in zh.stdout
    english_words = {w for line in lines for w in re.findall(r"\b[A-Za-z]{3,}\b", line)}
    assert english_words <= {"APP", "Erlang"}, english_words  # a channel name of the sample; the unit

    en = journey_designer("C", "analyze", ZH_SAMPLE)
    assert en.stdout.startswith("Analysis of '悦购商城售后客户关怀方案（2026）'\n")
    assert "\nCoverage\n" in en.stdout and "[uncovered moment of truth]" in en.stdout

    zh_json = journey_designer("zh_CN.UTF-8", "analyze", ZH_SAMPLE, "--json", "--fail-on", "critical")
    en_json = journey_designer("C", "analyze", ZH_SAMPLE, "--json", "--fail-on", "critical")
    assert zh_json.returncode == en_json.returncode == 1
    assert zh_json.stdout == en_json.stdout and json.loads(zh_json.stdout)["gaps"]


def test_an_unknown_tier_names_the_known_ones_in_chinese() -> None:
    line = error_line(journey_designer("zh_CN.UTF-8", "analyze", ZH_SAMPLE, "--tier", "钻石"))
    assert line == (f"journey-designer：错误：{ZH_SAMPLE}：未知客户等级 '钻石' — 现有等级："
                    "金卡会员、银卡会员、铜卡会员（含新客）")


# ---------------------------------------------------------------- refused files


def test_convert_of_a_json_with_a_broken_reference(tmp_path: Path, broken_json: Path) -> None:
    out = tmp_path / "out.journey"
    line = error_line(journey_designer("zh_CN.UTF-8", "convert", out, "--from-json", broken_json))
    assert line == (f"journey-designer：错误：{broken_json}：关怀动作“智能尺码助手”：触点 'tp-nowhere' 不存在"
                    "（另有 1 个问题） — 运行“journey-designer validate”查看完整列表")
    line = error_line(journey_designer("C", "convert", out, "--from-json", broken_json))
    assert line == (f"journey-designer: error: {broken_json}: action \"智能尺码助手\": "
                    "touchpoint 'tp-nowhere' does not exist (and 1 more) — "
                    "run 'journey-designer validate' for the full list")
    assert not out.exists()


def test_a_json_of_the_wrong_shape_names_the_json_path(tmp_path: Path) -> None:
    data = json.loads(ZH_JSON.read_text(encoding="utf-8"))
    data["journeys"][0]["touchpoints"][2]["emotion"] = "bad"
    path = tmp_path / "shape.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = error_line(journey_designer("zh_CN.UTF-8", "validate", path))
    assert line == (f"journey-designer：错误：{path}："
                    'journeys[0].touchpoints[2].emotion：应为整数，实际为 "bad"')
    line = error_line(journey_designer("C", "validate", path))
    assert line == f'journey-designer: error: {path}: journeys[0].touchpoints[2].emotion: expected a whole ' \
                   'number, got "bad"'


def test_a_json_syntax_error_says_where(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"format": "journey-designer/1",\n "name": ', encoding="utf-8")
    line = error_line(journey_designer("zh_CN.UTF-8", "validate", path))
    assert line == (f"journey-designer：错误：{path}："
                    "不是有效的 JSON（此处应为一个值：第 2 行第 10 列（第 42 个字符））")
    line = error_line(journey_designer("C", "validate", path))
    assert line == (f"journey-designer: error: {path}: "
                    "not valid JSON (Expecting value: line 2 column 10 (char 42))")


def test_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "没有这个.journey"
    assert error_line(journey_designer("zh_CN.UTF-8", "analyze", missing)) == \
        f"journey-designer：错误：{missing}：文件不存在"
    assert error_line(journey_designer("C", "analyze", missing)) == \
        f"journey-designer: error: {missing}: no such file"


def test_a_file_of_a_newer_version(newer_file: Path) -> None:
    assert error_line(journey_designer("zh_CN.UTF-8", "validate", newer_file)) == (
        f"journey-designer：错误：{newer_file}：由 Journey Designer 9.0.0 写入（文件结构版本 99）；"
        "当前版本只能读取结构版本 3 及更早的文件 — 请更新程序")
    assert error_line(journey_designer("C", "validate", newer_file)) == (
        f"journey-designer: error: {newer_file}: was written by Journey Designer 9.0.0 (file schema 99); "
        "this version reads schema 3 and older — please update the program")


def test_a_file_that_is_no_project(tmp_path: Path) -> None:
    bad = tmp_path / "broken.journey"
    bad.write_text("not a database")
    assert error_line(journey_designer("zh_CN.UTF-8", "diff", bad, ZH_SAMPLE)) == \
        f"journey-designer：错误：{bad}：不是 Journey Designer 项目（不是 SQLite 数据库）"
    assert error_line(journey_designer("C", "diff", bad, ZH_SAMPLE)) == \
        f"journey-designer: error: {bad}: is not a Journey Designer project (it is not an SQLite database)"


# ---------------------------------------------------------------- usage


def test_usage_errors_and_help_speak_chinese(tmp_path: Path) -> None:
    zh = journey_designer("zh_CN.UTF-8", "convert", tmp_path / "x.journey")
    assert zh.returncode == 2
    lines = zh.stderr.splitlines()
    assert lines[0].startswith("用法：journey-designer convert [-h] (--json OUT.json | --from-json IN.json)")
    assert lines[-1] == "journey-designer convert：错误：必须提供参数 --json --from-json 之一"
    en = journey_designer("C", "convert", tmp_path / "x.journey")
    assert en.returncode == 2
    assert en.stderr.splitlines()[-1] == \
        "journey-designer convert: error: one of the arguments --json --from-json is required"

    bad_choice = journey_designer("zh_CN.UTF-8", "analyze", ZH_SAMPLE, "--fail-on", "worst")
    assert bad_choice.returncode == 2
    assert "：错误：参数 --fail-on：无效的选择：'worst'（可选：" in bad_choice.stderr

    helped = journey_designer("zh_CN.UTF-8", "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("用法：journey-designer [-h]")
    assert "客户旅程地图与分级关怀计划。" in helped.stdout
    assert "新建项目（空白项目或从示例创建）" in helped.stdout and "显示此帮助信息并退出" in helped.stdout
    render = journey_designer("zh_CN.UTF-8", "render", "--help")
    assert "无需显示器即可运行" in render.stdout and "位置参数" in render.stdout


def test_render_refusals_in_chinese(tmp_path: Path) -> None:
    line = error_line(journey_designer("zh_CN.UTF-8", "render", ZH_SAMPLE, "--out", tmp_path / "map.gif"))
    assert line == (f"journey-designer：错误：{tmp_path / 'map.gif'}："
                    "未知的图片类型（'.gif'）— 请使用 .png、.svg 或 .pdf")
    line = error_line(journey_designer("zh_CN.UTF-8", "render", ZH_SAMPLE, "--out", tmp_path / "m.svg",
                                       "--journey", "不存在"))
    assert line == f"journey-designer：错误：{ZH_SAMPLE}：未知旅程 '不存在' — 现有旅程：电商购物与售后旅程"
    line = error_line(journey_designer("C", "render", ZH_SAMPLE, "--out", tmp_path / "map.gif"))
    assert line == f"journey-designer: error: {tmp_path / 'map.gif'}: unknown picture type ('.gif') — " \
                   "use .png, .svg or .pdf"


def test_the_locale_variables_take_precedence_like_gettext(tmp_path: Path) -> None:
    missing = tmp_path / "x.journey"
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "C"}
    result = subprocess.run([sys.executable, "-m", "journey_designer", "validate", str(missing)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.stderr == f"journey-designer: error: {missing}: no such file\n"


# ---------------------------------------------------------------- messages shown by the UI too


def test_lock_owner_and_transactions_in_chinese(chinese_messages, tmp_path: Path) -> None:
    owner = LockOwner("desk-7", 4242, "2026-03-01T09:30:00")
    assert owner.describe() == "主机 desk-7 上的进程 4242（自 2026-03-01T09:30:00 起）"
    table = tmp_path / "orders.csv"
    table.write_text("CustomerID,InvoiceDate,Amount\n17850,2010-12-01,5\n17851,2010-13-45,3\n")
    with pytest.raises(Exception) as refused:
        read_transactions(table)
    assert str(refused.value) == (f"{table}：第 3 行：列 'InvoiceDate'：'2010-13-45' 不是日期"
                                  "（应形如 2010-12-01、20101201 或 1/12/2010）")


def test_the_english_of_these_messages_is_unchanged(tmp_path: Path) -> None:
    assert messages.language() == "en"
    assert LockOwner("desk-7", 4242, "2026").describe() == "process 4242 on desk-7 (since 2026)"
    table = tmp_path / "orders.csv"
    table.write_text("CustomerID,InvoiceDate,Amount\n,2010-12-01,5\n")
    with pytest.raises(Exception) as refused:
        read_transactions(table)
    assert str(refused.value) == (f"{table}: no transactions left: 1 rows read, 0 kept; "
                                  "skipped: 1 without a customer id")
    assert CJK.search(str(refused.value)) is None


def test_lists_in_a_chinese_message_join_with_the_enumeration_comma(tmp_path: Path) -> None:
    """"known: A、B" in Chinese, "known: A, B" in English (a Chinese reader sees ", " as
    Western punctuation inside a Chinese sentence)."""
    zh = error_line(journey_designer("zh_CN.UTF-8", "render", EN_SAMPLE, "--out", tmp_path / "m.png",
                                     "--tier", "Platinum"))
    en = error_line(journey_designer("C.UTF-8", "render", EN_SAMPLE, "--out", tmp_path / "m.png",
                                     "--tier", "Platinum"))
    known_en = en.rsplit(": ", 1)[1]
    assert ", " in known_en
    assert known_en.replace(", ", "、") in zh and ", " not in zh, zh
    assert not (tmp_path / "m.png").exists()
