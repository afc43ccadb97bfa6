"""Turning raw pixel rows into the model's input features.

The tutorials feed pixels/255 (values in [0, 1]); the hidden-layer network
also offers standardisation (zero mean, unit variance per feature), whose
statistics are fitted on the training set only and stored with the model.
"""

from __future__ import annotations

import numpy as np

from lrgui.core.exceptions import InvalidParameterError, NotFittedError


class PixelScaler:
    """x / 255: pixels into [0, 1]."""

    kind = "pixels/255"

    def __init__(self, dtype: str = "float32"):
        self.dtype = dtype

    def fit(self, X) -> "PixelScaler":
        return self

    def transform(self, X) -> np.ndarray:
        X = np.asarray(X)
        out = X.astype(self.dtype)  # one float copy, scaled in place
        out *= np.asarray(1 / 255, dtype=self.dtype)
        return out

    def state(self) -> dict[str, np.ndarray]:
        return {}


class IdentityScaler(PixelScaler):
    """Features used as they are (the logic-gate inputs are already 0 and 1)."""

    kind = "none"

    def transform(self, X) -> np.ndarray:
        return np.asarray(X, dtype=self.dtype)


class Standardizer(PixelScaler):
    """(x/255 - mean) / std per feature; constant features get std 1 instead of 0."""

    kind = "standardize"
    BLOCK_ROWS = 4096

    def fit(self, X) -> "Standardizer":
        # In blocks of rows, accumulating in float64: a float64 copy of CIFAR-10 would take 1.2 GB.
        X = np.asarray(X)
        m = len(X)
        total = np.zeros(X.shape[1])
        for start in range(0, m, self.BLOCK_ROWS):
            total += super().transform(X[start : start + self.BLOCK_ROWS]).sum(axis=0, dtype=np.float64)
        mean = total / m
        squares = np.zeros(X.shape[1])
        for start in range(0, m, self.BLOCK_ROWS):
            centred = super().transform(X[start : start + self.BLOCK_ROWS]) - mean
            squares += np.einsum("ij,ij->j", centred, centred)
        std = np.sqrt(squares / m)
        std[std < 1e-8] = 1.0
        self.mean_ = mean.astype(self.dtype)
        self.std_ = std.astype(self.dtype)
        return self

    def transform(self, X) -> np.ndarray:
        if not hasattr(self, "mean_"):
            raise NotFittedError("The standardizer must be fitted on the training set first.")
        out = super().transform(X)
        if out.shape[1] != self.mean_.shape[0]:
            raise InvalidParameterError(f"X has {out.shape[1]} features, the scaler expects {self.mean_.shape[0]}.")
        out -= self.mean_
        out /= self.std_
        return out

    def state(self) -> dict[str, np.ndarray]:
        return {"mean": self.mean_, "std": self.std_}


SCALERS = {cls.kind: cls for cls in (PixelScaler, IdentityScaler, Standardizer)}


def make_scaler(kind: str, state: dict | None = None, dtype: str = "float32") -> PixelScaler:
    """The scaler named ``kind``, restored from ``state`` when given (model files)."""
    try:
        scaler = SCALERS[kind](dtype)
    except KeyError:
        raise InvalidParameterError(f"Unknown preprocessing {kind!r}.") from None
    if state:
        scaler.mean_ = np.asarray(state["mean"], dtype=dtype)
        scaler.std_ = np.asarray(state["std"], dtype=dtype)
    return scaler
