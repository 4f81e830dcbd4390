"""Where everything of the map goes, from the domain, in plain floats (no Qt).

One engine for the canvas and the pictures: `engine.layout_journey` (card boxes, arrow
routes, share labels, emotion curve), `cards.card_layout` (title lines, badges, dots),
`legend.legend_items`, `palette` (the one set of colours) and `lanes` (lane sizes).
"""
