"""Everything the user chooses about training, with one source for every default.

A value left as None takes the chosen estimator's own default (its
``__init__``) unless the preset being applied (a sample's, an importer's or a
toy set's recommendation) sets it; the CLI and the app both build their
settings here, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from lrgui.core import Classifier, LogisticRegression, NeuralNetwork
from lrgui.data.schema import ACTIVATIONS, MAX_HIDDEN, SETTINGS_FIELDS, check_record  # noqa: F401 - the front ends import the first two from here
from lrgui.errors import UserError
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.wording import parse_number, split_numbers

MODEL_NAMES = {"logistic": QT_TRANSLATE_NOOP("Settings", "Logistic regression"),
               "mlp": QT_TRANSLATE_NOOP("Settings", "Neural network (one hidden layer)")}  # shown via model_name()
ESTIMATORS: dict[str, type[Classifier]] = {"logistic": LogisticRegression, "mlp": NeuralNetwork}
MODEL_KINDS = {cls.model_type: key for key, cls in ESTIMATORS.items()}  # model file type → settings key

#: Settings that Continue applies to the model it goes on from; every other one
#: is part of what the model *is*, and changing it needs a new Train.
CONTINUABLE = ("learning_rate", "epochs", "record_every", "l1", "l2", "batches", "batch_size")
FIXED_ON_CONTINUE = {
    "model": QT_TRANSLATE_NOOP("Settings", "the model kind"),
    "hidden": QT_TRANSLATE_NOOP("Settings", "the number of hidden units"),
    "activation": QT_TRANSLATE_NOOP("Settings", "the activation"),
    "standardize": QT_TRANSLATE_NOOP("Settings", "standardisation"),
}


def model_name(model: str) -> str:
    """The model kind's name in the user's language: 'Logistic regression', 'Neural network (one hidden layer)'."""
    return translate("Settings", MODEL_NAMES[model])


def model_defaults(model: str) -> dict:
    """The estimator's own defaults (its ``__init__``): the single source of truth."""
    return ESTIMATORS[model]().get_params()


def step_word(model: str, count: int | None = None) -> str:
    """'iteration'/'iterations' for logistic regression, 'epoch'/'epochs' for the network."""
    word = "epoch" if model == "mlp" else "iteration"
    return word if count == 1 else word + "s"


@dataclass
class TrainingSettings:
    """Everything the user chooses about training.

    Fields left as None take the preset's or the chosen model's defaults (see
    :meth:`validate`); the network-only fields are ignored by the logistic
    regression.
    """

    model: str = "logistic"
    learning_rate: float | None = None
    epochs: int | None = None
    record_every: int | None = None
    l2: float | None = None
    l1: float | None = None
    hidden: int | None = None
    activation: str | None = None
    batches: int | None = None
    batch_size: int | None = None
    standardize: bool | None = None
    seed: int = 0

    def with_preset(self, preset: dict | None) -> "TrainingSettings":
        """A copy whose unset fields take the preset's values for this model (``{"logistic": {...}, "mlp": {...}}``)."""
        values = (preset or {}).get(self.model, {})
        known = {f.name for f in fields(self)}
        unset = {k: v for k, v in values.items() if k in known and getattr(self, k) is None}
        return replace(self, **unset)

    def validate(self) -> "TrainingSettings":
        """Fills in the model's defaults and checks every value, in words a user understands."""
        if self.model not in MODEL_NAMES:
            raise UserError(translate("Settings", "Unknown model {model}; choose one of {join}.").format(
                model=repr(self.model), join=', '.join(MODEL_NAMES)))
        defaults = model_defaults(self.model)
        for name in ("learning_rate", "epochs", "record_every", "l2", "l1", "hidden", "activation", "batches"):
            if getattr(self, name) is None and name in defaults:
                setattr(self, name, defaults[name])
        if self.l1 is None:
            self.l1 = 0.0
        if self.standardize is None:
            self.standardize = False
        if self.record_every is None and self.model != "mlp":
            self.record_every = defaults.get("record_every") or 1
        if self.l2 is None:
            self.l2 = 0.0
        # the very checks a lesson's or a model file's settings get: exact types, every upper limit
        labels = {"epochs": translate("Settings", "The number of epochs") if self.model == "mlp"
                  else translate("Settings", "The number of iterations")}
        network_only = ("hidden", "activation", "batches", "batch_size")
        for name, field in SETTINGS_FIELDS.items():
            if self.model == "mlp" or name not in network_only:
                setattr(self, name, field.check(getattr(self, name), labels.get(name)))
        if self.model == "mlp":
            for name in ("hidden", "activation", "batches"):
                if getattr(self, name) is None:
                    raise UserError(translate("Settings", "{label} must be given.").format(
                        label=translate("Schema", SETTINGS_FIELDS[name].label)))
        else:
            if self.l1:
                raise UserError(translate("Settings", "The L1 penalty is only available for the neural network."))
        return self

    def make_estimator(self) -> Classifier:
        self.validate()
        if self.model == "mlp":
            return NeuralNetwork(
                hidden=self.hidden, activation=self.activation, learning_rate=self.learning_rate,
                epochs=self.epochs, l1=self.l1, l2=self.l2, batches=self.batches,
                batch_size=self.batch_size, record_every=self.record_every, seed=self.seed,
            )
        return LogisticRegression(
            learning_rate=self.learning_rate, epochs=self.epochs, record_every=self.record_every, l2=self.l2
        )

    def estimator_changes(self) -> dict:
        """The continuable settings as estimator parameters (what Continue applies)."""
        changes = {"learning_rate": self.learning_rate, "epochs": self.epochs, "record_every": self.record_every,
                   "l2": self.l2}
        if self.model == "mlp":
            changes.update(l1=self.l1, batches=self.batches, batch_size=self.batch_size)
        return changes

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict, *, unknown: str = "drop") -> "TrainingSettings":
        """Settings from a file's record, every value checked (SchemaError, a UserError, in one sentence).

        Unknown keys are left out (``unknown="drop"``, a model file from
        another version) or refused (``"refuse"``, a lesson).
        """
        return cls(**check_record(values or {}, SETTINGS_FIELDS, "The settings", unknown=unknown))


def refused_on_continue(trained: TrainingSettings, wanted: TrainingSettings) -> str | None:
    """The sentence refusing Continue when ``wanted`` changes what the trained model is; None if it may go on."""
    changed = [translate("Settings", label) for name, label in FIXED_ON_CONTINUE.items()
               if getattr(trained, name) != getattr(wanted, name)
               and not (wanted.model == "logistic" and name in ("hidden", "activation"))]
    if not changed:
        return None
    return translate("Settings", "Cannot continue: {settings} differ from the model's; press Train to start a new "
                                 "model with them.").format(settings=translate("Settings", " and ").join(changed))


def parse_learning_rates(text: str) -> list[float]:
    """'0.01, 0.001 1e-4' → [0.01, 0.001, 0.0001] (German: '0,01; 0,001 1e-4'); one sentence for anything else.

    Separated as :mod:`lrgui.session.wording` says: spaces and semicolons
    always, commas where the decimal mark is a point.
    """
    rates = []
    for part in split_numbers(text):
        rate = parse_number(part)
        if rate is None:
            raise UserError(translate("Settings", "{text} is not a learning rate; separate rates with spaces or "
                                                  "semicolons.").format(text=repr(part)))
        if not rate > 0:
            raise UserError(translate("Settings", "Learning rates must be positive numbers, not {text}.").format(
                text=part))
        rates.append(rate)
    if not rates:
        raise UserError(translate("Settings", "Type one or more learning rates, separated by spaces."))
    return rates
