"""A lesson file is the state written down: saved and reopened, the state is equal field by field; older files migrate."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from lrgui.session.lesson import (
    JSON_MEMBER, apply_lesson_data, builtin_lessons, lesson_from_state, load_lesson, migrate, open_lesson_state,
    resolve_request, save_lesson,
)
from lrgui.session.playground import PaneState, PlaygroundState, TrainedPane
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, load
from lrgui.session.state import AppState
from lrgui.session.training_session import TrainingSession

V1_LESSONS = Path(__file__).resolve().parent / "lessons_v1"


def trained_pane() -> TrainedPane:
    history = [(i, {"coef": np.array([0.1 * i, -0.2 * i]), "intercept": np.array([0.01 * i])}) for i in range(0, 500, 2)]
    return TrainedPane.of_run(history, 0.75, 498, [(0, 0.69), (498, 0.5)], "A line cannot separate XOR.", None)


def a_playground() -> PlaygroundState:
    base = PlaygroundState.of_set("xor", seed=3)
    panes = {"logistic": base.pane("logistic").with_values(learning_rate=0.3, start=(0.5, -1.0, 0.25),
                                                           trained=trained_pane()),
             "mlp": base.pane("mlp").with_values(hidden=5, activation="relu", show_hidden_lines=True)}
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.25]], dtype=np.float32)
    return replace(base, points=5, noise=0.1, x=x, labels=np.array([0, 1, 1, 0, 1]), panes=panes)


def test_the_playground_state_reads_back_what_it_writes_and_compares_by_value():
    playground = a_playground()
    record = json.loads(json.dumps(playground.to_json()))  # as a lesson file holds it
    again = PlaygroundState.from_json(record)
    assert again == playground and again is not playground
    assert 100 < len(again.pane("logistic").trained.history) <= 200  # thinned to what a lesson keeps, the last kept
    assert again.pane("logistic").trained.history[-1][0] == 498
    assert again != replace(playground, seed=4)
    moved = playground.x.copy()
    moved[0, 0] = 0.125
    assert again != replace(playground, x=moved)
    # a value that does not fit is the set's own
    record["panes"]["logistic"]["start"] = [1.0, "x", 2.0]
    record["panes"]["mlp"]["activation"] = "softsign"
    odd = PlaygroundState.from_json(record)
    assert odd.pane("logistic").start is None and odd.pane("mlp").activation == PaneState.defaults("mlp", "xor").activation


def test_a_state_saved_as_a_lesson_reopens_equal_field_by_field(tmp_path):
    state = AppState()
    state.set_data(load(DataRequest("sample", name="shapes")))
    settings = TrainingSettings(model="logistic", learning_rate=0.01, epochs=60, record_every=10).validate()
    session = TrainingSession(state.data, [settings])
    session.apply(state, session.work(lambda batch, force=False: session.absorb(batch)))
    state.select_point(2)
    state.set_draft(replace(settings, learning_rate=0.05, epochs=200))  # the form edited after the run
    state.set_compare_rates("0.1, 0.05")
    state.set_lesson("Shapes", "Ask: which pixels matter?")
    state.set_playground(a_playground())
    path = save_lesson(tmp_path / "shapes.lrlesson", lesson_from_state(state))

    lesson = load_lesson(path)
    reopened = AppState()
    open_lesson_state(reopened, lesson)
    reopened.set_data(load(resolve_request(lesson)))
    apply_lesson_data(reopened, lesson, path)
    assert reopened.record().differences(state.record()) == []
    assert reopened.record() == state.record()
    assert reopened.model_path == path and not reopened.unsaved  # the model is in the lesson file

    reopened.set_compare_rates("0.2")
    assert reopened.record().differences(state.record()) == ["compare_rates"]


def _document(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(JSON_MEMBER))


@pytest.mark.parametrize("name", [name for name, _, _ in builtin_lessons()])
def test_each_built_in_lesson_of_format_1_opens_migrated_as_the_shipped_one(name):
    old, shipped = V1_LESSONS / f"{name}.lrlesson", dict((n, p) for n, _, p in builtin_lessons())[name]
    document = _document(old)
    assert document["format_version"] == 1 and "view" not in document
    migrated = migrate(document)
    assert migrated["format_version"] == 2 and migrated["view"] == _document(shipped)["view"]
    assert {k: v for k, v in migrated.items() if k != "lrgui_version"} == \
        {k: v for k, v in _document(shipped).items() if k != "lrgui_version"}
    a, b = load_lesson(old), load_lesson(shipped)
    assert (a.title, a.notes, a.request, a.settings, a.playground, a.draft, a.compare_rates, a.selected_point) == \
        (b.title, b.notes, b.request, b.settings, b.playground, b.draft, b.compare_rates, b.selected_point)
    assert a.draft == a.settings[0]  # what opening it showed: the first run's settings


def test_a_format_1_lesson_with_a_model_opens_at_the_kept_runs_settings_and_rates(tmp_path):
    state = AppState()
    state.set_data(load(DataRequest("sample", name="shapes")))
    runs = [TrainingSettings(model="logistic", learning_rate=rate, epochs=30).validate() for rate in (0.1, 0.001)]
    session = TrainingSession(state.data, runs)
    session.apply(state, session.work(lambda batch, force=False: session.absorb(batch)))
    path = save_lesson(tmp_path / "new.lrlesson", lesson_from_state(state))
    document = _document(path)
    del document["view"]
    document["format_version"] = 1  # as lrgui wrote it before the view was kept
    old = tmp_path / "old.lrlesson"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(old, "w") as target:
        for info in source.infolist():
            content = json.dumps(document).encode() if info.filename == JSON_MEMBER else source.read(info)
            target.writestr(info, content)
    lesson = load_lesson(old)
    kept = state.best_run.settings
    assert lesson.draft == kept and lesson.compare_rates == "0.1, 0.001" and lesson.selected_point is None
    reopened = AppState()
    open_lesson_state(reopened, lesson)
    reopened.set_data(load(resolve_request(lesson)))
    apply_lesson_data(reopened, lesson, old)
    # all but the Compare box, which format 1 did not keep: it shows the runs' rates
    assert reopened.record().differences(state.record()) == ["compare_rates"]


@pytest.mark.parametrize("version, words", [(0, "never wrote"), (3, "newer lrgui"), ("1", "no valid format version")])
def test_a_format_lrgui_never_wrote_is_refused(tmp_path, version, words):
    from lrgui.session.lesson import LessonFileError
    from tests.hostile import lesson_document, write_lesson

    path = write_lesson(tmp_path / "x.lrlesson", lesson_document(format_version=version))
    with pytest.raises(LessonFileError, match=words):
        load_lesson(path)


def _comparison_state(rates=(0.01, 0.001, 1000.0)) -> AppState:
    state = AppState()
    state.set_data(load(DataRequest("sample", name="shapes")))
    runs = [TrainingSettings(model="logistic", learning_rate=rate, epochs=60, record_every=10).validate()
            for rate in rates]
    session = TrainingSession(state.data, runs)
    session.apply(state, session.work(lambda batch, force=False: session.absorb(batch)))
    return state


def _reopened(lesson, path) -> AppState:
    reopened = AppState()
    open_lesson_state(reopened, lesson)
    reopened.set_data(load(resolve_request(lesson)))
    apply_lesson_data(reopened, lesson, path)
    return reopened


def test_a_comparison_reopens_with_its_runs_curves_the_kept_run_and_why(tmp_path):
    from lrgui.session.run_record import RunRecord

    state = _comparison_state()
    assert len(state.runs) == 3 and state.runs[2].diverged and not state.best_run.diverged
    path = save_lesson(tmp_path / "compare.lrlesson", lesson_from_state(state))
    reopened = _reopened(load_lesson(path), path)

    saved, again = state.record(), reopened.record()
    assert again.differences(saved) == [] and again == saved
    assert again.runs == tuple(RunRecord.of(run) for run in state.runs)  # settings, curves, scores, diverged
    assert again.kept_run == state.runs.index(state.best_run)
    assert again.kept_reason == state.best_reason and "Kept learning rate" in again.kept_reason
    assert all(isinstance(run, RunRecord) for run in reopened.runs) and reopened.best_run is reopened.runs[again.kept_run]
    assert [run.diverged for run in reopened.runs] == [False, False, True]
    assert reopened.outcome.note == state.best_reason  # the window's line under the curves says why
    assert any("1000" in sentence for sentence in reopened.outcome.advice)  # the diverged run's advice, named
    for record, result in zip(reopened.runs, state.runs):  # the table's numbers, read as from a trained run
        assert (record.final_cost, record.final_test_cost) == (RunRecord.of(result).final_cost,
                                                               RunRecord.of(result).final_test_cost)
        assert record.series("test_cost") == [(i, v) for i, v in result.series("test_cost")
                                              if np.isfinite(v)]


def test_a_lesson_of_format_2_without_the_runs_endings_still_opens(tmp_path):
    """Format 2 lessons saved before a run's ending was kept (stopped early, unstable) open, those read as not."""
    state = _comparison_state(rates=(0.01, 0.001))
    path = save_lesson(tmp_path / "new.lrlesson", lesson_from_state(state))
    document = _document(path)
    for run in document["runs"]:
        del run["curves"]["stopped_early"], run["curves"]["unstable"]
    old = tmp_path / "old.lrlesson"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(old, "w") as target:
        for info in source.infolist():
            target.writestr(info, json.dumps(document).encode() if info.filename == JSON_MEMBER else source.read(info))
    reopened, saved = _reopened(load_lesson(old), old).record(), state.record()
    assert reopened.differences(saved) in ([], ["runs"])
    assert reopened.runs == tuple(replace(run, stopped_early=False, unstable=None) for run in saved.runs)


@pytest.mark.parametrize("curves, words", [
    ({"costs": [[0, 0.5]] * 1_000_001}, "at most 1,000,000"),  # the length, before a point is read
    ({"costs": [[0, "0.5"]]}, "must be a number"),
    ({"costs": [[0, 0.5, 1]]}, "an iteration and a value"),
    ({"test_accuracies": [[0, 1.5]]}, "at most 1"),
    ({"iterations": -1}, "at least 0"),
    ({"diverged": "no"}, "true or false"),
    ({"unstable": {"factor": 2.0}}, "unstable iteration"),
])
def test_a_runs_curves_are_checked_before_they_are_used(tmp_path, curves, words):
    from lrgui.session.lesson import LessonFileError
    from tests.hostile import lesson_document, write_lesson

    run = {"settings": TrainingSettings(model="logistic").validate().as_dict(), "curves": curves}
    path = write_lesson(tmp_path / "x.lrlesson", lesson_document(runs=[run]))
    with pytest.raises(LessonFileError, match=words):
        load_lesson(path)
