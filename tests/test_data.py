"""Finding class folders, listing their images and loading them into datasets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lrgui.data import (
    ImageFormat,
    LoadingCancelled,
    attach_test_folders,
    discover_classes,
    hold_out,
    list_images,
    load_class_folders,
)
from lrgui.data.selection import ClassSelection, not_label, prepare
from lrgui.errors import DataError
from tests.imagegen import draw_image, make_class_folders

SMALL = ImageFormat(size=8)

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks need POSIX")


def write_images(folder: Path, cls: str, count: int, seed: int = 0, prefix: str = "img") -> list[Path]:
    """``count`` small PNGs of class ``cls`` in ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(count):
        path = folder / f"{prefix}_{i:03d}.png"
        draw_image(cls, rng, 16).save(path)
        paths.append(path)
    return paths


def load(paths, **kwargs):
    return load_class_folders(discover_classes([str(p) for p in paths]), SMALL, **kwargs)


def file_names(paths) -> list[str]:
    return [Path(p).name for p in paths]


# ------------------------------------------------------------------ layouts
def test_layout_a_several_class_folders(tmp_path):
    write_images(tmp_path / "cats", "red", 3)
    write_images(tmp_path / "elsewhere" / "dogs", "blue", 4)
    data = load([tmp_path / "elsewhere" / "dogs", tmp_path / "cats"])

    # classes in the order the folders were given, named after the folders
    assert data.classes == ["dogs", "cats"]
    assert data.train.counts() == {"dogs": 4, "cats": 3}
    assert data.test is None and data.skipped == []
    assert data.train.X.shape == (7, SMALL.n_features) and data.train.X.dtype == np.uint8


def test_layout_b_parent_with_class_subfolders(image_folders):
    data = load([image_folders])
    assert data.classes == ["blue", "red"]  # sorted
    assert data.train.counts() == {"blue": 24, "red": 24}
    assert data.train.image_format == SMALL
    # the rows really are the images: red images are redder than blue ones
    pixels = data.train.X.reshape(-1, 8, 8, 3).astype(float)
    red = pixels[data.train.y == "red"]
    blue = pixels[data.train.y == "blue"]
    assert red[..., 0].mean() > blue[..., 0].mean() and blue[..., 2].mean() > red[..., 2].mean()


@pytest.mark.parametrize("train_name, test_name", [("train", "test"), ("Training", "Testing")])
def test_layout_c_train_and_test_folders(tmp_path, train_name, test_name):
    for cls, n_train, n_test in (("red", 5, 2), ("blue", 4, 3)):
        write_images(tmp_path / train_name / cls, cls, n_train, prefix="tr")
        write_images(tmp_path / test_name / cls, cls, n_test, seed=1, prefix="te")
    data = load([tmp_path])
    assert data.classes == ["blue", "red"]
    assert data.train.counts() == {"blue": 4, "red": 5}
    assert data.test.counts() == {"blue": 3, "red": 2}
    assert all(Path(p).name.startswith("tr") for p in data.train.paths)
    assert all(Path(p).name.startswith("te") for p in data.test.paths)


def test_test_folders_given_separately_are_matched_by_class_name(tmp_path):
    for cls in ("red", "blue"):
        write_images(tmp_path / "train" / cls, cls, 4)
        write_images(tmp_path / "holdout" / cls, cls, 2, seed=5)
    classes = discover_classes([tmp_path / "train" / "red", tmp_path / "train" / "blue"])
    attach_test_folders(classes, [tmp_path / "holdout"])
    data = load_class_folders(classes, SMALL)
    assert data.test.counts() == {"red": 2, "blue": 2}

    write_images(tmp_path / "other" / "green", "green", 1)
    with pytest.raises(DataError, match="'green'.*not a training class"):
        attach_test_folders(classes, [tmp_path / "other" / "green", tmp_path / "holdout" / "red"])


def test_nested_subfolders_count_for_their_class(tmp_path):
    write_images(tmp_path / "red", "red", 2)
    write_images(tmp_path / "red" / "2019" / "summer", "red", 3, prefix="deep")
    write_images(tmp_path / "blue" / "only" / "nested", "blue", 2)
    data = load([tmp_path])
    assert data.train.counts() == {"blue": 2, "red": 5}
    red_paths = [p for p, y in zip(data.train.paths, data.train.y) if y == "red"]
    assert sum("summer" in p for p in red_paths) == 3


@needs_symlinks
def test_symlinked_folders_are_not_followed(tmp_path):
    write_images(tmp_path / "red", "red", 2)
    write_images(tmp_path / "blue", "blue", 3)
    os.symlink(tmp_path / "blue", tmp_path / "red" / "link_to_blue")
    os.symlink(tmp_path / "red", tmp_path / "red" / "loop_to_self")
    os.symlink(tmp_path, tmp_path / "blue" / "loop_to_parent")
    os.symlink(tmp_path / "blue", tmp_path / "blue_again")  # not a second class

    assert file_names(list_images(tmp_path / "red")) == ["img_000.png", "img_001.png"]
    assert len(list_images(tmp_path)) == 5
    data = load([tmp_path])
    assert data.classes == ["blue", "red"]
    assert data.train.counts() == {"blue": 3, "red": 2}


def test_listing_is_sorted_and_independent_of_creation_order(tmp_path):
    folder = tmp_path / "red"
    (folder / "sub").mkdir(parents=True)
    rng = np.random.default_rng(0)
    for name in ["b.png", "a.png", "c.jpg", "B.png", "10.png", "2.png"]:
        draw_image("red", rng, 8).save(folder / name)
    draw_image("red", rng, 8).save(folder / "sub" / "0.png")
    assert file_names(list_images(folder)) == ["10.png", "2.png", "B.png", "a.png", "b.png", "c.jpg", "0.png"]


def test_seeded_hold_out_is_reproducible(image_folders):
    def split(seed):
        data = load([image_folders], test_fraction=0.25, seed=seed)
        return data.train.paths, data.test.paths

    train, test = split(0)
    assert (train, test) == split(0)
    assert split(1) != (train, test)
    assert not set(train) & set(test)
    assert len(train) + len(test) == 48
    # stratified: a quarter of each class is held out
    data = load([image_folders], test_fraction=0.25)
    assert data.test.counts() == {"blue": 6, "red": 6}


def test_hold_out_keeps_at_least_one_training_row_per_class(image_folders):
    data = load([image_folders]).train
    train, test = hold_out(data, 0.99, seed=0)
    assert train.counts() == {"blue": 1, "red": 1}
    with pytest.raises(DataError, match="test fraction"):
        hold_out(data, 1.0)


def test_hidden_files_and_junk_are_ignored_silently(tmp_path):
    write_images(tmp_path / "red", "red", 2)
    write_images(tmp_path / "blue", "blue", 2)
    red = tmp_path / "red"
    for junk in (".DS_Store", "Thumbs.db", "desktop.ini", "notes.txt", "model.lrgui.h5", "README"):
        (red / junk).write_bytes(b"not an image")
    (red / ".hidden.png").write_bytes(b"garbage")
    shutil.copy(red / "img_000.png", red / "._img_000.png")  # macOS resource fork twin
    for hidden_dir in (".thumbnails", "__MACOSX"):
        write_images(red / hidden_dir, "red", 2)

    data = load([tmp_path])
    assert data.skipped == []
    assert data.train.counts() == {"blue": 2, "red": 2}
    assert file_names(list_images(red)) == ["img_000.png", "img_001.png"]


def test_unreadable_images_are_skipped_with_a_reason(tmp_path):
    write_images(tmp_path / "red", "red", 2)
    write_images(tmp_path / "blue", "blue", 2)
    (tmp_path / "red" / "broken.jpg").write_bytes(b"")
    data = load([tmp_path])
    assert data.train.counts() == {"blue": 2, "red": 2}
    assert [(Path(s.path).name, s.reason) for s in data.skipped] == [("broken.jpg", "empty file (0 bytes)")]


# ------------------------------------------------------------------ selection
@pytest.fixture
def four_classes(tmp_path) -> Path:
    return make_class_folders(tmp_path / "four", classes=("red", "blue", "green", "yellow"), per_class=6, size=16)


def test_selection_of_a_subset_of_classes(four_classes):
    data = load([four_classes], selection=ClassSelection(classes=("yellow", "blue")))
    assert data.classes == ["blue", "yellow"]  # folder order, not the order asked
    assert data.train.counts() == {"blue": 6, "yellow": 6}


def test_selection_caps_images_per_class_with_a_seeded_sample(four_classes):
    def pick(seed):
        return load([four_classes], selection=ClassSelection(per_class=4, seed=seed)).train

    data = pick(0)
    assert data.counts() == {"blue": 4, "green": 4, "red": 4, "yellow": 4}
    assert data.paths == pick(0).paths
    assert data.paths != pick(3).paths


def test_one_vs_rest_samples_an_equal_number_of_others(four_classes):
    def pick(seed):
        return load([four_classes], selection=ClassSelection(positive="green", seed=seed)).train

    data = pick(0)
    assert data.classes == ["green", "not green"]
    assert data.counts() == {"green": 6, "not green": 6}
    others = {Path(p).parent.name for p, y in zip(data.paths, data.y) if y == not_label("green")}
    assert others <= {"red", "blue", "yellow"}
    assert data.paths == pick(0).paths and data.paths != pick(1).paths


def test_selection_is_applied_before_decoding(four_classes):
    """Only the chosen files are decoded: progress counts them, not the whole folder."""
    totals = []
    load([four_classes], selection=ClassSelection(classes=("red", "blue"), per_class=2),
         progress=lambda done, total: totals.append(total))
    assert set(totals) == {4}


def test_prepare_applies_the_selection_to_a_loaded_dataset(four_classes):
    everything = load([four_classes])
    chosen = prepare(everything, ClassSelection(classes=("red", "blue", "green"), per_class=5, seed=2), test_fraction=0.2)
    assert chosen.classes == ["blue", "green", "red"]
    assert chosen.train.counts() == {"blue": 4, "green": 4, "red": 4}
    assert chosen.test.counts() == {"blue": 1, "green": 1, "red": 1}

    one_vs_rest = prepare(everything, ClassSelection(positive="red"))
    assert one_vs_rest.classes == ["red", "not red"]
    assert one_vs_rest.train.counts() == {"red": 6, "not red": 6}
    assert one_vs_rest.test is None

    # the same choice made before and after loading picks the same files
    before = load([four_classes], selection=ClassSelection(per_class=3, seed=7)).train
    after = prepare(everything, ClassSelection(per_class=3, seed=7)).train
    assert sorted(before.paths) == sorted(after.paths)


@pytest.mark.parametrize(
    "selection, message",
    [
        (ClassSelection(classes=("red", "purple")), "Unknown class 'purple'"),
        (ClassSelection(positive="purple"), "Unknown class 'purple'"),
        (ClassSelection(classes=("red",)), "at least two classes"),
        (ClassSelection(per_class=0), "at least 1"),
        (ClassSelection(classes=("red", "blue"), positive="green"), "not among the chosen"),
    ],
)
def test_impossible_selections_are_refused(four_classes, selection, message):
    with pytest.raises(DataError, match=message):
        load([four_classes], selection=selection)


# ------------------------------------------------------------ progress, stop
def test_progress_reaches_the_total(image_folders):
    calls = []
    load([image_folders], progress=lambda done, total: calls.append((done, total)), workers=2)
    assert calls[0] == (0, 48)
    assert calls[-1] == (48, 48)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


@pytest.mark.parametrize("workers", [None, 1, 2])  # None: the default (one thread for these small files)
def test_should_stop_cancels_loading(image_folders, workers):
    asked = 0

    def should_stop():
        nonlocal asked
        asked += 1
        return asked > 5

    with pytest.raises(LoadingCancelled):
        load([image_folders], should_stop=should_stop, workers=workers)
    assert asked == 6


def test_small_files_are_decoded_on_one_thread_large_ones_on_every_core(tmp_path, monkeypatch):
    from lrgui.data import loader

    monkeypatch.setattr(loader, "usable_cores", lambda: 4)
    small = [tmp_path / f"s{i}.jpg" for i in range(40)]
    large = [tmp_path / f"l{i}.jpg" for i in range(40)]
    for path in small:
        path.write_bytes(b"x" * 900)  # a CIFAR-10 JPEG's size
    for path in large:
        path.write_bytes(b"x" * 9_000)  # a Caltech-101 photo's
    assert loader.default_workers(small) == 1
    assert loader.default_workers(large) == 4
    assert loader.default_workers() == 4
    assert loader.default_workers([tmp_path / "missing.jpg"]) == 4  # nothing to go by: every core


# --------------------------------------------------------------------- errors
def test_missing_folder_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="Folder not found: .*nowhere"):
        discover_classes([tmp_path / "nowhere"])
    (tmp_path / "file.png").write_bytes(b"x")
    with pytest.raises(DataError, match="Not a folder"):
        discover_classes([tmp_path / "file.png"])
    with pytest.raises(DataError, match="No folder"):
        discover_classes([])


def test_empty_class_folder_is_a_data_error(tmp_path):
    write_images(tmp_path / "red", "red", 3)
    (tmp_path / "blue").mkdir()
    (tmp_path / "blue" / "notes.txt").write_text("no images here")
    with pytest.raises(DataError, match="Class 'blue' has no images"):
        load([tmp_path])


def test_class_with_only_unreadable_images_is_a_data_error(tmp_path):
    write_images(tmp_path / "red", "red", 3)
    (tmp_path / "blue").mkdir()
    (tmp_path / "blue" / "a.jpg").write_bytes(b"\xff\xd8\xff garbage")
    with pytest.raises(DataError, match="Class 'blue' has no readable images"):
        load([tmp_path])


@pytest.mark.parametrize("layout", ["parent", "class folder"])
def test_a_single_class_is_a_data_error(tmp_path, layout):
    write_images(tmp_path / "red", "red", 3)
    with pytest.raises(DataError, match="at least two classes; found 1 \\('red'\\)"):
        load([tmp_path] if layout == "parent" else [tmp_path / "red"])


def test_two_class_folders_with_the_same_name_are_refused(tmp_path):
    write_images(tmp_path / "a" / "cat", "red", 1)
    write_images(tmp_path / "b" / "cat", "blue", 1)
    with pytest.raises(DataError, match="both named 'cat'"):
        discover_classes([tmp_path / "a" / "cat", tmp_path / "b" / "cat"])


def test_grayscale_format_gives_one_channel(image_folders):
    data = load_class_folders(discover_classes([image_folders]), ImageFormat(size=6, grayscale=True))
    assert data.train.X.shape == (48, 36)
    png = image_folders / "red" / "img_001.png"
    image = Image.open(png).convert("L").resize((6, 6), Image.Resampling.BILINEAR)
    row = data.train.X[data.train.paths.index(str(png))]
    assert np.abs(row.astype(int) - np.asarray(image, dtype=int).reshape(-1)).max() <= 3


# ------------------------------------------------------- what the operating system will not give
is_root = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(
    is_root or os.name == "nt", reason="chmod 000 does not stop root (the monkeypatched variants run instead)"
)


@pytest.fixture
def refuse(monkeypatch):
    """``refuse(path)`` makes listing that folder, or opening that file, fail with EACCES, as chmod 000 does for others than root."""
    refused: set[str] = set()
    real_scandir, real_open = os.scandir, os.open

    def guard(real):
        def refusing(path, *args, **kwargs):
            if isinstance(path, (str, os.PathLike)) and os.fspath(path) in refused:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)

        return refusing

    monkeypatch.setattr(os, "scandir", guard(real_scandir))
    monkeypatch.setattr(os, "open", guard(real_open))
    return lambda path: refused.add(str(path))


def unreadable_layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """red/ with a readable and an unreadable subfolder and an unreadable image; blue/ is fine."""
    write_images(tmp_path / "red", "red", 3)
    write_images(tmp_path / "red" / "locked", "red", 2, prefix="hidden")
    write_images(tmp_path / "blue", "blue", 3)
    return tmp_path / "red" / "locked", tmp_path / "red" / "img_001.png", tmp_path


def assert_unreadable_reported(data, locked_folder: Path, locked_file: Path) -> None:
    assert data.train.counts() == {"blue": 3, "red": 2}
    reasons = {s.path: s.reason for s in data.skipped}
    assert reasons == {str(locked_folder): "permission denied", str(locked_file): "permission denied"}


def test_unreadable_subfolders_and_files_are_listed_as_skipped(tmp_path, refuse):
    locked_folder, locked_file, root = unreadable_layout(tmp_path)
    refuse(locked_folder)
    refuse(locked_file)
    assert_unreadable_reported(load([root]), locked_folder, locked_file)


@needs_permissions
def test_unreadable_subfolders_and_files_with_real_permissions(tmp_path):
    locked_folder, locked_file, root = unreadable_layout(tmp_path)
    locked_folder.chmod(0)
    locked_file.chmod(0)
    try:
        assert_unreadable_reported(load([root]), locked_folder, locked_file)
    finally:
        locked_folder.chmod(0o755)
        locked_file.chmod(0o644)


def test_list_images_reports_unreadable_folders_only_when_asked(tmp_path, refuse):
    locked_folder, _, root = unreadable_layout(tmp_path)
    refuse(locked_folder)
    assert len(list_images(root / "red")) == 3  # the old call still works, listing what it can
    skipped = []
    list_images(root / "red", skipped)
    assert [(s.path, s.reason) for s in skipped] == [(str(locked_folder), "permission denied")]


def test_an_unreadable_class_folder_is_one_sentence(tmp_path, refuse):
    write_images(tmp_path / "train" / "red", "red", 2)
    write_images(tmp_path / "train" / "blue", "blue", 2)
    refuse(tmp_path / "train")
    with pytest.raises(DataError, match=r"^Cannot read folder .*train: permission denied\.$"):
        load([tmp_path])
    refuse(tmp_path / "alone")
    (tmp_path / "alone").mkdir()
    with pytest.raises(DataError, match="permission denied"):
        load([tmp_path / "alone", tmp_path / "train" / "red"])


def test_a_class_whose_only_folder_is_unreadable_says_so(tmp_path, refuse):
    write_images(tmp_path / "red" / "inner", "red", 2)
    write_images(tmp_path / "blue", "blue", 2)
    refuse(tmp_path / "red" / "inner")
    with pytest.raises(DataError, match=r"'red' has no images.*1 folders could not be read"):
        load([tmp_path])


# ------------------------------------------------------------------- odd names and odd trees
def test_odd_file_names_load(tmp_path):
    names = ["new\nline.png", "tab\there.png", "\x1b[31mred.png", "ünïcødé 画像.png", "-dash.png", " space .png", "x" * 200 + ".png"]
    (tmp_path / "red").mkdir()
    for i, name in enumerate(names):
        draw_image("red", np.random.default_rng(i), 16).save(tmp_path / "red" / name, format="PNG")
    if os.name != "nt":  # a name that is not UTF-8, as an old camera or archive may write
        latin1 = os.fsencode(tmp_path / "red") + b"/caf\xe9.png"
        draw_image("red", np.random.default_rng(9), 16).save(os.fsdecode(latin1), format="PNG")
        names.append(os.fsdecode(b"caf\xe9.png"))
    write_images(tmp_path / "blue", "blue", 2)
    data = load([tmp_path])
    assert data.skipped == []
    assert sorted(Path(p).name for p, y in zip(data.train.paths, data.train.y) if y == "red") == sorted(names)


@needs_symlinks
def test_symlink_loops_and_dangling_links_are_skipped_with_a_reason(tmp_path):
    write_images(tmp_path / "red", "red", 2)
    write_images(tmp_path / "blue", "blue", 2)
    os.symlink(tmp_path / "red" / "loop_b.png", tmp_path / "red" / "loop_a.png")
    os.symlink(tmp_path / "red" / "loop_a.png", tmp_path / "red" / "loop_b.png")
    os.symlink(tmp_path / "nowhere.png", tmp_path / "red" / "dangling.png")
    os.symlink(tmp_path / "blue", tmp_path / "red" / "folder.png")  # a folder with an image's name
    data = load([tmp_path])
    assert data.train.counts() == {"blue": 2, "red": 2}
    reasons = {Path(s.path).name: s.reason for s in data.skipped}
    assert set(reasons) == {"loop_a.png", "loop_b.png", "dangling.png", "folder.png"}
    assert "symbolic links" in reasons["loop_a.png"] and "not found" in reasons["dangling.png"]
    assert all("Traceback" not in r and "\n" not in r for r in reasons.values())


def test_folders_nested_deeper_than_the_recursion_limit(tmp_path):
    import sys

    top = str(tmp_path / "red")
    os.mkdir(top)
    levels = [top]
    while len(levels) <= sys.getrecursionlimit() + 10 and len(os.fsencode(levels[-1])) < 3800:
        levels.append(levels[-1] + "/d")
        os.mkdir(levels[-1])  # one at a time: makedirs itself recurses
    try:
        draw_image("red", np.random.default_rng(0), 16).save(Path(levels[-1], "deep.png"))
        write_images(tmp_path / "red", "red", 1)
        write_images(tmp_path / "blue", "blue", 2)
        assert len(levels) > 1000
        data = load([tmp_path])
        assert data.train.counts() == {"blue": 2, "red": 2}
    finally:  # shutil.rmtree (and so pytest's clean-up) recurses, and would fail on this tree
        os.remove(Path(levels[-1], "deep.png"))
        for level in reversed(levels[1:]):
            os.rmdir(level)
