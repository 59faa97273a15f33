"""Names of data files whose feature module holds pydantic models, on their own so that
quick paths (`trustroad export`) can name a file without importing its models."""

AGENDA_FILE = "agenda.json"
DRAFTS_FILE = "drafts.json"
PROMISES_FILE = "promises.json"
