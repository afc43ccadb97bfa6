"""The draft settings follow the data: new data bring their preset, a new state the first model's defaults.

The rule lives beside the state, not in the Train tab's form, so it holds whether or not the form has been
made yet (the window makes the Train tab's contents when the tab is first shown; the form then shows the
draft it finds). A lesson sets its own draft once its data are loaded, after this rule has applied the
data's preset (:func:`lrgui.session.lesson.apply_lesson_data`), so the lesson's draft wins.
"""

from __future__ import annotations

from lrgui.session.settings import TrainingSettings, model_titles
from lrgui.session.state import AppState


def preset(state: AppState) -> dict:
    """The settings the loaded data recommend (a sample's, an importer's, a toy set's); none without data."""
    loaded = state.loaded
    return loaded.preset if loaded is not None else {}


def default_settings(state: AppState, kind: str) -> TrainingSettings:
    """A model kind's defaults with the loaded data's preset."""
    return TrainingSettings(model=kind).with_preset(preset(state)).validate()


class DraftFollowsData:
    """Keeps ``state.draft`` at the data's preset when new data arrive (not when the same data are reloaded).

    Made once per state, before the data can change; the caller keeps it (the state's events hold only a
    weak reference to its method)."""

    def __init__(self, state: AppState):
        self.state = state
        self._source = None
        state.events.data.connect(self._data_changed)
        if state.draft is None:
            state.set_draft(default_settings(state, self._kind()))

    def _kind(self) -> str:
        draft = self.state.draft
        return draft.model if draft is not None else next(iter(model_titles()))

    def _data_changed(self, loaded) -> None:
        if loaded is None:
            return
        request = loaded.request
        source = (request.kind, request.name, request.paths)
        if source != self._source:
            self._source = source
            self.state.set_draft(default_settings(self.state, self._kind()))
