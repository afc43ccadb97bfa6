"""Building the Gram matrix K = X Xᵀ in bands and tiles, so that it can be stopped and shared out under load."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Generator

import numpy as np

from lrgui.core.blas_threads import blas_threads, blas_threads_awake, set_blas_threads

#: Below this many multiply-adds (about 40 ms on two cores) a band of K is one product on the
#: caller's threads: sharing it out would not repay starting the workers.
TILED_MIN_WORK = 1 << 32
#: Tiles per worker in a band, so that a worker slowed by another program takes fewer of them.
TILES_PER_WORKER = 4
#: Workers that ran on a core less than this share of their time had it taken by another program.
CONTENDED_SHARE = 0.85
#: Tile edges, in rows: small enough to share out, large enough for BLAS to run at full speed.
MIN_TILE_ROWS, MAX_TILE_ROWS = 96, 512


def fill_gram(
    X: np.ndarray,
    K: np.ndarray,
    band_rows: int,
    *,
    get_threads: Callable[[], int] | None = None,
    set_threads: Callable[[int], None] | None = None,
    threads_awake: Callable[[], bool] | None = None,
) -> Generator[None, None, bool]:
    """Writes ``K = X Xᵀ`` in bands of ``band_rows`` rows, yielding between bands (the chances to stop).

    Returns whether the workers below found their cores shared with another
    program (they got less than :data:`CONTENDED_SHARE` of their time on a core).

    Only the upper block-triangle is computed (the work of one symmetric
    rank-k update) and mirrored, so K is exactly symmetric. When the caller
    allows several BLAS threads, a large band is cut into square tiles that
    as many workers take in turn, each running its products on one BLAS
    thread: a worker whose core another program keeps busy simply finishes
    fewer tiles, where one threaded product waits for its slowest thread.
    Measured on two cores for K of 1,500 × 12,288 float32: one two-thread
    product 0.125 s quiet and 0.26 s beside a busy core, one thread 0.23 s,
    two one-thread workers 0.124 s quiet and 0.17 s busy (the same tiles
    one after another on two BLAS threads: 0.135–0.16 s quiet).

    But OpenBLAS keeps its threads spinning for about 0.1 s after a threaded
    product, and spinning they take turns with the workers on their cores
    (0.17 s quiet). So when BLAS threads are found awake (see
    :func:`blas_threads_awake`) before the first band, every band is one
    product on the caller's threads (a diagonal square and the rectangle
    right of it), as on one thread. That is looked at once only: later, the
    workers themselves may still be running for a moment after their last
    tile, and while tiles run BLAS is on one thread, so nothing starts
    spinning. BLAS runs on one thread only while tiles run; the thread count
    in force before is back at every yield and at the end, however the build
    ends.
    """
    get_threads = get_threads or blas_threads
    set_threads = set_threads or set_blas_threads
    threads_awake = threads_awake or blas_threads_awake
    m, n = X.shape
    workers = get_threads()
    tile = tile_rows(m, workers)
    bands = range(0, m, band_rows)
    pool: ThreadPoolExecutor | None = None
    lowered: int | None = None  # the thread count to put back, while tiles run on one
    times = np.zeros(2)  # the workers' seconds on a core and seconds in all, over their tiles
    tiles_allowed: bool | None = None  # decided at the first band that is large enough
    try:
        for start in bands:
            stop = min(m, start + band_rows)
            shared = workers > 1 and (stop - start) * (m - start) * n >= TILED_MIN_WORK and tile < m - start
            if shared and tiles_allowed is None:
                tiles_allowed = not threads_awake()
            if shared and tiles_allowed:
                if pool is None:
                    pool = ThreadPoolExecutor(workers, thread_name_prefix="gram")
                lowered = get_threads()  # the count in force now (another thread may have changed it)
                set_threads(1)
                for cpu, wall in pool.map(lambda t: _fill_tile(X, K, t), band_tiles(start, stop, m, tile)):
                    times += cpu, wall
                set_threads(lowered)
                lowered = None
            else:
                _fill_tile(X, K, (start, stop, start, stop))  # the diagonal square: symmetric
                if stop < m:
                    _fill_tile(X, K, (start, stop, stop, m))
            if len(bands) > 1:
                yield
        return bool(times[1] and times[0] < CONTENDED_SHARE * times[1])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)  # no tile may still write into K after a stop
        if lowered is not None:
            set_threads(lowered)



def tile_rows(m: int, workers: int) -> int:
    """The tile edge for K of m rows shared by ``workers``: enough tiles for every worker to take several."""
    blocks = 1
    while blocks * (blocks + 1) // 2 < TILES_PER_WORKER * workers:  # tiles of the upper block-triangle
        blocks += 1
    return max(MIN_TILE_ROWS, min(MAX_TILE_ROWS, -(-m // blocks)))


def band_tiles(start: int, stop: int, m: int, tile: int) -> list[tuple[int, int, int, int]]:
    """Tiles (rows a:b, columns c:d) covering K[start:stop, start:] on and above the diagonal, largest first.

    Each row strip's square on the diagonal is one symmetric product (half the
    work of another square); those come last so that the workers end together.
    """
    edges = [*range(start, stop, tile), stop]
    strips = list(zip(edges, edges[1:]))
    squares = [(a, b, c, min(c + tile, m)) for a, b in strips for c in range(b, m, tile)]
    return squares + [(a, b, a, b) for a, b in strips]


def _fill_tile(X: np.ndarray, K: np.ndarray, tile: tuple[int, int, int, int]) -> tuple[float, float]:
    """Writes one tile (and its mirror); returns the seconds this thread ran on a core and the seconds it took."""
    cpu, wall = time.thread_time(), time.perf_counter()
    a, b, c, d = tile
    rows = X[a:b]
    if c == a:
        K[a:b, a:b] = rows @ rows.T  # one SYRK, written out symmetric by NumPy
    else:
        block = K[a:b, c:d]
        np.matmul(rows, X[c:d].T, out=block)
        K[c:d, a:b] = block.T
    return time.thread_time() - cpu, time.perf_counter() - wall
