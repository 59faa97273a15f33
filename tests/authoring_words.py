"""Words of the validation library and the YAML reader that must never reach a content author
(tests/unit/test_content_authoring.py, test_content_problems.py). On sys.path through tests/conftest.py."""

import re

# The validation library's and the YAML reader's own words: none may reach an author.
JARGON = re.compile(
    r"Input should|valid tuple|valid dictionary|Extra inputs|not permitted|Field required|String should|"
    r"Value error|validation error|pydantic|mapping values|block end|block mapping|scalar|token|"
    r"cannot start any|\bloc\b|prompts\.\d|templates\.\d",
    re.IGNORECASE,
)
