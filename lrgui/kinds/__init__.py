"""The model kinds: one module per kind, one registry that the rest of lrgui asks.

Layers: this package sits on lrgui.core and under lrgui.data (the model file
asks it for a kind's tensors), lrgui.session and the front ends. Nothing
outside it tests a kind's name or an estimator's class: it asks
:func:`kind_named` (a settings' ``model``) or :func:`kind_of` (a fitted
estimator) and uses what the kind declares.

Adding a kind: write its module (a :class:`Kind` subclass) and register it
here (or, from outside lrgui, call :func:`register`); see
docs/architecture.md, "Add a model kind".
"""

from __future__ import annotations

from lrgui.errors import UserError
from lrgui.i18n import translate
from lrgui.kinds.base import Kind, OnContinue, Playground, Setting

_KINDS: dict[str, Kind] = {}
#: a kind's older names (read from old files, never written) → its name
_OLD_NAMES: dict[str, str] = {}


def register(kind: Kind) -> Kind:
    """Adds ``kind`` (an instance) to the registry: its settings, model files and views work from now on."""
    if not kind.name or kind.name in _KINDS or kind.name in _OLD_NAMES:
        raise ValueError(f"a model kind needs a new name, not {kind.name!r}")
    if kind.estimator.model_type != kind.name:
        raise ValueError(f"the estimator of kind {kind.name!r} must have that model_type, "
                         f"not {kind.estimator.model_type!r}")
    _KINDS[kind.name] = kind
    for old in kind.old_names:
        _OLD_NAMES[old] = kind.name
    return kind


def unregister(name: str) -> None:
    """Removes a kind registered from outside lrgui (a test's); the built-in ones stay."""
    kind = _KINDS.pop(name)
    for old in kind.old_names:
        _OLD_NAMES.pop(old, None)


def kind_named(name: str) -> Kind:
    """The kind called ``name`` (or one of its older names); UserError, in one sentence, for an unknown one."""
    kind = _KINDS.get(name) or _KINDS.get(_OLD_NAMES.get(name, ""))
    if kind is None:
        raise UserError(translate("Settings", "Unknown model {model}; choose one of {join}.").format(
            model=repr(name), join=", ".join(_KINDS)))
    return kind


def kind_of(estimator) -> Kind:
    """The kind of a fitted (or unfitted) estimator."""
    for kind in _KINDS.values():
        if type(estimator) is kind.estimator:
            return kind
    raise UserError(f"lrgui has no model kind for a {type(estimator).__name__}.")


def kind_of_parameters(parameters) -> Kind:
    """The kind whose estimator's parameters have these names (a snapshot of a run's history, or the part
    of one a view was given: the weights without their biases)."""
    names = set(parameters)
    for kind in _KINDS.values():
        if names and names <= set(kind.estimator.parameter_names):
            return kind
    raise UserError(f"lrgui has no model kind with the parameters {', '.join(sorted(names))}.")


def all_kinds() -> tuple[Kind, ...]:
    return tuple(_KINDS.values())


def kind_names() -> tuple[str, ...]:
    return tuple(_KINDS)


def playground_kinds() -> tuple[str, ...]:
    """The kinds with a pane in the Playground (those that declare one), in the registry's order."""
    return tuple(name for name, kind in _KINDS.items() if kind.playground is not None)


def _register_built_in() -> None:
    from lrgui.kinds.logistic import Logistic
    from lrgui.kinds.mlp import Network

    register(Logistic())
    register(Network())


_register_built_in()

__all__ = ["Kind", "OnContinue", "Playground", "Setting", "all_kinds", "kind_named", "kind_names", "kind_of",
           "kind_of_parameters", "playground_kinds", "register",
           "unregister"]
