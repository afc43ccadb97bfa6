"""Loading within bounds: image sizes, memory checked before decoding, predictions streamed in batches."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest

import lrgui.data.loader as loader_module
from lrgui.core import LogisticRegression
from lrgui.core.preprocessing import make_scaler
from lrgui.data import ImageFormat, LoadingCancelled, TrainedModel, discover_classes, list_images, load_files
from lrgui.data.loader import check_dataset_memory, dataset_memory, iter_load_files, load_class_folders
from lrgui.errors import DataError
from tests.imagegen import draw_image

FORMAT = ImageFormat(size=8)


def one_sentence(text: str) -> bool:
    return text.endswith(".") and text.count(". ") == 0 and "\n" not in text


# ------------------------------------------------------------------------- image sizes
@pytest.mark.parametrize("size", [0, 3, -64, 1025, 100_000])
def test_image_sizes_outside_4_to_1024_are_refused_in_words(size):
    with pytest.raises(DataError, match="between 4 and 1,024 pixels") as caught:
        ImageFormat(size)
    assert one_sentence(str(caught.value))


@pytest.mark.parametrize("size", [2.5, "64", None, True])
def test_image_sizes_that_are_not_whole_numbers_are_refused(size):
    with pytest.raises(DataError, match="whole number"):
        ImageFormat(size)


def test_the_limits_themselves_are_accepted():
    assert ImageFormat(4).n_features == 48 and ImageFormat(1024, grayscale=True).n_features == 1024 * 1024
    assert ImageFormat(np.int64(32)).size == 32 and type(ImageFormat(np.int64(32)).size) is int


# ------------------------------------------------------------------- memory, checked up front
@pytest.fixture
def two_classes(tmp_path) -> Path:
    for cls in ("red", "blue"):
        (tmp_path / cls).mkdir()
        for i in range(6):
            draw_image(cls, np.random.default_rng(i), 16).save(tmp_path / cls / f"{i}.png")
    return tmp_path


def test_the_estimate_counts_pixels_and_float_features():
    assert dataset_memory(600, ImageFormat(1024)) == 600 * 1024 * 1024 * 3 * 5
    assert dataset_memory(10, ImageFormat(8, grayscale=True)) == 10 * 64 * 5


def test_a_dataset_larger_than_memory_is_refused_before_decoding(two_classes, monkeypatch):
    decoded = []
    monkeypatch.setattr(loader_module, "available_memory", lambda: dataset_memory(12, FORMAT) - 1)
    with pytest.raises(DataError) as caught:
        load_class_folders(discover_classes([two_classes]), FORMAT, loader=lambda *a, **k: decoded.append(a))
    message = str(caught.value)
    assert decoded == []
    assert message.startswith("12 images at 8 × 8 pixels would need about") and "available" in message
    assert "smaller image size" in message and one_sentence(message)


def test_600_photos_at_1024_pixels_are_refused_on_a_machine_with_4_gb(monkeypatch):
    monkeypatch.setattr(loader_module, "available_memory", lambda: 4 << 30)
    with pytest.raises(DataError, match=r"600 images at 1,024 × 1,024 pixels would need about 8\.8 GB .* only 4\.0 GB"):
        check_dataset_memory(600, ImageFormat(1024))
    check_dataset_memory(600, ImageFormat(64))


@pytest.mark.parametrize("memory", [None, 1 << 40], ids=["unknown", "plenty"])
def test_a_dataset_that_fits_or_unknown_memory_loads(two_classes, monkeypatch, memory):
    monkeypatch.setattr(loader_module, "available_memory", lambda: memory)
    data = load_class_folders(discover_classes([two_classes]), FORMAT)
    assert len(data.train) == 12


# ------------------------------------------------------------------------- loading in batches
@pytest.fixture
def mixed_files(tmp_path) -> list[Path]:
    """23 images with three broken files among them."""
    paths = []
    for i in range(23):
        path = tmp_path / f"{i:02d}.png"
        if i in (0, 9, 22):
            path.write_bytes(b"not a picture")
        else:
            draw_image("red" if i % 2 else "blue", np.random.default_rng(i), 12).save(path)
        paths.append(path)
    return paths


@pytest.mark.parametrize("batch_size", [1, 5, 9, 23, 100])
def test_batches_hold_the_same_rows_as_one_load(mixed_files, batch_size):
    X, loaded, skipped = load_files(mixed_files, FORMAT)
    batches = list(iter_load_files(mixed_files, FORMAT, batch_size=batch_size))
    assert len(batches) == -(-len(mixed_files) // batch_size)
    assert all(len(b[1]) + len(b[2]) <= batch_size for b in batches)
    assert np.array_equal(np.concatenate([b[0] for b in batches]), X)
    assert [i for b in batches for i in b[1]] == loaded  # indices into the whole list
    assert [s for b in batches for s in b[2]] == skipped


def test_batches_of_nothing_and_bad_batch_sizes(mixed_files):
    assert list(iter_load_files([], FORMAT)) == []
    with pytest.raises(ValueError):
        next(iter_load_files(mixed_files, FORMAT, batch_size=0))


# --------------------------------------------------------------------------- streamed prediction
def trained_model(image_format: ImageFormat, seed: int = 0) -> TrainedModel:
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 256, (40, image_format.n_features), dtype=np.uint8)
    y = np.where(X[:, :3].mean(axis=1) > 127, "bright", "dark")
    scaler = make_scaler("pixels/255")
    estimator = LogisticRegression(learning_rate=1e-4, epochs=20).fit(scaler.fit(X).transform(X), y)
    return TrainedModel(estimator, scaler, image_format)


def test_streamed_predictions_equal_predicting_all_rows_at_once(mixed_files):
    model = trained_model(FORMAT)
    X, loaded, skipped = load_files(mixed_files, FORMAT)
    labels, probabilities = model.predict_rows(X)
    progress = []
    batches = list(model.iter_predictions(mixed_files, batch_size=4, progress=lambda d, t: progress.append((d, t))))
    predictions = [p for batch, _ in batches for p in batch]
    assert [p.path for p in predictions] == [str(mixed_files[i]) for i in loaded]
    assert [p.label for p in predictions] == list(labels)
    assert np.array_equal([p.probability for p in predictions], probabilities)
    assert [s for _, batch_skipped in batches for s in batch_skipped] == skipped
    assert progress[-1] == (len(mixed_files), len(mixed_files))
    assert model.predict_files(mixed_files) == (predictions, skipped)


def test_streamed_prediction_can_be_stopped(mixed_files):
    model = trained_model(FORMAT)
    seen = []
    with pytest.raises(LoadingCancelled):
        for batch, _ in model.iter_predictions(mixed_files, batch_size=4, should_stop=lambda: len(seen) >= 2):
            seen.append(batch)
    assert len(seen) == 2


def test_a_model_without_images_refuses_files(mixed_files):
    model = trained_model(FORMAT)
    model.image_format = None
    with pytest.raises(DataError, match="not trained on images"):
        next(model.iter_predictions(mixed_files))


def write_tiny_pngs(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    draw_image("red", np.random.default_rng(0), 8).save(folder / "0.png")
    data = (folder / "0.png").read_bytes()
    for i in range(1, count):
        (folder / f"{i}.png").write_bytes(data)
    return list_images(folder)


def peak_traced_bytes(model: TrainedModel, paths: list[Path], batch_size: int) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        count = 0
        for predictions, _ in model.iter_predictions(paths, batch_size=batch_size):
            count += len(predictions)  # a front end prints or shows them, and lets them go
        assert count == len(paths)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_images(tmp_path):
    """Ten times the images, the same peak: 100,000 photos predict in the memory of one batch."""
    image_format = ImageFormat(32)
    model = trained_model(image_format)
    few = write_tiny_pngs(tmp_path / "few", 300)
    many = write_tiny_pngs(tmp_path / "many", 3000)
    peak_few = peak_traced_bytes(model, few, batch_size=100)
    peak_many = peak_traced_bytes(model, many, batch_size=100)
    all_at_once = len(many) * image_format.n_features * (1 + 4)  # the uint8 rows and their float32 features
    assert peak_many < 1.5 * peak_few + (1 << 20)
    assert peak_many < all_at_once / 5
