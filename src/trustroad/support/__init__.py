"""Support from the person's own data: stuck signals and the time-out phrase (issue 13).

Pure functions over the documents; the support place (tui/screens/support.py) shows them.
"""
