"""The math of lrgui: estimators written from the textbook formulas, in NumPy only.

Nothing in this package imports Qt or touches files.
"""

from lrgui.core.base import Classifier, TrainingDivergedWarning, TrainingStep
from lrgui.core.exceptions import InvalidParameterError, NotFittedError
from lrgui.core.logistic import LogisticRegression
from lrgui.core.mlp import NeuralNetwork

__all__ = [
    "Classifier",
    "InvalidParameterError",
    "LogisticRegression",
    "NeuralNetwork",
    "NotFittedError",
    "TrainingDivergedWarning",
    "TrainingStep",
]

#: Estimator classes by the ``model_type`` stored in model files.
MODEL_TYPES: dict[str, type[Classifier]] = {
    cls.model_type: cls for cls in (LogisticRegression, NeuralNetwork)
}
