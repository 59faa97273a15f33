"""The data-file format version, on its own so that quick command-line paths
(`trustroad journal add`) can check it without importing pydantic."""

SCHEMA_VERSION = 1
