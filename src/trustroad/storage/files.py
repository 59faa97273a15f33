"""Every data file trustroad keeps, by name, and the format version they are written in.

The one place a file name is spelled; features and the store import them from here.
"""

SCHEMA_VERSION = 1

WORKBOOK_FILE = "workbook.json"  # settings, worksheet answers, ticks, steps done
JOURNAL_FILE = "journal.json"  # journal entries and rupture talks
AGENDA_FILE = "agenda.json"  # "What I want to talk about"
AGREEMENTS_FILE = "agreements.json"  # Stabilize's short-term agreements
CHECKINS_FILE = "checkins.json"  # weekly check-ins
PROMISES_FILE = "promises.json"  # small promises, check marks, setbacks and repair
DRAFTS_FILE = "drafts.json"  # words typed into a form not saved yet (a safety net)
PAIRING_FILE = "pairing.json"  # the pairing with the partner's workbook, for letters (its private key)
TOGETHER_FILE = "together.json"  # what is chosen to go to the partner, and what came from them
LOCK_FILE = ".trustroad.lock"  # held while a window has the folder open
# Present exactly when the folder is encrypted: the data key, wrapped by the passphrase (storage/keyfile.py).
KEY_FILE = ".trustroad-key.json"

DATA_FILES = (
    WORKBOOK_FILE,
    JOURNAL_FILE,
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    PROMISES_FILE,
    DRAFTS_FILE,
    PAIRING_FILE,
    TOGETHER_FILE,
)
