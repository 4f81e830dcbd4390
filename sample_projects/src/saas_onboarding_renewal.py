#!/usr/bin/env python3
"""Generate sample_projects/saas_onboarding_renewal.json.

A B2B analytics SaaS ("Pulseboard") onboarding-and-renewal care plan (English):
trial sign-up, onboarding checklist, first value moment, purchase and kickoff,
adoption, support and incidents, expansion with QBRs, renewal notices 90/60/30
days ahead, cancellation save; tiers Enterprise / Business / Starter.

Standard library only.  Run:  python sample_projects/src/saas_onboarding_renewal.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "saas_onboarding_renewal.json"

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
E, BU, ST = "tier-enterprise", "tier-business", "tier-starter"
ALL = (E, BU, ST)

TIERS = [
    # id, name, share, value per customer (annual contract value), care level,
    # max contacts per 7-day window, human touch at moments of truth
    (E, "Enterprise", 0.06, 52000, "exclusive", 6, True),
    (BU, "Business", 0.24, 7200, "deep", 5, False),
    (ST, "Starter", 0.58, 588, "basic", 3, False),
]

CHANNELS = [
    # id, name, kind, capacity per day (human only), cost per contact
    ("ch-email", "Email", "automated", None, 0.01),
    ("ch-inapp", "In-app message & checklist", "automated", None, 0.002),
    ("ch-sms", "SMS", "automated", None, 0.05),
    ("ch-webinar", "Webinar & academy", "automated", None, 0.6),
    ("ch-chat", "Live chat (support agents)", "human", 700, 1.5),
    ("ch-support", "Support desk (tickets)", "human", 900, 4),
    ("ch-csm", "Customer success manager", "human", 60, 18),
    ("ch-sales", "Account executive (call / video)", "human", 120, 9),
]

# ---------------------------------------------------------------- journey
STAGES = [
    ("st-trial", "Trial & Setup"),
    ("st-value", "First Value"),
    ("st-onboard", "Purchase & Onboarding"),
    ("st-adoption", "Adoption"),
    ("st-support", "Support"),
    ("st-expansion", "Expansion"),
    ("st-renewal", "Renewal"),
]

TOUCHPOINTS = [
    # -- Trial & Setup
    tp("tp-signup", "st-trial", "Trial sign-up", ["ch-inapp", "ch-email"], 1, 0,
       "Growth Marketing", ["Identity service", "Product analytics"],
       pains=["Verification email lands in spam"], delights=["No credit card required"],
       mot=True),
    tp("tp-demo-request", "st-trial", "Demo request (sales-assisted)", ["ch-sales", "ch-email"], 0, 0,
       "Sales Development", ["CRM", "Meeting router"],
       pains=["Waits 3 days for a demo slot"]),
    tp("tp-sample-data", "st-trial", "Explores the sample dashboard", ["ch-inapp"], 1, 1,
       "Product (Growth)", ["Product analytics", "Sample data workspace"],
       delights=["Useful charts before connecting anything"]),
    tp("tp-checklist", "st-trial", "Onboarding checklist", ["ch-inapp", "ch-email"], 0, 1,
       "Product (Growth)", ["In-app guidance tool", "Product analytics"],
       pains=["12-step checklist feels long"]),
    tp("tp-data-connect", "st-trial", "Connects first data source", ["ch-inapp", "ch-chat"], -2, 3,
       "Solutions Engineering", ["Connector service", "Integration logs"],
       pains=["OAuth scopes unclear", "Warehouse firewall blocks the connector"], mot=True),
    # -- First Value
    tp("tp-first-value", "st-value", "First value moment (first shared dashboard)", ["ch-inapp"],
       3, 6, "Product (Growth)", ["Product analytics", "Sharing service"],
       delights=["Team reacts to the first dashboard"], mot=True),
    tp("tp-invite-team", "st-value", "Invites teammates", ["ch-inapp", "ch-email"], 1, 8,
       "Product (Growth)", ["Identity service", "Email service"]),
    tp("tp-trial-ending", "st-value", "Trial ending", ["ch-email", "ch-inapp"], -1, 12,
       "Growth Marketing", ["Billing", "Product analytics"],
       pains=["Pricing page confusing", "Unsure which plan fits"]),
    tp("tp-trial-expired", "st-value", "Trial expired without purchase", ["ch-email"], -1, 14,
       "Growth Marketing", ["Billing", "Marketing automation"]),
    # -- Purchase & Onboarding
    tp("tp-purchase", "st-onboard", "Subscription purchase", ["ch-inapp", "ch-sales"], 1, 14,
       "Sales", ["Billing", "CRM"], pains=["Procurement needs a PDF quote"], mot=True),
    tp("tp-kickoff", "st-onboard", "Kickoff call and success plan", ["ch-csm", "ch-email"], 2, 16,
       "Customer Success", ["CRM", "Success plan template"],
       delights=["Named CSM with a written success plan"]),
    tp("tp-sso", "st-onboard", "SSO & permissions set-up", ["ch-support", "ch-email"], -2, 20,
       "Support", ["Identity service", "Ticketing system"],
       pains=["SAML set-up needs the IT admin", "Role mapping errors"]),
    tp("tp-training", "st-onboard", "Training webinar / academy", ["ch-webinar", "ch-email"], 1, 25,
       "Customer Education", ["Learning platform", "Webinar tool"],
       delights=["Certificate after the course"]),
    # -- Adoption
    tp("tp-weekly-use", "st-adoption", "Weekly active use", ["ch-inapp", "ch-email"], 1, 40,
       "Product", ["Product analytics", "Health score model"],
       delights=["Scheduled reports land on Monday morning"]),
    tp("tp-feature-launch", "st-adoption", "New feature announcement", ["ch-email", "ch-inapp"], 1, 80,
       "Product Marketing", ["Release notes", "Marketing automation"]),
    tp("tp-usage-drop", "st-adoption", "Usage drop (churn risk)", ["ch-email", "ch-csm"], -1, 90,
       "Customer Success", ["Health score model", "Product analytics"],
       pains=["Champion left the company", "Dashboards stale after a broken data source"]),
    tp("tp-health-check", "st-adoption", "Health check / re-onboarding", ["ch-csm", "ch-webinar"], 1, 95,
       "Customer Success", ["Health score model", "CRM"]),
    # -- Support
    tp("tp-ticket", "st-support", "Support ticket opened", ["ch-support", "ch-chat", "ch-email"], -2, 50,
       "Support", ["Ticketing system", "Product logs"],
       pains=["First reply takes 9 hours", "Asked for logs twice"], mot=True),
    tp("tp-bug-escalation", "st-support", "Bug escalated to engineering", ["ch-support", "ch-email"],
       -3, 53, "Support", ["Issue tracker", "Status page"],
       pains=["No ETA given", "Ticket goes quiet for days"], recovery=True),
    tp("tp-ticket-resolved", "st-support", "Ticket resolved", ["ch-support", "ch-email"], 2, 56,
       "Support", ["Ticketing system", "CSAT survey"],
       delights=["Fix shipped with a personal note"], mot=True, recovery=True),
    tp("tp-outage", "st-support", "Service incident / outage", ["ch-email", "ch-inapp"], -3, 45,
       "Site Reliability", ["Incident management", "Status page"],
       pains=["Learned of the outage from own users"], recovery=True),
    tp("tp-billing-issue", "st-support", "Failed payment / billing dispute",
       ["ch-email", "ch-sms", "ch-support"], -2, 85, "Finance Operations", ["Billing", "Dunning"],
       pains=["Card declined and account paused without warning"], recovery=True),
    # -- Expansion
    tp("tp-qbr", "st-expansion", "Quarterly business review (QBR)", ["ch-csm"], 2, 100,
       "Customer Success", ["Usage reporting", "Success plan"],
       delights=["ROI numbers the sponsor can forward to the CFO"], mot=True),
    tp("tp-seat-limit", "st-expansion", "Hits seat or usage limit", ["ch-inapp", "ch-email"], 0, 110,
       "Product", ["Entitlement service", "Billing"],
       pains=["Blocked from adding a colleague mid-project"]),
    tp("tp-upgrade", "st-expansion", "Plan upgrade", ["ch-sales", "ch-inapp"], 2, 115,
       "Sales", ["Billing", "CRM"], delights=["Pro-rated price, effective at once"]),
    tp("tp-referral", "st-expansion", "Referral or case study", ["ch-csm", "ch-email"], 3, 150,
       "Customer Marketing", ["Referral programme", "CRM"]),
    # -- Renewal
    tp("tp-renewal", "st-renewal", "Renewal date (contract anniversary)", ["ch-email", "ch-sales"],
       0, 365, "Renewals", ["Billing", "CRM renewal pipeline"],
       pains=["Renewal price arrives late"]),
    tp("tp-renewal-negotiation", "st-renewal", "Renewal negotiation", ["ch-csm", "ch-sales"], -1, 366,
       "Renewals", ["CRM renewal pipeline", "Contract management"],
       pains=["Procurement asks for a new security questionnaire"]),
    tp("tp-cancel-request", "st-renewal", "Cancellation request", ["ch-inapp", "ch-support"], -2, 368,
       "Customer Success", ["Billing", "Cancellation flow"],
       pains=["Cancel button hidden; must email support"], mot=True),
    tp("tp-save-offer", "st-renewal", "Cancellation save offer", ["ch-csm", "ch-sales", "ch-inapp"],
       0, 369, "Customer Success", ["Offer engine", "Billing"]),
    tp("tp-renewed", "st-renewal", "Renewed", ["ch-email"], 2, 372,
       "Renewals", ["Billing", "CRM"], delights=["Loyalty price lock for 2 years"]),
    tp("tp-churned", "st-renewal", "Churned (account closed)", ["ch-email"], -1, 375,
       "Customer Success", ["Billing", "Data export service"],
       pains=["Worried about losing dashboards and data"]),
]

TRANSITIONS = [
    ("tp-signup", "tp-checklist", 0.75), ("tp-signup", "tp-sample-data", 0.15),
    ("tp-demo-request", "tp-signup", 0.80),
    ("tp-sample-data", "tp-checklist", 0.55),
    ("tp-checklist", "tp-data-connect", 0.80),
    ("tp-data-connect", "tp-first-value", 0.60), ("tp-data-connect", "tp-trial-ending", 0.30),
    ("tp-first-value", "tp-invite-team", 0.70), ("tp-first-value", "tp-trial-ending", 0.28),
    ("tp-invite-team", "tp-trial-ending", 0.95),
    ("tp-trial-ending", "tp-purchase", 0.45), ("tp-trial-ending", "tp-trial-expired", 0.50),
    ("tp-purchase", "tp-kickoff", 0.35), ("tp-purchase", "tp-training", 0.40),
    ("tp-purchase", "tp-weekly-use", 0.22),
    ("tp-kickoff", "tp-sso", 0.60), ("tp-kickoff", "tp-training", 0.38),
    ("tp-sso", "tp-training", 0.70), ("tp-sso", "tp-ticket", 0.25),
    ("tp-training", "tp-weekly-use", 0.92),
    ("tp-weekly-use", "tp-ticket", 0.20), ("tp-weekly-use", "tp-feature-launch", 0.20),
    ("tp-weekly-use", "tp-usage-drop", 0.12), ("tp-weekly-use", "tp-qbr", 0.15),
    ("tp-weekly-use", "tp-seat-limit", 0.10), ("tp-weekly-use", "tp-outage", 0.05),
    ("tp-weekly-use", "tp-billing-issue", 0.04), ("tp-weekly-use", "tp-renewal", 0.12),
    ("tp-feature-launch", "tp-weekly-use", 0.85), ("tp-feature-launch", "tp-upgrade", 0.10),
    ("tp-usage-drop", "tp-health-check", 0.55), ("tp-usage-drop", "tp-cancel-request", 0.25),
    ("tp-health-check", "tp-weekly-use", 0.80), ("tp-health-check", "tp-cancel-request", 0.15),
    ("tp-ticket", "tp-ticket-resolved", 0.80), ("tp-ticket", "tp-bug-escalation", 0.18),
    ("tp-bug-escalation", "tp-ticket-resolved", 0.85), ("tp-bug-escalation", "tp-cancel-request", 0.10),
    ("tp-ticket-resolved", "tp-weekly-use", 0.95),
    ("tp-outage", "tp-ticket", 0.30), ("tp-outage", "tp-weekly-use", 0.65),
    ("tp-billing-issue", "tp-weekly-use", 0.70), ("tp-billing-issue", "tp-churned", 0.20),
    ("tp-qbr", "tp-seat-limit", 0.20), ("tp-qbr", "tp-upgrade", 0.25),
    ("tp-qbr", "tp-referral", 0.15), ("tp-qbr", "tp-renewal", 0.35),
    ("tp-seat-limit", "tp-upgrade", 0.50), ("tp-seat-limit", "tp-renewal", 0.45),
    ("tp-upgrade", "tp-referral", 0.20), ("tp-upgrade", "tp-renewal", 0.78),
    ("tp-referral", "tp-renewal", 0.98),
    ("tp-renewal", "tp-renewed", 0.70), ("tp-renewal", "tp-renewal-negotiation", 0.12),
    ("tp-renewal", "tp-cancel-request", 0.15),
    ("tp-renewal-negotiation", "tp-renewed", 0.80), ("tp-renewal-negotiation", "tp-cancel-request", 0.15),
    ("tp-cancel-request", "tp-save-offer", 0.65), ("tp-cancel-request", "tp-churned", 0.33),
    ("tp-save-offer", "tp-renewed", 0.35), ("tp-save-offer", "tp-churned", 0.60),
]

OPPORTUNITIES = [
    "Cut the onboarding checklist to the 4 steps that predict conversion (connect, build, share, invite).",
    "Offer a guided connector wizard with the firewall IP list up front; "
    "most trials stall at the first data source.",
    "Send the renewal quote 90 days ahead for annual contracts so procurement is not a surprise.",
    "Alert the CSM when the champion user stops logging in, not only when the whole account drops.",
    "Put the cancel option in settings with a pause plan next to it instead of 'email support'.",
    "Publish incidents in-app and by email before customers find out from their own users.",
]

MAIN = journey("j-saas", "Trial to renewal", 3000, STAGES, TOUCHPOINTS, TRANSITIONS,
               entries=["tp-signup", "tp-demo-request"],
               exits=["tp-renewed", "tp-churned", "tp-trial-expired"],
               opportunities=OPPORTUNITIES)

# ---------------------------------------------------------------- KPIs
KPI_CONV = "Trial-to-paid conversion"
KPI_TTV = "Time to first value"
KPI_FRT = "First response time (tickets)"
KPI_CSAT = "Support CSAT"
KPI_GRR = "Gross revenue retention"
KPI_NRR = "Net revenue retention"
KPI_NPS = "NPS"

KPIS = [
    (KPI_CONV, 14, 20, "%"),
    (KPI_TTV, 9, 4, "days"),
    (KPI_FRT, 9, 2, "hours"),
    (KPI_CSAT, 82, 90, "%"),
    (KPI_GRR, 86, 91, "%"),
    (KPI_NRR, 104, 112, "%"),
    (KPI_NPS, 28, 40, "points"),
]

# ---------------------------------------------------------------- actions
ON = "2026-03-16"          # start of the execution phase
LIVE = "2025-09-01"        # actions already running before this plan

ACTIONS = [
    # Trial & Setup
    action("act-welcome-email", "tp-signup", ALL, "ch-email", "Welcome email with 3 first steps",
           "service", ev("trial_started"), "Growth Marketing", None, KPI_TTV,
           "Welcome to Pulseboard! Three steps to your first dashboard: connect, build, share.",
           LIVE, None, "active"),
    action("act-ent-sdr-call", "tp-signup", [E], "ch-sales", "SDR call for enterprise-size sign-ups",
           "marketing", thr("company_employees", 1000), "Sales Development", 60, KPI_CONV,
           "Hi {first_name}, I saw your team started a trial - can I set up a guided workspace?",
           LIVE, None, "active"),
    action("act-demo-confirm", "tp-demo-request", ALL, "ch-email", "Demo confirmation",
           "service", ev("demo_booked"), "Sales Development", 30, KPI_CONV,
           "Your demo is booked for {date}. Tell us your data stack and we will tailor it.",
           LIVE, None, "active"),
    action("act-demo-reminder", "tp-demo-request", [E, BU], "ch-email",
           "Demo reminder (day before the demo)",
           "service", off(2, "demo_booked"), "Sales Development", None, KPI_CONV,
           "See you tomorrow at {time}. Here is the join link and a 2-minute prep checklist.",
           ON, None, "planned"),
    action("act-checklist-nudge", "tp-checklist", ALL, "ch-inapp", "Checklist progress nudge",
           "service", ev("checklist_opened"), "Product (Growth)", None, KPI_TTV,
           "You are 2 steps from your first dashboard. Next: connect a data source.",
           LIVE, None, "active"),
    action("act-checklist-stalled", "tp-checklist", [ST], "ch-email", "Stalled checklist help",
           "service", thr("days_inactive", 3), "Product (Growth)", None, KPI_TTV,
           "Stuck? Here is a 3-minute video on connecting Postgres, BigQuery or Sheets.",
           ON, None, "planned"),
    action("act-connector-chat", "tp-data-connect", ALL, "ch-chat", "Live help on connector error",
           "service", ev("connector_error"), "Support", 5, KPI_TTV,
           "Looks like the connection failed. I can check the firewall settings with you now.",
           LIVE, None, "active"),
    action("act-ent-solutions-eng", "tp-data-connect", [E], "ch-csm",
           "Solutions engineer screen-share", "service", ev("connector_error"),
           "Solutions Engineering", 60, KPI_TTV,
           "A solutions engineer will join a screen-share within the hour to connect your warehouse.",
           ON, None, "planned"),
    # First Value
    action("act-first-value", "tp-first-value", ALL, "ch-inapp", "First dashboard celebration",
           "service", ev("first_dashboard_shared"), "Product (Growth)", None, KPI_TTV,
           "Your first dashboard is live! Tip: schedule it to land in your team's inbox weekly.",
           ON, None, "planned"),
    action("act-invite-prompt", "tp-invite-team", [BU, ST], "ch-inapp", "Invite your team prompt",
           "marketing", thr("dashboards_created", 3), "Product (Growth)", None, KPI_CONV,
           "Dashboards are better together - invite 3 colleagues and get 7 more trial days.",
           LIVE, "2026-06-30", "active"),
    action("act-trial-ending-email", "tp-trial-ending", ALL, "ch-email", "Trial ends in 3 days",
           "marketing", off(-3, "trial_end"), "Growth Marketing", None, KPI_CONV,
           "3 days left in your trial. Pick a plan to keep your dashboards - annual saves 20 %.",
           LIVE, None, "active"),
    action("act-trial-ending-call", "tp-trial-ending", [E, BU], "ch-sales", "Plan advice call",
           "marketing", off(-5, "trial_end"), "Sales", 1440, KPI_CONV,
           "Can I help you compare plans and prepare a quote for procurement?",
           LIVE, None, "active"),
    action("act-trial-pricing-help", "tp-trial-ending", ALL, "ch-inapp", "Plan picker",
           "service", ev("pricing_page_viewed"), "Growth Marketing", None, KPI_CONV,
           "Answer 3 questions and we will tell you which plan fits your team.",
           ON, None, "planned"),
    action("act-trial-expired-survey", "tp-trial-expired", ALL, "ch-email", "Why not? survey",
           "service", off(2, "trial_end"), "Growth Marketing", None, KPI_CONV,
           "Your trial has ended and your data is kept for 30 days. What held you back?",
           LIVE, None, "active"),
    action("act-trial-winback", "tp-trial-expired", [BU, ST], "ch-email", "Trial win-back offer",
           "marketing", off(30, "trial_end"), "Growth Marketing", None, KPI_CONV,
           "Come back with 20 % off your first 3 months - your dashboards are still here.",
           ON, "2026-12-31", "planned"),
    # Purchase & Onboarding
    action("act-receipt", "tp-purchase", ALL, "ch-email", "Receipt and next steps", "service",
           ev("subscription_created"), "Finance Operations", None, "",
           "Thanks for subscribing. Invoice attached; your onboarding guide is one click away.",
           LIVE, None, "active"),
    action("act-quote-pdf", "tp-purchase", [E, BU], "ch-sales", "Quote and security pack",
           "service", ev("quote_requested"), "Sales", 240, KPI_CONV,
           "Here is the PDF quote, our SOC 2 report and the DPA for your procurement team.",
           LIVE, None, "active"),
    action("act-ent-csm-intro", "tp-purchase", [E], "ch-csm", "Named CSM introduction",
           "service", off(1, "subscription_created"), "Customer Success", 1440, KPI_TTV,
           "I am {csm_name}, your customer success manager. Let's agree your success plan.",
           LIVE, None, "active"),
    action("act-kickoff-agenda", "tp-kickoff", [E, BU], "ch-email", "Kickoff agenda",
           "service", off(-2, "kickoff"), "Customer Success", None, KPI_TTV,
           "Agenda for {date}: goals, data sources, users, first 3 dashboards.",
           ON, None, "planned"),
    action("act-kickoff-call", "tp-kickoff", [E, BU], "ch-csm", "Kickoff call", "service",
           ev("kickoff_scheduled"), "Customer Success", 2880, KPI_TTV,
           "Thanks for joining - here is the written success plan we agreed today.",
           LIVE, None, "active"),
    action("act-sso-guide", "tp-sso", ALL, "ch-email", "SSO & permissions guide for IT", "service",
           ev("sso_setup_started"), "Support", None, KPI_TTV,
           "Forward this to your IT admin: roles explained, SAML values for Okta, Azure AD, Google.",
           ON, None, "planned"),
    action("act-sso-priority", "tp-sso", [E], "ch-support", "Priority SSO support", "service",
           ev("sso_ticket_created"), "Support", 60, KPI_FRT,
           "An identity specialist has your SSO ticket and will reply within the hour.",
           ON, None, "planned"),
    action("act-academy-invite", "tp-training", ALL, "ch-webinar", "Academy course invitation",
           "service", off(3, "subscription_created"), "Customer Education", None, KPI_TTV,
           "Join 'Pulseboard in 45 minutes' live on Thursday, or take the on-demand course.",
           LIVE, None, "active"),
    # Adoption
    action("act-weekly-digest", "tp-weekly-use", [BU, ST], "ch-email", "Weekly usage digest",
           "service", ev("weekly_digest"), "Product", None, KPI_NPS,
           "Last week: {views} dashboard views, {alerts} alerts fired, {new_users} new viewers.",
           LIVE, None, "active"),
    action("act-summer-release", "tp-feature-launch", ALL, "ch-email", "Summer release announcement",
           "marketing", on_date("2026-06-10", "Summer release"), "Product Marketing", None, KPI_NRR,
           "New: AI summaries on every dashboard and alerts in Slack. See what's new.",
           "2026-06-10", "2026-06-24", "planned"),
    action("act-release-inapp", "tp-feature-launch", ALL, "ch-inapp", "What's new panel",
           "marketing", on_date("2026-06-10", "Summer release"), "Product Marketing", None, KPI_NRR,
           "Try AI summaries: click the sparkle icon on any chart.",
           "2026-06-10", "2026-07-10", "planned"),
    action("act-spring-webinar", "tp-feature-launch", [BU, ST], "ch-webinar", "Spring release webinar",
           "marketing", on_date("2026-03-05", "Spring release"), "Product Marketing", None, KPI_NRR,
           "Live walkthrough of the spring release with Q&A.",
           "2026-02-20", "2026-03-05", "done"),
    action("act-usage-drop-csm", "tp-usage-drop", [E, BU], "ch-csm", "CSM reach-out on usage drop",
           "service", thr("weekly_active_users_drop_pct", 40), "Customer Success", 1440, KPI_GRR,
           "Usage dropped this month - shall we review what changed and fix broken sources?",
           ON, None, "planned"),
    action("act-usage-drop-email", "tp-usage-drop", [ST], "ch-email", "New templates to try",
           "marketing", thr("days_since_last_login", 14), "Growth Marketing", None, KPI_GRR,
           "We added 20 new dashboard templates - come take a look.", LIVE, None, "active"),
    action("act-champion-left", "tp-usage-drop", [E], "ch-sales", "Executive sponsor check-in",
           "service", ev("champion_deactivated"), "Sales", 2880, KPI_GRR,
           "Your main admin has left. Who should we work with so your team keeps its dashboards?",
           ON, None, "planned"),
    action("act-health-check", "tp-health-check", [E, BU], "ch-csm", "Health check session",
           "service", ev("health_score_red"), "Customer Success", 2880, KPI_GRR,
           "A 30-minute health check: broken sources, unused dashboards, new users to train.",
           ON, None, "planned"),
    action("act-reonboarding-webinar", "tp-health-check", [BU, ST], "ch-webinar",
           "Re-onboarding webinar", "service", off(7, "health_score_red"), "Customer Education",
           None, KPI_GRR, "Refresh session: rebuild your core dashboards in 40 minutes.",
           ON, None, "planned"),
    # Support
    action("act-ticket-ack", "tp-ticket", ALL, "ch-email", "Ticket acknowledgement", "service",
           ev("ticket_created"), "Support", 5, KPI_FRT,
           "We have your request #{ticket}. Typical first reply: {sla} for your plan.",
           LIVE, None, "active"),
    action("act-ticket-reply-ent", "tp-ticket", [E], "ch-support", "Priority first reply (1 h)",
           "service", ev("ticket_created"), "Support", 60, KPI_FRT,
           "Hi {name}, I have picked up your ticket and I am looking at the logs now.",
           LIVE, None, "active"),
    action("act-ticket-reply-bus", "tp-ticket", [BU], "ch-support", "First reply (4 h)",
           "service", ev("ticket_created"), "Support", 240, KPI_FRT,
           "Thanks for the details - here is what we found so far.", LIVE, None, "active"),
    action("act-ticket-reply-st", "tp-ticket", [ST], "ch-support", "First reply (1 business day)",
           "service", ev("ticket_created"), "Support", 480, KPI_FRT,
           "Thanks for reaching out - here is how to fix it.", ON, None, "planned"),
    action("act-bug-update", "tp-bug-escalation", [E, BU], "ch-email", "Escalation status update",
           "service", off(2, "escalated_to_engineering"), "Support", 2880, KPI_CSAT,
           "Engineering reproduced the bug. Next update on {date}, fix targeted for {release}.",
           ON, None, "planned"),
    action("act-bug-premium-upsell", "tp-bug-escalation", [BU, ST], "ch-email",
           "Premium Support upsell", "marketing", ev("escalated_to_engineering"), "Sales", None, "",
           "Want faster answers? Premium Support gives you 1-hour replies for 15 % of your plan.",
           LIVE, None, "active"),
    action("act-ticket-csat", "tp-ticket-resolved", ALL, "ch-email", "CSAT survey",
           "service", off(1, "ticket_solved"), "Support", None, KPI_CSAT,
           "Your ticket is solved. How did we do? One click is enough.",
           LIVE, None, "active"),
    action("act-ent-resolution-call", "tp-ticket-resolved", [E], "ch-csm", "Resolution follow-up",
           "service", ev("p1_ticket_solved"), "Customer Success", 1440, KPI_CSAT,
           "The fix is live. Let's confirm together that your reports are back to normal.",
           ON, None, "planned"),
    action("act-outage-status", "tp-outage", ALL, "ch-email", "Incident notice", "service",
           ev("incident_declared"), "Site Reliability", 15, KPI_CSAT,
           "We are investigating slow dashboard loads. Follow updates at status.pulseboard.io.",
           LIVE, None, "active"),
    action("act-outage-banner", "tp-outage", ALL, "ch-inapp", "In-app incident banner",
           "service", ev("incident_declared"), "Site Reliability", 10, KPI_CSAT,
           "Some dashboards load slowly. We are on it - next update in 30 minutes.",
           ON, None, "planned"),
    action("act-outage-rca", "tp-outage", [E], "ch-csm", "Post-incident review call", "service",
           off(3, "incident_resolved"), "Customer Success", 4320, KPI_GRR,
           "Here is the root-cause report and what we changed so it does not happen again.",
           ON, None, "planned"),
    action("act-dunning-email", "tp-billing-issue", ALL, "ch-email", "Failed payment notice",
           "service", ev("payment_failed"), "Finance Operations", None, KPI_GRR,
           "Your payment did not go through. Update your card; nothing changes for 7 days.",
           LIVE, None, "active"),
    action("act-dunning-sms", "tp-billing-issue", [BU, ST], "ch-sms", "Card update reminder",
           "service", off(3, "payment_failed"), "Finance Operations", None, KPI_GRR,
           "Pulseboard: your card was declined. Update it here to avoid a pause: {link}",
           ON, None, "planned"),
    # Expansion
    action("act-qbr-deck", "tp-qbr", [E], "ch-email", "QBR pre-read", "service",
           off(-7, "qbr"), "Customer Success", None, KPI_NRR,
           "Pre-read for our QBR: adoption, ROI, open tickets and next-quarter goals.",
           LIVE, None, "active"),
    action("act-qbr-meeting", "tp-qbr", [E], "ch-csm", "Quarterly business review", "service",
           on_date(event="quarter start"), "Customer Success", None, KPI_NRR,
           "Thanks for the QBR - summary, agreed actions and owners attached.",
           LIVE, None, "active"),
    action("act-business-report", "tp-qbr", [BU], "ch-email", "Quarterly value report",
           "service", on_date("2026-07-01", "Q3 start"), "Customer Success", None, KPI_NRR,
           "Your quarter in numbers: hours saved, reports delivered, most-viewed dashboards.",
           "2026-07-01", "2026-07-15", "planned"),
    action("act-seat-limit-inapp", "tp-seat-limit", ALL, "ch-inapp", "Seat limit heads-up",
           "service", thr("seats_used_pct", 90), "Product", None, KPI_NRR,
           "You are using 9 of 10 seats. Add seats or free one up before you are blocked.",
           LIVE, None, "active"),
    action("act-seat-limit-sales", "tp-seat-limit", [E, BU], "ch-sales", "Seat expansion offer",
           "marketing", thr("seats_used_pct", 100), "Sales", 1440, KPI_NRR,
           "Your team is growing - here is a volume price for 25 more seats.",
           ON, None, "planned"),
    action("act-upgrade-confirm", "tp-upgrade", ALL, "ch-email", "Upgrade confirmation",
           "service", ev("plan_upgraded"), "Finance Operations", None, KPI_NRR,
           "You are now on {plan}. New features are unlocked for everyone in your workspace.",
           LIVE, None, "active"),
    action("act-referral-ask", "tp-referral", [E, BU], "ch-csm", "Referral and case study ask",
           "marketing", thr("nps_score", 9), "Customer Marketing", None, KPI_NPS,
           "Would you share your story in a short case study? We will draft it for you.",
           ON, None, "planned"),
    action("act-referral-reward", "tp-referral", ALL, "ch-email", "Referral reward",
           "marketing", ev("referral_submitted"), "Customer Marketing", None, KPI_NPS,
           "Thanks for the referral! One month free is on us when they subscribe.",
           ON, None, "planned", cost=0.01),
    # Renewal
    action("act-ent-renewal-call", "tp-renewal", [E], "ch-csm", "Renewal planning call (90 days)",
           "service", off(-90, "renewal_date"), "Customer Success", None, KPI_GRR,
           "Renewal is in 90 days. Let's review value delivered and next year's scope.",
           ON, None, "planned"),
    action("act-renewal-60", "tp-renewal", [E, BU], "ch-email", "Renewal notice and quote (60 days)",
           "service", off(-60, "renewal_date"), "Renewals", None, KPI_GRR,
           "Your subscription renews on {date}. Quote attached; reply with any changes.",
           ON, None, "planned"),
    action("act-renewal-30", "tp-renewal", ALL, "ch-email", "Renewal notice (30 days)",
           "service", off(-30, "renewal_date"), "Renewals", None, KPI_GRR,
           "Reminder: your plan renews on {date} at {price}. Manage it in billing settings.",
           LIVE, None, "active"),
    action("act-security-pack", "tp-renewal-negotiation", [E, BU], "ch-csm",
           "Security questionnaire support", "service", ev("procurement_request"),
           "Customer Success", 1440, KPI_GRR,
           "Our pre-filled questionnaire (CAIQ), SOC 2 and pen-test summary are attached.",
           ON, None, "planned"),
    action("act-renewal-options", "tp-renewal-negotiation", [BU, ST], "ch-email",
           "Renewal options explained", "service", ev("renewal_question"), "Renewals", 1440,
           KPI_GRR, "Your options: renew annually at {price}, switch to monthly, or change plan.",
           ON, None, "planned"),
    action("act-cancel-survey", "tp-cancel-request", ALL, "ch-inapp", "Cancellation reason survey",
           "service", ev("cancel_clicked"), "Customer Success", None, KPI_GRR,
           "Before you go: what is the main reason? Your answer goes to the product team.",
           ON, None, "planned"),
    action("act-ent-cancel-call", "tp-cancel-request", [E], "ch-csm", "CSM call within 4 hours",
           "service", ev("cancel_requested"), "Customer Success", 240, KPI_GRR,
           "I saw the cancellation request. Can we talk today about what went wrong?",
           ON, None, "planned"),
    action("act-save-call", "tp-save-offer", [E, BU], "ch-sales", "Save offer call", "marketing",
           ev("cancel_requested"), "Renewals", 240, KPI_GRR,
           "We can move you to a smaller plan or pause billing for 3 months.",
           ON, None, "planned"),
    action("act-save-offer-starter", "tp-save-offer", [ST], "ch-inapp", "Pause or discount offer",
           "marketing", ev("cancel_clicked"), "Growth Marketing", None, KPI_GRR,
           "Pause for up to 3 months, or stay with 30 % off for the next 6 months.",
           LIVE, None, "active"),
    action("act-renewed-thanks", "tp-renewed", ALL, "ch-email", "Renewal thank-you", "service",
           ev("renewal_completed"), "Renewals", None, KPI_NPS,
           "Thanks for another year. Here is what is coming on the roadmap.",
           LIVE, None, "active"),
    action("act-ent-anniversary", "tp-renewed", [E], "ch-csm", "Customer anniversary gift",
           "marketing", on_date(event="customer anniversary"), "Customer Success", None, KPI_NPS,
           "One year together - a thank-you gift for the team and a note from our CEO.",
           ON, None, "planned", cost=120.0),
    action("act-data-export", "tp-churned", ALL, "ch-email", "Data export link", "service",
           ev("account_closed"), "Customer Success", None, "",
           "Your account is closed. Download all dashboards and data here; the link works for 30 days.",
           LIVE, None, "active"),
]

# ---------------------------------------------------------------- plan
PHASES = [
    ("Preparation", "2026-02-02", "2026-03-13",
     ["Define tiers from plan and ACV in the CRM; sync to the product analytics tool",
      "Build the account health score (logins, active users, broken sources, tickets)",
      "Rewrite trial, renewal and dunning emails; separate service and marketing sends",
      "Agree first-reply SLAs per plan with the support team"],
     "VP Customer Success"),
    ("Execution", "2026-03-16", "2026-09-30",
     ["Launch the 4-step onboarding checklist and connector live help",
      "Start 90/60/30-day renewal notices and the enterprise renewal planning calls",
      "Roll out QBRs to all enterprise accounts and value reports to Business",
      "Ship the in-app cancellation flow with pause option"],
     "Customer Success Operations Manager"),
    ("Monitoring & evaluation", "2026-10-01", "2027-01-29",
     ["Weekly dashboard: trial conversion, time to first value, first response time",
      "Monthly churn review with reasons from the cancellation survey",
      "Quarterly GRR/NRR review per tier and CSM capacity check",
      "Decide which actions to keep, change or stop for 2027"],
     "Head of CS Analytics"),
]

RISKS = [
    ("Health score misses at-risk accounts (false negatives)", "technical",
     "Back-test on the last 12 months of churn; CSMs can flag accounts manually; review the "
     "model monthly.", "Head of CS Analytics"),
    ("CSM team too small for enterprise growth", "staffing",
     "Pooled CSM model for Business accounts; hire 2 CSMs in Q2; cap 25 enterprise accounts "
     "per CSM.", "VP Customer Success"),
    ("Admins ignore in-app prompts and emails (banner blindness)", "customer acceptance",
     "Fewer, role-based messages; A/B test timing; measure opens and dismiss rates.",
     "Product Manager, Growth"),
    ("Usage data used for outreach without a lawful basis (GDPR)", "compliance",
     "Legitimate-interest assessment, opt-out in every marketing email, DPA updated, no "
     "personal data in SMS.", "Data Protection Officer"),
    ("Ticket tool and CRM not integrated, CSMs unaware of open escalations", "technical",
     "Sync escalated tickets to the CRM account timeline; CSM alert on P1 tickets.",
     "Support Operations Lead"),
]


def build():
    return {
        "format": "journey-designer/1",
        "name": "Pulseboard - SaaS Onboarding & Renewal Care Plan",
        "locale": "en",
        "settings": {"care_silence_limit": 3, "fatigue_window_days": 7},
        "tiers": [{"id": i, "name": n, "share": s, "value_per_customer": v, "care_level": c,
                   "max_contacts_per_window": m, "human_touch_at_mot": h}
                  for i, n, s, v, c, m, h in TIERS],
        "channels": [{"id": i, "name": n, "kind": k, "capacity_per_day": cap,
                      "cost_per_contact": cost} for i, n, k, cap, cost in CHANNELS],
        "journeys": [MAIN],
        "actions": ACTIONS,
        "kpis": [{"name": n, "baseline": b, "target": t, "unit": u} for n, b, t, u in KPIS],
        "phases": [{"name": n, "start": s, "end": e, "tasks": t, "owner": o}
                   for n, s, e, t, o in PHASES],
        "risks": [{"name": n, "kind": k, "mitigation": m, "owner": o} for n, k, m, o in RISKS],
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
