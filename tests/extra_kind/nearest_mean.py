"""A nearest-class-mean classifier and its model kind, written against lrgui's public interfaces only.

The model: each class c has a mean μ_c of its training rows (shrunk toward
the overall mean by ``shrink``); a row x gets the logits
z_c = x·μ_c − ½‖μ_c‖², the negative squared distance to μ_c up to a term
that is the same for every class, so the most probable class is the nearest
mean and the softmax of z gives probabilities. Fitting is one step.
"""

from __future__ import annotations

import numpy as np

from lrgui.core import Classifier, TrainingStep
from lrgui.core.base import as_feature_matrix, check_dtype, cost_and_accuracy
from lrgui.core.functions import softmax
from lrgui.kinds import Kind, OnContinue, Playground, Setting
from lrgui.kinds.fields import Field

NAME = "nearest_mean"


class NearestClassMean(Classifier):
    model_type = NAME
    parameter_names = ("means",)

    def __init__(self, shrink: float = 0.0, dtype: str = "float32"):
        self.shrink = shrink
        self.dtype = dtype

    def training_steps(self, X, y):
        X = as_feature_matrix(X, check_dtype(self.dtype))
        y_index = self._encode_labels(y, X.shape[0], warm=False)
        overall = X.mean(axis=0)
        means = np.stack([X[y_index == c].mean(axis=0) for c in range(len(self.classes_))])
        self.means_ = ((1 - self.shrink) * means + self.shrink * overall).astype(X.dtype)
        self.n_features_in_ = X.shape[1]
        cost, accuracy = cost_and_accuracy(self._logits_with({"means": self.means_}, X), y_index)
        self.n_iter_, self.diverged_, self.costs_ = 1, False, [(1, float(cost))]
        yield TrainingStep(1, float(cost), 1, accuracy=accuracy)

    def _logits_with(self, parameters, X):
        means = np.asarray(parameters["means"], dtype=X.dtype)
        return X @ means.T - 0.5 * (means * means).sum(axis=1)

    def _fitted_parameters(self):
        return {"means": self.means_}

    def _assign_parameters(self, parameters):
        self.means_ = parameters["means"]

    def predict_proba(self, X):
        X = self._check_features(X, check_dtype(self.dtype))
        return softmax(self._logits_with({"means": self.means_}, X))

    def get_state(self):
        self._check_fitted()
        return {"means": self.means_, "n_iter": self.n_iter_, "diverged": bool(self.diverged_)}

    def set_state(self, state, classes, costs):
        self.means_ = np.asarray(state["means"])
        self.n_iter_, self.diverged_ = int(state["n_iter"]), bool(state["diverged"])
        self.classes_ = np.asarray(classes)
        self.costs_ = [(int(i), float(c)) for i, c in costs]
        self.n_features_in_ = self.means_.shape[1]
        return self


SHRINK = Setting("shrink", Field("number", "The shrinkage", 0, 1), "Shrinkage",
                 "pull each class's mean toward the overall mean by this share (0–1)", OnContinue.IRRELEVANT)


class NearestMean(Kind):
    name = NAME
    title = "Nearest class mean"
    description = "each class's mean image; an image gets the class of the nearest mean"
    estimator = NearestClassMean
    settings = (SHRINK,)
    step = "step"
    iterates = False
    linear = True
    playground = Playground((SHRINK,))  # its pane in the Playground: the shrinkage box, its map

    def plane_logits(self, parameters, xs, ys, activation, check_fits):
        means = np.asarray(parameters["means"], dtype=np.float32)
        check_fits(4 * len(means) * len(xs) * len(ys), "The decision-boundary grid")
        offsets = -0.5 * (means * means).sum(axis=1)
        return np.stack([np.add.outer(ys * mean[1] + offset, xs * mean[0]) for mean, offset in zip(means, offsets)])

    def feature_count(self, parameters):
        return int(parameters["means"].shape[1])

    def parameter_shapes(self, parameters, n_features, n_classes):
        return {"means": (n_classes, n_features)}

    def logits_and_gradients(self, estimator, x):
        means = np.asarray(estimator.means_, dtype=np.float64)
        return means @ x - 0.5 * (means * means).sum(axis=1), means.T

    def weight_pictures(self, parameters):
        return np.asarray(parameters["means"], dtype=np.float64).T, "class"

    def export_code(self):
        return ('# Nearest class mean: z_c = x . mu_c - |mu_c|^2 / 2, the negative squared distance to\n'
                '# class c\'s mean up to a term every class shares; P = softmax(z)\n'
                'def probabilities(X, w):\n'
                '    means = w["means"]\n'
                '    return softmax(X @ means.T - 0.5 * (means * means).sum(axis=1))\n')

    def export_description(self, estimator):
        return f"the nearest of {len(estimator.classes_)} class means (shrink {estimator.shrink:g})"
