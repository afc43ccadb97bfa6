"""The activation and loss functions, written so that no finite input overflows.

Each loss is computed from the logits ``z`` rather than from probabilities,
because ``log(sigmoid(z))`` rounds to ``log(0) = -inf`` once ``|z|`` passes ~17
in float32, while ``logaddexp`` stays exact.
"""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e^(-z)), via tanh so it never overflows: σ(z) = (1 + tanh(z/2)) / 2."""
    z = np.asarray(z)
    out = np.multiply(z, 0.5)
    np.tanh(out, out=out)
    out += 1
    out *= 0.5
    return out


def binary_cross_entropy(z: np.ndarray, y: np.ndarray) -> float:
    """J = -(1/m) Σ [y log σ(z) + (1-y) log(1-σ(z))], computed as mean(log(1+e^z) - y z)."""
    loss = np.logaddexp(0, z)
    loss -= y * z
    return float(loss.mean(dtype=np.float64))


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shifted by the row maximum so exp() never overflows."""
    e = z - z.max(axis=1, keepdims=True)
    np.exp(e, out=e)
    e /= e.sum(axis=1, keepdims=True)
    return e


def log_sum_exp(z: np.ndarray) -> np.ndarray:
    """log Σ_k e^(z_k) per row, without overflow."""
    zmax = z.max(axis=1, keepdims=True)
    return (zmax + np.log(np.exp(z - zmax).sum(axis=1, keepdims=True)))[:, 0]


def categorical_cross_entropy(z: np.ndarray, y_onehot: np.ndarray) -> float:
    """J = -(1/m) Σ_i Σ_k y_ik log softmax(z)_ik = mean(logsumexp(z_i) - z_i·y_i)."""
    per_sample = log_sum_exp(z) - np.einsum("ik,ik->i", z, y_onehot)
    return float(per_sample.mean(dtype=np.float64))
