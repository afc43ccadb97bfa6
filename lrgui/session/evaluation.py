"""How well a trained model does on labelled images: confusion matrix, precision and recall, mistakes.

One :func:`evaluate` call predicts every image once; everything else — the
matrix, the per-class rates, the galleries of a cell, a different decision
threshold — is derived from the stored probabilities, so moving a threshold
slider never runs the model again.

Row indices: ``evaluate`` takes rows ``X_rows[0..m)``; images whose class the
model does not know are left out (listed in ``skipped``). Every method that
names images (:meth:`Evaluation.cell`, :meth:`Evaluation.mistakes`,
:meth:`Evaluation.judgement`) uses the indices of ``X_rows`` as given, so the
caller can show ``dataset.X[row]`` and ``dataset.paths[row]`` directly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np

from lrgui.data.dataset import SkippedFile
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import DataError, UserError
from lrgui.session.i18n import translate
from lrgui.session.wording import baseline_sentence, format_count, format_percent

#: Rows predicted at once: the float features of a block are the only copy of the data made.
BLOCK_ROWS = 4096

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class ClassRates:
    """Precision, recall and support of one class; a rate with nothing to divide by is None."""

    name: str
    precision: float | None
    recall: float | None
    support: int

    def as_dict(self) -> dict:
        return {"class": self.name, "precision": self.precision, "recall": self.recall, "support": self.support}


@dataclass(frozen=True)
class Judgement:
    """One evaluated image: where it came from, its true and predicted class, the predicted class's probability."""

    row: int
    path: str | None
    true: str
    predicted: str
    probability: float

    @property
    def correct(self) -> bool:
        return self.true == self.predicted

    def as_dict(self) -> dict:
        return {"path": self.path, "true": self.true, "predicted": self.predicted, "probability": self.probability}


@dataclass(frozen=True, eq=False)
class Evaluation:
    """The model's verdict on a labelled set of images; build it with :func:`evaluate`.

    Arrays are indexed by position among the evaluated images (``n`` of
    them); ``rows[i]`` is the index in the caller's ``X_rows`` of position i.
    ``threshold`` is the decision threshold on P(classes[1]) for two classes
    (an image is predicted ``classes[1]`` when that probability is *above*
    it, so 0.5 gives exactly the model's own predictions), None otherwise.
    """

    classes: tuple[str, ...]
    rows: np.ndarray  # (n,) int: indices into X_rows
    true_index: np.ndarray  # (n,) int: index into classes
    probabilities: np.ndarray  # (n, k) float64, columns in the order of classes
    predicted_index: np.ndarray  # (n,) int
    confusion_matrix: np.ndarray  # (k, k) int64, true × predicted
    threshold: float | None
    paths: tuple[str, ...] | None = None  # of the evaluated images, by position
    skipped: tuple[SkippedFile, ...] = field(default_factory=tuple)

    # ------------------------------------------------------------------ sizes
    @property
    def n(self) -> int:
        return int(len(self.rows))

    @property
    def true_labels(self) -> np.ndarray:
        return np.asarray(self.classes)[self.true_index]

    @property
    def predicted_labels(self) -> np.ndarray:
        return np.asarray(self.classes)[self.predicted_index]

    @property
    def predicted_probabilities(self) -> np.ndarray:
        """For each image, the probability the model gives its predicted class."""
        return self.probabilities[np.arange(self.n), self.predicted_index]

    # ---------------------------------------------------------------- summary
    @property
    def accuracy(self) -> float:
        return float(np.trace(self.confusion_matrix)) / self.n

    @property
    def support(self) -> np.ndarray:
        """Images per true class, in the order of ``classes``."""
        return self.confusion_matrix.sum(axis=1)

    @property
    def baseline_class(self) -> str:
        """The most frequent true class (the first of them on a tie)."""
        return self.classes[int(np.argmax(self.support))]

    @property
    def baseline_accuracy(self) -> float:
        """The accuracy of always guessing :attr:`baseline_class` on these images."""
        return float(self.support.max()) / self.n

    def baseline_text(self) -> str:
        return baseline_sentence(self.baseline_class, self.baseline_accuracy)

    @property
    def row_fractions(self) -> list[list[float | None]]:
        """The matrix normalised per true class (each row sums to 1); None for a class with no images here."""
        return [
            [float(count) / total if total else None for count in row]
            for row, total in zip(self.confusion_matrix.tolist(), self.support.tolist())
        ]

    @property
    def per_class(self) -> list[ClassRates]:
        predicted_counts = self.confusion_matrix.sum(axis=0)
        rates = []
        for c, name in enumerate(self.classes):
            hits = int(self.confusion_matrix[c, c])
            predicted, support = int(predicted_counts[c]), int(self.support[c])
            rates.append(
                ClassRates(
                    name,
                    precision=hits / predicted if predicted else None,
                    recall=hits / support if support else None,
                    support=support,
                )
            )
        return rates

    # --------------------------------------------------------------- galleries
    def cell(self, true: str, predicted: str) -> list[int]:
        """Rows of X_rows whose true class is ``true`` and predicted class ``predicted``, most confident first.

        Off the diagonal, most confident first means most confidently wrong first.
        """
        t, p = self._class_index(true), self._class_index(predicted)
        positions = np.flatnonzero((self.true_index == t) & (self.predicted_index == p))
        return self._most_confident_first(positions)

    def mistakes(self) -> list[int]:
        """Rows of every misclassified image, most confidently wrong first."""
        return self._most_confident_first(np.flatnonzero(self.true_index != self.predicted_index))

    def judgement(self, row: int) -> Judgement:
        """The verdict on row ``row`` of X_rows (which must have been evaluated, not skipped)."""
        position = int(np.searchsorted(self.rows, row))
        if position >= self.n or self.rows[position] != row:
            raise KeyError(f"row {row} was not evaluated")
        return Judgement(
            row=int(row),
            path=None if self.paths is None else self.paths[position],
            true=self.classes[self.true_index[position]],
            predicted=self.classes[self.predicted_index[position]],
            probability=float(self.probabilities[position, self.predicted_index[position]]),
        )

    def _most_confident_first(self, positions: np.ndarray) -> list[int]:
        # the predicted class's probability, highest first; then the true class's, lowest first (the
        # more wrong, for three classes or more); then input order, so ties never shuffle the gallery
        confidence = self.probabilities[positions, self.predicted_index[positions]]
        true_probability = self.probabilities[positions, self.true_index[positions]]
        order = np.lexsort((self.rows[positions], true_probability, -confidence))
        return [int(row) for row in self.rows[positions[order]]]

    def _class_index(self, name: str) -> int:
        try:
            return self.classes.index(str(name))
        except ValueError:
            raise KeyError(f"{name!r} is not one of the classes {list(self.classes)}") from None

    # --------------------------------------------------------------- threshold
    def with_threshold(self, threshold: float) -> "Evaluation":
        """The same images judged with another decision threshold on P(classes[1]); two classes only."""
        if len(self.classes) != 2:
            raise UserError(translate("Evaluation", "A decision threshold applies to two classes only; this model "
                                                    "has {count}.").format(
                count=format_count(len(self.classes), 'class', 'classes')))
        threshold = check_threshold(threshold)
        predicted = _predict_index(self.probabilities, threshold)
        return replace(
            self,
            predicted_index=_read_only(predicted),
            confusion_matrix=_read_only(_confusion(self.true_index, predicted, len(self.classes))),
            threshold=threshold,
        )

    # ------------------------------------------------------------------ output
    def as_json(self) -> dict:
        """What ``lrgui evaluate --json`` prints (before the caller adds anything else, e.g. skipped)."""
        return {
            "classes": list(self.classes),
            "n": self.n,
            "accuracy": self.accuracy,
            "baseline_accuracy": self.baseline_accuracy,
            "confusion_matrix": self.confusion_matrix.tolist(),
            "per_class": [rates.as_dict() for rates in self.per_class],
            "misclassified": [self.judgement(row).as_dict() for row in self.mistakes()],
        }


def check_threshold(threshold) -> float:
    """The threshold as a float strictly between 0 and 1, or a UserError in one sentence."""
    try:
        value = float(threshold)
    except (TypeError, ValueError):
        raise UserError(translate("Evaluation", "The decision threshold must be a number between 0 and 1, not "
                                                "{threshold}.").format(threshold=repr(threshold))) from None
    if not (math.isfinite(value) and 0 < value < 1):
        raise UserError(translate("Evaluation", "The decision threshold must be between 0 and 1 (exclusive), not "
                                                "{threshold}.").format(threshold=repr(threshold)))
    return value


def class_probabilities(model: TrainedModel, X_rows) -> np.ndarray:
    """P(class | image) for raw pixel rows, (m, k) float64, predicted in blocks to bound the memory."""
    X_rows = np.asarray(X_rows)
    expected = getattr(model.estimator, "n_features_in_", None)
    if X_rows.ndim != 2 or (expected is not None and X_rows.shape[1] != expected):
        shape = "×".join(str(s) for s in X_rows.shape)
        raise DataError(translate("Evaluation", "The images ({shape}) do not have the {expected} values per image "
                                                "this model expects.").format(shape=shape, expected=expected))
    k = len(model.classes)
    out = np.empty((len(X_rows), k), dtype=np.float64)
    for start in range(0, len(X_rows), BLOCK_ROWS):
        block = slice(start, start + BLOCK_ROWS)
        out[block] = model.probabilities(model.features(X_rows[block]))
    return out


def evaluate(
    model: TrainedModel,
    X_rows,
    y_labels: Sequence[str],
    paths: Sequence[str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Evaluation:
    """Predicts every row of ``X_rows`` (uint8 pixel rows) and compares with ``y_labels``.

    Rows whose label is not one of the model's classes are skipped, with the
    reason, in ``Evaluation.skipped`` (named by ``paths[i]`` or "row i").
    ``threshold`` applies to two classes only; with more, only 0.5 (the
    default, meaning the most probable class) is accepted.
    """
    classes = tuple(model.classes)
    labels = [str(label) for label in y_labels]
    X_rows = np.asarray(X_rows)
    if len(labels) != len(X_rows):
        raise DataError(translate("Evaluation", "There are {count} images but {count2} labels.").format(
            count=len(X_rows), count2=len(labels)))
    if paths is not None and len(paths) != len(labels):
        raise DataError(translate("Evaluation", "There are {count} images but {count2} paths.").format(
            count=len(labels), count2=len(paths)))
    if not labels:
        raise DataError(translate("Evaluation", "There are no images to evaluate."))
    if len(classes) == 2:
        threshold = check_threshold(threshold)
    elif threshold != DEFAULT_THRESHOLD:
        raise UserError(translate("Evaluation", "A decision threshold applies to two classes only; this model has "
                                                "{count}.").format(
            count=format_count(len(classes), 'class', 'classes')))
    else:
        threshold = None

    index_of = {name: c for c, name in enumerate(classes)}
    known = np.array([label in index_of for label in labels], dtype=bool)
    skipped = tuple(
        SkippedFile(
            str(paths[i]) if paths is not None else f"row {i}",
            f"its class {labels[i]!r} is not one the model knows ({', '.join(classes)})",
        )
        for i in np.flatnonzero(~known)
    )
    rows = np.flatnonzero(known)
    if not len(rows):
        raise DataError(
            translate("Evaluation", "None of the {count} belongs to a class the model knows ({join}).").format(
            count=format_count(len(labels), 'image'), join=', '.join(classes))
        )
    true_index = np.array([index_of[labels[i]] for i in rows], dtype=np.intp)
    probabilities = class_probabilities(model, X_rows[rows] if len(rows) < len(labels) else X_rows)
    predicted = _predict_index(probabilities, threshold)
    return Evaluation(
        classes=classes,
        rows=_read_only(rows),
        true_index=_read_only(true_index),
        probabilities=_read_only(probabilities),
        predicted_index=_read_only(predicted),
        confusion_matrix=_read_only(_confusion(true_index, predicted, len(classes))),
        threshold=threshold,
        paths=None if paths is None else tuple(str(paths[i]) for i in rows),
        skipped=skipped,
    )


def format_report(evaluation: Evaluation) -> str:
    """The evaluation for a terminal: accuracy and baseline, the matrix, precision/recall, the mistakes."""
    ev = evaluation
    lines = [
        f"accuracy {format_percent(ev.accuracy)} on {format_count(ev.n, 'image')}"
        f" ({ev.baseline_text()})"
    ]
    if ev.threshold is not None and ev.threshold != DEFAULT_THRESHOLD:
        lines.append(f"decision threshold: {ev.classes[1]!r} when its probability is above {ev.threshold:g}")
    lines += ["", "confusion matrix (rows: true class, columns: predicted class)"]
    lines += _table(
        ["true \\ predicted", *ev.classes],
        [[name, *(f"{count:,}" for count in row)] for name, row in zip(ev.classes, ev.confusion_matrix.tolist())],
    )
    lines.append("")
    lines += _table(
        ["class", "precision", "recall", "images"],
        [[r.name, format_percent(r.precision), format_percent(r.recall), f"{r.support:,}"] for r in ev.per_class],
    )
    mistakes = ev.mistakes()
    lines.append("")
    if mistakes:
        lines.append(
            f"misclassified: {format_count(len(mistakes), 'image')}, most confidently wrong first"
            " (path, true class, predicted class, probability of the predicted class)"
        )
        for row in mistakes:
            j = ev.judgement(row)
            lines.append(f"{j.path if j.path is not None else f'row {row}'}\t{j.true}\t{j.predicted}\t{j.probability:.4f}")
    else:
        lines.append("misclassified: none")
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Left-aligned first column, right-aligned numbers, two spaces between columns."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first, rest = cells[0], cells[1:]
        return "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:]))]).rstrip()

    return [line(header), *(line(r) for r in rows)]


def _predict_index(probabilities: np.ndarray, threshold: float | None) -> np.ndarray:
    if threshold is None:
        return np.argmax(probabilities, axis=1)
    # "above the threshold" reproduces argmax at 0.5, where a tie goes to the first class
    return (probabilities[:, 1] > threshold).astype(np.intp)


def _confusion(true_index: np.ndarray, predicted_index: np.ndarray, k: int) -> np.ndarray:
    return np.bincount(true_index * k + predicted_index, minlength=k * k).reshape(k, k).astype(np.int64)


def _read_only(array: np.ndarray) -> np.ndarray:
    array = np.asarray(array)
    array.flags.writeable = False
    return array
