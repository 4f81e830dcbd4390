"""Analysis tests: plain pytest, no Qt. `plans.py` beside this file builds small journeys."""
