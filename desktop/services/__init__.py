"""Use cases without widgets: validation, import/export, selection, flyers, reports, sync glue.

Nothing here imports Qt; the views call these functions (usually off the GUI thread).
"""
