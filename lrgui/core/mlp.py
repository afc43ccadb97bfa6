"""A neural network with one hidden layer, trained by minibatch gradient descent.

The model, for a minibatch of B rows ``X`` (B × n) with one-hot labels ``Y`` (B × k)::

    A1 = g(X W1 + b1)                 hidden layer, g = sigmoid, tanh or relu
    P  = softmax(A1 W2 + b2)          one output per class (two for two classes)
    J  = -(1/B) Σ_i Σ_c Y_ic log P_ic
         + (l2/2)·(||W1||² + ||W2||²) + l1·(|W1|₁ + |W2|₁)     biases not penalised

and backpropagation gives the gradient of J, *averaged* over the minibatch as
in :mod:`lrgui.core.logistic`, so the learning rate does not depend on the
batch size::

    D2 = (P - Y) / B                  dW2 = A1ᵀ D2 + l2·W2 + l1·sign(W2)    db2 = Σ_i D2
    D1 = (D2 W2ᵀ) ⊙ g'(A1)            dW1 = Xᵀ D1  + l2·W1 + l1·sign(W1)    db1 = Σ_i D1
    W ← W - lr·dW                     for every parameter, after every minibatch

(``sign(0) = 0``: the L1 term uses that subgradient.)

Epochs and costs
    ``batches=N`` splits every epoch into N near-equal minibatches (as
    ``np.array_split`` does); ``batch_size=N``, when set, wins and means
    ``ceil(m/N)`` near-equal minibatches of at most N rows. The rows are
    shuffled every epoch (not with a single minibatch, where order is moot).
    ``training_steps`` yields for the parameters after 0, 1, …, ``epochs``
    epochs. The cost recorded for epoch e is J on the *whole* training set
    with the parameters after e epochs (at the *start* of epoch e, before its
    updates): the convention of the logistic regression, whose iteration-i
    cost is taken before the i-th update. The final point, after the last
    epoch, is always recorded. That full pass costs about half an epoch, so
    by default (``record_every=None``) it is taken only every few epochs, as
    many as keep it, with a test set of a quarter of the training set's size,
    under a tenth of the training time (:func:`default_record_every`).
    Every step after the start also carries the free curve the classic
    tutorial plots: the mean of the minibatch costs J (penalty included) of
    the epoch just run, each taken before its minibatch's update
    (``TrainingStep.minibatch_cost``).

Randomness
    The weights start from a normal distribution scaled to the layer sizes —
    Glorot/Xavier, std = √(2/(fan_in + fan_out)), for sigmoid and tanh, and He,
    std = √(2/fan_in), for relu's hidden layer — drawn with
    ``np.random.default_rng(seed)``; biases start at zero. Epoch e shuffles with
    its own generator ``default_rng(SeedSequence(seed, spawn_key=(e,)))``, so a
    run is reproducible and a warm-started continuation shuffles exactly as one
    longer run would have.

Mapping to the classic tutorial (Raschka, *Python Machine Learning*, ``NeuralNetMLP``)
    That code *sums* the gradient over a minibatch of B rows and adds the
    penalty to the sum: ``W ← W - η·(Σ_i g_i + λ₂·W + λ₁·sign(W))``. lrgui
    takes ``W ← W - lr·((1/B)·Σ_i g_i + l2·W + l1·sign(W))``. The two updates are
    identical when ``lr/B = η`` and ``lr·l2 = η·λ₂`` (and ``lr·l1 = η·λ₁``), i.e.::

        lr = η·B        l2 = λ₂ / B        l1 = λ₁ / B
        (conversely η = lr / B,  λ₂ = l2·B,  λ₁ = l1·B)

    Its cost is likewise B times lrgui's (a sum instead of a mean). Example: its
    MNIST run (η = 0.001, λ₂ = 0.1, 50 minibatches of 60,000 rows, B = 1,200)
    is lrgui's lr = 1.2, l2 ≈ 8.3e-5, batches = 50. The mapping is exact for
    the gradient step only: the tutorial also uses sigmoid outputs with a
    per-class binary cross-entropy instead of a softmax (the output delta
    ``P - Y`` has the same form), uniform(-1, 1) initial weights, optional
    momentum and a decaying η, which lrgui does not have, and its L1 *cost*
    term is (λ₁/2)·|W|₁ while its gradient is λ₁·sign(W).
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Callable, Iterator, NamedTuple

import numpy as np

from lrgui.core.base import (
    Classifier,
    TrainingStep,
    as_feature_matrix,
    check_dtype,
    check_positive_int,
)
from lrgui.core.blas_threads import one_blas_thread
from lrgui.core.exceptions import InvalidParameterError
from lrgui.core.functions import categorical_cross_entropy, log_sum_exp, sigmoid, softmax
from lrgui.core.parallel import Workers, aligned_empty, run_workers, split

#: Rows per block when the whole training set (or a prediction batch) goes
#: through the network, so the hidden activations never need m × h memory at once.
CHUNK_ROWS = 8192


class Parameters(NamedTuple):
    """The four arrays of the network: W1 (n, h), b1 (h,), W2 (h, k), b2 (k,)."""

    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray

    def copy(self) -> "Parameters":
        return Parameters(*(p.copy() for p in self))

    def astype(self, dtype) -> "Parameters":
        return Parameters(*(np.asarray(p, dtype=dtype) for p in self))

    def all_finite(self) -> bool:
        return all(np.isfinite(p).all() for p in self)


# ----------------------------------------------------------------- activations
# The forward functions may overwrite z (a fresh product nobody else holds).
def _sigmoid(z: np.ndarray) -> np.ndarray:
    return sigmoid(z)


def _tanh(z: np.ndarray) -> np.ndarray:
    return np.tanh(z, out=z)


def _relu(z: np.ndarray) -> np.ndarray:
    return np.maximum(z, 0, out=z)


# The derivatives are written in terms of the activation a = g(z), which the
# forward pass keeps anyway, so z need not be stored.
def _sigmoid_slope(a: np.ndarray) -> np.ndarray:
    return a * (1 - a)


def _tanh_slope(a: np.ndarray) -> np.ndarray:
    slope = a * a
    np.subtract(1, slope, out=slope)
    return slope


def _relu_slope(a: np.ndarray) -> np.ndarray:
    return (a > 0).astype(a.dtype)


ACTIVATIONS: dict[str, tuple[Callable[[np.ndarray], np.ndarray], Callable[[np.ndarray], np.ndarray]]] = {
    "sigmoid": (_sigmoid, _sigmoid_slope),
    "tanh": (_tanh, _tanh_slope),
    "relu": (_relu, _relu_slope),
}


# ----------------------------------------------------------------------- math
def hidden_layer(X: np.ndarray, W1: np.ndarray, b1: np.ndarray, activation: str) -> np.ndarray:
    """A1 = g(X W1 + b1)."""
    z = X @ W1
    z += b1
    return ACTIVATIONS[activation][0](z)


def output_logits(params: Parameters, X: np.ndarray, activation: str, workers: Workers | None = None) -> np.ndarray:
    """The output layer's logits A1 W2 + b2 for every row of X, computed in blocks of rows.

    With ``workers`` (a training run's threads) the blocks are shared among
    them; each block is the same products either way.
    """
    m = X.shape[0]
    out = np.empty((m, params.W2.shape[1]), dtype=np.result_type(X, params.W2))
    blocks = [(start, min(m, start + CHUNK_ROWS)) for start in range(0, m, CHUNK_ROWS)]

    if workers is None or len(blocks) == 1:
        for start, stop in blocks:
            np.matmul(hidden_layer(X[start:stop], params.W1, params.b1, activation), params.W2, out=out[start:stop])
    else:
        def block(i: int, holder) -> None:
            start, stop = blocks[i]
            holder.logits = hidden_layer(X[start:stop], params.W1, params.b1, activation) @ params.W2

        for (start, stop), holder in zip(blocks, workers.run(block, len(blocks))):
            out[start:stop] = holder.logits
    out += params.b2
    return out


def penalty(params: Parameters, l1: float, l2: float) -> float:
    """(l2/2)·(||W1||² + ||W2||²) + l1·(|W1|₁ + |W2|₁), summed in float64."""
    total = 0.0
    if l2:
        total += 0.5 * l2 * sum(float(np.vdot(W, W)) for W in (params.W1, params.W2))
    if l1:
        total += l1 * sum(float(np.abs(W).sum(dtype=np.float64)) for W in (params.W1, params.W2))
    return total


def labelled_cross_entropy(Z: np.ndarray, y_index: np.ndarray) -> float:
    """The categorical cross-entropy of logits Z for labels given as class indices (no one-hot matrix)."""
    per_sample = log_sum_exp(Z) - Z[np.arange(len(y_index)), y_index]
    return float(per_sample.mean(dtype=np.float64))


def cost_and_gradients(
    params: Parameters,
    X: np.ndarray,
    Y: np.ndarray,
    activation: str,
    l1: float = 0.0,
    l2: float = 0.0,
    need_cost: bool = True,
) -> tuple[float | None, Parameters]:
    """J and its gradient for one minibatch (``X`` B × n, one-hot ``Y`` B × k), averaged over the B rows.

    This is the whole of backpropagation; training calls it once per
    minibatch, and the tests compare it with finite differences. The cost is
    skipped (None) unless ``need_cost``.
    """
    W1, _, W2, _ = params
    A1 = hidden_layer(X, W1, params.b1, activation)
    Z2 = A1 @ W2
    Z2 += params.b2
    cost = None
    if need_cost:
        cost = categorical_cross_entropy(Z2, Y) + penalty(params, l1, l2)
    D2 = softmax(Z2)
    D2 -= Y
    D2 *= 1.0 / X.shape[0]  # a Python float, so a float32 D2 stays float32
    D1 = D2 @ W2.T
    D1 *= ACTIVATIONS[activation][1](A1)
    dW1 = X.T @ D1
    dW2 = A1.T @ D2
    for dW, W in ((dW1, W1), (dW2, W2)):
        if l2:
            dW += l2 * W
        if l1:
            dW += l1 * np.sign(W)
    return cost, Parameters(dW1, D1.sum(axis=0), dW2, D2.sum(axis=0))


def initial_parameters(n: int, hidden: int, k: int, activation: str, seed: int, dtype) -> Parameters:
    """Normal weights scaled to the layer sizes (He for relu's hidden layer, else Glorot), zero biases."""
    rng = np.random.default_rng(seed)
    std1 = math.sqrt(2.0 / n) if activation == "relu" else math.sqrt(2.0 / (n + hidden))
    std2 = math.sqrt(2.0 / (hidden + k))
    # drawn in float64 and rounded, so float32 and float64 runs start from the same point
    W1 = rng.normal(0.0, std1, size=(n, hidden)).astype(dtype)
    W2 = rng.normal(0.0, std2, size=(hidden, k)).astype(dtype)
    return Parameters(W1, np.zeros(hidden, dtype), W2, np.zeros(k, dtype))


def epoch_order(seed: int, epoch: int, m: int) -> np.ndarray:
    """The shuffled row order of ``epoch``: the same for a given seed and epoch, whatever ran before."""
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(epoch,))).permutation(m)


# ------------------------------------------------------- recording frequency
#: The evaluation may take at most this share of the training time.
MAX_EVALUATION_SHARE = 0.10
#: The session layer also evaluates a test set; assume one a quarter of the training set's size.
TEST_SHARE = 0.25
#: Below this many floating-point operations an evaluation costs a millisecond or so: record every epoch.
FREE_EVALUATION_FLOPS = 5e7
#: What the Python work around one minibatch costs, in floating-point operations of the same time.
BATCH_OVERHEAD_FLOPS = 5e6
RECORD_STEPS = (1, 2, 5)


def default_record_every(m: int, n: int, hidden: int, classes: int, batches: int) -> int:
    """Record every how many epochs, so that evaluating costs at most a tenth of training.

    A recorded point is a forward pass over the training set (and, in the
    session layer, over a test set, taken as a quarter of its size): about
    2·m·(n·h + h·k) operations, where an epoch takes twice that in products
    plus the Python work around each minibatch. The answer is rounded up to
    1, 2, 5, 10, 20, 50, … epochs; a run whose evaluation is nearly free (a
    few thousand rows or fewer) is recorded every epoch. Fashion-MNIST
    (60,000 × 784, 50 hidden units, 25 minibatches) gives 10.
    """
    per_row = n * hidden + hidden * classes
    evaluation = 2.0 * m * per_row * (1 + TEST_SHARE)
    if evaluation <= FREE_EVALUATION_FLOPS:
        return 1
    epoch = 4.0 * m * per_row + batches * BATCH_OVERHEAD_FLOPS
    needed = evaluation / (MAX_EVALUATION_SHARE * epoch)
    scale = 1
    while True:
        for step in RECORD_STEPS:
            if step * scale >= needed:
                return step * scale
        scale *= 10


# ------------------------------------------------------------------ epochs
#: A minibatch is cut into parts of at least this many rows, shared among the threads ...
PART_MIN_ROWS = 512
#: ... when its big products (B·n·h multiply-adds) are at least this large; smaller ones are one part.
PART_MIN_WORK = 1 << 24
#: At most this many parts per minibatch.
MAX_PARTS = 8


def minibatch_parts(rows: int, n: int, hidden: int) -> int:
    """How many parts a minibatch of ``rows`` rows is cut into: fixed by the shapes alone."""
    if rows * n * hidden < PART_MIN_WORK:
        return 1
    return max(1, min(MAX_PARTS, rows // PART_MIN_ROWS))


class Epochs:
    """Runs epochs of minibatch gradient descent on ``params`` in place, every buffer allocated once.

    The arithmetic is that of :func:`cost_and_gradients` followed by
    ``p -= lr·g``, operation for operation, written into preallocated arrays;
    the one-hot labels are never built (``P - Y`` subtracts 1 at each row's
    label) and the mean minibatch cost comes from the softmax's own sums.

    A large minibatch is cut into a fixed number of parts
    (:func:`minibatch_parts`), which the run's threads take in turn
    (:class:`~lrgui.core.parallel.Workers`): each part gathers its rows into a
    buffer of its own, where they stay in the CPU cache for the forward and
    the backward product, and sums its share of the gradient; the parts' sums
    are added in part order. So the iterates do not depend on the number of
    threads, and with one part they are exactly the plain formulas'.
    """

    def __init__(
        self,
        params: Parameters,
        X: np.ndarray,
        y_index: np.ndarray,
        activation: str,
        learning_rate: float,
        l1: float,
        l2: float,
        n_batches: int,
        seed: int,
        workers: int = 1,
    ):
        self.params = params
        self.X = X
        self.y_index = np.ascontiguousarray(y_index, dtype=np.intp)
        self.activation = activation
        self.learning_rate = learning_rate
        self.l1 = l1
        self.l2 = l2
        self.n_batches = n_batches
        self.seed = seed
        m, n = X.shape
        h, k = params.W2.shape
        dtype = X.dtype
        rows = -(-m // n_batches)  # the largest minibatch of np.array_split
        self.parts = minibatch_parts(rows, n, h)
        part_rows = -(-rows // self.parts)
        gather = n_batches > 1

        def part_buffers():
            return SimpleNamespace(
                X=aligned_empty((part_rows, n), dtype) if gather else None,
                y=aligned_empty((part_rows,), np.intp),
                A1=aligned_empty((part_rows, h), dtype),
                slope=aligned_empty((part_rows, h), dtype),
                D1=aligned_empty((part_rows, h), dtype),
                Z2=aligned_empty((part_rows, k), dtype),
                row_max=aligned_empty((part_rows, 1), dtype),
                at_label=aligned_empty((part_rows,), np.intp),
                row_sum=aligned_empty((part_rows, 1), dtype),
                dW1=aligned_empty((n, h), dtype),
                dW2=aligned_empty((h, k), dtype),
                db1=aligned_empty((h,), dtype),
                db2=aligned_empty((k,), dtype),
                loss=0.0,
            )

        self.workers = Workers(workers, part_buffers)
        self.label_offsets = np.arange(part_rows) * k  # row i's class c is element i·k + c of the flat Z2
        self.scratch1 = np.empty((n, h), dtype)
        self.scratch2 = np.empty((h, k), dtype)
        self._rows: np.ndarray | None = None  # the current minibatch's rows (None: all of X, in order)
        self._ranges: list[tuple[int, int]] = []
        self._size = 0

    #: Checked between two minibatches: True abandons the epoch (the caller puts back its start).
    should_stop = None

    def run(self, epoch: int) -> tuple[bool, float | None]:
        """Epoch ``epoch`` (shuffled by its own seed); returns (parameters still finite, mean minibatch cost).

        The mean cost is None when :attr:`should_stop` abandoned the epoch half-way.
        """
        if self.n_batches == 1:  # full batch: the order of the rows is moot
            cost = self._step(None, self.X.shape[0])
            return self.params.all_finite(), cost
        costs = []
        for rows in np.array_split(epoch_order(self.seed, epoch, self.X.shape[0]), self.n_batches):
            costs.append(self._step(rows, len(rows)))
            if not self.params.all_finite():
                return False, math.nan
            if self.should_stop is not None and self.should_stop():
                return True, None  # a big epoch must not hold a Stop for a second
        return True, math.fsum(costs) / len(costs)

    def _step(self, rows: np.ndarray | None, B: int) -> float:
        """One minibatch: its parts' gradients, added up, then the update; returns the minibatch's J before it."""
        self._rows, self._size, self._ranges = rows, B, split(B, self.parts)
        parts = self.workers.run(self._part, self.parts)
        first, rest = parts[0], parts[1:]
        dW1, db1, dW2, db2 = first.dW1, first.db1, first.dW2, first.db2
        for part in rest:  # in part order, whichever thread ran which
            dW1 += part.dW1
            db1 += part.db1
            dW2 += part.dW2
            db2 += part.db2
        cost = sum(part.loss for part in parts) / B + penalty(self.params, self.l1, self.l2)
        W1, _, W2, _ = self.params
        for dW, W, scratch in ((dW1, W1, self.scratch1), (dW2, W2, self.scratch2)):
            if self.l2:
                dW += np.multiply(W, self.l2, out=scratch)
            if self.l1:
                np.sign(W, out=scratch)
                scratch *= self.l1
                dW += scratch
        for p, g in zip(self.params, (dW1, db1, dW2, db2)):
            g *= self.learning_rate
            p -= g  # in place: every array stays in the compute dtype
        return cost

    def _part(self, i: int, out) -> None:
        """Forward and backward for part ``i`` of the current minibatch, into ``out``."""
        start, stop = self._ranges[i]
        b = stop - start
        if self._rows is None:
            Xb, yb = self.X[start:stop], self.y_index[start:stop]
        else:
            rows = self._rows[start:stop]
            Xb = np.take(self.X, rows, axis=0, out=out.X[:b], mode="clip")  # rows are in range
            yb = np.take(self.y_index, rows, out=out.y[:b], mode="clip")
        W1, b1, W2, b2 = self.params
        A1 = np.matmul(Xb, W1, out=out.A1[:b])
        A1 += b1
        _activate_in_place(A1, self.activation)
        Z2 = np.matmul(A1, W2, out=out.Z2[:b])
        Z2 += b2
        # softmax, shifted by the row maximum; J_i = log Σ_c e^(z_ic - max_i) - (z_iy - max_i). The maximum is
        # taken a class at a time (a maximum is exact: the same values as np.max over the rows, in a third of
        # the time for ten classes), and each row's label is found in the flat array
        top = out.row_max[:b]
        np.maximum(Z2[:, 0], Z2[:, 1], out=top[:, 0])
        for c in range(2, Z2.shape[1]):
            np.maximum(top[:, 0], Z2[:, c], out=top[:, 0])
        Z2 -= top
        flat_Z2, labels = Z2.reshape(-1), np.add(self.label_offsets[:b], yb, out=out.at_label[:b])
        at_label = flat_Z2[labels]
        np.exp(Z2, out=Z2)
        total = np.sum(Z2, axis=1, keepdims=True, out=out.row_sum[:b])
        Z2 /= total
        out.loss = float(np.sum(np.log(total[:, 0]) - at_label, dtype=np.float64))
        D2 = Z2  # P - Y, averaged over the whole minibatch
        flat_Z2[labels] -= 1
        D2 *= 1.0 / self._size
        D1 = np.matmul(D2, W2.T, out=out.D1[:b])
        D1 *= _slope_in_place(A1, out.slope[:b], self.activation)
        np.matmul(Xb.T, D1, out=out.dW1)
        np.matmul(A1.T, D2, out=out.dW2)
        np.sum(D1, axis=0, out=out.db1)
        np.sum(D2, axis=0, out=out.db2)

    def close(self) -> None:
        self.workers.close()


def _activate_in_place(z: np.ndarray, activation: str) -> None:
    """g(z) written over z: the same operations as the forward functions above."""
    if activation == "sigmoid":  # σ(z) = (1 + tanh(z/2)) / 2, as lrgui.core.functions.sigmoid
        z *= 0.5
        np.tanh(z, out=z)
        z += 1
        z *= 0.5
    else:
        ACTIVATIONS[activation][0](z)


def _slope_in_place(a: np.ndarray, out: np.ndarray, activation: str) -> np.ndarray:
    """g'(z) from a = g(z), into ``out``: the same values as the slope functions above."""
    if activation == "sigmoid":
        np.subtract(1, a, out=out)
        out *= a
    elif activation == "tanh":
        np.multiply(a, a, out=out)
        np.subtract(1, out, out=out)
    else:
        np.greater(a, 0, out=out)
    return out


# ------------------------------------------------------------------- estimator
class NeuralNetwork(Classifier):
    """One hidden layer and a softmax output, trained by minibatch gradient descent.

    Parameters
    ----------
    hidden : int
        Number of hidden units h.
    activation : {"sigmoid", "tanh", "relu"}
        The hidden layer's activation g.
    learning_rate : float
        Step size ``lr``; the gradient is averaged over the minibatch. The
        defaults (lr 0.3, l2 1e-4) reach 88% test accuracy on Fashion-MNIST
        (standardised pixels, 50 sigmoid units, 25 minibatches, 300 epochs).
    epochs : int
        Passes over the training set per call to ``fit``.
    l1, l2 : float
        Penalties l1·|W|₁ and (l2/2)·||W||² on both weight matrices (not biases).
    batches : int
        Minibatches per epoch (1: full-batch gradient descent).
    batch_size : int or None
        If set, overrides ``batches``: minibatches of at most this many rows.
    record_every : int or None
        The cost is recorded at epoch 0 and every ``record_every`` after (and
        after the last). None (the default) chooses it from the data's and the
        network's sizes so that recording costs under a tenth of the training
        time (:func:`default_record_every`: every epoch for small data, every
        10 for Fashion-MNIST); the value used is ``record_every_``.
    seed : int
        Seeds the initial weights and the shuffling.
    dtype : {"float32", "float64"}
        Precision of the computation (and of the parameters).
    warm_start : bool
        If True and the model is fitted, ``fit`` continues from the parameters
        reached, numbering epochs on from ``n_iter_``.

    Attributes (after fit)
    ----------------------
    coefs_ : [W1 (n, h), W2 (h, k)]
    intercepts_ : [b1 (h,), b2 (k,)]
    classes_ : ndarray of the class labels, sorted
    costs_ : list of (epoch, cost)
    n_iter_ : int, epochs run in total
    record_every_ : int, the recording interval used by the last fit
    diverged_ : bool, True if the cost rose or the parameters overflowed
    n_features_in_ : int
    """

    model_type = "mlp"
    parameter_names = ("W1", "b1", "W2", "b2")

    def __init__(
        self,
        hidden: int = 50,
        activation: str = "sigmoid",
        learning_rate: float = 0.3,
        epochs: int = 300,
        l1: float = 0.0,
        l2: float = 1e-4,
        batches: int = 1,
        batch_size: int | None = None,
        record_every: int | None = None,
        seed: int = 0,
        dtype: str = "float32",
        warm_start: bool = False,
    ):
        self.hidden = hidden
        self.activation = activation
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.l1 = l1
        self.l2 = l2
        self.batches = batches
        self.batch_size = batch_size
        self.record_every = record_every
        self.seed = seed
        self.dtype = dtype
        self.warm_start = warm_start

    # ---------------------------------------------------------------- training
    def _check_activation(self) -> str:
        if self.activation not in ACTIVATIONS:
            raise InvalidParameterError(
                f"activation must be 'sigmoid', 'tanh' or 'relu', not {self.activation!r}."
            )
        return self.activation

    def _batch_count(self, m: int) -> int:
        if self.batch_size is not None:
            return math.ceil(m / min(check_positive_int("batch_size", self.batch_size), m))
        return min(check_positive_int("batches", self.batches), m)

    def training_steps(self, X, y, should_stop: Callable[[], bool] | None = None,
                       measure_stopped: bool = True) -> Iterator[TrainingStep]:
        """Yields after every epoch; closing the generator keeps the parameters reached.

        ``should_stop`` is also asked between two minibatches: when it answers True
        the epoch under way is abandoned and its start kept, and the generator ends.
        A run that ends between two recorded epochs measures the parameters reached
        (one pass over X) unless ``measure_stopped`` is False: then
        :attr:`stopped_unmeasured` is True until :meth:`measure_stopped_point`
        does it, so that a Stop need not wait for that pass.

        Large minibatches are cut into fixed parts that up to :func:`run_workers`
        threads share, BLAS on one thread each (held for the whole run), so the
        same data, settings and seed give the same numbers bit for bit (:class:`Epochs`).
        """
        workers = run_workers()
        with one_blas_thread():
            yield from self._training_steps(X, y, workers, should_stop, measure_stopped)

    def _training_steps(self, X, y, workers: int, should_stop=None, measure_stopped=True) -> Iterator[TrainingStep]:
        # The rate and the penalties were checked once where they entered lrgui (lrgui.kinds.checks); here they
        # are only numbers. The guards below stay: they bound the arrays (hidden units, dtype) and the loops
        # (epochs, minibatches, recording) against a direct call with a value that would never end or not fit.
        learning_rate, l1, l2 = float(self.learning_rate), float(self.l1), float(self.l2)
        hidden = check_positive_int("hidden", self.hidden)
        activation = self._check_activation()
        epochs = check_positive_int("epochs", self.epochs)
        if self.record_every is not None:
            check_positive_int("record_every", self.record_every)
        seed = check_positive_int("seed", self.seed, minimum=0)
        dtype = check_dtype(self.dtype)

        X = as_feature_matrix(X, dtype)
        m, n = X.shape
        n_batches = self._batch_count(m)
        warm = bool(self.warm_start) and self.is_fitted
        if warm and n != self.n_features_in_:
            raise InvalidParameterError(
                f"Cannot continue training: X has {n} features, the model was trained on {self.n_features_in_}."
            )
        if warm and self.coefs_[0].shape[1] != hidden:
            raise InvalidParameterError(
                f"Cannot continue training: the model has {self.coefs_[0].shape[1]} hidden units, not {hidden}."
            )
        y_index = self._encode_labels(y, m, warm)
        k = len(self.classes_)
        if self.record_every is None:
            record_every = default_record_every(m, n, hidden, k, n_batches)
        else:
            record_every = check_positive_int("record_every", self.record_every)
        self.record_every_ = record_every

        if warm:
            params = Parameters(self.coefs_[0], self.intercepts_[0], self.coefs_[1], self.intercepts_[1])
            params = params.astype(dtype).copy()  # never update the arrays handed out before
            first, costs = self.n_iter_, list(self.costs_)
        else:
            params = initial_parameters(n, hidden, k, activation, seed, dtype)
            first, costs = 0, []
        self.n_features_in_ = n

        last = first + epochs
        # a continued run starts where the last one ended, whose final point is recorded already
        recorded_already = bool(costs) and costs[-1][0] == first
        # The last parameters known to be good (finite, with a finite cost when
        # one was computed) and the number of epochs they have had.
        saved, saved_epochs = params.copy(), first
        epoch = first
        run_costs: list[float] = []
        overflowed = False
        looping = False

        epochs_runner = Epochs(params, X, y_index, activation, learning_rate, l1, l2, n_batches, seed, workers)
        epochs_runner.should_stop = should_stop

        def measure() -> tuple[float, float]:
            """J (with its penalty) on the whole training set, and the training accuracy."""
            Z = output_logits(params, X, activation, epochs_runner.workers)
            cost = labelled_cross_entropy(Z, y_index) + penalty(params, l1, l2)
            return cost, float(np.mean(np.argmax(Z, axis=1) == y_index))

        def live_parameters() -> dict:
            return dict(zip(self.parameter_names, params))

        self._live_parameters = live_parameters
        self._live_workers = epochs_runner.workers
        self.final_accuracy_ = None
        self._unmeasured = None
        minibatch_cost = None
        try:
            looping = True
            while True:
                due = (epoch % record_every == 0 or epoch == last) and not (epoch == first and recorded_already)
                cost = accuracy = None
                # A far too large learning rate makes the numbers overflow; the
                # checks below catch that and warn once, so NumPy need not.
                with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                    if due:
                        cost, accuracy = measure()
                if due and not math.isfinite(cost):
                    overflowed = True
                    break
                if due:
                    costs.append((epoch, cost))
                    run_costs.append(cost)
                yield TrainingStep(epoch, cost, last, accuracy=accuracy, minibatch_cost=minibatch_cost)
                if epoch == last:
                    break
                saved, saved_epochs = params.copy(), epoch
                with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                    finite, minibatch_cost = epochs_runner.run(epoch)
                if not finite:
                    overflowed = True
                    break
                if minibatch_cost is None:  # stopped half-way through the epoch: back to its start
                    for p, good in zip(params, saved):
                        p[...] = good
                    break
                epoch += 1
        finally:
            self._live_parameters = None
            self._live_workers = None
            if overflowed:
                for p, good in zip(params, saved):
                    p[...] = good
                epoch = saved_epochs
            elif looping and (not costs or costs[-1][0] != epoch) and not measure_stopped:
                self._unmeasured = (run_costs, learning_rate, l1, l2)  # measure_stopped_point() finishes
            elif looping and (not costs or costs[-1][0] != epoch):
                # stopped between two recorded points: the model's history still ends with its own cost
                with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                    cost, accuracy = measure()
                if math.isfinite(cost):
                    costs.append((epoch, cost))
                    run_costs.append(cost)
                    # the caller need not pass over X again for the accuracy of the final point
                    self.final_accuracy_ = (epoch, accuracy)
            epochs_runner.close()
            self.coefs_ = [params.W1, params.W2]
            self.intercepts_ = [params.b1, params.b2]
            self.costs_ = costs
            self.n_iter_ = epoch
            self._judge_divergence(run_costs, overflowed, learning_rate)

    def measure_stopped_point(self, X, y) -> None:
        """Measures the parameters a run stopped at unmeasured (``measure_stopped=False``) as the run would have.

        Their cost joins ``costs_`` (the history ends with the model's own cost
        again), their training accuracy is ``final_accuracy_``, and
        ``diverged_`` is judged again with it. ``X`` and ``y`` are the run's.
        """
        if self._unmeasured is None:
            return
        run_costs, learning_rate, l1, l2 = self._unmeasured
        self._unmeasured = None
        X = as_feature_matrix(X, check_dtype(self.dtype))
        y_index = self.label_indices(y)
        params = self._parameters().astype(X.dtype)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            Z = output_logits(params, X, self._check_activation())
            cost = labelled_cross_entropy(Z, y_index) + penalty(params, l1, l2)
        if math.isfinite(cost):
            self.costs_ = [*self.costs_, (self.n_iter_, cost)]
            run_costs = [*run_costs, cost]
            self.final_accuracy_ = (self.n_iter_, float(np.mean(np.argmax(Z, axis=1) == y_index)))
        self._judge_divergence(run_costs, False, learning_rate)

    # ------------------------------------------------------------------ state
    def _parameters(self) -> Parameters:
        return Parameters(self.coefs_[0], self.intercepts_[0], self.coefs_[1], self.intercepts_[1])

    def _fitted_parameters(self) -> dict[str, np.ndarray]:
        return dict(zip(self.parameter_names, self._parameters()))

    def _assign_parameters(self, parameters: dict[str, np.ndarray]) -> None:
        self.coefs_ = [parameters["W1"], parameters["W2"]]
        self.intercepts_ = [parameters["b1"], parameters["b2"]]

    def _logits_with(self, parameters: dict, X: np.ndarray) -> np.ndarray:
        params = Parameters(*(np.asarray(parameters[name]) for name in self.parameter_names)).astype(X.dtype)
        # between two steps of training (the session layer's test set): on the run's threads
        return output_logits(params, X, self._check_activation(), getattr(self, "_live_workers", None))

    def get_state(self) -> dict:
        self._check_fitted()
        W1, b1, W2, b2 = self._parameters()
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "n_iter": self.n_iter_, "diverged": bool(self.diverged_)}

    def set_state(self, state: dict, classes, costs) -> "NeuralNetwork":
        W1, b1, W2, b2 = (np.asarray(state[key]) for key in ("W1", "b1", "W2", "b2"))
        classes = np.asarray(classes)
        if W1.ndim != 2 or W2.ndim != 2:
            raise InvalidParameterError("The stored weight matrices are not 2-D.")
        n, h = W1.shape
        k = len(classes)
        if b1.shape != (h,) or W2.shape != (h, k) or b2.shape != (k,):
            raise InvalidParameterError(
                f"The stored weights do not fit together: W1 {W1.shape}, b1 {b1.shape}, "
                f"W2 {W2.shape}, b2 {b2.shape} for {k} classes."
            )
        self.coefs_ = [W1, W2]
        self.intercepts_ = [b1, b2]
        self.n_iter_ = int(state["n_iter"])
        self.diverged_ = bool(state["diverged"])
        self.classes_ = classes
        self.costs_ = [(int(i), float(c)) for i, c in costs]
        self.n_features_in_ = n
        return self

    # -------------------------------------------------------------- prediction
    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities, shape (m, n_classes), columns in the order of ``classes_``."""
        X = self._check_features(X, check_dtype(self.dtype))
        params = self._parameters().astype(X.dtype)
        return softmax(output_logits(params, X, self._check_activation()))
