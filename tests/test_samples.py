"""The built-in samples: the generated shapes (deterministic, atomic, learnable) and the shipped digits."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lrgui.assets import resources_dir
from lrgui.cli import main
from lrgui.data import ImageFormat, discover_classes, list_images, load_model
from lrgui.data import samples, shapes
from lrgui.data.samples import list_samples, sample_folder, sample_settings, shapes_folder
from lrgui.errors import DataError

DIGITS = resources_dir() / "samples" / "digits"


def pixels(folder: Path) -> dict[str, np.ndarray]:
    """Every image below ``folder``, decoded, by relative path."""
    return {str(p.relative_to(folder)): np.asarray(Image.open(p)) for p in list_images(folder)}


def use_cache(monkeypatch, folder: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# ------------------------------------------------------------------ registry
def test_every_sample_has_a_description_and_settings():
    names = [name for name, _ in list_samples()]
    assert names == ["shapes", "digits"]
    for name, description in list_samples():
        assert description
        assert set(sample_settings(name)) == {"size", "grayscale", "learning_rate", "epochs"}


def test_settings_are_a_copy():
    sample_settings("digits")["epochs"] = 1
    assert sample_settings("digits")["epochs"] == 1000


def test_unknown_sample_is_a_data_error_naming_the_samples():
    with pytest.raises(DataError, match="shapes, digits"):
        sample_folder("cats")
    with pytest.raises(DataError):
        sample_settings("cats")


# -------------------------------------------------------------------- shapes
def test_shapes_layout_in_the_user_cache(isolated_user_dirs):
    folder = sample_folder("shapes")
    assert folder == isolated_user_dirs / ".cache" / "lrgui" / "samples" / f"shapes-v{samples.SHAPES_VERSION}-seed0"
    classes = discover_classes([folder])
    assert [c.name for c in classes] == ["circle", "square", "triangle"]
    for c in classes:
        assert [p.name for p in c.train] == [c.name] and [p.parent.name for p in c.train] == ["train"]
        assert [p.parent.name for p in c.test] == ["test"]
        assert len(list_images(c.train[0])) == 100
        assert len(list_images(c.test[0])) == 30
    image = Image.open(list_images(folder)[0])
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (64, 64))


def test_shapes_are_the_same_pixels_for_the_same_seed(tmp_path, monkeypatch):
    use_cache(monkeypatch, tmp_path / "one")
    first = pixels(shapes_folder(0))
    use_cache(monkeypatch, tmp_path / "two")
    started = time.perf_counter()
    second = pixels(shapes_folder(0))
    print(f"\nshapes: {len(second)} images generated in {time.perf_counter() - started:.2f} s")
    assert first.keys() == second.keys() and len(first) == 390
    assert all(np.array_equal(first[name], second[name]) for name in first)

    other = pixels(shapes_folder(1))
    assert other.keys() == first.keys()
    assert not any(np.array_equal(first[name], other[name]) for name in first)


def test_one_picture_does_not_depend_on_the_others():
    alone = shapes.render_shapes(["triangle"], [shapes.image_rng(0, "train", "triangle", 7)])[0]
    batch = shapes.render_shapes(
        ["circle", "triangle"], [shapes.image_rng(0, "train", "circle", 3), shapes.image_rng(0, "train", "triangle", 7)]
    )
    assert np.array_equal(alone, batch[1])


def test_colour_does_not_give_the_class_away():
    """Mean colours of the classes are close, relative to how much colour varies within a class."""
    means = {}
    for kind in shapes.SHAPE_CLASSES:
        pictures = shapes.render_shapes([kind] * 60, [shapes.image_rng(5, "train", kind, i) for i in range(60)])
        means[kind] = pictures.reshape(60, -1, 3).mean(axis=1)  # one mean colour per picture
    spread = np.mean([m.std(axis=0) for m in means.values()])
    centres = np.array([m.mean(axis=0) for m in means.values()])
    assert np.abs(centres - centres.mean(axis=0)).max() < spread


def test_shapes_generation_is_quick(tmp_path, monkeypatch):
    use_cache(monkeypatch, tmp_path)
    started = time.perf_counter()
    shapes_folder(3)
    seconds = time.perf_counter() - started
    print(f"\nshapes: generated in {seconds:.2f} s")
    assert seconds < 10  # well under a second on an idle machine; loose because test machines are busy


def test_a_complete_sample_is_reused(monkeypatch):
    folder = sample_folder("shapes")
    first_file = list_images(folder)[0]
    before = first_file.stat().st_mtime_ns

    def must_not_draw(*args, **kwargs):
        raise AssertionError("the complete sample was drawn again")

    monkeypatch.setattr(shapes, "write_shapes", must_not_draw)
    assert sample_folder("shapes") == folder
    assert first_file.stat().st_mtime_ns == before


def test_an_incomplete_sample_is_drawn_again():
    folder = sample_folder("shapes")
    missing = list_images(folder)[5]
    missing.unlink()
    assert sample_folder("shapes") == folder
    assert missing.exists() and len(list_images(folder)) == 390


def test_a_crash_while_drawing_leaves_nothing_behind(monkeypatch):
    real_write = shapes.write_shapes

    def crash(folder, seed, progress=None):
        Path(folder, "train", "circle").mkdir(parents=True)
        Path(folder, "train", "circle", "circle_000.jpg").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shapes, "write_shapes", crash)
    with pytest.raises(DataError, match="No space left on device"):
        sample_folder("shapes")
    parent = samples.samples_cache_folder()
    assert list(parent.iterdir()) == []  # neither a sample nor a temporary folder

    monkeypatch.setattr(shapes, "write_shapes", real_write)
    assert len(list_images(sample_folder("shapes"))) == 390


def test_leftover_temporary_folders_are_ignored_and_old_ones_cleaned():
    parent = samples.samples_cache_folder()
    name = f"shapes-v{samples.SHAPES_VERSION}-seed0"
    old = parent / f".{name}.crashed.tmp"
    recent = parent / f".{name}.working.tmp"
    for leftover in (old, recent):
        (leftover / "train" / "circle").mkdir(parents=True)
        (leftover / "train" / "circle" / "circle_000.jpg").write_bytes(b"half")
    an_hour_ago = time.time() - samples.STALE_TEMP_SECONDS - 60
    os.utime(old, (an_hour_ago, an_hour_ago))

    folder = sample_folder("shapes")
    assert folder == parent / name and len(list_images(folder)) == 390
    assert not old.exists()  # left by a crash long ago
    assert recent.exists()  # maybe another process at work: left alone
    assert sorted(p.name for p in parent.iterdir()) == sorted([name, recent.name])


def test_progress_is_reported_while_drawing():
    calls = []
    sample_folder("shapes", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 390) and calls[-1] == (390, 390)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    calls.clear()
    sample_folder("shapes", progress=lambda done, total: calls.append((done, total)))
    assert calls == []  # already there: nothing drawn


def test_training_on_shapes_with_the_default_settings_learns_but_not_trivially(capsys):
    status, out, err = run(capsys, "train", "--sample", "shapes", "--json", "--out", "")
    assert status == 0, err
    result = json.loads(out)
    print(f"\nshapes: train {result['train_accuracy']:.3f}, test {result['test_accuracy']:.3f}, "
          f"cost {result['costs'][0][1]:.3f} -> {result['costs'][-1][1]:.3f}")
    assert result["classes"] == ["circle", "square", "triangle"]
    assert (result["n_train"], result["n_test"]) == (300, 90)
    assert (result["learning_rate"], result["iterations"]) == (0.005, 2000)
    assert result["train_accuracy"] >= 0.90
    assert result["test_accuracy"] >= 0.85
    assert not result["diverged"]
    # Not trivial: the cost falls steadily and a lot (from ln 3 = 1.10), yet at
    # the end the model is still far from certain, so the curve tells a story.
    costs = [cost for _, cost in result["costs"]]
    assert all(later <= earlier for earlier, later in zip(costs, costs[1:]))
    assert 0.05 < costs[-1] < 0.25 * costs[0]
    assert costs[1] > 2 * costs[-1]  # still falling visibly after the first 100 iterations


# -------------------------------------------------------------------- digits
needs_digits = pytest.mark.skipif(not (DIGITS / "train").is_dir(), reason="the digits sample is not in resources/")


@needs_digits
def test_digits_layout():
    folder = sample_folder("digits")
    assert folder == DIGITS
    classes = discover_classes([folder])
    assert [c.name for c in classes] == [str(d) for d in range(10)]
    assert sum(len(list_images(c.train[0])) for c in classes) == 1438
    assert sum(len(list_images(c.test[0])) for c in classes) == 359
    image = Image.open(list_images(classes[3].train[0])[0])
    assert (image.format, image.mode, image.size) == ("PNG", "L", (8, 8))
    values = np.asarray(image)
    assert np.median(values) > 200  # white paper, dark ink
    assert (DIGITS / "README.md").is_file()


@needs_digits
def test_training_on_digits_uses_the_recommended_settings(capsys):
    status, out, err = run(capsys, "train", "--sample", "digits", "--json", "--out", "")
    assert status == 0, err
    result = json.loads(out)
    print(f"\ndigits: train {result['train_accuracy']:.3f}, test {result['test_accuracy']:.3f}")
    assert (result["learning_rate"], result["iterations"]) == (1.0, 1000)
    assert result["test_accuracy"] >= 0.95


@needs_digits
def test_flags_given_by_the_user_win_over_the_recommended_ones(capsys, tmp_path):
    model = tmp_path / "digits.lrgui.h5"
    status, out, err = run(capsys, "train", "--sample", "digits", "--json", "--epochs", "5", "--size", "4", "--out", model)
    assert status == 0, err
    result = json.loads(out)
    assert (result["learning_rate"], result["iterations"]) == (1.0, 5)
    assert load_model(model).image_format == ImageFormat(4, grayscale=True)  # --size won, grayscale stayed


# ------------------------------------------------------------------------ CLI
def test_sample_list(capsys):
    status, out, err = run(capsys, "train", "--sample", "list")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["shapes", "digits"]
    assert all(line.split("\t")[1] for line in lines)


def test_unknown_sample_is_one_line_and_status_2(capsys):
    status, out, err = run(capsys, "train", "--sample", "cats")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "Unknown sample 'cats'" in err


def test_sample_and_folders_together_are_refused(capsys, tmp_path):
    status, out, err = run(capsys, "train", "--sample", "shapes", tmp_path)
    assert status == 2
    assert err.count("\n") == 1 and "only one source of data" in err
    assert not samples.samples_cache_folder().exists()  # refused before drawing anything
