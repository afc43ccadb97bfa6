"""The training settings as the front ends use them: the kinds' declared settings, checked once.

The settings object, its one check and the one parser of learning-rate
lists live with the model kinds (:mod:`lrgui.kinds.settings`); this module
gives the front ends the views they share: kind titles, step words, defaults.
"""

from __future__ import annotations

from lrgui.kinds import all_kinds, kind_named
from lrgui.session.i18n import translate
from lrgui.kinds.settings import (  # noqa: F401 - the front ends import these from here
    COMMON,
    TrainingSettings,
    learning_rate_runs,
    parse_learning_rates,
    refused_on_continue,
)


def model_titles() -> dict[str, str]:
    """Every registered kind's name and title (untranslated), in registration order."""
    return {kind.name: kind.title for kind in all_kinds()}


def model_name(model: str) -> str:
    """The model kind's name in the user's language: 'Logistic regression', 'Neural network (one hidden layer)'."""
    return translate("ModelKind", kind_named(model).title)


def model_defaults(model: str) -> dict:
    """The kind's defaults (its estimator's ``__init__``): the single source of truth."""
    return kind_named(model).defaults()


def step_word(model: str, count: int | None = None) -> str:
    """'iteration'/'iterations', 'epoch'/'epochs': what the kind calls one step of training."""
    return kind_named(model).step_word(count)
