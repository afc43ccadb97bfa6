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


# ------------------------------------------------------- a replaced file is never served stale
def replace_keeping_size_and_mtime(path: Path, in_place: bool) -> np.ndarray:
    """Puts another picture of exactly the same byte size at ``path`` and sets its mtime back; returns its pixels."""
    st = path.stat()
    rng = np.random.default_rng(5)
    original = path.read_bytes()
    other = bytearray(original)
    # Flip the pixels of an uncompressed BMP: same size, another image.
    header = int.from_bytes(original[10:14], "little")
    other[header:] = bytes(rng.integers(0, 256, len(original) - header, dtype=np.uint8))
    if in_place:
        time.sleep(0.05)  # past any file system's ctime granularity
        path.write_bytes(bytes(other))
    else:
        replacement = path.with_name(".replacement")
        replacement.write_bytes(bytes(other))
        os.replace(replacement, path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    return load_files([path], FORMAT)[0][0]


@pytest.mark.parametrize("in_place", [False, True], ids=["renamed-over", "rewritten-in-place"])
def test_a_file_replaced_with_the_same_size_and_mtime_is_decoded_again(tmp_path, in_place, decoded):
    folder = tmp_path / "pictures"
    folder.mkdir()
    path = folder / "a.bmp"
    draw_image("red", np.random.default_rng(1)).save(path)
    cache = ImageCache(tmp_path / "cache")
    first = cache.load_files([path], FORMAT)[0][0]

    expected = replace_keeping_size_and_mtime(path, in_place)
    assert not np.array_equal(expected, first)
    decoded.clear()
    X, loaded, skipped = cache.load_files([path], FORMAT)
    assert decoded == [str(path)]
    assert np.array_equal(X[0], expected)


def test_the_store_records_size_times_and_inode(folders, tmp_path):
    import h5py

    paths = all_paths(folders)[:4]
    cache = ImageCache(tmp_path / "cache")
    cache.load_files(paths, FORMAT)
    (store,) = (tmp_path / "cache").glob("*.h5")
    with h5py.File(store, "r") as f:
        assert f.attrs["version"] == cache_module.STORE_VERSION >= 2
        st = paths[0].stat()
        i = list(f["names"].asstr()[()]).index(paths[0].name)
        assert (f["sizes"][i], f["mtimes"][i], f["ctimes"][i], f["inodes"][i]) == (
            st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


# --------------------------------------------------------------- writes that cannot be made
def test_a_nearly_full_disk_skips_caching_with_a_note(folders, tmp_path, monkeypatch, decoded):
    paths = all_paths(folders)
    notes: list[str] = []
    cache = ImageCache(tmp_path / "cache", on_note=notes.append)
    needed = len(paths) * FORMAT.n_features
    usage = cache_module.shutil.disk_usage(tmp_path)
    monkeypatch.setattr(cache_module.shutil, "disk_usage", lambda _: usage._replace(free=needed))  # less than twice

    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert cache.size_bytes() == 0
    assert len(cache.notes) == 1 and notes == cache.notes
    assert "not cached" in cache.notes[0] and "free" in cache.notes[0] and cache.notes[0].count(".") <= 3

    monkeypatch.undo()
    monkeypatch.setattr(cache_module, "load_files", lambda paths, *a, **k: (decoded.extend(paths), load_files(paths, *a, **k))[1])
    cache.load_files(paths, FORMAT)
    assert cache.notes == [] and cache.size_bytes() > 0  # with room again, it caches


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(28, "No space left on device"), "the disk is full"),
        (OSError(30, "Read-only file system"), "read-only"),
        (PermissionError(13, "Permission denied"), "no permission"),
        (MemoryError(), "MemoryError"),
    ],
)
def test_a_failing_write_never_loses_the_load(folders, tmp_path, monkeypatch, error, words):
    paths = all_paths(folders)

    def failing_write(*args, **kwargs):
        raise error

    monkeypatch.setattr(cache_module, "_write_store", failing_write)
    cache = ImageCache(tmp_path / "cache")
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert len(cache.notes) == 1 and words in cache.notes[0]


def test_an_unwritable_cache_folder_still_loads(folders, tmp_path):
    paths = all_paths(folders)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    cache = ImageCache(blocked / "cache")  # mkdir fails: "Not a directory"
    assert_same(cache.load_files(paths, FORMAT), load_files(paths, FORMAT))
    assert len(cache.notes) == 1 and "not cached" in cache.notes[0]


def test_permission_denied_is_not_remembered(folders, tmp_path, monkeypatch, decoded):
    """A file skipped for its permissions is decoded again next time: the owner may have fixed them."""
    paths = all_paths(folders)
    locked = str(paths[1])
    assert not locked.endswith("broken.jpg")
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    cache = ImageCache(tmp_path / "cache")
    X, loaded, skipped = cache.load_files(paths, FORMAT)
    assert [(s.path, s.reason) for s in skipped if s.path == locked] == [(locked, "permission denied")]
    monkeypatch.setattr(os, "open", real_open)
    decoded.clear()
    X, loaded, skipped = cache.load_files(paths, FORMAT)
    assert decoded == [locked] and 1 in loaded
