"""Several runs as one experiment: learning rates compared from the same start, the best one chosen."""

from __future__ import annotations

import math
from typing import Iterator

from lrgui.data.dataset import TrainTest
from lrgui.data.trained_model import TrainedModel
from lrgui.session.advice import format_rate
from lrgui.session.i18n import translate
from lrgui.session.settings import TrainingSettings, learning_rate_runs  # noqa: F401 - the front ends' import
from lrgui.session.trainer import RunFinished, Trainer, TrainingEvent, TrainingResult
from lrgui.session.wording import format_number


class Experiment:
    """Trains one run per settings in turn, each from the same initial parameters (same seed).

    ``events()`` yields every run's events (their ``run`` field numbers them);
    :meth:`request_stop` stops the current run and skips the rest.
    """

    def __init__(self, data: TrainTest, runs: list[TrainingSettings], resume: TrainedModel | None = None,
                 start_index: int | None = None, defer_stopped: bool = False):
        if not runs:
            raise ValueError("an experiment needs at least one run")
        self.data = data
        if not all(s.checked for s in runs):
            raise ValueError("an experiment takes settings checked where they were given (TrainingSettings.validate)")
        self.settings = list(runs)  # checked once where they came in; trusted from here on
        self.resume = resume
        self.start_index = start_index
        self.results: list[TrainingResult] = []
        self.current: Trainer | None = None
        self._stop = False
        self.defer_stopped = defer_stopped  # see Trainer
        # every run is checked before the first starts: a refusal comes before minutes of training
        self._first = Trainer(data, self.settings[0], resume, start_index, run=0, defer_stopped=defer_stopped)

    def request_stop(self) -> None:
        self._stop = True
        if self.current is not None:
            self.current.request_stop()

    @property
    def stop_requested(self) -> bool:
        return self._stop

    def events(self) -> Iterator[TrainingEvent]:
        for index, settings in enumerate(self.settings):
            if self._stop:
                break
            trainer = self._first if index == 0 else Trainer(self.data, settings, self.resume, self.start_index, index,
                                                              defer_stopped=self.defer_stopped)
            self.current = trainer
            if self._stop:
                trainer.request_stop()
            for event in trainer.events():
                if isinstance(event, RunFinished):
                    self.results.append(event.result)
                yield event
        self.current = None


def choose_best(results: list[TrainingResult]) -> tuple[TrainingResult, str, str]:
    """(best run, "test_cost" or "train_cost", the sentence saying why).

    With a test set, the run whose final cost on the held-out images is lowest:
    the training cost rewards a rate that merely fits the training images (or
    one that jumped around and landed low). Without one, the lowest final
    training cost. Runs that diverged are chosen only if all did.
    """
    usable = [r for r in results if not r.diverged and r.final_cost is not None and math.isfinite(r.final_cost)]
    pool = usable or list(results)
    if all(r.final_test_cost is not None for r in pool):
        best = min(pool, key=lambda r: r.final_test_cost)
        why = translate("Experiment", "Kept {run}: the lowest cost on the test images ({cost}).").format(
            run=_which(best, results), cost=format_number(best.final_test_cost, ".4g"))
        return best, "test_cost", why
    best = min(pool, key=lambda r: r.final_cost if r.final_cost is not None else math.inf)
    why = translate("Experiment", "Kept {run}: the lowest final training cost ({cost}; there is no "
                                  "test set to judge by).").format(run=_which(best, results),
                                                                   cost=format_number(best.final_cost, ".4g"))
    return best, "train_cost", why


def _which(result: TrainingResult, results: list[TrainingResult]) -> str:
    """How the sentence names a run: by its learning rate; by its number for a kind that has none."""
    if result.learning_rate is None:
        return translate("Experiment", "run {number}").format(number=results.index(result) + 1)
    return translate("Experiment", "learning rate {rate}").format(rate=format_rate(result.learning_rate))
