"""The evented state, the enabled controls as a function of it, and the one training session (no Qt)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from lrgui.data.dataset import Dataset, TrainTest
from lrgui.data.toy import load_toy
from lrgui.session.advice import XOR_ADVICE
from lrgui.session.controls import enabled_controls
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, LoadedData
from lrgui.session.state import AppState, RunStatus
from lrgui.session.trainer import Recorded
from lrgui.session.training_session import TrainingSession, run_outcome, trouble_iteration


def xor_loaded() -> LoadedData:
    data = load_toy("xor", points=40, noise=0.1, seed=0)
    return LoadedData(data, DataRequest("toy", name="xor"), 0.0)


def trained(session: TrainingSession):
    return session.work(lambda batch, force=False: session.absorb(batch))


def test_events_carry_their_values_and_the_old_subscribe_still_works():
    state = AppState()
    seen, called = [], []
    state.events.status.connect(seen.append)
    state.subscribe("training", lambda: called.append("training"))
    state.subscribe("selected_point", lambda index: called.append(index))
    state.set_status(RunStatus.TRAINING)
    state.set_status(RunStatus.PAUSED)
    state.select_point(3)
    assert seen == [RunStatus.TRAINING, RunStatus.PAUSED]
    assert called == ["training", "training", 3]
    assert state.training
    with pytest.raises(ValueError):
        state.subscribe("nonsense", print)


def test_loading_is_the_status_while_no_run_goes():
    state = AppState()
    state.set_loading(True)
    assert state.status is RunStatus.LOADING
    state.set_status(RunStatus.TRAINING)
    state.set_status(RunStatus.IDLE)  # the load is still going
    assert state.status is RunStatus.LOADING
    state.set_loading(False)
    assert state.status is RunStatus.IDLE


def test_controls_are_one_function_of_the_state():
    state = AppState()
    none = enabled_controls(state)
    assert not (none.train or none.stop or none.pause or none.step or none.continue_ or none.save_model)
    state.set_data(xor_loaded())
    state.set_draft(TrainingSettings(model="logistic"))
    idle = enabled_controls(state)
    assert idle.train and idle.compare and not idle.stop and not idle.pause and not idle.step
    state.set_status(RunStatus.TRAINING)
    running = enabled_controls(state)
    assert running.stop and running.pause and not running.step and not running.train and not running.edit_settings
    state.set_status(RunStatus.PAUSED)
    assert enabled_controls(state).step and enabled_controls(state).replay
    state.set_status(RunStatus.STOPPING)
    stopping = enabled_controls(state)
    assert not (stopping.stop or stopping.pause or stopping.step or stopping.train)


def test_a_session_applies_the_kept_run_and_the_draft_follows_it():
    state = AppState()
    state.set_data(xor_loaded())
    runs = [TrainingSettings(model="logistic", learning_rate=rate, epochs=50).validate() for rate in (0.5, 0.05)]
    session = TrainingSession(state.data, runs, toy="xor")
    results = trained(session)
    outcome = session.apply(state, results)
    assert state.model is outcome.kept.model and state.unsaved
    assert state.draft.learning_rate == outcome.kept.learning_rate  # Continue goes on at the kept rate
    assert state.outcome is outcome and len(state.runs) == 2
    assert XOR_ADVICE in outcome.advice  # a line cannot separate XOR, said once
    assert outcome.advice.count(XOR_ADVICE) == 1
    assert enabled_controls(state).continue_


def test_a_diverged_run_is_named_and_its_mark_is_where_the_sentence_says():
    data = load_toy("moons", points=60, noise=0.1, seed=0)
    session = TrainingSession(data, [TrainingSettings(model="logistic", learning_rate=1e6, epochs=300).validate()])
    results = trained(session)
    outcome = run_outcome(results)
    assert outcome.diverged and "diverged" in outcome.advice[0]
    assert trouble_iteration(results[0]) == results[0].costs[-1][0]


def test_each_step_of_a_paused_run_is_recorded():
    data = load_toy("xor", points=40, noise=0.1, seed=0)
    settings = TrainingSettings(model="logistic", learning_rate=0.1, epochs=500, record_every=100).validate()
    session = TrainingSession(data, [settings])
    session.pause()
    batches = []
    worker = threading.Thread(target=lambda: batches.append(session.work(lambda b, force=False: session.absorb(b))))
    worker.start()
    deadline = time.monotonic() + 10
    while not session.live and time.monotonic() < deadline:
        time.sleep(0.01)
    for _ in range(5):
        before = session.done
        session.step()
        while session.done == before and time.monotonic() < deadline:
            time.sleep(0.005)
        while (not session.live or session.live[-1].iteration != session.done) and time.monotonic() < deadline:
            time.sleep(0.005)
    shown = [p.iteration for p in session.live]
    session.stop()
    worker.join(10)
    assert shown[-5:] == [1, 2, 3, 4, 5]  # every step a recorded point: its cost, accuracy and weights
    assert all(isinstance(p, Recorded) and p.parameters for p in session.live[:6])
    model = batches[0][0].model
    assert list(model.history.iterations[:6]) == [0, 1, 2, 3, 4, 5]


def stopped_run(defer: bool, stop_after: int, l2: float = 1e-3):
    """A small network stopped after ``stop_after`` epochs (between two recorded points), deferred or not."""
    from lrgui.session.trainer import RunFinished, Stepped, Trainer

    data = TrainTest(load_toy("circles", points=200, noise=0.1, seed=1).train,
                     load_toy("circles", points=80, noise=0.1, seed=2).train)  # with a test set
    settings = TrainingSettings(model="mlp", learning_rate=0.5, epochs=50, hidden=6, activation="tanh",
                                batches=4, record_every=5, l2=l2).validate()
    trainer = Trainer(data, settings, defer_stopped=defer)
    for event in trainer.events():
        if isinstance(event, Stepped) and event.iteration == stop_after:
            trainer.request_stop()
        if isinstance(event, RunFinished):
            return event.result
    raise AssertionError("a run always finishes")


def test_a_deferred_stop_shows_the_last_recorded_point_then_measures_the_same_run():
    plain = stopped_run(defer=False, stop_after=13)
    interim = stopped_run(defer=True, stop_after=13)
    # at once: the run up to its last recorded point, whole and consistent
    assert interim.stopped_at == 13 and interim.model.estimator.n_iter_ == 10
    assert list(interim.model.history.iterations)[-1] == 10 and interim.points[-1].iteration == 10
    assert not interim.model.estimator.stopped_unmeasured
    np.testing.assert_array_equal(interim.model.history.snapshot(len(interim.model.history) - 1)["W1"],
                                  interim.model.estimator.coefs_[0])
    assert interim.train_accuracy == interim.points[-1].train_accuracy
    # then: the point it stopped at, measured off the path of Stop, is the run without deferring, bit for bit
    whole = interim.measure_stopped()
    assert whole is interim.measure_stopped() and whole.stopped_at is None
    assert whole.model.estimator.n_iter_ == plain.model.estimator.n_iter_ == 13
    assert whole.model.estimator.costs_ == plain.model.estimator.costs_
    for name in ("W1", "b1", "W2", "b2"):
        np.testing.assert_array_equal(whole.model.estimator.parameter_snapshot()[name],
                                      plain.model.estimator.parameter_snapshot()[name])
    assert [p.iteration for p in whole.points] == [p.iteration for p in plain.points]
    assert [(p.train_cost, p.train_accuracy, p.test_cost, p.test_accuracy) for p in whole.points] == \
        [(p.train_cost, p.train_accuracy, p.test_cost, p.test_accuracy) for p in plain.points]
    np.testing.assert_array_equal(whole.model.history.iterations, plain.model.history.iterations)
    np.testing.assert_array_equal(whole.model.history.parameters["W2"], plain.model.history.parameters["W2"])
    assert (whole.train_accuracy, whole.test_accuracy, whole.iterations) == \
        (plain.train_accuracy, plain.test_accuracy, plain.iterations)
    assert whole.model.info == plain.model.info


def test_a_stop_at_a_recorded_point_leaves_nothing_to_measure():
    result = stopped_run(defer=True, stop_after=10)
    assert result.measure_stopped is None and result.model.estimator.n_iter_ == 10


def fashion_sized() -> TrainTest:
    """Data of Fashion-MNIST's size (60,000 × 784 training, 10 classes), generated."""
    rng = np.random.default_rng(0)
    classes = [str(i) for i in range(10)]
    X = rng.integers(0, 256, size=(60_000, 784), dtype=np.uint8).astype(np.float32)
    y = np.array(classes)[rng.integers(0, 10, 60_000)]
    X_test = rng.integers(0, 256, size=(2_000, 784), dtype=np.uint8).astype(np.float32)
    y_test = np.array(classes)[rng.integers(0, 10, 2_000)]
    return TrainTest(Dataset(X, y, classes), Dataset(X_test, y_test, classes))


def stop_latency(data: TrainTest, wait_for_epochs: int = 2) -> float:
    """Seconds from Stop (asked mid-epoch) to the session's work returning, on Fashion's network, as the window runs it.

    The point the run stopped at is measured afterwards (as the window does, off its UI thread) and checked.
    """
    settings = TrainingSettings(model="mlp", learning_rate=0.1, epochs=1000, hidden=50, activation="sigmoid",
                                batches=25, standardize=True).validate()
    session = TrainingSession(data, [settings], defer_stopped=True)
    finished = []
    worker = threading.Thread(target=lambda: finished.append(session.work(lambda b, force=False: session.absorb(b))))
    worker.start()
    deadline = time.monotonic() + 120
    while session.done < wait_for_epochs and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.07)  # into the next epoch: Stop lands between two minibatches, not between epochs
    asked = time.perf_counter()
    session.stop()
    worker.join(60)
    latency = time.perf_counter() - asked
    [result] = session.measure_stopped(finished[0]) or finished[0]
    model = result.model
    assert result.stopped_early and model.estimator.n_iter_ >= wait_for_epochs
    assert model.history.iterations[-1] == model.estimator.n_iter_ == model.estimator.costs_[-1][0]
    return latency


def final_measurement(data: TrainTest) -> float:
    """The floor of a stopped run that keeps its weights: one forward pass over the training and test rows."""
    from threadpoolctl import threadpool_limits

    from lrgui.core.mlp import initial_parameters, output_logits

    params = initial_parameters(784, 50, 10, "sigmoid", 0, np.float32)
    with threadpool_limits(1, user_api="blas"):
        started = time.perf_counter()
        output_logits(params, data.train.X, "sigmoid")
        output_logits(params, data.test.X, "sigmoid")
        return time.perf_counter() - started


@pytest.mark.perf
def test_stop_reaches_idle_without_waiting_for_a_pass_over_the_data():
    """Stop lands between two minibatches and returns the run as it stood at its last recorded point.

    The issue's target is 200 ms on 2 cores (benchmarks/bench_stop.py); a machine shared by other programs
    can make one pass over the data (what Stop no longer waits for) slower than that, so the check is
    against the larger of the two.
    """
    data = fashion_sized()
    floor = final_measurement(data)
    latency = stop_latency(data)
    assert latency <= max(0.2, floor), f"Stop took {latency * 1000:.0f} ms; one pass {floor * 1000:.0f} ms"


def test_a_lessons_runs_hold_while_the_draft_is_one_of_them_and_for_its_own_data_only():
    """Train trains a lesson's runs together (Bird's three rates) until the settings or the data change."""
    from lrgui.data.toy import load_gate
    from lrgui.session.sources import DataRequest, LoadedData
    from lrgui.session.state import AppState
    from lrgui.session.settings import TrainingSettings

    state = AppState()
    lesson = DataRequest("toy", name="xor")
    state.set_data(LoadedData(load_gate("xor"), lesson, 0.0))
    runs = [TrainingSettings(model="logistic", learning_rate=rate, epochs=10).validate() for rate in (0.1, 0.01)]
    state.set_lesson_runs(runs)
    state.set_draft(TrainingSettings(model="logistic", learning_rate=0.01, epochs=10))  # a form leaves defaults unset
    assert [r.learning_rate for r in state.runs_for_train()] == [0.1, 0.01]
    state.set_data(None)  # reloading the lesson's data (a picture excluded) keeps them
    state.set_data(LoadedData(load_gate("xor"), lesson, 0.0))
    assert len(state.runs_for_train()) == 2
    state.set_draft(TrainingSettings(model="logistic", learning_rate=1000, epochs=10))
    assert [r.learning_rate for r in state.runs_for_train()] == [1000]
    state.set_draft(runs[0])
    assert len(state.runs_for_train()) == 2
    state.set_data(LoadedData(load_gate("and"), DataRequest("toy", name="and"), 0.0))  # other data
    assert [r.learning_rate for r in state.runs_for_train()] == [0.1]
