"""Every awkward image file a user's folders may hold: used with the right pixels, or skipped with a reason."""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import time
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest

from lrgui.cli import main
from lrgui.data import ImageFormat, ImageReadError, list_images, load_files, load_image
from tests.corpus import (
    CHECK_FORMAT,
    HUGE_PHOTO,
    Corpus,
    case_names_by_outcome,
    decompression_bomb_png,
    make_corpus,
    noisy_photo,
    png_chunk,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def loaded(corpus):
    """Every listed file of the corpus loaded once: {path: row} and {path: reason}."""
    paths = [p for cls in ("edge", "plain", "single") for p in list_images(corpus.root / cls)]
    X, rows, skipped = load_files(paths, CHECK_FORMAT)
    return {paths[i]: X[k] for k, i in enumerate(rows)}, {Path(s.path): s.reason for s in skipped}


CASE_NAMES = case_names_by_outcome()


# ------------------------------------------------------------------- outcomes
def test_listing_holds_exactly_the_cases_loaded_or_skipped(corpus, loaded):
    rows, reasons = loaded
    expected = {c.path for c in corpus.cases if c.outcome != "ignored"}
    assert set(rows) | set(reasons) == expected
    assert not set(rows) & set(reasons)
    # symlinked folders (loops to itself and to the top, a link to another class) add nothing
    edge = corpus.root / "edge"
    in_edge = sorted(c.path for c in corpus.cases if c.outcome != "ignored" and edge in c.path.parents)
    assert list_images(edge) == sorted(in_edge, key=lambda p: p.relative_to(edge).parts)


@pytest.mark.parametrize("name", CASE_NAMES["loaded"])
def test_loaded_case_has_the_right_pixels(corpus, loaded, name):
    case = corpus.case(name)
    rows, reasons = loaded
    assert case.path in rows, f"{name} was skipped: {reasons.get(case.path)}"
    pixels = rows[case.path].reshape(CHECK_FORMAT.shape)
    if case.check is not None:
        case.check(pixels)


@pytest.mark.parametrize("name", CASE_NAMES["skipped"])
def test_skipped_case_has_its_reason(corpus, loaded, name):
    case = corpus.case(name)
    rows, reasons = loaded
    assert case.path not in rows
    assert re.search(case.reason, reasons[case.path]), reasons[case.path]
    with pytest.raises(ImageReadError, match=case.reason):
        load_image(case.path, CHECK_FORMAT)


@pytest.mark.parametrize("name", CASE_NAMES["ignored"])
def test_ignored_case_is_neither_listed_nor_reported(corpus, loaded, name):
    case = corpus.case(name)
    rows, reasons = loaded
    assert case.path.exists()
    assert case.path not in rows and case.path not in reasons
    assert case.path not in list_images(corpus.root / "edge")


def test_grayscale_conversion_of_awkward_modes(corpus):
    gray = ImageFormat(size=8, grayscale=True)
    sixteen = load_image(corpus.case("16-bit PNG").path, gray).reshape(8, 8)
    assert (sixteen[:, :3] == 255).all() and (sixteen[:, 5:] == 128).all()
    alpha = load_image(corpus.case("PNG with alpha").path, gray).reshape(8, 8)
    assert (alpha[:, 5:] == 255).all()  # transparent → white, not black
    cmyk = load_image(corpus.case("CMYK JPEG").path, gray)
    expected_red_luma = round(0.299 * 255)
    assert np.abs(cmyk.astype(int) - expected_red_luma).max() <= 4


def test_decompression_bomb_is_refused_quickly_without_allocating(corpus):
    """In a fresh interpreter, so the peak memory measured is the bomb's alone."""
    script = (
        "import resource, sys, time\n"
        "from lrgui.data import ImageFormat, ImageReadError, load_image\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    load_image(sys.argv[1], ImageFormat(64))\n"
        "except ImageReadError as exc:\n"
        "    reason = str(exc)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, reason)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(corpus.case("decompression bomb").path)],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    seconds, grown_kib, reason = out.split(" ", 2)
    assert float(seconds) < 1.0
    assert int(grown_kib) < 100 * 1024  # 100,000² RGB pixels would be 30 GB
    assert "too large" in reason and "10000000000" in reason


# lrgui.data.images silences this warning when imported, but pytest restores the
# filters it found after collecting the tests.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_threaded_loading_leaves_the_warning_filters_alone(tmp_path):
    """Warning filters are process-wide: decoding threads must not change them, even for a moment."""
    paths = []
    for i in range(200):
        path = tmp_path / f"{i:03d}.png"
        if i % 2:
            path.write_bytes(decompression_bomb_png(16_000, 10_000))  # above lrgui's limit, below Pillow's
        else:
            noisy_photo(i, 8).save(path)
        paths.append(path)
    before = list(warnings.filters)
    for _ in range(3):
        X, rows, skipped = load_files(paths, ImageFormat(8), workers=8)
        assert warnings.filters == before
    assert len(rows) == 100
    assert {s.reason for s in skipped} == {"image too large: 16,000 × 10,000 pixels (the limit is 150,000,000)"}


def test_huge_legitimate_photo_loads_quickly(corpus):
    path = corpus.case(HUGE_PHOTO).path
    start = time.perf_counter()
    row = load_image(path, ImageFormat(64))
    assert time.perf_counter() - start < 2.0
    pixels = row.reshape(64, 64, 3).astype(int)
    assert np.abs(pixels[:, :28] - (220, 20, 30)).max() <= 8
    assert np.abs(pixels[:, 36:] - (20, 160, 40)).max() <= 8


def test_a_class_of_one_image_trains_with_the_others(corpus, capsys):
    status = main(["train", str(corpus.root / "single"), str(corpus.root / "plain"),
                   "--size", "8", "--epochs", "20", "--test-fraction", "0", "--json", "--out", ""])
    assert status == 0
    result = json.loads(capsys.readouterr().out)
    assert result["classes"] == ["single", "plain"] and result["n_train"] == 7


# ------------------------------------------------------------------------ CLI
def expected_skips(corpus: Corpus) -> dict[str, str]:
    return {str(c.path.resolve()): c.reason for c in corpus.of("skipped")}


def check_cli_result(corpus: Corpus, result: dict) -> None:
    assert result["classes"] == ["edge", "plain", "single"]
    assert result["n_train"] == len(corpus.of("loaded"))
    skipped = {str(Path(s["path"]).resolve()): s["reason"] for s in result["skipped"]}
    expected = expected_skips(corpus)
    assert set(skipped) == set(expected)
    for path, reason in skipped.items():
        assert re.search(expected[path], reason), (path, reason)


def test_cli_in_process_reports_the_skipped_files(corpus, capsys):
    status = main(["train", str(corpus.root), "--size", "8", "--epochs", "30", "--test-fraction", "0", "--json", "--out", ""])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    check_cli_result(corpus, json.loads(captured.out))
    # each skipped file is also named on stderr, with its reason
    for path in expected_skips(corpus):
        assert Path(path).name in captured.err
    assert "Traceback" not in captured.err


def test_cli_as_a_program_reports_the_skipped_files(corpus, tmp_path):
    model = tmp_path / "corpus.lrgui.h5"
    done = subprocess.run(
        [sys.executable, "-m", "lrgui", "train", str(corpus.root), "--size", "8", "--epochs", "30", "--test-fraction", "0",
         "--json", "--out", str(model)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    check_cli_result(corpus, result)
    assert Path(result["model"]) == model and model.is_file()


# ----------------------------------------------------------------------- fuzz
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
GIF_HEAD = b"GIF89a"


def fuzz_file(rng: np.random.Generator, valid: dict[str, bytes]) -> tuple[str, bytes]:
    """Random bytes named as an image: pure noise, a real header then noise, or a real file with bytes flipped."""
    kind = rng.integers(0, 6)
    noise = rng.integers(0, 256, int(rng.integers(0, 3000)), dtype=np.uint8).tobytes()
    ext = str(rng.choice([".jpg", ".png", ".gif", ".bmp", ".webp", ".tif"]))
    if kind == 0:
        return ext, noise
    if kind == 1:
        return ".jpg", JPEG_HEAD + noise
    if kind == 2:
        width, height = (int(v) for v in rng.integers(1, 3000, 2))
        header = struct.pack(">IIBBBBB", width, height, 8, int(rng.choice([0, 2, 3, 4, 6])), 0, 0, 0)
        body = png_chunk(b"IDAT", zlib.compress(noise)) if rng.random() < 0.5 else noise
        return ".png", b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + body
    if kind == 3:
        width, height = (int(v) for v in rng.integers(1, 3000, 2))
        return ".gif", GIF_HEAD + struct.pack("<HH", width, height) + noise
    # a real file of some format, with a few bytes replaced or its end cut off
    ext = str(rng.choice(sorted(valid)))
    data = bytearray(valid[ext])
    for position in rng.integers(0, len(data), int(rng.integers(1, 12))):
        data[position] = int(rng.integers(0, 256))
    if kind == 5:
        data = data[: int(rng.integers(1, len(data)))]
    return ext, bytes(data)


@pytest.mark.filterwarnings("ignore:(Truncated File Read|Tag data larger than file|Corrupt EXIF):UserWarning")
def test_fuzzed_files_are_loaded_or_skipped_never_raised(tmp_path):
    valid = {}
    photo = noisy_photo(3, 24)
    for ext, options in ((".jpg", {"quality": 80}), (".png", {}), (".gif", {}), (".bmp", {}), (".webp", {}), (".tif", {})):
        path = tmp_path / f"valid{ext}"
        photo.save(path, **options)
        valid[ext] = path.read_bytes()

    rng = np.random.default_rng(20240601)
    folder = tmp_path / "fuzz"
    folder.mkdir()
    paths = []
    for i in range(300):
        ext, data = fuzz_file(rng, valid)
        path = folder / f"fuzz_{i:03d}{ext}"
        path.write_bytes(data)
        paths.append(path)

    started = time.perf_counter()
    X, rows, skipped = load_files(paths, ImageFormat(16))
    assert time.perf_counter() - started < 20

    assert X.shape == (len(rows), 16 * 16 * 3) and X.dtype == np.uint8
    skipped_paths = [Path(s.path) for s in skipped]
    assert sorted([paths[i] for i in rows] + skipped_paths) == paths
    assert all(isinstance(s.reason, str) and s.reason.strip() for s in skipped)
    assert len(skipped) > 200  # most of the noise must be refused...
    assert rows  # ...while some lightly damaged files still decode
    # a loaded file is a whole image, so loading it alone gives the same pixels
    for k, i in enumerate(rows[:20]):
        assert np.array_equal(load_image(paths[i], ImageFormat(16)), X[k])


# ------------------------------------------------------- files that are not files
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_with_an_image_name_is_skipped_at_once(tmp_path):
    """Opening a FIFO for reading waits for a writer: it must be refused, not hang the load."""
    good = tmp_path / "good.png"
    noisy_photo(40, 30).save(good)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    start = time.perf_counter()
    X, rows, skipped = load_files([fifo, good], ImageFormat(16))
    assert time.perf_counter() - start < 5
    assert rows == [1] and [s.path for s in skipped] == [str(fifo)]
    assert "not a regular file" in skipped[0].reason


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_linked_under_an_image_name_is_skipped(tmp_path):
    link = tmp_path / "endless.png"
    os.symlink("/dev/zero", link)
    X, rows, skipped = load_files([link], ImageFormat(16))
    assert rows == [] and "not a regular file" in skipped[0].reason


def test_a_file_deleted_between_listing_and_loading_is_skipped(tmp_path):
    gone = tmp_path / "gone.png"
    X, rows, skipped = load_files([gone], ImageFormat(16))
    assert rows == [] and skipped[0].reason == "not found (moved or deleted while loading)"


# ------------------------------------------------------- the fast JPEG path: exactly Pillow's pixels
import lrgui.data.images as images_module  # noqa: E402
from PIL import Image  # noqa: E402
from lrgui.data.images import fast_jpeg_row, image_to_row, open_image  # noqa: E402

needs_simplejpeg = pytest.mark.skipif(images_module.simplejpeg is None, reason="simplejpeg is not installed")
FORMATS = [ImageFormat(32), ImageFormat(64), ImageFormat(16, grayscale=True), ImageFormat(4), ImageFormat(100)]


def pillow_row(path: Path, image_format: ImageFormat) -> np.ndarray:
    """What lrgui gave before the fast path: Pillow (with draft) and its resize."""
    return image_to_row(open_image(path, draft_size=image_format.size, grayscale=image_format.grayscale), image_format)


def plain_jpegs(folder: Path) -> list[Path]:
    """JPEGs the fast path takes: many sizes (every draft scale), subsamplings, progressive, grey, odd qualities."""
    folder.mkdir(exist_ok=True)
    rng = np.random.default_rng(0)
    cases = []
    sizes = [(1, 1), (7, 13), (32, 32), (33, 31), (65, 64), (130, 129), (262, 161), (513, 300), (900, 1100)]
    for k, (width, height) in enumerate(sizes):
        photo = noisy_photo(k, max(width, height)).resize((width, height))
        options = [
            ("420", dict(subsampling=2, quality=75)),
            ("422", dict(subsampling=1, quality=90)),
            ("444", dict(subsampling=0, quality=95)),
            ("progressive", dict(progressive=True, quality=int(rng.integers(30, 99)))),
            ("optimized", dict(optimize=True, quality=50)),
        ]
        for name, save in options:
            cases.append(folder / f"{width}x{height}_{name}.jpg")
            photo.save(cases[-1], "JPEG", **save)
        cases.append(folder / f"{width}x{height}_grey.jpg")
        photo.convert("L").save(cases[-1], "JPEG", quality=85)
        upright = Image.Exif()
        upright[0x0112] = 1  # an EXIF block saying "upright", as most cameras write
        cases.append(folder / f"{width}x{height}_exif_upright.jpg")
        photo.save(cases[-1], "JPEG", exif=upright)
    return cases


@pytest.fixture(scope="module")
def jpegs(tmp_path_factory) -> list[Path]:
    return plain_jpegs(tmp_path_factory.mktemp("jpegs"))


@needs_simplejpeg
@pytest.mark.parametrize("image_format", FORMATS, ids=str)
def test_the_fast_path_gives_pillows_pixels_exactly(jpegs, image_format):
    for path in jpegs:
        data = path.read_bytes()
        fast = fast_jpeg_row(data, image_format)
        assert fast is not None, path.name  # these are all plain JPEGs: the fast path must take them
        expected = pillow_row(path, image_format)
        assert fast.dtype == np.uint8 and np.array_equal(fast, expected), (path.name, image_format)
        assert np.array_equal(load_image(path, image_format), expected)


def exotic_jpegs(folder: Path) -> dict[str, Path]:
    """JPEGs where Pillow does more than libjpeg's decode: the fast path must leave them to Pillow."""
    folder.mkdir(exist_ok=True)
    photo = noisy_photo(3, 80).resize((80, 50))
    cases = {}
    for orientation in (3, 6, 8):
        exif = Image.Exif()
        exif[0x0112] = orientation
        cases[f"exif orientation {orientation}"] = folder / f"exif{orientation}.jpg"
        photo.save(cases[f"exif orientation {orientation}"], "JPEG", exif=exif)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description tiff:Orientation="6"/></x:xmpmeta>'
    cases["xmp orientation"] = folder / "xmp.jpg"
    photo.save(cases["xmp orientation"], "JPEG", xmp=xmp)
    cases["cmyk (adobe)"] = folder / "cmyk.jpg"
    photo.convert("CMYK").save(cases["cmyk (adobe)"], "JPEG")
    cases["truncated"] = folder / "truncated.jpg"
    photo.save(folder / "whole.jpg", "JPEG")
    cases["truncated"].write_bytes((folder / "whole.jpg").read_bytes()[:-300])
    cases["garbage after the start marker"] = folder / "garbage.jpg"
    cases["garbage after the start marker"].write_bytes(b"\xff\xd8" + bytes(range(256)) * 4)
    return cases


@needs_simplejpeg
def test_the_fast_path_leaves_what_pillow_does_more_with_to_pillow(tmp_path):
    cases = exotic_jpegs(tmp_path)
    image_format = ImageFormat(32)
    for name, path in cases.items():
        assert fast_jpeg_row(path.read_bytes(), image_format) is None, name
    for name in ("exif orientation 3", "exif orientation 6", "exif orientation 8", "xmp orientation", "cmyk (adobe)"):
        assert np.array_equal(load_image(cases[name], image_format), pillow_row(cases[name], image_format)), name
    upright = load_image(tmp_path / "whole.jpg", ImageFormat(64)).reshape(64, 64, 3)
    turned = load_image(cases["exif orientation 6"], ImageFormat(64)).reshape(64, 64, 3)
    assert not np.array_equal(upright, turned)  # the orientation was applied, not ignored
    with pytest.raises(ImageReadError, match="truncated"):
        load_image(cases["truncated"], image_format)
    with pytest.raises(ImageReadError):
        load_image(cases["garbage after the start marker"], image_format)


def test_without_simplejpeg_pillow_reads_everything(jpegs, monkeypatch):
    image_format = ImageFormat(32)
    expected = [pillow_row(path, image_format) for path in jpegs[::3]]
    monkeypatch.setattr(images_module, "simplejpeg", None)
    assert fast_jpeg_row(jpegs[0].read_bytes(), image_format) is None
    for path, row in zip(jpegs[::3], expected):
        assert np.array_equal(load_image(path, image_format), row)
