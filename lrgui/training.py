"""Training a model on a loaded dataset: the one recipe the CLI and the app share.

Preprocessing is fitted on the training set only, the estimator trained with
the caller's ``progress`` / ``should_stop`` callbacks, and the result
evaluated on the training and test sets.
"""

from __future__ import annotations

import copy
import time
from dataclasses import asdict, dataclass, field

from lrgui.core import Classifier, LogisticRegression
from lrgui.core.base import ProgressCallback, StopCallback, check_positive_int, check_positive_number
from lrgui.core.preprocessing import make_scaler
from lrgui.data.dataset import TrainTest
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import UserError

MODEL_NAMES = {"logistic": "Logistic regression"}


@dataclass
class TrainingSettings:
    """Everything the user chooses about training, with the tutorials' defaults."""

    model: str = "logistic"
    learning_rate: float = 0.005
    epochs: int = 2000
    record_every: int = 100
    l2: float = 0.0
    standardize: bool = False
    seed: int = 0
    extra: dict = field(default_factory=dict)

    def validate(self) -> "TrainingSettings":
        if self.model not in MODEL_NAMES:
            raise UserError(f"Unknown model {self.model!r}; choose one of {', '.join(MODEL_NAMES)}.")
        self.learning_rate = check_positive_number("The learning rate", self.learning_rate)
        self.epochs = check_positive_int("The number of iterations", self.epochs)
        self.record_every = check_positive_int("record_every", self.record_every)
        self.l2 = check_positive_number("The L2 penalty", self.l2, allow_zero=True)
        return self

    def make_estimator(self) -> Classifier:
        self.validate()
        return LogisticRegression(
            learning_rate=self.learning_rate, epochs=self.epochs, record_every=self.record_every, l2=self.l2
        )

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class TrainingResult:
    model: TrainedModel
    train_accuracy: float
    test_accuracy: float | None
    seconds_training: float
    iterations: int
    stopped_early: bool

    @property
    def diverged(self) -> bool:
        return bool(getattr(self.model.estimator, "diverged_", False))

    @property
    def costs(self) -> list[tuple[int, float]]:
        return list(self.model.estimator.costs_)


def train_model(
    data: TrainTest,
    settings: TrainingSettings,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    resume: TrainedModel | None = None,
) -> TrainingResult:
    """Trains on ``data.train``; with ``resume``, continues from that model's parameters."""
    settings.validate()
    train = data.train
    if resume is not None:
        estimator = copy.deepcopy(resume.estimator)
        estimator.set_params(learning_rate=settings.learning_rate, epochs=settings.epochs, warm_start=True)
        scaler = resume.scaler
    else:
        estimator = settings.make_estimator()
        kind = "none" if train.image_format is None else ("standardize" if settings.standardize else "pixels/255")
        scaler = make_scaler(kind).fit(train.X)
    X = scaler.transform(train.X)
    before = getattr(estimator, "n_iter_", 0) if resume is not None else 0
    started = time.perf_counter()
    estimator.fit(X, train.y, progress=progress, should_stop=should_stop)
    seconds = time.perf_counter() - started
    del X
    iterations = estimator.n_iter_ - before
    model = TrainedModel(estimator, scaler, train.image_format)
    train_accuracy = estimator.score(scaler.transform(train.X), train.y)
    test_accuracy = None
    if data.test is not None and len(data.test):
        test_accuracy = estimator.score(scaler.transform(data.test.X), data.test.y)
    model.info = {
        "settings": settings.as_dict(),
        "classes": train.classes,
        "n_train": len(train),
        "n_test": 0 if data.test is None else len(data.test),
        "train_accuracy": train_accuracy,
        "test_accuracy": test_accuracy,
        "diverged": bool(getattr(estimator, "diverged_", False)),
    }
    return TrainingResult(
        model=model,
        train_accuracy=train_accuracy,
        test_accuracy=test_accuracy,
        seconds_training=seconds,
        iterations=iterations,
        stopped_early=iterations < settings.epochs,
    )
