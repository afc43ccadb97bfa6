"""Which buttons and menu actions are offered: one pure function of the state, the same for every view.

The Train tab's buttons and the Train and File menus' actions read the same
:class:`Controls`, so a menu can never offer what the tab's button refuses.
"""

from __future__ import annotations

from dataclasses import dataclass

from lrgui.kinds import kind_of
from lrgui.session.state import AppState, RunStatus


@dataclass(frozen=True)
class Controls:
    """Enabled (True) or not, by name; the Train tab's buttons and the window's actions use these."""

    train: bool
    compare: bool
    stop: bool
    pause: bool
    step: bool
    continue_: bool
    continue_here: bool
    edit_settings: bool
    replay: bool
    open_model: bool
    save_model: bool
    save_lesson: bool
    export_script: bool
    export_dataset: bool


def _kind_matches(state: AppState) -> bool:
    """The current model is of the kind the draft settings train (Continue keeps the model's kind)."""
    if state.model is None:
        return False
    kind = kind_of(state.model.estimator)
    if not kind.iterates:
        return False  # fitted in one step: there is nothing to go on with
    return state.draft is None or kind.name == state.draft.model


def enabled_controls(state: AppState) -> Controls:
    status = state.status
    running = status.running
    idle = not running and status is not RunStatus.LOADING
    has_data = state.data is not None
    model = state.model
    history = None if model is None else model.history
    can_continue = idle and _kind_matches(state) and state.can_continue()
    displayed = state.selected_point
    image_data = has_data and state.data.train.image_format is not None
    return Controls(
        train=idle and has_data,
        compare=idle and has_data,
        stop=status in (RunStatus.TRAINING, RunStatus.PAUSED),
        pause=status in (RunStatus.TRAINING, RunStatus.PAUSED),
        step=status is RunStatus.PAUSED,
        continue_=can_continue,
        continue_here=can_continue and history is not None and displayed is not None
        and 0 <= displayed < len(history) - 1,
        edit_settings=not running,
        replay=status is RunStatus.PAUSED or (not running and history is not None and len(history) > 1),
        open_model=not running,
        save_model=model is not None and not running,
        save_lesson=not running,
        export_script=model is not None and model.image_format is not None and not running,
        export_dataset=image_data,
    )
