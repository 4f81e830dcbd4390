#!/usr/bin/env python3
"""Quick self-check of the sample projects (standard library only).

Usage:  python sample_projects/src/check.py [FILE.json ...]

Checks the "Project JSON" shape of design.md (keys, ids, references, shares,
reachability, minimum sizes) and prints a rough preview of what the gap
analysis should find (uncovered moments of truth, pain points, care silence,
contact fatigue, marketing in recovery, channel load, value mismatch, missing
human touch).  This is a helper for authoring the samples, not the program's
validator (journey_designer/domain/validation.py).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = sorted((HERE.parents[1] / "journey_designer" / "samples").glob("*.json"))

TOP_KEYS = ["format", "name", "locale", "budget_per_month", "settings", "tiers", "channels",
            "journeys", "actions", "kpis", "phases", "risks"]
TIER_KEYS = ["id", "name", "share", "value_per_customer", "care_level",
             "max_contacts_per_window", "human_touch_at_mot"]
CHANNEL_KEYS = ["id", "name", "kind", "capacity_per_day", "cost_per_contact", "context_group",
                "hours_per_day", "handling_minutes", "agents", "service_level"]
JOURNEY_KEYS = ["id", "name", "monthly_entries", "stages", "touchpoints", "transitions",
                "entries", "exits", "opportunities", "peaks"]
STAGE_KEYS = ["id", "name"]
TP_KEYS = ["id", "stage", "name", "channels", "emotion", "pain_points", "delight_points",
           "moment_of_truth", "recovery", "owner", "day", "backstage", "x", "y"]
TR_KEYS = ["from", "to", "share"]
ACTION_KEYS = ["id", "touchpoint", "tiers", "channel", "name", "purpose", "trigger", "owner",
               "sla_minutes", "cost", "kpi", "message", "start", "end", "status"]
TRIGGER_KEYS = {"event": {"event"}, "offset": {"event", "days"}, "date": {"date", "event"},
                "threshold": {"metric", "value", "direction"}}
TRIGGER_REQUIRED = {"event": {"event"}, "offset": {"days"}, "date": set(),
                    "threshold": {"metric", "value"}}
KPI_KEYS = ["name", "baseline", "target", "unit"]
PHASE_KEYS = ["name", "start", "end", "tasks", "owner"]
RISK_KEYS = ["name", "kind", "mitigation", "owner"]


def iso(s):
    import datetime
    try:
        datetime.date.fromisoformat(s)
        return len(s) == 10
    except (TypeError, ValueError):
        return False


def solve(a, b):
    """Solve a x = b by Gauss-Jordan elimination (small dense systems)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        piv = m[c][c]
        if abs(piv) < 1e-12:
            raise ValueError("singular (a loop with share 1?)")
        m[c] = [v / piv for v in m[c]]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c]
                m[r] = [vr - f * vc for vr, vc in zip(m[r], m[c], strict=True)]
    return [m[i][n] for i in range(n)]


def reach(journey):
    ids = [t["id"] for t in journey["touchpoints"]]
    idx = {t: i for i, t in enumerate(ids)}
    n = len(ids)
    # v = s + Q^T v  ->  (I - Q^T) v = s
    a = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for tr in journey["transitions"]:
        a[idx[tr["to"]]][idx[tr["from"]]] -= tr["share"]
    s = [0.0] * n
    for e in journey["entries"]:
        s[idx[e]] += 1.0 / len(journey["entries"])
    return dict(zip(ids, solve(a, s), strict=True))


def check(path):
    errors, notes = [], []
    p = json.loads(Path(path).read_text(encoding="utf-8"))

    def keys(obj, expected, what):
        if list(obj.keys()) != expected:
            missing = set(expected) - set(obj)
            extra = set(obj) - set(expected)
            if missing or extra:
                errors.append(f"{what}: missing {sorted(missing)} extra {sorted(extra)}")

    keys(p, TOP_KEYS, "project")
    if p["format"] != "journey-designer/2":
        errors.append("format")
    if p["locale"] not in ("en", "zh_CN"):
        errors.append("locale")
    if {k: p["settings"][k] for k in ("care_silence_limit", "fatigue_window_days")} != {
            "care_silence_limit": 3, "fatigue_window_days": 7}:
        errors.append("settings")

    all_ids = []
    tiers = {t["id"]: t for t in p["tiers"]}
    channels = {c["id"]: c for c in p["channels"]}
    for t in p["tiers"]:
        keys(t, TIER_KEYS, f"tier {t.get('id')}")
        all_ids.append(t["id"])
        if t["care_level"] not in ("basic", "deep", "exclusive"):
            errors.append(f"tier {t['id']} care_level")
        if not 0 <= t["share"] <= 1:
            errors.append(f"tier {t['id']} share")
    if sum(t["share"] for t in p["tiers"]) > 1 + 1e-9:
        errors.append("tier shares sum > 1")
    vals = [t["value_per_customer"] for t in p["tiers"]]
    if vals != sorted(vals, reverse=True):
        notes.append("tiers not listed from highest value down")
    for c in p["channels"]:
        keys(c, CHANNEL_KEYS, f"channel {c.get('id')}")
        all_ids.append(c["id"])
        if c["kind"] == "automated" and c["capacity_per_day"] is not None:
            errors.append(f"channel {c['id']}: automated with capacity")
        if c["kind"] == "human" and not isinstance(c["capacity_per_day"], int):
            errors.append(f"channel {c['id']}: human without integer capacity")
        if c["kind"] not in ("automated", "human"):
            errors.append(f"channel {c['id']} kind")

    tp_index = {}
    reaches = {}
    for j in p["journeys"]:
        keys(j, JOURNEY_KEYS, f"journey {j.get('id')}")
        all_ids.append(j["id"])
        stage_ids = [s["id"] for s in j["stages"]]
        for s in j["stages"]:
            keys(s, STAGE_KEYS, f"stage {s.get('id')}")
            all_ids.append(s["id"])
        per_stage = {}
        for t in j["touchpoints"]:
            keys(t, TP_KEYS, f"touchpoint {t.get('id')}")
            all_ids.append(t["id"])
            tp_index[t["id"]] = (j, t)
            if t["stage"] not in stage_ids:
                errors.append(f"{t['id']}: stage {t['stage']} not in journey")
                continue
            for c in t["channels"]:
                if c not in channels:
                    errors.append(f"{t['id']}: channel {c}")
            if not (isinstance(t["emotion"], int) and -3 <= t["emotion"] <= 3):
                errors.append(f"{t['id']}: emotion")
            if not 1 <= len(t["backstage"]) <= 3:
                errors.append(f"{t['id']}: backstage count")
            i = stage_ids.index(t["stage"])
            k = per_stage.get(t["stage"], 0)
            per_stage[t["stage"]] = k + 1
            if (t["x"], t["y"]) != (i * 260 + 30, 60 + k * 120):
                errors.append(f"{t['id']}: position {t['x']},{t['y']}")
        for s, n in per_stage.items():
            if n > 7:
                errors.append(f"stage {s}: {n} cards")
        ids = {t["id"] for t in j["touchpoints"]}
        out = {}
        for tr in j["transitions"]:
            keys(tr, TR_KEYS, "transition")
            if tr["from"] not in ids or tr["to"] not in ids:
                errors.append(f"transition {tr}")
            if not 0 < tr["share"] <= 1:
                errors.append(f"transition share {tr}")
            out.setdefault(tr["from"], []).append(tr)
        pairs = [(tr["from"], tr["to"]) for tr in j["transitions"]]
        if len(pairs) != len(set(pairs)):
            errors.append(f"{j['id']}: duplicate transitions")
        for src, trs in out.items():
            tot = sum(tr["share"] for tr in trs)
            if tot > 1 + 1e-9:
                errors.append(f"{src}: outgoing shares {tot}")
        for e in j["entries"] + j["exits"]:
            if e not in ids:
                errors.append(f"entry/exit {e}")
        for e in j["exits"]:
            if e in out:
                notes.append(f"exit {e} has outgoing transitions")
        # reachability
        seen, stack = set(j["entries"]), list(j["entries"])
        while stack:
            u = stack.pop()
            for tr in out.get(u, []):
                if tr["to"] not in seen:
                    seen.add(tr["to"])
                    stack.append(tr["to"])
        for t in ids - seen:
            errors.append(f"{t}: unreachable")
        # dead ends
        rev = {}
        for tr in j["transitions"]:
            rev.setdefault(tr["to"], []).append(tr["from"])
        good, stack = set(j["exits"]), list(j["exits"])
        while stack:
            u = stack.pop()
            for v in rev.get(u, []):
                if v not in good:
                    good.add(v)
                    stack.append(v)
        for t in ids - good:
            errors.append(f"{t}: dead end")
        # loops
        has_loop = any(back for back in _back_edges(ids, out, j["entries"]))
        if not has_loop:
            errors.append(f"{j['id']}: no loop")
        # days increase along forward edges
        days = {t["id"]: t["day"] for t in j["touchpoints"]}
        back = set(_back_edges(ids, out, j["entries"]))
        for tr in j["transitions"]:
            if (tr["from"], tr["to"]) not in back and days[tr["to"]] < days[tr["from"]]:
                notes.append(f"day decreases {tr['from']}({days[tr['from']]}) -> "
                             f"{tr['to']}({days[tr['to']]})")
        reaches.update(reach(j))
        j["_out"] = out
    kpi_names = set()
    for k in p["kpis"]:
        keys(k, KPI_KEYS, f"kpi {k.get('name')}")
        kpi_names.add(k["name"])
    for a in p["actions"]:
        keys(a, ACTION_KEYS, f"action {a.get('id')}")
        all_ids.append(a["id"])
        if a["touchpoint"] not in tp_index:
            errors.append(f"{a['id']}: touchpoint")
        for t in a["tiers"]:
            if t not in tiers:
                errors.append(f"{a['id']}: tier {t}")
        if not a["tiers"]:
            errors.append(f"{a['id']}: no tiers")
        if a["channel"] not in channels:
            errors.append(f"{a['id']}: channel")
        if a["purpose"] not in ("service", "marketing", "care"):
            errors.append(f"{a['id']}: purpose")
        if a["status"] not in ("planned", "active", "done"):
            errors.append(f"{a['id']}: status")
        tr = a["trigger"]
        typ = tr.get("type")
        if typ not in TRIGGER_KEYS:
            errors.append(f"{a['id']}: trigger type")
        else:
            extra = set(tr) - {"type"} - TRIGGER_KEYS[typ]
            miss = TRIGGER_REQUIRED[typ] - set(tr)
            if extra or miss or (typ == "date" and not ({"date", "event"} & set(tr))):
                errors.append(f"{a['id']}: trigger keys {sorted(tr)}")
            if "date" in tr and not iso(tr["date"]):
                errors.append(f"{a['id']}: trigger date")
        if a["kpi"] and a["kpi"] not in kpi_names:
            errors.append(f"{a['id']}: kpi {a['kpi']!r} not in kpis")
        for d in ("start", "end"):
            if a[d] is not None and not iso(a[d]):
                errors.append(f"{a['id']}: {d}")
        if a["start"] and a["end"] and a["end"] < a["start"]:
            errors.append(f"{a['id']}: end before start")
        if a["sla_minutes"] is not None and not isinstance(a["sla_minutes"], int):
            errors.append(f"{a['id']}: sla")
        j, t = tp_index.get(a["touchpoint"], (None, None))
        if t and a["channel"] not in t["channels"] and False:
            pass
    for ph in p["phases"]:
        keys(ph, PHASE_KEYS, f"phase {ph.get('name')}")
        if not (iso(ph["start"]) and iso(ph["end"]) and ph["start"] <= ph["end"]):
            errors.append(f"phase {ph['name']} dates")
    for r in p["risks"]:
        keys(r, RISK_KEYS, f"risk {r.get('name')}")
    dup = {i for i in all_ids if all_ids.count(i) > 1}
    if dup:
        errors.append(f"duplicate ids {sorted(dup)}")

    # minimum sizes
    main = max(p["journeys"], key=lambda j: len(j["touchpoints"]))
    trig = {a["trigger"]["type"] for a in p["actions"]}
    offs = [a["trigger"]["days"] for a in p["actions"] if a["trigger"]["type"] == "offset"]
    mins = [
        (len(main["stages"]) >= 6, "stages >= 6"),
        (len(main["touchpoints"]) >= 25, "touchpoints >= 25"),
        (len(p["tiers"]) >= 3, "tiers >= 3"),
        (len(p["channels"]) >= 6, "channels >= 6"),
        (len(p["actions"]) >= 40, "actions >= 40"),
        (trig == set(TRIGGER_KEYS), f"trigger types {trig}"),
        (any(d < 0 for d in offs) and any(d > 0 for d in offs), "offset +/-"),
        ({"service", "marketing"} <= {a["purpose"] for a in p["actions"]}, "purposes"),
        ({a["status"] for a in p["actions"]} == {"planned", "active", "done"}, "statuses"),
        (len(p["kpis"]) >= 4, "kpis >= 4"),
        (len(p["phases"]) == 3, "phases == 3"),
        (len(p["risks"]) >= 4, "risks >= 4"),
        (tiers[max(tiers, key=lambda t: tiers[t]["value_per_customer"])]["human_touch_at_mot"],
         "top tier human_touch_at_mot"),
        ({c["kind"] for c in p["channels"]} == {"automated", "human"}, "channel kinds"),
        (all(j["opportunities"] for j in p["journeys"]), "opportunities"),
    ]
    for ok, what in mins:
        if not ok:
            errors.append(f"minimum: {what}")

    # ---- rough gap preview (design.md "Analysis") ----
    gaps = []
    acts_at = {}
    for a in p["actions"]:
        acts_at.setdefault(a["touchpoint"], []).append(a)
    for tid, tier in tiers.items():
        for j in p["journeys"]:
            cov = {t["id"] for t in j["touchpoints"]
                   if any(tid in a["tiers"] for a in acts_at.get(t["id"], []))}
            for t in j["touchpoints"]:
                mine = [a for a in acts_at.get(t["id"], []) if tid in a["tiers"]]
                if t["moment_of_truth"] and not mine:
                    gaps.append(("critical", "uncovered_moment_of_truth", tid, t["id"]))
                if (t["pain_points"] or t["emotion"] <= -2) and not any(
                        a["purpose"] == "service" for a in mine):
                    gaps.append(("high", "uncovered_pain_point", tid, t["id"]))
                if (tier["human_touch_at_mot"] and t["moment_of_truth"] and not any(
                        channels[a["channel"]]["kind"] == "human" for a in mine)):
                    gaps.append(("high", "missing_human_touch", tid, t["id"]))
            # care silence: longest run of uncovered touchpoints
            run = _silence_runs(j["_out"], cov)
            preds = {}
            for tr in j["transitions"]:
                preds.setdefault(tr["to"], []).append(tr["from"])
            for t in j["touchpoints"]:
                u = t["id"]
                if u in cov:
                    continue
                starts_run = u in j["entries"] or any(v in cov for v in preds.get(u, []))
                if starts_run and run(u) > p["settings"]["care_silence_limit"]:
                    gaps.append(("medium", "care_silence", tid, f"{u} (run {run(u)})"))
        # fatigue: per journey, and (in case the analysis pools them) all journeys together;
        # windows both half-open [d, d+w) and closed [d, d+w]
        w = p["settings"]["fatigue_window_days"]
        scopes = [(j["id"], {t["id"] for t in j["touchpoints"]}) for j in p["journeys"]]
        if len(scopes) > 1:
            scopes.append(("pooled", set(tp_index)))
        for scope, tps in scopes:
            events = []
            for a in p["actions"]:
                if tid not in a["tiers"] or a["touchpoint"] not in tps:
                    continue
                j, t = tp_index[a["touchpoint"]]
                d = t["day"] + (a["trigger"]["days"] if a["trigger"]["type"] == "offset" else 0)
                events.append((d, reaches[t["id"]], a["id"]))
            events.sort()
            worst = (0, None)
            worst_closed = 0
            for d0, _, _ in events:
                tot = sum(r for d, r, _ in events if d0 <= d < d0 + w)
                worst = max(worst, (tot, d0))
                worst_closed = max(worst_closed,
                                   sum(r for d, r, _ in events if d0 <= d <= d0 + w))
            if worst[0] > tier["max_contacts_per_window"]:
                gaps.append(("high", "contact_fatigue", tid,
                             f"[{scope}] {worst[0]:.2f} contacts from day {worst[1]}"))
            notes.append(f"fatigue {tid} [{scope}]: worst window {worst[0]:.2f} "
                         f"(closed {worst_closed:.2f}; max "
                         f"{tier['max_contacts_per_window']}) from day {worst[1]}")
    for a in p["actions"]:
        if a["purpose"] == "marketing" and tp_index[a["touchpoint"]][1]["recovery"]:
            gaps.append(("high", "marketing_in_service_recovery", None, a["id"]))
    for cid, c in channels.items():
        if c["kind"] != "human":
            continue
        load = 0.0
        for a in p["actions"]:
            if a["channel"] != cid:
                continue
            j, t = tp_index[a["touchpoint"]]
            for tid in a["tiers"]:
                load += j["monthly_entries"] / 30 * tiers[tid]["share"] * reaches[t["id"]]
        flag = load > c["capacity_per_day"]
        notes.append(f"load {cid}: {load:.0f}/day of {c['capacity_per_day']}"
                     + ("  OVERLOAD" if flag else ""))
        if flag:
            gaps.append(("high", "channel_overload", None, cid))
    costs = {}
    for tid in tiers:
        tot = 0.0
        for a in p["actions"]:
            if tid in a["tiers"]:
                cost = a["cost"] if a["cost"] is not None else channels[a["channel"]]["cost_per_contact"]
                tot += reaches[a["touchpoint"]] * cost
        costs[tid] = tot
        notes.append(f"cost {tid}: {tot:.2f} per customer "
                     f"(value {tiers[tid]['value_per_customer']})")
    for t1 in tiers:
        for t2 in tiers:
            if (tiers[t2]["value_per_customer"] > tiers[t1]["value_per_customer"]
                    and costs[t1] > costs[t2]):
                gaps.append(("medium", "value_mismatch", t1, t2))

    counts = {
        "journeys": len(p["journeys"]),
        "stages": sum(len(j["stages"]) for j in p["journeys"]),
        "touchpoints": sum(len(j["touchpoints"]) for j in p["journeys"]),
        "transitions": sum(len(j["transitions"]) for j in p["journeys"]),
        "tiers": len(p["tiers"]), "channels": len(p["channels"]),
        "actions": len(p["actions"]), "kpis": len(p["kpis"]),
        "phases": len(p["phases"]), "risks": len(p["risks"]),
        "mot": sum(t["moment_of_truth"] for j in p["journeys"] for t in j["touchpoints"]),
    }
    return errors, notes, gaps, counts, reaches


def _silence_runs(out, covered):
    """Length of the longest run of uncovered touchpoints starting at each touchpoint."""
    memo = {}

    def run(u, stack=()):
        if u in covered:
            return 0
        if u in stack:
            return float("inf")
        if u not in memo:
            memo[u] = 1 + max([run(tr["to"], (*stack, u)) for tr in out.get(u, [])] or [0])
        return memo[u]
    return run


def _back_edges(ids, out, entries):
    color, back = {}, []

    def dfs(u):
        color[u] = 1
        for tr in out.get(u, []):
            v = tr["to"]
            if color.get(v) == 1:
                back.append((u, v))
            elif v not in color:
                dfs(v)
        color[u] = 2
    for e in list(entries) + sorted(ids):
        if e not in color:
            dfs(e)
    return back


def main(argv):
    files = argv or [str(f) for f in DEFAULT_FILES]
    bad = False
    for f in files:
        errors, notes, gaps, counts, reaches = check(f)
        print(f"== {f}")
        print("   counts:", counts)
        for e in errors:
            print("   ERROR", e)
        for n in notes:
            print("   note ", n)
        for g in gaps:
            print("   gap  ", *g)
        if "-v" in sys.argv:
            for k, v in reaches.items():
                print(f"   reach {k}: {v:.3f}")
        bad |= bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if a != "-v"]))
