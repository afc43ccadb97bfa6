"""Draw and see without Qt: the live answer's numbers, what would flip it, the background, and saving drawings."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import PixelScaler, Standardizer
from lrgui.data import ImageFormat, TrainedModel
from lrgui.data.dataset import Dataset
from lrgui.data.images import image_to_row, load_image
from lrgui.errors import DataError
from lrgui.session import drawing

FORMAT = ImageFormat(16, False)


def model_of(kind: str, classes=("a", "b", "c"), fmt: ImageFormat = FORMAT, seed: int = 0) -> TrainedModel:
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 256, (90, fmt.n_features)).astype(np.uint8)
    y = np.array(list(classes) * (90 // len(classes)))
    X[y == classes[0], : fmt.n_features // 3] //= 3  # something to learn
    if kind == "logistic":
        scaler = PixelScaler()
        estimator = LogisticRegression(learning_rate=0.05, epochs=100)
    else:
        scaler = Standardizer().fit(X)
        estimator = NeuralNetwork(hidden=8, activation=kind, learning_rate=0.1, epochs=30)
    return TrainedModel(estimator.fit(scaler.transform(X), y), scaler, fmt)


def photo(seed: int = 1, side: int = 90) -> Image.Image:
    return Image.fromarray(np.random.default_rng(seed).integers(0, 256, (side, side, 3)).astype(np.uint8), "RGB")


@pytest.mark.parametrize("classes", [("a", "b"), ("a", "b", "c")])
def test_the_map_and_the_bias_add_up_to_the_logit_and_the_bars_are_predict_proba(classes):
    model = model_of("logistic", classes)
    image = photo()
    answer = drawing.live_answer(model, image)
    row = image_to_row(image, FORMAT)
    np.testing.assert_array_equal(answer.row, row)
    x = model.features(row[None, :])[0].astype(np.float64)
    coef = np.asarray(model.estimator.coef_, dtype=np.float64)
    intercept = np.asarray(model.estimator.intercept_, dtype=np.float64)
    if coef.ndim == 1:  # two classes: the map explains the logit of classes[1]
        z, b = float(x @ coef + intercept), float(intercept)
    else:
        c = answer.predicted_index
        z, b = float(x @ coef[:, c] + intercept[c]), float(intercept[c])
    assert answer.contribution_map().shape == (16, 16)
    assert answer.contribution_map().sum() + b == pytest.approx(z, rel=1e-9)
    np.testing.assert_array_equal(answer.probabilities, model.estimator.predict_proba(model.features(row[None, :]))[0])
    assert answer.predicted == model.predict_image(image)[0]
    assert answer.hidden is None and "Σ map" in answer.sum_line()


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_the_network_answer_holds_its_hidden_units_and_the_strongest_ones(activation):
    model = model_of(activation)
    answer = drawing.live_answer(model, photo())
    hidden = answer.hidden
    W2 = np.asarray(model.estimator.coefs_[1], dtype=np.float64)
    c = answer.predicted_index
    np.testing.assert_allclose(hidden.contributions, hidden.activations * W2[:, c], rtol=1e-12)
    # the hidden units' shares add up, with b2, to the predicted class's logit exactly
    assert hidden.contributions.sum() + answer.explanation.bias == pytest.approx(answer.explanation.logit, rel=1e-9)
    strongest = np.abs(hidden.contributions)[list(hidden.strongest)]
    assert len(hidden.strongest) == drawing.STRONGEST_UNITS and list(strongest) == sorted(strongest, reverse=True)
    assert strongest[-1] >= np.delete(np.abs(hidden.contributions), hidden.strongest).max()
    assert drawing.unit_weights(model, hidden.strongest[0]).shape == (16, 16)


@pytest.mark.parametrize("classes", [("a", "b"), ("a", "b", "c")])
def test_painting_the_flip_pixels_in_the_models_eye_changes_the_margin_by_exactly_the_expected_gain(classes):
    model = model_of("logistic", classes)
    row = image_to_row(photo(), FORMAT)
    for colour in ((255, 255, 255), (0, 0, 0), (40, 60, 200)):
        plan = drawing.flip_plan(model, row, colour)
        assert plan.exact and plan.margin > 0 and plan.count > 0
        painted = row.reshape(FORMAT.shape).copy()
        painted[plan.pixels] = colour
        x0, x1 = (model.features(r.reshape(1, -1))[0].astype(np.float64) for r in (row, painted))
        logits = [_logits(model, x) for x in (x0, x1)]
        c, t = model.classes.index(plan.predicted), model.classes.index(plan.target)
        change = (logits[1][t] - logits[1][c]) - (logits[0][t] - logits[0][c])
        assert change == pytest.approx(plan.expected, rel=1e-9)
        np.testing.assert_allclose(plan.gains[plan.pixels].sum(), plan.expected, rtol=1e-12)
        if plan.enough:
            assert model.predict_rows(painted.reshape(1, -1))[0][0] != plan.predicted


def _logits(model, x):
    coef = np.asarray(model.estimator.coef_, dtype=np.float64)
    intercept = np.asarray(model.estimator.intercept_, dtype=np.float64)
    if coef.ndim == 1:
        return np.array([0.0, float(x @ coef + intercept)])
    return x @ coef + intercept


def test_a_flip_plan_marks_no_more_than_it_needs_nor_more_than_half_the_picture():
    model = model_of("logistic")
    plan = drawing.flip_plan(model, image_to_row(photo(), FORMAT), (255, 255, 255))
    assert plan.count <= 0.5 * 16 * 16
    if plan.enough and plan.count > 1:
        gains = np.sort(plan.gains[plan.pixels])[::-1]
        assert gains[:-1].sum() < drawing.FLIP_SAFETY * plan.margin  # the last one was needed
    network_plan = drawing.flip_plan(model_of("tanh"), image_to_row(photo(), FORMAT), (0, 0, 0))
    assert not network_plan.exact


def test_the_plain_background_is_the_training_pictures_border_and_the_ink_contrasts():
    fmt = ImageFormat(8, False)
    pictures = np.full((20, 8, 8, 3), (30, 40, 50), dtype=np.uint8)
    pictures[:, 2:6, 2:6] = 240  # a light object in the middle
    data = Dataset(pictures.reshape(20, -1), np.array(["x", "y"] * 10), ["x", "y"], fmt)
    assert drawing.plain_background(data) == (30, 40, 50)
    assert drawing.ink_for((30, 40, 50)) == (255, 255, 255) and drawing.ink_for((250, 250, 250)) == (0, 0, 0)
    mean = np.asarray(drawing.mean_image(data))
    assert mean.shape == (8, 8, 3) and tuple(mean[4, 4]) == (240, 240, 240) and tuple(mean[0, 0]) == (30, 40, 50)
    grey = Dataset(np.full((4, 64), 255, dtype=np.uint8), np.array(["x", "y"] * 2), ["x", "y"], ImageFormat(8, True))
    assert drawing.plain_background(grey) == (255, 255, 255)


def test_a_drawing_is_saved_as_a_new_png_the_loader_reads_and_never_over_a_file(tmp_path):
    folder = tmp_path / "circle"
    folder.mkdir()
    (folder / "drawing-0001.png").write_bytes(b"someone else's file")
    image = photo(side=256)
    first = drawing.save_drawing(image, folder)
    assert first.name == "drawing-0002.png"
    assert (folder / "drawing-0001.png").read_bytes() == b"someone else's file"
    np.testing.assert_array_equal(load_image(first, FORMAT), image_to_row(image, FORMAT))
    assert drawing.save_drawing(image, folder).name == "drawing-0003.png"
    assert drawing.save_drawing(image, tmp_path / "new class").parent.is_dir()  # a new class folder
    assert sorted(p.name for p in folder.iterdir()) == ["drawing-0001.png", "drawing-0002.png", "drawing-0003.png"]
    assert oct(os.stat(first).st_mode & 0o777) != oct(0o600)  # an ordinary file, not mkstemp's private one


def test_the_name_taken_between_listing_and_writing_is_not_replaced_with_or_without_hard_links(tmp_path, monkeypatch):
    target = tmp_path / "x.png"
    target.write_bytes(b"first")
    assert drawing.write_new_file(target, lambda handle: handle.write(b"second")) is False
    assert target.read_bytes() == b"first"

    def no_links(source, destination):
        raise PermissionError(1, "Operation not permitted")  # as FAT on a USB stick answers

    monkeypatch.setattr(os, "link", no_links)
    assert drawing.write_new_file(target, lambda handle: handle.write(b"second")) is False
    assert target.read_bytes() == b"first"
    fresh = tmp_path / "y.png"
    assert drawing.write_new_file(fresh, lambda handle: handle.write(b"new")) is True
    assert fresh.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.png", "y.png"]


def test_saving_into_a_file_or_a_folder_without_permission_is_one_sentence(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(DataError, match="Cannot"):
        drawing.save_drawing(photo(), tmp_path / "file")
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(DataError, match=r"^Cannot write .*\.$"):
                drawing.save_drawing(photo(), locked)
        finally:
            locked.chmod(0o700)


def test_a_model_without_images_cannot_be_drawn_for():
    rng = np.random.default_rng(0)
    X = rng.random((20, 2)).astype(np.float32)
    estimator = LogisticRegression(learning_rate=0.1, epochs=5).fit(X, np.array(["p", "q"] * 10))
    from lrgui.core.preprocessing import IdentityScaler

    model = TrainedModel(estimator, IdentityScaler(), None)
    with pytest.raises(DataError, match="not trained on images"):
        drawing.live_answer(model, photo())


def test_the_erasers_flip_plan_paints_each_pixel_back_to_the_background_exactly():
    model = model_of("logistic")
    row = image_to_row(photo(), FORMAT)
    background = photo(seed=7, side=16)  # a mean-image-like background, different everywhere
    plan = drawing.flip_plan(model, row, (0, 0, 0), erase_to=background)
    erased = row.reshape(FORMAT.shape).copy()
    erased[plan.pixels] = np.asarray(background)[plan.pixels]
    x0, x1 = (model.features(r.reshape(1, -1))[0].astype(np.float64) for r in (row, erased))
    c, t = model.classes.index(plan.predicted), model.classes.index(plan.target)
    (l0, l1) = (_logits(model, x) for x in (x0, x1))
    assert (l1[t] - l1[c]) - (l0[t] - l0[c]) == pytest.approx(plan.expected, rel=1e-9)


def test_the_class_folders_offered_are_the_users_own_never_a_samples(tmp_path):
    from lrgui.data.samples import sample_folder

    fmt = ImageFormat(8, True)
    paths = [str(tmp_path / "cats" / "a.png"), str(tmp_path / "cats" / "b.png"), str(tmp_path / "stray" / "c.png"),
             str(tmp_path / "dogs" / "d.png")]
    data = Dataset(np.zeros((4, 64), dtype=np.uint8), np.array(["cat", "cat", "cat", "dog"]), ["cat", "dog"], fmt,
                   paths=paths)
    assert drawing.class_folders(data) == [("cat", tmp_path / "cats"), ("dog", tmp_path / "dogs")]
    digits = sample_folder("digits") / "train"
    sample = Dataset(np.zeros((2, 64), dtype=np.uint8), np.array(["0", "1"]), ["0", "1"], fmt,
                     paths=[str(digits / "0" / "x.png"), str(digits / "1" / "y.png")])
    assert drawing.class_folders(sample) == []
    assert drawing.class_folders(Dataset(np.zeros((2, 64), dtype=np.uint8), np.array(["0", "1"]), ["0", "1"], fmt)) == []


def test_the_flip_sentence_says_what_to_do_and_escapes_class_names():
    plan = drawing.FlipPlan(predicted="a<b", target="c&d", colour=(255, 0, 0), margin=1.0, gains=np.ones((2, 2)),
                            pixels=np.array([[True, False], [False, False]]), expected=2.0, exact=True)
    assert drawing.flip_sentence(plan, "a<b") == "Paint the 1 marked pixels #ff0000 to make it say <b>c&amp;d</b>."
    assert drawing.flip_sentence(plan, "a<b", erasing=True).startswith("Erase the 1 marked pixels to make")
    assert drawing.flip_sentence(plan, "c&d").startswith("Flipped: it now says <b>c&amp;d</b>")
    short = drawing.FlipPlan("a", "b", (0, 0, 0), 5.0, np.ones((2, 2)), np.ones((2, 2), bool), 4.0, exact=False)
    assert "would not make it b (estimated from the gradient" in drawing.flip_sentence(short, "a")
