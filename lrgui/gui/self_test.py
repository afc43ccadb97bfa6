"""``lrgui --self-test``: the whole path once, offscreen — sample → load → train → predict.

It checks an installation (or a PyInstaller bundle) really works: Qt and its
platform plugin start, the sample is drawn and loaded by a worker, a short
training runs on its QThread, and one image is predicted. Exit status 0 on
success; otherwise 1, with the step that failed.
"""

from __future__ import annotations

import os
import sys
import time

STEP_TIMEOUT = 120.0


def _wait(app, condition, what: str) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + STEP_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out while {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # a test driver, not app code


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "starting Qt"
    try:
        from lrgui.gui.launcher import create_application
        from lrgui.gui.main_window import MainWindow

        app = create_application([])
        window = MainWindow()
        window.show()
        step = "loading the sample"
        window.open_sample("shapes")
        _wait(app, lambda: window.data_tab.data is not None and window.train_tab.train_button.isEnabled(), step)
        data = window.data_tab.data
        print(f"self-test: loaded {len(data.train)} training images of {', '.join(data.train.classes)}")
        step = "training"
        window.train_tab.epochs_spin.setValue(50)
        window.train_tab.start_training()
        _wait(app, lambda: window.model is not None and not window.train_tab.is_training, step)
        costs = window.model.estimator.costs_
        print(f"self-test: trained 50 iterations, cost {costs[0][1]:.4f} at iteration 0")
        step = "predicting"
        image = data.test.paths[0]
        window.predict_tab.predict_paths([image])
        _wait(app, lambda: len(window.predict_tab.predictions) == 1, step)
        prediction = window.predict_tab.predictions[0]
        print(f"self-test: predicted {os.path.basename(image)} as {prediction.label} ({prediction.probability:.0%})")
        window.close()
    except Exception as error:  # the reason is the whole point of a self-test
        print(f"self-test FAILED while {step}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("self-test: OK")
    return 0
