"""Python's cyclic garbage is collected on the UI thread while a window is open, never on a worker."""

from __future__ import annotations

import gc
import threading

from lrgui.gui import garbage


class Cycle:
    """A reference cycle that notes the thread it is freed on."""

    freed_on: list[int] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Cycle.freed_on.append(threading.get_ident())


def test_a_cycle_dropped_on_a_worker_is_freed_on_the_ui_thread_and_the_collector_comes_back(qtbot):
    from lrgui.gui import MainWindow

    assert gc.isenabled()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not gc.isenabled()  # the UI thread's timer collects meanwhile
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # the start-up objects, out of full scans

    Cycle.freed_on.clear()

    count = 2 * gc.get_threshold()[0]  # past the collector's first threshold: a collection is due

    def worker():
        for _ in range(count):
            Cycle()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert Cycle.freed_on == []  # nothing was collected on the worker
    qtbot.waitUntil(lambda: len(Cycle.freed_on) == count, timeout=5000)
    assert set(Cycle.freed_on) == {threading.get_ident()}

    window.close()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_due_generation_is_the_oldest_past_its_threshold(monkeypatch):
    collected = []
    monkeypatch.setattr(gc, "collect", collected.append)
    monkeypatch.setattr(gc, "get_threshold", lambda: (700, 10, 10))
    for counts, expected in (((5, 0, 0), None), ((701, 3, 0), 0), ((701, 11, 2), 1), ((900, 11, 11), 2)):
        monkeypatch.setattr(gc, "get_count", lambda counts=counts: counts)
        assert garbage.collect_due() == expected
    assert collected == [0, 1, 2]
