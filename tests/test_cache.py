"""The HDF5 dataset cache: same results as decoding, only changed files decoded again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

import lrgui.data.cache as cache_module
from lrgui.data.cache import ImageCache, default_cache_folder
from lrgui.data.dataset import ImageFormat
from lrgui.data.folders import discover_classes, list_images
from lrgui.data.loader import LoadingCancelled, load_class_folders, load_files
from tests.imagegen import draw_image, make_class_folders

FORMAT = ImageFormat(size=16)


@pytest.fixture
def folders(image_folders: Path) -> Path:
    """The two class folders plus one file in 'red' that is not an image."""
    (image_folders / "red" / "broken.jpg").write_bytes(b"this is not a JPEG")
    return image_folders


@pytest.fixture
def decoded(monkeypatch) -> list[str]:
    """Records the path of every file the cache hands to the decoder."""
    seen: list[str] = []

    def spy(paths, *args, **kwargs):
        seen.extend(str(p) for p in paths)
        return load_files(paths, *args, **kwargs)

    monkeypatch.setattr(cache_module, "load_files", spy)
    return seen


def all_paths(root: Path) -> list[Path]:
    return list_images(root / "red") + list_images(root / "blue")


def assert_same(result, expected) -> None:
    X, loaded, skipped = result
    X0, loaded0, skipped0 = expected
    assert X.dtype == np.uint8 and X.shape == X0.shape
    assert np.array_equal(X, X0)
    assert loaded == loaded0
    assert skipped == skipped0


def touch_later(path: Path) -> None:
    """Moves the modification time on by a second, whatever the file system's clock granularity."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_default_folder_is_in_the_user_cache_dir():
    assert default_cache_folder() == Path(os.environ["XDG_CACHE_HOME"]) / "lrgui" / "datasets"
    assert ImageCache().folder == default_cache_folder()


def test_second_load_equals_the_first_and_decodes_nothing(folders, tmp_path, decoded):
    paths = all_paths(folders)
    expected = load_files(paths, FORMAT)
    assert len(expected[2]) == 1 and expected[2][0].path.endswith("broken.jpg")
    cache = ImageCache(tmp_path / "cache")

    assert_same(cache.load_files(paths, FORMAT), expected)
    assert len(decoded) == len(paths)
    assert cache.size_bytes() > 0

    decoded.clear()
    progress: list[tuple[int, int]] = []
    second = cache.load_files(paths, FORMAT, progress=lambda done, total: progress.append((done, total)))
    assert_same(second, expected)  # the skipped file is still reported, with its reason
    assert decoded == []
    assert progress[0] == (0, len(paths)) and progress[-1] == (len(paths), len(paths))


def test_a_subset_in_another_order_comes_from_the_cache(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    cache.load_files(paths, FORMAT)
    decoded.clear()
    subset = paths[::-3]
    assert_same(cache.load_files(subset, FORMAT), load_files(subset, FORMAT))
    assert decoded == []


def test_a_file_asked_for_twice(folders, tmp_path, decoded):
    paths = all_paths(folders)[:3] * 2
    cache = ImageCache(tmp_path / "cache")
    for _ in range(2):
        assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert len(decoded) == len(paths)  # decoded on the first load only


def test_only_changed_and_added_files_are_decoded_again(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    cache.load_files(paths, FORMAT)

    changed = folders / "blue" / "img_000.jpg"
    draw_image("red", np.random.default_rng(99)).save(changed, quality=90)
    touch_later(changed)
    added = folders / "blue" / "new.png"
    draw_image("blue", np.random.default_rng(7)).save(added)
    removed = folders / "red" / "img_001.png"
    removed.unlink()

    paths = all_paths(folders)
    decoded.clear()
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert sorted(decoded) == sorted([str(changed), str(added)])

    decoded.clear()
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert decoded == []


def test_a_repaired_file_is_no_longer_skipped(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    assert len(cache.load_files(paths, FORMAT)[2]) == 1
    broken = folders / "red" / "broken.jpg"
    draw_image("red", np.random.default_rng(3)).save(broken, format="JPEG")
    touch_later(broken)
    decoded.clear()
    X, loaded, skipped = cache.load_files(paths, FORMAT)
    assert skipped == [] and len(loaded) == len(paths)
    assert decoded == [str(broken)]


def test_image_format_is_part_of_the_key(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    small = cache.load_files(paths, FORMAT)
    decoded.clear()
    for image_format in (ImageFormat(size=8), ImageFormat(size=16, grayscale=True)):
        assert_same(cache.load_files(paths, image_format), load_files(paths, image_format))
        assert len(decoded) == len(paths)
        decoded.clear()
    assert_same(cache.load_files(paths, FORMAT), small)  # the first format's entries survive
    assert decoded == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_corrupt_cache_file_is_discarded_and_rebuilt(folders, tmp_path, decoded, damage):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    expected = cache.load_files(paths, FORMAT)
    stores = sorted((tmp_path / "cache").glob("*.h5"))
    assert len(stores) == 2  # one per image folder
    for store in stores:
        data = store.read_bytes()
        store.write_bytes({"garbage": b"\x00junk" * 500, "truncated": data[: len(data) // 2], "empty": b""}[damage])

    decoded.clear()
    assert_same(cache.load_files(paths, FORMAT), expected)
    assert len(decoded) == len(paths)
    decoded.clear()
    assert_same(cache.load_files(paths, FORMAT), expected)
    assert decoded == []


def test_eviction_keeps_the_cache_under_its_bound_dropping_the_least_recently_used(tmp_path, decoded):
    root = make_class_folders(tmp_path / "many", classes=("red", "blue", "green", "yellow"), per_class=10)
    image_format = ImageFormat(size=32)
    one_folder = 10 * image_format.n_features
    cache = ImageCache(tmp_path / "cache", max_bytes=int(2.5 * one_folder) + 20_000)

    def load(name: str) -> int:
        """Loads one class folder; returns how many of its files were decoded."""
        decoded.clear()
        cache.load_files(list_images(root / name), image_format)
        assert cache.size_bytes() <= cache.max_bytes
        time.sleep(0.02)  # keep "last used" times apart on coarse file system clocks
        return len(decoded)

    assert [load(name) for name in ("red", "blue")] == [10, 10]
    assert load("red") == 0  # from the cache, and now used more recently than blue
    assert load("green") == 10  # no room for three: blue goes
    assert len(list((tmp_path / "cache").glob("*.h5"))) == 2
    assert load("red") == 0
    assert load("blue") == 10


def test_clear_empties_the_cache(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    cache.load_files(paths, FORMAT)
    assert cache.size_bytes() > 0
    cache.clear()
    assert cache.size_bytes() == 0
    decoded.clear()
    cache.load_files(paths, FORMAT)
    assert len(decoded) == len(paths)


def test_cancelling_raises_and_leaves_a_usable_cache(folders, tmp_path, decoded):
    paths = all_paths(folders)
    cache = ImageCache(tmp_path / "cache")
    calls = []

    def stop_after_five() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(LoadingCancelled):
        cache.load_files(paths, FORMAT, should_stop=stop_after_five, workers=1)
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    with pytest.raises(LoadingCancelled):  # cached rows honour it too
        cache.load_files(paths, FORMAT, should_stop=lambda: True)


def test_an_unusable_cache_folder_only_makes_loading_slower(folders, tmp_path):
    paths = all_paths(folders)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("I am a file")
    cache = ImageCache(not_a_folder)
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert cache.size_bytes() == 0


def test_plugs_into_load_class_folders(folders, tmp_path):
    classes = discover_classes([folders])
    cache = ImageCache(tmp_path / "cache")
    plain = load_class_folders(classes, FORMAT, test_fraction=0.25)
    for _ in range(2):  # cold, then from the cache
        cached = load_class_folders(classes, FORMAT, test_fraction=0.25, loader=cache.load_files)
        assert np.array_equal(cached.train.X, plain.train.X) and np.array_equal(cached.test.X, plain.test.X)
        assert list(cached.train.y) == list(plain.train.y) and cached.skipped == plain.skipped


def test_two_processes_at_once_do_not_corrupt_it(folders, tmp_path, decoded):
    cache_dir = tmp_path / "cache"
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from lrgui.data.cache import ImageCache
        from lrgui.data.dataset import ImageFormat
        from lrgui.data.folders import list_images
        root = Path({str(folders)!r})
        paths = list_images(root / "red") + list_images(root / "blue")
        cache = ImageCache(Path({str(cache_dir)!r}))
        for size in (16, 8, 16, 12):
            cache.load_files(paths, ImageFormat(size=size), workers=1)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    runs = [subprocess.Popen([sys.executable, "-c", script], env=env) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]

    paths = all_paths(folders)
    cache = ImageCache(cache_dir)
    for size in (16, 8, 12):
        assert_same(cache.load_files(paths, ImageFormat(size=size)), load_files(paths, ImageFormat(size=size)))
    assert decoded == []
    assert not list(cache_dir.glob(".*.tmp"))  # no temporary file left behind
