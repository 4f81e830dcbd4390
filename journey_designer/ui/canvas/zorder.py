"""Stacking order of the map's items, in one place."""

LANE = -10.0
CURVE = -5.0
ARROW = 0.0
SHARE_LABEL = 5.0  # above every arrow (a label is never under another arrow's line)
CARD = 10.0
CARD_SELECTED = 11.0
OVERLAY = 50.0
INTERACTION = 100.0
