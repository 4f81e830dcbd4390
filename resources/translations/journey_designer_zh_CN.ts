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
        <source>uncovered moment of truth</source>
        <translation>关键时刻无关怀</translation>
    </message>
    <message>
        <source>uncovered pain point</source>
        <translation>痛点无服务</translation>
    </message>
    <message>
        <source>care silence</source>
        <translation>关怀空窗</translation>
    </message>
    <message>
        <source>contact fatigue</source>
        <translation>过度接触</translation>
    </message>
    <message>
        <source>marketing in service recovery</source>
        <translation>服务补救中夹带营销</translation>
    </message>
    <message>
        <source>channel overload</source>
        <translation>渠道超载</translation>
    </message>
    <message>
        <source>value mismatch</source>
        <translation>价值错配</translation>
    </message>
    <message>
        <source>missing human touch</source>
        <translation>缺少人工关怀</translation>
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
        <translation>孤立动作</translation>
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
        <source>Wrote %1 slides to %2</source>
        <translation>已将 %1 页幻灯片写入 %2</translation>
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
    <name>PropertiesPanel</name>
    <message>
        <source>Select a card, an arrow or a stage header.</source>
        <translation>请选择一张卡片、一条箭头或一个阶段标题。</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Import %1</source>
        <translation>导入 %1</translation>
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
