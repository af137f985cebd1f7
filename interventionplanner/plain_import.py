"""Python's own import for every module the window loads after PySide6.

Importing PySide6 replaces `builtins.__import__` with a hook that serves only
`from __feature__ import snake_case, true_property`, which this app never uses: for each
module imported after it, the hook reads the module's whole source file (through
`inspect.getsource`, so every file also stays in `linecache`) to see whether it mentions
PySide6. At start-up that is about 0.05 s and 3–4 MiB; later, every module a step or a
packet loads first pays it on the window's thread. PySide6's documentation keeps the import
it wrapped as `builtins.__orig_import__` (in PySide6 6.11 its lazy loader of Qt classes,
which stays in place); putting that one back keeps everything but the `__feature__` check.

Imported for its effect, first of all by app.py: it loads PySide6 (which puts the hook in)
and drops the hook at once, so no module after it, the standard library's included, is read.
"""

from __future__ import annotations

import builtins

import PySide6  # noqa: F401 (the hook goes in as PySide6 loads)


def skip_feature_scan() -> bool:
    """Drop PySide6's `__feature__` import hook if it is the one installed; say whether it
    was. Any other replacement (a debugger's, a test tool's) is left alone."""
    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if hook is None or wrapped is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = wrapped
    return True


skip_feature_scan()
