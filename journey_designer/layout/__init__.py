"""Geometry of a journey map (lanes, cards, curve), in floats; no Qt."""
