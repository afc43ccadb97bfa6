"""What a model kind declares: its settings (each a typed, bounded field with its Continue rule) and its adapters.

A kind is one module in this package holding one :class:`Kind` subclass.
Everything else in lrgui asks the registry (:func:`lrgui.kinds.kind_named`,
:func:`lrgui.kinds.kind_of`) instead of testing a kind's name or an
estimator's class, so adding a kind touches its own module and nothing else.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable

import numpy as np

from lrgui.core import Classifier
from lrgui.core.functions import log_sum_exp, softmax
from lrgui.errors import UserError
from lrgui.i18n import translate
from lrgui.kinds.fields import Field


#: What an explanation explains (lrgui.session.explain): one sigmoid logit, the softmax's logits, a network's.
SIGMOID, SOFTMAX, NETWORK = "sigmoid", "softmax", "network"


class OnContinue(enum.Enum):
    """What Continue does with a setting: applies it, refuses a change of it, or ignores it."""

    CONTINUABLE = "continuable"
    FIXED = "fixed"
    IRRELEVANT = "irrelevant"


@dataclass(frozen=True)
class Setting:
    """One setting a user chooses: the field that checks it, and how forms, flags and Continue treat it.

    ``default`` None means the estimator's own ``__init__`` default (one
    source of truth); ``title`` labels it in forms ("Learning rate"),
    ``help`` is the tooltip and the flag's help; ``fixed_words`` names it in
    the sentence refusing a Continue that changes it ("the number of hidden
    units"). ``estimator_parameter`` is False for a setting the estimator
    does not take (standardisation is the scaler's).
    """

    name: str
    field: Field
    title: str
    help: str
    on_continue: OnContinue
    fixed_words: str = ""
    default: object = None
    flag: str = ""
    estimator_parameter: bool = True
    #: settings of one group say one thing two ways: a flag of the group excludes the others (--batches, --batch-size)
    exclusive: str = ""
    #: the check run after the field's own (a named function of lrgui.kinds.checks, looked up when called)
    extra_check: str = ""
    #: what one press of a box's arrow adds (0: the box's own step)
    step: float = 0

    def __post_init__(self):
        if self.on_continue is OnContinue.FIXED and not self.fixed_words:
            raise ValueError(f"the fixed setting {self.name!r} needs the words that name it on Continue")

    @property
    def cli_flag(self) -> str:
        return self.flag or "--" + self.name.replace("_", "-")

    @property
    def label(self) -> str:
        return self.field.label

    def check(self, value, label: str | None = None):
        """The value checked by the field (and the setting's own check); SchemaError, in one sentence.

        A Setting checks like a Field, so file schemas use settings as their fields.
        """
        value = self.field.check(value, label)
        if self.extra_check and value is not None:
            from lrgui.kinds import checks

            value = getattr(checks, self.extra_check)(value, label or self.field.label)
        return value


@dataclass(frozen=True)
class Playground:
    """How a kind takes part in the Playground: its pane, on two features and two classes, trained live.

    ``settings`` are the ones its pane shows, in order (each a :class:`Setting`
    whose field holds the Playground's bounds: a lesson's pane record is
    checked by them); ``hidden_lines`` offers the check box that draws each
    hidden unit's own line (:meth:`Kind.hidden_units`). A kind whose
    ``playground`` is None is not offered there, and the Playground says so.
    """

    settings: tuple[Setting, ...]
    hidden_lines: bool = False


class Kind:
    """A model kind. Subclasses set the class attributes and implement the adapters they support.

    ``settings`` are the kind's own settings and the shared ones it uses
    (the learning rate, …); ``model``, ``standardize`` and ``seed`` are
    every kind's (:data:`lrgui.kinds.settings.COMMON`).
    """

    #: the one name of the kind: in settings, lessons, model files and ``--model``
    name: str = ""
    #: other names read from older files (never written)
    old_names: tuple[str, ...] = ()
    title: str = ""
    description: str = ""
    estimator: type[Classifier] = Classifier
    settings: tuple[Setting, ...] = ()
    #: what one step of training is called ("iteration", "epoch"); a kind that trains in one step says "step"
    step: str = "iteration"
    #: False for a model fitted in one step (no curve to follow, nothing to continue)
    iterates: bool = True
    #: the non-array entries of the estimator's get_state(), kept in a model file's metadata
    state_fields: dict[str, type] = {"n_iter": int, "diverged": bool}

    # ------------------------------------------------------------ settings
    def setting(self, name: str) -> Setting | None:
        return next((s for s in self.settings if s.name == name), None)

    def defaults(self) -> dict:
        """Every setting's default: the declared one, else the estimator's ``__init__`` default."""
        own = self.estimator().get_params()
        return {s.name: s.default if s.default is not None else own.get(s.name) for s in self.settings}

    def step_word(self, count: int | None = None) -> str:
        return self.step if count == 1 else self.step + "s"

    def make_estimator(self, settings) -> Classifier:
        """The estimator the (checked) settings describe."""
        accepted = set(self.estimator.init_parameter_names())
        values = {s.name: settings.get(s.name) for s in self.settings if s.estimator_parameter}
        if "seed" in accepted:
            values["seed"] = settings.seed
        return self.estimator(**{k: v for k, v in values.items() if k in accepted})

    def continue_changes(self, settings) -> dict:
        """The continuable settings as estimator parameters: what Continue applies to the model."""
        return {s.name: settings.get(s.name) for s in self.settings
                if s.on_continue is OnContinue.CONTINUABLE and s.estimator_parameter}

    def check_settings(self, values: dict) -> None:
        """Checks across settings, after each was checked on its own (ValueError's sentence; override)."""

    def shape_words(self, settings) -> str:
        """What the CLI adds after the kind's name when training starts (", 50 hidden units (tanh)")."""
        return ""

    # ---------------------------------------------------------- model file
    def feature_count(self, parameters: dict[str, np.ndarray]) -> int:
        """The number of input features the parameters are for: by default the first parameter's first axis."""
        return int(parameters[self.estimator.parameter_names[0]].shape[0])

    def parameter_shapes(self, parameters: dict[str, np.ndarray], n_features: int, n_classes: int) -> dict:
        """The shape each parameter tensor must have, or ValueError with what is wrong (a clause)."""
        raise NotImplementedError

    def check_loaded(self, estimator: Classifier, parameters: dict[str, np.ndarray]) -> None:
        """Checks of a loaded estimator against its tensors (ValueError's clause); nothing by default."""

    # ------------------------------------------------------------ adapters
    def plane_parameters(self, estimator: Classifier) -> tuple[dict[str, np.ndarray], str | None]:
        """(parameters, activation) of a fitted estimator: what a 2-D map is drawn from."""
        return dict(estimator.parameter_snapshot()), None

    def plane_logits(self, parameters: dict, xs: np.ndarray, ys: np.ndarray, activation: str | None,
                     check_fits: Callable[[int, str], None]) -> np.ndarray:
        """(k, ny, nx) float32 output logits over the grid ``xs`` × ``ys`` (the decision-boundary map)."""
        raise NotImplementedError

    def logits_and_gradients(self, estimator: Classifier, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The logits (k,) and their gradients with respect to the features (n, k), in float64."""
        raise NotImplementedError

    def explanation(self, estimator: Classifier, x: np.ndarray, predicted_index: int,
                    true_index: int | None) -> dict:
        """The fields of an Explanation of one image's features ``x``: by default gradient × input of the
        predicted class's logit (:meth:`logits_and_gradients`); a kind may explain itself more exactly."""
        logits, gradients = self.logits_and_gradients(estimator, x)
        c = predicted_index
        return dict(kind=SOFTMAX, probabilities=softmax(logits[None, :])[0], explained_index=c,
                    logit=float(logits[c]), logits=logits, bias=float(logits[c] - gradients[:, c] @ x),
                    contributions=gradients[:, c] * x, loss=softmax_loss(logits, true_index))

    #: True when the logits are linear in the features (a flip plan is then exact; XOR is out of its reach)
    linear: bool = False
    #: True when training starts from all-zero weights (else from weights drawn with the seed)
    starts_from_zero: bool = False
    #: True when its cost over its weights is drawn as a landscape (two features: w₁, w₂, b): its
    #: Playground pane then shows the landscape, starts from a point chosen on it and races from there
    has_landscape: bool = False
    #: its pane in the Playground (None: not offered there)
    playground: Playground | None = None

    def plane_activation(self, settings) -> str | None:
        """The activation :meth:`plane_logits` needs for a model of these (checked) settings; None without one."""
        return None

    def minibatches(self, settings, rows: int) -> int:
        """Minibatches per step of a run of these settings on ``rows`` rows (1: full-batch)."""
        return 1

    # ------------------------------------------- the cost along a step (lrgui.session.landscape)
    # ``objective`` is a :class:`lrgui.session.landscape.Objective`: the scaled rows X in the model's dtype,
    # y_index, classes, l2, l1, activation, batches and the logistic target.
    def exact_cost(self, objective, parameters: dict) -> float:
        """J at ``parameters`` (penalty included), by the operations training records its cost with."""
        raise UserError(translate("Landscape", "The step slice is drawn for a model trained by gradient descent."))

    def slice_costs(self, objective, parameters: dict, alphas: np.ndarray,
                    learning_rate: float) -> tuple[np.ndarray, float, dict]:
        """(J(θ − α·g) for each α, J(θ) exactly, the parameters after training's own step of ``learning_rate``),
        g the gradient on the whole of the objective's rows."""
        raise UserError(translate("Landscape", "The step slice is drawn for a model trained by gradient descent."))

    def step_is_reproducible(self, objective, parameters: dict) -> bool:
        """Whether the step of :meth:`slice_costs` is training's next one bit for bit (else known to rounding)."""
        return False

    def hidden_units(self, parameters: dict) -> tuple[np.ndarray, np.ndarray] | None:
        """(W1, b1) of a hidden layer whose units the views draw (lines, pictures); None without one."""
        return None

    def weight_pictures(self, parameters: dict) -> tuple[np.ndarray, str]:
        """(weights (n_features, count), "class" or "unit") of a parameter snapshot, to draw as images: one
        column per class (a single column: a two-class model's one vector, for its second class) or per
        hidden unit."""
        raise NotImplementedError

    def picture_count(self, settings, n_classes: int) -> tuple[int, str] | None:
        """How many pictures :meth:`weight_pictures` will give for a run of these settings on ``n_classes``
        classes, and of what ("class" or "unit"); None when not known before the run's first point. The
        window lays the pictures' room out when a run starts, not at its first point."""
        return None

    # --------------------------------------------------------- NumPy export
    def export_arrays(self, estimator: Classifier, dtype: np.dtype) -> dict[str, np.ndarray]:
        """The parameters the exported script needs, cast to the model's compute dtype."""
        return {name: np.asarray(value, dtype=dtype) for name, value in estimator.parameter_snapshot().items()}

    def export_code(self) -> str:
        """The exported script's ``probabilities(X, w)`` function and its comments (NumPy only)."""
        raise NotImplementedError

    def export_description(self, estimator: Classifier) -> str:
        """The model in a few words, for the export's README ("a neural network with …")."""
        return self.title.lower()


def plane_arrays(parameters: dict, names: tuple[str, ...]) -> list[np.ndarray]:
    """The named parameters as float32 arrays for a 2-D map; ValueError if one is missing or not finite."""
    missing = [name for name in names if name not in parameters]
    if missing:
        raise ValueError(f"The model's parameters lack {', '.join(missing)}.")
    arrays = [np.asarray(parameters[name], dtype=np.float32) for name in names]
    for name, array in zip(names, arrays):
        if not np.isfinite(array).all():
            raise ValueError(f"The model's parameter {name} holds NaN or infinite numbers; it cannot be drawn.")
    return arrays


def softmax_loss(logits: np.ndarray, true_index: int | None) -> float | None:
    """-log p_true = log Σ_j e^(z_j) - z_true, without overflow; None without a true label."""
    if true_index is None:
        return None
    return float(log_sum_exp(logits[None, :])[0] - logits[true_index])
