"""The therapy summary: documents + content -> `Summary` model -> Markdown / HTML / PDF.

Core code: never imports textual. fpdf2 is imported only when a PDF is made. This package
file imports nothing, so `trustroad --help` stays fast: see summary.py for the entry points.
"""
