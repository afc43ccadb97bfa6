"""The name of one step of training in the user's language: a light module, so the Train tab's own module
needs no plot module before its contents are made."""

from __future__ import annotations

from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.settings import step_word

#: the names of a step, as lrgui.session.settings.step_word gives them
STEP_WORDS = (QT_TRANSLATE_NOOP("StepWord", "iteration"), QT_TRANSLATE_NOOP("StepWord", "iterations"),
              QT_TRANSLATE_NOOP("StepWord", "epoch"), QT_TRANSLATE_NOOP("StepWord", "epochs"))


def shown_step_word(model: str, count: int | None = None) -> str:
    """:func:`step_word` in the user's language: 'iteration(s)' for logistic regression, 'epoch(s)' for the network."""
    return translate("StepWord", step_word(model, count))
