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

from typing import Callable

import numpy as np

from lrgui.core.gram import fill_gram
from lrgui.core.blas_threads import blas_threads_at_most
from lrgui.core.product_tuner import PRODUCT_FORMS, ProductTuner

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


ROWWISE_MIN_ROWS = 96  # OpenBLAS runs smaller matrix-vector products on one thread
ROWWISE_MAX_BYTES = 16 << 20


class GramProduct:
    """``K @ v``, the per-iteration product of :class:`GramSolver`, in the fastest of equal ways.

    One output: BLAS on the caller's thread count, BLAS on one thread, or
    (while K is at most :data:`ROWWISE_MAX_BYTES`) one dot product per row,
    chosen and watched by a :class:`ProductTuner`. Several outputs: BLAS, its
    thread count chosen the same way. All give the same numbers up to rounding.
    """

    def __init__(self, K: np.ndarray, contended: bool = False, make_tuner: Callable[..., "ProductTuner"] | None = None):
        """``contended``: another program was seen taking a core (start on one BLAS thread, see :func:`fill_gram`)."""
        self.K = K
        make_tuner = make_tuner or ProductTuner
        tuned = len(K) >= ROWWISE_MIN_ROWS  # OpenBLAS runs smaller products on one thread anyway
        forms = PRODUCT_FORMS if K.nbytes <= ROWWISE_MAX_BYTES else PRODUCT_FORMS[:1]
        initial = ("blas", 1) if contended else None
        self.vector_tuner = make_tuner(forms, initial=initial) if tuned else None
        self.matrix_tuner = make_tuner(PRODUCT_FORMS[:1], initial=initial) if tuned else None

    def __call__(self, v: np.ndarray) -> np.ndarray:
        tuner = self.vector_tuner if v.ndim == 1 else self.matrix_tuner
        return self.K @ v if tuner is None else tuner(self.K, v)

    @property
    def threads(self) -> int | None:
        """The BLAS thread count chosen for one output; None when untuned."""
        return None if self.vector_tuner is None else self.vector_tuner.choice[1]


class PrimalSolver:
    """Keeps ``w`` and ``b``; each iteration is two BLAS matrix-vector products over X.

    Both read all of X and are bound by memory bandwidth. Measured on two
    cores for X of 60,000 × 784 float32: X w takes 3.0 ms on two BLAS threads
    and 5.5 ms on one when the machine is idle, but 6.6 ms on two beside a
    busy core (the product waits for the thread that shares its core) and
    5.5 ms on one. So the thread count of X w (one or the caller's) is chosen
    by a :class:`ProductTuner`, and Xᵀ r runs on the same count.
    """

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
        tuned = X.nbytes >= PRIMAL_TUNE_MIN_BYTES
        # X w is timed; Xᵀ r runs on the same thread count: two counts would keep BLAS's threads
        # spinning beside the product that runs on one
        self.tuner = ProductTuner() if tuned else None

    def logits(self) -> np.ndarray:
        z = self.X @ self.w if self.tuner is None else self.tuner(self.X, self.w)
        z += self.b
        return z

    def update(self, residual: np.ndarray) -> None:
        m = self.X.shape[0]
        XT = self.X.T
        with blas_threads_at_most(None if self.tuner is None else self.tuner.threads_used):
            gradient = XT @ residual
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
        # the logits' share of w₀, kept for ||w||²; no product for the usual w₀ = 0 (X is finite), so that
        # no BLAS thread is left spinning when the build of K starts (see fill_gram)
        self.u0 = X @ self.w0 if self.w0.any() else np.zeros(X.shape[:1] + self.w0.shape[1:], X.dtype)
        self.u = self.u0.copy()
        self.alpha = np.zeros_like(self.u)
        self.scale = 1.0  # c_t = (1 - lr·λ)^t, the weight decay applied to w₀
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self._saved = None

    def prepare(self):
        """Builds K = X Xᵀ (see :func:`fill_gram`), yielding between bands of rows so that training can stop meanwhile.

        For 12,000 photos this takes seconds; up to :data:`GRAM_BLOCK_ROWS` rows it is one band.
        """
        X = self.X
        m = X.shape[0]
        K = np.empty((m, m), dtype=X.dtype)
        contended = yield from fill_gram(X, K, GRAM_BLOCK_ROWS)
        self.K = K
        self.product = GramProduct(K, contended)

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
        # on the thread count chosen for K @ r: beside a busy core, more would stall and wake BLAS's threads
        with blas_threads_at_most(self.product.threads if self.product is not None else None):
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


#: X smaller than this is read in well under a millisecond: left to BLAS's own thread choice.
PRIMAL_TUNE_MIN_BYTES = 4 << 20

SOLVERS = {"primal": PrimalSolver, "gram": GramSolver}
