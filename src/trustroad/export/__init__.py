"""The therapy summary: documents + content -> `Summary` model -> Markdown / HTML / PDF.

Core code: never imports textual. fpdf2 is imported only when a PDF is made (see pdf.py);
the entry points are in summary.py.
"""
