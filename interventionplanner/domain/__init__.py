"""The plan and the rules a family relies on. Pure Python: no files, no Qt."""
