"""Everything the user chooses about training: checked once where it enters, then a frozen, trusted object.

A value left as None takes the chosen kind's default (its estimator's
``__init__``) unless the preset being applied (a sample's, an importer's or a
toy set's recommendation) sets it. The command line, the window's form, a
lesson and a model file all go through :meth:`TrainingSettings.validate`
(the file schemas call the same settings' checks), which returns a frozen
copy marked checked; the experiment, the trainer and the estimator's
factory trust it and never check again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from lrgui.errors import UserError
from lrgui.i18n import QT_TRANSLATE_NOOP, parse_number, split_numbers, translate
from lrgui.kinds.base import Kind, OnContinue, Setting
from lrgui.kinds.checks import MAX_RATE
from lrgui.kinds.fields import Field, SchemaError, check_record

MAX_EPOCHS = 1_000_000
MAX_SEED = 2**63 - 1

# ------------------------------------------------------------------ the settings every kind has
MODEL = Setting("model", Field("text", QT_TRANSLATE_NOOP("Schema", "The model"), nullable=False), QT_TRANSLATE_NOOP("ModelKind", "Model"),
                QT_TRANSLATE_NOOP("ModelKind", "the kind of model to train"), OnContinue.FIXED, "the model kind",
                estimator_parameter=False, extra_check="check_model")
STANDARDIZE = Setting("standardize", Field("bool", QT_TRANSLATE_NOOP("Schema", "Standardise")),
                      QT_TRANSLATE_NOOP("ModelKind", "Standardise inputs (zero mean, unit variance)"),
                      QT_TRANSLATE_NOOP("ModelKind", "standardise features (zero mean, unit variance, fitted on the training set) "
                                      "instead of pixels/255"),
                      OnContinue.FIXED, "standardisation", default=False, estimator_parameter=False)
SEED = Setting("seed", Field("int", QT_TRANSLATE_NOOP("Schema", "The seed"), 0, MAX_SEED, nullable=False), QT_TRANSLATE_NOOP("ModelKind", "Seed"),
               QT_TRANSLATE_NOOP("ModelKind", "seed for sampling, splits and initial weights"), OnContinue.FIXED, "the seed",
               default=0, estimator_parameter=False)
#: every kind's settings; a kind's own come in its ``settings``
COMMON = (MODEL, STANDARDIZE, SEED)
#: the common settings chosen beside a kind's own, in the window's form and as flags (the model is chosen first, by
#: its own box or flag; the seed is the data's and the lesson's, with its own flag)
CHOSEN_WITH_A_KIND = (STANDARDIZE,)

# ------------------------------------------------------------------ settings several kinds share
LEARNING_RATE = Setting(
    "learning_rate", Field("number", QT_TRANSLATE_NOOP("Schema", "The learning rate")), QT_TRANSLATE_NOOP("ModelKind", "Learning rate"),
    QT_TRANSLATE_NOOP("ModelKind", "step size of gradient descent; several, separated by commas or spaces, "
                    "train one model each and compare"),
    OnContinue.CONTINUABLE, flag="--lr", extra_check="check_learning_rate")
#: The learning rate of one Playground pane: one rate (its own Race compares several).
PLAYGROUND_LEARNING_RATE = replace(LEARNING_RATE, help=QT_TRANSLATE_NOOP("ModelKind", "step size of gradient descent"))
RECORD_EVERY = Setting(
    "record_every", Field("int", QT_TRANSLATE_NOOP("Schema", "Record every"), 1, MAX_EPOCHS), QT_TRANSLATE_NOOP("ModelKind", "Record every"),
    QT_TRANSLATE_NOOP("ModelKind", "record the cost, the accuracies and the weights every N steps; left unset, the network "
                    "chooses from the data's size so that recording costs under a tenth of training"),
    OnContinue.CONTINUABLE)
L2 = Setting("l2", Field("number", QT_TRANSLATE_NOOP("Schema", "The L2 penalty"), 0, MAX_RATE), QT_TRANSLATE_NOOP("ModelKind", "L2 penalty"),
             QT_TRANSLATE_NOOP("ModelKind", "L2 penalty (l2/2)·||W||² on the weights"), OnContinue.CONTINUABLE)


def epochs_setting(steps: str) -> Setting:
    """The number of steps of one run, named as the kind names its steps ("iterations", "epochs")."""
    label = {"iterations": QT_TRANSLATE_NOOP("ModelKind", "Iterations"),
             "epochs": QT_TRANSLATE_NOOP("ModelKind", "Epochs")}.get(steps, steps.capitalize())
    what = {"iterations": QT_TRANSLATE_NOOP("Schema", "The number of iterations"),
            "epochs": QT_TRANSLATE_NOOP("Schema", "The number of epochs")}.get(steps, f"The number of {steps}")
    return Setting("epochs", Field("int", what, 1, MAX_EPOCHS), label,
                   QT_TRANSLATE_NOOP("ModelKind", "gradient-descent iterations of one run (epochs for a network)"),
                   OnContinue.CONTINUABLE, step=100)


# ------------------------------------------------------------------ the registry's view (set by lrgui.kinds)
def _kind(name: str) -> Kind:
    from lrgui.kinds import kind_named

    return kind_named(name)


def _all_settings() -> dict[str, Setting]:
    """Every setting of every registered kind, by name (the first declaration of a shared name)."""
    from lrgui.kinds import all_kinds

    found = {s.name: s for s in COMMON}
    for kind in all_kinds():
        for setting in kind.settings:
            found.setdefault(setting.name, setting)
    return found


@dataclass(frozen=True)
class TrainingSettings:
    """Everything the user chooses about training, for one run.

    Built from what the user gave (fields left None take defaults); only
    :meth:`validate` makes the checked copy the rest of lrgui accepts. The
    fields name the built-in kinds' settings; another kind's own settings
    live in ``options`` and read the same way (``settings.shrink``).
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
    options: tuple = ()
    checked: bool = field(default=False, compare=False, repr=False)

    def __getattr__(self, name: str):
        # only reached for names that are not fields: another kind's own settings
        if name.startswith("__"):
            raise AttributeError(name)
        for key, value in object.__getattribute__(self, "options"):
            if key == name:
                return value
        if name in _all_settings():
            return None
        raise AttributeError(f"TrainingSettings has no setting {name!r}")

    @classmethod
    def of(cls, **values) -> "TrainingSettings":
        """Settings from any kind's names: the built-in fields as fields, the rest as ``options``."""
        own = {f.name for f in fields(cls)} - {"options", "checked"}
        options = tuple(sorted((k, v) for k, v in values.items() if k not in own))
        return cls(**{k: v for k, v in values.items() if k in own}, options=options)

    @property
    def kind(self) -> Kind:
        return _kind(self.model)

    @property
    def steps(self) -> int:
        """The steps one run takes: its epochs (iterations), or 1 for a kind that trains in one step."""
        return int(self.epochs) if self.kind.iterates else 1

    def get(self, name: str):
        return getattr(self, name)

    def with_values(self, **values) -> "TrainingSettings":
        """A copy with these settings changed, no longer checked (validate it again)."""
        merged = {**self.as_dict(), **values}
        return TrainingSettings.of(**merged)

    def with_preset(self, preset: dict | None) -> "TrainingSettings":
        """A copy whose unset settings take the preset's values for this model (``{"logistic": {...}, ...}``)."""
        values = (preset or {}).get(self.model, {})
        known = _all_settings()
        unset = {k: v for k, v in values.items() if k in known and self.get(k) is None}
        return self.with_values(**unset) if unset else self

    def validate(self) -> "TrainingSettings":
        """The checked, frozen copy (self when already checked); one sentence (UserError) for a bad value."""
        return self if self.checked else _checked(self)

    def make_estimator(self):
        return self.kind.make_estimator(self)

    def estimator_changes(self) -> dict:
        """The continuable settings as estimator parameters (what Continue applies)."""
        return self.kind.continue_changes(self)

    def as_dict(self) -> dict:
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("options", "checked")}
        values.update(self.options)
        return values

    @classmethod
    def from_dict(cls, values: dict, *, unknown: str = "drop") -> "TrainingSettings":
        """Settings from a file's record, checked by every kind's fields (SchemaError, a UserError, in one sentence).

        Unknown keys are left out (``unknown="drop"``, a model file from
        another version) or refused (``"refuse"``, a lesson).
        """
        return cls.of(**check_settings_record(values or {}, unknown=unknown))


def check_settings_record(values, *, unknown: str = "refuse") -> dict:
    """A settings record as files keep it: every entry checked by its setting (exact types, every bound)."""
    if isinstance(values, dict) and isinstance(values.get("model"), str):
        kind = _kind(MODEL.check(values["model"]))  # the kind's own words: "iterations" or "epochs"
        checks = {**_all_settings(), **{s.name: s for s in kind.settings}}
    else:
        checks = _all_settings()
    return check_record(values, checks, "The settings", unknown=unknown)


def _checked(draft: TrainingSettings) -> TrainingSettings:
    kind = _kind(draft.model)
    defaults = kind.defaults()
    values = {}
    for setting in (*COMMON, *kind.settings):
        value = draft.get(setting.name)
        if value is None:
            value = defaults.get(setting.name, setting.default)
        values[setting.name] = _check(setting, value)
    for name, setting in _all_settings().items():
        if name in values:
            continue
        # another kind's setting: the kind ignores it (the form's leftovers are kept, checked, with their default)
        value = draft.get(name)
        values[name] = _check(setting, setting.default if value is None else value)
        if name == "l1" and values[name]:  # the one a user sets on the wrong model by mistake
            raise SchemaError(translate("Settings", "The L1 penalty is only available for the neural network."))
    try:
        kind.check_settings(values)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return replace(TrainingSettings.of(**values), checked=True)


def _check(setting: Setting, value):
    try:
        return setting.check(value)
    except SchemaError as error:
        error.setting = setting  # the command line names its flag
        raise


def refused_on_continue(trained: TrainingSettings, wanted: TrainingSettings) -> str | None:
    """The sentence refusing Continue when ``wanted`` changes what the trained model is; None if it may go on."""
    kind = _kind(wanted.model)
    if trained.model == wanted.model and not kind.iterates:
        return (f"Cannot continue: a {kind.title.lower()} is fitted in one step; "
                f"press Train to fit it again.")
    settings = (*COMMON, *kind.settings) if trained.model == wanted.model else COMMON
    changed = [s.fixed_words for s in settings
               if s.on_continue is OnContinue.FIXED and trained.get(s.name) != wanted.get(s.name)]
    if not changed:
        return None
    return (f"Cannot continue: {' and '.join(changed)} differ from the model's; "
            f"press Train to start a new model with them.")




def parse_learning_rates(text: str) -> list[float]:
    """'0.01, 0.001 1e-4' → [0.01, 0.001, 0.0001] (German: '0,01; 0,001 1e-4'): separated as
    :func:`lrgui.i18n.split_numbers` says (spaces and semicolons always, commas where the decimal mark is a point).

    Only the numbers are read here; each is checked when its run's settings
    are (:func:`lrgui.kinds.checks.check_learning_rate`, once per run).
    """
    rates = []
    for part in split_numbers(text):
        rate = parse_number(part)
        if rate is None:
            raise UserError(translate("Settings", "{text} is not a learning rate; separate rates with spaces or "
                                                  "semicolons.").format(text=repr(part)))
        rates.append(rate)
    if not rates:
        raise UserError(translate("Settings", "Type one or more learning rates, separated by spaces."))
    return rates


def learning_rate_runs(settings: TrainingSettings, rates: list[float]) -> list[TrainingSettings]:
    """One copy of ``settings`` per learning rate (the same seed, so the same initial parameters), each
    checked once: the other settings were, the rate is checked as the run's."""
    base = settings.with_values(learning_rate=None) if settings.checked else settings
    return [base.with_values(learning_rate=rate).validate() for rate in rates]


__all__ = ["CHOSEN_WITH_A_KIND", "COMMON", "PLAYGROUND_LEARNING_RATE", "SchemaError", "TrainingSettings", "check_settings_record", "epochs_setting",
           "learning_rate_runs", "parse_learning_rates", "refused_on_continue"]
