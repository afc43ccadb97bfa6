"""PySide6 looks at every module imported after it; lrgui makes that look cheaper (same answer).

For its ``__feature__`` switching (snake_case names, true properties: PYSIDE-2029), PySide6 asks of each
module imported after it whether its source contains the word "PySide6", with ``inspect.getsource``.
That finds the module again among all loaded ones, reads its file through ``linecache`` and splits it
into lines: about a sixth of the CPU time lrgui's window modules take to import. Reading the file's bytes
gives the same answer. Modules without a ``.py`` file, and PySide6 versions without this check, keep
PySide6's own way.
"""

from __future__ import annotations

import sys


def check_sources_by_bytes() -> bool:
    """Installs the cheaper check; True if PySide6 has the check to replace."""
    import PySide6.QtCore  # noqa: F401 - loads PySide6's support modules, the feature module among them

    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return original is not None

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = uses_pyside
    return True
