"""How much memory the process may still use, and refusing in words what would not fit.

Every reader checks a declared size against this *before* allocating, so a
crafted header cannot make lrgui ask the system for gigabytes.
"""

from __future__ import annotations

import os
import resource

from lrgui.errors import DataError
from lrgui.i18n import localize, translate

#: No single array read from a file may declare more than this, whatever the machine.
MAX_DECLARED_BYTES = 1 << 30


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _address_space_left() -> int | None:
    """What RLIMIT_AS (``ulimit -v``) still allows, or None when unlimited."""
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    except (OSError, ValueError):
        return None
    if soft in (resource.RLIM_INFINITY, -1):
        return None
    used = None
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        used = 0
    return max(0, soft - used)


def available_memory() -> int | None:
    """Bytes the process can still allocate: the smaller of free memory and RLIMIT_AS; None if unknown."""
    candidates = [value for value in (_meminfo_available(), _address_space_left()) if value is not None]
    return min(candidates) if candidates else None


def format_bytes(count: float) -> str:
    """1536 → '1.5 KB'; one wording for sizes everywhere."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(count) < 1024 or unit == "TB":
            return localize(f"{count:,.0f} {unit}" if unit == "bytes" else f"{count:,.1f} {unit}")
        count /= 1024
    return f"{count:,.1f} TB"  # pragma: no cover


def check_fits(nbytes: int, what: str, *, cap: int | None = MAX_DECLARED_BYTES) -> None:
    """Raises DataError, in one sentence, when ``nbytes`` for ``what`` exceed ``cap`` or the memory left."""
    if nbytes < 0:
        raise DataError(translate("Limits", "{what} declares a negative size.").format(what=what))
    if cap is not None and nbytes > cap:
        raise DataError(translate("Limits", "{what} would need {bytes}, more than lrgui allows ({bytes2}).").format(
            what=what, bytes=format_bytes(nbytes), bytes2=format_bytes(cap)))
    left = available_memory()
    if left is not None and nbytes > left:
        raise DataError(
            translate("Limits", "{what} would need {bytes} of memory, but only {bytes2} is available.").format(
            what=what, bytes=format_bytes(nbytes), bytes2=format_bytes(left))
        )
