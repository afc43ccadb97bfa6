"""The draft follows the data: new data bring their preset, a reload or a lesson's draft is kept (no Qt)."""

from __future__ import annotations

from lrgui.data.toy import TOY_DEFAULTS, load_toy
from lrgui.session.draft import DraftFollowsData
from lrgui.session.settings import TrainingSettings, model_titles
from lrgui.session.sources import DataRequest, LoadedData
from lrgui.session.state import AppState


def toy(name: str) -> LoadedData:
    return LoadedData(load_toy(name, points=40, noise=0.1, seed=0), DataRequest("toy", name=name), 0.0)


def test_a_new_state_gets_the_first_models_defaults():
    state = AppState()
    rule = DraftFollowsData(state)  # kept: the events hold it weakly
    assert rule.state is state
    assert state.draft == TrainingSettings(model=next(iter(model_titles()))).validate()


def test_new_data_bring_their_preset_for_the_model_chosen_and_a_reload_keeps_the_edits():
    state = AppState()
    rule = DraftFollowsData(state)  # kept: the events hold it weakly
    state.set_draft(TrainingSettings(model="mlp").validate())
    state.set_data(toy("xor"))
    preset = TOY_DEFAULTS["xor"]["mlp"]
    assert state.draft.model == "mlp"
    assert state.draft.learning_rate == preset["learning_rate"] and state.draft.hidden == preset["hidden"]
    edited = TrainingSettings(model="mlp", learning_rate=0.0123, epochs=77).validate()
    state.set_draft(edited)
    state.set_data(toy("xor"))  # the same data again (another split, an exclusion): the edits stay
    assert state.draft == edited
    state.set_data(toy("moons"))  # other data: their own preset
    assert state.draft.learning_rate == TOY_DEFAULTS["moons"]["mlp"]["learning_rate"]


def test_a_lessons_draft_set_after_its_data_wins_and_no_later_reload_undoes_it():
    state = AppState()
    rule = DraftFollowsData(state)  # kept: the events hold it weakly
    lesson_draft = TrainingSettings(model="logistic", learning_rate=0.0042, epochs=321).validate()
    state.set_data(toy("circles"))  # the lesson's data, loaded first (apply_lesson_data comes after)
    state.set_draft(lesson_draft)
    state.set_data(toy("circles"))
    assert state.draft == lesson_draft
