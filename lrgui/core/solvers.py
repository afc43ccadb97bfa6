"""Two ways to run exactly the same full-batch gradient descent.

Both hold the parameters of a linear model ``z = X w + b`` (``w`` of shape
``(n,)`` for one sigmoid output or ``(n, k)`` for a softmax layer) and apply
the textbook update with the residual ``r = g(z) - y`` (g the sigmoid or the
softmax)::

    w ← (1 - lr·λ) w - (lr/m) Xᵀ r          b ← b - lr·mean(r)

A solver's :meth:`logits` gives z for the parameters as they are;
:meth:`step` then applies that update.

* :class:`PrimalSolver` stores ``w`` and reads X once per iteration: block by
  block, ``z_b = X_b w + b``, ``r_b = g(z_b) - y_b`` and ``X_bᵀ r_b`` while
  the block is still in the CPU cache. It is memory-bound and best for tall
  data (m ≫ n).
* :class:`GramSolver` uses that, from ``w₀``, every update adds a combination of
  the rows of X, so ``w_t = c_t w₀ + Xᵀ α_t``. It tracks the logits directly,
  ``X w_{t+1} = (1 - lr·λ) X w_t - (lr/m) K r`` with ``K = X Xᵀ`` computed once,
  so an iteration costs O(m²) instead of O(m·n): far cheaper for wide data
  such as 1,500 photos of 12,288 pixels. ``w`` is rebuilt only when asked for.

Both split their work into tasks fixed by the shapes (:mod:`lrgui.core.parallel`)
and add the tasks' sums in task order, so a run gives the same numbers bit for
bit on any number of threads and beside any load; they differ from the
textbook's single products only in the order of the sums.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Callable

import numpy as np

from lrgui.core.parallel import Workers, aligned_empty, split

#: The Gram matrix is used only while it stays this small.
GRAM_MAX_BYTES = 1 << 30
#: Rows of K built between two chances to stop (a multiple of GRAM_TILE_ROWS).
GRAM_BLOCK_ROWS = 2048
#: K is built in square tiles of this many rows, one one-thread product each.
GRAM_TILE_ROWS = 256
#: Rows of X read per block of the primal solver: about 2 MB, small enough to stay in the CPU's
#: cache between X_b w and X_bᵀ r_b, large enough that the dozen NumPy calls per block cost little.
BLOCK_BYTES = 2 << 20
#: ... and never fewer rows than this: the matrix-vector products of a short block cost far more than
#: their share of X (docs/performance.md, "Measurements behind the code's constants").
MIN_BLOCK_ROWS = 640
#: Bytes of X per task shared among the threads: small enough that a thread paused by a busy
#: core holds up little, large enough that adding up the tasks' sums costs little.
TASK_BYTES = 8 << 20
#: Bytes of K per task of K @ r. A K of a few thousand rows stays in the CPU's last-level cache,
#: where one thread reads it in a fraction of a millisecond: sharing it out would cost more than it saves.
GRAM_TASK_BYTES = 32 << 20

# Rough machine model for choosing a solver: BLAS matrix-matrix products run
# compute-bound, matrix-vector products bandwidth-bound.
_GEMM_FLOPS_PER_S = 1.0e11
_BYTES_PER_S = 2.0e10

Activation = Callable[[np.ndarray], np.ndarray]


def choose_solver(m: int, n: int, iterations: int, itemsize: int, outputs: int = 1) -> str:
    """'gram' when building K and iterating on it beats streaming X every iteration."""
    if m > 1.5 * n or m * m * itemsize > GRAM_MAX_BYTES:
        return "primal"
    gram_seconds = m * m * n / _GEMM_FLOPS_PER_S + iterations * m * m * itemsize / _BYTES_PER_S
    primal_seconds = iterations * 2 * m * n * itemsize / _BYTES_PER_S  # one read and one from the cache
    return "gram" if gram_seconds < primal_seconds else "primal"


def task_ranges(rows: int, row_bytes: int, task_bytes: int | None = None) -> list[tuple[int, int]]:
    """Near-equal row ranges of about ``task_bytes`` (:data:`TASK_BYTES`) each: fixed by the shape alone."""
    return split(rows, max(1, min(rows, round(rows * row_bytes / (task_bytes or TASK_BYTES)))))


class PrimalSolver:
    """Keeps ``w`` and ``b``; each iteration reads X once, in fixed tasks of blocks of rows.

    A task sums its blocks' ``X_bᵀ r_b`` and ``Σ r_b`` (in float64) in order;
    :meth:`logits` adds up the tasks' sums in task order for :meth:`step`.
    """

    name = "primal"

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float,
                 activation: Activation, target: np.ndarray, workers: int = 1):
        self.X = X
        self.w = np.array(w0, dtype=X.dtype, copy=True)
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self.activation = activation
        self.target = target
        self._saved = None
        m, n = X.shape
        self.outputs = self.w.shape[1:]  # () or (k,)
        self.tasks = task_ranges(m, n * X.itemsize)
        if len(self.tasks) > 1 and m // len(self.tasks) < MIN_BLOCK_ROWS:  # wide rows: tasks of whole blocks
            self.tasks = split(m, max(1, m // MIN_BLOCK_ROWS))
        block_rows = max(1, MIN_BLOCK_ROWS, BLOCK_BYTES // (n * X.itemsize))
        # each task cut into equal blocks of at least block_rows rows (a short last block would be slow)
        self.blocks = [[(start + first, start + last) for first, last in split(stop - start,
                                                                               max(1, (stop - start) // block_rows))]
                       for start, stop in self.tasks]
        task_rows = max(stop - start for start, stop in self.tasks)
        self.z = np.empty((m, *self.outputs), X.dtype)
        self.gradient = np.zeros_like(self.w)
        self.residual_sum = np.zeros(self.outputs)
        self.workers = Workers(workers, lambda: SimpleNamespace(
            z=aligned_empty((task_rows, *self.outputs), X.dtype),
            gradient=aligned_empty(self.w.shape, X.dtype),
            product=aligned_empty(self.w.shape, X.dtype),
            residual_sum=np.zeros(self.outputs),
        ))

    def prepare(self):
        """Nothing to build before the first iteration."""
        return iter(())

    def logits(self, gradient: bool = True) -> np.ndarray:
        """z = X w + b (the solver's own array: valid until the next call); with ``gradient``, Xᵀ r too."""
        task = self._task if gradient else self._logits_task
        outputs = self.workers.run(task, len(self.tasks))
        for (start, stop), out in zip(self.tasks, outputs):
            self.z[start:stop] = out.z[: stop - start]
        if gradient:
            self.gradient[...] = outputs[0].gradient
            self.residual_sum[...] = outputs[0].residual_sum
            for out in outputs[1:]:
                self.gradient += out.gradient
                self.residual_sum += out.residual_sum
        return self.z

    def _logits_task(self, i: int, out) -> None:
        start, stop = self.tasks[i]
        z = np.matmul(self.X[start:stop], self.w, out=out.z[: stop - start])
        z += self.b

    def _task(self, i: int, out) -> None:
        start, stop = self.tasks[i]
        out.gradient.fill(0)
        out.residual_sum.fill(0)
        for first, last in self.blocks[i]:
            X_block = self.X[first:last]
            z = np.matmul(X_block, self.w, out=out.z[first - start : last - start])
            z += self.b
            residual = self.activation(z)
            residual -= self.target[first:last]
            out.gradient += np.matmul(X_block.T, residual, out=out.product)
            out.residual_sum += residual.sum(axis=0, dtype=np.float64)

    def step(self) -> None:
        """The update with the gradient of the last :meth:`logits`."""
        m = self.X.shape[0]
        if self.l2:
            self.w *= 1 - self.learning_rate * self.l2
        self.w -= (self.learning_rate / m) * self.gradient
        self.b -= (self.learning_rate * self.residual_sum / m).astype(self.b.dtype)

    def weight_norm_sq(self) -> float:
        return float(np.vdot(self.w, self.w))

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        return self.w.copy(), self.b.copy()

    def save(self) -> None:
        self._saved = (self.w.copy(), self.b.copy())

    def restore(self) -> None:
        if self._saved is not None:
            self.w, self.b = (a.copy() for a in self._saved)

    def close(self) -> None:
        self.workers.close()


class GramSolver:
    """Tracks ``u = X w`` through ``K = X Xᵀ``; ``w = c·w₀ + Xᵀα`` is rebuilt on demand."""

    name = "gram"

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float,
                 activation: Activation, target: np.ndarray, workers: int = 1):
        self.X = X
        self.K: np.ndarray | None = None  # built by prepare()
        self.w0 = np.array(w0, dtype=X.dtype, copy=True)
        # the logits' share of w₀, kept for ||w||²
        self.u0 = X @ self.w0 if self.w0.any() else np.zeros(X.shape[:1] + self.w0.shape[1:], X.dtype)
        self.u = self.u0.copy()
        self.alpha = np.zeros_like(self.u)
        self.scale = 1.0  # c_t = (1 - lr·λ)^t, the weight decay applied to w₀
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self.activation = activation
        self.target = target
        self._saved = None
        self._z: np.ndarray | None = None
        self.workers = Workers(workers, lambda: SimpleNamespace(block=None))
        self._rows: list[tuple[int, int]] = []  # K @ v's tasks, set once K exists

    def prepare(self):
        """Builds K = X Xᵀ in bands of :data:`GRAM_BLOCK_ROWS` rows, yielding between them (chances to stop).

        Only the tiles on and above the diagonal are computed (the work of one
        symmetric rank-k update) and mirrored, so K is exactly symmetric. For
        12,000 photos this takes seconds; up to GRAM_BLOCK_ROWS rows it is one band.
        """
        X = self.X
        m = X.shape[0]
        K = np.empty((m, m), dtype=X.dtype)
        bands = range(0, m, GRAM_BLOCK_ROWS)
        for start in bands:
            tiles = band_tiles(start, min(m, start + GRAM_BLOCK_ROWS), m, GRAM_TILE_ROWS)
            outputs = self.workers.run(lambda i, out: _fill_tile(X, tiles[i], out), len(tiles))
            for (a, b, c, d), out in zip(tiles, outputs):
                K[a:b, c:d] = out.block
                if c != a:
                    K[c:d, a:b] = out.block.T
            if len(bands) > 1:
                yield
        self.K = K
        self._rows = task_ranges(m, m * X.itemsize, GRAM_TASK_BYTES)

    def product(self, v: np.ndarray) -> np.ndarray:
        """K @ v, in fixed tasks of rows of K when K is large."""
        if len(self._rows) <= 1:
            return self.K @ v

        def task(i, out):
            start, stop = self._rows[i]
            out.block = self.K[start:stop] @ v

        return np.concatenate([out.block for out in self.workers.run(task, len(self._rows))])

    def logits(self, gradient: bool = True) -> np.ndarray:
        self._z = self.u + self.b
        return self._z

    def step(self) -> None:
        m = self.X.shape[0]
        residual = self.activation(self._z)
        residual -= self.target
        step = self.product(residual)
        if self.l2:
            decay = 1 - self.learning_rate * self.l2
            self.u *= decay
            self.alpha *= decay
            self.scale *= decay
        self.u -= (self.learning_rate / m) * step
        self.alpha -= (self.learning_rate / m) * residual
        self.b -= self.learning_rate * residual.mean(axis=0)

    def weight_norm_sq(self) -> float:
        # ||c w₀ + Xᵀα||² = c²||w₀||² + 2c (X w₀)·α + αᵀ K α
        c = self.scale
        return float(
            c * c * np.vdot(self.w0, self.w0)
            + 2 * c * np.vdot(self.u0, self.alpha)
            + np.vdot(self.alpha, self.product(self.alpha))
        )

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        w = self.X.T @ self.alpha
        if self.scale and np.any(self.w0):
            w += self.scale * self.w0
        return w, self.b.copy()

    def save(self) -> None:
        self._saved = (self.u.copy(), self.alpha.copy(), self.scale, self.b.copy())

    def restore(self) -> None:
        if self._saved is not None:
            u, alpha, self.scale, b = self._saved
            self.u, self.alpha, self.b = u.copy(), alpha.copy(), b.copy()

    def close(self) -> None:
        self.workers.close()


def band_tiles(start: int, stop: int, m: int, tile: int) -> list[tuple[int, int, int, int]]:
    """Tiles (rows a:b, columns c:d) covering K[start:stop, start:] on and above the diagonal, largest first.

    Each row strip's square on the diagonal is one symmetric product (half the
    work of another square); those come last so that the threads end together.
    """
    edges = [*range(start, stop, tile), stop]
    strips = list(zip(edges, edges[1:]))
    squares = [(a, b, c, min(c + tile, m)) for a, b in strips for c in range(b, m, tile)]
    return squares + [(a, b, a, b) for a, b in strips]


def _fill_tile(X: np.ndarray, tile: tuple[int, int, int, int], out) -> None:
    a, b, c, d = tile
    rows = X[a:b]
    out.block = rows @ rows.T if c == a else rows @ X[c:d].T  # the diagonal: one SYRK, symmetric


SOLVERS = {"primal": PrimalSolver, "gram": GramSolver}
