"""The decision-boundary grid, the hidden units' lines, and the boundary picture."""

from __future__ import annotations

import functools
import math
import statistics
import time
import warnings

import numpy as np
import pytest
from PIL import Image

from lrgui.data import files
from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import make_scaler
from lrgui.data.trained_model import TrainedModel
from lrgui.data.toy import load_toy, toy_settings
from lrgui.errors import UserError
from lrgui.session.boundary import (
    EMPTY_EXTENT,
    class_grid,
    class_grid_from_parameters,
    class_probabilities,
    class_probabilities_from_parameters,
    grid_axes,
    grid_extent,
    grid_points,
    hidden_unit_lines,
    parameters_of,
    probability_grid,
    probability_grid_from_parameters,
)
from lrgui.session.boundary_image import (
    CONTOUR_COLOUR,
    PALETTE,
    check_boundary_path,
    render_boundary,
    write_boundary_png,
)


@functools.lru_cache(maxsize=None)  # trained once per module run; no test changes the estimators
def fitted(model: str, name: str, **overrides):
    data = load_toy(name).train
    cls = LogisticRegression if model == "logistic" else NeuralNetwork
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return cls(**{**toy_settings(name, model), **overrides}).fit(data.X, data.y), data


def nearest_cell(extent, nx, ny, x, y) -> tuple[int, int]:
    xmin, xmax, ymin, ymax = extent
    return round((y - ymin) / (ymax - ymin) * (ny - 1)), round((x - xmin) / (xmax - xmin) * (nx - 1))


# ------------------------------------------------------------------ extent
def test_extent_is_the_bounding_box_plus_ten_percent_each_side():
    X = np.array([[0, 0], [2, 1], [1, -1]], dtype=np.float32)
    assert grid_extent(X) == pytest.approx((-0.2, 2.2, -1.2, 1.2))
    assert grid_extent(X, margin=0) == pytest.approx((0, 2, -1, 1))


@pytest.mark.parametrize(
    "points, expected",
    [
        ([[3, 4]], (2.4, 3.6, 3.4, 4.6)),  # one point: a unit square around it, plus the margin
        ([[1, 0], [1, 2]], (-0.2, 2.2, -0.2, 2.2)),  # a vertical line: x borrows y's span
        ([[0, 5], [4, 5]], (-0.4, 4.4, 2.6, 7.4)),  # a horizontal line
        (np.empty((0, 2)), EMPTY_EXTENT),
    ],
)
def test_extent_is_never_degenerate(points, expected):
    extent = grid_extent(np.array(points, dtype=np.float32))
    assert extent == pytest.approx(expected)
    assert extent[0] < extent[1] and extent[2] < extent[3]


@pytest.mark.parametrize(
    "points, words",
    [([[0, 0, 0]], "two coordinates"), ([[0, np.nan]], "NaN or infinite"), ([[np.inf, 0]], "NaN or infinite")],
)
def test_extent_refuses_unusable_points(points, words):
    with pytest.raises(UserError, match=words):
        grid_extent(np.array(points))


# ------------------------------------------------------------ grid layout
def test_element_i_j_lies_at_x_j_and_y_i_with_row_zero_at_ymin():
    extent = (-1.0, 3.0, 10.0, 12.0)
    seen = []

    def source(X):
        seen.append(X)
        return 1 / (1 + np.exp(-(X[:, 0] - 2 * X[:, 1])))  # P(class 1) as a known function of (x, y)

    grid = probability_grid(source, extent, nx=5, ny=3)
    assert grid.shape == (3, 5) and grid.dtype == np.float32
    assert seen[0].dtype == np.float32 and seen[0].shape == (15, 2)
    for i in range(3):
        for j in range(5):
            x, y = -1 + j * 4 / 4, 10 + i * 2 / 2
            assert grid[i, j] == pytest.approx(1 / (1 + math.exp(-(x - 2 * y))), rel=1e-5)
    xs, ys = grid_axes(extent, 5, 3)
    np.testing.assert_allclose(xs, [-1, 0, 1, 2, 3])
    np.testing.assert_allclose(ys, [10, 11, 12])
    np.testing.assert_allclose(grid_points(extent, 5, 3)[:5], [[-1, 10], [0, 10], [1, 10], [2, 10], [3, 10]])


def test_a_trained_model_is_drawn_in_the_data_coordinates_through_its_scaler(tmp_path):
    network, data = fitted("mlp", "moons")
    extent = grid_extent(data.X)
    plain = TrainedModel(network, make_scaler("none").fit(data.X), None)
    np.testing.assert_array_equal(probability_grid(plain, extent, 40, 30), probability_grid(network, extent, 40, 30))
    scaler = make_scaler("standardize").fit(data.X)
    scaled_network = NeuralNetwork(**toy_settings("moons", "mlp")).fit(scaler.transform(data.X), data.y)
    model = TrainedModel(scaled_network, scaler, None)
    expected = scaled_network.predict_proba(scaler.transform(grid_points(extent, 40, 30)))[:, 1].reshape(30, 40)
    np.testing.assert_allclose(probability_grid(model, extent, 40, 30), expected, atol=1e-6)
    assert model.estimator.score(scaler.transform(data.X), data.y) >= 0.97
    path = write_boundary_png(tmp_path / "moons.png", model, data.X, data.y, ["ignored", "names"])
    with Image.open(path) as image:
        assert image.size == (400, 400)


def test_untrained_gives_one_half_everywhere():
    extent = (0.0, 1.0, 0.0, 1.0)
    for source in (None, LogisticRegression(), NeuralNetwork()):
        grid = probability_grid(source, extent, nx=7, ny=4)
        assert grid.shape == (4, 7)
        np.testing.assert_array_equal(grid, 0.5)


# ----------------------------------------- parameters against predict_proba
CASES = [
    ("logistic", "moons", {}),
    ("logistic", "blobs", {}),  # two classes
    ("mlp", "xor", {"activation": "tanh"}),
    ("mlp", "moons", {"activation": "sigmoid", "hidden": 50, "epochs": 200}),
    ("mlp", "circles", {"activation": "relu"}),
    ("mlp", "moons", {"activation": "sigmoid", "dtype": "float64", "epochs": 200}),
]


@pytest.mark.parametrize("model, name, overrides", CASES)
def test_from_parameters_equals_predict_proba(model, name, overrides):
    estimator, data = fitted(model, name, **overrides)
    extent = grid_extent(data.X)
    expected = estimator.predict_proba(grid_points(extent, 60, 40))
    kind, parameters, activation = parameters_of(estimator)
    grid = probability_grid_from_parameters(kind, parameters, extent, nx=60, ny=40, activation=activation)
    np.testing.assert_allclose(grid, expected[:, 1].reshape(40, 60), atol=2e-6)
    # the estimator itself takes the same fast path; any other source goes through predict_proba
    np.testing.assert_array_equal(probability_grid(estimator, extent, 60, 40), grid)
    generic = probability_grid(lambda X: estimator.predict_proba(X), extent, 60, 40)
    np.testing.assert_allclose(generic, grid, atol=2e-6)


@pytest.mark.parametrize("model", ["logistic", "mlp"])
def test_more_classes_give_per_class_probabilities_and_the_argmax_class(model):
    data = load_toy("blobs", classes=3, seed=2).train
    estimator = (LogisticRegression if model == "logistic" else NeuralNetwork)(**toy_settings("blobs", model))
    estimator.fit(data.X, data.y)
    extent = grid_extent(data.X)
    expected = estimator.predict_proba(grid_points(extent, 50, 30))  # (m, 3)
    kind, parameters, activation = parameters_of(estimator)
    planes = class_probabilities_from_parameters(kind, parameters, extent, 50, 30, activation=activation)
    assert planes.shape == (3, 30, 50) and planes.flags.c_contiguous
    np.testing.assert_allclose(planes, expected.T.reshape(3, 30, 50), atol=2e-6)
    np.testing.assert_allclose(planes.sum(axis=0), 1, atol=1e-5)
    np.testing.assert_allclose(
        probability_grid_from_parameters(kind, parameters, extent, 50, 30, activation), planes[1], atol=1e-6
    )
    classes = class_grid_from_parameters(kind, parameters, extent, 50, 30, activation=activation)
    clear = np.sort(expected, axis=1)[:, -1] - np.sort(expected, axis=1)[:, -2] > 1e-4  # no near-ties
    np.testing.assert_array_equal(classes.reshape(-1)[clear], expected.argmax(axis=1)[clear])
    np.testing.assert_array_equal(class_grid(estimator, extent, 50, 30), classes)
    np.testing.assert_allclose(class_probabilities(estimator, extent, 50, 30), planes, atol=1e-6)
    assert set(np.unique(classes)) == {0, 1, 2}


def test_a_recorded_snapshot_draws_the_boundary_as_it_was():
    data = load_toy("xor").train
    network = NeuralNetwork(**{**toy_settings("xor", "mlp"), "epochs": 10, "warm_start": True}).fit(data.X, data.y)
    kind, early, activation = parameters_of(network)
    early = {name: array.copy() for name, array in early.items()}
    expected_early = network.predict_proba(grid_points((-0.1, 1.1, -0.1, 1.1), 20, 20))[:, 1]
    network.set_params(epochs=4990).fit(data.X, data.y)
    then = probability_grid_from_parameters(kind, early, (-0.1, 1.1, -0.1, 1.1), 20, 20, activation)
    now = probability_grid(network, (-0.1, 1.1, -0.1, 1.1), 20, 20)
    np.testing.assert_allclose(then.reshape(-1), expected_early, atol=2e-6)
    assert np.abs(now - then).max() > 0.2


def test_xor_grid_is_a_checkerboard_for_the_network_and_not_for_a_line():
    network, data = fitted("mlp", "xor")
    line, _ = fitted("logistic", "xor")
    extent = grid_extent(data.X)
    grid = probability_grid(network, extent)
    corners = {(x, y): grid[nearest_cell(extent, 200, 200, x, y)] for x in (0, 1) for y in (0, 1)}
    assert corners[(0, 1)] > 0.5 and corners[(1, 0)] > 0.5
    assert corners[(0, 0)] < 0.5 and corners[(1, 1)] < 0.5
    flat = probability_grid(line, extent)
    line_corners = {(x, y): flat[nearest_cell(extent, 200, 200, x, y)] > 0.5 for x in (0, 1) for y in (0, 1)}
    assert line_corners != {(0, 0): False, (0, 1): True, (1, 0): True, (1, 1): False}


def test_a_network_of_many_units_is_drawn_in_blocks_of_bounded_size(monkeypatch):
    import lrgui.kinds.mlp as module  # the network's kind draws its own map

    monkeypatch.setattr(module, "BLOCK_ELEMENTS", 64)  # fewer than one row of the grid: blocks of part of a row
    rng = np.random.default_rng(0)
    parameters = {"W1": rng.normal(size=(2, 24)), "b1": rng.normal(size=24),
                  "W2": rng.normal(size=(24, 3)), "b2": rng.normal(size=3)}
    network = NeuralNetwork(hidden=24, activation="relu").set_state({**parameters, "n_iter": 0, "diverged": False},
                                                                   ["a", "b", "c"], [])
    extent = (-2.0, 2.0, -1.0, 1.0)
    expected = network.predict_proba(grid_points(extent, 13, 7)).T.reshape(3, 7, 13)
    got = class_probabilities_from_parameters("mlp", parameters, extent, 13, 7, activation="relu")
    np.testing.assert_allclose(got, expected, atol=2e-6)


@pytest.mark.perf
def test_the_200_by_200_redraw_of_the_50_unit_network_stays_interactive():
    """A generous guard (100 ms, five times the quiet machine's budget); the timing itself is benchmarks' work."""
    network, data = fitted("mlp", "moons", hidden=50, activation="sigmoid", epochs=20)
    kind, parameters, activation = parameters_of(network)
    extent = grid_extent(data.X)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        probability_grid_from_parameters(kind, parameters, extent, 200, 200, activation)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) <= 0.100


# ------------------------------------------------------------------ refusals
@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: probability_grid(None, (0, 0, 0, 1)), "xmin < xmax"),
        (lambda: probability_grid(None, (0, 1, 0, math.nan)), "finite"),
        (lambda: probability_grid(None, (0, 1, 0)), "four numbers"),
        (lambda: probability_grid(None, (0, 1, 0, 1), nx=1), "from 2 to 4096"),
        (lambda: probability_grid(None, (0, 1, 0, 1), ny=5000), "from 2 to 4096"),
        (lambda: probability_grid(None, (0, 1, 0, 1), nx=20.0), "whole number"),
        (lambda: probability_grid_from_parameters("tree", {}, (0, 1, 0, 1)), "choose one of logistic, mlp"),
        (lambda: probability_grid_from_parameters("logistic", {"coef": np.ones(2)}, (0, 1, 0, 1)), "lack intercept"),
        (lambda: probability_grid_from_parameters("logistic", {"coef": np.ones(3), "intercept": 0.0}, (0, 1, 0, 1)),
         "do not fit a two-feature model"),
        (lambda: probability_grid_from_parameters("logistic", {"coef": np.array([1, np.nan]), "intercept": 0.0},
                                                  (0, 1, 0, 1)), "NaN or infinite"),
        (lambda: probability_grid_from_parameters(
            "mlp", {"W1": np.ones((2, 3)), "b1": np.ones(3), "W2": np.ones((4, 2)), "b2": np.ones(2)},
            (0, 1, 0, 1), activation="tanh"), "do not fit a two-feature model"),
        (lambda: probability_grid_from_parameters(
            "mlp", {"W1": np.ones((2, 3)), "b1": np.ones(3), "W2": np.ones((3, 2)), "b2": np.ones(2)},
            (0, 1, 0, 1), activation="softplus"), "choose one of sigmoid, tanh, relu"),
        (lambda: probability_grid(LogisticRegression(epochs=5).fit(np.eye(3), ["a", "b", "a"]), (0, 1, 0, 1)),
         "two features; this one has 3"),
    ],
)
def test_unusable_requests_are_refused_in_one_sentence(call, words):
    with pytest.raises(UserError) as caught:
        call()
    assert words in str(caught.value) and "\n" not in str(caught.value)


# ---------------------------------------------------------- hidden-unit lines
def test_hidden_unit_lines_are_clipped_to_the_extent():
    W1 = np.array([[1.0, 1.0, 0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 1.0, 0.0, 1.0, 0.0]])
    b1 = np.array([-0.5, -1.0, -5.0, 1.0, -3.0, -2.0])
    lines = hidden_unit_lines(W1, b1, (0.0, 2.0, 0.0, 1.0))
    assert lines[0] == pytest.approx((0.5, 0.0, 0.5, 1.0))  # x = 0.5, vertical
    assert sorted([lines[1][:2], lines[1][2:]]) == [pytest.approx((0.0, 1.0)), pytest.approx((1.0, 0.0))]
    assert lines[2] is None  # y = 5: above the extent
    assert lines[3] is None  # all-zero weights: no line
    assert lines[4] is None  # x + y = 3 touches the corner (2, 1) only
    assert lines[5] == pytest.approx((2.0, 0.0, 2.0, 1.0))  # x = 2 runs along the right edge
    assert len(lines) == 6


def test_hidden_unit_segments_lie_on_their_lines_and_on_the_extent_border():
    network, data = fitted("mlp", "moons", hidden=16)
    W1, b1 = network.coefs_[0], network.intercepts_[0]
    extent = grid_extent(data.X)
    xmin, xmax, ymin, ymax = extent
    lines = hidden_unit_lines(W1, b1, extent)
    assert len(lines) == 16 and any(line is not None for line in lines)
    for unit, line in enumerate(lines):
        if line is None:
            continue
        for x, y in (line[:2], line[2:]):
            assert W1[0, unit] * x + W1[1, unit] * y + b1[unit] == pytest.approx(0, abs=1e-4)
            assert xmin - 1e-9 <= x <= xmax + 1e-9 and ymin - 1e-9 <= y <= ymax + 1e-9
            on_border = min(abs(x - xmin), abs(x - xmax), abs(y - ymin), abs(y - ymax))
            assert on_border < 1e-9


def test_hidden_unit_lines_refuse_mismatched_shapes():
    with pytest.raises(UserError, match="W1 of shape"):
        hidden_unit_lines(np.ones((3, 4)), np.ones(4), (0, 1, 0, 1))


# ------------------------------------------------------------------ the picture
def far_apart(a, b, levels: int = 40) -> bool:
    return max(abs(int(p) - int(q)) for p, q in zip(a, b)) >= levels


def test_xor_picture_of_the_network_is_a_checkerboard(tmp_path):
    network, data = fitted("mlp", "xor")
    path = write_boundary_png(tmp_path / "xor.png", network, data.X, data.y, data.classes)
    assert path == tmp_path / "xor.png"
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (400, 400)
        rgb = image.convert("RGB")
        # the picture's corners are the extent's: (-0.1, 1.1) top left, near the gate's corner (0, 1)
        top_left, top_right = rgb.getpixel((3, 3)), rgb.getpixel((396, 3))
        bottom_left, bottom_right = rgb.getpixel((3, 396)), rgb.getpixel((396, 396))
    assert not far_apart(top_left, bottom_right, 25) and not far_apart(top_right, bottom_left, 25)
    for diagonal in (top_left, bottom_right):
        for other in (top_right, bottom_left):
            assert far_apart(diagonal, other)
    # class 1 ((0, 1), top left) is orange-ish, class 0 ((0, 0), bottom left) blue-ish
    assert top_left[0] > top_left[2] and bottom_left[2] > bottom_left[0]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_the_map_fills_the_picture_and_spans_the_extent():
    # P(class 1) rises left to right across x = 0.5: the contour is the picture's middle column
    extent = (0.0, 1.0, 0.0, 1.0)
    image = render_boundary(lambda X: 1 / (1 + np.exp(-20 * (X[:, 0] - 0.5))), np.empty((0, 2)), [], ["a", "b"],
                            size=300, extent=extent)
    rgb = np.asarray(image).astype(int)
    assert rgb.shape == (300, 300, 3)
    left, right = rgb[:, :100].reshape(-1, 3), rgb[:, 200:].reshape(-1, 3)
    assert (left[:, 2] > left[:, 0]).all() and (right[:, 0] > right[:, 2]).all()  # blue, orange: no frame
    assert far_apart(rgb[150, 140], rgb[150, 160])  # even close to the boundary
    middle = rgb[:, 148:152].sum(axis=2).min(axis=1)
    assert (middle <= sum(CONTOUR_COLOUR) + 90).all()  # a dark line down every row
    assert (rgb[:, :140].sum(axis=2) > 400).all()  # and nowhere else


def test_a_precomputed_grid_draws_the_same_picture_as_the_model():
    network, data = fitted("mlp", "xor")
    extent = grid_extent(data.X)
    from_model = np.asarray(render_boundary(network, data.X, data.y, data.classes, size=200)).astype(int)
    grid = probability_grid(network, extent, 400, 400)
    from_grid = np.asarray(render_boundary(grid, data.X, data.y, data.classes, size=200, extent=extent)).astype(int)
    assert np.mean(np.abs(from_model - from_grid).max(axis=2) > 30) < 0.01


def test_points_wear_their_class_colour_and_misclassified_points_are_struck_through():
    X = np.array([[0.25, 0.5], [0.75, 0.5]], dtype=np.float32)
    extent = (0.0, 1.0, 0.0, 1.0)
    left_is_a = lambda points: (points[:, 0] > 0.5).astype(np.float32)  # noqa: E731  P(b) is 1 right of the middle
    right = np.asarray(render_boundary(left_is_a, X, ["a", "b"], ["a", "b"], size=400, extent=extent)).astype(int)
    wrong = np.asarray(render_boundary(left_is_a, X, ["b", "b"], ["a", "b"], size=400, extent=extent)).astype(int)
    # the first point's centre is at column 100, row 200: there it has its class's colour
    assert not far_apart(right[200, 100], PALETTE[0], 10)
    assert not far_apart(right[200, 300], PALETTE[1], 10)
    near_first = np.zeros((400, 400), dtype=bool)
    near_first[185:216, 85:116] = True
    differ = np.abs(right - wrong).max(axis=2) > 40
    assert differ[near_first].any() and not differ[~near_first].any()  # only the relabelled point changed
    # labelled b, it is drawn in b's colour, struck through by a black × that reaches past the marker
    window = wrong[194:207, 94:107].reshape(-1, 3)
    assert sum(not far_apart(pixel, PALETTE[1], 25) for pixel in window) >= 10
    assert not any(not far_apart(pixel, PALETTE[0], 25) for pixel in window)
    for row, col in ((194, 94), (194, 105), (205, 94), (205, 105)):  # beyond the square, on the ×
        assert wrong[row, col].sum() < 200 and right[row, col].sum() > 400


def test_more_classes_get_their_own_colours():
    data3 = load_toy("blobs", classes=3, noise=0.1).train
    model = NeuralNetwork(**toy_settings("blobs", "mlp")).fit(data3.X, data3.y)
    rgb = np.asarray(render_boundary(model, data3.X, data3.y, data3.classes, size=300)).astype(int)
    extent = grid_extent(data3.X)
    for c, name in enumerate(data3.classes):
        # a point in the middle between the blob centre and the picture's edge: that class's light colour
        cx, cy = data3.X[data3.y == name].mean(axis=0) * 1.35
        col = round((cx - extent[0]) / (extent[1] - extent[0]) * 299)
        row = round((extent[3] - cy) / (extent[3] - extent[2]) * 299)
        pixel = rgb[row, col]
        tint = 255 - pixel
        expected = 255 - np.array(PALETTE[c])
        assert np.corrcoef(tint, expected)[0, 1] > 0.95, (name, pixel)


@pytest.mark.parametrize(
    "name, words",
    [
        ("boundary.jpg", "ending in .png"),
        ("", "Give a file name"),
        ("missing/boundary.png", "missing does not exist."),
        ("folder.png", "it is a folder"),
    ],
)
def test_unusable_paths_are_refused_in_one_sentence(tmp_path, name, words):
    (tmp_path / "folder.png").mkdir()
    network, data = fitted("logistic", "and")
    target = tmp_path / name if name else ""
    with pytest.raises(UserError) as caught:
        write_boundary_png(target, network, data.X, data.y, data.classes)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(UserError, match=words.replace(".", r"\.")):
        check_boundary_path(target)
    assert check_boundary_path(tmp_path / "fine.PNG") == tmp_path / "fine.PNG"


def test_a_folder_that_refuses_new_files_is_refused_in_words(tmp_path, monkeypatch):
    network, data = fitted("logistic", "and")
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(UserError, match=r"Cannot write the boundary picture to .*: Permission denied"):
        write_boundary_png(tmp_path / "b.png", network, data.X, data.y, data.classes)


def test_a_failed_write_keeps_the_old_picture_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    network, data = fitted("logistic", "and")
    target = tmp_path / "b.png"
    target.write_bytes(b"old")
    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(UserError, match="No space left on device"):
        write_boundary_png(target, network, data.X, data.y, data.classes, force=True)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"size": 10}, "from 32 to 2000"),
        ({"size": 300.0}, "whole number"),
        ({"y": ["0", "1", "1", "2"]}, "label '2' is not one of the model's classes"),
        ({"y": ["0", "1"]}, "4 points but 2 labels"),
        ({"estimator_or_grid": np.full((3, 3), np.nan)}, "NaN or infinite"),
        ({"estimator_or_grid": np.zeros(5)}, "must be (ny, nx) or (classes, ny, nx)"),
        ({"estimator_or_grid": "model.h5"}, "give a trained model or a grid"),
    ],
)
def test_unusable_inputs_are_refused_in_one_sentence(tmp_path, kwargs, words):
    network, data = fitted("mlp", "xor")
    arguments = {"estimator_or_grid": network, "X": data.X, "y": data.y, "classes": data.classes, **kwargs}
    with pytest.raises(UserError) as caught:
        write_boundary_png(tmp_path / "b.png", **arguments)
    assert words in str(caught.value)
    assert list(tmp_path.iterdir()) == []
