"""Two ways to run exactly the same full-batch gradient descent.

Both hold the parameters of a linear model ``z = X w + b`` (``w`` of shape
``(n,)`` for one sigmoid output or ``(n, k)`` for a softmax layer) and apply
the textbook update for a given residual ``r = a - y``::

    w ← (1 - lr·λ) w - (lr/m) Xᵀ r          b ← b - lr·mean(r)

* :class:`PrimalSolver` stores ``w``: every iteration reads X twice
  (``X w`` and ``Xᵀ r``), which is memory-bound and best for tall data (m ≫ n).
* :class:`GramSolver` uses that, from ``w₀``, every update adds a combination of
  the rows of X, so ``w_t = c_t w₀ + Xᵀ α_t``. It tracks the logits directly,
  ``X w_{t+1} = (1 - lr·λ) X w_t - (lr/m) K r`` with ``K = X Xᵀ`` computed once,
  so an iteration costs O(m²) instead of O(m·n): far cheaper for wide data
  such as 1,500 photos of 12,288 pixels. ``w`` is rebuilt only when asked for.
"""

from __future__ import annotations

import time

import numpy as np

#: The Gram matrix is used only while it stays this small.
GRAM_MAX_BYTES = 1 << 30
#: Rows of K built between two chances to stop.
GRAM_BLOCK_ROWS = 2048

# Rough machine model for choosing a solver: BLAS matrix-matrix products run
# compute-bound, matrix-vector products bandwidth-bound.
_GEMM_FLOPS_PER_S = 1.0e11
_BYTES_PER_S = 2.0e10


def choose_solver(m: int, n: int, iterations: int, itemsize: int, outputs: int = 1) -> str:
    """'gram' when building K and iterating on it beats streaming X every iteration."""
    if m > 1.5 * n or m * m * itemsize > GRAM_MAX_BYTES:
        return "primal"
    gram_seconds = m * m * n / _GEMM_FLOPS_PER_S + iterations * m * m * itemsize / _BYTES_PER_S
    primal_seconds = iterations * 2 * m * n * itemsize / _BYTES_PER_S
    return "gram" if gram_seconds < primal_seconds else "primal"


class GramProduct:
    """``K @ v``, the per-iteration product of :class:`GramSolver`, done the faster of two equal ways.

    A threaded BLAS product is about twice as fast as one dot product per row
    on an idle machine, but for a K of a few MB it takes well under a
    millisecond, and on a busy machine it waits a whole time slice whenever one
    of its threads is not scheduled: measured on two loaded cores for
    m = 1,900, BLAS 0.24 ms at best but 5.3 ms on average, row dot products
    0.49 ms at best and 0.66 ms on average. So while K is small (up to
    :data:`ROWWISE_MAX_BYTES`, one output) both are timed for a few calls, the
    faster one is used, and the choice is timed again every
    :data:`RETUNE_EVERY` calls. Both give the same numbers up to rounding.
    """

    def __init__(self, K: np.ndarray):
        self.K = K
        self.calls = 0
        self.choice = _blas_product
        self._timings: dict = {}

    def __call__(self, v: np.ndarray) -> np.ndarray:
        if v.ndim != 1 or len(v) < ROWWISE_MIN_ROWS or self.K.nbytes > ROWWISE_MAX_BYTES:
            return self.K @ v  # larger or multi-output products give BLAS enough work to share out
        phase = self.calls % RETUNE_EVERY
        self.calls += 1
        if phase >= 2 * TIMED_CALLS:
            return self.choice(self.K, v)
        method = (_blas_product, _rowwise_dot)[phase % 2]
        started = time.perf_counter()
        product = method(self.K, v)
        self._timings.setdefault(method, []).append(time.perf_counter() - started)
        if phase == 2 * TIMED_CALLS - 1:
            self.choice = min(self._timings, key=lambda m: float(np.median(self._timings[m])))
            self._timings.clear()
        return product


ROWWISE_MIN_ROWS = 96  # OpenBLAS runs smaller matrix-vector products on one thread
ROWWISE_MAX_BYTES = 16 << 20
TIMED_CALLS = 5  # of each method, at every tuning
RETUNE_EVERY = 500  # calls: the machine's load changes while a long training runs


def _blas_product(A: np.ndarray, v: np.ndarray) -> np.ndarray:
    return A @ v


def _rowwise_dot(A: np.ndarray, v: np.ndarray) -> np.ndarray:
    if hasattr(np, "vecdot"):  # NumPy ≥ 2.0
        return np.vecdot(A, v)
    return np.einsum("ij,j->i", A, v)


class PrimalSolver:
    """Keeps ``w`` and ``b``; each iteration is two BLAS matrix-vector products over X."""

    name = "primal"

    def prepare(self):
        """Nothing to build before the first iteration."""
        return iter(())

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float):
        self.X = X
        self.w = np.array(w0, dtype=X.dtype, copy=True)
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self._saved = None

    def logits(self) -> np.ndarray:
        z = self.X @ self.w
        z += self.b
        return z

    def update(self, residual: np.ndarray) -> None:
        m = self.X.shape[0]
        gradient = self.X.T @ residual
        if self.l2:
            self.w *= 1 - self.learning_rate * self.l2
        self.w -= (self.learning_rate / m) * gradient
        self.b -= self.learning_rate * residual.mean(axis=0)

    def weight_norm_sq(self) -> float:
        return float(np.vdot(self.w, self.w))

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        return self.w.copy(), self.b.copy()

    def save(self) -> None:
        self._saved = (self.w.copy(), self.b.copy())

    def restore(self) -> None:
        if self._saved is not None:
            self.w, self.b = (a.copy() for a in self._saved)


class GramSolver:
    """Tracks ``u = X w`` through ``K = X Xᵀ``; ``w = c·w₀ + Xᵀα`` is rebuilt on demand."""

    name = "gram"

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float):
        self.X = X
        self.K: np.ndarray | None = None  # built by prepare()
        self.product: GramProduct | None = None
        self.w0 = np.array(w0, dtype=X.dtype, copy=True)
        self.u0 = X @ self.w0  # the logits' share of w₀, kept for ||w||²
        self.u = self.u0.copy()
        self.alpha = np.zeros_like(self.u)
        self.scale = 1.0  # c_t = (1 - lr·λ)^t, the weight decay applied to w₀
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self._saved = None

    def prepare(self):
        """Builds K = X Xᵀ in blocks of rows, yielding after each so that training can stop meanwhile.

        Only the upper block-triangle is computed (the same work as one symmetric
        rank-k update) and mirrored; for 12,000 photos this takes seconds.
        """
        X = self.X
        m = X.shape[0]
        if m <= GRAM_BLOCK_ROWS:
            self.K = X @ X.T  # NumPy runs A @ A.T as one symmetric rank-k update (SYRK)
            self.product = GramProduct(self.K)
            return
        K = np.empty((m, m), dtype=X.dtype)
        for start in range(0, m, GRAM_BLOCK_ROWS):
            stop = min(m, start + GRAM_BLOCK_ROWS)
            block = X[start:stop] @ X[start:].T
            K[start:stop, start:] = block
            K[start:, start:stop] = block.T
            yield
        self.K = K
        self.product = GramProduct(K)

    def logits(self) -> np.ndarray:
        return self.u + self.b

    def update(self, residual: np.ndarray) -> None:
        m = self.X.shape[0]
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


SOLVERS = {"primal": PrimalSolver, "gram": GramSolver}
