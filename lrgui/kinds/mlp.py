"""A neural network with one hidden layer (sigmoid, tanh or relu units) and a softmax output."""

from __future__ import annotations

import numpy as np

from lrgui.core import NeuralNetwork
from lrgui.core.mlp import ACTIVATIONS as ACTIVATION_FUNCTIONS
from lrgui.core.functions import softmax
from lrgui.core.mlp import hidden_layer
from lrgui.i18n import QT_TRANSLATE_NOOP
from lrgui.kinds.base import NETWORK, Kind, OnContinue, Setting, plane_arrays, softmax_loss
from lrgui.kinds.checks import MAX_RATE
from lrgui.kinds.fields import Field
from lrgui.kinds.settings import L2, LEARNING_RATE, RECORD_EVERY, epochs_setting

ACTIVATIONS = tuple(ACTIVATION_FUNCTIONS)
MAX_HIDDEN = 4096
#: Minibatches per epoch, and rows per minibatch.
MAX_BATCHES = 1_000_000
MAX_BATCH_SIZE = 100_000_000
#: Hidden activations computed per block of grid rows: 256 K floats (1 MB) stay in the cache.
BLOCK_ELEMENTS = 1 << 18

HIDDEN = Setting("hidden", Field("int", QT_TRANSLATE_NOOP("Schema", "The number of hidden units"), 1, MAX_HIDDEN), QT_TRANSLATE_NOOP("ModelKind", "Hidden units"),
                 QT_TRANSLATE_NOOP("ModelKind", "units of the hidden layer"), OnContinue.FIXED, "the number of hidden units")
ACTIVATION = Setting("activation", Field("choice", QT_TRANSLATE_NOOP("Schema", "The activation"), choices=ACTIVATIONS),
                     QT_TRANSLATE_NOOP("ModelKind", "Activation"), QT_TRANSLATE_NOOP("ModelKind", "the hidden units' activation"),
                     OnContinue.FIXED, "the activation")
BATCHES = Setting("batches", Field("int", QT_TRANSLATE_NOOP("Schema", "The number of minibatches"), 1, MAX_BATCHES), QT_TRANSLATE_NOOP("ModelKind", "Minibatches"),
                  QT_TRANSLATE_NOOP("ModelKind", "minibatches per epoch (1 = full-batch gradient descent)"), OnContinue.CONTINUABLE,
                  exclusive="batching")
BATCH_SIZE = Setting("batch_size", Field("int", QT_TRANSLATE_NOOP("Schema", "The batch size"), 1, MAX_BATCH_SIZE), QT_TRANSLATE_NOOP("ModelKind", "Batch size"),
                     QT_TRANSLATE_NOOP("ModelKind", "rows per minibatch, instead of a number of minibatches"), OnContinue.CONTINUABLE,
                     exclusive="batching")
L1 = Setting("l1", Field("number", QT_TRANSLATE_NOOP("Schema", "The L1 penalty"), 0, MAX_RATE), QT_TRANSLATE_NOOP("ModelKind", "L1 penalty"),
             QT_TRANSLATE_NOOP("ModelKind", "L1 penalty l1·|W| on the weights"), OnContinue.CONTINUABLE, default=0.0)

EXPORT_CODE = '''\
# A neural network with one hidden layer, the forward pass for m images X (m x n):
#   A1 = g(X W1 + b1)           hidden layer: h units, g = sigmoid, tanh or relu
#   P  = softmax(A1 W2 + b2)    one probability per class; each row of P sums to 1
def probabilities(X, w):
    z1 = X @ w["W1"] + w["b1"]
    g = str(w["activation"])
    if g == "sigmoid":
        A1 = (1 + np.tanh(z1 * 0.5)) * 0.5  # 1 / (1 + e^(-z)), written so it never overflows
    elif g == "tanh":
        A1 = np.tanh(z1)
    else:
        A1 = np.maximum(z1, 0)  # relu
    return softmax(A1 @ w["W2"] + w["b2"])
'''


class Network(Kind):
    name = "mlp"
    title = QT_TRANSLATE_NOOP("ModelKind", "Neural network (one hidden layer)")
    description = QT_TRANSLATE_NOOP("ModelKind", "one hidden layer of sigmoid, tanh or relu units, a softmax output")
    estimator = NeuralNetwork
    settings = (LEARNING_RATE, epochs_setting("epochs"), RECORD_EVERY, L2, L1, HIDDEN, ACTIVATION, BATCHES,
                BATCH_SIZE)
    step = "epoch"

    def shape_words(self, settings) -> str:
        return f", {settings.hidden} hidden units ({settings.activation})"

    def hidden_units(self, parameters):
        return np.asarray(parameters["W1"]), np.asarray(parameters["b1"])

    def parameter_shapes(self, parameters, n_features, n_classes) -> dict:
        W1 = parameters["W1"]
        if W1.ndim != 2 or not 1 <= W1.shape[1] <= MAX_HIDDEN:
            raise ValueError(f"tensor 'W1' has the shape {W1.shape}, not (features, 1–{MAX_HIDDEN:,} hidden units)")
        h = W1.shape[1]
        return {"W1": (n_features, h), "b1": (h,), "W2": (h, n_classes), "b2": (n_classes,)}

    def check_loaded(self, estimator, parameters) -> None:
        if estimator.activation not in ACTIVATIONS:
            raise ValueError(f"its activation {str(estimator.activation)[:20]} is not one lrgui knows")
        if estimator.hidden != parameters["W1"].shape[1]:
            raise ValueError("its setting 'hidden' does not match the size of its hidden layer")

    def plane_parameters(self, estimator):
        (W1, W2), (b1, b2) = estimator.coefs_, estimator.intercepts_
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, estimator.activation

    def plane_logits(self, parameters, xs, ys, activation, check_fits) -> np.ndarray:
        W1, b1, W2, b2 = plane_arrays(parameters, ("W1", "b1", "W2", "b2"))
        fits = (W1.ndim == 2 and W1.shape[0] == 2 and b1.shape == (W1.shape[1],)
                and W2.ndim == 2 and W2.shape[0] == W1.shape[1] and W2.shape[1] >= 2 and b2.shape == (W2.shape[1],))
        if not fits:
            raise ValueError(f"The network's parameters do not fit a two-feature model: W1 {W1.shape}, b1 {b1.shape}, "
                             f"W2 {W2.shape}, b2 {b2.shape}.")
        if activation not in ACTIVATIONS:
            raise ValueError(f"Unknown activation {activation!r}; choose one of {', '.join(ACTIVATIONS)}.")
        return _network_logits(W1, b1, W2, b2, xs, ys, activation, check_fits)

    def logits_and_gradients(self, estimator, x):
        W1, W2 = (np.asarray(W, dtype=np.float64) for W in estimator.coefs_)
        b1, b2 = (np.asarray(b, dtype=np.float64) for b in estimator.intercepts_)
        a1 = hidden_layer(x[None, :], W1, b1, estimator.activation)[0]
        slope = ACTIVATION_FUNCTIONS[estimator.activation][1](a1)
        return a1 @ W2 + b2, W1 @ (slope[:, None] * W2)

    def explanation(self, estimator, x, predicted_index, true_index) -> dict:
        W1, W2 = (np.asarray(W, dtype=np.float64) for W in estimator.coefs_)
        b1, b2 = (np.asarray(b, dtype=np.float64) for b in estimator.intercepts_)
        activation = estimator.activation
        a1 = hidden_layer(x[None, :], W1, b1, activation)[0]
        logits = a1 @ W2 + b2
        c = predicted_index
        # ∂z_c/∂x = W1 · (g'(a1) ⊙ W2[:, c]): backpropagation of the one logit, for this one image
        gradient = W1 @ (ACTIVATION_FUNCTIONS[activation][1](a1) * W2[:, c])
        return dict(kind=NETWORK, probabilities=softmax(logits[None, :])[0], explained_index=c,
                    logit=float(logits[c]), logits=logits, bias=float(b2[c]), contributions=gradient * x,
                    loss=softmax_loss(logits, true_index), hidden_contributions=a1 * W2[:, c],
                    hidden_activations=a1, activation=activation)

    def weight_pictures(self, parameters):
        return np.asarray(parameters["W1"], dtype=np.float64), "unit"

    def export_arrays(self, estimator, dtype) -> dict:
        (W1, W2), (b1, b2) = estimator.coefs_, estimator.intercepts_
        arrays = {k: np.asarray(v, dtype=dtype) for k, v in (("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2))}
        arrays["activation"] = np.array(str(estimator.activation))
        return arrays

    def export_code(self) -> str:
        return EXPORT_CODE

    def export_description(self, estimator) -> str:
        return f"a neural network with one hidden layer of {estimator.coefs_[0].shape[1]} {estimator.activation} units"


def _network_logits(W1, b1, W2, b2, xs, ys, activation: str, check_fits) -> np.ndarray:
    """(k, ny, nx) logits over the grid: the hidden input x·W1[0] + y·W1[1] + b1 is an outer sum (no product)."""
    h = W1.shape[1]
    if activation == "sigmoid":
        # σ(z) = (1 + tanh(z/2))/2, so A1·W2 = tanh(z/2)·(W2/2) + Σ W2/2: halve the inputs
        # and fold the constants into the output, leaving one tanh per element
        W1, b1 = W1 * 0.5, b1 * 0.5
        b2 = b2 + 0.5 * W2.sum(axis=0)
        W2 = W2 * 0.5
    column_term = np.multiply.outer(xs, W1[0])  # (nx, h)
    row_term = np.multiply.outer(ys, W1[1]) + b1  # (ny, h)
    ny, nx = len(ys), len(xs)
    check_fits(4 * W2.shape[1] * nx * ny, "The decision-boundary grid")
    out = np.empty((ny, nx, W2.shape[1]), dtype=np.float32)
    # Blocks of whole rows; of part of a row when one row is already too much (thousands of units).
    cols = min(nx, max(1, BLOCK_ELEMENTS // h))
    rows = min(ny, max(1, BLOCK_ELEMENTS // (cols * h)))
    hidden = np.empty((rows, cols, h), dtype=np.float32)
    for top in range(0, ny, rows):
        bottom = min(top + rows, ny)
        for left in range(0, nx, cols):
            right = min(left + cols, nx)
            block = hidden[: bottom - top, : right - left]
            np.add(row_term[top:bottom, None, :], column_term[None, left:right, :], out=block)
            if activation == "relu":
                np.maximum(block, 0, out=block)
            else:
                np.tanh(block, out=block)
            np.matmul(block, W2, out=out[top:bottom, left:right])
    out += b2
    return np.moveaxis(out, 2, 0)
