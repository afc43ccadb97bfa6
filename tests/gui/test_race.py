"""The playground's learning-rate race: the same start for every rate, one boundary each, costs on one plot."""

from __future__ import annotations

import numpy as np
import pytest

from lrgui.session.state import AppState
from lrgui.data.toy import load_toy
from lrgui.gui.race_dialog import LearningRateRace, default_rates
from lrgui.gui.workers import WorkerPool
from lrgui.session.settings import TrainingSettings


@pytest.mark.parametrize("model", ["logistic", "mlp"])
def test_rates_race_from_the_same_start(qtbot, model):
    data = load_toy("moons", points=60, seed=1)
    labels = (data.train.y == "1").astype(int)
    settings = TrainingSettings(model=model, learning_rate=1.0, epochs=200, hidden=8, activation="tanh",
                                record_every=20, seed=3).validate()
    pool = WorkerPool()
    race = LearningRateRace(pool, data, labels, settings)
    qtbot.addWidget(race)
    assert race.rates_edit.text() == default_rates(1.0) == "0.1, 1, 10"
    assert "same parameters" in race.start_label.text()
    assert race.start()
    assert not race.start_button.isEnabled()
    qtbot.waitUntil(lambda: not race.is_racing, timeout=30000)
    assert [r.learning_rate for r in race.results] == [0.1, 1.0, 10.0]
    starts = [r.costs[0] for r in race.results]
    assert all(start == starts[0] for start in starts)  # the same initial parameters, the same first cost
    assert len(race.views) == 3
    grids = [view.probability_grid() for view in race.views]
    assert not np.allclose(grids[0], grids[1])  # the rate changed where the boundary went
    titles = [view.getPlotItem().titleLabel.text for view in race.views]
    assert all("%" in title for title in titles)
    assert len(race.plot.getPlotItem().listDataItems()) == 3
    pool.shutdown()


def test_bad_rates_are_refused_in_words(qtbot):
    from PySide6.QtWidgets import QApplication

    data = load_toy("xor")
    pool = WorkerPool()
    race = LearningRateRace(pool, data, (data.train.y == "1").astype(int),
                            TrainingSettings(model="logistic").validate())
    qtbot.addWidget(race)
    race.rates_edit.setText("1, 2, 3, 4, 5, 6, 7")
    assert not race.start()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    box = QApplication.activeModalWidget()
    assert "at most 6" in box.text()
    box.close()
    pool.shutdown()


def test_the_playground_opens_the_race_with_its_points_and_the_network(qtbot):
    from lrgui.gui.playground_tab import PlaygroundTab

    pool = WorkerPool()
    tab = PlaygroundTab(AppState(), pool)
    qtbot.addWidget(tab)
    race = tab.race()
    assert race is not None and race.settings.model == "mlp"
    assert len(race.data.train) == len(tab.X)
    race.close()
    pool.shutdown(5000)
