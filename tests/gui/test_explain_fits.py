"""The Explain window on a 1024×600 screen with a title bar: nothing cut, every equation readable without scrolling."""

from __future__ import annotations

import pytest

import numpy as np

from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import make_scaler
from lrgui.data import ImageFormat, TrainedModel
from lrgui.gui.explain_view import TITLE_BAR, ExplainView
from lrgui.session.explain import glass_box_lines

SCREEN = (1024, 600)
#: Long class names, as a class's own folders have them.
NAMES = ("Motorbikes", "airplanes", "Faces_easy", "watch", "Leopards", "bonsai", "car_side", "ketch", "chandelier",
         "hawksbill")


def make_model(k: int, kind: str):
    fmt = ImageFormat(8, False)
    rng = np.random.default_rng(0)
    y = np.array(NAMES[:k])[np.arange(60) % k]
    X = rng.integers(0, 256, (60, fmt.n_features)).astype(np.uint8)
    scaler = make_scaler("pixels/255").fit(X)
    estimator = (LogisticRegression(learning_rate=0.05, epochs=20) if kind == "logistic"
                 else NeuralNetwork(hidden=6, activation=kind, learning_rate=0.1, epochs=10))
    estimator.fit(scaler.transform(X), y)
    return TrainedModel(estimator, scaler, fmt), X, y


@pytest.mark.parametrize("k, kind", [(2, "logistic"), (3, "logistic"), (10, "logistic"), (3, "relu"), (10, "tanh")])
def test_the_glass_box_shows_every_equation_without_scrolling_on_a_small_screen(qtbot, k, kind):
    model, X, y = make_model(k, kind)
    view = ExplainView(model, X[0], str(y[0]), None)
    qtbot.addWidget(view)
    width, height = SCREEN[0], SCREEN[1] - TITLE_BAR
    assert view.minimumSizeHint().width() <= width
    assert view.layout().totalHeightForWidth(width) <= height if view.layout().hasHeightForWidth() else True
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    assert view.width() <= width and view.height() <= height
    text = view.equations
    assert text.toPlainText().splitlines() == glass_box_lines(view.explanation)
    assert text.needed_height() <= text.height(), "the glass box needs scrolling"
    assert not text.verticalScrollBar().isVisible()
    for name in ("explainOriginal", "explainModelEye", "explainOverlay"):
        picture = view.findChild(type(view.overlay), name)
        assert picture.isVisible() and picture.height() >= 128
    for bar in view.bars.values():
        assert bar.isVisible() and bar.height() >= bar.minimumSizeHint().height()
    view.close()

