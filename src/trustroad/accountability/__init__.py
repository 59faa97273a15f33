"""The accountability helper: a pure checker for a statement of responsibility (no Textual)."""
