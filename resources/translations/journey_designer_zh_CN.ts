<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
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
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>日期请写成 YYYY-MM-DD，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>The action ends before it starts.</source>
        <translation>动作的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>an unsaved project</source>
        <translation>一个未保存的项目</translation>
    </message>
    <message>
        <source>Journey Designer did not close properly. Restore the work on %1 autosaved at %2?</source>
        <translation>Journey Designer 上次没有正常关闭。要恢复 %2 自动保存的“%1”的工作吗？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
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
</context>
<context>
    <name>CareActionsPanel</name>
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
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Mark entry/exit</source>
        <translation>标记入口/出口</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Change share</source>
        <translation>修改流转比例</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
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
        <source>Rename journey</source>
        <translation>重命名旅程</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation>编辑旅程</translation>
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
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
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
        <source>#</source>
        <translation>序号</translation>
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
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Care for %1 at %2</source>
        <translation>%2的%1关怀</translation>
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
        <source>The workbook has invalid cells (listed in red). Correct them in the workbook and import again; nothing was changed.</source>
        <translation>工作簿中有无效的单元格（以红色列出）。请在工作簿中更正后重新导入；没有做任何修改。</translation>
    </message>
    <message>
        <source>The workbook holds no changes.</source>
        <translation>工作簿中没有任何修改。</translation>
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
        <source>New touchpoint</source>
        <translation>新触点</translation>
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
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Journey Designer</source>
        <translation>%1[*] — Journey Designer</translation>
    </message>
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
        <source>About Journey Designer</source>
        <translation>关于 Journey Designer</translation>
    </message>
    <message>
        <source>Journey Designer %1
Customer journey maps and tiered care plans, offline.</source>
        <translation>Journey Designer %1
离线绘制客户旅程地图，制定分层客户关怀方案。</translation>
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
    <name>PlanEditingApi</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
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
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>调整%1顺序</translation>
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
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
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
        <source>%1 stages, %2 touchpoints</source>
        <translation>%1 个阶段，%2 个触点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Note an improvement opportunity:</source>
        <translation>记下一个改进机会：</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>could not be written ({reason})</source>
        <translation>无法写入（{reason}）</translation>
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
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>has no readable schema_version in its meta table</source>
        <translation>meta 表中没有可读取的 schema_version</translation>
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
        <source>was written by Journey Designer {writer} (file schema {version}); this version reads schema {supported} and older — please update the program</source>
        <translation>由 Journey Designer {writer} 写入（文件结构版本 {version}）；当前版本只能读取结构版本 {supported} 及更早的文件 — 请更新程序</translation>
    </message>
    <message>
        <source>is incomplete: missing table(s) {tables}</source>
        <translation>项目文件不完整：缺少表 {tables}</translation>
    </message>
    <message>
        <source>is damaged: table {table} has a list column holding {value}</source>
        <translation>项目文件已损坏：表 {table} 的列表列中存有 {value}</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <source>is damaged and cannot be read ({reason})</source>
        <translation>项目文件已损坏，无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is damaged: its contents cannot be read ({reason})</source>
        <translation>项目文件已损坏：内容无法读取（{reason}）</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
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
        <source>{name} is not allowed in a project file</source>
        <translation>项目文件中不允许出现 {name}</translation>
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
        <source>Contact fatigue (busiest {days}-day window, contacts per customer)</source>
        <translation>接触疲劳（最繁忙的 {days} 天窗口内，每位客户的接触次数）</translation>
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
        <source>{journey}, from day {day}</source>
        <translation>{journey}，自第 {day} 天起</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>接触次数</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>where</source>
        <translation>位置</translation>
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
    <message>
        <source>Only %1 % of the customers here are left to share out; lower another arrow leaving this card first.</source>
        <translation>这里只剩 %1% 的客户可以分配；请先调低从这张卡片出发的其他箭头。</translation>
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
        <source>Reaches</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Name the event that triggers the action.</source>
        <translation>请填写触发该动作的事件。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give a date or name the day (e.g. birthday).</source>
        <translation>请填写日期，或写明是哪一天（例如生日）。</translation>
    </message>
    <message>
        <source>Name the figure, e.g. cumulative spend.</source>
        <translation>请填写指标名称，例如累计消费。</translation>
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
        <source>purpose {value} is not one of {choices}</source>
        <translation>用途 {value} 不在 {choices} 之中</translation>
    </message>
    <message>
        <source>status {value} is not one of {choices}</source>
        <translation>状态 {value} 不在 {choices} 之中</translation>
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
        <source>{file}: the workbook could not be built ({error})</source>
        <translation>{file}：无法生成工作簿（{error}）</translation>
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
        <source>unknown action ID “{id}”: no such action in this project — clear the ID to add the row as a new action</source>
        <translation>未知的关怀动作编号“{id}”：项目中没有这个关怀动作——清空编号即可将该行作为新关怀动作添加</translation>
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
        <source>at {touchpoint} for {tiers} via {channel}</source>
        <translation>在 {touchpoint}，面向 {tiers}，通过 {channel}</translation>
    </message>
    <message>
        <source>the action needs a name</source>
        <translation>关怀动作需要名称</translation>
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
        <source>trigger type</source>
        <translation>触发类型</translation>
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
        <source>the sheet “{sheet}” has more than {rows} rows (the most an import reads): probably empty rows formatted down to the end of the sheet — delete the rows below the table and save again</source>
        <translation>工作表“{sheet}”超过 {rows} 行（导入最多读取的行数）：可能是设置了格式的空行一直延伸到表尾——请删除表格下方的行后重新保存</translation>
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
        <source>a damaged workbook: the sheet “{sheet}” holds a tag over 1 MB long</source>
        <translation>已损坏的工作簿：工作表“{sheet}”中有超过 1 MB 长的标签</translation>
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
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
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
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
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
</context>
</TS>
