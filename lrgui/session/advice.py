"""The sentences both front ends say about a run: divergence, instability, the best of several runs.

Written once here so that the command line and the window always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from lrgui.kinds import kind_named
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.settings import TrainingSettings
from lrgui.session.wording import format_int, localize


@dataclass(frozen=True)
class Instability:
    """The largest rise of the recorded cost between two recorded points."""

    iteration: int
    factor: float

    def as_dict(self) -> dict:
        return {"iteration": self.iteration, "factor": self.factor}


#: A recorded cost this many times the one before marks a run as unstable. Full-batch
#: gradient descent with a small enough rate never rises; minibatches add noise of a few
#: per cent between epochs, which is not what a learner should be warned about.
UNSTABLE_FACTOR = 1.1


def find_instability(costs: list[tuple[int, float]]) -> Instability | None:
    """The largest rise by at least :data:`UNSTABLE_FACTOR` between consecutive recorded costs, or None."""
    worst: Instability | None = None
    for (_, before), (iteration, after) in zip(costs, costs[1:]):
        if before > 0 and after > before * UNSTABLE_FACTOR:
            factor = after / before
            if worst is None or factor > worst.factor:
                worst = Instability(int(iteration), float(factor))
    return worst


def format_factor(factor: float) -> str:
    """1.46 → '1.5×', 980123.0 → '980,000×' (two significant digits: it is an order of magnitude)."""
    if factor < 10:
        return localize(f"{factor:.1f}×")
    digits = len(str(int(factor))) - 2
    return localize(f"{round(factor, -digits):,.0f}×")


def format_rate(rate: float) -> str:
    """A learning rate as the user would type it: 0.005, 0.0001, 1e-06, 100000."""
    return localize(f"{rate:.6g}".replace("e-0", "e-").replace("e+0", "e+"))


def run_name(settings: TrainingSettings, runs: list[TrainingSettings] | tuple = (), prefix: str = "lr ") -> str:
    """A run's name on curves and in tables: its rate, and how its inputs were scaled when ``runs`` differ in that."""
    if settings.learning_rate is None:  # a kind that trains in one step: its title names it
        name = translate("ModelKind", settings.kind.title)
    else:
        name = f"{prefix}{format_rate(settings.learning_rate)}"
    if len({run.standardize for run in runs}) > 1:
        scaling = (translate("RunName", "standardised") if settings.standardize
                   else translate("RunName", "pixels ÷ 255"))
        name = f"{name}, {scaling}"
    return name


def divergence_advice(learning_rate: float) -> str:
    return translate("Advice", "Training diverged (the cost grew without bound or ended higher than it began): "
                     "the learning rate {rate} is too large; try a smaller one, e.g. {smaller}.").format(
        rate=format_rate(learning_rate), smaller=format_rate(learning_rate / 10))


def instability_advice(instability: Instability, model: str) -> str:
    if kind_named(model).step == "epoch":
        text = translate("Advice", "The cost rose {factor} at epoch {step}: the learning rate is too large to "
                                   "descend smoothly; try a smaller one.")
    else:
        text = translate("Advice", "The cost rose {factor} at iteration {step}: the learning rate is too large to "
                                   "descend smoothly; try a smaller one.")
    return text.format(factor=format_factor(instability.factor), step=format_int(instability.iteration))


#: In the window's words; the command line adds its flag (``--model mlp``) itself.
XOR_ADVICE = QT_TRANSLATE_NOOP("Advice", "A line cannot separate XOR: no straight line puts (0,1) and (1,0) on one side and (0,0) and (1,1) "
              "on the other. A hidden layer can: choose the neural network.")


def xor_advice() -> str:
    """:data:`XOR_ADVICE` in the user's language."""
    return translate("Advice", XOR_ADVICE)


def for_run(learning_rate: float, sentence: str) -> str:
    """A run's sentence among several: "With lr 1000, the cost rose …" (one capital, at the start)."""
    return translate("Advice", "With lr {rate}, {sentence}").format(
        rate=format_rate(learning_rate), sentence=sentence[:1].lower() + sentence[1:])
