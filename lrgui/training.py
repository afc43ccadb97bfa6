"""Training a model on a loaded dataset: the one recipe the CLI and the app share.

Preprocessing is fitted on the training set only, the estimator trained with
the caller's ``progress`` / ``should_stop`` callbacks, and the result
evaluated on the training and test sets.
"""

from __future__ import annotations

import copy
import time
from dataclasses import asdict, dataclass

from lrgui.core import Classifier, LogisticRegression, NeuralNetwork
from lrgui.core.base import ProgressCallback, StopCallback, check_positive_int, check_positive_number
from lrgui.core.preprocessing import make_scaler
from lrgui.data.dataset import TrainTest
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import UserError

MODEL_NAMES = {"logistic": "Logistic regression", "mlp": "Neural network (one hidden layer)"}
ESTIMATORS: dict[str, type[Classifier]] = {"logistic": LogisticRegression, "mlp": NeuralNetwork}
ACTIVATIONS = ("sigmoid", "tanh", "relu")


def model_defaults(model: str) -> dict:
    """The estimator's own defaults (its ``__init__``), the single source of truth."""
    return ESTIMATORS[model]().get_params()


@dataclass
class TrainingSettings:
    """Everything the user chooses about training.

    Fields left as None take the chosen model's defaults (see
    :func:`model_defaults`); the network-only fields are ignored by the
    logistic regression.
    """

    model: str = "logistic"
    learning_rate: float | None = None
    epochs: int | None = None
    record_every: int | None = None
    l2: float | None = None
    l1: float = 0.0
    hidden: int | None = None
    activation: str | None = None
    batches: int | None = None
    batch_size: int | None = None
    standardize: bool = False
    seed: int = 0

    def validate(self) -> "TrainingSettings":
        """Fills in the model's defaults and checks every value, in words a user understands."""
        if self.model not in MODEL_NAMES:
            raise UserError(f"Unknown model {self.model!r}; choose one of {', '.join(MODEL_NAMES)}.")
        defaults = model_defaults(self.model)
        for name in ("learning_rate", "epochs", "record_every", "l2", "hidden", "activation", "batches"):
            if getattr(self, name) is None and name in defaults:
                setattr(self, name, defaults[name])
        self.learning_rate = check_positive_number("The learning rate", self.learning_rate)
        self.epochs = check_positive_int("The number of iterations", self.epochs)
        self.record_every = check_positive_int("record_every", self.record_every)
        self.l2 = check_positive_number("The L2 penalty", self.l2 or 0.0, allow_zero=True)
        self.l1 = check_positive_number("The L1 penalty", self.l1, allow_zero=True)
        if self.model == "mlp":
            self.hidden = check_positive_int("The number of hidden units", self.hidden)
            if self.activation not in ACTIVATIONS:
                raise UserError(f"The activation must be one of {', '.join(ACTIVATIONS)}, not {self.activation!r}.")
            self.batches = check_positive_int("The number of minibatches", self.batches)
            if self.batch_size is not None:
                self.batch_size = check_positive_int("The batch size", self.batch_size)
        elif self.l1:
            raise UserError("The L1 penalty is only available for the neural network (--model mlp).")
        return self

    def make_estimator(self) -> Classifier:
        self.validate()
        if self.model == "mlp":
            return NeuralNetwork(
                hidden=self.hidden, activation=self.activation, learning_rate=self.learning_rate,
                epochs=self.epochs, l1=self.l1, l2=self.l2, batches=self.batches,
                batch_size=self.batch_size, record_every=self.record_every, seed=self.seed,
            )
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
