#!/usr/bin/env python3
"""Generate sample_projects/credit_card_care.json.

A bank's credit-card care plan (English): acquisition, activation, everyday use,
statement and repayment, service recovery (fraud, disputes, complaints), rewards,
annual fee and retention, for Gold / Silver / Bronze cardholders; plus a small
second journey for supplementary cards.

Standard library only.  Run:  python sample_projects/src/credit_card_care.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "credit_card_care.json"

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
G, S, B = "tier-gold", "tier-silver", "tier-bronze"
ALL = (G, S, B)

TIERS = [
    # id, name, share, value per customer (annual net revenue), care level,
    # max contacts per 7-day window, human touch at moments of truth
    (G, "Gold", 0.08, 1850, "exclusive", 6, True),
    (S, "Silver", 0.27, 520, "deep", 5, False),
    (B, "Bronze", 0.55, 140, "basic", 4, False),
]

CHANNELS = [
    # id, name, kind, capacity per day (human only), cost per contact
    ("ch-sms", "SMS", "automated", None, 0.05),
    ("ch-email", "Email", "automated", None, 0.01),
    ("ch-push", "App push / in-app message", "automated", None, 0.005),
    ("ch-web", "Website & online banking", "automated", None, 0.002),
    ("ch-phone", "Call centre (phone)", "human", 2600, 3.5),
    ("ch-chat", "Online chat (agents)", "human", 900, 1.2),
    ("ch-rm", "Dedicated account manager", "human", 160, 12),
    ("ch-branch", "Branch", "human", 450, 8),
]

# ---------------------------------------------------------------- main journey
STAGES = [
    ("st-apply", "Awareness & Application"),
    ("st-onboarding", "Approval & Activation"),
    ("st-use", "Everyday Use"),
    ("st-billing", "Statement & Repayment"),
    ("st-service", "Service & Recovery"),
    ("st-rewards", "Rewards & Growth"),
    ("st-retention", "Renewal & Retention"),
]

TOUCHPOINTS = [
    # -- Awareness & Application
    tp("tp-ad", "st-apply", "Sees card offer (web, app banner)", ["ch-web", "ch-push"], 0, 0,
       "Card Marketing", ["Campaign management", "Marketing automation"],
       delights=["Clear first-year fee waiver"]),
    tp("tp-preapproved", "st-apply", "Pre-approved offer for deposit customers",
       ["ch-push", "ch-branch"], 1, 0, "Card Marketing",
       ["CRM", "Risk engine (pre-screen)"],
       delights=["Limit shown before applying"]),
    tp("tp-apply", "st-apply", "Online application form", ["ch-web", "ch-chat"], -1, 1,
       "Card Acquisition", ["Application portal", "Credit bureau check"],
       pains=["Long form asks for income proof again", "Unclear which card fits"],
       delights=["Pre-filled data for existing customers"], mot=True),
    tp("tp-branch-apply", "st-apply", "Branch application", ["ch-branch"], 0, 1,
       "Branch Network", ["Branch CRM", "Document scanning"],
       pains=["Queue at the branch"], delights=["Banker explains benefits in person"]),
    tp("tp-kyc", "st-apply", "Identity & income verification", ["ch-web", "ch-sms"], -2, 2,
       "Credit Operations", ["KYC system", "Risk engine"],
       pains=["Asked to upload documents twice", "No status update during review"]),
    tp("tp-decline", "st-apply", "Application declined", ["ch-sms", "ch-email"], -3, 4,
       "Credit Operations", ["Risk engine", "Adverse action letters"],
       pains=["No reason given", "Unclear when to reapply"]),
    # -- Approval & Activation
    tp("tp-approval", "st-onboarding", "Approval notice with credit limit",
       ["ch-sms", "ch-email"], 2, 4, "Credit Operations",
       ["Risk engine", "Card management system"],
       delights=["Instant decision with limit shown"]),
    tp("tp-card-delivery", "st-onboarding", "Card delivery", ["ch-sms"], 1, 9,
       "Card Operations", ["Card embossing vendor", "Courier tracking"],
       pains=["Courier missed; card held at depot"],
       delights=["Premium packaging for Gold"], mot=True),
    tp("tp-activation", "st-onboarding", "Card activation & PIN", ["ch-push", "ch-phone"], 0, 10,
       "Card Operations", ["Card management system", "IVR"],
       pains=["PIN set-up by IVR is confusing"], delights=["Activate in the app in one tap"]),
    tp("tp-welcome", "st-onboarding", "Welcome pack & benefits tour", ["ch-email", "ch-push"],
       1, 11, "Card Marketing", ["Marketing automation", "Loyalty platform"],
       delights=["Welcome bonus points"]),
    tp("tp-not-activated", "st-onboarding", "Card not activated after 14 days",
       ["ch-sms", "ch-phone"], -1, 24, "Card Operations",
       ["Card management system", "Campaign management"],
       pains=["Forgot the card arrived", "Unsure about the annual fee"]),
    # -- Everyday Use
    tp("tp-first-purchase", "st-use", "First purchase", ["ch-push", "ch-sms"], 2, 14,
       "Card Operations", ["Authorisation system", "Notification hub"],
       delights=["Instant spend notification with points earned"]),
    tp("tp-spending", "st-use", "Everyday spending & privileges", ["ch-push", "ch-web"], 1, 30,
       "Card Products", ["Authorisation system", "Loyalty platform"],
       delights=["Cashback at partner merchants"]),
    tp("tp-overseas", "st-use", "Overseas & online use", ["ch-push", "ch-sms"], 0, 40,
       "Card Products", ["Authorisation system", "FX pricing"],
       pains=["Card blocked abroad by fraud rules", "FX fee surprise on statement"]),
    tp("tp-fraud-alert", "st-use", "Suspicious transaction alert", ["ch-sms", "ch-phone"], -2, 42,
       "Fraud Prevention", ["Fraud detection engine", "Card management system"],
       pains=["Card frozen mid-trip", "Hard to reach the fraud team at night"], mot=True),
    # -- Statement & Repayment
    tp("tp-statement", "st-billing", "Monthly statement", ["ch-email", "ch-push"], 0, 45,
       "Billing Operations", ["Billing system", "Document generation"],
       pains=["Minimum payment vs full balance unclear"]),
    tp("tp-payment-due", "st-billing", "Payment due", ["ch-sms", "ch-push"], -1, 62,
       "Billing Operations", ["Billing system", "Notification hub"],
       pains=["Fear of a late fee", "Due date moves with the statement cycle"]),
    tp("tp-repayment", "st-billing", "Repayment received", ["ch-push", "ch-sms"], 1, 65,
       "Billing Operations", ["Core banking", "Loyalty platform"],
       delights=["Points credited right away"]),
    tp("tp-late-payment", "st-billing", "Missed payment (overdue)", ["ch-sms", "ch-phone"], -3, 63,
       "Collections", ["Collections system", "Billing system"],
       pains=["Late fee and interest surprise", "Collections call tone feels harsh"], mot=True),
    tp("tp-instalment", "st-billing", "Instalment plan for large balance", ["ch-push", "ch-phone"],
       1, 64, "Card Products", ["Instalment engine", "Risk engine"],
       delights=["Fixed monthly amount, no surprises"]),
    # -- Service & Recovery
    tp("tp-service-call", "st-service", "Service hotline / chat enquiry", ["ch-phone", "ch-chat"],
       -1, 44, "Contact Centre", ["IVR", "CRM"],
       pains=["Long IVR menu", "Repeats details to every agent"], mot=True),
    tp("tp-card-replace", "st-service", "Lost or stolen card replacement", ["ch-phone", "ch-push"],
       -2, 43, "Card Operations", ["Card management system", "Card embossing vendor"],
       pains=["Replacement card takes 7 days"],
       delights=["Virtual card available instantly in the app"], recovery=True),
    tp("tp-dispute", "st-service", "Transaction dispute (chargeback)",
       ["ch-phone", "ch-chat", "ch-web"], -3, 46, "Disputes Team",
       ["Dispute management system", "Card scheme network"],
       pains=["Chargeback can take 45 days", "No progress updates"], mot=True, recovery=True),
    tp("tp-complaint", "st-service", "Formal complaint", ["ch-phone", "ch-branch", "ch-email"], -3, 70,
       "Complaints Unit", ["Complaint management system", "CRM"],
       pains=["Complaint handed between departments", "No named owner"], mot=True,
       recovery=True),
    tp("tp-dispute-resolved", "st-service", "Dispute resolved, refund credited",
       ["ch-sms", "ch-email"], 1, 80, "Disputes Team",
       ["Dispute management system", "Core banking"],
       delights=["Provisional credit within 2 working days"], mot=True, recovery=True),
    # -- Rewards & Growth
    tp("tp-points", "st-rewards", "Points redemption", ["ch-web", "ch-push"], 2, 90,
       "Loyalty Programme", ["Loyalty platform", "Partner catalogue"],
       pains=["Catalogue items often out of stock"], delights=["Airline miles transfer"]),
    tp("tp-lifestyle", "st-rewards", "Lifestyle privileges & celebrations",
       ["ch-push", "ch-rm"], 2, 100, "Card Marketing", ["CRM", "Partner offers platform"],
       delights=["Airport lounge access", "Birthday surprise"]),
    tp("tp-limit-increase", "st-rewards", "Credit limit increase", ["ch-push", "ch-phone", "ch-rm"],
       2, 120, "Credit Risk", ["Risk engine", "Card management system"],
       delights=["Pre-approved increase, one tap to accept"]),
    tp("tp-upgrade", "st-rewards", "Card upgrade offer", ["ch-rm", "ch-email"], 1, 150,
       "Card Products", ["CRM", "Risk engine"]),
    # -- Renewal & Retention
    tp("tp-churn-risk", "st-retention", "Usage drop (churn risk)", ["ch-email", "ch-phone"], -1, 200,
       "Customer Retention", ["Churn model", "CRM"],
       pains=["Found a competitor card with better cashback"]),
    tp("tp-retention-call", "st-retention", "Retention conversation", ["ch-phone", "ch-rm"], 1, 205,
       "Customer Retention", ["CRM", "Offer engine"], mot=True),
    tp("tp-annual-fee", "st-retention", "Annual fee billed", ["ch-sms", "ch-phone"], -2, 350,
       "Billing Operations", ["Billing system", "Fee waiver rules"],
       pains=["Fee charged without warning", "Waiver rules unclear"]),
    tp("tp-fee-waiver", "st-retention", "Annual fee waiver", ["ch-sms", "ch-phone"], 2, 352,
       "Billing Operations", ["Fee waiver rules", "Billing system"],
       delights=["Waived automatically for active cardholders"]),
    tp("tp-renewal", "st-retention", "Card renewed (reissued)", ["ch-sms", "ch-push"], 1, 365,
       "Card Operations", ["Card management system", "Card embossing vendor"]),
    tp("tp-closure", "st-retention", "Card closure", ["ch-phone", "ch-branch"], -1, 360,
       "Customer Retention", ["Card management system", "CRM"],
       pains=["Must call to close; no online option"]),
]

TRANSITIONS = [
    ("tp-ad", "tp-apply", 0.45), ("tp-ad", "tp-branch-apply", 0.10),
    ("tp-preapproved", "tp-apply", 0.55), ("tp-preapproved", "tp-branch-apply", 0.25),
    ("tp-apply", "tp-kyc", 0.82),
    ("tp-branch-apply", "tp-kyc", 0.95),
    ("tp-kyc", "tp-approval", 0.72), ("tp-kyc", "tp-decline", 0.22),
    ("tp-approval", "tp-card-delivery", 0.97),
    ("tp-card-delivery", "tp-activation", 0.78), ("tp-card-delivery", "tp-not-activated", 0.20),
    ("tp-not-activated", "tp-activation", 0.45),
    ("tp-activation", "tp-welcome", 0.96),
    ("tp-welcome", "tp-first-purchase", 0.88),
    ("tp-first-purchase", "tp-spending", 0.95),
    ("tp-spending", "tp-statement", 0.78), ("tp-spending", "tp-overseas", 0.10),
    ("tp-spending", "tp-service-call", 0.07), ("tp-spending", "tp-card-replace", 0.02),
    ("tp-overseas", "tp-fraud-alert", 0.25), ("tp-overseas", "tp-statement", 0.72),
    ("tp-fraud-alert", "tp-service-call", 0.30), ("tp-fraud-alert", "tp-card-replace", 0.20),
    ("tp-fraud-alert", "tp-statement", 0.45),
    ("tp-statement", "tp-payment-due", 0.97),
    ("tp-payment-due", "tp-repayment", 0.88), ("tp-payment-due", "tp-late-payment", 0.10),
    ("tp-late-payment", "tp-instalment", 0.35), ("tp-late-payment", "tp-repayment", 0.45),
    ("tp-late-payment", "tp-complaint", 0.05),
    ("tp-instalment", "tp-repayment", 0.90),
    # next billing cycle: the loop back into everyday use
    ("tp-repayment", "tp-spending", 0.40), ("tp-repayment", "tp-points", 0.25),
    ("tp-repayment", "tp-lifestyle", 0.10), ("tp-repayment", "tp-limit-increase", 0.08),
    ("tp-repayment", "tp-churn-risk", 0.10),
    ("tp-service-call", "tp-dispute", 0.25), ("tp-service-call", "tp-complaint", 0.08),
    ("tp-service-call", "tp-statement", 0.60),
    ("tp-card-replace", "tp-spending", 0.92),
    ("tp-dispute", "tp-dispute-resolved", 0.85), ("tp-dispute", "tp-complaint", 0.12),
    ("tp-complaint", "tp-spending", 0.50), ("tp-complaint", "tp-retention-call", 0.30),
    ("tp-complaint", "tp-closure", 0.15),
    ("tp-dispute-resolved", "tp-spending", 0.85),
    ("tp-points", "tp-limit-increase", 0.30), ("tp-points", "tp-annual-fee", 0.60),
    ("tp-lifestyle", "tp-upgrade", 0.30), ("tp-lifestyle", "tp-annual-fee", 0.65),
    ("tp-limit-increase", "tp-upgrade", 0.25), ("tp-limit-increase", "tp-annual-fee", 0.70),
    ("tp-upgrade", "tp-annual-fee", 0.95),
    ("tp-churn-risk", "tp-retention-call", 0.60), ("tp-churn-risk", "tp-closure", 0.30),
    ("tp-retention-call", "tp-annual-fee", 0.70), ("tp-retention-call", "tp-closure", 0.25),
    ("tp-annual-fee", "tp-fee-waiver", 0.55), ("tp-annual-fee", "tp-renewal", 0.35),
    ("tp-annual-fee", "tp-closure", 0.08),
    ("tp-fee-waiver", "tp-renewal", 0.95), ("tp-fee-waiver", "tp-closure", 0.05),
]

OPPORTUNITIES = [
    "Let existing customers apply with pre-filled data and no income proof under the pre-approved limit.",
    "Show a live application status tracker in the app instead of silence during verification.",
    "Offer in-app activation and PIN set-up to replace the IVR flow.",
    "Give dispute customers a status page with the scheme's deadlines and the next update date.",
    "One case number across phone, chat and branch so customers stop repeating themselves.",
    "Waive the annual fee automatically when the activity rule is met, and say so a month ahead.",
]

MAIN = journey("j-card", "Credit card lifecycle", 40000, STAGES, TOUCHPOINTS, TRANSITIONS,
               entries=["tp-ad", "tp-preapproved"],
               exits=["tp-renewal", "tp-closure", "tp-decline"],
               opportunities=OPPORTUNITIES)

# ---------------------------------------------------------------- second journey
SUP_STAGES = [
    ("st-sup-request", "Request"),
    ("st-sup-issue", "Issue & Activate"),
    ("st-sup-use", "Family Use"),
]
SUP_TOUCHPOINTS = [
    tp("tp-sup-request", "st-sup-request", "Requests a supplementary card", ["ch-web", "ch-branch"],
       0, 0, "Card Acquisition", ["Application portal", "KYC system"],
       pains=["Family member must bring ID to a branch"]),
    tp("tp-sup-approved", "st-sup-issue", "Supplementary card issued", ["ch-sms"], 1, 5,
       "Card Operations", ["Card management system"]),
    tp("tp-sup-activation", "st-sup-issue", "Family member activates card", ["ch-push", "ch-phone"],
       0, 9, "Card Operations", ["Card management system", "IVR"],
       pains=["Primary holder gets no confirmation"]),
    tp("tp-sup-spend", "st-sup-use", "Family spending with limit", ["ch-push"], 1, 20,
       "Card Products", ["Authorisation system", "Notification hub"],
       delights=["Primary holder sees every purchase live"]),
    tp("tp-sup-limit", "st-sup-use", "Sub-limit reached", ["ch-push", "ch-sms"], -1, 40,
       "Card Products", ["Authorisation system"],
       pains=["Card declined at the till without warning"]),
    tp("tp-sup-closed", "st-sup-use", "Supplementary card cancelled", ["ch-phone"], 0, 120,
       "Card Operations", ["Card management system"]),
]
SUP_TRANSITIONS = [
    ("tp-sup-request", "tp-sup-approved", 0.85),
    ("tp-sup-approved", "tp-sup-activation", 0.80),
    ("tp-sup-activation", "tp-sup-spend", 0.95),
    ("tp-sup-spend", "tp-sup-limit", 0.15), ("tp-sup-spend", "tp-sup-closed", 0.05),
    ("tp-sup-limit", "tp-sup-spend", 0.80), ("tp-sup-limit", "tp-sup-closed", 0.10),
]
SUP = journey("j-supplementary", "Supplementary card for a family member", 2500, SUP_STAGES,
              SUP_TOUCHPOINTS, SUP_TRANSITIONS, entries=["tp-sup-request"],
              exits=["tp-sup-closed"],
              opportunities=["Let the family member activate with a link sent to their own phone.",
                             "Warn both holders at 80 % of the sub-limit, not at the decline."])

# ---------------------------------------------------------------- KPIs
KPI_NPS = "NPS"
KPI_ACT = "Card activation rate"
KPI_ONTIME = "On-time repayment rate"
KPI_DISPUTE = "Dispute resolution time"
KPI_RET = "12-month card retention"
KPI_FRT = "First-response time (hotline)"
KPI_CSAT = "Complaint CSAT"

KPIS = [
    (KPI_NPS, 31, 45, "points"),
    (KPI_ACT, 72, 85, "%"),
    (KPI_ONTIME, 91, 95, "%"),
    (KPI_DISPUTE, 38, 20, "days"),
    (KPI_RET, 84, 90, "%"),
    (KPI_FRT, 95, 30, "seconds"),
    (KPI_CSAT, 3.1, 4, "score (1-5)"),
]

# ---------------------------------------------------------------- actions
ON = "2026-03-02"          # start of the execution phase
LIVE = "2025-06-01"        # actions already running before this plan
END = "2026-12-31"

ACTIONS = [
    # Awareness & Application
    action("act-apply-chat", "tp-apply", ALL, "ch-chat", "Proactive chat when the form stalls",
           "service", ev("application_form_idle_5min"), "Digital Sales", 2,
           "", "Need a hand? An agent can finish the application with you - no need to retype "
           "anything.", ON, None, "planned"),
    action("act-gold-apply-rm", "tp-apply", [G], "ch-rm", "Account manager completes application",
           "service", ev("application_started"), "Premier Banking", 240, KPI_NPS,
           "Your account manager will call today to complete your Platinum application with you.",
           ON, None, "planned"),
    action("act-preapproved-push", "tp-preapproved", [G, S], "ch-push",
           "Pre-approved card offer in app", "marketing", thr("pre_screen_score", 720),
           "Card Marketing", None, KPI_ACT,
           "You are pre-approved for a card with a limit of up to 50,000. Apply in 2 minutes, "
           "no documents needed.", ON, "2026-09-30", "planned"),
    action("act-branch-priority", "tp-branch-apply", [G], "ch-branch",
           "Priority desk for Gold applicants", "service", ev("branch_check_in"),
           "Branch Network", 10, KPI_NPS,
           "Welcome - a card specialist will see you within 10 minutes.", LIVE, None, "active"),
    action("act-branch-booking", "tp-branch-apply", ALL, "ch-sms",
           "Branch appointment with document checklist", "service", ev("branch_appointment_booked"),
           "Branch Network", None, KPI_ACT,
           "Your appointment is on {date} at {branch}. Bring your ID and last 3 payslips.",
           ON, None, "planned"),
    action("act-kyc-status", "tp-kyc", ALL, "ch-sms", "Application status SMS", "service",
           ev("documents_received"), "Credit Operations", None, KPI_ACT,
           "We have your documents. Expect a decision within 2 working days; track it in the app.",
           LIVE, None, "active"),
    action("act-kyc-missing-doc", "tp-kyc", [S, B], "ch-email", "Missing document reminder",
           "service", off(2, "documents_missing"), "Credit Operations", None, KPI_ACT,
           "One document is still missing. Upload it here and we will pick up where we left off.",
           ON, None, "planned"),
    action("act-decline-letter", "tp-decline", ALL, "ch-email", "Decline letter with reasons",
           "service", ev("application_declined"), "Credit Operations", 1440, "",
           "We could not approve your application this time. Here is why, and what you can do "
           "before reapplying in 6 months.", LIVE, None, "active"),
    # Approval & Activation
    action("act-approval-sms", "tp-approval", ALL, "ch-sms", "Approval SMS with limit",
           "service", ev("application_approved"), "Credit Operations", None, KPI_ACT,
           "Congratulations - your card is approved with a limit of {limit}. It ships today.",
           LIVE, None, "active"),
    action("act-gold-rm-intro", "tp-approval", [G], "ch-rm", "Account manager introduction call",
           "service", off(1, "application_approved"), "Premier Banking", 1440, KPI_NPS,
           "Hello from {rm_name}, your dedicated account manager - here is my direct line.",
           ON, None, "planned"),
    action("act-delivery-tracking", "tp-card-delivery", ALL, "ch-sms", "Card dispatch & tracking SMS",
           "service", ev("card_dispatched"), "Card Operations", None, KPI_ACT,
           "Your card is on its way with {courier}. Track it or change the delivery slot here.",
           LIVE, None, "active"),
    action("act-activation-push", "tp-activation", ALL, "ch-push", "Activate-in-app guide",
           "service", ev("card_delivered"), "Digital Banking", None, KPI_ACT,
           "Your card has arrived. Activate it and set your PIN in the app in one tap.",
           ON, None, "planned"),
    action("act-gold-activation-call", "tp-activation", [G], "ch-rm",
           "Account manager walks through benefits", "service", off(1, "card_activated"),
           "Premier Banking", 1440, KPI_NPS,
           "A quick call to set up lounge access, travel insurance and your spending alerts.",
           ON, None, "planned"),
    action("act-welcome-email", "tp-welcome", ALL, "ch-email", "Welcome pack & benefits guide",
           "service", ev("card_activated"), "Card Marketing", None, KPI_NPS,
           "Welcome! Your benefits at a glance: cashback partners, points, travel cover.",
           LIVE, None, "active"),
    action("act-welcome-bonus", "tp-welcome", [S, B], "ch-push", "Welcome bonus challenge",
           "marketing", off(1, "card_activated"), "Card Marketing", None, KPI_ACT,
           "Spend 500 in your first 30 days and earn 2,000 bonus points.", LIVE, "2026-06-30",
           "active"),
    action("act-not-activated-sms", "tp-not-activated", [S, B], "ch-sms", "Activation reminder",
           "service", thr("days_since_delivery", 14), "Card Operations", None, KPI_ACT,
           "Your card is waiting for you. Activate it in the app - your first-year fee is waived.",
           LIVE, None, "active"),
    action("act-gold-not-activated", "tp-not-activated", [G], "ch-rm", "Activation check-in call",
           "service", thr("days_since_delivery", 7), "Premier Banking", 2880, KPI_ACT,
           "Did the card reach you safely? I can activate it with you now.", ON, None, "planned"),
    # Everyday Use
    action("act-first-purchase-push", "tp-first-purchase", ALL, "ch-push",
           "First purchase confirmation with points", "service", ev("first_transaction"),
           "Digital Banking", None, KPI_NPS,
           "First purchase done: {amount} at {merchant}. You earned {points} points.",
           LIVE, None, "active"),
    action("act-spend-milestone", "tp-spending", [S, B], "ch-push", "Spend milestone bonus",
           "marketing", thr("monthly_spend", 3000), "Card Marketing", None, "",
           "You spent 3,000 this month - unlock double points at supermarkets next month.",
           ON, "2026-09-30", "planned"),
    action("act-spring-festival", "tp-spending", ALL, "ch-sms", "Spring Festival greeting",
           "marketing", on_date("2026-02-17", "Spring Festival"), "Card Marketing", None, KPI_NPS,
           "Happy Spring Festival from all of us. Double points on family dining until 3 March.",
           "2026-02-10", "2026-03-03", "done"),
    action("act-travel-notice", "tp-overseas", [G, S], "ch-push", "Travel mode tip", "service",
           ev("foreign_transaction"), "Card Products", None, KPI_NPS,
           "Using your card abroad? Turn on travel mode so we don't block it, and see the FX fee.",
           ON, None, "planned"),
    action("act-fx-promo", "tp-overseas", [B], "ch-sms", "Zero FX fee weekend", "marketing",
           on_date("2026-05-01", "Labour Day holiday"), "Card Marketing", None, "",
           "Travelling this holiday? Pay abroad with 0 % FX fee from 1 to 5 May.",
           "2026-04-25", "2026-05-05", "planned"),
    action("act-fraud-sms", "tp-fraud-alert", ALL, "ch-sms", "Two-way fraud check SMS",
           "service", ev("fraud_score_high"), "Fraud Prevention", 1, KPI_NPS,
           "Did you just pay {amount} at {merchant}? Reply Y if it was you, N to block the card.",
           LIVE, None, "active"),
    action("act-fraud-callback", "tp-fraud-alert", [G, S], "ch-phone", "Fraud team call-back",
           "service", ev("fraud_reply_no"), "Fraud Prevention", 15, KPI_NPS,
           "This is the fraud team: your card is blocked and a replacement is on its way.",
           LIVE, None, "active"),
    # Statement & Repayment
    action("act-statement-email", "tp-statement", ALL, "ch-email", "e-Statement with payment options",
           "service", ev("statement_generated"), "Billing Operations", None, KPI_ONTIME,
           "Your statement is ready. Full balance {balance}, minimum {minimum}, due {due_date}.",
           LIVE, None, "active"),
    action("act-repayment-reminder", "tp-payment-due", ALL, "ch-sms",
           "Repayment reminder 3 days before due date", "service", off(-3, "payment_due"),
           "Billing Operations", None, KPI_ONTIME,
           "Reminder: {amount} is due on {due_date}. Pay in the app or set up autopay.",
           LIVE, None, "active"),
    action("act-gold-autopay", "tp-payment-due", [G], "ch-push", "Autopay confirmation",
           "service", off(-1, "payment_due"), "Billing Operations", None, KPI_ONTIME,
           "Autopay will collect {amount} from your account tomorrow. Nothing to do.",
           ON, None, "planned"),
    action("act-points-notice", "tp-repayment", ALL, "ch-push", "Points notice after repayment",
           "service", ev("repayment_received"), "Loyalty Programme", None, KPI_ONTIME,
           "Thank you - payment received. {points} points have been added to your balance.",
           LIVE, None, "active"),
    action("act-overdue-sms", "tp-late-payment", ALL, "ch-sms", "Gentle overdue notice", "service",
           off(1, "payment_due"), "Collections", None, KPI_ONTIME,
           "Your payment is 1 day late. Pay today and we will not report it to the bureau.",
           LIVE, None, "active"),
    action("act-overdue-call", "tp-late-payment", [S, B], "ch-phone", "Courtesy collections call",
           "service", off(5, "payment_due"), "Collections", 480, KPI_ONTIME,
           "We noticed the payment is late. Can we help with a plan that fits your budget?",
           ON, None, "planned"),
    action("act-gold-overdue-rm", "tp-late-payment", [G], "ch-rm",
           "First late fee reversed by account manager", "service", off(1, "payment_due"),
           "Premier Banking", 240, KPI_RET,
           "I saw the missed payment and have reversed the late fee. Shall we set up autopay?",
           ON, None, "planned"),
    action("act-instalment-offer", "tp-instalment", [S, B], "ch-push", "Instalment plan offer",
           "marketing", thr("statement_balance", 5000), "Card Products", None, "",
           "Spread {balance} over 6 months at 0.6 % per month. Convert in the app.",
           LIVE, None, "active"),
    # Service & Recovery
    action("act-gold-priority-line", "tp-service-call", [G], "ch-phone", "Priority line without IVR",
           "service", ev("call_received"), "Contact Centre", 1, KPI_FRT,
           "Good afternoon, {name}, thank you for calling the Gold line.", LIVE, None, "active"),
    action("act-chat-handoff", "tp-service-call", [S, B], "ch-chat",
           "Bot-to-agent handoff with context", "service", ev("chat_escalated"),
           "Contact Centre", 3, KPI_FRT,
           "I can see your conversation with our assistant - let me take it from here.",
           ON, None, "planned"),
    action("act-card-replace", "tp-card-replace", ALL, "ch-push", "Instant virtual card",
           "service", ev("card_reported_lost"), "Card Operations", 5, KPI_NPS,
           "Your old card is blocked. A virtual card is ready in the app; the plastic ships today.",
           ON, None, "planned"),
    action("act-gold-card-courier", "tp-card-replace", [G], "ch-rm", "Express replacement courier",
           "service", ev("card_reported_lost"), "Premier Banking", 60, KPI_NPS,
           "Your replacement card will be couriered to you within 48 hours, wherever you are.",
           ON, None, "planned", cost=25.0),
    action("act-dispute-ack", "tp-dispute", ALL, "ch-email", "Dispute acknowledgement with timeline",
           "service", ev("dispute_filed"), "Disputes Team", 60, KPI_DISPUTE,
           "Case {case_id} is open. Here are the steps, the scheme deadlines and your next update "
           "date.", LIVE, None, "active"),
    action("act-dispute-provisional", "tp-dispute", [G, S], "ch-sms", "Provisional credit",
           "service", off(2, "dispute_filed"), "Disputes Team", None, KPI_DISPUTE,
           "We have credited {amount} provisionally while we investigate case {case_id}.",
           ON, None, "planned"),
    action("act-dispute-update", "tp-dispute", ALL, "ch-sms", "Dispute progress update",
           "service", off(10, "dispute_filed"), "Disputes Team", None, KPI_DISPUTE,
           "Update on case {case_id}: the merchant has been asked to respond by {deadline}.",
           ON, None, "planned"),
    action("act-gold-dispute-rm", "tp-dispute", [G], "ch-rm", "Account manager owns the dispute",
           "service", ev("dispute_filed"), "Premier Banking", 120, KPI_DISPUTE,
           "I am following your dispute personally and will call you at every step.",
           ON, None, "planned"),
    action("act-complaint-callback", "tp-complaint", ALL, "ch-phone", "Complaint owner call-back",
           "service", ev("complaint_logged"), "Complaints Unit", 240, KPI_CSAT,
           "I am {agent}, the owner of your complaint. I will call you back by {time} today.",
           LIVE, None, "active"),
    action("act-gold-complaint-rm", "tp-complaint", [G], "ch-rm", "Account manager apology visit",
           "service", ev("complaint_logged"), "Premier Banking", 60, KPI_CSAT,
           "I am sorry about this. I will see it through with the complaints team myself.",
           ON, None, "planned"),
    action("act-dispute-closed-gold", "tp-dispute-resolved", [G], "ch-rm",
           "Account manager confirms outcome", "service", ev("chargeback_closed"),
           "Premier Banking", 1440, KPI_DISPUTE,
           "The dispute is closed in your favour; the credit is final.", ON, None, "planned"),
    action("act-dispute-closed-sms", "tp-dispute-resolved", [S], "ch-sms",
           "Dispute outcome SMS", "service", ev("chargeback_closed"), "Disputes Team", None,
           KPI_DISPUTE, "Case {case_id} is closed: {outcome}. The amount is now final.",
           ON, None, "planned"),
    # Rewards & Growth
    action("act-points-redeem", "tp-points", ALL, "ch-email", "Redemption idea digest",
           "marketing", thr("points_balance", 20000), "Loyalty Programme", None, KPI_NPS,
           "You have enough points for a return flight. See this month's top rewards.",
           LIVE, None, "active"),
    action("act-points-expiry", "tp-points", ALL, "ch-sms", "Points expiry warning", "service",
           off(-30, "points_expiry"), "Loyalty Programme", None, KPI_NPS,
           "{points} points expire on {date}. Redeem them in the app in under a minute.",
           ON, None, "planned"),
    action("act-gold-birthday", "tp-lifestyle", [G], "ch-rm", "Birthday gift from account manager",
           "marketing", on_date(event="birthday"), "Premier Banking", None, KPI_RET,
           "Happy birthday, {name}! A small gift from us is on its way, with 5,000 points.",
           ON, None, "planned", cost=45.0),
    action("act-silver-birthday", "tp-lifestyle", [S], "ch-sms", "Birthday double points week",
           "marketing", on_date(event="birthday"), "Card Marketing", None, KPI_RET,
           "Happy birthday! Enjoy double points on everything for the next 7 days.",
           LIVE, None, "active"),
    action("act-mid-autumn", "tp-lifestyle", ALL, "ch-push", "Mid-Autumn festival greeting",
           "marketing", on_date("2026-09-25", "Mid-Autumn Festival"), "Card Marketing", None,
           KPI_NPS, "Happy Mid-Autumn Festival. Mooncake offers at partner bakeries this week.",
           "2026-09-18", "2026-09-27", "planned"),
    action("act-lounge-reminder", "tp-lifestyle", [G], "ch-push", "Lounge access before trip",
           "service", ev("flight_booked"), "Card Products", None, KPI_NPS,
           "Flying on {date}? Your card gives you and a guest free lounge access.",
           ON, None, "planned"),
    action("act-limit-offer", "tp-limit-increase", [S, B], "ch-push", "Limit increase offer",
           "marketing", thr("credit_utilisation_pct", 80), "Credit Risk", None, "",
           "You are pre-approved for a higher limit of {new_limit}. Accept in one tap.",
           ON, None, "planned"),
    action("act-gold-limit-review", "tp-limit-increase", [G], "ch-rm", "Proactive limit review",
           "service", thr("credit_utilisation_pct", 70), "Premier Banking", 2880, KPI_RET,
           "Travelling or a big purchase coming up? I can raise your limit today.",
           ON, None, "planned"),
    action("act-upgrade-offer", "tp-upgrade", [S], "ch-email", "Upgrade to Platinum offer",
           "marketing", thr("annual_spend", 60000), "Card Products", None, KPI_RET,
           "Your spending qualifies you for Platinum: lounge access and 1.5x points.",
           ON, "2026-11-30", "planned"),
    # Renewal & Retention
    action("act-churn-comeback", "tp-churn-risk", [S, B], "ch-email", "Come-back cashback offer",
           "marketing", thr("spend_drop_pct", 60), "Customer Retention", None, KPI_RET,
           "We miss you: 10 % cashback on your next 3 purchases this month.",
           LIVE, None, "active"),
    action("act-gold-churn-checkin", "tp-churn-risk", [G], "ch-rm",
           "Account manager check-in on lower usage", "service", thr("spend_drop_pct", 40),
           "Premier Banking", 2880, KPI_RET,
           "I noticed you have used the card less lately - is there anything we should change?",
           ON, None, "planned"),
    action("act-retention-call", "tp-retention-call", [S], "ch-phone", "Retention call",
           "service", ev("churn_score_high"), "Customer Retention", 2880, KPI_RET,
           "We noticed you use the card less. Is something not working for you?",
           ON, None, "planned"),
    action("act-gold-retention", "tp-retention-call", [G], "ch-rm", "Account manager retention visit",
           "service", ev("churn_score_high"), "Premier Banking", 1440, KPI_RET,
           "Can we meet this week? I would like to hear what would make the card right for you.",
           ON, None, "planned"),
    action("act-fee-notice", "tp-annual-fee", ALL, "ch-sms", "Annual fee notice with waiver rule",
           "service", off(-30, "annual_fee_billing"), "Billing Operations", None, KPI_RET,
           "Your annual fee of {fee} is due on {date}. Make {n} more purchases and it is waived.",
           ON, None, "planned"),
    action("act-fee-query-line", "tp-annual-fee", [G, S], "ch-phone", "Annual fee query line",
           "service", ev("fee_query_call"), "Contact Centre", 2, KPI_RET,
           "I can check your waiver eligibility right now.", LIVE, None, "active"),
    action("act-fee-waiver-auto", "tp-fee-waiver", [S, B], "ch-sms", "Automatic fee waiver",
           "service", thr("annual_transactions", 12), "Billing Operations", None, KPI_RET,
           "Good news: you made 12 purchases this year, so your annual fee is waived.",
           ON, None, "planned"),
    action("act-gold-fee-waiver", "tp-fee-waiver", [G], "ch-rm", "Annual fee waiver confirmed",
           "service", ev("annual_fee_billed"), "Premier Banking", 1440, KPI_RET,
           "As a Gold customer your annual fee is waived again this year.",
           ON, None, "planned", cost=60.0),
    action("act-renewal-card", "tp-renewal", ALL, "ch-sms", "Renewal card notice", "service",
           off(-14, "card_expiry"), "Card Operations", None, KPI_RET,
           "Your new card ships on {date}. Same number, new expiry; update your subscriptions.",
           LIVE, None, "active"),
    action("act-closure-survey", "tp-closure", ALL, "ch-email", "Exit survey", "service",
           ev("account_closed"), "Customer Retention", None, KPI_NPS,
           "Your card is closed. Would you tell us in 2 minutes what we could have done better?",
           LIVE, None, "active"),
    # Supplementary card journey
    action("act-sup-request-guide", "tp-sup-request", ALL, "ch-email",
           "Supplementary card checklist", "service", ev("supplementary_requested"),
           "Card Acquisition", 1440, KPI_ACT,
           "Here is what {family_name} needs: a photo of their ID, or a 3-minute video check "
           "instead of a branch visit.", ON, None, "planned"),
    action("act-sup-issued", "tp-sup-approved", [G, S], "ch-sms", "Supplementary card issued",
           "service", ev("supplementary_approved"), "Card Operations", None, KPI_ACT,
           "The card for {family_name} is on its way. Set a monthly sub-limit in the app.",
           LIVE, None, "active"),
    action("act-sup-activated", "tp-sup-activation", ALL, "ch-push",
           "Primary holder told of activation", "service", ev("supplementary_activated"),
           "Digital Banking", None, KPI_ACT,
           "{family_name} has activated their card. You will see every purchase in real time.",
           ON, None, "planned"),
    action("act-sup-limit-80", "tp-sup-limit", [G, S], "ch-push", "Sub-limit 80 % warning",
           "service", thr("sub_limit_used_pct", 80), "Card Products", None, KPI_NPS,
           "{family_name} has used 80 % of this month's sub-limit.", ON, None, "planned"),
]

# ---------------------------------------------------------------- plan
PHASES = [
    ("Preparation", "2026-01-05", "2026-02-27",
     ["Build the Gold/Silver/Bronze RFM model in the CRM and tag every cardholder",
      "Write and compliance-check SMS, push and email templates (service vs marketing)",
      "Hire and train 4 more Premier account managers",
      "Connect the dispute system to the CRM so agents see case status"],
     "Head of Card Customer Care"),
    ("Execution", "2026-03-02", "2026-09-30",
     ["Switch on automated reminders, points notices and activation flows",
      "Pilot the Gold account-manager programme in two regions, then roll out",
      "Launch instant virtual cards and provisional dispute credit",
      "Run the birthday, festival and fee-waiver programmes"],
     "Card Customer Care Programme Manager"),
    ("Monitoring & evaluation", "2026-10-01", "2026-12-31",
     ["Weekly KPI dashboard: activation, on-time repayment, dispute days, NPS",
      "Quarterly review of contact volume per tier and opt-out rates",
      "Compare care cost per customer with tier value and rebalance budget",
      "Report results and the 2027 plan to the retail banking board"],
     "Customer Experience Analytics Lead"),
]

RISKS = [
    ("Billing system cannot feed due dates to the notification hub in real time", "technical",
     "Nightly batch as a fallback; reconcile sent reminders against the billing file every "
     "morning; alert on gaps.", "IT Delivery Manager (Cards)"),
    ("Account manager team too small for Gold growth", "staffing",
     "Cap the book at 350 clients per manager, route overflow to the Gold phone line, and hire "
     "ahead of the Q3 acquisition campaign.", "Head of Premier Banking"),
    ("Cardholders feel reminders and offers are spam and opt out", "customer acceptance",
     "Contact caps per tier, quiet hours 21:00-08:00, one-tap preference centre, monthly "
     "opt-out review.", "Card Marketing Manager"),
    ("Marketing SMS sent without valid consent", "compliance",
     "Consent flag checked by the campaign tool before every marketing send; service messages "
     "carry no offers; legal sign-off of templates.", "Compliance Officer"),
    ("Dispute and CRM data out of sync (customers repeat themselves)", "technical",
     "Single case ID shared by phone, chat and branch; daily sync check during the pilot.",
     "CRM Product Owner"),
]


def build():
    return {
        "format": "journey-designer/1",
        "name": "Horizon Bank - Credit Card Care Plan 2026",
        "locale": "en",
        "settings": {"care_silence_limit": 3, "fatigue_window_days": 7},
        "tiers": [{"id": i, "name": n, "share": s, "value_per_customer": v, "care_level": c,
                   "max_contacts_per_window": m, "human_touch_at_mot": h}
                  for i, n, s, v, c, m, h in TIERS],
        "channels": [{"id": i, "name": n, "kind": k, "capacity_per_day": cap,
                      "cost_per_contact": cost} for i, n, k, cap, cost in CHANNELS],
        "journeys": [MAIN, SUP],
        "actions": ACTIONS,
        "kpis": [{"name": n, "baseline": b, "target": t, "unit": u} for n, b, t, u in KPIS],
        "phases": [{"name": n, "start": s, "end": e, "tasks": t, "owner": o}
                   for n, s, e, t, o in PHASES],
        "risks": [{"name": n, "kind": k, "mitigation": m, "owner": o} for n, k, m, o in RISKS],
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
