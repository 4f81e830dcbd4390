"""Reading and writing projects: the .journey file, JSON, workbooks, pictures."""

from journey_designer.io.project_files import load_any, save_any

__all__ = ["load_any", "save_any"]
