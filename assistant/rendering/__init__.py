"""Rendering: answers and tables as text, Markdown, JSON, CSV, SVG or HTML.

The one place that knows about colour, width, wrapping and Markdown tables: `render.py` (the
answer in each format), `wrap.py` (word wrapping), `tables.py` (columns, or records when narrow),
`mdtable.py` (Markdown tables), `heatmap.py` (the matrix picture), `export.py` (every row as JSON,
CSV or Markdown). Outside text goes through base/sanitize.py on its way out.

Imports answers/ (values only), kb/ and base/; never conversation/ or the faces.
"""
