"""The lrgui model file: HDF5 (``.lrgui.h5``), arrays and attributes only — never pickle.

Layout (format version 1)::

    /                 attrs: lrgui="model", format_version, lrgui_version, created,
                             model_type, parameters (JSON), info (JSON),
                             image_size, channels (0 for non-image data), preprocessing,
                             preprocessing_dtype (float32 when absent)
    /classes          class names, UTF-8 strings
    /costs            (r, 2) float64: iteration, cost
    /estimator/*      the fitted arrays and scalars of the estimator
    /preprocessing/*  the scaler's statistics (mean, std) when it has any

Saving writes a temporary file beside the target and renames it over the
target only once complete, so a crash never leaves half a model behind.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
from pathlib import Path

import h5py
import numpy as np

import lrgui
from lrgui.core import MODEL_TYPES
from lrgui.core.preprocessing import make_scaler
from lrgui.data.dataset import ImageFormat
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import ModelFileError, UserError

MODEL_EXTENSION = ".lrgui.h5"
FORMAT_VERSION = 1
MARKER = "model"


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def save_model(model: TrainedModel, path: str | os.PathLike) -> Path:
    """Writes ``model`` to ``path`` atomically; returns the path written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ModelFileError(f"Cannot save the model: folder not found: {folder}")
    estimator = model.estimator
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ModelFileError(f"Cannot save the model in {folder}: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        with h5py.File(temporary, "w") as f:
            f.attrs["lrgui"] = MARKER
            f.attrs["format_version"] = FORMAT_VERSION
            f.attrs["lrgui_version"] = lrgui.__version__
            f.attrs["created"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
            f.attrs["model_type"] = estimator.model_type
            f.attrs["parameters"] = json.dumps(estimator.get_params(), default=_json_default)
            f.attrs["info"] = json.dumps(model.info, default=_json_default)
            fmt = model.image_format
            f.attrs["image_size"] = fmt.size if fmt else 0
            f.attrs["channels"] = fmt.channels if fmt else 0
            f.attrs["preprocessing"] = model.scaler.kind
            # the features' precision is part of the model: float32 and float64 predictions differ slightly
            f.attrs["preprocessing_dtype"] = np.dtype(model.scaler.dtype).name
            f.create_dataset("classes", data=np.array([str(c) for c in estimator.classes_], dtype=h5py.string_dtype()))
            f.create_dataset("costs", data=np.array(estimator.costs_, dtype=np.float64).reshape(-1, 2))
            group = f.create_group("estimator")
            for key, value in estimator.get_state().items():
                if isinstance(value, str):
                    group.attrs[key] = value
                else:
                    group.create_dataset(key, data=np.asarray(value))
            pre = f.create_group("preprocessing")
            for key, value in model.scaler.state().items():
                pre.create_dataset(key, data=np.asarray(value))
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a model file gets the usual permissions,
        # or those of the file it replaces, so a model shared on a class drive stays readable
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except OSError as exc:
        raise ModelFileError(f"Cannot save the model to {path}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, for all threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def load_model(path: str | os.PathLike) -> TrainedModel:
    """Reads a model file, refusing in words anything that is not a complete lrgui model."""
    path = Path(path)
    if not path.exists():
        raise ModelFileError(f"Model file not found: {path}")
    if path.is_dir():
        raise ModelFileError(f"Not a model file but a folder: {path}")
    if not h5py.is_hdf5(path):
        raise ModelFileError(f"{path.name} is not an lrgui model file (it is not an HDF5 file, or it is damaged).")
    try:
        with h5py.File(path, "r") as f:
            if f.attrs.get("lrgui") != MARKER:
                raise ModelFileError(f"{path.name} is an HDF5 file, but not one written by lrgui.")
            version = int(f.attrs.get("format_version", -1))
            if version > FORMAT_VERSION:
                raise ModelFileError(
                    f"{path.name} uses model format {version}, written by a newer lrgui "
                    f"({f.attrs.get('lrgui_version', '?')}); this lrgui ({lrgui.__version__}) reads format "
                    f"{FORMAT_VERSION}. Please update lrgui."
                )
            if version < 1:
                raise ModelFileError(f"{path.name} has no valid format version.")
            model_type = str(f.attrs["model_type"])
            if model_type not in MODEL_TYPES:
                raise ModelFileError(f"{path.name} holds a model type this lrgui does not know: {model_type!r}.")
            estimator = MODEL_TYPES[model_type](**json.loads(f.attrs["parameters"]))
            state = {key: value[()] for key, value in f["estimator"].items()}
            state.update({key: value for key, value in f["estimator"].attrs.items()})
            classes = np.array([c.decode() if isinstance(c, bytes) else str(c) for c in f["classes"][()]])
            estimator.set_state(state, classes, f["costs"][()])
            pre = {key: value[()] for key, value in f["preprocessing"].items()}
            scaler = make_scaler(str(f.attrs["preprocessing"]), pre, str(f.attrs.get("preprocessing_dtype", "float32")))
            size, channels = int(f.attrs["image_size"]), int(f.attrs["channels"])
            image_format = ImageFormat(size, channels == 1) if size else None
            info = json.loads(f.attrs.get("info", "{}"))
    except UserError as exc:
        if isinstance(exc, ModelFileError):
            raise
        raise ModelFileError(f"{path.name} is damaged: {exc}") from None
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise ModelFileError(f"{path.name} is damaged or incomplete ({type(exc).__name__}: {exc}).") from None
    if image_format is not None and image_format.n_features != estimator.n_features_in_:
        raise ModelFileError(f"{path.name} is damaged: its weights do not match its image size.")
    return TrainedModel(estimator, scaler, image_format, info)
