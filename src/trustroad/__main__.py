"""`python -m trustroad` does what the `trustroad` command does."""

from trustroad.cli import main

raise SystemExit(main())
