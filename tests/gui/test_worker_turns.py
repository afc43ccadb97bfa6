"""A job's news reach its view in order, its end (result, then finish) each in a turn of the event loop of its own."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject

from lrgui.gui.workers import WorkerPool


def test_progress_then_the_result_then_the_finish_in_order_the_end_in_turns_of_its_own(qtbot):
    owner = QObject()
    pool = WorkerPool(owner)
    heard: list[tuple[str, object]] = []
    reported = threading.Event()

    def task(report, should_stop):
        for number in range(3):
            report(number, True)
        reported.set()
        return "done"

    job = pool.runner("lane").start(task, progress=lambda p: heard.append(("progress", p)),
                                    result=lambda r: heard.append(("result", r)),
                                    finish=lambda: heard.append(("finish", None)))
    assert job.wait(5000) and reported.is_set()
    lane = pool._lanes["lane"]
    # the worker's news are queued: posted events are delivered, the end waits for the timer's turns
    QCoreApplication.sendPostedEvents(lane)
    assert heard == [("progress", 0), ("progress", 1), ("progress", 2)]
    assert [what for _, what, _ in lane._waiting] == ["result", "finish"]
    qtbot.waitUntil(lambda: len(heard) == 5)
    assert heard[3:] == [("result", "done"), ("finish", None)]
    pool.shutdown()


def ended_job(owner: QObject, result: str, heard: list) -> tuple[WorkerPool, QObject]:
    """A pool of ``owner`` whose lane "lane" has run a job to its end, that end still waiting for its turns;
    the job's result and finish go to ``heard``."""
    pool = WorkerPool(owner)
    job = pool.start(lambda report, stop: result, "lane")
    job.callbacks.result = heard.append
    job.callbacks.finish = lambda: heard.append(f"{result} finished")
    assert job.wait(5000)
    lane = pool._lanes["lane"]
    QCoreApplication.sendPostedEvents(lane)  # the job's end is queued on the lane, waiting for its turns
    return pool, lane


def test_news_that_come_while_an_end_waits_wait_behind_it(qtbot):
    owner, heard = QObject(), []
    pool, lane = ended_job(owner, "first", heard)
    second = pool.start(lambda report, stop: report("second's news", True), "lane")
    second.callbacks.progress = heard.append
    assert second.wait(5000)
    QCoreApplication.sendPostedEvents(lane)
    assert heard == []  # queued behind the first job's end
    qtbot.waitUntil(lambda: "second's news" in heard)
    assert heard == ["first", "first finished", "second's news"]
    pool.shutdown()


def test_a_closing_pool_drops_the_news_still_waiting(qtbot):
    owner, heard = QObject(), []
    pool, _ = ended_job(owner, "result", heard)
    pool.shutdown()
    qtbot.wait(50)
    assert heard == []


def test_a_hidden_views_request_waits_until_it_is_shown_or_asked_for(qtbot):
    from lrgui.gui.latest_result import LatestResult

    owner = QObject()
    pool = WorkerPool(owner)
    computed: list[int] = []

    def compute(inputs):
        computed.append(inputs)
        return inputs * 2

    result = LatestResult(compute, pool, "slice", owner)
    result.request(3, quick=False, defer=True)  # hidden: no worker's time
    qtbot.wait(50)
    assert computed == [] and result.pending and "slice" not in pool._lanes
    assert result.value() == 6 and computed == [3]  # asked for: computed in the caller
    result.request(4, quick=False, defer=True)
    result.resume()  # shown: on a worker now
    qtbot.waitUntil(lambda: not result.pending, timeout=5000)
    assert computed == [3, 4] and result.value() == 8
    result.resume()  # nothing deferred any more: nothing again
    qtbot.wait(50)
    assert computed == [3, 4]
    pool.shutdown()
