"""Why the model said what it said about one image: contributions per pixel and the equations with numbers.

For logistic regression the explanation is exact. The logit is a sum over
the features, ``z = Σ wᵢxᵢ + b``, so the contribution of feature i is
``wᵢxᵢ`` and the contributions plus the bias *are* the logit. Two classes
explain z = the logit of ``classes[1]`` (σ(z) is its probability, so a
positive contribution pushes towards ``classes[1]``); more classes explain
the predicted class's logit ``z_c = Σ W[i, c]·xᵢ + b_c``.

For the network there is no exact per-pixel split; the map is gradient ×
input, ``xᵢ·∂z_c/∂xᵢ`` of the predicted class's logit, which shows what a
small change of each pixel would do. What *is* exact for the network is the
split of z_c over the hidden units, ``z_c = Σ_j a_j·W2[j, c] + b2_c``, which
the glass box uses.

Everything is computed in float64 from the model's own parameters and the
features the model actually receives (the scaler's output, float32 for
most models, widened exactly). The predicted class is the model's own
prediction (its float32 arithmetic), so it always agrees with ``lrgui
predict``; the float64 probabilities shown beside it differ from the
float32 ones by rounding only (about 1e-7).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lrgui.data.trained_model import TrainedModel
from lrgui.errors import DataError, UserError
from lrgui.kinds import kind_of
from lrgui.kinds.base import NETWORK, SIGMOID, SOFTMAX
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_number, number_style

__all__ = ["Explanation", "NETWORK", "SIGMOID", "SOFTMAX", "explain"]


@dataclass(frozen=True, eq=False)
class Explanation:
    """One image, as the model sees it and decides about it. Build it with :func:`explain`.

    ``logit`` is the logit that ``contributions`` explain (two-class logistic
    regression: that of ``classes[1]``; otherwise: the predicted class's) and
    ``bias`` its bias. For logistic regression ``contributions.sum() + bias
    == logit`` up to float64 rounding (``exact`` is True).
    """

    kind: str  # SIGMOID, SOFTMAX or NETWORK
    classes: tuple[str, ...]
    image: np.ndarray | None  # (size, size, channels) uint8: what the model receives; None for non-image models
    features: np.ndarray  # (n,) float64: the scaled features x
    probabilities: np.ndarray  # (k,) float64
    predicted_index: int
    explained_index: int  # the class whose logit is explained
    logit: float
    logits: np.ndarray  # (k,) float64; for SIGMOID the single logit, shape (1,)
    bias: float
    contributions: np.ndarray  # float64, shaped like image (or (n,) without an image format)
    true_index: int | None = None
    loss: float | None = None  # the loss term of this image for its true label
    learning_rate: float | None = None
    l2: float = 0.0  # the L2 penalty the model was trained with (part of the update equation)
    hidden_contributions: np.ndarray | None = None  # NETWORK: a_j·W2[j, c], (h,)
    hidden_activations: np.ndarray | None = None  # NETWORK: a_j, (h,)
    activation: str | None = None  # NETWORK: the hidden layer's g

    @property
    def predicted(self) -> str:
        return self.classes[self.predicted_index]

    @property
    def explained_class(self) -> str:
        return self.classes[self.explained_index]

    @property
    def true_label(self) -> str | None:
        return None if self.true_index is None else self.classes[self.true_index]

    @property
    def exact(self) -> bool:
        """True when the contributions plus the bias are exactly the logit (logistic regression)."""
        return self.kind != NETWORK

    @property
    def positive_sum(self) -> float:
        return float(self.contributions[self.contributions > 0].sum())

    @property
    def negative_sum(self) -> float:
        return float(self.contributions[self.contributions < 0].sum())

    def pixel_map(self) -> np.ndarray:
        """Contributions summed over the colour channels: (size, size), as drawn on the image."""
        if self.contributions.ndim != 3:
            raise ValueError("this model does not work on images, so its contributions have no pixels")
        return self.contributions.sum(axis=2)

    def evidence_map(self) -> np.ndarray:
        """:meth:`pixel_map` signed so that positive means *for the predicted class*.

        For two classes the contributions push towards ``classes[1]``; when
        the prediction is ``classes[0]`` the map is negated, so an overlay can
        always draw support for the prediction in one colour.
        """
        sign = -1.0 if self.predicted_index != self.explained_index else 1.0
        return sign * self.pixel_map()

    def json_fields(self) -> dict:
        """``logit`` (two-class logistic regression) or ``logits`` (a list), and ``bias``, for ``--json``."""
        if self.kind == SIGMOID:
            return {"logit": self.logit, "bias": self.bias}
        return {"logits": [float(z) for z in self.logits], "bias": self.bias}


def explain(model: TrainedModel, row, true_label: str | None = None) -> Explanation:
    """Explains the model's decision on one image, given as its raw row (uint8 pixels, any shape).

    ``true_label``, when known (the image's folder names a class), adds the
    loss and the gradient equations; it must be one of the model's classes.
    """
    estimator = model.estimator
    classes = tuple(model.classes)
    row = np.asarray(row)
    n = getattr(estimator, "n_features_in_", None)
    if row.size != n:
        raise DataError(translate("Explain", "The image has {values} values, but this model expects {expected}.").format(
            values=format_int(row.size), expected=format_int(n)))
    row = row.reshape(1, n)
    true_index = None
    if true_label is not None:
        if str(true_label) not in classes:
            raise DataError(translate("Explain", "{label} is not one of the model's classes ({classes}).").format(
                label=repr(true_label), classes=", ".join(classes)))
        true_index = classes.index(str(true_label))

    used = model.features(row)  # exactly what the model receives
    predicted_index = int(np.argmax(estimator.predict_proba(used)[0]))
    x = used[0].astype(np.float64)
    fmt = model.image_format
    image = None
    shape: tuple[int, ...] = (n,)
    if fmt is not None and fmt.n_features == n:
        shape = fmt.shape
        image = np.clip(row, 0, 255).astype(np.uint8).reshape(shape)
    common = dict(
        classes=classes,
        image=image,
        features=x,
        predicted_index=predicted_index,
        true_index=true_index,
        learning_rate=float(estimator.learning_rate) if getattr(estimator, "learning_rate", None) is not None else None,
        l2=float(getattr(estimator, "l2", 0.0)),
    )
    try:
        parts = kind_of(estimator).explanation(estimator, x, predicted_index, true_index)
    except (UserError, NotImplementedError):
        raise DataError(translate("Explain", "lrgui cannot explain a {name}.").format(
            name=type(estimator).__name__)) from None
    contributions = np.asarray(parts.pop("contributions"), dtype=np.float64).reshape(shape)
    return Explanation(contributions=contributions, **parts, **common)


# ------------------------------------------------------------------ the glass box
@dataclass(frozen=True)
class Equation:
    """One of the seven equations: its formula, and the same formula with this image's numbers.

    ``filled`` is None when the numbers need the true label and it is not
    known; ``values`` holds the numbers themselves, for a front end that lays
    them out its own way.
    """

    number: int
    name: str
    formula: str
    filled: str | None
    values: dict


def _num(value: float) -> str:
    return format_number(value, ".6g")


def _term(value: float) -> str:
    """A summand after a plus sign: negative numbers in parentheses."""
    return f"({_num(value)})" if value < 0 else _num(value)


def glass_box(explanation: Explanation) -> list[Equation]:
    """The seven equations of the model, filled with the numbers of this image."""
    e = explanation
    if e.kind == SIGMOID:
        return _sigmoid_equations(e)
    return _softmax_equations(e)


def _sum_equation(number: int, name: str, formula: str, lhs: str, pos: float, neg: float, bias: float, z: float):
    filled = f"{lhs} = {_num(pos)} + {_term(neg)} + {_term(bias)} = {_num(z)}"
    return Equation(number, name, formula, filled, {"positive": pos, "negative": neg, "bias": bias, "z": z})


def _step_change(e: Explanation, error: float) -> float:
    """How much one gradient step on this image alone would change the explained logit (linear models).

    With the single-image cost L + (l2/2)·||w||², dw = error·x + l2·w and
    db = error, so z = w·x + b moves by -lr·(error·(||x||² + 1) + l2·(w·x)).
    """
    return -e.learning_rate * (error * (float(e.features @ e.features) + 1.0) + e.l2 * (e.logit - e.bias))


def _sigmoid_equations(e: Explanation) -> list[Equation]:
    a, z = float(e.probabilities[1]), e.logit
    one, zero = e.classes[1], e.classes[0]
    known = e.true_index is not None
    y = e.true_index
    error = a - y if known else None
    equations = [
        _sum_equation(1, translate("Explain", "forward pass"),
                      translate("Explain", "z = Σ wᵢxᵢ + b  (positive contributions + negative contributions + b)"),
                      "z", e.positive_sum, e.negative_sum, e.bias, z),
        Equation(2, translate("Explain", "activation"), "a = σ(z) = 1 / (1 + e^(−z))",
                 translate("Explain", "a = σ({z}) = {a}, the probability of {name}").format(
                     z=_num(z), a=_num(a), name=repr(one)), {"a": a}),
    ]
    if known:
        term = "−log a" if y == 1 else "−log(1 − a)"
        shown = a if y == 1 else 1.0 - a
        loss_text = translate("Explain", "true label {label}, y = {y}: L = {term} = −log {shown} = {loss}").format(
            label=repr(e.true_label), y=y, term=term, shown=_num(shown), loss=_num(e.loss))
        equations += [
            Equation(3, translate("Explain", "loss"), "L = −[y log a + (1 − y) log(1 − a)]", loss_text,
                     {"y": y, "loss": e.loss}),
            Equation(4, translate("Explain", "gradient of the weights"), "dw = (a − y) x",
                     f"dw = ({_num(a)} − {y}) x = {_num(error)} · x", {"error": error}),
            Equation(5, translate("Explain", "gradient of the bias"), "db = a − y", f"db = {_num(error)}",
                     {"db": error}),
        ]
    else:
        equations += _unknown_label([
            (3, translate("Explain", "loss"), "L = −[y log a + (1 − y) log(1 − a)]"),
            (4, translate("Explain", "gradient of the weights"), "dw = (a − y) x"),
            (5, translate("Explain", "gradient of the bias"), "db = a − y"),
        ])
    equations.append(_update_equation(e, error))
    verdict = f"a = {_num(a)} > 0.5 → {one!r}" if e.predicted_index == 1 else f"a = {_num(a)} ≤ 0.5 → {zero!r}"
    equations.append(Equation(7, translate("Explain", "prediction"),
                              translate("Explain", "ŷ = {one} if a > 0.5, else {zero}").format(
                                  one=repr(one), zero=repr(zero)), verdict, {"predicted": e.predicted}))
    return equations


def _softmax_equations(e: Explanation) -> list[Equation]:
    """Softmax regression, or the network (which adds a hidden layer and backpropagates one output error)."""
    c, name = e.explained_index, e.explained_class
    p = e.probabilities
    known = e.true_index is not None
    y_c = int(e.true_index == c) if known else None
    error = float(p[c]) - y_c if known else None

    def error_equation(number: int, title: str, formula: str, times_x: bool) -> Equation:
        if not known:
            return _unknown_label([(number, title, formula)])[0]
        lhs = formula.split(" = ")[0]
        if times_x:
            filled = f"{lhs} = ({_num(float(p[c]))} − {y_c}) x = {_num(error)} · x"
        else:
            filled = f"{lhs} = {_num(float(p[c]))} − {y_c} = {_num(error)}"
        return Equation(number, title, formula, filled, {"error": error})

    if e.kind == NETWORK:
        h = len(e.hidden_contributions)
        positive = float(e.hidden_contributions[e.hidden_contributions > 0].sum())
        negative = float(e.hidden_contributions[e.hidden_contributions < 0].sum())
        equations = [
            Equation(1, translate("Explain", "hidden layer"), "a¹ = g(x W1 + b1)",
                     translate("Explain", "{count} {activation} units computed from the {features} features").format(
                         count=h, activation=e.activation, features=format_int(len(e.features))),
                     {"hidden_units": h}),
            _sum_equation(2, translate("Explain", "output"), f"z_c = Σⱼ a¹ⱼ W2[j, c] + b2_c  (c = {name!r})",
                          f"z_{name}", positive, negative, e.bias, e.logit),
        ]
    else:
        equations = [
            _sum_equation(1, translate("Explain", "forward pass"), f"z_c = Σ W[i, c] xᵢ + b_c  (c = {name!r})",
                          f"z_{name}", e.positive_sum, e.negative_sum, e.bias, e.logit),
        ]
    probabilities = number_style().list_separator.join(f"{label!r} {_num(float(q))}" for label, q in zip(e.classes, p))
    number = len(equations) + 1
    equations.append(Equation(number, translate("Explain", "activation (softmax)"), "p_c = e^(z_c) / Σⱼ e^(zⱼ)",
                              f"p = {probabilities}", {"p": [float(q) for q in p]}))
    if known:
        q = float(p[e.true_index])
        equations.append(Equation(number + 1, translate("Explain", "loss"), "L = −log p_true",
                                  translate("Explain", "true label {label}: L = −log {shown} = {loss}").format(
                                      label=repr(e.true_label), shown=_num(q), loss=_num(e.loss)),
                                  {"loss": e.loss}))
    else:
        equations += _unknown_label([(number + 1, translate("Explain", "loss"), "L = −log p_true")])
    if e.kind == NETWORK:
        equations.append(error_equation(5, translate("Explain", "output error"),
                                        translate("Explain", "δ_c = p_c − y_c  (backpropagated to W2, b2, W1, b1)"),
                                        times_x=False))
    else:
        equations.append(error_equation(4, translate("Explain", "gradient of the weights"), "dW[:, c] = (p_c − y_c) x",
                                        times_x=True))
        equations.append(error_equation(5, translate("Explain", "gradient of the bias"), "db_c = p_c − y_c",
                                        times_x=False))
    equations.append(_update_equation(e, error))
    equations.append(Equation(7, translate("Explain", "prediction"),
                              translate("Explain", "ŷ = the class with the largest p_c"),
                              f"ŷ = {e.predicted!r} (p = {_num(float(p[e.predicted_index]))})",
                              {"predicted": e.predicted}))
    return equations


def _update_equation(e: Explanation, error: float | None) -> Equation:
    lr = e.learning_rate
    if e.kind == NETWORK:
        formula = translate("Explain", "W ← W − lr·dW, b ← b − lr·db  (both layers)")
        if error is None:
            return _unknown_label([(6, translate("Explain", "update"), formula)])[0]
        return Equation(6, translate("Explain", "update"), formula,
                        translate("Explain", "lr = {lr}: b2_{name} moves by −lr·δ_c = {change}").format(
                            lr=_num(lr), name=e.explained_class, change=_num(-lr * error)),
                        {"learning_rate": lr, "bias_change": -lr * error})
    if e.kind == SIGMOID:
        formula = "w ← w − lr·dw, b ← b − lr·db"
    else:
        formula = "W[:, c] ← W[:, c] − lr·dW[:, c], b_c ← b_c − lr·db_c"
    if e.l2:
        formula += translate("Explain", "  (dw includes the L2 term l2·w, l2 = {l2})").format(l2=_num(e.l2))
    if error is None:
        return _unknown_label([(6, translate("Explain", "update"), formula)])[0]
    change = _step_change(e, error)
    return Equation(6, translate("Explain", "update"), formula,
                    translate("Explain", "lr = {lr}: one step on this image alone would move z by {change}").format(
                        lr=_num(lr), change=_num(change)),
                    {"learning_rate": lr, "logit_change": change})


def _unknown_label(items) -> list[Equation]:
    return [Equation(number, name, formula, None, {}) for number, name, formula in items]


def glass_box_lines(explanation: Explanation) -> list[str]:
    """The glass box as text: the prediction, each equation with its numbers, and what the map sums to."""
    e = explanation
    lines = [translate("Explain", "predicted {name} with probability {p}").format(
        name=repr(e.predicted), p=_num(float(e.probabilities[e.predicted_index])))]
    for equation in glass_box(e):
        filled = equation.filled if equation.filled is not None else translate("Explain", "(needs the true label)")
        lines.append(f"{equation.number}. {equation.name}: {equation.formula}")
        lines.append(f"   {filled}")
    lines.append(map_sentence(e))
    return lines


def map_sentence(explanation: Explanation) -> str:
    """What the contribution map is and what it adds up to."""
    e = explanation
    total = float(e.contributions.sum())
    if e.exact:
        return translate("Explain", "the map: w ⊙ x over {features} features for {name}; its sum {total} + b {bias} "
                                    "= z {z}").format(features=format_int(e.contributions.size),
                                                      name=repr(e.explained_class), total=_num(total),
                                                      bias=_term(e.bias), z=_num(total + e.bias))
    return translate("Explain", "the map: gradient × input of z_{name}; its sum {total} is not z − b2 ({z}), because "
                                "the network is not linear").format(name=e.explained_class, total=_num(total),
                                                                    z=_num(e.logit - e.bias))
