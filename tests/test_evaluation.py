"""Evaluation: the confusion matrix, precision/recall, baseline, galleries and threshold against first principles."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import make_scaler
from lrgui.data.dataset import ImageFormat
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import DataError, UserError
from lrgui.session.evaluation import evaluate, format_report
from lrgui.session.wording import baseline_sentence, format_count, format_percent, split_count

NAMES = ("cat", "dog", "emu", "fox")


def labelled_pixels(k: int, m: int, fmt: ImageFormat, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Random uint8 images, class c brighter in its own band of features, so a model learns something but not all."""
    rng = np.random.default_rng(seed)
    y = np.array(NAMES[:k])[rng.integers(0, k, m)]
    X = rng.integers(0, 256, (m, fmt.n_features)).astype(np.int64)
    band = fmt.n_features // k
    for c, name in enumerate(NAMES[:k]):
        X[y == name, c * band : (c + 1) * band] += 60
    return np.clip(X, 0, 255).astype(np.uint8), y


def make_model(
    k: int = 2,
    kind: str = "logistic",
    preprocessing: str = "pixels/255",
    grayscale: bool = False,
    size: int = 6,
    dtype: str = "float64",
    m: int = 80,
    seed: int = 0,
) -> tuple[TrainedModel, np.ndarray, np.ndarray]:
    """A small model trained on generated images, with its training pixels and labels."""
    fmt = ImageFormat(size, grayscale)
    X, y = labelled_pixels(k, m, fmt, seed)
    scaler = make_scaler(preprocessing, dtype=dtype).fit(X)
    if kind == "logistic":
        estimator = LogisticRegression(learning_rate=0.05, epochs=60, l2=0.01, dtype=dtype)
    else:
        estimator = NeuralNetwork(hidden=6, activation=kind, learning_rate=0.1, epochs=30, dtype=dtype, seed=seed)
    estimator.fit(scaler.transform(X), y)
    return TrainedModel(estimator, scaler, fmt), X, y


def fixed_logistic(coef, intercept, classes, n: int = 4) -> TrainedModel:
    """A logistic regression with chosen weights, on n one-channel 'pixels' (IdentityScaler: features = pixels)."""
    estimator = LogisticRegression(dtype="float64").set_state(
        {"coef": np.asarray(coef, float), "intercept": np.asarray(intercept, float), "n_iter": 1,
         "diverged": False, "solver": "primal"},
        classes,
        [],
    )
    return TrainedModel(estimator, make_scaler("none", dtype="float64"), None)


# ------------------------------------------------------------------ the numbers
@pytest.mark.parametrize("k, kind", [(2, "logistic"), (3, "logistic"), (3, "tanh"), (4, "sigmoid")])
def test_matrix_and_rates_agree_with_the_models_own_predictions(k, kind):
    model, X, y = make_model(k, kind, dtype="float32", m=90)
    X_test, y_test = labelled_pixels(k, 70, model.image_format, seed=5)
    ev = evaluate(model, X_test, y_test)

    labels, probability = model.predict_rows(X_test)
    assert ev.predicted_labels.tolist() == labels.tolist()  # exactly what `lrgui predict` says
    np.testing.assert_allclose(ev.predicted_probabilities, probability, rtol=1e-6)
    assert ev.probabilities.shape == (70, k)
    assert ev.classes == tuple(model.classes) and ev.n == 70
    for t, true in enumerate(ev.classes):
        for p, predicted in enumerate(ev.classes):
            assert ev.confusion_matrix[t, p] == np.count_nonzero((y_test == true) & (labels == predicted))
    assert ev.confusion_matrix.sum() == 70
    assert ev.accuracy == pytest.approx(model.estimator.score(model.features(X_test), y_test))
    for rates in ev.per_class:
        predicted_as = labels == rates.name
        actually = y_test == rates.name
        assert rates.support == actually.sum()
        if predicted_as.any():
            assert rates.precision == pytest.approx(np.mean(actually[predicted_as]))
        else:
            assert rates.precision is None  # the briefly trained network never says this class
        assert rates.recall == pytest.approx(np.mean(predicted_as[actually]))
    for row, total in zip(ev.row_fractions, ev.confusion_matrix.sum(axis=1)):
        assert sum(row) == pytest.approx(1.0) and total > 0


def test_majority_baseline_and_its_sentence():
    model, X, y = make_model(2)
    y = np.array(["dog"] * 7 + ["cat"] * 3)
    ev = evaluate(model, X[:10], y)
    assert ev.baseline_class == "dog" and ev.baseline_accuracy == pytest.approx(0.7)
    assert ev.baseline_text() == "always guessing 'dog' would score 70.0 %"
    tie = evaluate(model, X[:4], ["dog", "cat", "cat", "dog"])
    assert tie.baseline_class == "cat"  # a tie goes to the first class in the model's order


def test_a_class_never_predicted_has_no_precision_instead_of_nan():
    # class 'c' has a hopeless bias: it is never the most probable
    model = fixed_logistic(np.eye(4)[:, :3], [0.0, 0.0, -100.0], ["a", "b", "c"])
    X = np.array([[5, 0, 0, 0], [0, 5, 0, 0], [0, 0, 5, 0], [0, 0, 5, 0], [1, 0, 0, 0]])
    ev = evaluate(model, X, ["a", "b", "c", "c", "a"])
    rates = {r.name: r for r in ev.per_class}
    assert rates["c"].precision is None and rates["c"].recall == 0.0 and rates["c"].support == 2
    assert rates["a"].precision == pytest.approx(2 / 4) and rates["a"].recall == 1.0
    text = json.dumps(ev.as_json(), allow_nan=False)  # no NaN can reach the JSON
    assert '"precision": null' in text
    assert "n/a" in format_report(ev)


def test_a_class_absent_from_the_images_has_no_recall_and_no_row_fractions():
    model = fixed_logistic(np.eye(4)[:, :3], [0.0, 0.0, 0.0], ["a", "b", "c"])
    ev = evaluate(model, np.array([[5, 0, 0, 0], [0, 5, 0, 0]]), ["a", "b"])
    rates = {r.name: r for r in ev.per_class}
    assert rates["c"].recall is None and rates["c"].support == 0 and rates["c"].precision is None
    assert ev.row_fractions[2] == [None, None, None]
    assert ev.row_fractions[0] == [1.0, 0.0, 0.0]


def test_a_single_image():
    model, X, y = make_model(3)
    ev = evaluate(model, X[:1], y[:1], paths=["only.png"])
    assert ev.n == 1 and ev.confusion_matrix.sum() == 1
    assert ev.baseline_accuracy == 1.0 and ev.baseline_class == y[0]
    assert ev.accuracy in (0.0, 1.0)
    predicted = ev.predicted_labels[0]
    assert ev.cell(y[0], predicted) == [0]
    assert ev.mistakes() == ([] if predicted == y[0] else [0])


# ------------------------------------------------------------------ galleries
def test_cells_partition_the_images_most_confidently_wrong_first():
    model, X, y = make_model(3, dtype="float32")
    X_test, y_test = labelled_pixels(3, 60, model.image_format, seed=9)
    ev = evaluate(model, X_test, y_test, paths=[f"img{i}.png" for i in range(60)])
    seen = []
    for true in ev.classes:
        for predicted in ev.classes:
            rows = ev.cell(true, predicted)
            assert len(rows) == ev.confusion_matrix[ev.classes.index(true), ev.classes.index(predicted)]
            confidence = [ev.judgement(r).probability for r in rows]
            assert confidence == sorted(confidence, reverse=True)
            assert all(ev.judgement(r).true == true and ev.judgement(r).predicted == predicted for r in rows)
            seen += rows
    assert sorted(seen) == list(range(60))
    mistakes = ev.mistakes()
    assert sorted(mistakes) == sorted(r for r in range(60) if ev.judgement(r).true != ev.judgement(r).predicted)
    assert len(mistakes) > 0  # the generated data is hard enough for some
    confidence = [ev.judgement(r).probability for r in mistakes]
    assert confidence == sorted(confidence, reverse=True)


def test_rows_name_the_callers_images_even_when_some_are_skipped():
    model, X, y = make_model(2)
    labels = list(y[:6])
    labels[1] = "zebra"
    labels[4] = "yak"
    paths = [f"/data/{label}/{i}.jpg" for i, label in enumerate(labels)]
    ev = evaluate(model, X[:6], labels, paths=paths)
    assert ev.n == 4 and ev.rows.tolist() == [0, 2, 3, 5]
    assert [s.path for s in ev.skipped] == [paths[1], paths[4]]
    assert "'zebra'" in ev.skipped[0].reason and "cat, dog" in ev.skipped[0].reason
    gallery = [row for t in ev.classes for p in ev.classes for row in ev.cell(t, p)]
    assert sorted(gallery) == [0, 2, 3, 5]
    for row in gallery:
        j = ev.judgement(row)
        assert j.path == paths[row] and j.true == labels[row]
    with pytest.raises(KeyError):
        ev.judgement(1)
    with pytest.raises(DataError, match="None of the 2 images"):
        evaluate(model, X[:2], ["zebra", "yak"])
    with pytest.raises(DataError, match="no images"):
        evaluate(model, X[:0], [])


# ------------------------------------------------------------------ threshold
def test_threshold_moves_predictions_matrix_rates_and_cells_together():
    model, X, y = make_model(2, dtype="float32")
    X_test, y_test = labelled_pixels(2, 80, model.image_format, seed=3)
    ev = evaluate(model, X_test, y_test)
    p1 = ev.probabilities[:, 1]
    for t in (1e-9, 0.2, 0.5, 0.8, 1 - 1e-9):
        moved = ev.with_threshold(t)
        assert moved.probabilities is ev.probabilities  # no second pass through the model
        expected = np.where(p1 > t, ev.classes[1], ev.classes[0])
        assert moved.predicted_labels.tolist() == expected.tolist()
        fresh = evaluate(model, X_test, y_test, threshold=t)
        np.testing.assert_array_equal(fresh.confusion_matrix, moved.confusion_matrix)
        assert [r.as_dict() for r in fresh.per_class] == [r.as_dict() for r in moved.per_class]
        assert moved.mistakes() == fresh.mistakes()
        assert moved.threshold == t
    assert ev.with_threshold(0.5).predicted_labels.tolist() == ev.predicted_labels.tolist()
    everything_positive = ev.with_threshold(1e-9)
    assert everything_positive.confusion_matrix[:, 0].sum() == np.count_nonzero(p1 <= 1e-9)
    assert everything_positive.per_class[0].precision is None or everything_positive.confusion_matrix[:, 0].sum()
    nothing_positive = ev.with_threshold(1 - 1e-9)
    assert nothing_positive.confusion_matrix[:, 1].sum() == np.count_nonzero(p1 > 1 - 1e-9)
    assert "above 0.8" in format_report(ev.with_threshold(0.8))


@pytest.mark.parametrize("bad", [0, 1, -0.1, 1.5, float("nan"), float("inf"), "half", None])
def test_threshold_outside_zero_one_is_refused_in_words(bad):
    model, X, y = make_model(2)
    ev = evaluate(model, X[:5], y[:5])
    with pytest.raises(UserError, match="between 0 and 1"):
        ev.with_threshold(bad)
    with pytest.raises(UserError, match="between 0 and 1"):
        evaluate(model, X[:5], y[:5], threshold=bad)


def test_threshold_needs_two_classes():
    model, X, y = make_model(3)
    ev = evaluate(model, X[:5], y[:5])
    assert ev.threshold is None
    with pytest.raises(UserError, match="two classes only; this model has 3 classes"):
        ev.with_threshold(0.3)
    with pytest.raises(UserError, match="two classes only"):
        evaluate(model, X[:5], y[:5], threshold=0.3)


# ------------------------------------------------------------------ output
def test_json_has_exactly_the_documented_keys_and_values():
    model, X, y = make_model(2, dtype="float32")
    X_test, y_test = labelled_pixels(2, 40, model.image_format, seed=4)
    paths = [f"photos/{label}/image_{i:04d}.jpg" for i, label in enumerate(y_test)]
    ev = evaluate(model, X_test, y_test, paths=paths)
    data = json.loads(json.dumps(ev.as_json(), allow_nan=False))
    assert list(data) == ["classes", "n", "accuracy", "baseline_accuracy", "confusion_matrix", "per_class",
                          "misclassified"]
    assert data["classes"] == ["cat", "dog"] and data["n"] == 40
    assert np.array(data["confusion_matrix"]).sum() == 40
    assert [list(entry) for entry in data["per_class"]] == [["class", "precision", "recall", "support"]] * 2
    labels, probability = model.predict_rows(X_test)
    wrong = [i for i in range(40) if labels[i] != y_test[i]]
    assert sorted(entry["path"] for entry in data["misclassified"]) == sorted(paths[i] for i in wrong)
    for entry in data["misclassified"]:
        i = paths.index(entry["path"])
        assert list(entry) == ["path", "true", "predicted", "probability"]
        assert entry["true"] == y_test[i] and entry["predicted"] == labels[i]
        assert entry["probability"] == pytest.approx(float(probability[i]), rel=1e-6)


def test_text_report_aligns_the_matrix_under_the_class_names():
    model, X, y = make_model(3, dtype="float32")
    X_test, y_test = labelled_pixels(3, 50, model.image_format, seed=8)
    paths = [f"p{i}.png" for i in range(50)]
    ev = evaluate(model, X_test, y_test, paths=paths)
    lines = format_report(ev).splitlines()
    assert lines[0].startswith(f"accuracy {format_percent(ev.accuracy)} on 50 images (always guessing")
    header = next(i for i, line in enumerate(lines) if line.startswith("true \\ predicted"))
    ends = [lines[header].index(name) + len(name) for name in ev.classes]
    for c, name in enumerate(ev.classes):
        line = lines[header + 1 + c]
        assert line.startswith(name)
        numbers = [int(line[:end].split()[-1]) for end in ends]  # right-aligned under each name
        assert numbers == ev.confusion_matrix[c].tolist()
    listed = [line.split("\t")[0] for line in lines if line.startswith("p") and "\t" in line]
    assert listed == [paths[r] for r in ev.mistakes()]


# ------------------------------------------------------------------ wording
@pytest.mark.parametrize(
    "fraction, text",
    [(0.975, "97.5 %"), (0.501, "50.1 %"), (1.0, "100.0 %"), (0.9995, "99.9 %"), (0.99999, "99.9 %"),
     (0.0, "0.0 %"), (0.0004, "0.1 %"), (0.5, "50.0 %"), (None, "n/a")],
)
def test_format_percent(fraction, text):
    assert format_percent(fraction) == text


def test_format_percent_refuses_nan():
    with pytest.raises(ValueError):
        format_percent(float("nan"))


def test_format_count_and_baseline_sentence():
    assert format_count(1, "image") == "1 image"
    assert format_count(2345, "image") == "2,345 images"
    assert format_count(0, "image") == "0 images"
    assert format_count(3, "class", "classes") == "3 classes"
    assert baseline_sentence("airplanes", 0.501) == "always guessing 'airplanes' would score 50.1 %"


def test_split_count_says_the_whole_then_how_it_is_used():
    assert split_count(640, 160) == "800 images (640 to train, 160 to test)"
    assert split_count(1200, 0) == "1,200 images (all to train)"
    assert split_count(3, 1, "point") == "4 points (3 to train, 1 to test)"
