"""How many threads training may use: the cores this process may run on, and BLAS held to one thread.

Training splits its products into fixed blocks that its own workers take in
turn (:mod:`lrgui.core.parallel`), each block one BLAS call on one thread, so
that the numbers never depend on how many threads ran or how the machine was
loaded. BLAS is held to one thread for the whole run with threadpoolctl's
context manager (:func:`one_blas_thread`), entered once when training starts
and left when it ends; nothing changes the count in between.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager

_controller = None


def _blas_controller():
    """threadpoolctl's handle on the loaded BLAS libraries (found once: looking them up takes milliseconds)."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController().select(user_api="blas")
    return _controller


def usable_cores() -> int:
    """The CPUs this process may run on: its affinity where the system tells it (``taskset``, containers)."""
    if hasattr(os, "sched_getaffinity"):
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except OSError:
            pass
    return max(1, os.cpu_count() or 1)


def blas_threads() -> int:
    """The number of threads BLAS may use now (the smallest over the loaded BLAS libraries), at least 1."""
    counts = [int(lib.num_threads) for lib in _blas_controller().lib_controllers if lib.num_threads]
    return max(1, min(counts)) if counts else 1


_holders = 0  # runs inside one_blas_thread now
_holding = threading.Lock()
_limiter = None  # threadpoolctl's limit, entered by the first holder and left by the last


@contextmanager
def one_blas_thread():
    """BLAS on one thread inside; the count in force before the first of several runs is back after the last.

    Runs may overlap in any order (generators stepped in turns): the limit is
    taken once and given back only when no run holds it, so that no run ends
    another's single thread (a BLAS thread count changes the last bits of its products).
    """
    global _holders, _limiter
    with _holding:
        if _holders == 0:
            _limiter = _blas_controller().limit(limits=1)
        _holders += 1
    try:
        yield
    finally:
        with _holding:
            _holders -= 1
            if _holders == 0:
                _limiter.restore_original_limits()
                _limiter = None
