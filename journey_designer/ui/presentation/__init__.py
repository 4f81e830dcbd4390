"""Presentation mode (F5) and the slides PDF: controller.py drives the slides on the
window's view, slide_layout.py says where each slide looks for a screen size,
overlays.py draws over the map, window_state.py puts the editor back, pdf_export.py
writes the same slides as a PDF."""

from journey_designer.ui.presentation.controller import Presentation
from journey_designer.ui.presentation.overlays import StageSpotlight
from journey_designer.ui.presentation.pdf_export import SlidesExport, SlideWriter, export_slides
from journey_designer.ui.presentation.summary import plain_number

__all__ = ["Presentation", "SlideWriter", "SlidesExport", "StageSpotlight", "export_slides",
           "plain_number"]
