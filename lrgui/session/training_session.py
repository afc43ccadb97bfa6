"""One training session, Qt-free: the run (or comparison) from its start to the state, for every front end.

A :class:`TrainingSession` owns the :class:`~lrgui.session.experiment.Experiment`,
the controls a worker obeys between two steps (pause, step, stop), the live
points of the run being shown, and what happens after the run: the kept run,
the advice (divergence, instability, "a line cannot separate XOR") and the
note, decided by :func:`run_outcome` and written into the
:class:`~lrgui.session.state.AppState` by :meth:`TrainingSession.apply`. The
Train tab, both Playground panes, the learning-rate race and the command line
use it, so none of them holds post-run policy of its own.

The work itself is :meth:`TrainingSession.work`, a plain function of
``(report, should_stop)`` a worker thread calls (the CLI calls it in its own
thread); it iterates the experiment's events as superqt's ``GeneratorWorker``
iterates a generator, honours Pause and Step between two steps, and reports
events in batches: at once for those that change what is shown (a recorded
point, the start or end of a run), otherwise at most every
:data:`BATCH_INTERVAL` seconds.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from threadpoolctl import threadpool_limits

from lrgui.data.dataset import TrainTest
from lrgui.data.trained_model import TrainedModel
from lrgui.session.advice import Instability, divergence_advice, for_run, instability_advice, xor_advice
from lrgui.session.experiment import Experiment, choose_best
from lrgui.session.i18n import translate
from lrgui.session.settings import TrainingSettings, step_word
from lrgui.session.run_record import RunRecord
from lrgui.session.state import AppState, RunOutcome, RunStatus
from lrgui.session.trainer import Preparing, Recorded, RunFinished, RunStarted, Stepped, TrainingResult
from lrgui.session.wording import format_count, format_number

#: Events reach the UI at most this often (seconds) while nothing visible happens.
BATCH_INTERVAL = 0.05
#: A paced run sleeps in slices this short, so Pause and Stop answer at once.
PACE_SLICE = 0.02
#: The live run keeps at most this many recorded points for replay (thinned evenly beyond, last kept).
MAX_LIVE_POINTS = 200


class RunControl:
    """Pause, resume, step and release, set from the UI thread and obeyed by the worker between two steps."""

    def __init__(self):
        self._condition = threading.Condition()
        self._paused = False
        self._steps_allowed = 0
        self._released = False

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        with self._condition:
            self._paused = True
            self._steps_allowed = 0

    def resume(self) -> None:
        with self._condition:
            self._paused = False
            self._condition.notify_all()

    def step(self) -> None:
        """While paused: let exactly one more iteration (epoch) run, then pause again."""
        with self._condition:
            self._paused = True
            self._steps_allowed += 1
            self._condition.notify_all()

    def release(self) -> None:
        """Never wait again (the run is being stopped)."""
        with self._condition:
            self._released = True
            self._paused = False
            self._condition.notify_all()

    def wait_unless_interrupted(self, seconds: float, should_stop) -> None:
        """Sleeps up to ``seconds`` (the pace), returning at once on pause, release or stop."""
        deadline = time.monotonic() + seconds
        with self._condition:
            while not (self._paused or self._released or should_stop()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                self._condition.wait(min(remaining, PACE_SLICE))

    def wait_while_paused(self, on_pause=None, should_stop=None) -> None:
        """Called by the worker after every step: returns at once unless paused.

        ``on_pause`` runs each time the worker is about to wait (after a Step
        too); ``should_stop`` ends the wait, so that closing the window never
        waits for a paused run that nobody will resume.
        """
        with self._condition:
            if not self._paused or self._released:
                return
            if self._steps_allowed > 0:
                self._steps_allowed -= 1
                return
        if on_pause is not None:
            on_pause()
        with self._condition:
            while self._paused and not self._released and self._steps_allowed == 0:
                if should_stop is not None and should_stop():
                    return
                self._condition.wait(0.05)
            if self._steps_allowed > 0:
                self._steps_allowed -= 1


class Pace:
    """Spreads a run over ``seconds`` of wall-clock time (pauses excluded): where it should be by now."""

    def __init__(self, seconds: float, total_steps: int):
        self.seconds = float(seconds)
        self.total = max(1, int(total_steps))
        self.started = time.monotonic()
        self.paused_for = 0.0

    def delay(self, done: int) -> float:
        """How long to wait after ``done`` steps so that they take their share of the time."""
        due = self.started + self.paused_for + self.seconds * min(done, self.total) / self.total
        return max(0.0, due - time.monotonic())


# ------------------------------------------------------------------ policy
def run_advice(result: TrainingResult, toy: str | None = None) -> list[str]:
    """What to tell the learner about one run: divergence, else instability; XOR's note for a line."""
    advice = []
    if result.diverged:
        advice.append(divergence_advice(result.learning_rate))
    elif result.unstable is not None:
        advice.append(instability_advice(result.unstable, result.settings.model))
    if toy == "xor" and result.settings.kind.linear and result.train_accuracy < 1:
        advice.append(xor_advice())
    return advice


def trouble_iteration(result: TrainingResult) -> int | None:
    """The iteration the run's trouble sentence names, where its curve is marked (None for a smooth run).

    Unstable: the rise the sentence names. Diverged: the last recorded point
    (the cost is highest, or the numbers overflowed just after it).
    """
    if result.diverged:
        return result.costs[-1][0] if result.costs else None
    return None if result.unstable is None else result.unstable.iteration


def saved_model_advice(model: TrainedModel) -> list[tuple[str, int | None]]:
    """A saved model's trouble, from its own record: (sentence, the iteration it names)."""
    info = model.info or {}
    settings = info.get("settings") or {}
    if info.get("diverged") and settings.get("learning_rate"):
        costs = model.estimator.costs_
        return [(divergence_advice(float(settings["learning_rate"])), costs[-1][0] if costs else None)]
    unstable = info.get("unstable")
    if unstable:
        return [(instability_advice(Instability(int(unstable["iteration"]), float(unstable["factor"])),
                                    settings.get("model", "logistic")), int(unstable["iteration"]))]
    return []


def run_outcome(results: list[TrainingResult], toy: str | None = None, stopped: bool = False) -> RunOutcome:
    """The kept run and why, every run's advice, and the note: the same for the window and the command line."""
    if not results:
        return RunOutcome(note=translate("RunOutcome", "Stopped before the first iteration."))
    best, chosen_by, why = choose_best(results)
    comparing = len(results) > 1
    advice = runs_advice(results, toy)
    steps = format_count(sum(r.iterations for r in results), step_word(best.settings.model, 1),
                         step_word(best.settings.model))
    note = translate("RunOutcome", "{steps} in {seconds} s").format(
        steps=steps, seconds=format_number(sum(r.seconds_training for r in results), ".1f"))
    if stopped and any(r.stopped_early for r in results) and not any(r.diverged for r in results):
        note = translate("RunOutcome", "Stopped after {note}; the weights reached are kept").format(note=note)
    if comparing:
        note += ". " + why
    return RunOutcome(tuple(results), best, chosen_by if comparing else "", why if comparing else "", advice,
                      note)


def runs_advice(results: list[TrainingResult | RunRecord], toy: str | None = None) -> tuple[str, ...]:
    """Every run's advice, each sentence once; a comparison's name their run's rate (XOR's is for them all)."""
    comparing = len(results) > 1
    advice = []
    for result in results:
        for sentence in run_advice(result, toy):
            if comparing and sentence != xor_advice():
                sentence = for_run(result.learning_rate, sentence)
            if sentence not in advice:
                advice.append(sentence)
    return tuple(advice)


def reopened_outcome(runs: list[RunRecord], kept: int | None) -> RunOutcome:
    """A lesson's runs reopened: the one it kept, why (the sentence their training said, in today's language)
    and their advice; nothing for runs not all trained. The note is the reason (their timing was not kept)."""
    if not runs:
        return RunOutcome()
    kept_run = runs[kept] if kept is not None and 0 <= kept < len(runs) else None
    advice = runs_advice(runs)
    if len(runs) < 2 or kept_run is None:
        return RunOutcome(tuple(runs), kept_run, advice=advice)
    chosen, chosen_by, why = choose_best(list(runs))
    if chosen is not kept_run:  # kept by another rule than lrgui's: it says which run, not why
        return RunOutcome(tuple(runs), kept_run, advice=advice)
    return RunOutcome(tuple(runs), kept_run, chosen_by, why, advice, note=why)


# ------------------------------------------------------------------- payloads
@dataclass(frozen=True)
class Progress:
    """What a batch of events changed, for a view to render."""

    #: steps done of :attr:`TrainingSession.total_steps`
    done: int
    #: recorded points per run, in order
    points: dict = field(default_factory=dict)
    #: runs that started: run index → settings
    started: dict = field(default_factory=dict)
    #: runs that finished: run index → result
    finished: dict = field(default_factory=dict)
    #: the newest point of the run shown (the last run of a comparison), None if none came
    latest: Recorded | None = None
    preparing: bool = False


# ------------------------------------------------------------------- session
def build_shown_weights(batch: list) -> None:
    """Builds, here in the worker, the weights of the newest recorded point of a batch: the window shows
    them. A Gram run's snapshot keeps α and builds w = Xᵀα on first use (a product over all of X, tens of
    milliseconds on photos), which must not happen on the UI thread."""
    for event in reversed(batch):
        if isinstance(event, Recorded):
            parameters = event.parameters
            if parameters is not None and hasattr(parameters, "get"):
                parameters.get("coef")
            return


class TrainingSession:
    """One run or comparison: its experiment, controls, live points and outcome. See the module docstring."""

    def __init__(self, data: TrainTest, runs: list[TrainingSettings], resume: TrainedModel | None = None,
                 start_index: int | None = None, *, blas_threads: int = 1, pace_seconds: float | None = None,
                 toy: str | None = None, defer_stopped: bool = False):
        # refuses bad runs now; defer_stopped: see measure_stopped()
        self.experiment = Experiment(data, runs, resume=resume, start_index=start_index, defer_stopped=defer_stopped)
        self.settings = self.experiment.settings
        self.resume_model = resume
        self.control = RunControl()
        self.blas_threads = blas_threads
        self.pace_seconds = pace_seconds
        self.toy = toy
        self._stop = threading.Event()
        self.total_steps = sum(s.steps for s in self.settings)
        self.done = 0
        #: the recorded points of the run shown, for replay while training (bounded)
        self.live: list[Recorded] = []
        self.results: list[TrainingResult] = []

    # --------------------------------------------------------- the controls
    @property
    def comparing(self) -> bool:
        return len(self.settings) > 1

    @property
    def paused(self) -> bool:
        return self.control.paused

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def step(self) -> None:
        """While paused: one more iteration (epoch), recorded and shown."""
        if self.control.paused:
            self.control.step()

    def stop(self) -> None:
        """Thread-safe, one call: the run ends at its next step (a network's at its next minibatch)."""
        self._stop.set()
        self.experiment.request_stop()
        self.control.release()

    # ------------------------------------------------------------ the work
    def work(self, report, should_stop=lambda: False) -> list[TrainingResult]:
        """The worker's job: iterate the events, report them in batches; returns the results.

        ``report(batch, force)`` must deliver every batch it is given with ``force`` set.
        """
        experiment, control = self.experiment, self.control
        totals = [s.steps for s in self.settings]

        def stopped() -> bool:
            return self._stop.is_set() or should_stop()

        with threadpool_limits(limits=self.blas_threads, user_api="blas"):
            batch: list = []
            flushed = time.monotonic()
            pace = Pace(self.pace_seconds, sum(totals)) if self.pace_seconds else None

            def flush() -> None:
                nonlocal batch, flushed
                if batch:
                    build_shown_weights(batch)
                    report(batch, True)  # every batch arrives: the work throttles itself
                    batch = []
                flushed = time.monotonic()

            def show_where_paused() -> None:
                # a paused run (after every Step too) shows the parameters it has now, as a recorded point
                trainer = experiment.current
                point = trainer.record_now() if trainer is not None else None
                if point is not None:
                    batch.append(point)
                flush()

            for event in experiment.events():
                if isinstance(event, Stepped) and batch and isinstance(batch[-1], Stepped):
                    batch[-1] = event  # the UI shows where the run is, not every step on the way
                else:
                    batch.append(event)
                if isinstance(event, (RunFinished, RunStarted)) or time.monotonic() - flushed >= BATCH_INTERVAL:
                    flush()
                if not isinstance(event, Stepped):
                    continue
                # a step of a toy run is shorter than the interpreter's switch interval: without this the run
                # would hold the GIL for an interval each time the UI thread enters Python (every item a paint
                # draws in pyqtgraph), and a repaint would wait for the run hundreds of times
                time.sleep(0)
                if pace is not None and not stopped():
                    delay = pace.delay(sum(totals[:event.run]) + event.iteration - event.first)
                    if delay > 0:
                        if time.monotonic() - flushed >= BATCH_INTERVAL:
                            flush()  # a paced run shows every point as it comes
                        control.wait_unless_interrupted(delay, stopped)
                if not stopped():
                    waited = time.monotonic()
                    control.wait_while_paused(on_pause=show_where_paused, should_stop=stopped)
                    if pace is not None:
                        pace.paused_for += time.monotonic() - waited  # a pause is not the run's time
                if stopped():
                    experiment.request_stop()
            flush()
            return list(experiment.results)

    # ------------------------------------------------- events, in the UI thread
    def absorb(self, events: list) -> Progress:
        """Takes a batch of events the work reported: the live points and the count follow; what changed."""
        points: dict[int, list[Recorded]] = {}
        started, finished = {}, {}
        latest = None
        preparing = False
        shown = len(self.settings) - 1
        for event in events:
            if isinstance(event, RunStarted):
                started[event.run] = event.settings
            elif isinstance(event, Recorded):
                points.setdefault(event.run, []).append(event)
                if event.run == shown:
                    latest = event
                    self.live.append(event)
            elif isinstance(event, Stepped):
                self.done = sum(s.steps for s in self.settings[:event.run]) + event.iteration - event.first
            elif isinstance(event, Preparing):
                preparing = True
            elif isinstance(event, RunFinished):
                finished[event.run] = event.result
                self.results.append(event.result)
        if len(self.live) > MAX_LIVE_POINTS:
            self.live = [*self.live[:-1:2], self.live[-1]]
        return Progress(self.done, points, started, finished, latest, preparing)

    # ------------------------------------------------------------ the end
    def measure_stopped(self, results: list[TrainingResult]) -> list[TrainingResult] | None:
        """The runs with the point a Stop left unmeasured measured; None when none was left (a worker's job).

        With ``defer_stopped``, a run stopped between two recorded points ends at
        once with the model of its last recorded point (Stop does not wait for a
        pass over the data); this pass measures the point it stopped at, and the
        results it returns are those the run gives without deferring.
        """
        if not any(r.measure_stopped is not None for r in results):
            return None
        with threadpool_limits(limits=self.blas_threads, user_api="blas"):
            return [r.measure_stopped() if r.measure_stopped is not None else r for r in results]

    def outcome(self, results: list[TrainingResult]) -> RunOutcome:
        return run_outcome(results, self.toy, stopped=self.stopping)

    def apply(self, state: AppState, results: list[TrainingResult]) -> RunOutcome:
        """Writes the outcome into the state: the kept model (unsaved), the runs, the kept rate in the draft."""
        outcome = self.outcome(results)
        kept = outcome.kept
        if kept is not None:
            keep_path = state.model_path if self.resume_model is not None else None
            # the draft becomes the kept run's settings: Continue goes on from it, at its own rate
            state.set_model(kept.model, path=keep_path, unsaved=True, settings=kept.settings)
        state.set_outcome(outcome)
        return outcome

    def status(self) -> RunStatus:
        if self.stopping:
            return RunStatus.STOPPING
        return RunStatus.PAUSED if self.paused else RunStatus.TRAINING
