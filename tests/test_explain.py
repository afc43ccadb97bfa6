"""Explanations: exact contributions of logistic regression, gradient × input of the network, the glass box, files."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from lrgui.core.functions import binary_cross_entropy, categorical_cross_entropy, sigmoid
from lrgui.core.mlp import Parameters, output_logits
from lrgui.errors import DataError
from lrgui.session.explain import NETWORK, SIGMOID, SOFTMAX, explain, glass_box, glass_box_lines
from lrgui.session.explain_image import (
    AGAINST_COLOUR,
    FOR_COLOUR,
    explain_output_names,
    overlay_image,
    write_contribution_png,
    write_explanations,
)
from tests.test_evaluation import labelled_pixels, make_model

LINEAR_CASES = [
    (k, preprocessing, grayscale)
    for k in (2, 3)
    for preprocessing in ("pixels/255", "standardize")
    for grayscale in (False, True)
]


def relative_gap(a: float, b: float) -> float:
    return abs(a - b) / max(abs(b), 1e-12)


# ------------------------------------------------------------- logistic regression
@pytest.mark.parametrize("k, preprocessing, grayscale", LINEAR_CASES)
def test_contributions_plus_bias_are_the_logit_of_decision_function(k, preprocessing, grayscale):
    model, X, y = make_model(k, "logistic", preprocessing, grayscale, dtype="float64")
    X_new, y_new = labelled_pixels(k, 8, model.image_format, seed=11)
    z_model = model.estimator.decision_function(model.features(X_new))
    for i, row in enumerate(X_new):
        e = explain(model, row, true_label=y_new[i])
        assert e.kind == (SIGMOID if k == 2 else SOFTMAX) and e.exact
        assert e.contributions.shape == model.image_format.shape and e.contributions.dtype == np.float64
        np.testing.assert_array_equal(e.image, row.reshape(model.image_format.shape))
        np.testing.assert_array_equal(e.features, model.features(row[None, :])[0])
        expected = z_model[i] if k == 2 else z_model[i, e.predicted_index]
        assert relative_gap(e.contributions.sum() + e.bias, e.logit) < 1e-9
        assert relative_gap(e.logit, float(expected)) < 1e-6
        assert e.predicted == model.predict_rows(row[None, :])[0][0]
        np.testing.assert_allclose(e.probabilities, model.estimator.predict_proba(model.features(row[None, :]))[0])
        np.testing.assert_allclose(e.pixel_map(), e.contributions.sum(axis=2))
        assert e.pixel_map().shape == (model.image_format.size,) * 2


def test_float32_model_explained_in_float64_agrees_with_its_own_float32_logit():
    model, X, y = make_model(2, "logistic", dtype="float32")
    for row in X[:10]:
        e = explain(model, row)
        z32 = float(model.estimator.decision_function(model.features(row[None, :]))[0])
        scale = float(np.abs(e.contributions).sum()) + abs(e.bias)
        assert abs(e.logit - z32) <= 1e-6 * scale  # float32 rounding of the model's own sum, nothing more
        assert relative_gap(e.contributions.sum() + e.bias, e.logit) < 1e-9
        assert float(sigmoid(np.array([e.logit]))[0]) == pytest.approx(e.probabilities[1], abs=1e-15)
        label, probability = model.predict_rows(row[None, :])
        assert e.predicted == label[0]
        assert e.probabilities[e.predicted_index] == pytest.approx(probability[0], abs=1e-6)


def test_the_loss_term_is_the_cost_of_that_one_image():
    model, X, y = make_model(2)
    for row, label in zip(X[:6], y[:6]):
        e = explain(model, row, true_label=label)
        y01 = np.array([float(label == model.classes[1])])
        assert e.loss == pytest.approx(binary_cross_entropy(np.array([e.logit]), y01), rel=1e-12)
    model, X, y = make_model(3)
    for row, label in zip(X[:6], y[:6]):
        e = explain(model, row, true_label=label)
        onehot = (np.array(model.classes) == label).astype(float)[None, :]
        assert e.loss == pytest.approx(categorical_cross_entropy(e.logits[None, :], onehot), rel=1e-12)
    assert explain(model, X[0]).loss is None


def test_evidence_map_points_at_the_predicted_class():
    model, X, y = make_model(2)
    predictions = [explain(model, row) for row in X[:40]]
    assert {e.predicted_index for e in predictions} == {0, 1}  # both signs are exercised
    for e in predictions:
        sign = 1 if e.predicted_index == 1 else -1
        np.testing.assert_array_equal(e.evidence_map(), sign * e.pixel_map())
    model3, X3, _ = make_model(3)
    e = explain(model3, X3[0])
    np.testing.assert_array_equal(e.evidence_map(), e.pixel_map())


def test_bad_inputs_are_refused_in_words():
    model, X, y = make_model(2)
    with pytest.raises(DataError, match="expects 108"):
        explain(model, X[0][:-1])
    with pytest.raises(DataError, match="not one of the model's classes"):
        explain(model, X[0], true_label="zebra")
    # a row given as an image (size, size, channels) is the same row
    e = explain(model, X[0].reshape(model.image_format.shape))
    assert e.logit == explain(model, X[0]).logit


# ------------------------------------------------------------------ the network
@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("k, preprocessing, grayscale", [(2, "standardize", False), (3, "pixels/255", True)])
def test_network_map_is_gradient_times_input_by_finite_differences(activation, k, preprocessing, grayscale):
    model, X, y = make_model(k, activation, preprocessing, grayscale, dtype="float64")
    est = model.estimator
    params = Parameters(est.coefs_[0], est.intercepts_[0], est.coefs_[1], est.intercepts_[1])
    e = explain(model, X[3], true_label=y[3])
    assert e.kind == NETWORK and not e.exact
    c = e.predicted_index
    x = e.features

    def logit(features):
        return output_logits(params, features[None, :], activation)[0, c]

    eps = 1e-6
    numeric = np.empty_like(x)
    for i in range(len(x)):
        step = np.zeros_like(x)
        step[i] = eps
        numeric[i] = (logit(x + step) - logit(x - step)) / (2 * eps)
    np.testing.assert_allclose(e.contributions.reshape(-1), numeric * x, rtol=1e-5, atol=1e-9)
    assert relative_gap(e.logit, logit(x)) < 1e-12
    # the split over hidden units is exact
    assert relative_gap(e.hidden_contributions.sum() + e.bias, e.logit) < 1e-9
    np.testing.assert_allclose(e.probabilities, est.predict_proba(model.features(X[3:4]))[0], rtol=1e-9)


# ------------------------------------------------------------------ the glass box
@pytest.mark.parametrize("k, kind", [(2, "logistic"), (3, "logistic"), (3, "tanh")])
def test_glass_box_has_seven_filled_equations_whose_numbers_add_up(k, kind):
    model, X, y = make_model(k, kind)
    e = explain(model, X[0], true_label=y[0])
    equations = glass_box(e)
    assert [q.number for q in equations] == [1, 2, 3, 4, 5, 6, 7]
    assert all(q.filled for q in equations)
    split = next(q for q in equations if "positive" in q.values)
    v = split.values
    assert relative_gap(v["positive"] + v["negative"] + v["bias"], e.logit) < 1e-9
    assert v["positive"] >= 0 >= v["negative"]
    assert f"{e.logit:.6g}" in split.filled
    assert equations[-1].values["predicted"] == e.predicted
    lines = glass_box_lines(e)
    assert lines[0].startswith(f"predicted {e.predicted!r}")
    assert len(lines) == 1 + 2 * 7 + 1


def test_glass_box_without_a_true_label_says_what_is_missing():
    model, X, y = make_model(2)
    equations = glass_box(explain(model, X[0]))
    assert [q.number for q in equations if q.filled is None] == [3, 4, 5, 6]
    assert sum("(needs the true label)" in line for line in glass_box_lines(explain(model, X[0]))) == 4


@pytest.mark.parametrize("k", [2, 3])
def test_update_equation_predicts_one_gradient_step_on_the_image(k):
    model, X, y = make_model(k)
    e = explain(model, X[2], true_label=y[2])
    change = next(q for q in glass_box(e) if q.number == 6).values["logit_change"]
    est = model.estimator
    lr, l2, x = est.learning_rate, est.l2, e.features
    c = e.explained_index
    w = np.asarray(est.coef_, float) if k == 2 else np.asarray(est.coef_, float)[:, c]
    b = float(est.intercept_) if k == 2 else float(est.intercept_[c])
    target = float(e.true_index == c)
    error = e.probabilities[c] - target
    w_new = w - lr * (error * x + l2 * w)  # the single-image cost L + (l2/2)||w||²
    b_new = b - lr * error
    assert (x @ w_new + b_new) - e.logit == pytest.approx(change, rel=1e-9)


# ------------------------------------------------------------------ files
def test_overlay_is_the_enlarged_image_tinted_by_sign():
    model, X, y = make_model(2, grayscale=True, size=5)
    e = explain(model, X[0])
    plain = np.asarray(overlay_image(e, scale=4, opacity=0.0))
    assert plain.shape == (20, 20, 3)
    expected = np.repeat(np.repeat(e.image[:, :, 0], 4, axis=0), 4, axis=1)
    for channel in range(3):
        np.testing.assert_array_equal(plain[:, :, channel], expected)  # nearest neighbour, no smoothing
    tinted = np.asarray(overlay_image(e, scale=1, opacity=1.0)).astype(int)
    evidence = e.evidence_map()
    strongest_for = np.unravel_index(np.argmax(evidence), evidence.shape)
    strongest_against = np.unravel_index(np.argmin(evidence), evidence.shape)
    if evidence[strongest_for] == np.abs(evidence).max():
        assert tuple(tinted[strongest_for]) == FOR_COLOUR  # full opacity at and above the 99th percentile
    if -evidence[strongest_against] == np.abs(evidence).max():
        assert tuple(tinted[strongest_against]) == AGAINST_COLOUR
    if evidence.max() > 0:
        r, g, b = tinted[strongest_for]
        assert r > b  # vermillion side
    if evidence.min() < 0:
        r, g, b = tinted[strongest_against]
        assert b > r  # blue side


def test_png_is_written_atomically_in_colour(tmp_path):
    model, X, y = make_model(3, size=7)
    e = explain(model, X[1])
    path = write_contribution_png(tmp_path / "one.contrib.png", e, scale=3)
    with Image.open(path) as im:
        assert im.format == "PNG" and im.size == (21, 21) and im.mode == "RGB"
    assert sorted(os.listdir(tmp_path)) == ["one.contrib.png"]  # no temporary file left behind


def test_output_names_are_unique_per_stem_ignoring_case():
    paths = ["a/x.png", "b/x.jpg", "c/X.png", "d/x-2.png", "e/y.tar.gz", "f/z.jpg"]
    assert explain_output_names(paths) == [
        "x.contrib", "x-2.contrib", "X-3.contrib", "x-2-2.contrib", "y.tar.contrib", "z.contrib"
    ]


@pytest.mark.parametrize("k", [2, 3])
def test_write_explanations_files_and_json_fields(tmp_path, k):
    model, X, y = make_model(k, dtype="float32")
    paths = ["cats/one.jpg", "dogs/one.jpg", "two.png"]
    explanations = [explain(model, row) for row in X[:3]]
    out = tmp_path / "new" / "explain"
    added = write_explanations(explanations, paths, out)
    assert sorted(os.listdir(out)) == sorted(
        f"{stem}.contrib.{ext}" for stem in ("one", "one-2", "two") for ext in ("npy", "png")
    )
    for entry, e in zip(added, explanations):
        contributions = np.load(entry["contributions"], allow_pickle=False)
        assert contributions.dtype == np.float64 and contributions.shape == model.image_format.shape
        if k == 2:
            assert set(entry) == {"contributions", "logit", "bias"}
            z = entry["logit"]
            assert float(sigmoid(np.array([z]))[0]) == pytest.approx(e.probabilities[1], abs=1e-15)
        else:
            assert set(entry) == {"contributions", "logits", "bias"}
            assert len(entry["logits"]) == 3
            z = entry["logits"][e.predicted_index]
        assert relative_gap(contributions.sum() + entry["bias"], z) < 1e-6


def test_unusable_output_folders_are_refused_in_one_sentence(tmp_path):
    model, X, y = make_model(2)
    e = [explain(model, X[0])]
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(DataError, match="it is a file, not a folder"):
        write_explanations(e, ["a.png"], afile)
    with pytest.raises(DataError, match="part of that path is a file"):
        write_explanations(e, ["a.png"], afile / "below")
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(DataError, match="permission denied"):
                write_explanations(e, ["a.png"], locked)
        finally:
            locked.chmod(0o700)
