"""Builders shared by the sample generators: triggers, touchpoints, journeys, actions.

Standard library only.
"""

LANE_WIDTH, CARD_X, CARD_Y0, CARD_DY = 260, 30, 60, 120


# ---------------------------------------------------------------- helpers
def ev(event):
    return {"type": "event", "event": event}


def off(days, event=None):
    t = {"type": "offset"}
    if event:
        t["event"] = event
    t["days"] = days
    return t


def on_date(date=None, event=None):
    t = {"type": "date"}
    if date:
        t["date"] = date
    if event:
        t["event"] = event
    return t


def thr(metric, value):
    return {"type": "threshold", "metric": metric, "value": value}


def tp(id, stage, name, channels, emotion, day, owner, backstage,
       pains=(), delights=(), mot=False, recovery=False):
    return {"id": id, "stage": stage, "name": name, "channels": list(channels),
            "emotion": emotion, "pain_points": list(pains), "delight_points": list(delights),
            "moment_of_truth": mot, "recovery": recovery, "owner": owner, "day": day,
            "backstage": list(backstage)}


def journey(id, name, monthly_entries, stages, touchpoints, transitions, entries, exits,
            opportunities):
    lane = {sid: i for i, (sid, _) in enumerate(stages)}
    row = {}
    for t in touchpoints:
        i = lane[t["stage"]]
        k = row.get(t["stage"], 0)
        row[t["stage"]] = k + 1
        t["x"] = i * LANE_WIDTH + CARD_X
        t["y"] = CARD_Y0 + k * CARD_DY
    return {"id": id, "name": name, "monthly_entries": monthly_entries,
            "stages": [{"id": s, "name": n} for s, n in stages],
            "touchpoints": touchpoints,
            "transitions": [{"from": a, "to": b, "share": s} for a, b, s in transitions],
            "entries": list(entries), "exits": list(exits),
            "opportunities": list(opportunities)}


def action(id, touchpoint, tiers, channel, name, purpose, trigger, owner, sla, kpi,
           message, start, end, status, cost=None):
    return {"id": id, "touchpoint": touchpoint, "tiers": list(tiers), "channel": channel,
            "name": name, "purpose": purpose, "trigger": trigger, "owner": owner,
            "sla_minutes": sla, "cost": cost, "kpi": kpi, "message": message,
            "start": start, "end": end, "status": status}


# ---------------------------------------------------------------- tiers & channels
