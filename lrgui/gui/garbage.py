"""Python's cyclic garbage collected on the UI thread only, while a window is open.

A reference cycle that holds a Qt object (a pyqtgraph item removed from its
scene, a widget and the lambdas connected to it) is freed only by Python's
cyclic collector, which runs on whichever thread happens to allocate past its
threshold: a training, loading or map worker as often as not. Freed there,
the Qt object is deleted from a thread that does not own it while the UI
thread may be drawing it, and the program crashes in Qt's event loop now and
then (pyqtgraph's ``GarbageCollector`` exists for the same reason).

So while a window is open the automatic collector is off, and a timer on the
UI thread collects instead, each generation when the automatic collector
would have (its thresholds, its counts). A full collection scanned every
object the program holds, the window's widgets included (tens of
milliseconds: a stutter); once the window is up those are frozen out of it
(``gc.freeze``, which costs nothing), so a full collection scans only what
came later. The last window to close thaws them and turns the automatic
collector back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread looks whether a generation is due.
COLLECT_EVERY_MS = 200
#: The window's start-up objects are frozen this long after it is made: after its first paint.
FREEZE_AFTER_MS = 300

_windows = 0  # windows open, each holding the automatic collector off


def collect_due() -> int | None:
    """Collects the oldest generation whose count has passed its threshold, as the automatic collector
    would; returns that generation (None when none is due)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return None


class UiThreadGarbage(QObject):
    """Holds the automatic collector off for its window's life and collects on the UI thread instead."""

    def __init__(self, window: QObject):
        super().__init__(window)
        global _windows
        if _windows == 0:
            gc.disable()
        _windows += 1
        self._held = held = {"on": True}
        # released when the window closes, or at the latest when it is destroyed (this object with it)
        window.destroyed.connect(lambda *_: _release(held))
        self._timer = QTimer(self, interval=COLLECT_EVERY_MS, timeout=collect_due)
        self._timer.start()
        QTimer.singleShot(FREEZE_AFTER_MS, self, self._freeze)

    def _freeze(self) -> None:
        if self._held["on"]:
            # no collection first (a full one is the stutter this avoids): what is garbage now waits,
            # frozen, until the window closes
            gc.freeze()

    def release(self) -> None:
        """The window closes: the last one thaws the frozen objects and turns the automatic collector on."""
        self._timer.stop()
        _release(self._held)


def _release(held: dict) -> None:
    global _windows
    if not held["on"]:
        return
    held["on"] = False
    _windows -= 1
    if _windows == 0:
        gc.unfreeze()
        gc.enable()
