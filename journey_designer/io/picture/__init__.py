"""Pictures of a journey map (PNG, SVG, PDF; screen size or paper), drawn with matplotlib
from the layout engine's boxes, routes and label places."""
