"""A trained classifier together with everything needed to apply it to new images."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import numpy as np
from PIL import Image

from lrgui.core import Classifier
from lrgui.core.preprocessing import PixelScaler
from lrgui.data.dataset import ImageFormat, SkippedFile
from lrgui.data.history import RunHistory
from lrgui.data.images import image_to_row
from lrgui.data.loader import iter_load_files
from lrgui.errors import DataError
from lrgui.i18n import translate


@dataclass(frozen=True)
class Prediction:
    """The label predicted for one image, with its probability."""

    path: str
    label: str
    probability: float

    def as_dict(self) -> dict:
        return {"path": self.path, "label": self.label, "probability": self.probability}


@dataclass
class TrainedModel:
    """Estimator + preprocessing + image format: what a model file holds.

    ``info`` keeps a summary of how the model was trained (data, accuracies),
    shown by the app and stored in the file; ``history`` the parameters and
    costs at every recorded point of the run that made it, when known.
    """

    estimator: Classifier
    scaler: PixelScaler
    image_format: ImageFormat | None
    info: dict = field(default_factory=dict)
    history: RunHistory | None = None

    @property
    def classes(self) -> list[str]:
        return [str(c) for c in self.estimator.classes_]

    def features(self, X) -> np.ndarray:
        """Raw rows (uint8 pixels) to the float features the estimator was trained on."""
        return self.scaler.transform(X)

    def probabilities(self, features) -> np.ndarray:
        """The estimator's class probabilities for feature rows, refused (DataError) unless every one is finite.

        Finite weights can still overflow: weights near the float32 maximum
        make the logits infinite, and the softmax of infinities is NaN. Such a
        model gives no label rather than a label with probability NaN.
        """
        with np.errstate(over="ignore", invalid="ignore"):
            proba = self.estimator.predict_proba(features)
        if not np.isfinite(proba).all():
            raise DataError(translate("TrainedModel", "This model's outputs overflow on these images (its weights "
                                                      "are too large to give finite probabilities), so it cannot "
                                                      "predict; retrain it or use another model."))
        return proba

    def predict_rows(self, X) -> tuple[np.ndarray, np.ndarray]:
        """Labels and the probability of each label, for raw pixel rows (DataError when they are not finite)."""
        proba = self.probabilities(self.features(X))
        best = np.argmax(proba, axis=1)
        labels = np.asarray(self.estimator.classes_)[best]
        return labels.astype(str), proba[np.arange(len(best)), best].astype(float)

    def predict_image(self, image: Image.Image) -> tuple[str, float]:
        """One already opened image (e.g. pasted): its label and that label's probability."""
        row = image_to_row(image, self._require_image_format())
        labels, probabilities = self.predict_rows(row[None, :])
        return str(labels[0]), float(probabilities[0])

    def iter_predictions(
        self,
        paths: Sequence[str | os.PathLike],
        batch_size: int = 512,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[list[Prediction], list[SkippedFile]]]:
        """Predicts the files a batch at a time: ``(predictions, skipped)`` per batch of ``batch_size`` files.

        Only one batch of pixels and features is in memory at once, so a
        folder of 100,000 photos predicts in the memory of 512.
        ``should_stop()`` returning True raises :class:`LoadingCancelled`.
        """
        image_format = self._require_image_format()
        for X, loaded, skipped in iter_load_files(paths, image_format, batch_size, progress, should_stop):
            predictions = []
            if loaded:
                labels, probabilities = self.predict_rows(X)
                predictions = [
                    Prediction(str(paths[i]), str(label), float(p)) for i, label, p in zip(loaded, labels, probabilities)
                ]
            yield predictions, skipped

    def predict_files(
        self,
        paths: Sequence[str | os.PathLike],
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> tuple[list[Prediction], list[SkippedFile]]:
        """Reads each file with the model's own size and colour, and predicts it (in bounded memory)."""
        predictions: list[Prediction] = []
        skipped: list[SkippedFile] = []
        for batch, batch_skipped in self.iter_predictions(paths, progress=progress, should_stop=should_stop):
            predictions.extend(batch)
            skipped.extend(batch_skipped)
        return predictions, skipped

    def _require_image_format(self) -> ImageFormat:
        if self.image_format is None:
            raise DataError(translate("TrainedModel", "This model was not trained on images, so it cannot classify "
                                                      "image files."))
        return self.image_format
