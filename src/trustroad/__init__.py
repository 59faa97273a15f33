"""trustroad: a private, terminal-based guided workbook for couples after a trust rupture."""

__version__ = "0.1.0"
