"""How long the Draw tab takes to answer one stroke event, against a bare prediction and the Explain view.

Not part of the test suite. Run from the project root::

    python benchmarks/bench_draw.py                  # 300 stroke events per model
    python benchmarks/bench_draw.py --events 1000 --threads 1

Two models of the sizes the issue names, with weights from a short training
on random pictures (the time does not depend on the weights' values):

* logistic regression on 64×64×3 pictures, three classes (the shapes sample);
* the Fashion-MNIST network: 784 grayscale pixels, 50 sigmoid hidden units,
  10 classes, standardised.

For each, a Draw tab (Qt offscreen) is given one stroke segment at a time,
in a circle over the canvas, and three costs are timed per event:

* *paint*: the segment painted on the canvas (what the pointer waits for);
* *update*: what the coalescing timer runs: the canvas read back, the
  model's answer and explanation (``lrgui.session.drawing.live_answer``),
  and every view set and repainted (the events it posts processed);
* the update's CPU time (its thread's), which a busy machine does not
  stretch: the wall time's p99 is mostly other processes' turns;
* the peers, in turns with the updates: ``TrainedModel.predict_image`` on
  the same picture (a bare prediction: the least any answer costs) and
  building the Explain view of the same row (what one image's explanation
  cost before: a dialog with the same map, bars and equations).

The target: the update's p99 at most 30 ms for both models.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lrgui.core import LogisticRegression, NeuralNetwork  # noqa: E402
from lrgui.core.preprocessing import PixelScaler, Standardizer  # noqa: E402
from lrgui.data import ImageFormat, TrainedModel  # noqa: E402

TARGET_MS = 30.0


def models():
    rng = np.random.default_rng(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fmt = ImageFormat(64, False)
        X = rng.integers(0, 256, (150, fmt.n_features)).astype(np.uint8)
        y = np.array(["circle", "square", "triangle"] * 50)
        scaler = PixelScaler()
        logistic = LogisticRegression(learning_rate=0.005, epochs=20).fit(scaler.transform(X), y)
        yield "logistic 64×64×3, 3 classes", TrainedModel(logistic, scaler, fmt)
        fmt = ImageFormat(28, True)
        X = rng.integers(0, 256, (500, fmt.n_features)).astype(np.uint8)
        y = np.array([str(d) for d in range(10)] * 50)
        scaler = Standardizer().fit(X)
        network = NeuralNetwork(hidden=50, activation="sigmoid", learning_rate=0.3, epochs=5, batches=25)
        yield "network 784-50-10 (Fashion)", TrainedModel(network.fit(scaler.transform(X), y), scaler, fmt)


def percentile(values, q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def run(label: str, model: TrainedModel, events: int) -> dict:
    from lrgui.gui.draw_canvas import RESOLUTION
    from lrgui.gui.draw_tab import DrawTab
    from lrgui.gui.explain_view import ExplainView
    from lrgui.session.state import AppState

    state = AppState()
    tab = DrawTab(state)
    tab.resize(1000, 520)
    tab.show()
    state.set_model(model, unsaved=True)
    QApplication.processEvents()
    canvas = tab.canvas
    paint, update, update_cpu, bare, explain_view = [], [], [], [], []
    centre, radius = RESOLUTION / 2, RESOLUTION / 3
    canvas._remember()
    canvas._last = QPointF(centre + radius, centre)
    canvas._stroke_erases = False
    for i in range(events):
        angle = 2 * math.pi * 3 * (i + 1) / events
        point = QPointF(centre + radius * math.cos(angle), centre + radius * math.sin(angle) * 0.8)
        start = time.perf_counter()
        canvas._paint_to(point)  # exactly what a mouse move does
        QApplication.processEvents()  # and the canvas's repaint it asks for
        paint.append(time.perf_counter() - start)
        start, cpu = time.perf_counter(), time.thread_time()
        tab.refresh()
        QApplication.processEvents()  # the views' repaints, and any layout they ask for
        update.append(time.perf_counter() - start)
        update_cpu.append(time.thread_time() - cpu)
        if i % 5 == 0:  # the peers, in turns with the updates
            image = canvas.image()
            start = time.perf_counter()
            model.predict_image(image)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            dialog = ExplainView(model, tab.answer.row)
            explain_view.append(time.perf_counter() - start)
            del dialog  # no parent: Python owns it and deletes it now
    QApplication.processEvents()
    tab.close()
    tab.deleteLater()
    ms = lambda seconds: seconds * 1000  # noqa: E731
    return {
        "model": label,
        "paint_median": ms(statistics.median(paint)), "paint_p99": ms(percentile(paint, 99)),
        "update_median": ms(statistics.median(update)), "update_p99": ms(percentile(update, 99)),
        "cpu_median": ms(statistics.median(update_cpu)), "cpu_p99": ms(percentile(update_cpu, 99)),
        "predict_median": ms(statistics.median(bare)),
        "explain_view_median": ms(statistics.median(explain_view)),
        "updates": tab.update_count,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300, help="stroke events per model (default 300)")
    parser.add_argument("--threads", type=int, default=None, help="limit BLAS threads (default: as configured)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - the views need one
    with threadpool_limits(limits=args.threads):
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"Draw tab, per stroke event, {args.events} events; milliseconds "
              f"(load average {load:.1f} on {os.cpu_count()} cores)")
        print(f"{'model':<30} {'paint med/p99':>14} {'update med/p99':>15} {'its CPU med/p99':>16} "
              f"{'predict_image':>14} {'Explain view':>13}  update/predict  Explain/update")
        worst = 0.0
        for label, model in models():
            r = run(label, model, args.events)
            worst = max(worst, r["update_p99"])
            print(f"{label:<30} {r['paint_median']:>6.2f}/{r['paint_p99']:<6.2f} "
                  f"{r['update_median']:>7.2f}/{r['update_p99']:<6.2f} {r['cpu_median']:>8.2f}/{r['cpu_p99']:<6.2f} "
                  f"{r['predict_median']:>14.2f} "
                  f"{r['explain_view_median']:>13.2f}  {r['update_median'] / r['predict_median']:>13.1f}× "
                  f"{r['explain_view_median'] / r['update_median']:>13.1f}×")
        verdict = "met" if worst <= TARGET_MS else "MISSED"
        print(f"worst update p99 {worst:.1f} ms: target ≤ {TARGET_MS:.0f} ms {verdict}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
