"""A neural network with one hidden layer (sigmoid, tanh or relu units) and a softmax output."""

from __future__ import annotations

from dataclasses import replace

import math

import numpy as np

from lrgui.core import NeuralNetwork
from lrgui.core.functions import sigmoid, softmax
from lrgui.core.mlp import ACTIVATIONS as ACTIVATION_FUNCTIONS
from lrgui.core.mlp import (
    CHUNK_ROWS, Parameters, hidden_layer, labelled_cross_entropy, minibatch_parts, output_logits, penalty,
)
from lrgui.i18n import QT_TRANSLATE_NOOP
from lrgui.kinds.base import NETWORK, Kind, OnContinue, Playground, Setting, plane_arrays, softmax_loss
from lrgui.kinds.checks import MAX_RATE
from lrgui.kinds.fields import Field
from lrgui.kinds.settings import L2, LEARNING_RATE, PLAYGROUND_LEARNING_RATE, RECORD_EVERY, epochs_setting

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
#: The Playground's network: a few points on a plane, at most this many hidden units (each one's line is drawn).
MAX_PLAYGROUND_HIDDEN = 256
PLAYGROUND_HIDDEN = replace(HIDDEN, field=Field("int", QT_TRANSLATE_NOOP("Schema", "The playground's hidden units"), 1,
                                                MAX_PLAYGROUND_HIDDEN))
EPOCHS = epochs_setting("epochs")
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
    settings = (LEARNING_RATE, EPOCHS, RECORD_EVERY, L2, L1, HIDDEN, ACTIVATION, BATCHES, BATCH_SIZE)
    step = "epoch"
    playground = Playground((PLAYGROUND_LEARNING_RATE, EPOCHS, PLAYGROUND_HIDDEN, ACTIVATION), hidden_lines=True)

    def plane_activation(self, settings) -> str | None:
        return settings.activation

    def minibatches(self, settings, rows: int) -> int:
        if settings.batch_size:
            return math.ceil(rows / min(settings.batch_size, rows))
        return min(settings.batches or 1, rows)

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

    def picture_count(self, settings, n_classes):
        return int(settings.hidden), "unit"

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

    # ------------------------------------------------- the cost along a step
    def exact_cost(self, objective, parameters) -> float:
        return _network_cost(objective, parameters)

    def slice_costs(self, objective, parameters, alphas, learning_rate):
        return _network_slice(objective, parameters, alphas, learning_rate)

    def step_is_reproducible(self, objective, parameters) -> bool:
        """Only when an epoch's minibatch is one part: a larger one is cut into parts whose sums are added in
        part order, which rounds differently from one product, so the cost one epoch later is known to rounding
        only, and redoing the step part by part would cost a product of X with W1 per part."""
        rows = -(-objective.m // max(objective.batches, 1))
        return minibatch_parts(rows, objective.X.shape[1], int(np.shape(parameters["W1"])[1])) == 1


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


def _network_cost(objective, parameters: dict) -> float:
    """J by the same full pass as the cost a run records."""
    params = _network(parameters, objective.X.dtype)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        Z = output_logits(params, objective.X, objective.activation)
        return labelled_cross_entropy(Z, objective.y_index) + penalty(params, objective.l1, objective.l2)


def _network(parameters: dict, dtype) -> Parameters:
    return Parameters(*(np.asarray(parameters[name]) for name in ("W1", "b1", "W2", "b2"))).astype(dtype)


def _network_slice(objective, parameters: dict, alphas: np.ndarray, learning_rate: float):
    X, activation, m = objective.X, objective.activation, objective.m
    params = _network(parameters, X.dtype)
    W1, b1, W2, b2 = params
    rows = np.arange(m)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        # the gradient by the operations of cost_and_gradients (and so of a full-batch epoch), keeping
        # X·W1: it is the slice's hidden input at α = 0 too
        inputs = X @ W1
        A1 = inputs.copy()
        A1 += b1
        A1 = ACTIVATION_FUNCTIONS[activation][0](A1)
        Z2 = A1 @ W2
        Z2 += b2
        if m <= CHUNK_ROWS:  # the logits of output_logits, bit for bit: one block of rows, the same products
            start_cost = labelled_cross_entropy(Z2, objective.y_index) + penalty(params, objective.l1, objective.l2)
        else:
            start_cost = _network_cost(objective, parameters)
        D2 = softmax(Z2)
        D2[rows, objective.y_index] -= 1  # P − Y: subtracting the one-hot's 0s changes nothing
        D2 *= 1.0 / m
        D1 = D2 @ W2.T
        D1 *= ACTIVATION_FUNCTIONS[activation][1](A1)
        dW1, dW2 = X.T @ D1, A1.T @ D2
        for dW, W in ((dW1, W1), (dW2, W2)):
            if objective.l2:
                dW += objective.l2 * W
            if objective.l1:
                dW += objective.l1 * np.sign(W)
        grads = Parameters(dW1, D1.sum(axis=0), dW2, D2.sum(axis=0))
        moves = (X @ dW1).astype(np.float64)
    inputs = inputs.astype(np.float64)
    p64, g64 = params.astype(np.float64), grads.astype(np.float64)
    # ||W1 − α·G1||² from three dot products: W1 itself (n × h) is never moved
    first_layer = (float(np.vdot(p64.W1, p64.W1)), float(np.vdot(p64.W1, g64.W1)), float(np.vdot(g64.W1, g64.W1)))
    costs = np.empty(len(alphas))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for i, alpha in enumerate(alphas):
            b1_, W2_, b2_ = (p - alpha * g for p, g in zip(p64[1:], g64[1:]))
            hidden = inputs - alpha * moves + b1_
            if activation == "relu":
                np.maximum(hidden, 0, out=hidden)
            elif activation == "tanh":
                np.tanh(hidden, out=hidden)
            else:
                hidden = sigmoid(hidden)
            Z = hidden @ W2_ + b2_
            top = Z.max(axis=1)
            lse = top + np.log(np.exp(Z - top[:, None]).sum(axis=1))
            costs[i] = float(np.mean(lse - Z[rows, objective.y_index]))
            if objective.l2:
                squares = first_layer[0] - 2 * alpha * first_layer[1] + alpha * alpha * first_layer[2]
                costs[i] += 0.5 * objective.l2 * (squares + float(np.vdot(W2_, W2_)))
            if objective.l1:  # no shortcut for |W1 − α·G1|₁: one pass over W1 per sample
                costs[i] += objective.l1 * (float(np.abs(p64.W1 - alpha * g64.W1).sum()) + float(np.abs(W2_).sum()))
    # the next full-batch iterate, as Epochs does it: g *= lr; p -= g
    stepped = {name: p - g * learning_rate for name, p, g in zip(("W1", "b1", "W2", "b2"), params, grads)}
    return costs, start_cost, stepped
