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


def thr(metric, value, direction=None):
    """A threshold trigger; direction "at_most" for a metric falling to the value."""
    t = {"type": "threshold", "metric": metric, "value": value}
    if direction:
        t["direction"] = direction
    return t


def tp(id, stage, name, channels, emotion, day, owner, backstage,
       pains=(), delights=(), mot=False, recovery=False):
    return {"id": id, "stage": stage, "name": name, "channels": list(channels),
            "emotion": emotion, "pain_points": list(pains), "delight_points": list(delights),
            "moment_of_truth": mot, "recovery": recovery, "owner": owner, "day": day,
            "backstage": list(backstage)}


def journey(id, name, monthly_entries, stages, touchpoints, transitions, entries, exits,
            opportunities, peaks=()):
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
            "opportunities": list(opportunities), "peaks": list(peaks)}


def action(id, touchpoint, tiers, channel, name, purpose, trigger, owner, sla, kpi,
           message, start, end, status, cost=None):
    return {"id": id, "touchpoint": touchpoint, "tiers": list(tiers), "channel": channel,
            "name": name, "purpose": purpose, "trigger": trigger, "owner": owner,
            "sla_minutes": sla, "cost": cost, "kpi": kpi, "message": message,
            "start": start, "end": end, "status": status}


# ---------------------------------------------------------------- tiers & channels


def channel_rows(channels, format2=None):
    """Channel objects of format 2: `format2` maps a channel id to its context group and
    staffing (context_group, hours_per_day, handling_minutes, agents, service_level)."""
    extra = format2 or {}
    empty = {"context_group": None, "hours_per_day": None, "handling_minutes": None,
             "agents": None, "service_level": None}
    return [{"id": i, "name": n, "kind": k, "capacity_per_day": cap, "cost_per_contact": cost,
             **empty, **extra.get(i, {})} for i, n, k, cap, cost in channels]


def staffed(group, hours, handling, agents, share=0.8, seconds=20):
    """A human channel's format-2 fields: shared history, opening hours, handling time,
    agents on duty and the service-level target (share answered within seconds)."""
    return {"context_group": group, "hours_per_day": hours, "handling_minutes": handling,
            "agents": agents, "service_level": {"share": share, "within_seconds": seconds}}
