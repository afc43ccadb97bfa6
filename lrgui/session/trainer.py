"""Training as a stream of events: what the command line prints and the window draws.

A :class:`Trainer` iterates the estimator's ``training_steps`` itself and
yields typed events — :class:`Preparing`, :class:`Stepped` after every
iteration (or epoch), :class:`Recorded` at every recorded point with the
training cost and accuracy, the test cost and accuracy when there is a test
set, and a snapshot of the parameters, and :class:`RunFinished` with the
result. The iteration numbers come from the estimator, never from counting
callbacks. The consumer sets the pace: the CLI iterates in a ``for`` loop, the
app's worker can pause between events, step one event at a time, or call
:meth:`Trainer.request_stop`, after which the run finishes at the next step,
keeping (and recording) the parameters reached.
"""

from __future__ import annotations

import copy
import inspect
import time
import warnings
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

import numpy as np

from lrgui.core import TrainingDivergedWarning
from lrgui.core.preprocessing import make_scaler
from lrgui.data.dataset import TrainTest
from lrgui.data.history import MAX_SNAPSHOTS, RunHistory
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import UserError
from lrgui.session.advice import Instability, find_instability
from lrgui.kinds import kind_of
from lrgui.session.i18n import translate
from lrgui.session.settings import TrainingSettings, refused_on_continue

#: The snapshots of one run may take at most this much memory.
MAX_HISTORY_BYTES = 100 * 2**20


# ------------------------------------------------------------------- events
@dataclass(frozen=True)
class Preparing:
    """Work before the first iteration (building the Gram matrix): ``done`` of ``total`` pieces."""

    run: int
    done: int


@dataclass(frozen=True)
class RunStarted:
    run: int
    settings: TrainingSettings
    first: int
    last: int


@dataclass(frozen=True)
class Stepped:
    """The model has had ``iteration`` updates; the run ends at ``last``."""

    run: int
    iteration: int
    first: int
    last: int


@dataclass(frozen=True)
class Recorded:
    """A recorded point: costs and accuracies of the parameters after ``iteration`` updates."""

    run: int
    iteration: int
    train_cost: float
    train_accuracy: float | None
    test_cost: float | None
    test_accuracy: float | None
    parameters: dict = field(repr=False, compare=False)
    #: the recorded cost is this many times the one before (> 1.1), else None
    rose_by: float | None = None


@dataclass(frozen=True)
class RunFinished:
    run: int
    result: "TrainingResult"


TrainingEvent = Preparing | RunStarted | Stepped | Recorded | RunFinished


# ------------------------------------------------------------------- result
@dataclass
class TrainingResult:
    """One finished (or stopped) run: the model, with its history, and how it went."""

    model: TrainedModel
    settings: TrainingSettings
    train_accuracy: float
    test_accuracy: float | None
    seconds_training: float
    iterations: int
    stopped_early: bool
    points: list[Recorded]
    unstable: Instability | None = None
    #: set when a Stop left the point it stopped at unmeasured (the model is the last recorded point):
    #: the iteration it stopped at, and the function that measures it and returns the whole run's result
    stopped_at: int | None = None
    measure_stopped: Callable[[], "TrainingResult"] | None = field(default=None, repr=False, compare=False)

    @property
    def diverged(self) -> bool:
        return bool(getattr(self.model.estimator, "diverged_", False))

    @property
    def costs(self) -> list[tuple[int, float]]:
        """Every recorded training cost of the model (a continued model's earlier runs included)."""
        return list(self.model.estimator.costs_)

    @property
    def final_cost(self) -> float | None:
        return self.costs[-1][1] if self.costs else None

    @property
    def final_test_cost(self) -> float | None:
        tested = [p.test_cost for p in self.points if p.test_cost is not None]
        return tested[-1] if tested else None

    @property
    def learning_rate(self) -> float | None:
        """The run's learning rate; None for a kind that trains in one step (it has none)."""
        rate = self.settings.learning_rate
        return None if rate is None else float(rate)

    def series(self, name: str) -> list[tuple[int, float]]:
        """[(iteration, value)] of a recorded quantity: train_cost, test_cost, train_accuracy, test_accuracy."""
        return [(p.iteration, getattr(p, name)) for p in self.points if getattr(p, name) is not None]


# --------------------------------------------------------------- snapshots
class SnapshotKeeper:
    """Keeps at most ``limit`` evenly spaced snapshots of a run of unknown length, first and last included.

    Every ``stride``-th recorded point is kept; when the list is full, every
    other one is dropped and the stride doubles, so the kept points stay evenly
    spread however long the run turns out to be.
    """

    def __init__(self, limit: int = MAX_SNAPSHOTS):
        self.limit = max(2, limit)
        self.stride = 1
        self.seen = 0
        self.kept: list[tuple[int, dict]] = []

    def add(self, iteration: int, parameters: dict) -> None:
        if self.seen % self.stride == 0:
            self.kept.append((iteration, parameters))
            if len(self.kept) >= self.limit:  # one place stays free for the final point
                self.kept = self.kept[::2]
                self.stride *= 2
        self.seen += 1

    def finish(self, iteration: int, parameters: dict) -> list[tuple[int, dict]]:
        """The kept snapshots, ending with the final point's."""
        kept = [item for item in self.kept if item[0] != iteration]
        return [*kept, (iteration, parameters)]


def _snapshot_limit(parameters: dict) -> int:
    size = sum(np.asarray(v).nbytes for v in parameters.values())
    return int(max(2, min(MAX_SNAPSHOTS, MAX_HISTORY_BYTES // max(size, 1))))


# ------------------------------------------------------------------ trainer
class Trainer:
    """Trains one model on ``data`` and yields events; see the module docstring.

    With ``resume`` the run continues from that model (its continuable
    settings replaced by ``settings``'s; the others must be equal, or
    :class:`UserError` says which differ). ``start_index`` continues from that
    recorded point of the resumed model's history instead of its end.

    With ``defer_stopped`` a run stopped between two recorded points finishes
    without measuring the parameters it reached (a pass over the data, the
    bulk of a Stop on big data): its result is the run up to its last recorded
    point, and ``result.measure_stopped()`` measures the rest later and gives
    the whole run's result, the same as without deferring.
    """

    def __init__(
        self,
        data: TrainTest,
        settings: TrainingSettings,
        resume: TrainedModel | None = None,
        start_index: int | None = None,
        run: int = 0,
        defer_stopped: bool = False,
    ):
        if not settings.checked:
            raise ValueError("a run takes settings checked where they were given (TrainingSettings.validate)")
        self.data = data
        self.defer_stopped = defer_stopped
        self.settings = settings  # checked once where they came in (the form, the flags, the lesson)
        self.resume = resume
        self.start_index = start_index
        self.run = run
        self._stop = False
        self._unfitted = False
        self.estimator, self.scaler, self._earlier = self._prepare_model()
        # set while events() runs: what record_now() measures with
        self._where: tuple | None = None
        self._points: list[Recorded] | None = None
        self._keeper: SnapshotKeeper | None = None

    # ------------------------------------------------------------- set-up
    def _prepare_model(self):
        settings, train = self.settings, self.data.train
        if self.resume is None:
            estimator = settings.make_estimator()
            kind = "none" if train.image_format is None else ("standardize" if settings.standardize else "pixels/255")
            # fitted when the run starts, in the thread that runs it: standardising 60,000 rows takes a
            # second of the window's thread otherwise
            self._unfitted = True
            return estimator, make_scaler(kind), []
        resume = self.resume
        trained = resumed_settings(resume)
        refusal = refused_on_continue(trained, settings)
        if refusal:
            raise UserError(refusal)
        if resume.image_format != train.image_format or sorted(resume.classes) != sorted(train.classes):
            raise UserError(translate("Trainer", "Cannot continue: the data loaded now differ from the model's "
                                                 "(classes or image format); press Train to start a new model."))
        estimator = copy.deepcopy(resume.estimator)
        earlier: list[Recorded] = []
        history = resume.history
        if self.start_index is not None:
            if history is None or not 0 <= self.start_index < len(history):
                raise UserError(translate("Trainer", "Cannot continue from there: the model has no such recorded "
                                                     "point."))
            estimator.set_parameters(history.snapshot(self.start_index), n_iter=int(history.iterations[self.start_index]))
        if history is not None:
            upto = len(history) if self.start_index is None else self.start_index + 1
            earlier = _points_from_history(history, upto, self.run)
        estimator.set_params(warm_start=True, **settings.estimator_changes())
        return estimator, resume.scaler, earlier

    def request_stop(self) -> None:
        """Thread-safe: the run ends after the current step, keeping and recording what it reached."""
        self._stop = True

    @property
    def stop_requested(self) -> bool:
        return self._stop

    # -------------------------------------------------------------- events
    def events(self) -> Iterator[TrainingEvent]:
        data, estimator, scaler = self.data, self.estimator, self.scaler
        if self._unfitted:
            scaler.fit(data.train.X)
            self._unfitted = False
        X = scaler.transform(data.train.X)
        y = data.train.y
        has_test = data.test is not None and len(data.test) > 0
        X_test = scaler.transform(data.test.X) if has_test else None
        y_test = data.test.y if has_test else None
        first = int(getattr(estimator, "n_iter_", 0)) if self.resume is not None else 0
        # a kind that trains in one step (a nearest-mean classifier) has one step, whatever it calls it
        last = first + self.settings.steps
        yield RunStarted(self.run, self.settings, first, last)

        points: list[Recorded] = list(self._earlier)
        self._points = points
        for point in points:
            self._keep(point)
        started = time.perf_counter()
        # the network also looks at the stop flag between two minibatches: a big epoch cannot delay a Stop
        stop_check = {}
        if _checks_stop_within_steps(estimator):
            stop_check = {"should_stop": lambda: self._stop, "measure_stopped": not self.defer_stopped}
        steps = estimator.training_steps(X, y, **stop_check)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TrainingDivergedWarning)  # reported by the result, in words
            try:
                prepared = 0
                for step in steps:
                    if step.preparing:
                        prepared += 1
                        yield Preparing(self.run, prepared)
                    else:
                        if step.recorded:
                            point = self._measure(step, X_test, y_test, points[-1] if points else None)
                            points.append(point)
                            self._keep(point)
                            yield point
                        self._where = (step.iteration, X, y, X_test, y_test)
                        yield Stepped(self.run, step.iteration, first, last)
                        self._where = None
                    if self._stop:
                        break
            finally:
                steps.close()  # the estimator keeps, and records, the parameters reached
        seconds = time.perf_counter() - started
        deferred = None
        if estimator.stopped_unmeasured:
            if points:
                # the run as it stood at its last recorded point now; the point it stopped at when measured
                numbers = [replace(p, parameters={}) for p in points]  # the snapshots are the keeper's
                deferred = (estimator, numbers, self._keeper, first, seconds)
                estimator = copy.deepcopy(estimator)
                estimator.set_parameters(estimator.materialize([points[-1].parameters])[0],
                                         n_iter=points[-1].iteration)
            else:
                estimator.measure_stopped_point(X, y)
        if not points or points[-1].iteration != estimator.n_iter_:
            # stopped between recorded points (or rolled back by an overflow): the final point
            final = self._final_point(estimator, X, y, X_test, y_test, points[-1] if points else None)
            if final is not None:
                points.append(final)
                yield final
        result = self._result(estimator, points, self._keeper, first, seconds, X, y)
        if deferred is not None:
            result.stopped_at = int(deferred[0].n_iter_)
            result.measure_stopped = _once(lambda: self._measure_stopped(*deferred))
        self._points = self._keeper = None
        yield RunFinished(self.run, result)

    def _measure_stopped(self, estimator, points, keeper, first, seconds) -> TrainingResult:
        """The whole run's result: the point it stopped at measured, as :meth:`events` does without deferring."""
        data, scaler = self.data, self.scaler
        X, y = scaler.transform(data.train.X), data.train.y
        has_test = data.test is not None and len(data.test) > 0
        X_test = scaler.transform(data.test.X) if has_test else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TrainingDivergedWarning)
            estimator.measure_stopped_point(X, y)
        final = self._final_point(estimator, X, y, X_test, data.test.y if has_test else None, points[-1])
        if final is not None:
            points.append(final)
        return self._result(estimator, points, keeper, first, seconds, X, y)

    def _keep(self, point: Recorded) -> None:
        if self._keeper is None:
            self._keeper = SnapshotKeeper(_snapshot_limit(point.parameters))
        self._keeper.add(point.iteration, point.parameters)

    def record_now(self) -> Recorded | None:
        """Records the parameters as they are now, between two steps (a paused run, a Step): the point, or None.

        Called by whoever iterates :meth:`events`, in its thread, while the
        generator waits after a :class:`Stepped`; None when that iteration is
        recorded already. The point joins the run's history like any other.
        """
        if self._where is None or self._points is None:
            return None
        iteration, X, y, X_test, y_test = self._where
        if self._points and self._points[-1].iteration == iteration:
            return None
        estimator = self.estimator
        parameters = estimator.parameter_snapshot()
        cost, accuracy = estimator.evaluate_current(X, y)
        test_cost = test_accuracy = None
        if X_test is not None:
            test_cost, test_accuracy = estimator.evaluate_current(X_test, y_test)
        previous = self._points[-1] if self._points else None
        point = Recorded(self.run, iteration, float(cost), accuracy, test_cost, test_accuracy, parameters,
                         _rise(previous, cost))
        self._points.append(point)
        self._keep(point)
        return point

    def _measure(self, step, X_test, y_test, previous: Recorded | None) -> Recorded:
        parameters = self.estimator.parameter_snapshot()
        test_cost = test_accuracy = None
        if X_test is not None:
            test_cost, test_accuracy = self.estimator.evaluate_current(X_test, y_test)
        return Recorded(self.run, step.iteration, float(step.cost), step.accuracy, test_cost, test_accuracy,
                        parameters, _rise(previous, step.cost))

    def _final_point(self, estimator, X, y, X_test, y_test, previous: Recorded | None) -> Recorded | None:
        if not estimator.costs_ or estimator.costs_[-1][0] != estimator.n_iter_:
            return None
        cost = estimator.costs_[-1][1]
        parameters = estimator.parameter_snapshot()
        measured = getattr(estimator, "final_accuracy_", None)  # the estimator's last pass over X had it
        if measured is not None and measured[0] == estimator.n_iter_:
            train_accuracy = measured[1]
        else:
            _, train_accuracy = estimator.evaluate(X, y, parameters)
        test_cost = test_accuracy = None
        if X_test is not None:
            test_cost, test_accuracy = estimator.evaluate(X_test, y_test, parameters)
        return Recorded(self.run, int(estimator.n_iter_), float(cost), train_accuracy, test_cost, test_accuracy,
                        parameters, _rise(previous, cost))

    def _result(self, estimator, points, keeper, first, seconds, X, y) -> TrainingResult:
        model = TrainedModel(estimator, self.scaler, self.data.train.image_format)
        final = points[-1] if points and points[-1].iteration == estimator.n_iter_ else None
        if final is not None and final.train_accuracy is not None:
            train_accuracy = final.train_accuracy  # measured at the final point already
        else:
            train_accuracy = estimator.score(X, y)
        test_accuracy = None
        if self.data.test is not None and len(self.data.test):
            test_accuracy = points[-1].test_accuracy if points and points[-1].iteration == estimator.n_iter_ else \
                estimator.score(self.scaler.transform(self.data.test.X), self.data.test.y)
        if keeper is not None and points:
            kept = keeper.finish(points[-1].iteration, points[-1].parameters)
            plain = estimator.materialize([parameters for _, parameters in kept])  # one pass over X
            kept = [(iteration, parameters) for (iteration, _), parameters in zip(kept, plain)]
            if kept[-1][0] == estimator.n_iter_:  # the last entry is the model itself, bit for bit
                kept[-1] = (kept[-1][0], estimator.parameter_snapshot())
            model.history = _history(kept, points)
            # the points keep the snapshots the history kept; the others are dropped (memory stays bounded)
            by_iteration = dict(kept)
            points[:] = [replace(p, parameters=by_iteration.get(p.iteration, {})) for p in points]
        iterations = int(estimator.n_iter_) - first
        this_run = points[max(0, len(self._earlier) - 1):]  # from the point it started at
        unstable = find_instability([(p.iteration, p.train_cost) for p in this_run])
        model.info = {
            "settings": self.settings.as_dict(),
            "classes": list(self.data.train.classes),
            "n_train": len(self.data.train),
            "n_test": 0 if self.data.test is None else len(self.data.test),
            "train_accuracy": train_accuracy,
            "test_accuracy": test_accuracy,
            "diverged": bool(getattr(estimator, "diverged_", False)),
            "unstable": None if unstable is None else unstable.as_dict(),
            "started_at": first,
        }
        return TrainingResult(
            model=model, settings=self.settings, train_accuracy=train_accuracy, test_accuracy=test_accuracy,
            seconds_training=seconds, iterations=iterations,
            stopped_early=iterations < self.settings.steps, points=points, unstable=unstable,
        )


def _once(function: Callable[[], TrainingResult]) -> Callable[[], TrainingResult]:
    """``function``, computed on the first call only (whoever asks again gets the same result)."""
    done: list[TrainingResult] = []

    def once() -> TrainingResult:
        if not done:
            done.append(function())
        return done[0]

    return once


def _checks_stop_within_steps(estimator) -> bool:
    """The estimator's steps take a ``should_stop`` of their own (the network's epochs, many minibatches long)."""
    return "should_stop" in inspect.signature(estimator.training_steps).parameters


def _rise(previous: Recorded | None, cost: float) -> float | None:
    if previous is None or previous.train_cost <= 0:
        return None
    factor = cost / previous.train_cost
    return float(factor) if factor > 1.1 else None


def _history(kept: list[tuple[int, dict]], points: list[Recorded]) -> RunHistory:
    by_iteration = {p.iteration: p for p in points}
    chosen = [by_iteration[i] for i, _ in kept]
    names = list(kept[-1][1])

    def column(name: str):
        values = [getattr(p, name) for p in chosen]
        return None if any(v is None for v in values) else np.array(values, dtype=np.float64)

    return RunHistory(
        iterations=np.array([i for i, _ in kept], dtype=np.int64),
        parameters={name: np.stack([np.asarray(params[name]) for _, params in kept]) for name in names},
        train_cost=np.array([p.train_cost for p in chosen]),
        test_cost=column("test_cost"),
        train_accuracy=column("train_accuracy"),
        test_accuracy=column("test_accuracy"),
    )


def _points_from_history(history: RunHistory, upto: int, run: int) -> list[Recorded]:
    def value(array, i):
        return None if array is None else float(array[i])

    return [
        Recorded(run, int(history.iterations[i]), float(history.train_cost[i]), value(history.train_accuracy, i),
                 value(history.test_cost, i), value(history.test_accuracy, i), history.snapshot(i))
        for i in range(upto)
    ]


def resumed_settings(model: TrainedModel) -> TrainingSettings:
    """The settings a model was trained with: from its record, else from its estimator."""
    recorded = (model.info or {}).get("settings")
    if recorded:
        return TrainingSettings.from_dict(recorded).validate()
    kind = kind_of(model.estimator)
    params = model.estimator.get_params()
    values = {s.name: params[s.name] for s in kind.settings if s.name in params}
    values["standardize"] = model.scaler.kind == "standardize"
    return TrainingSettings.of(model=kind.name, **values).validate()


def train(data: TrainTest, settings: TrainingSettings, resume: TrainedModel | None = None) -> TrainingResult:
    """Runs a whole training without a consumer in between (tests, scripts)."""
    for event in Trainer(data, settings, resume).events():
        if isinstance(event, RunFinished):
            return event.result
    raise AssertionError("a run always finishes")  # pragma: no cover
