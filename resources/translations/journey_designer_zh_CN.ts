<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journey Designer</source>
        <translation>关于 Journey Designer</translation>
    </message>
    <message>
        <source>Customer journey maps and tiered care plans, offline.</source>
        <translation>离线绘制客户旅程地图，制定分层客户关怀方案。</translation>
    </message>
    <message>
        <source>Copyright © 2026 Journey Designer team. Released under the %1 licence.</source>
        <translation>版权所有 © 2026 Journey Designer 团队。依据 %1 许可证发布。</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>Recovery folder:</source>
        <translation>恢复文件夹：</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Care (greetings, thanks)</source>
        <translation>关怀（问候、感谢）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Use the channel&apos;s</source>
        <translation>使用渠道成本</translation>
    </message>
    <message>
        <source>The cost follows the channel&apos;s cost per contact</source>
        <translation>成本随渠道的单次接触成本变化</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-03-31</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>单次接触成本</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(the channel&apos;s)</source>
        <translation>（渠道成本）</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>create a project (blank or from a sample)</source>
        <translation>新建项目（空白项目或从示例创建）</translation>
    </message>
    <message>
        <source>language of a blank project&apos;s stages, tiers and channels</source>
        <translation>空白项目中阶段、客户等级和渠道名称所用的语言</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE 已存在时将其替换</translation>
    </message>
    <message>
        <source>structural check; exit 1 if problems</source>
        <translation>结构检查；发现问题时退出码为 1</translation>
    </message>
    <message>
        <source>project file &lt;-&gt; JSON</source>
        <translation>项目文件与 JSON 互相转换</translation>
    </message>
    <message>
        <source>write FILE as JSON to OUT.json</source>
        <translation>将 FILE 以 JSON 格式写入 OUT.json</translation>
    </message>
    <message>
        <source>create FILE from the JSON project IN.json</source>
        <translation>由 JSON 项目 IN.json 创建 FILE</translation>
    </message>
    <message>
        <source>write even when the file is open in Journey Designer</source>
        <translation>即使文件已在 Journey Designer 中打开也写入</translation>
    </message>
    <message>
        <source>coverage and gap report (exit 1 with --fail-on when gaps are found)</source>
        <translation>覆盖与缺口报告（配合 --fail-on 使用时，发现缺口则退出码为 1）</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>only this tier (its name or id)</source>
        <translation>只分析此客户等级（名称或 ID）</translation>
    </message>
    <message>
        <source>exit 1 when a gap of SEVERITY (critical, high or medium) or worse exists</source>
        <translation>存在严重程度为 SEVERITY（critical、high 或 medium）或更严重的缺口时，退出码为 1</translation>
    </message>
    <message>
        <source>rank Fix first by the value of the customers left without care (default) or by their number</source>
        <translation>按缺少关怀的客户价值（默认）或客户人数对“优先修复”排序</translation>
    </message>
    <message>
        <source>what changed between two versions, and how coverage and gaps changed</source>
        <translation>两个版本之间有哪些改动，以及覆盖和缺口如何变化</translation>
    </message>
    <message>
        <source>write the execution-plan workbook (.xlsx)</source>
        <translation>写出执行计划工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>the workbook to write (replaced if it exists)</source>
        <translation>要写出的工作簿（已存在则替换）</translation>
    </message>
    <message>
        <source>leave the charts off the Overview</source>
        <translation>总览页中不放图表</translation>
    </message>
    <message>
        <source>apply an edited workbook&apos;s Action Plan and Journey Map</source>
        <translation>应用已编辑工作簿中的行动计划和旅程地图</translation>
    </message>
    <message>
        <source>the edited workbook</source>
        <translation>已编辑的工作簿</translation>
    </message>
    <message>
        <source>list the changes, change nothing</source>
        <translation>只列出改动，不做任何修改</translation>
    </message>
    <message>
        <source>also delete the actions whose rows were removed from the sheet</source>
        <translation>同时删除在工作表中已被删去对应行的关怀动作</translation>
    </message>
    <message>
        <source>for a field changed both in the project and in the workbook since the export: take the workbook&apos;s value or keep the project&apos;s (default: change nothing, exit 1)</source>
        <translation>对于导出后项目和工作簿都修改过的字段：采用工作簿的值或保留项目的值（默认：不做更改，退出码 1）</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>试运行：未做任何修改</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source> — run &apos;{prog} validate&apos; for the full list</source>
        <translation> — 运行“{prog} validate”查看完整列表</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>created {file}</source>
        <translation>已创建 {file}</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s)</source>
        <translation>{file}：发现 {count} 个问题</translation>
    </message>
    <message>
        <source>wrote {file} ({count} care actions)</source>
        <translation>已写入 {file}（{count} 个关怀动作）</translation>
    </message>
    <message>
        <source>{workbook} → {file}: {summary}</source>
        <translation>{workbook} → {file}：{summary}</translation>
    </message>
    <message>
        <source>no changes to apply</source>
        <translation>没有需要应用的改动</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Customer journey maps and tiered care plans. Run &apos;{prog} [FILE]&apos; to open the desktop app.</source>
        <translation>客户旅程地图与分级关怀计划。运行“{prog} [FILE]”打开桌面应用。</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>可选：{names}</translation>
    </message>
    <message>
        <source>{file}: already exists (use --force to replace it)</source>
        <translation>{file}：文件已存在（使用 --force 替换）</translation>
    </message>
    <message>
        <source>{file}: valid — {journeys} journey(s), {touchpoints} touchpoints, {actions} care actions</source>
        <translation>{file}：检查通过 — {journeys} 条旅程，{touchpoints} 个触点，{actions} 个关怀动作</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s name must end in .xlsx</source>
        <translation>{file}：工作簿文件名必须以 .xlsx 结尾</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>提示：{note}</translation>
    </message>
    <message>
        <source>{count} conflict(s) decided by --on-conflict {side}</source>
        <translation>{count} 处冲突已按 --on-conflict {side} 决定</translation>
    </message>
    <message>
        <source>{count} conflict(s): nothing was changed — decide with --on-conflict workbook (take the workbook&apos;s values) or --on-conflict project (keep the project&apos;s)</source>
        <translation>{count} 处冲突：未做任何更改——请用 --on-conflict workbook（采用工作簿的值）或 --on-conflict project（保留项目的值）决定</translation>
    </message>
    <message>
        <source>kept {count} action(s) whose rows were removed (add --accept-deletions to delete them)</source>
        <translation>保留了 {count} 个对应行已被删去的关怀动作（加上 --accept-deletions 可删除它们）</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error} (please report this)</source>
        <translation>内部错误：{kind}：{error}（请报告此问题）</translation>
    </message>
    <message>
        <source>unknown template {name} — known: {names}</source>
        <translation>未知模板 {name} — 可用模板：{names}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>no changes to apply ({count} deletion(s) not applied: add --accept-deletions)</source>
        <translation>没有需要应用的改动（{count} 项删除未执行：请加上 --accept-deletions）</translation>
    </message>
    <message>
        <source>standard output could not be written ({reason})</source>
        <translation>无法写入标准输出（{reason}）</translation>
    </message>
    <message>
        <source>{file}: cannot be read or written ({reason})</source>
        <translation>{file}：无法读取或写入（{reason}）</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>标准输出已关闭</translation>
    </message>
    <message>
        <source>&apos;-&apos; (standard input or output) cannot be the project file to write</source>
        <translation>“-”（标准输入或输出）不能作为要写入的项目文件</translation>
    </message>
    <message>
        <source>unknown command {word} — the commands are: {names} (to open a file in the app, give a name ending in .journey or .json)</source>
        <translation>未知命令 {word} — 可用命令：{names}（要在应用中打开文件，请给出以 .journey 或 .json 结尾的文件名）</translation>
    </message>
    <message>
        <source>{file}: open in Journey Designer ({owner}) — close it there first</source>
        <translation>{file}：已在 Journey Designer 中打开（{owner}）— 请先在那里关闭</translation>
    </message>
    <message>
        <source>unknown command {word} — did you mean {command}?</source>
        <translation>未知命令 {word} — 您是想输入 {command} 吗？</translation>
    </message>
    <message>
        <source>{file}: open in Journey Designer ({owner}) — close it there, or use --force</source>
        <translation>{file}：已在 Journey Designer 中打开（{owner}）— 请先在那里关闭，或使用 --force</translation>
    </message>
    <message>
        <source>{file}: standard input is closed</source>
        <translation>{file}：标准输入已关闭</translation>
    </message>
    <message>
        <source>{file}: is the same file as the input {source} — write the result to another file</source>
        <translation>{file}：与输入文件 {source} 是同一个文件 — 请把结果写到另一个文件</translation>
    </message>
    <message>
        <source>three-way merge of two versions of a project (a git merge driver)</source>
        <translation>项目两个版本的三方合并（可用作 git 合并驱动）</translation>
    </message>
    <message>
        <source>Merge what THEIRS changed since BASE into OURS and write the result into OURS (or OUT). Exit 0: merged; 1: conflicts, ours&apos; values kept and each conflict listed; 2: bad input, nothing written.</source>
        <translation>将 THEIRS 自 BASE 以来的修改合并到 OURS，并把结果写入 OURS（或 OUT）。退出码 0：已合并；1：有冲突，保留我方的值并逐条列出冲突；2：输入有误，未写入任何文件。</translation>
    </message>
    <message>
        <source>the common ancestor (.journey or .json)</source>
        <translation>共同的基准版本（.journey 或 .json）</translation>
    </message>
    <message>
        <source>our version; receives the result</source>
        <translation>我方版本；合并结果写入此文件</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>write the result here instead of OURS (format by its suffix)</source>
        <translation>将结果写到此处而不是 OURS（格式由扩展名决定）</translation>
    </message>
    <message>
        <source>list the conflicts as one JSON object</source>
        <translation>以一个 JSON 对象列出冲突</translation>
    </message>
    <message>
        <source>merged {theirs} into {file} with {count} conflict(s); ours&apos; values kept:</source>
        <translation>已将 {theirs} 合并到 {file}，有 {count} 处冲突；保留了我方的值：</translation>
    </message>
    <message>
        <source>merged {theirs} into {file}: no conflicts</source>
        <translation>已将 {theirs} 合并到 {file}：没有冲突</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 处）</translation>
    </message>
    <message>
        <source>{file}: {problem}{more} — fix it first (&apos;{prog} validate {file}&apos; lists every problem)</source>
        <translation>{file}：{problem}{more} — 请先修正（“{prog} validate {file}”会列出所有问题）</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>picture of a journey map (PNG, SVG or PDF)</source>
        <translation>生成旅程地图图片（PNG、SVG 或 PDF）</translation>
    </message>
    <message>
        <source>Draw one journey&apos;s map — lanes, cards, arrows with shares, emotion curve, legend and title — as a PNG, an SVG or a one-page PDF. Works without a display.</source>
        <translation>将一条旅程的地图（泳道、卡片、带分流比例的箭头、情绪曲线、图例和标题）绘制为 PNG、SVG 或单页 PDF。无需显示器即可运行。</translation>
    </message>
    <message>
        <source>the project (.journey or .json)</source>
        <translation>项目文件（.journey 或 .json）</translation>
    </message>
    <message>
        <source>the picture to write; its extension picks the format</source>
        <translation>要写出的图片；由扩展名决定格式</translation>
    </message>
    <message>
        <source>the journey to draw, by name or id (default: the first)</source>
        <translation>要绘制的旅程，按名称或 ID 指定（默认：第一条）</translation>
    </message>
    <message>
        <source>draw the map through this tier&apos;s lens (name or id): cards green where it is covered, orange where not, red for an uncovered moment of truth</source>
        <translation>按此客户等级（名称或 ID）的视角绘制地图：已覆盖的卡片为绿色，未覆盖的为橙色，未覆盖的关键时刻为红色</translation>
    </message>
    <message>
        <source>PNG resolution: N pixels per map unit (default 2)</source>
        <translation>PNG 分辨率：每个地图单位 N 个像素（默认 2）</translation>
    </message>
    <message>
        <source>fit the map on this paper size (a PDF gets several pages, breaking between stages, when one page would be too small to read)</source>
        <translation>将地图缩放到此纸张尺寸（单页过小难以阅读时，PDF 会分为多页，在阶段之间分页）</translation>
    </message>
    <message>
        <source>with --paper: the paper turned sideways</source>
        <translation>与 --paper 一起使用：横向纸张</translation>
    </message>
    <message>
        <source>also draw the backstage lane (processes and systems behind each stage)</source>
        <translation>同时绘制后台泳道（各阶段背后的流程和系统）</translation>
    </message>
    <message>
        <source>unknown tier {name} — known: {names}</source>
        <translation>未知客户等级 {name} — 现有等级：{names}</translation>
    </message>
    <message>
        <source>unknown journey {name} — known: {names}</source>
        <translation>未知旅程 {name} — 现有旅程：{names}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>unknown tier {name} — known: (the project has no tiers)</source>
        <translation>未知客户等级 {name} — 现有等级：（项目中没有客户等级）</translation>
    </message>
    <message>
        <source>unknown journey {name} — known: (the project has no journeys)</source>
        <translation>未知旅程 {name} — 现有旅程：（项目中没有旅程）</translation>
    </message>
    <message>
        <source>{file}: unknown picture type ({kind}) — use .png, .svg or .pdf</source>
        <translation>{file}：未知的图片类型（{kind}）— 请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>--scale must be a positive number, not {scale}</source>
        <translation>--scale 必须是正数，而不是 {scale}</translation>
    </message>
    <message>
        <source>project {name} has no journey to draw</source>
        <translation>项目 {name} 中没有可绘制的旅程</translation>
    </message>
    <message>
        <source>{prog}: note: {message}</source>
        <translation>{prog}：提示：{message}</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <source>Devanagari (Hindi)</source>
        <translation>天城文（印地语）</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>韩文（谚文）</translation>
    </message>
    <message>
        <source>Japanese (kana)</source>
        <translation>日文（假名）</translation>
    </message>
    <message>
        <source>Chinese (Han)</source>
        <translation>中文（汉字）</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>其他字符</translation>
    </message>
    <message>
        <source>no installed font can draw some characters of the names ({scripts}); they are shown as “{replacement}”</source>
        <translation>已安装的字体无法绘制名称中的部分字符（{scripts}），这些字符显示为“{replacement}”</translation>
    </message>
    <message>
        <source> — to draw them, install fonts: apt-get install {packages}</source>
        <translation> — 如需绘制，请安装字体：apt-get install {packages}</translation>
    </message>
</context>
<context>
    <name>CareActionsPanel</name>
    <message>
        <source>Care actions of the selection</source>
        <translation>所选触点的关怀动作</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Set owner…</source>
        <translation>设置负责人…</translation>
    </message>
    <message>
        <source>Select a touchpoint to see and plan its care actions.</source>
        <translation>选择一个触点，查看并规划它的关怀动作。</translation>
    </message>
    <message numerus="yes">
        <source>%n care action(s) chosen: choose one to edit it.</source>
        <translation>
            <numerusform>已选 %n 个关怀动作：选择其中一个进行编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no care actions yet. Add one.</source>
        <translation>“%1”还没有关怀动作。请添加一个。</translation>
    </message>
    <message>
        <source>Choose a care action of “%1” to edit it.</source>
        <translation>选择“%1”的一个关怀动作进行编辑。</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected touchpoint(s) have no care actions yet. Add one to all of them.</source>
        <translation>
            <numerusform>所选的 %n 个触点还没有关怀动作。可以一次为它们全部添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a care action to edit it.</source>
        <translation>选择一个关怀动作进行编辑。</translation>
    </message>
    <message>
        <source>New care action</source>
        <translation>新关怀动作</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>设置负责人</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %n care action(s):</source>
        <translation>
            <numerusform>%n 个关怀动作的负责人：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareMatrixModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>MoT</source>
        <translation>MoT</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Care for %1 at %2</source>
        <translation>%2的%1关怀</translation>
    </message>
</context>
<context>
    <name>CareMatrixView</name>
    <message>
        <source>Moments of truth only</source>
        <translation>仅关键时刻</translation>
    </message>
    <message>
        <source>Owner contains…</source>
        <translation>负责人包含…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Add care action for %1…</source>
        <translation>为%1添加关怀动作…</translation>
    </message>
    <message>
        <source>New care action</source>
        <translation>新关怀动作</translation>
    </message>
    <message>
        <source>Name of the care action:</source>
        <translation>关怀动作名称：</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <source>no tier</source>
        <translation>无客户分层</translation>
    </message>
    <message>
        <source>1 day before %2</source>
        <translation>%2前 1 天</translation>
    </message>
    <message>
        <source>1 day after %2</source>
        <translation>%2后 1 天</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>触发：%1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1时</translation>
    </message>
    <message>
        <source>on the date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>%1 days before %2</source>
        <translation>%2前 %1 天</translation>
    </message>
    <message>
        <source>%1 days after %2</source>
        <translation>%2后 %1 天</translation>
    </message>
    <message>
        <source>when %1 ≥ %2</source>
        <translation>%1 ≥ %2 时</translation>
    </message>
    <message>
        <source>when %1 ≤ %2</source>
        <translation>当 %1 ≤ %2 时</translation>
    </message>
</context>
<context>
    <name>CareUi</name>
    <message>
        <source>View the map as one tier sees it</source>
        <translation>以某一客户分层的视角查看旅程地图</translation>
    </message>
    <message>
        <source>Care actions</source>
        <translation>关怀动作</translation>
    </message>
    <message>
        <source>Care matrix</source>
        <translation>关怀矩阵</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>视角</translation>
    </message>
    <message>
        <source>Plan: tiers, channels, KPIs…</source>
        <translation>方案：客户分层、渠道、KPI…</translation>
    </message>
    <message>
        <source> View as: </source>
        <translation> 视角： </translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部客户分层</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Emotion (−3 … +3)</source>
        <translation>情绪（−3 … +3）</translation>
    </message>
    <message>
        <source>Care actions at the touchpoint</source>
        <translation>该触点的关怀动作数</translation>
    </message>
    <message>
        <source>Touchpoints in journey order (★ moment of truth)</source>
        <translation>按旅程顺序排列的触点（★ 关键时刻）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Nothing to show: the project has no customer tiers.</source>
        <translation>无可显示内容：项目还没有客户分层。</translation>
    </message>
    <message>
        <source>Human channels: agents required (Erlang C) against agents on duty</source>
        <translation>人工渠道：所需坐席（Erlang C）与在岗坐席</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席数</translation>
    </message>
    <message>
        <source>Share of the tier&apos;s customers over the cap</source>
        <translation>该分层超出接触上限的客户占比</translation>
    </message>
    <message>
        <source>Nothing to show: no human channel has opening hours and a handling time.</source>
        <translation>无可显示内容：没有人工渠道设置了服务时长和处理时长。</translation>
    </message>
    <message>
        <source>{agents} needed for {load} contacts a day</source>
        <translation>每天 {load} 次接触需 {agents} 名坐席</translation>
    </message>
    <message>
        <source>Channels without agents on duty have no marker.</source>
        <translation>未设置在岗坐席的渠道没有标记。</translation>
    </message>
    <message>
        <source>Customers over their contact cap in some {days}-day window</source>
        <translation>在某个 {days} 天窗口内超出接触上限的客户</translation>
    </message>
    <message>
        <source>A simulated share is shown with its 99.99 % margin (the whiskers).</source>
        <translation>模拟得出的占比同时显示其 99.99% 误差范围（误差线）。</translation>
    </message>
    <message>
        <source>Required, normal load</source>
        <translation>所需（平时负荷）</translation>
    </message>
    <message>
        <source>Required at the peak</source>
        <translation>所需（高峰）</translation>
    </message>
    <message>
        <source>Agents on duty</source>
        <translation>在岗坐席</translation>
    </message>
    <message>
        <source>, {answered} answered in time with {agents} on duty</source>
        <translation>，{agents} 名在岗时 {answered} 按时接听</translation>
    </message>
    <message>
        <source>{agents} at “{peak}” ({load} a day)</source>
        <translation>“{peak}”期间需 {agents} 名（每天 {load} 次）</translation>
    </message>
    <message>
        <source>{agents} at the peak (no peak adds load)</source>
        <translation>高峰需 {agents} 名（没有高峰增加负荷）</translation>
    </message>
    <message>
        <source>Erlang C: the fewest agents that answer the target share in time ({targets}), with the day&apos;s contacts spread over the opening hours.</source>
        <translation>Erlang C：按时接听目标占比（{targets}）所需的最少坐席数，当天的接触均匀分布在服务时间内。</translation>
    </message>
    <message>
        <source>A customer is over the cap when some {days}-day window holds more contacts than the tier&apos;s maximum; each tier&apos;s worst journey is shown.</source>
        <translation>若某个 {days} 天窗口内的接触次数超过该分层的上限，客户即超出上限；每个分层显示其最差的旅程。</translation>
    </message>
    <message>
        <source>cap {cap} a window</source>
        <translation>每窗口上限 {cap} 次</translation>
    </message>
    <message>
        <source>Short of agents</source>
        <translation>坐席不足</translation>
    </message>
    <message>
        <source>{share} within {seconds} s</source>
        <translation>{seconds} 秒内 {share}</translation>
    </message>
    <message>
        <source>Over the tolerance</source>
        <translation>超出容忍度</translation>
    </message>
    <message>
        <source>Within the tolerance</source>
        <translation>在容忍度之内</translation>
    </message>
    <message>
        <source>Tolerance ({share})</source>
        <translation>容忍度（{share}）</translation>
    </message>
    <message>
        <source>Nothing to show: this journey has no stages.</source>
        <translation>无可显示内容：这条旅程还没有阶段。</translation>
    </message>
    <message>
        <source>Nothing to show: this journey has no touchpoints yet.</source>
        <translation>无可显示内容：这条旅程还没有触点。</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s moments of truth that have a care action for the tier (covered / total).</source>
        <translation>该阶段的关键时刻中为该客户分层安排了关怀动作的比例（已覆盖 / 总数）。</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Nothing to show: the project has no journey.</source>
        <translation>无可显示内容：项目还没有旅程。</translation>
    </message>
    <message>
        <source>Emotion and care along “{journey}”</source>
        <translation>“{journey}”沿途的情绪与关怀</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>Coverage by stage</source>
        <translation>各阶段覆盖率</translation>
    </message>
    <message>
        <source>Coverage by stage and tier: “{journey}”</source>
        <translation>按阶段和客户分层的覆盖率：“{journey}”</translation>
    </message>
    <message>
        <source>* The stage has no moment of truth: share of its touchpoints instead.</source>
        <translation>* 该阶段没有关键时刻：改为显示其触点的覆盖比例。</translation>
    </message>
    <message>
        <source>– The stage has no touchpoints.</source>
        <translation>– 该阶段没有触点。</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Actions for {tier}</source>
        <translation>{tier}的关怀动作</translation>
    </message>
    <message>
        <source>Human channels: expected daily load against capacity</source>
        <translation>人工渠道：预计日负载与处理能力</translation>
    </message>
    <message>
        <source>Care cost and value per customer, by tier</source>
        <translation>各客户分层的人均关怀成本与客户价值</translation>
    </message>
    <message>
        <source>Contacts per day</source>
        <translation>每日接触次数</translation>
    </message>
    <message>
        <source>Expected daily load</source>
        <translation>预计日负载</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出处理能力</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>每日处理能力</translation>
    </message>
    <message>
        <source>Expected load: monthly entries / 30 × tier share × reach × actions on the channel, all tiers together.</source>
        <translation>预计负载：每月进入人数 / 30 × 分层占比 × 到达率 × 该渠道上的动作数，所有客户分层合计。</translation>
    </message>
    <message>
        <source>Expected contacts per customer</source>
        <translation>每位客户的预计接触次数</translation>
    </message>
    <message>
        <source>Expected contacts</source>
        <translation>预计接触次数</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超过上限</translation>
    </message>
    <message>
        <source>Max contacts per window</source>
        <translation>时间窗内最多接触次数</translation>
    </message>
    <message>
        <source>Expected care cost per customer</source>
        <translation>每位客户的预计关怀成本</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Care cost: reach × cost per contact of every action for the tier, over all journeys.</source>
        <translation>关怀成本：该客户分层每个动作的到达率 × 单次接触成本，合计所有旅程。</translation>
    </message>
    <message>
        <source>Nothing to show: the project has no human channels.</source>
        <translation>无可显示内容：项目没有人工渠道。</translation>
    </message>
    <message>
        <source>Channels without a capacity have no marker.</source>
        <translation>未设置处理能力的渠道没有标记。</translation>
    </message>
    <message>
        <source>{load} of {capacity} a day ({share})</source>
        <translation>每天 {load} / {capacity}（{share}）</translation>
    </message>
    <message>
        <source>Busiest {days}-day window: expected contacts per customer</source>
        <translation>最密集的 {days} 天时间窗：每位客户的预计接触次数</translation>
    </message>
    <message>
        <source>Each tier&apos;s busiest window in any journey; contacts are weighted by the share of customers who reach the touchpoint.</source>
        <translation>各客户分层在任一旅程中最密集的时间窗；接触次数按到达该触点的客户比例加权。</translation>
    </message>
    <message>
        <source>(no contacts)</source>
        <translation>（无接触）</translation>
    </message>
    <message>
        <source>Red: the tier&apos;s care costs more than that of a tier worth more (value mismatch).</source>
        <translation>红色：该客户分层的关怀成本高于价值更高的分层（价值错配）。</translation>
    </message>
    <message>
        <source>{load} a day (no capacity set)</source>
        <translation>每天 {load}（未设处理能力）</translation>
    </message>
    <message>
        <source>days {start}–{end}</source>
        <translation>第 {start}–{end} 天</translation>
    </message>
    <message>
        <source>{value} (limit {limit})</source>
        <translation>{value}（上限 {limit}）</translation>
    </message>
    <message>
        <source> ({share} of value)</source>
        <translation>（占价值的 {share}）</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Emotion curve and care contacts</source>
        <translation>情绪曲线与关怀接触</translation>
    </message>
    <message>
        <source>Coverage of moments of truth (stage × tier)</source>
        <translation>关键时刻覆盖率（阶段 × 客户分层）</translation>
    </message>
    <message>
        <source>Human channels: load vs capacity</source>
        <translation>人工渠道：负载与处理能力</translation>
    </message>
    <message>
        <source>Contacts per window vs each tier&apos;s cap</source>
        <translation>时间窗内接触次数与各分层上限</translation>
    </message>
    <message>
        <source>Care cost per customer vs value</source>
        <translation>人均关怀成本与客户价值</translation>
    </message>
    <message>
        <source>Agents required (Erlang C) vs on duty, normal and peak</source>
        <translation>所需坐席（Erlang C）与在岗坐席，平时与高峰</translation>
    </message>
    <message>
        <source>Customers over their contact cap, per tier</source>
        <translation>超出接触上限的客户（按客户分层）</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ConnectToDialog</name>
    <message>
        <source>Connect “%1” to…</source>
        <translation>把“%1”连接到…</translation>
    </message>
    <message>
        <source>Type to find a card</source>
        <translation>输入文字查找卡片</translation>
    </message>
    <message>
        <source>Find a card</source>
        <translation>查找卡片</translation>
    </message>
    <message>
        <source>Cards to connect to</source>
        <translation>可连接的卡片</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>已经连接</translation>
    </message>
    <message>
        <source>Customers go on to:</source>
        <translation>客户接下来去往：</translation>
    </message>
</context>
<context>
    <name>DeriveTiersDialog</name>
    <message>
        <source>Derive tiers from customer data</source>
        <translation>根据客户数据划分客户分层</translation>
    </message>
    <message>
        <source>Choose transactions file…</source>
        <translation>选择交易数据文件…</translation>
    </message>
    <message>
        <source>CSV, text or Excel: customer id, date, amount.</source>
        <translation>CSV、文本或 Excel 文件：客户 ID、日期、金额。</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>Spend (monetary)</source>
        <translation>消费金额（M）</translation>
    </message>
    <message>
        <source>Purchase days (frequency)</source>
        <translation>购买天数（F）</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>最近一次购买（R）</translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>Rank customers by</source>
        <translation>客户排序依据</translation>
    </message>
    <message>
        <source>Share for %1</source>
        <translation>%1的占比</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Average spend</source>
        <translation>平均消费</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was changed.</source>
        <translation>已停止读取，没有做任何修改。</translation>
    </message>
    <message>
        <source>%1 customers, revenue %2. %3</source>
        <translation>%1 位客户，营收 %2。%3</translation>
    </message>
</context>
<context>
    <name>DiskChanged</name>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Saving now would replace that version with yours. What do you want to do?</source>
        <translation>现在保存会用您的版本替换那个版本。您要怎么做？</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save here</source>
        <translation>保存到此处(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reload (discard my changes)</source>
        <translation>重新载入(&amp;R)（放弃我的修改）</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed by another program since you opened it.</source>
        <translation>自您打开“%1”以来，它已被其他程序删除或重命名。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened or last saved it.</source>
        <translation>自您打开或上次保存“%1”以来，它已被其他程序修改。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Add touchpoint</source>
        <translation>添加触点</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit card “%1”: %2</source>
        <translation>编辑卡片“%1”：%2</translation>
    </message>
    <message>
        <source>Connect “%1” → “%2”</source>
        <translation>连接“%1”→“%2”</translation>
    </message>
    <message>
        <source>Change share “%1” → “%2”</source>
        <translation>修改比例“%1”→“%2”</translation>
    </message>
    <message>
        <source>Rename stage “%1”</source>
        <translation>重命名阶段“%1”</translation>
    </message>
    <message>
        <source>Rename journey “%1”</source>
        <translation>重命名旅程“%1”</translation>
    </message>
    <message>
        <source>Edit journey “%1”: %2</source>
        <translation>编辑旅程“%1”：%2</translation>
    </message>
    <message>
        <source>Mark entry/exit</source>
        <translation>标记入口/出口</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>移动阶段</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>添加旅程</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>删除旅程</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
</context>
<context>
    <name>EditChecks</name>
    <message>
        <source>Only {left} % of the customers here are left to share out; lower another arrow leaving this card first.</source>
        <translation>这里只剩 {left}% 的客户可以分配；请先调低从这张卡片出发的其他箭头。</translation>
    </message>
</context>
<context>
    <name>EmptyMapHint</name>
    <message>
        <source>Double-click in a stage to add a touchpoint</source>
        <translation>在阶段中双击即可添加触点</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>invalid project</source>
        <translation>项目无效</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 个问题）</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Cannot open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Journey projects (*.journey *.json);;All files (*)</source>
        <translation>旅程项目 (*.journey *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opening cancelled; the open project is as it was.</source>
        <translation>已取消打开；当前项目保持原样。</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>项目已被打开</translation>
    </message>
    <message>
        <source>“%1” is already open in %2. If you both save, one of you loses work. Open it anyway?</source>
        <translation>“%1”已在 %2 中打开。如果双方都保存，其中一方的工作会丢失。仍要打开吗？</translation>
    </message>
    <message>
        <source>Opened a file from an older version; the original is kept as %1</source>
        <translation>打开的是旧版本的文件；原文件已保留为 %1</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk</source>
        <translation>已从磁盘重新载入 %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Journey project (*.journey);;JSON (*.json)</source>
        <translation>旅程项目 (*.journey);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>the project holds text that cannot be stored (%1)</source>
        <translation>项目中含有无法存储的文字（%1）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2

Your changes are still here; save again or choose another place with Save As.</source>
        <translation>“%1”未能保存：%2

您的修改仍在窗口中；请再次保存，或用“另存为”选择其他位置。</translation>
    </message>
    <message>
        <source>Unsaved work could not be autosaved to %1: %2</source>
        <translation>未保存的工作无法自动保存到 %1：%2</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <source>Save the project to keep your changes.</source>
        <translation>请保存项目以保留您的修改。</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（没有最近的文件）</translation>
    </message>
</context>
<context>
    <name>FixFirstDialog</name>
    <message>
        <source>Fix first</source>
        <translation>优先修复</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Tiers without care</source>
        <translation>缺少关怀的客户分层</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ranked by reach × (negative emotion, moment of truth, pain points) × the share of customers in tiers without care there. Double-click a row to go to the touchpoint.</source>
        <translation>排序依据：到达率 ×（负面情绪、关键时刻、痛点）× 在此缺少关怀的客户分层所占的客户比例。双击一行可跳转到该触点。</translation>
    </message>
</context>
<context>
    <name>GapFixes</name>
    <message>
        <source>Set agents to %1</source>
        <translation>将坐席数设为 %1</translation>
    </message>
    <message>
        <source>Drop the courtesy contact “%1” for %2</source>
        <translation>对%2取消礼节性接触“%1”</translation>
    </message>
    <message>
        <source>Put channel %1 in context group %2</source>
        <translation>将渠道 %1 放入上下文组 %2</translation>
    </message>
    <message>
        <source>Raise %1&apos;s contact cap to %2</source>
        <translation>将%1的接触上限提高到 %2</translation>
    </message>
    <message>
        <source>Move “%1” to a later day (day %2)</source>
        <translation>将“%1”推迟到较晚的一天（第 %2 天）</translation>
    </message>
    <message>
        <source>Drop the marketing action “%1” for %2</source>
        <translation>对%2取消营销动作“%1”</translation>
    </message>
    <message>
        <source>Swap care levels of %1 and %2</source>
        <translation>互换 %1 与 %2 的关怀级别</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>在地图上标出</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部客户分层</translation>
    </message>
    <message>
        <source>%1 gap(s) shown of %2</source>
        <translation>显示 %1 个盲区，共 %2 个</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>Show in the Plan</source>
        <translation>在计划中显示</translation>
    </message>
    <message>
        <source>Add care action here for %1</source>
        <translation>在此为%1添加关怀动作</translation>
    </message>
</context>
<context>
    <name>GapsUi</name>
    <message>
        <source>Gaps</source>
        <translation>关怀盲区</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>关怀盲区列表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Care for %1 at %2</source>
        <translation>%2的%1关怀</translation>
    </message>
    <message>
        <source>More care cannot close this gap.</source>
        <translation>增加关怀无法弥补这个缺口。</translation>
    </message>
    <message>
        <source>Add care for %1 at “%2”</source>
        <translation>在“%2”为%1添加关怀</translation>
    </message>
    <message>
        <source>Care added for %1, but every way to add it opens a gap: %2</source>
        <translation>已为%1添加关怀，但每种添加方式都会产生新的缺口：%2</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>优先修复</translation>
    </message>
    <message>
        <source>Nothing to fix first: no uncovered pain points or moments of truth were found.</source>
        <translation>没有需要优先修复的地方：没有发现未覆盖的痛点或关键时刻。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>the installed package carries no manual</source>
        <translation>安装的程序包中没有使用手册</translation>
    </message>
    <message>
        <source>User Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>The manual could not be found: %1</source>
        <translation>找不到使用手册：%1</translation>
    </message>
    <message>
        <source>No program is set up to open the manual. It is here:
%1</source>
        <translation>没有设置用来打开使用手册的程序。手册位于：
%1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import workbook: %1</source>
        <translation>导入工作簿：%1</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n care action(s) whose rows are gone from the sheet</source>
        <translation>
            <numerusform>同时删除表格中已不存在对应行的 %n 个关怀动作</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: changed both in the project and in the workbook since the export — choose which value to keep</source>
        <translation>冲突：导出后项目和工作簿都做了修改——请选择保留哪个值</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Keep the project&apos;s value</source>
        <translation>保留项目的值</translation>
    </message>
    <message>
        <source>Take the workbook&apos;s value</source>
        <translation>采用工作簿的值</translation>
    </message>
    <message>
        <source>Keep all the project&apos;s values</source>
        <translation>全部保留项目的值</translation>
    </message>
    <message>
        <source>Take all the workbook&apos;s values</source>
        <translation>全部采用工作簿的值</translation>
    </message>
    <message>
        <source>The workbook has invalid cells (listed in red). Correct them in the workbook and import again; nothing was changed.</source>
        <translation>工作簿中有无效的单元格（以红色列出）。请在工作簿中更正后重新导入；没有做任何修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide; nothing is applied before.</source>
        <translation>
            <numerusform>还有 %n 处冲突待决定；决定之前不会应用任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes.</source>
        <translation>工作簿中没有任何修改。</translation>
    </message>
</context>
<context>
    <name>JourneyCard</name>
    <message>
        <source>MoT</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>补救</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <source>Improvement opportunities, one per line</source>
        <translation>改进机会，每行一条</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>旅程名称</translation>
    </message>
    <message>
        <source>Customers entering per month</source>
        <translation>每月进入的客户数</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>改进机会</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Backstage (below the line of visibility)</source>
        <translation>后台（可视线以下）</translation>
    </message>
    <message>
        <source>Bars: care actions for %1 at each card</source>
        <translation>柱：各卡片上 %1 的关怀动作数</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>新触点</translation>
    </message>
</context>
<context>
    <name>JourneyTabs</name>
    <message>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>Arrow keys select the nearest card; Alt+arrows move it; Enter renames it; Ctrl+L connects it to another card.</source>
        <translation>方向键选择最近的卡片；Alt+方向键移动卡片；回车重命名；Ctrl+L 把它连接到另一张卡片。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>CRITICAL</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>credit card care</source>
        <translation>信用卡客户关怀</translation>
    </message>
    <message>
        <source>ecommerce aftersales zh</source>
        <translation>电商售后关怀（中文）</translation>
    </message>
    <message>
        <source>saas onboarding renewal</source>
        <translation>SaaS 客户上手与续费</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Care matrix</source>
        <translation>关怀矩阵</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>旅程地图</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>从示例新建(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Journey Designer</source>
        <translation>%1[*] — Journey Designer</translation>
    </message>
    <message>
        <source>Export slides</source>
        <translation>导出幻灯片</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot export slides</source>
        <translation>无法导出幻灯片</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>MapEditing</name>
    <message>
        <source>New touchpoint</source>
        <translation>新触点</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Delete the stage “%1” and its %2 touchpoint(s)? You can undo this.</source>
        <translation>删除阶段“%1”及其中的 %2 个触点？此操作可以撤销。</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>新旅程</translation>
    </message>
    <message>
        <source>Journey name:</source>
        <translation>旅程名称：</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation>重命名旅程</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>删除旅程</translation>
    </message>
    <message>
        <source>A project keeps at least one journey.</source>
        <translation>项目至少要保留一条旅程。</translation>
    </message>
    <message>
        <source>Delete the journey “%1” with its %2 touchpoint(s)? You can undo this.</source>
        <translation>删除旅程“%1”及其中的 %2 个触点？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Check project</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Delete stage…</source>
        <translation>删除阶段…</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Journey entry</source>
        <translation>旅程入口</translation>
    </message>
    <message>
        <source>Journey exit</source>
        <translation>旅程出口</translation>
    </message>
    <message>
        <source>Emotion −3 … +3</source>
        <translation>情绪 −3 … +3</translation>
    </message>
    <message>
        <source>Tier dots, filled where the tier has care actions</source>
        <translation>等级圆点，实心表示该等级在此有关怀动作</translation>
    </message>
    <message>
        <source>Covered for the tier</source>
        <translation>该等级已覆盖</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Moment of truth not covered</source>
        <translation>关键时刻未覆盖</translation>
    </message>
    <message>
        <source>Seen by %1:</source>
        <translation>%1视角：</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{place}: removed in theirs, kept: {problem}</source>
        <translation>{place}：对方已删除，仍保留：{problem}</translation>
    </message>
    <message>
        <source>{place}: {field}: base {base}, ours {ours}, theirs {theirs}</source>
        <translation>{place}：{field}：基准 {base}，我方 {ours}，对方 {theirs}</translation>
    </message>
    <message>
        <source>{place}: removed in ours, changed in theirs — stays removed</source>
        <translation>{place}：我方已删除，对方有修改 — 仍为删除</translation>
    </message>
    <message>
        <source>{place}: {problem} — the merged project would have this problem, so ours was kept as it was</source>
        <translation>{place}：{problem} — 合并结果会有此问题，因此原样保留我方版本</translation>
    </message>
    <message>
        <source>{place}: added in theirs, left out: {problem}</source>
        <translation>{place}：对方新增，未并入：{problem}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source> — ours kept: {problem}</source>
        <translation> — 保留我方：{problem}</translation>
    </message>
    <message>
        <source>{place}: removed in theirs, changed in ours — ours kept</source>
        <translation>{place}：对方已删除，我方有修改 — 保留我方</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>tier &quot;{name}&quot; ({id})</source>
        <translation>客户等级“{name}”（{id}）</translation>
    </message>
    <message>
        <source>channel &quot;{name}&quot; ({id})</source>
        <translation>渠道“{name}”（{id}）</translation>
    </message>
    <message>
        <source>journey &quot;{name}&quot; ({id})</source>
        <translation>旅程“{name}”（{id}）</translation>
    </message>
    <message>
        <source>action &quot;{name}&quot; ({id})</source>
        <translation>关怀动作“{name}”（{id}）</translation>
    </message>
    <message>
        <source>KPI &quot;{name}&quot;</source>
        <translation>KPI“{name}”</translation>
    </message>
    <message>
        <source>phase &quot;{name}&quot;</source>
        <translation>实施阶段“{name}”</translation>
    </message>
    <message>
        <source>risk &quot;{name}&quot;</source>
        <translation>风险“{name}”</translation>
    </message>
    <message>
        <source>stage &quot;{name}&quot; ({id})</source>
        <translation>阶段“{name}”（{id}）</translation>
    </message>
    <message>
        <source>touchpoint &quot;{name}&quot; ({id})</source>
        <translation>触点“{name}”（{id}）</translation>
    </message>
    <message>
        <source>it refers to {what}, which the merged project does not have</source>
        <translation>它引用了{what}，而合并结果中没有该对象</translation>
    </message>
    <message>
        <source>it would end ({end}) before it starts ({start})</source>
        <translation>结束日期（{end}）将早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>journey &quot;{name}&quot;</source>
        <translation>旅程“{name}”</translation>
    </message>
    <message>
        <source>{journey}, {what}</source>
        <translation>{journey}，{what}</translation>
    </message>
    <message>
        <source>tier shares would sum to {total}</source>
        <translation>各客户等级的占比之和将为 {total}</translation>
    </message>
    <message>
        <source>{journey}, transition &quot;{name}&quot;</source>
        <translation>{journey}，流转“{name}”</translation>
    </message>
    <message>
        <source>theirs removed it, but {place} still uses it</source>
        <translation>对方删除了它，但{place}仍在使用</translation>
    </message>
    <message>
        <source>touchpoint {id}</source>
        <translation>触点 {id}</translation>
    </message>
    <message>
        <source>channel {id}</source>
        <translation>渠道 {id}</translation>
    </message>
    <message>
        <source>shares leaving {place} would sum to {total}</source>
        <translation>从{place}流出的分流比例之和将为 {total}</translation>
    </message>
    <message>
        <source>stage {id}</source>
        <translation>阶段 {id}</translation>
    </message>
    <message>
        <source>tier {id}</source>
        <translation>客户等级 {id}</translation>
    </message>
    <message>
        <source>id {id} is also used by {place}</source>
        <translation>ID {id} 也被{place}使用</translation>
    </message>
</context>
<context>
    <name>PeaksEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Busy periods of “%1” (daily entries × factor)</source>
        <translation>“%1”的高峰期（日进入量 × 倍数）</translation>
    </message>
    <message>
        <source>New peak</source>
        <translation>新高峰</translation>
    </message>
</context>
<context>
    <name>PeaksModel</name>
    <message>
        <source>Peak</source>
        <translation>高峰</translation>
    </message>
    <message>
        <source>Starts (MM-DD)</source>
        <translation>开始（月-日）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Factor on daily entries</source>
        <translation>日进入量倍数</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
</context>
<context>
    <name>PictureOptionsDialog</name>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Screen size</source>
        <translation>屏幕尺寸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>On paper, a PDF may have several pages, broken between stages, so that the text stays readable. A PNG or SVG is always one sheet.</source>
        <translation>按纸张导出时，PDF 可能分为多页（在阶段之间分页），以保证文字清晰可读。PNG 或 SVG 始终为一页。</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
</context>
<context>
    <name>PlanEditingApi</name>
    <message>
        <source>tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>care action</source>
        <translation>关怀动作</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>执行阶段</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Edit project “%1”: %2</source>
        <translation>编辑项目“%1”：%2</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>添加%1“%2”</translation>
    </message>
    <message>
        <source>Edit %1 “%2”: %3</source>
        <translation>编辑%1“%2”：%3</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>删除%1“%2”</translation>
    </message>
    <message>
        <source>Reorder %1 “%2”</source>
        <translation>调整%1“%2”的顺序</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>message</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>delight points</source>
        <translation>惊喜点</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>monthly entries</source>
        <translation>每月进入人数</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Delete tier</source>
        <translation>删除客户分层</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>Care for %1 at %2</source>
        <translation>%2的%1关怀</translation>
    </message>
    <message>
        <source>Add care for %1 at “%2”</source>
        <translation>在“%2”为%1添加关怀</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate care action</source>
        <translation>复制关怀动作</translation>
    </message>
    <message numerus="yes">
        <source>Add care action to %n touchpoint(s)</source>
        <translation>
            <numerusform>为 %n 个触点添加关怀动作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n care action(s)</source>
        <translation>
            <numerusform>修改 %n 个关怀动作的负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n care action(s)</source>
        <translation>
            <numerusform>删除 %n 个关怀动作</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>执行阶段</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>高峰</translation>
    </message>
    <message>
        <source>Derive from customer data…</source>
        <translation>根据客户数据划分…</translation>
    </message>
</context>
<context>
    <name>PlanListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新客户分层</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>新执行阶段</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Delete tier</source>
        <translation>删除客户分层</translation>
    </message>
    <message numerus="yes">
        <source>%n care action(s) are planned for “%1”. Remove the tier from them and delete it?</source>
        <translation>
            <numerusform>有 %n 个关怀动作面向“%1”。要把这个客户分层从这些动作中移除并删除它吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to %1</source>
        <translation>改用%1</translation>
    </message>
    <message>
        <source>Delete those care actions</source>
        <translation>删除这些关怀动作</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>删除渠道</translation>
    </message>
    <message numerus="yes">
        <source>%n care action(s) use “%1”. What should happen to them?</source>
        <translation>
            <numerusform>有 %n 个关怀动作使用“%1”。这些动作要如何处理？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLists</name>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>关怀层级</translation>
    </message>
    <message>
        <source>Max contacts per window</source>
        <translation>时间窗内最多接触次数</translation>
    </message>
    <message>
        <source>Human touch at moments of truth</source>
        <translation>关键时刻需人工关怀</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>每日处理能力</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>单次接触成本</translation>
    </message>
    <message>
        <source>Context group (shared history)</source>
        <translation>上下文组（共享客户历史）</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每日服务小时</translation>
    </message>
    <message>
        <source>Handling minutes</source>
        <translation>平均处理分钟</translation>
    </message>
    <message>
        <source>Agents on duty</source>
        <translation>在岗坐席</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>服务水平 (%)</translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation>应答时限（秒）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>执行阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tasks (separate with ;)</source>
        <translation>任务（用 ; 分隔）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>需要填写名称。</translation>
    </message>
    <message>
        <source>A share is from 0 to 100 %.</source>
        <translation>占比应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>A number ≥ 0 is needed.</source>
        <translation>需要一个 ≥ 0 的数字。</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础关怀</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>深度关怀</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>专属关怀</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>“%1”不是有效的%2。</translation>
    </message>
    <message>
        <source>Choose one of: %1</source>
        <translation>请选择以下之一：%1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>The language changes the next time Journey Designer starts.</source>
        <translation>语言将在下次启动 Journey Designer 时更改。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Journey Designer.</source>
        <translation>新的语言将在下次启动 Journey Designer 时生效。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Touchpoints with care</source>
        <translation>有关怀的触点</translation>
    </message>
    <message>
        <source>Moments of truth with care</source>
        <translation>有关怀的关键时刻</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>主要关怀盲区</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints</source>
        <translation>%1 个阶段，%2 个触点</translation>
    </message>
    <message>
        <source>%1. %2 · part %3 of %4</source>
        <translation>%1. %2 · 第 %3 部分，共 %4 部分</translation>
    </message>
    <message>
        <source>Gap marks on</source>
        <translation>已在地图上标出关怀盲区</translation>
    </message>
    <message>
        <source>Gap marks off</source>
        <translation>已取消关怀盲区标记</translation>
    </message>
    <message>
        <source>Emotion curve shown</source>
        <translation>已显示情绪曲线</translation>
    </message>
    <message>
        <source>Emotion curve hidden</source>
        <translation>已隐藏情绪曲线</translation>
    </message>
    <message>
        <source>Backstage lane shown</source>
        <translation>已显示后台泳道</translation>
    </message>
    <message>
        <source>Backstage lane hidden</source>
        <translation>已隐藏后台泳道</translation>
    </message>
    <message>
        <source>Viewing as tier %1: %2</source>
        <translation>按第 %1 个客户分层查看：%2</translation>
    </message>
    <message>
        <source>Viewing all tiers</source>
        <translation>查看全部客户分层</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Note an improvement opportunity:</source>
        <translation>记下一个改进机会：</translation>
    </message>
    <message>
        <source>Note taken for %1: %2</source>
        <translation>已为“%1”记下：%2</translation>
    </message>
    <message>
        <source>Note taken: %1</source>
        <translation>已记下：%1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>could not be written ({reason})</source>
        <translation>无法写入（{reason}）</translation>
    </message>
    <message>
        <source>cannot be saved: a folder named {name} is beside it</source>
        <translation>无法保存：旁边有一个名为 {name} 的文件夹</translation>
    </message>
    <message>
        <source>could not be written: it holds a lone surrogate U+{code:04X}, which no file can store</source>
        <translation>无法写入：其中含有孤立的代理字符 U+{code:04X}，任何文件都无法保存它</translation>
    </message>
    <message>
        <source>an infinite number</source>
        <translation>无穷大的数</translation>
    </message>
    <message>
        <source>holds a value of the wrong kind</source>
        <translation>含有类型错误的值</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>holds a value no file can store</source>
        <translation>含有任何文件都无法保存的值</translation>
    </message>
    <message>
        <source>a value of another kind</source>
        <translation>其他类型的值</translation>
    </message>
    <message>
        <source>table {table}, row {row}, column {column}</source>
        <translation>表 {table}，第 {row} 行，列 {column}</translation>
    </message>
    <message>
        <source>its tables</source>
        <translation>其各表</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>表 {table}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>text of {count} bytes (the most a value may take is {limit})</source>
        <translation>长 {count} 字节的文本（一个值最多 {limit} 字节）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>{held} where {expected} is expected</source>
        <translation>此处应为{expected}，却是{held}</translation>
    </message>
    <message>
        <source>table {table}, column {column}</source>
        <translation>表 {table}，列 {column}</translation>
    </message>
    <message>
        <source>is computed (a generated column); project files store values</source>
        <translation>是计算列（生成列）；项目文件只保存数值</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>a real number</source>
        <translation>实数</translation>
    </message>
    <message>
        <source>hold {count} values; Journey Designer opens projects of up to {limit} values (about 120,000 touchpoints with their care actions)</source>
        <translation>共有 {count} 个值；Journey Designer 只能打开不超过 {limit} 个值的项目（约 120,000 个触点及其关怀动作）</translation>
    </message>
    <message>
        <source>is a {kind}, not a table</source>
        <translation>是 {kind}，不是表</translation>
    </message>
    <message>
        <source>has no column {column}</source>
        <translation>没有列 {column}</translation>
    </message>
    <message>
        <source>has a default value of {count} characters</source>
        <translation>有一个长 {count} 个字符的默认值</translation>
    </message>
    <message>
        <source>table {table}, row {row}</source>
        <translation>表 {table}，第 {row} 行</translation>
    </message>
    <message>
        <source>its values together take more than {limit} bytes</source>
        <translation>其各值合计超过 {limit} 字节</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8 (byte {index})</source>
        <translation>不是有效 UTF-8 的文本（第 {index} 字节）</translation>
    </message>
    <message>
        <source>is empty, not a Journey Designer project</source>
        <translation>是空文件，不是 Journey Designer 项目</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it is not an SQLite database)</source>
        <translation>不是 Journey Designer 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>is truncated (shorter than an SQLite header)</source>
        <translation>文件不完整（比 SQLite 文件头还短）</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device): projects are read from files</source>
        <translation>不是普通文件（是管道或设备）：项目只能从文件读取</translation>
    </message>
    <message>
        <source>is {size} MB; Journey Designer opens project files of up to {limit} MB</source>
        <translation>大小为 {size} MB；Journey Designer 只能打开不超过 {limit} MB 的项目文件</translation>
    </message>
    <message>
        <source>cannot be read: {sidecar} beside it holds changes by another program that could not be applied in a copy ({reason})</source>
        <translation>无法读取：旁边的 {sidecar} 含有其他程序所做的更改，无法在副本中应用（{reason}）</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Journey Designer project (no meta table)</source>
        <translation>是 SQLite 数据库，但不是 Journey Designer 项目（没有 meta 表）</translation>
    </message>
    <message>
        <source>is an SQLite database written by another program</source>
        <translation>是由其他程序写入的 SQLite 数据库</translation>
    </message>
    <message>
        <source>a newer version</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <source>{value} is not a list of texts</source>
        <translation>{value} 不是文本列表</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>is damaged: the project table is empty</source>
        <translation>项目文件已损坏：project 表为空</translation>
    </message>
    <message>
        <source>is truncated: {size} bytes of the {expected} it should have</source>
        <translation>文件不完整：应有 {expected} 字节，实际只有 {size} 字节</translation>
    </message>
    <message>
        <source>is a folder, not a file: nothing was written</source>
        <translation>是一个文件夹，不是文件：未写入任何内容</translation>
    </message>
    <message>
        <source>is read-only, so it was not replaced: save under another name, or make the file writable first</source>
        <translation>是只读文件，因此未被替换：请另存为其他名称，或先将文件设为可写</translation>
    </message>
    <message>
        <source>could not be written: {place}: {problem}</source>
        <translation>无法写入：{place}：{problem}</translation>
    </message>
    <message>
        <source>has no readable schema_version in its meta table (it holds {value}; versions are whole numbers from 1)</source>
        <translation>meta 表中没有可读的 schema_version（其值为 {value}；版本号是从 1 起的整数）</translation>
    </message>
    <message>
        <source>was written by Journey Designer {writer} (file schema {version}); this version reads schema {supported} and older — please update the program</source>
        <translation>由 Journey Designer {writer} 写入（文件结构版本 {version}）；当前版本只能读取结构版本 {supported} 及更早的文件 — 请更新程序</translation>
    </message>
    <message>
        <source>is incomplete: missing table(s) {tables}</source>
        <translation>项目文件不完整：缺少表 {tables}</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <source>is damaged: {place}: {problem}</source>
        <translation>已损坏：{place}：{problem}</translation>
    </message>
    <message>
        <source>is too big to open: {place} {problem}</source>
        <translation>太大，无法打开：{place}{problem}</translation>
    </message>
    <message>
        <source> (with {sidecar} beside it applied)</source>
        <translation>（已应用旁边的 {sidecar}）</translation>
    </message>
    <message>
        <source>is damaged and cannot be read ({reason})</source>
        <translation>项目文件已损坏，无法读取（{reason}）</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>未设预算</translation>
    </message>
    <message>
        <source>The share of a tier&apos;s customers (%) allowed more contacts than the tier&apos;s cap within the window.</source>
        <translation>允许在窗口期内接触次数超过该等级上限的客户占比 (%)。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>不检查</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>方案语言</translation>
    </message>
    <message>
        <source>Care budget per month</source>
        <translation>每月关怀预算</translation>
    </message>
    <message>
        <source>Fatigue tolerance (%)</source>
        <translation>疲劳容忍度 (%)</translation>
    </message>
    <message>
        <source>Longest care silence (days)</source>
        <translation>最长关怀空白期（天）</translation>
    </message>
    <message>
        <source>Type an amount of money, or leave it empty.</source>
        <translation>请输入金额，或留空。</translation>
    </message>
    <message>
        <source>Type a share in %, e.g. 5.</source>
        <translation>请输入百分比，例如 5。</translation>
    </message>
    <message>
        <source>Type a whole number of days, or leave it empty.</source>
        <translation>请输入整数天数，或留空。</translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <source>Expecting value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字符串没有结束，起始于</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>无效的控制字符，位于</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <source>expected a JSON object describing a project</source>
        <translation>应为描述项目的 JSON 对象</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空文件</translation>
    </message>
    <message>
        <source>is larger than {size} MB, the limit for a JSON project (save it as a .journey file instead)</source>
        <translation>大于 {size} MB，超过 JSON 项目的上限（请改存为 .journey 文件）</translation>
    </message>
    <message>
        <source>holds about {count} values, more than the limit of {limit}</source>
        <translation>含约 {count} 个值，超过上限 {limit}</translation>
    </message>
    <message>
        <source>values are nested too deeply (more than {limit} levels)</source>
        <translation>值的嵌套层数太深（超过 {limit} 层）</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate escape (\ud800-\udfff), which is no character</source>
        <translation>文本含有孤立的代理项转义（\ud800-\udfff），它不是字符</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>应为整数，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>应为数字，实际为 {value}</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>应为对象，实际为 {value}</translation>
    </message>
    <message>
        <source>{problem}: line {line} column {column} (char {position})</source>
        <translation>{problem}：第 {line} 行第 {column} 列（第 {position} 个字符）</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>应为文本，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation>应为列表，实际为 {value}</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>应为 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>{found} is not a Journey Designer project format</source>
        <translation>{found} 不是 Journey Designer 项目格式</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too large</source>
        <translation>{digits} 位的数字太大</translation>
    </message>
    <message>
        <source>text of {length} characters is longer than the limit of {limit}</source>
        <translation>文本长 {length} 个字符，超过上限 {limit}</translation>
    </message>
    <message>
        <source>unknown key {names}; known keys: {known}</source>
        <translation>未知的键 {names}；可用的键：{known}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>{found} was written by a newer Journey Designer; this one reads {supported}</source>
        <translation>{found} 由较新版本的 Journey Designer 写入；当前版本只能读取 {supported}</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {position})</source>
        <translation>不是 UTF-8 文本（第 {position} 个字节）</translation>
    </message>
    <message>
        <source>expected a whole number that fits in 64 bits, got {value}</source>
        <translation>应为 64 位以内的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>the number {value} is too large (the limit is about 1.8e308)</source>
        <translation>数字 {value} 太大（上限约为 1.8e308）</translation>
    </message>
    <message>
        <source>missing required key {key}</source>
        <translation>缺少必需的键 {key}</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>process {pid} on {host} (since {since})</source>
        <translation>主机 {host} 上的进程 {pid}（自 {since} 起）</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Drawing the map… %1 of %2 cards</source>
        <translation>正在绘制地图… 卡片 %1 / %2</translation>
    </message>
    <message>
        <source>Drawing the map… %1 of %2 arrows</source>
        <translation>正在绘制地图… 箭头 %1 / %2</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select a card, an arrow or a stage header.</source>
        <translation>请选择一张卡片、一条箭头或一个阶段标题。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Journey Designer did not close properly. This work was autosaved and never saved. Choose what to do with each; what you keep is offered again next time.</source>
        <translation>Journey Designer 上次未正常关闭。以下工作已自动保存但从未保存。请为每一项选择处理方式；保留的项下次启动时会再次提供。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存于</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>保留到下次</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Unknown project (damaged recovery information)</source>
        <translation>未知项目（恢复信息已损坏）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 — never saved</source>
        <translation>%1 — 从未保存</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>项目文件：%1</translation>
    </message>
    <message>
        <source>Autosave: %1</source>
        <translation>自动保存文件：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The autosave %1 could not be read: %2</source>
        <translation>无法读取自动保存文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>uncovered moment of truth</source>
        <translation>关键时刻未覆盖</translation>
    </message>
    <message>
        <source>uncovered pain point</source>
        <translation>痛点未覆盖</translation>
    </message>
    <message>
        <source>care silence</source>
        <translation>关怀空白</translation>
    </message>
    <message>
        <source>contact fatigue</source>
        <translation>接触疲劳</translation>
    </message>
    <message>
        <source>marketing in service recovery</source>
        <translation>服务补救中夹带营销</translation>
    </message>
    <message>
        <source>channel overload</source>
        <translation>渠道超负荷</translation>
    </message>
    <message>
        <source>value mismatch</source>
        <translation>价值与投入不匹配</translation>
    </message>
    <message>
        <source>missing human touch</source>
        <translation>缺少人工接触</translation>
    </message>
    <message>
        <source>unreachable touchpoint</source>
        <translation>无法到达的触点</translation>
    </message>
    <message>
        <source>dead end</source>
        <translation>死胡同</translation>
    </message>
    <message>
        <source>orphan action</source>
        <translation>孤立的关怀动作</translation>
    </message>
    <message>
        <source>understaffed channel</source>
        <translation>渠道人手不足</translation>
    </message>
    <message>
        <source>context lost</source>
        <translation>客户信息断层</translation>
    </message>
    <message>
        <source>care level order</source>
        <translation>关怀层级倒挂</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>优先处理</translation>
    </message>
    <message>
        <source>Channels (expected contacts a day)</source>
        <translation>渠道（预计每日接触量）</translation>
    </message>
    <message>
        <source>Staffing (Erlang C; peak: the busiest day of the year)</source>
        <translation>人员配置（Erlang C；高峰：全年最忙的一天）</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <source>Care cost per customer</source>
        <translation>每位客户的关怀成本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Project and settings</source>
        <translation>项目与设置</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>流转</translation>
    </message>
    <message>
        <source>Care actions</source>
        <translation>关怀动作</translation>
    </message>
    <message>
        <source>Coverage: the project has no tiers</source>
        <translation>覆盖情况：项目中没有客户等级</translation>
    </message>
    <message>
        <source>Gaps: none</source>
        <translation>缺口：无</translation>
    </message>
    <message>
        <source>Fix first: nothing stands out</source>
        <translation>优先处理：没有特别突出的问题</translation>
    </message>
    <message>
        <source>OVERLOADED</source>
        <translation>超负荷</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>过多</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} / {whole}</translation>
    </message>
    <message>
        <source>{count} {severity}</source>
        <translation>{severity} {count} 个</translation>
    </message>
    <message>
        <source>Gaps: {counts}</source>
        <translation>缺口：{counts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Contact fatigue (customers over their limit in some {days}-day window)</source>
        <translation>触达疲劳（在某个 {days} 天窗口内超过上限的客户）</translation>
    </message>
    <message>
        <source>budget {limit}</source>
        <translation>预算 {limit}</translation>
    </message>
    <message>
        <source>Monthly cost {total} ({limit})</source>
        <translation>每月费用 {total}（{limit}）</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确计算</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超限</translation>
    </message>
    <message>
        <source>most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>contacts a day</source>
        <translation>每天接触次数</translation>
    </message>
    <message>
        <source>Erlangs</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>所需坐席</translation>
    </message>
    <message>
        <source>needed at peak</source>
        <translation>高峰所需</translation>
    </message>
    <message>
        <source>on duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Analysis of &apos;{project}&apos;</source>
        <translation>“{project}”的分析</translation>
    </message>
    <message>
        <source>{journeys} journey(s), {touchpoints} touchpoints, {actions} care actions; tiers: {tiers}</source>
        <translation>{journeys} 条旅程，{touchpoints} 个触点，{actions} 个关怀动作；客户等级：{tiers}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Changes from &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>从“{old}”到“{new}”的改动</translation>
    </message>
    <message>
        <source>no changes to the plan</source>
        <translation>计划没有改动</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>touchpoints covered</source>
        <translation>已覆盖触点</translation>
    </message>
    <message>
        <source>moments of truth covered</source>
        <translation>已覆盖关键时刻</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>care cost</source>
        <translation>关怀成本</translation>
    </message>
    <message>
        <source>value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{rank}. {touchpoint} ({where}) — score {score}</source>
        <translation>{rank}. {touchpoint}（{where}）— 得分 {score}</translation>
    </message>
    <message>
        <source>{tier}: touchpoints covered {covered}, moments of truth covered {mot}</source>
        <translation>{tier}：已覆盖触点 {covered}，已覆盖关键时刻 {mot}</translation>
    </message>
    <message>
        <source> (in &apos;{journey}&apos;)</source>
        <translation>（位于“{journey}”）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>simulated ±{margin}</source>
        <translation>模拟估计 ±{margin}</translation>
    </message>
    <message>
        <source>journey &apos;{name}&apos;</source>
        <translation>旅程“{name}”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>stage &apos;{name}&apos;</source>
        <translation>阶段“{name}”</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
</context>
<context>
    <name>SlidesExport</name>
    <message>
        <source>Writing slides to %1…</source>
        <translation>正在将幻灯片写入 %1…</translation>
    </message>
    <message>
        <source>Writing slide %1 of %2…</source>
        <translation>正在写入第 %1 张幻灯片（共 %2 张）…</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>Stage name</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要一个名称。</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>Service recovery (complaint, refund, repair)</source>
        <translation>服务补救（投诉、退款、维修）</translation>
    </message>
    <message>
        <source>Customers enter the journey here</source>
        <translation>客户从这里进入旅程</translation>
    </message>
    <message>
        <source>Customers leave the journey here</source>
        <translation>客户从这里离开旅程</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Emotion (−3…3)</source>
        <translation>情绪（−3…3）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Typical day</source>
        <translation>典型天数</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Delight points</source>
        <translation>惊喜点</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>A touchpoint needs a name.</source>
        <translation>触点需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Transactions</name>
    <message>
        <source>: save an unprotected copy from Excel and read that</source>
        <translation>：请在 Excel 中另存一份未加密的副本，再读取该副本</translation>
    </message>
    <message>
        <source>no customer id column (name it customer, customer_id, CustomerID or 客户, or choose the columns); the header (row {row}) has {header}</source>
        <translation>没有客户 ID 列（请将列命名为 customer、customer_id、CustomerID 或 客户，或手动选择列）；表头（第 {row} 行）为 {header}</translation>
    </message>
    <message>
        <source>no date column (name it date, InvoiceDate or 日期, or choose the columns); the header (row {row}) has {header}</source>
        <translation>没有日期列（请将列命名为 date、InvoiceDate 或 日期，或手动选择列）；表头（第 {row} 行）为 {header}</translation>
    </message>
    <message>
        <source>no amount column (name it amount, value, dollar_value or 金额 (or Quantity and UnitPrice), or choose the columns); the header (row {row}) has {header}</source>
        <translation>没有金额列（请将列命名为 amount、value、dollar_value 或 金额（或提供 Quantity 和 UnitPrice 两列），或手动选择列）；表头（第 {row} 行）为 {header}</translation>
    </message>
    <message>
        <source>no usable header</source>
        <translation>没有可用的表头</translation>
    </message>
    <message>
        <source>day.month.year</source>
        <translation>日.月.年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>no transaction file given</source>
        <translation>没有指定交易文件</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted)</source>
        <translation>工作簿受密码保护（已加密）</translation>
    </message>
    <message>
        <source>not a text table: the file has binary content</source>
        <translation>不是文本表格：文件含有二进制内容</translation>
    </message>
    <message>
        <source>{place}: column {column} has no value</source>
        <translation>{place}：列 {column} 没有值</translation>
    </message>
    <message>
        <source>{place}: column {column} {value} is not a number</source>
        <translation>{place}：列 {column} 的值 {value} 不是数字</translation>
    </message>
    <message>
        <source>{count} without a customer id</source>
        <translation>{count} 行没有客户 ID</translation>
    </message>
    <message>
        <source>{count} cancellations</source>
        <translation>{count} 行为取消的订单</translation>
    </message>
    <message>
        <source>{count} negative quantity or amount</source>
        <translation>{count} 行数量或金额为负</translation>
    </message>
    <message>
        <source>{count} zero price</source>
        <translation>{count} 行单价为零</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{rows} rows read, {kept} kept</source>
        <translation>读取 {rows} 行，保留 {kept} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>the folder has no .csv, .txt or workbook files</source>
        <translation>文件夹中没有 .csv、.txt 或工作簿文件</translation>
    </message>
    <message>
        <source> (nor has any other sheet)</source>
        <translation>（其他工作表也没有）</translation>
    </message>
    <message>
        <source>sheet {sheet}: </source>
        <translation>工作表 {sheet}：</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a password-protected (encrypted) or damaged workbook</source>
        <translation>工作簿受密码保护（已加密）或已损坏</translation>
    </message>
    <message>
        <source>{file}: dates such as {example} read as {order} (no day above 12 shows the order); choose the date order to change this</source>
        <translation>{file}：{example} 这样的日期按 {order} 读取（没有大于 12 的日数可判断顺序）；如需更改，请选择日期顺序</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet} 第 {row} 行</translation>
    </message>
    <message>
        <source>all {count} sheets of the workbook are empty</source>
        <translation>工作簿的全部 {count} 个工作表都为空</translation>
    </message>
    <message>
        <source>no sheet {sheet}; the sheets are {sheets}</source>
        <translation>没有工作表 {sheet}；现有工作表：{sheets}</translation>
    </message>
    <message>
        <source>no data rows under the header ({place})</source>
        <translation>表头下方没有数据行（{place}）</translation>
    </message>
    <message>
        <source>{place} has {count} values: column {column} is missing (the header has {expected})</source>
        <translation>{place} 只有 {count} 个值：缺少列 {column}（表头有 {expected} 列）</translation>
    </message>
    <message>
        <source>{place}: column {column}: {value} is not a date (expected e.g. 2010-12-01, 20101201 or 1/12/2010)</source>
        <translation>{place}：列 {column}：{value} 不是日期（应形如 2010-12-01、20101201 或 1/12/2010）</translation>
    </message>
    <message>
        <source>no transactions left: {summary}</source>
        <translation>没有剩下任何交易：{summary}</translation>
    </message>
    <message>
        <source>; skipped: {reasons}</source>
        <translation>；跳过：{reasons}</translation>
    </message>
    <message>
        <source>stopped after {rows} rows</source>
        <translation>已在读取 {rows} 行后停止</translation>
    </message>
    <message>
        <source>column {column} is not in the header (row {row}: {header})</source>
        <translation>表头中没有列 {column}（第 {row} 行：{header}）</translation>
    </message>
    <message>
        <source>cannot open the file: {reason}</source>
        <translation>无法打开文件：{reason}</translation>
    </message>
    <message>
        <source>not a readable workbook (damaged, empty or not an Excel file): {reason}</source>
        <translation>不是可读取的工作簿（已损坏、为空或不是 Excel 文件）：{reason}</translation>
    </message>
    <message>
        <source>a cell the workbook reader cannot handle ({reason})</source>
        <translation>工作簿读取器无法处理某个单元格（{reason}）</translation>
    </message>
    <message>
        <source>row {row}: not valid CSV: {reason}</source>
        <translation>第 {row} 行：不是有效的 CSV：{reason}</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} 个文件</translation>
    </message>
</context>
<context>
    <name>TransitionForm</name>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>客户比例（%）</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>A share is between 0 % and 100 %.</source>
        <translation>比例应在 0% 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>TriggerForm</name>
    <message>
        <source>When something happens</source>
        <translation>事件发生时</translation>
    </message>
    <message>
        <source>Days before/after an event</source>
        <translation>事件前/后若干天</translation>
    </message>
    <message>
        <source>On a date (birthday, festival…)</source>
        <translation>在某个日期（生日、节日…）</translation>
    </message>
    <message>
        <source>When a figure reaches a value</source>
        <translation>指标达到某个值时</translation>
    </message>
    <message>
        <source>event, e.g. payment due, refund done</source>
        <translation>事件，例如还款日、退款完成</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>天前</translation>
    </message>
    <message>
        <source>days after</source>
        <translation>天后</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty for a named day</source>
        <translation>YYYY-MM-DD，或留空并填写节日名称</translation>
    </message>
    <message>
        <source>figure, e.g. cumulative spend</source>
        <translation>指标，例如累计消费</translation>
    </message>
    <message>
        <source>at least (reaches it)</source>
        <translation>至少（达到该值）</translation>
    </message>
    <message>
        <source>at most (falls to it)</source>
        <translation>至多（降到该值）</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>Event / day</source>
        <translation>事件 / 日子</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>entry {id} is not a touchpoint of this journey</source>
        <translation>入口 {id} 不是本旅程的触点</translation>
    </message>
    <message>
        <source>exit {id} is not a touchpoint of this journey</source>
        <translation>出口 {id} 不是本旅程的触点</translation>
    </message>
    <message>
        <source>from {id} is not a touchpoint of this journey</source>
        <translation>起点 {id} 不是本旅程的触点</translation>
    </message>
    <message>
        <source>to {id} is not a touchpoint of this journey</source>
        <translation>终点 {id} 不是本旅程的触点</translation>
    </message>
    <message>
        <source>trigger date</source>
        <translation>触发日期</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>journey &quot;{name}&quot;</source>
        <translation>旅程“{name}”</translation>
    </message>
    <message>
        <source>tier &quot;{name}&quot;</source>
        <translation>客户等级“{name}”</translation>
    </message>
    <message>
        <source>channel &quot;{name}&quot;</source>
        <translation>渠道“{name}”</translation>
    </message>
    <message>
        <source>{journey}, stage &quot;{name}&quot;</source>
        <translation>{journey}，阶段“{name}”</translation>
    </message>
    <message>
        <source>{journey}, touchpoint &quot;{name}&quot;</source>
        <translation>{journey}，触点“{name}”</translation>
    </message>
    <message>
        <source>action &quot;{name}&quot;</source>
        <translation>关怀动作“{name}”</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>care_silence_limit must be at least 1</source>
        <translation>care_silence_limit（关怀空白上限）至少应为 1</translation>
    </message>
    <message>
        <source>fatigue_window_days must be at least 1</source>
        <translation>fatigue_window_days（疲劳统计窗口天数）至少应为 1</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>the journey has no name</source>
        <translation>旅程没有名称</translation>
    </message>
    <message>
        <source>monthly entries must be a number ≥ 0</source>
        <translation>每月进入人数必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>{journey}, transition &quot;{name}&quot;</source>
        <translation>{journey}，流转“{name}”</translation>
    </message>
    <message>
        <source>an event trigger needs the event&apos;s name</source>
        <translation>事件触发需要填写事件名称</translation>
    </message>
    <message>
        <source>an offset trigger needs a number of days</source>
        <translation>偏移触发需要填写天数</translation>
    </message>
    <message>
        <source>a date trigger needs a date or a named day (e.g. birthday)</source>
        <translation>日期触发需要填写日期或特定日子（如生日）</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>the SLA must be ≥ 0 minutes</source>
        <translation>SLA 必须 ≥ 0 分钟</translation>
    </message>
    <message>
        <source>the cost must be a number ≥ 0</source>
        <translation>成本必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>phase &quot;{name}&quot;</source>
        <translation>实施阶段“{name}”</translation>
    </message>
    <message>
        <source>the monthly budget must be a number ≥ 0</source>
        <translation>每月预算必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>care_silence_days must be a whole number of at least 1 (or unset)</source>
        <translation>care_silence_days 必须是至少为 1 的整数（或不设置）</translation>
    </message>
    <message>
        <source>the context group is empty (leave it unset instead)</source>
        <translation>上下文组为空（请改为不设置）</translation>
    </message>
    <message>
        <source>handling minutes must be a number &gt; 0</source>
        <translation>平均处理分钟数必须是 &gt; 0 的数字</translation>
    </message>
    <message>
        <source>agents must be a whole number ≥ 0</source>
        <translation>在岗坐席数必须是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>{journey}, peak &quot;{name}&quot;</source>
        <translation>{journey}，高峰“{name}”</translation>
    </message>
    <message>
        <source>locale {value} is not one of {choices}</source>
        <translation>语言 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>value per customer must be a number ≥ 0</source>
        <translation>每位客户的价值必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>max contacts per window must be ≥ 0</source>
        <translation>每个窗口期的最多接触次数必须 ≥ 0</translation>
    </message>
    <message>
        <source>capacity per day must be ≥ 0</source>
        <translation>每日容量必须 ≥ 0</translation>
    </message>
    <message>
        <source>cost per contact must be a number ≥ 0</source>
        <translation>单次接触成本必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>service level seconds must be a number ≥ 0</source>
        <translation>服务水平秒数必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>ID 为空</translation>
    </message>
    <message>
        <source>the touchpoint has no name</source>
        <translation>触点没有名称</translation>
    </message>
    <message>
        <source>the same transition appears twice</source>
        <translation>同一流转出现了两次</translation>
    </message>
    <message>
        <source>the peak has no name</source>
        <translation>高峰没有名称</translation>
    </message>
    <message>
        <source>the action has no name</source>
        <translation>关怀动作没有名称</translation>
    </message>
    <message>
        <source>trigger type {value} is not one of {choices}</source>
        <translation>触发类型 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>a threshold trigger needs a metric</source>
        <translation>阈值触发需要填写指标</translation>
    </message>
    <message>
        <source>a threshold trigger needs a number to reach</source>
        <translation>阈值触发需要填写要达到的数值</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>a KPI has no name</source>
        <translation>有一个 KPI 没有名称</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>a risk has no name</source>
        <translation>有一个风险没有名称</translation>
    </message>
    <message>
        <source>{label} {value} is not a date of the form YYYY-MM-DD</source>
        <translation>{label} {value} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>care level {value} is not one of {choices}</source>
        <translation>关怀级别 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>tier shares sum to {total}, more than 1</source>
        <translation>各客户等级的占比之和为 {total}，超过了 1</translation>
    </message>
    <message>
        <source>kind {value} is not one of {choices}</source>
        <translation>类型 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>fatigue_tolerance {value} is not a share from 0 up to (not including) 1</source>
        <translation>fatigue_tolerance {value} 不是从 0 到 1（不含 1）之间的比例</translation>
    </message>
    <message>
        <source>hours per day {value} is not more than 0 and at most 24</source>
        <translation>每天工作小时数 {value} 必须大于 0 且不超过 24</translation>
    </message>
    <message>
        <source>purpose {value} is not one of {choices}</source>
        <translation>用途 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>status {value} is not one of {choices}</source>
        <translation>状态 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>trigger direction {value} is not one of {choices}</source>
        <translation>触发方向 {value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>only a threshold trigger has a direction</source>
        <translation>只有阈值触发才有方向</translation>
    </message>
    <message>
        <source>{label} {value} is not a real calendar date</source>
        <translation>{label} {value} 不是日历上存在的日期</translation>
    </message>
    <message>
        <source>share {value} is not between 0 and 1</source>
        <translation>占比 {value} 不在 0 到 1 之间</translation>
    </message>
    <message>
        <source>service level share {value} is not between 0 and 1 (exclusive)</source>
        <translation>服务水平比例 {value} 不在 0 和 1 之间（不含两端）</translation>
    </message>
    <message>
        <source>stage {id} does not exist in this journey</source>
        <translation>本旅程中不存在阶段 {id}</translation>
    </message>
    <message>
        <source>emotion {value} is not a whole number from -3 to 3</source>
        <translation>情绪值 {value} 不是 -3 到 3 之间的整数</translation>
    </message>
    <message>
        <source>day {value} must be a number ≥ 0</source>
        <translation>天数 {value} 必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>shares leaving it sum to {total}, more than 1</source>
        <translation>从此处流出的分流比例之和为 {total}，超过了 1</translation>
    </message>
    <message>
        <source>start {value} is not a day of the year of the form MM-DD</source>
        <translation>开始日期 {value} 不是 MM-DD 形式的日期</translation>
    </message>
    <message>
        <source>days {value} is not a whole number from 1 to {most}</source>
        <translation>天数 {value} 不是 1 到 {most} 之间的整数</translation>
    </message>
    <message>
        <source>factor {value} must be a number &gt; 0</source>
        <translation>倍数 {value} 必须是 &gt; 0 的数字</translation>
    </message>
    <message>
        <source>touchpoint {id} does not exist</source>
        <translation>触点 {id} 不存在</translation>
    </message>
    <message>
        <source>channel {id} does not exist</source>
        <translation>渠道 {id} 不存在</translation>
    </message>
    <message>
        <source>id {id} is used by {count} objects</source>
        <translation>ID {id} 被 {count} 个对象使用</translation>
    </message>
    <message>
        <source>tier {id} does not exist</source>
        <translation>客户等级 {id} 不存在</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>not a number (NaN)</source>
        <translation>非数值（NaN）</translation>
    </message>
    <message>
        <source>an infinite number</source>
        <translation>无穷大的数</translation>
    </message>
    <message>
        <source>a whole number of about {digits} digits, beyond 64 bits</source>
        <translation>约 {digits} 位的整数，超出 64 位范围</translation>
    </message>
    <message>
        <source>text of {count} characters (the most a value may hold is {limit})</source>
        <translation>长 {count} 个字符的文本（一个值最多 {limit} 个字符）</translation>
    </message>
    <message>
        <source>text with a lone surrogate U+{code:04X} at character {index}, which no file can store</source>
        <translation>第 {index} 个字符是孤立的代理字符 U+{code:04X}，任何文件都无法保存</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>no touchpoint is given</source>
        <translation>没有填写触点</translation>
    </message>
    <message>
        <source>unknown touchpoint &quot;{name}&quot;</source>
        <translation>未知的触点“{name}”</translation>
    </message>
    <message>
        <source>unknown touchpoint &quot;{name}&quot; in that journey and stage</source>
        <translation>该旅程和阶段中没有触点“{name}”</translation>
    </message>
    <message>
        <source>touchpoint &quot;{name}&quot; is ambiguous: {count} touchpoints have that name here — use the id ({ids})</source>
        <translation>触点“{name}”有歧义：此处有 {count} 个触点同名——请改用编号（{ids}）</translation>
    </message>
    <message>
        <source>unknown {kind} &quot;{name}&quot; — known: {known}</source>
        <translation>未知的{kind}“{name}”——已有：{known}</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>{kind} &quot;{name}&quot; is ambiguous: {count} {kinds} have that name — use the id ({ids})</source>
        <translation>{kind}“{name}”有歧义：有 {count} 个{kinds}同名——请改用编号（{ids}）</translation>
    </message>
    <message>
        <source>(the project has no {kinds})</source>
        <translation>（项目中没有{kinds}）</translation>
    </message>
    <message>
        <source>, … ({count} in all)</source>
        <translation>，…（共 {count} 个）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>SLA (minutes)</source>
        <translation>响应时限（分钟）</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>单次成本</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>message</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>delight points</source>
        <translation>惊喜点</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>its header row is not “kind | id | field | value | check”</source>
        <translation>其表头行不是“kind | id | field | value | check”</translation>
    </message>
    <message>
        <source>its last row, the digest, is missing</source>
        <translation>缺少最后一行（摘要）</translation>
    </message>
    <message>
        <source>not a base of this program</source>
        <translation>不是本程序的基准</translation>
    </message>
    <message>
        <source>its list of columns is not readable</source>
        <translation>其列清单无法读取</translation>
    </message>
    <message>
        <source>{cell}: the workbook&apos;s base (the hidden sheet “{sheet}”) has been changed ({why}) — it cannot tell what the teammate edited; export the plan again</source>
        <translation>{cell}：工作簿的基准（隐藏工作表“{sheet}”）已被改动（{why}）——无法判断同事改了什么；请重新导出计划</translation>
    </message>
    <message>
        <source>a row does not match its check</source>
        <translation>某行与其校验值不符</translation>
    </message>
    <message>
        <source>a value is not JSON</source>
        <translation>某个值不是 JSON</translation>
    </message>
    <message>
        <source>{cell}: this workbook was exported from another project (“{name}”, {when}): none of its journeys and touchpoints is in “{project}”</source>
        <translation>{cell}：此工作簿导出自另一个项目（“{name}”，{when}）：其旅程和触点均不在“{project}”中</translation>
    </message>
    <message>
        <source>{cell}: this workbook was exported from another project (“{name}”, {when}): only {kept} of its {count} journeys and touchpoints are in “{project}”</source>
        <translation>{cell}：此工作簿导出自另一个项目（“{name}”，{when}）：其 {count} 个旅程和触点中只有 {kept} 个在“{project}”中</translation>
    </message>
    <message>
        <source>rows were added, removed or moved</source>
        <translation>有行被添加、删除或移动</translation>
    </message>
    <message>
        <source>an object&apos;s fields are not a JSON object</source>
        <translation>某对象的字段不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown kind “{kind}”</source>
        <translation>未知类别“{kind}”</translation>
    </message>
    <message>
        <source>{file}: the workbook could not be built ({error})</source>
        <translation>{file}：无法生成工作簿（{error}）</translation>
    </message>
    <message>
        <source>the workbook does not record what was exported (an earlier version, or rebuilt by hand): it is compared with the project as it is now, so newer edits made in the project since the export may be reverted</source>
        <translation>工作簿没有记录导出时的内容（由早期版本导出，或为手工重建）：将与项目当前状态比较，因此导出后在项目中所做的较新修改可能被还原</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has no header row with an “ID” column (looked in the first {rows} rows): import a workbook exported by Journey Designer</source>
        <translation>工作表“{sheet}”中找不到含“编号”（ID）列的表头行（已查找前 {rows} 行）：请导入由 Journey Designer 导出的工作簿</translation>
    </message>
    <message>
        <source>{count} more problems are not listed</source>
        <translation>另有 {count} 个问题未列出</translation>
    </message>
    <message>
        <source>{cell}: this new row was added by an earlier import of this workbook (as {id}): not added again</source>
        <translation>{cell}：此新行已由此前一次导入该工作簿时添加（编号 {id}）：不再重复添加</translation>
    </message>
    <message>
        <source>the workbook has sheets “{first}” and “{second}”: only “{read}” is read</source>
        <translation>工作簿中同时有工作表“{first}”和“{second}”：只读取“{read}”</translation>
    </message>
    <message>
        <source>{cell}: column “{header}” is not part of the action plan: ignored</source>
        <translation>{cell}：列“{header}”不属于行动计划，已忽略</translation>
    </message>
    <message>
        <source>column “{header}” appears twice (also in column {column})</source>
        <translation>列“{header}”出现了两次（另一次在 {column} 列）</translation>
    </message>
    <message>
        <source>{sheet}: no “{header}” column — that field is left as it is</source>
        <translation>{sheet}：没有“{header}”列——该字段保持不变</translation>
    </message>
    <message>
        <source>ID “{id}” appears twice (rows {first} and {second}): clear the ID of the copy to add it as a new action</source>
        <translation>编号“{id}”出现了两次（第 {first} 行和第 {second} 行）：清空副本的编号即可将其作为新关怀动作添加</translation>
    </message>
    <message>
        <source>{cell}: action “{id}” was deleted in the project since the export: its row is not read</source>
        <translation>{cell}：动作“{id}”在导出后已从项目中删除：不读取该行</translation>
    </message>
    <message>
        <source>unknown action ID “{id}”: no such action in this project — clear the ID to add the row as a new action</source>
        <translation>未知的关怀动作编号“{id}”：项目中没有这个关怀动作——清空编号即可将该行作为新关怀动作添加</translation>
    </message>
    <message>
        <source>a share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>a share such as 25%</source>
        <translation>如 25% 这样的占比</translation>
    </message>
    <message>
        <source>a whole number ≥ 0</source>
        <translation>≥ 0 的整数</translation>
    </message>
    <message>
        <source>a number ≥ 0</source>
        <translation>≥ 0 的数字</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>每日服务时长</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>执行阶段</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>执行阶段</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>care level</source>
        <translation>关怀等级</translation>
    </message>
    <message>
        <source>channel kind</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>{what} is needed here</source>
        <translation>此处需要填写{what}</translation>
    </message>
    <message>
        <source> — type {value}% for a percentage</source>
        <translation>——如为百分比请填写 {value}%</translation>
    </message>
    <message>
        <source>{field} must be {what}, not {value}</source>
        <translation>{field}必须是{what}，而不是 {value}</translation>
    </message>
    <message>
        <source>hours per day must be more than 0 and at most 24, not {value}</source>
        <translation>每日服务时长必须大于 0 且不超过 24，而不是 {value}</translation>
    </message>
    <message>
        <source>value per customer</source>
        <translation>客均价值</translation>
    </message>
    <message>
        <source>the contact cap</source>
        <translation>接触次数上限</translation>
    </message>
    <message>
        <source>human touch at moments of truth</source>
        <translation>关键时刻人工关怀</translation>
    </message>
    <message>
        <source>capacity per day</source>
        <translation>每日处理能力</translation>
    </message>
    <message>
        <source>cost per contact</source>
        <translation>单次接触成本</translation>
    </message>
    <message>
        <source>handling minutes</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>agents on duty</source>
        <translation>在岗坐席</translation>
    </message>
    <message>
        <source>seconds to answer</source>
        <translation>应答秒数</translation>
    </message>
    <message>
        <source>{sheet}: no header row with an “ID” column: the sheet is not read</source>
        <translation>{sheet}：没有含“编号”列的表头行，未读取该工作表</translation>
    </message>
    <message>
        <source>{sheet}: no header row with an “ID” column (a workbook of an earlier version?): channels are not read back</source>
        <translation>{sheet}：没有含“编号”列的表头行（是旧版本导出的工作簿吗？）：未读回渠道</translation>
    </message>
    <message>
        <source>share {value} is not between 0 and 1 (0% and 100%)</source>
        <translation>占比 {value} 不在 0 到 1（0% 到 100%）之间</translation>
    </message>
    <message>
        <source>the {kind} needs a name</source>
        <translation>{kind}需要名称</translation>
    </message>
    <message>
        <source>{cell}: a row without an ID is not read — add {kinds} in Journey Designer</source>
        <translation>{cell}：没有编号的行不会读取——请在 Journey Designer 中新增{kinds}</translation>
    </message>
    <message>
        <source>{cell}: {kind} “{name}” is not in the project, so its row is not read — add or rename {kinds} in Journey Designer</source>
        <translation>{cell}：项目中没有{kind}“{name}”，因此未读取该行——请在 Journey Designer 中新增或重命名{kinds}</translation>
    </message>
    <message>
        <source>tier shares sum to {total}, more than 100% — lower the share of a tier</source>
        <translation>客户分层占比合计为 {total}，超过 100%——请降低某个分层的占比</translation>
    </message>
    <message>
        <source>{sheet}: the KPI table is not there: KPIs are not read back</source>
        <translation>{sheet}：找不到 KPI 表，未读回 KPI</translation>
    </message>
    <message>
        <source>the phase ends ({end}) before it starts ({start})</source>
        <translation>该执行阶段的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>{sheet}: {kind} “{name}” is no longer listed: it is kept — delete it in Journey Designer</source>
        <translation>{sheet}：表中已没有{kind}“{name}”：它仍会保留——如需删除请在 Journey Designer 中进行</translation>
    </message>
    <message>
        <source>ID “{id}” appears twice (rows {first} and {second})</source>
        <translation>编号“{id}”出现了两次（第 {first} 行和第 {second} 行）</translation>
    </message>
    <message>
        <source>{sheet}: the {kind} table is not there: it is not read back</source>
        <translation>{sheet}：找不到{kind}表，未读回</translation>
    </message>
    <message>
        <source>unknown {kind} ID “{id}”: there is no such {kind} in this project — add {kinds} in Journey Designer</source>
        <translation>未知的{kind}编号“{id}”：本项目中没有这个{kind}——请在 Journey Designer 中新增{kinds}</translation>
    </message>
    <message>
        <source>a whole number from -3 to 3</source>
        <translation>-3 到 3 之间的整数</translation>
    </message>
    <message>
        <source>emotion must be a whole number from -3 to 3, not {value}</source>
        <translation>情绪必须是 -3 到 3 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>{cell}: journey “{id}” is no longer in the project: its block is not read</source>
        <translation>{cell}：项目中已没有旅程“{id}”，未读取该区块</translation>
    </message>
    <message>
        <source>the touchpoint needs a name</source>
        <translation>触点需要名称</translation>
    </message>
    <message>
        <source>{cell}: touchpoint “{id}” is not in journey “{journey}”: its column is not read</source>
        <translation>{cell}：触点“{id}”不在旅程“{journey}”中，未读取该列</translation>
    </message>
    <message>
        <source>{cell}: a column without a touchpoint ID is not read — add touchpoints in the app</source>
        <translation>{cell}：没有触点编号的列不会被读取——请在程序中添加触点</translation>
    </message>
    <message>
        <source>a whole number of minutes</source>
        <translation>整数分钟数</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>an event trigger needs the event&apos;s name (Trigger event)</source>
        <translation>事件触发需要填写事件名称（触发事件）</translation>
    </message>
    <message>
        <source>an offset trigger needs a number of days (Trigger days)</source>
        <translation>偏移触发需要填写天数（触发天数）</translation>
    </message>
    <message>
        <source>a date trigger needs a date (Trigger date) or a named day (Trigger event)</source>
        <translation>日期触发需要填写日期（触发日期）或节日名称（触发事件）</translation>
    </message>
    <message>
        <source>a threshold trigger needs a metric and a value (Trigger metric, Trigger value)</source>
        <translation>阈值触发需要填写指标和数值（触发指标、触发阈值）</translation>
    </message>
    <message>
        <source>the SLA must be 0 minutes or more</source>
        <translation>响应时限必须不少于 0 分钟</translation>
    </message>
    <message>
        <source>the cost must be 0 or more</source>
        <translation>成本必须不小于 0</translation>
    </message>
    <message>
        <source>trigger offset 0 days (on the touchpoint&apos;s day)</source>
        <translation>触发条件：偏移 0 天（在触点当天）</translation>
    </message>
    <message>
        <source>at {touchpoint} for {tiers} via {channel}</source>
        <translation>在 {touchpoint}，面向 {tiers}，通过 {channel}</translation>
    </message>
    <message>
        <source>the action needs a name</source>
        <translation>关怀动作需要名称</translation>
    </message>
    <message>
        <source>trigger direction</source>
        <translation>触发方向</translation>
    </message>
    <message>
        <source>the action ends ({end}) before it starts ({start})</source>
        <translation>关怀动作的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>a new action needs a name</source>
        <translation>新关怀动作需要名称</translation>
    </message>
    <message>
        <source>a new action needs a Channel column</source>
        <translation>新关怀动作需要“渠道”列</translation>
    </message>
    <message>
        <source>a new action needs a Touchpoint column</source>
        <translation>新关怀动作需要“触点”列</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无客户分层</translation>
    </message>
    <message>
        <source>{value} minutes is beyond what an SLA holds (at most {limit} minutes, ten years)</source>
        <translation>{value} 分钟超出了 SLA 的范围（最多 {limit} 分钟，即十年）</translation>
    </message>
    <message>
        <source>{value} is beyond what a cost holds (an amount up to {limit})</source>
        <translation>{value} 超出了成本的范围（金额最多 {limit}）</translation>
    </message>
    <message>
        <source>{value} days is beyond what a trigger holds (at most {limit} days before or after)</source>
        <translation>{value} 天超出了触发条件的范围（前后最多 {limit} 天）</translation>
    </message>
    <message>
        <source>touchpoint &quot;{name}&quot; is in stage &quot;{stage}&quot;, not &quot;{given}&quot;: change the Stage column to &quot;{stage}&quot; too (or empty it)</source>
        <translation>触点“{name}”属于阶段“{stage}”，而不是“{given}”：请同时把“阶段”列改为“{stage}”（或清空）</translation>
    </message>
    <message>
        <source>trigger type</source>
        <translation>触发类型</translation>
    </message>
    <message>
        <source>context group</source>
        <translation>上下文组</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>fatigue tolerance</source>
        <translation>疲劳容忍度</translation>
    </message>
    <message>
        <source>peaks</source>
        <translation>高峰期</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>the cell holds the error {error}</source>
        <translation>单元格中是错误值 {error}</translation>
    </message>
    <message>
        <source>the formula has no value ({error})</source>
        <translation>公式没有值（{error}）</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has more than {rows} rows (a cell in row {row}): delete the rows below the table and save again</source>
        <translation>工作表“{sheet}”超过 {rows} 行（第 {row} 行有单元格）：请删除表格下方的行后重新保存</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has more than {cells} cells, too many to import</source>
        <translation>工作表“{sheet}”的单元格超过 {cells} 个，太多，无法导入</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” would show more than {chars} million characters of text (a long shared string repeated in many cells), too much to import</source>
        <translation>工作表“{sheet}”将显示超过 {chars} 百万个字符的文本（一个很长的共享字符串在许多单元格中重复），太多，无法导入</translation>
    </message>
    <message>
        <source>the formula {formula} has no saved value: open the workbook in Excel or LibreOffice and save it again</source>
        <translation>公式 {formula} 没有保存的值：请在 Excel 或 LibreOffice 中打开工作簿并重新保存</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has more than {count} cells holding errors or formulas without a saved value</source>
        <translation>工作表“{sheet}”中含错误值或未保存值的公式的单元格超过 {count} 个</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>{cell}: the Trigger column is a summary and is not read — change the Trigger type/event/days/date/metric/value columns</source>
        <translation>{cell}：“触发条件”列只是摘要，不会被读取——请修改触发类型/事件/天数/日期/指标/阈值各列</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nothing to apply</source>
        <translation>没有可应用的内容</translation>
    </message>
    <message>
        <source>{file}: {problem} (and {more} more); nothing was changed</source>
        <translation>{file}：{problem}（另有 {more} 个问题）；未做任何更改</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was changed</source>
        <translation>{file}：{problem}；未做任何更改</translation>
    </message>
    <message>
        <source>action</source>
        <translation>关怀动作</translation>
    </message>
    <message>
        <source>~ {kind} &quot;{name}&quot; ({id}) {field}: {old} → {new}  [{cell}]</source>
        <translation>~ {kind}“{name}”（{id}）{field}：{old} → {new}  [{cell}]</translation>
    </message>
    <message>
        <source>+ new action &quot;{name}&quot; ({id}) {where}  [{cell}]</source>
        <translation>+ 新关怀动作“{name}”（{id}）{where}  [{cell}]</translation>
    </message>
    <message>
        <source>{changes} change(s) to {objects} object(s)</source>
        <translation>{objects} 个对象共 {changes} 处更改</translation>
    </message>
    <message>
        <source>no field changes</source>
        <translation>没有字段更改</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{count} new action(s)</source>
        <translation>{count} 个新关怀动作</translation>
    </message>
    <message>
        <source>{count} deletion(s)</source>
        <translation>{count} 个删除</translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <translation>{count} 个问题</translation>
    </message>
    <message>
        <source>- delete action &quot;{name}&quot; ({id}): its row is gone from the Action Plan</source>
        <translation>- 删除关怀动作“{name}”（{id}）：它的行已从行动计划中删除</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <source>the project changed since the preview: {kind} “{id}” no longer exists; preview the import again</source>
        <translation>预览之后项目已有改动：{kind}“{id}”已不存在；请重新预览导入</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>{value} is not {what}</source>
        <translation>{value} 不是{what}</translation>
    </message>
    <message>
        <source>a password-protected (encrypted) workbook</source>
        <translation>受密码保护（已加密）的工作簿</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not yes or no</source>
        <translation>{field}：“{text}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} 不是日期</translation>
    </message>
    <message>
        <source>{value} is not a date — write it as YYYY-MM-DD</source>
        <translation>{value} 不是日期——请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown {field} &quot;{text}&quot; — known: {known}</source>
        <translation>未知的{field}“{text}”——可选：{known}</translation>
    </message>
    <message>
        <source>no {kind} is given — known: {known}</source>
        <translation>没有填写{kind}——已有：{known}</translation>
    </message>
    <message>
        <source>a damaged or tampered workbook: the zip holds “{part}” twice</source>
        <translation>工作簿已损坏或被篡改：压缩包中“{part}”出现了两次</translation>
    </message>
    <message>
        <source>a share such as 5%</source>
        <translation>比例，例如 5%</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>care silence days</source>
        <translation>关怀空窗天数</translation>
    </message>
    <message>
        <source>change it in Journey Designer</source>
        <translation>请在 Journey Designer 中修改</translation>
    </message>
    <message>
        <source>the Overview is computed from the plan — change KPIs in their table, everything else in Journey Designer</source>
        <translation>概览是根据计划计算得出的——KPI 请在 KPI 表中修改，其他内容请在 Journey Designer 中修改</translation>
    </message>
    <message>
        <source>the Care Matrix is computed — change care actions in the Action Plan</source>
        <translation>关怀矩阵是计算得出的——请在行动计划中修改关怀动作</translation>
    </message>
    <message>
        <source>the Timeline is computed — change dates in the Action Plan or on Phases &amp; Risks</source>
        <translation>时间线是计算得出的——请在行动计划或阶段与风险中修改日期</translation>
    </message>
    <message>
        <source>gaps are found by the analysis — change the plan instead</source>
        <translation>缺口由分析得出——请改为修改计划</translation>
    </message>
    <message>
        <source>load, utilisation and action counts are computed — change capacity or cost instead</source>
        <translation>接触量、利用率和关怀动作数是计算得出的——请改为修改处理能力或成本</translation>
    </message>
    <message>
        <source>add or rename phases and risks in Journey Designer</source>
        <translation>请在 Journey Designer 中新增或重命名执行阶段和风险</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等另外 {count} 个单元格</translation>
    </message>
    <message>
        <source>{cells}{more} were changed but are not read back: {advice}</source>
        <translation>{cells}{more}已被修改，但导入时不会读回：{advice}</translation>
    </message>
    <message>
        <source>{cell} was changed but is not read back: {advice}</source>
        <translation>{cell} 已被修改，但导入时不会读回：{advice}</translation>
    </message>
    <message>
        <source>the workbook could not be read: it needs more memory than the {limit} a reader may use</source>
        <translation>无法读取工作簿：所需内存超过读取程序可用的 {limit}</translation>
    </message>
    <message>
        <source>the workbook could not be read: the reader stopped (exit code {code})</source>
        <translation>无法读取工作簿：读取程序已停止（退出码 {code}）</translation>
    </message>
    <message>
        <source>the workbook could not be read: the reader failed ({error})</source>
        <translation>无法读取工作簿：读取程序出错（{error}）</translation>
    </message>
    <message>
        <source>the workbook could not be read: the reader stopped (signal {signal})</source>
        <translation>无法读取工作簿：读取程序已停止（信号 {signal}）</translation>
    </message>
    <message>
        <source>the workbook could not be read: the reader took longer than {seconds} seconds</source>
        <translation>无法读取工作簿：读取时间超过 {seconds} 秒</translation>
    </message>
    <message>
        <source>the workbook could not be read: {error}</source>
        <translation>无法读取工作簿：{error}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” could not be read: {error}</source>
        <translation>无法读取工作表“{sheet}”：{error}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” holds a cell the reader cannot handle ({error})</source>
        <translation>工作表“{sheet}”中有无法读取的单元格（{error}）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date — write it as YYYY-MM-DD</source>
        <translation>“{text}”不是日期——请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
    <message>
        <source>{cell}: {kind} “{name}” ({id}) was deleted in the project since the export: the workbook&apos;s edits of it are not applied</source>
        <translation>{cell}：{kind}“{name}”（{id}）在导出后已从项目中删除：工作簿中对它的修改不会应用</translation>
    </message>
    <message>
        <source>a whole number of days ≥ 1</source>
        <translation>不小于 1 的整数天数</translation>
    </message>
    <message>
        <source>a factor such as 2 (twice the daily entries)</source>
        <translation>倍数，例如 2（每日进入人数的两倍）</translation>
    </message>
    <message>
        <source>“{value}” is not a start day of the year such as 11-01 (month-day)</source>
        <translation>“{value}”不是一年中的开始日期，例如 11-01（月-日）</translation>
    </message>
    <message>
        <source>the peak needs a name</source>
        <translation>高峰期需要名称</translation>
    </message>
    <message>
        <source>a peak lasts a whole number of days ≥ 1, not {value}</source>
        <translation>高峰期的天数必须是不小于 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>a peak&apos;s factor must be more than 0, not {value}</source>
        <translation>高峰倍数必须大于 0，而不是 {value}</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>contact cap</source>
        <translation>接触次数上限</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>! conflict: {kind} &quot;{name}&quot; ({id}) {field}: exported {base}, project now {project}, workbook {workbook}  [{cell}]</source>
        <translation>! 冲突：{kind}“{name}”（{id}）{field}：导出时 {base}，项目现为 {project}，工作簿为 {workbook}  [{cell}]</translation>
    </message>
    <message>
        <source> — empty cells get: {defaults}</source>
        <translation> —— 空单元格取默认值：{defaults}</translation>
    </message>
    <message>
        <source>{file}: {count} conflict(s) — fields changed both in the project and in the workbook since the export (first: {first}); nothing was changed — decide with --on-conflict workbook|project</source>
        <translation>{file}：{count} 处冲突——导出后项目和工作簿都修改了这些字段（第一处：{first}）；未做任何更改——请用 --on-conflict workbook|project 决定</translation>
    </message>
    <message>
        <source>{count} conflict(s)</source>
        <translation>{count} 处冲突</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real calendar date</source>
        <translation>“{text}”不是真实存在的日期</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is ambiguous (day/month or month/day?) — write it as YYYY-MM-DD</source>
        <translation>“{text}”有歧义（日/月还是月/日？）——请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”</source>
        <translation>请用 Excel 或 LibreOffice 打开，另存为“Excel 工作簿 (.xlsx)”</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): the file is neither a zip package nor an old .xls file</source>
        <translation>不是 Excel 工作簿 (.xlsx)：该文件既不是 zip 包，也不是旧版 .xls 文件</translation>
    </message>
    <message>
        <source>a password-protected (encrypted) workbook: remove the password in Excel (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password) and save it again</source>
        <translation>受密码保护（已加密）的工作簿：请在 Excel 中取消密码（文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密）后重新保存</translation>
    </message>
    <message>
        <source>a damaged zip package (truncated or corrupted), not a readable workbook</source>
        <translation>已损坏的 zip 包（被截断或已损坏），不是可读取的工作簿</translation>
    </message>
    <message>
        <source>a zip package, but not an Excel workbook (no workbook part)</source>
        <translation>是 zip 包，但不是 Excel 工作簿（没有工作簿部件）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not a workbook</source>
        <translation>文件为空（0 字节），不是工作簿</translation>
    </message>
    <message>
        <source>a legacy Excel 97–2003 workbook (.xls), which is not supported: {fix}</source>
        <translation>旧版 Excel 97–2003 工作簿 (.xls)，不受支持：{fix}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a zip bomb: “{part}” unpacks to {size} ({ratio} times its packed size)</source>
        <translation>zip 炸弹：“{part}”解压后为 {size}（是压缩后大小的 {ratio} 倍）</translation>
    </message>
    <message>
        <source>a zip file, but not an Excel workbook (it has no [Content_Types].xml)</source>
        <translation>是 zip 文件，但不是 Excel 工作簿（没有 [Content_Types].xml）</translation>
    </message>
    <message>
        <source>a Word document, not an .xlsx workbook</source>
        <translation>Word 文档，不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>a PowerPoint presentation, not an .xlsx workbook</source>
        <translation>PowerPoint 演示文稿，不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb), not an .xlsx workbook: {fix}</source>
        <translation>二进制 Excel 工作簿 (.xlsb)，不是 .xlsx 工作簿：{fix}</translation>
    </message>
    <message>
        <source>a zip file, but not an Excel workbook (no package relationships)</source>
        <translation>是 zip 文件，但不是 Excel 工作簿（没有包关系）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>an XML or HTML file, not an .xlsx workbook: {fix}</source>
        <translation>XML 或 HTML 文件，不是 .xlsx 工作簿：{fix}</translation>
    </message>
    <message>
        <source>an OpenDocument file, not a workbook</source>
        <translation>OpenDocument 文件，不是工作簿</translation>
    </message>
    <message>
        <source>a Strict Open XML workbook, which is not supported: open it in Excel and save it as “Excel Workbook (.xlsx)”, not “Strict Open XML”</source>
        <translation>Strict Open XML 工作簿，不受支持：请在 Excel 中打开，另存为“Excel 工作簿 (.xlsx)”，而不是“Strict Open XML”</translation>
    </message>
    <message>
        <source>{size} MB is too large for an action plan workbook (limit {limit} MB)</source>
        <translation>{size} MB 对行动计划工作簿来说太大了（上限 {limit} MB）</translation>
    </message>
    <message>
        <source>a zip with {count} entries — not a workbook this program wrote</source>
        <translation>含有 {count} 个条目的 zip——不是本程序写出的工作簿</translation>
    </message>
    <message>
        <source> (or “{name}”)</source>
        <translation>（或“{name}”）</translation>
    </message>
    <message>
        <source>missing sheet {name} — the sheets are: {sheets}; import a workbook exported by Journey Designer</source>
        <translation>缺少工作表{name}——现有工作表：{sheets}；请导入由 Journey Designer 导出的工作簿</translation>
    </message>
    <message>
        <source>a zip bomb: it would unpack to {size} MB (limit {limit} MB)</source>
        <translation>zip 炸弹：解压后将达 {size} MB（上限 {limit} MB）</translation>
    </message>
    <message>
        <source>“{part}” is {size} MB, far larger than in any workbook</source>
        <translation>“{part}”有 {size} MB，远大于任何工作簿中的部件</translation>
    </message>
    <message>
        <source>an XML bomb: “{part}” declares entities (a DTD)</source>
        <translation>XML 炸弹：“{part}”声明了实体（DTD）</translation>
    </message>
    <message>
        <source>a damaged workbook: “{part}” has no content in its first MB</source>
        <translation>已损坏的工作簿：“{part}”的前 1 MB 没有内容</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” spans {columns} columns over {rows} rows, too many cells to import: delete the unused columns and save again</source>
        <translation>工作表“{sheet}”有 {columns} 列、{rows} 行，单元格太多，无法导入：请删除未使用的列后重新保存</translation>
    </message>
    <message>
        <source>a damaged zip package, not a readable workbook ({error})</source>
        <translation>已损坏的 zip 包，不是可读取的工作簿（{error}）</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods), not an .xlsx workbook: {fix}</source>
        <translation>OpenDocument 电子表格 (.ods)，不是 .xlsx 工作簿：{fix}</translation>
    </message>
    <message>
        <source>a damaged workbook: “{part}” is not well-formed XML ({error})</source>
        <translation>已损坏的工作簿：“{part}”不是格式正确的 XML（{error}）</translation>
    </message>
    <message>
        <source>a damaged workbook: its main part “{part}” is missing</source>
        <translation>已损坏的工作簿：缺少主部件“{part}”</translation>
    </message>
    <message>
        <source>the child process stopped (signal {signal})</source>
        <translation>子进程已停止（信号 {signal}）</translation>
    </message>
</context>
<context>
    <name>WorkbookUi</name>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot export workbook</source>
        <translation>无法导出工作簿</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export picture of the map</source>
        <translation>导出旅程地图图片</translation>
    </message>
    <message>
        <source>Drawing %1…</source>
        <translation>正在绘制 %1…</translation>
    </message>
    <message>
        <source>Cannot export picture</source>
        <translation>无法导出图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Cannot import workbook</source>
        <translation>无法导入工作簿</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在应用 %1…</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed.</source>
        <translation>已取消导入；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式给出的参数值 %r</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>重命名卡片(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;nnect To…</source>
        <translation>连接到(&amp;N)…</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>左边缘对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>顶边缘对齐(&amp;T)</translation>
    </message>
    <message>
        <source>Auto-&amp;Arrange Stage</source>
        <translation>自动排列阶段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Backstage Lane</source>
        <translation>显示后台泳道(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Emotion Curve</source>
        <translation>显示情绪曲线(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export Workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;Slides as PDF…</source>
        <translation>导出幻灯片为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Picture of the Map…</source>
        <translation>导出地图图片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Touchpoint</source>
        <translation>触点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>旅程(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Rename Journey…</source>
        <translation>重命名旅程(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation>删除旅程(&amp;D)</translation>
    </message>
    <message>
        <source>Journey &amp;Entry</source>
        <translation>旅程入口(&amp;E)</translation>
    </message>
    <message>
        <source>Journey E&amp;xit</source>
        <translation>旅程出口(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Care Action on Selected Touchpoints</source>
        <translation>为所选触点添加关怀动作(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Plan: Tiers, Channels, KPIs…</source>
        <translation>方案：客户分层、渠道、KPI(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Check Project</source>
        <translation>检查项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fix First…</source>
        <translation>优先修复(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>关于 Journey Designer(&amp;A)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
</context>
</TS>
