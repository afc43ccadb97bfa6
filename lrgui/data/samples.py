"""The built-in sample datasets: something to train on at first run, with no download.

Each sample is a folder in the layout lrgui loads (a parent holding
``train/`` and ``test/`` with one subfolder per class), so it goes through
exactly the same loading as the user's own pictures:

* ``shapes`` is drawn from a seed (:mod:`lrgui.data.shapes`) into the user's
  cache folder the first time it is asked for, in well under a second;
* ``digits`` ships with lrgui as PNG files in ``resources/samples/digits``
  (exported once by ``packaging/export_digits.py``).

A sample also recommends training settings (:func:`sample_settings`): the
ones its accuracy was measured with.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import platformdirs

from lrgui.assets import resources_dir
from lrgui.data import shapes
from lrgui.data.files import write_atomically
from lrgui.data.folders import list_images
from lrgui.data.shapes import GenerationProgress
from lrgui.errors import DataError
from lrgui.i18n import QT_TRANSLATE_NOOP, localize, translate

#: Name → one-line description, in the order they are offered.
SAMPLES: dict[str, str] = {
    "shapes": QT_TRANSLATE_NOOP(
        "Samples", "Circles, squares and triangles: {count} colour pictures, 64×64, drawn on first use (3 classes)"),
    "digits": QT_TRANSLATE_NOOP(
        "Samples", "Handwritten digits 0–9: {count} grayscale scans, 8×8 (10 classes; UCI, via scikit-learn)"),
}
_SAMPLE_SIZES = {"shapes": 390, "digits": 1797}

#: Recommended settings (keys as in TrainingSettings and ImageFormat), and
#: what they reached when measured:
#: shapes: train 99.7 %, test 95.6 %, cost 1.10 → 0.14 (the tutorials' defaults);
#: digits: train 98.5 %, test 97.5 %, cost 2.30 → 0.09, in under a second.
_SETTINGS: dict[str, dict] = {
    "shapes": {"size": 64, "grayscale": False, "learning_rate": 0.005, "epochs": 2000},
    "digits": {"size": 8, "grayscale": True, "learning_rate": 1.0, "epochs": 1000},
}

#: Part of the cache folder's name: raise it whenever the generator draws
#: different pixels, so an old copy is never mistaken for the new one.
SHAPES_VERSION = 1
#: Written last into a generated sample; a folder without it is incomplete.
MARKER_NAME = "sample.json"
#: Temporary folders older than this were left by a crashed process.
STALE_TEMP_SECONDS = 3600


def list_samples() -> list[tuple[str, str]]:
    """(name, description) of every sample, in the user's language."""
    return [(name, translate("Samples", text).format(count=localize(f"{_SAMPLE_SIZES[name]:,}")))
            for name, text in SAMPLES.items()]


def _check_name(name: str) -> None:
    if name not in SAMPLES:
        raise DataError(translate("Samples", "Unknown sample {name}; the samples are: {join}.").format(
            name=repr(name), join=', '.join(SAMPLES)))


def sample_settings(name: str) -> dict:
    """The training settings recommended for a sample: size, grayscale, learning_rate, epochs."""
    _check_name(name)
    return dict(_SETTINGS[name])


def sample_folder(name: str, progress: GenerationProgress | None = None) -> Path:
    """The folder of a sample (layout: ``train/<class>/``, ``test/<class>/``), made if need be.

    ``progress(done, total)`` is called while a generated sample is drawn
    (never when it is already there).
    """
    _check_name(name)
    if name == "shapes":
        return shapes_folder(seed=0, progress=progress)
    folder = resources_dir() / "samples" / name
    if not (folder / "train").is_dir():
        raise DataError(translate("Samples", "The {name} sample is not installed: {folder} is missing.").format(
            name=name, folder=folder))
    return folder


# --------------------------------------------------------------- generated samples
def samples_cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("lrgui")) / "samples"


def shapes_folder(seed: int = 0, progress: GenerationProgress | None = None) -> Path:
    """The shapes sample drawn from ``seed``, generated into the cache unless already complete.

    It is drawn into a temporary folder beside the final one and renamed into
    place when complete, so a crash or a full disk never leaves a half-written
    sample behind, and two processes drawing it at once both end up with a
    complete one.
    """
    final = samples_cache_folder() / f"shapes-v{SHAPES_VERSION}-seed{seed}"
    expected = {"sample": "shapes", "version": SHAPES_VERSION, "seed": seed}
    if _is_complete(final, expected):
        return final
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(final)
        temp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    except OSError as exc:
        raise DataError(translate("Samples", "Cannot write the shapes sample to {parent}: {value}").format(
            parent=final.parent, value=exc.strerror or exc)) from None
    try:
        count = shapes.write_shapes(temp, seed, progress)
        write_atomically(temp / MARKER_NAME, json.dumps({**expected, "images": count}).encode("utf-8"), durable=False)
        if final.exists():  # an incomplete copy (files deleted by hand, say): set it aside first
            _remove(final)
        try:
            os.rename(temp, final)
        except OSError:
            if not _is_complete(final, expected):
                raise
            # another process finished first: its copy is as good as ours
    except OSError as exc:
        raise DataError(translate("Samples", "Cannot write the shapes sample to {parent}: {value}").format(
            parent=final.parent, value=exc.strerror or exc)) from None
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return final


def _is_complete(folder: Path, expected: dict) -> bool:
    """True if ``folder`` holds a finished sample made as ``expected``, with all its images."""
    try:
        marker = json.loads((folder / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(marker, dict) or any(marker.get(key) != value for key, value in expected.items()):
        return False
    return marker.get("images") == len(list_images(folder))


def _remove(folder: Path) -> None:
    """Deletes a folder after renaming it out of the way, so its name is free at once."""
    doomed = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=folder.parent))
    os.replace(folder, doomed / folder.name)
    shutil.rmtree(doomed, ignore_errors=True)


def _remove_stale_temporaries(final: Path) -> None:
    """Deletes temporary folders that crashed processes left beside ``final``.

    Recent ones are left alone: another process may still be writing them.
    """
    cutoff = time.time() - STALE_TEMP_SECONDS
    for leftover in final.parent.glob(f".{final.name}.*"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass
