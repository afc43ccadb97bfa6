"""Sharing a minibatch with a helper thread: every piece done once, in its own slot, never a long wait."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from lrgui.core import NeuralNetwork
from lrgui.core.blas_threads import BlasTuner
from lrgui.core.mlp import SHARED, Epochs, initial_parameters
from lrgui.core.work_sharing import CALLER_SLOT, HELPER_SLOT, HelperThread

from tests.test_mlp_speed_paths import FakeMachine, run_calls


def recording_work(results: list, pause: float = 0.0):
    """work(piece, slot) that writes piece² into its slot's list, after a pause that releases the GIL."""

    def work(piece: int, slot: int) -> None:
        time.sleep(pause)
        results[slot][piece] = piece * piece

    return work


def test_every_piece_is_done_and_found_in_the_slot_reported():
    with HelperThread() as helper:
        for count in (1, 2, 7):
            results = [[None] * count, [None] * count]
            slots = helper.share(count, recording_work(results, pause=0.005))
            assert [results[slot][piece] for piece, slot in enumerate(slots)] == [p * p for p in range(count)]
        assert helper.helped > 0  # with pauses that release the GIL, the helper does its share


def test_the_caller_takes_back_a_piece_the_helper_is_stuck_on():
    release = threading.Event()
    results = [[None] * 4, [None] * 4]

    def work(piece: int, slot: int) -> None:
        if slot == HELPER_SLOT:
            release.wait(10)  # a helper the scheduler has set aside
        else:
            time.sleep(0.02)  # long enough for the helper to claim a piece
        results[slot][piece] = piece

    helper = HelperThread()
    started = time.perf_counter()
    slots = helper.share(4, work)
    waited = time.perf_counter() - started
    release.set()
    helper.close()
    assert slots == [CALLER_SLOT] * 4
    assert results[CALLER_SLOT] == [0, 1, 2, 3]
    assert helper.taken_back == 1 and helper.helped == 0
    assert waited < 5  # not the ten seconds the helper is stuck for


def test_a_failure_on_the_helper_side_is_redone_by_the_caller_and_one_on_the_caller_side_propagates():
    calls = []

    def helper_fails(piece: int, slot: int) -> None:
        calls.append((piece, slot))
        if slot == HELPER_SLOT:
            raise MemoryError("only the helper's copy fails")
        time.sleep(0.002)

    with HelperThread() as helper:
        slots = helper.share(6, helper_fails)
        assert slots == [CALLER_SLOT] * 6
        assert {piece for piece, slot in calls if slot == CALLER_SLOT} == set(range(6))

        def caller_fails(piece: int, slot: int) -> None:
            if slot == CALLER_SLOT:
                raise ValueError("the caller's own piece")

        with pytest.raises(ValueError, match="the caller's own piece"):
            helper.share(3, caller_fails)
        # the helper is still there for the next job
        results = [[None] * 3, [None] * 3]
        slots = helper.share(3, recording_work(results))
        assert [results[s][p] for p, s in enumerate(slots)] == [0, 1, 4]


def test_close_ends_the_thread_and_refuses_more_work():
    helper = HelperThread(name="lrgui-test-helper")
    helper.share(2, lambda piece, slot: None)
    assert any(t.name == "lrgui-test-helper" for t in threading.enumerate())
    helper.close()
    assert not any(t.name == "lrgui-test-helper" for t in threading.enumerate())
    with pytest.raises(RuntimeError):
        helper.share(1, lambda piece, slot: None)


# ------------------------------------------------------------------ the network's shared minibatch
class ChosenForm:
    """Stands in for the tuner: always the given form, BLAS threads as they are."""

    def __init__(self, form: str):
        self.choice = (form, 1)
        self.helper_variants = (SHARED,)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def begin(self):
        return self.choice[0]

    def end(self):
        return None


class CallerOnly:
    """A helper that never helps: the caller does every piece."""

    def share(self, count, work):
        for piece in range(count):
            work(piece, CALLER_SLOT)
        return [CALLER_SLOT] * count

    def close(self):
        return None


class HelperDoesAll:
    """A helper that does every piece in its slot (on the caller's thread, which is what the numbers see)."""

    def share(self, count, work):
        for piece in reversed(range(count)):
            work(piece, HELPER_SLOT)
        return [HELPER_SLOT] * count

    def close(self):
        return None


def make_runner(form: str, dtype=np.float64, m: int = 1200, n: int = 30, batches: int = 2) -> Epochs:
    rng = np.random.default_rng(3)
    X = rng.normal(size=(m, n)).astype(dtype)
    y = rng.integers(0, 4, size=m)
    params = initial_parameters(n, 6, 4, "sigmoid", 0, dtype)
    runner = Epochs(params, X, y, "sigmoid", 0.5, 0.01, 0.001, batches, seed=1)
    runner.pieces = 3
    runner.tuner = ChosenForm(form)
    return runner


@pytest.mark.parametrize("dtype, rtol", [(np.float64, 1e-12), (np.float32, 2e-5)])
def test_the_shared_minibatch_agrees_with_the_whole_one_up_to_rounding(dtype, rtol):
    whole, shared = make_runner("XtD", dtype), make_runner(SHARED, dtype)
    for epoch in range(4):
        (ok_a, cost_a), (ok_b, cost_b) = whole.run(epoch), shared.run(epoch)
        assert ok_a and ok_b
        assert cost_b == pytest.approx(cost_a, rel=rtol)
    for a, b in zip(whole.params, shared.params):
        np.testing.assert_allclose(b, a, rtol=rtol * 10, atol=rtol)
    shared.close()


def test_who_did_which_piece_does_not_change_a_single_bit():
    runs = []
    for helper in (CallerOnly(), HelperDoesAll(), None):
        runner = make_runner(SHARED)
        if helper is not None:
            runner._helper = helper
        costs = [runner.run(epoch)[1] for epoch in range(3)]
        runner.close()
        runs.append((costs, [p.copy() for p in runner.params]))
    (costs, params), *others = runs
    for other_costs, other_params in others:
        assert other_costs == costs
        for a, b in zip(params, other_params):
            assert np.array_equal(a, b)


def test_the_tuner_offers_the_helper_only_when_two_threads_are_allowed():
    seconds = {("a", 1): 1.0, ("a", 2): 0.9, ("shared", 1): 0.5}
    machine = FakeMachine(seconds, threads=2)
    tuner = BlasTuner(("a",), helper_variants=("shared",), clock=machine.clock,
                      get_threads=lambda: machine.threads, set_threads=machine.set_threads, retune_seconds=1e9)
    used = run_calls(tuner, machine, 40)
    assert ("shared", 1) in used
    assert tuner.choice == ("shared", 1)

    machine.threads = 1  # the caller now allows one thread: no helper, whatever was chosen
    used = run_calls(tuner, machine, 10)
    assert {variant for variant, _ in used} == {"a"}


def test_the_helper_is_retimed_and_dropped_when_it_stops_winning():
    seconds = {("a", 1): 1.0, ("a", 2): 0.5, ("shared", 1): 0.9}
    machine = FakeMachine(seconds, threads=2)
    tuner = BlasTuner(("a",), helper_variants=("shared",), clock=machine.clock,
                      get_threads=lambda: machine.threads, set_threads=machine.set_threads, retune_seconds=5.0)
    run_calls(tuner, machine, 30)
    assert tuner.choice == ("a", 2)
    machine.seconds[("a", 2)] = 3.0  # a busy core: two BLAS threads stall, the helper still helps
    run_calls(tuner, machine, 60)
    assert tuner.choice == ("shared", 1)


def test_training_ends_its_helper_thread(monkeypatch):
    import lrgui.core.mlp as mlp

    monkeypatch.setattr(mlp, "TUNE_MIN_WORK", 1)
    monkeypatch.setattr(mlp, "PIECE_ROWS", 100)
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(1000, 20)), rng.integers(0, 3, size=1000)
    model = NeuralNetwork(hidden=5, batches=2, epochs=30)
    model.fit(X, y)
    assert not any(t.name == "lrgui-epochs-helper" for t in threading.enumerate())
    # and when the training is stopped half-way
    steps = model.set_params(warm_start=True).training_steps(X, y)
    next(steps), next(steps)
    steps.close()
    assert not any(t.name == "lrgui-epochs-helper" for t in threading.enumerate())
