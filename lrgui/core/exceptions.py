"""Errors raised by the estimators."""

from lrgui.errors import UserError


class NotFittedError(UserError, ValueError, AttributeError):
    """The estimator was asked to predict before it was trained."""


class InvalidParameterError(UserError, ValueError):
    """A hyperparameter or an input array is not usable."""
