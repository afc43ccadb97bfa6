"""The lrgui model file: a plain safetensors file (``.lrgui.safetensors``), made to be opened from strangers.

A safetensors file is an 8-byte little-endian header length, a JSON header
and raw little-endian buffers: no links to other files, no compression, no
code. Every ML framework reads it (``safetensors.numpy.load_file``).

Layout (format version 2). The header's ``__metadata__`` (all strings)::

    lrgui="model", format_version="2", lrgui_version, created, model_type,
    classes (JSON list), image_size, channels ("0" for non-image data),
    preprocessing, preprocessing_dtype, parameters (JSON: get_params()),
    state (JSON: n_iter, diverged, solver), info (JSON)

Tensors: the estimator's parameters under their own names (``coef``,
``intercept``; ``W1``, ``b1``, ``W2``, ``b2``), ``mean``/``std`` of the
standardisation when used, ``costs`` (T, 2: iteration, cost) and, when the
run's history is known, ``history.iterations``, ``history.train_cost``, ...
and ``history.<parameter>`` with a leading axis of length T.

Loading refuses, in one sentence, anything that is not exactly such a file:
it checks the file's type and size before opening it, the header's declared
sizes before parsing it, and every value before building the model from it.
Saving writes a temporary file beside the target, fsyncs and renames it, so
a failure never leaves half a model behind; it also refuses to write a
model this loader would refuse.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
import struct
import unicodedata
from pathlib import Path

import numpy as np
import safetensors
import safetensors.numpy

import lrgui
from lrgui.core import InvalidParameterError
from lrgui.core.preprocessing import SCALERS, make_scaler
from lrgui.data.dataset import ImageFormat
from lrgui.data.files import check_output, printable, read_regular_file, strict_json, worded_write
from lrgui.data.history import RunHistory
from lrgui.data.schema import SchemaError, check_model_info
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import ModelFileError, UserError
from lrgui.i18n import localize, translate
from lrgui.kinds import Kind, kind_named, kind_of

MODEL_EXTENSION = ".lrgui.safetensors"
#: format 1, HDF5: never opened in-process, only converted (lrgui.data.legacy_model)
LEGACY_MODEL_EXTENSION = ".lrgui.h5"
FORMAT_VERSION = 2
MARKER = "model"
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"

# ---------------------------------------------------------------- the limits
MAX_FILE_BYTES = 2 << 30
MAX_METADATA_CHARS = 1 << 20
#: the header is the metadata plus one short line per tensor
MAX_HEADER_BYTES = MAX_METADATA_CHARS + (64 << 10)
MAX_TENSORS = 64
MAX_JSON_DEPTH = 16
MIN_CLASSES, MAX_CLASSES = 2, 1000
MAX_CLASS_NAME = 200
MIN_IMAGE_SIZE, MAX_IMAGE_SIZE = 4, 1024
MIN_HIDDEN, MAX_HIDDEN = 1, 4096
#: the largest image (1024 × 1024 × 3); non-image data (logic gates) are far smaller
MAX_FEATURES = MAX_IMAGE_SIZE * MAX_IMAGE_SIZE * 3
MAX_ITERATIONS = 10**12

#: safetensors dtype → little-endian NumPy dtype; nothing else is ever in a model
TENSOR_DTYPES = {"F32": np.dtype("<f4"), "F64": np.dtype("<f8"), "I64": np.dtype("<i8")}
HISTORY_PREFIX = "history."
HISTORY_SERIES = ("train_cost", "test_cost", "train_accuracy", "test_accuracy")
FEATURE_DTYPES = ("float32", "float64")


class _Invalid(Exception):
    """One problem with a model's content, worded to follow 'is not a usable lrgui model: '."""


class _NewerFormat(Exception):
    """The file's format version is above FORMAT_VERSION: args are (version, the lrgui version that wrote it)."""


# ---------------------------------------------------------------- showing names
def _name_of(path: Path) -> str:
    return printable(path.name or str(path))


# ---------------------------------------------------------------- saving
def check_save_target(path: str | os.PathLike, *, force: bool = False, inputs=()) -> Path:
    """``path`` as a Path if a model can be saved there; otherwise ModelFileError, in one sentence.

    Called before loading data and training, so a bad ``--out`` costs nothing.
    The output policy is :func:`lrgui.data.files.check_output`'s: an existing
    file is replaced only with ``force``, and never when it is one of ``inputs``.
    """
    return check_output(path, what="the model", error=ModelFileError, force=force, inputs=inputs,
                        example="model" + MODEL_EXTENSION)


def save_model(model: TrainedModel, path: str | os.PathLike, *, force: bool = False, inputs=()) -> Path:
    """Writes ``model`` to ``path`` atomically; returns the path written.

    An existing file at ``path`` is replaced only with ``force`` (and never
    when it is one of ``inputs``): see :func:`check_save_target`.

    Raises ModelFileError, in one sentence, when the target cannot take a
    file or the write fails (no partial file is left), and when the model
    holds something this lrgui would refuse to load (e.g. a class name with
    a control character).
    """
    target = check_save_target(path, force=force, inputs=inputs)
    data = model_to_bytes(model, _name_of(target))
    return worded_write(target, data, what="the model", error=ModelFileError)


def _serialize(model: TrainedModel) -> tuple[dict[str, str], dict[str, np.ndarray]]:
    estimator = model.estimator
    state = estimator.get_state()
    # order="C", not ascontiguousarray: that makes the two-class intercept (0-d) 1-d
    tensors = {key: np.asarray(value, order="C") for key, value in state.items() if isinstance(value, np.ndarray)}
    scalars = {key: value for key, value in state.items() if not isinstance(value, np.ndarray)}
    tensors["costs"] = np.asarray(estimator.costs_, dtype=np.float64).reshape(-1, 2).copy()
    for key, value in model.scaler.state().items():
        tensors[key] = np.asarray(value, order="C")
    if model.history is not None:
        for key, value in model.history.arrays().items():
            tensors[HISTORY_PREFIX + key] = np.asarray(value, order="C")
    fmt = model.image_format
    metadata = {
        "lrgui": MARKER,
        "format_version": str(FORMAT_VERSION),
        "lrgui_version": lrgui.__version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "model_type": kind_of(estimator).name,
        # ensure_ascii: a class name from a non-UTF-8 folder name holds lone surrogates,
        # which UTF-8 cannot carry but a JSON \\udcXX escape can, unchanged
        "classes": _dumps([str(c) for c in estimator.classes_]),
        "image_size": str(fmt.size if fmt else 0),
        "channels": str(fmt.channels if fmt else 0),
        "preprocessing": model.scaler.kind,
        # the features' precision is part of the model: float32 and float64 predictions differ slightly
        "preprocessing_dtype": np.dtype(model.scaler.dtype).name,
        "parameters": _dumps(estimator.get_params()),
        "state": _dumps(scalars),
        "info": _dumps(_without_non_finite(model.info)),
    }
    return metadata, tensors


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=True, allow_nan=False, default=_json_default)


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return os.fsdecode(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _without_non_finite(value):
    """NaN and infinities as None: strict JSON has no spelling for them (an accuracy without a test set)."""
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _without_non_finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_non_finite(item) for item in value]
    return value


# ---------------------------------------------------------------- loading
def load_model(path: str | os.PathLike, *, display_name: str | None = None) -> TrainedModel:
    """Reads a model file, refusing in one sentence anything that is not a complete, sane lrgui model.

    ``display_name`` names the file in messages (the converter loads a
    temporary file on behalf of the one the user gave).
    """
    path = Path(os.fsdecode(os.fspath(path)))
    name = display_name or _name_of(path)
    return model_from_bytes(_read_regular_file(path, name), name)


def model_from_bytes(data: bytes, name: str) -> TrainedModel:
    """The model a model file's bytes hold (a lesson's member, read in memory), refused as :func:`load_model` does."""
    if data.startswith(HDF5_SIGNATURE):
        raise ModelFileError(
            translate("ModelFile", "{name} is an old lrgui model (HDF5, format 1) that lrgui no longer opens "
                                   "directly; 'lrgui convert {name}' turns it into a {model_extension} file.").format(
            name=name, model_extension=MODEL_EXTENSION)
        )
    try:
        metadata, tensors = _parse_safetensors(data, name)
        del data
        return _build_model(metadata, tensors)
    except _Invalid as problem:
        raise ModelFileError(translate("ModelFile", "{name} is not a usable lrgui model: {problem}.").format(
            name=name, problem=problem)) from None
    except _NewerFormat as newer:
        version, written_by = newer.args
        raise ModelFileError(
            translate("ModelFile", "{name} uses model format {version}, written by a newer lrgui ({written_by}); "
                                   "this lrgui ({version2}) reads format {format_version}, so please update lrgui.").format(
            name=name, version=version, written_by=written_by, version2=lrgui.__version__,
            format_version=FORMAT_VERSION)
        ) from None
    except ModelFileError:
        raise
    except Exception as exc:  # nothing from a hostile file may end in a traceback
        raise ModelFileError(translate("ModelFile", "{name} is not a usable lrgui model: it is damaged ({name2}).").format(
            name=name, name2=type(exc).__name__)) from None


def model_to_bytes(model: TrainedModel, name: str) -> bytes:
    """The bytes of ``model``'s file, refused as :func:`save_model` refuses (what the loader would refuse)."""
    metadata, tensors = _serialize(model)
    try:
        _build_model(metadata, tensors)
    except _Invalid as problem:
        raise ModelFileError(translate("ModelFile", "Cannot write the model to {name}: {problem}.").format(
            name=name, problem=problem)) from None
    try:
        return safetensors.numpy.save(tensors, metadata=metadata)
    except Exception as exc:  # the Rust serializer's own error type; nothing here should reach it
        raise ModelFileError(translate("ModelFile", "Cannot write the model to {name}: {exc}.").format(
            name=name, exc=printable(str(exc)))) from None


def _read_regular_file(path: Path, name: str) -> bytes:
    """The file's bytes, after refusing (by stat, before opening) anything but a regular file of sane size."""
    # the bytes, one copy of the tensors from the parser, and the writable arrays built from it
    return read_regular_file(path, what="a model file", limit=MAX_FILE_BYTES, error=ModelFileError, name=name,
                             memory_factor=3)


def _not_a_model(name: str) -> ModelFileError:
    return ModelFileError(f"{name} is not an lrgui model file (it is not a safetensors file, or it is damaged).")


def _parse_safetensors(data: bytes, name: str) -> tuple[dict[str, str], dict[str, np.ndarray]]:
    """Metadata and tensors, with every declared size and offset checked before safetensors parses the file."""
    if len(data) < 8:
        raise _not_a_model(name)
    (header_length,) = struct.unpack("<Q", data[:8])
    if MAX_HEADER_BYTES < header_length <= len(data) - 8 and data[8:9] == b"{":
        raise ModelFileError(translate("ModelFile", "{name} is not a usable lrgui model: its header takes "
                                                    "{header_length} bytes, more than an lrgui model's "
                                                    "({max_header_bytes} at most, enough for {max_classes} "
                                                    "classes).").format(
            name=name, header_length=localize(format(header_length, ",")),
            max_header_bytes=localize(format(MAX_HEADER_BYTES, ",")), max_classes=localize(format(MAX_CLASSES, ","))))
    if header_length < 2 or header_length > MAX_HEADER_BYTES or 8 + header_length > len(data):
        raise _not_a_model(name)
    try:
        header = _loads(data[8 : 8 + header_length].decode("utf-8"))
    except (ValueError, RecursionError):
        raise _not_a_model(name) from None
    if not isinstance(header, dict):
        raise _not_a_model(name)
    metadata = header.pop("__metadata__", None)
    if not isinstance(metadata, dict) or metadata.get("lrgui") != MARKER:
        raise ModelFileError(translate("ModelFile", "{name} is a safetensors file, but not an lrgui model.").format(
            name=name))
    if not all(isinstance(value, str) for value in metadata.values()):
        raise _Invalid(translate("ModelFile", "its metadata holds a value that is not text"))
    if sum(len(key) + len(value) for key, value in metadata.items()) > MAX_METADATA_CHARS:
        raise _Invalid(translate("ModelFile", "its metadata is longer than {max_metadata_chars} characters").format(
            max_metadata_chars=localize(format(MAX_METADATA_CHARS, ","))))

    buffer_length = len(data) - 8 - header_length
    layout = _check_tensor_table(header, buffer_length)
    try:
        parsed = safetensors.deserialize(data)
    except Exception:  # SafetensorError, or anything its parser raises: the file is damaged
        raise _not_a_model(name) from None
    tensors = {}
    for tensor_name, view in parsed:
        if tensor_name not in layout:
            raise _not_a_model(name)
        dtype, shape = layout.pop(tensor_name)
        raw = np.frombuffer(view["data"], dtype=dtype)
        if raw.size != math.prod(shape):
            raise _not_a_model(name)
        tensors[tensor_name] = raw.astype(dtype.newbyteorder("="), copy=True).reshape(shape)
    if layout:
        raise _not_a_model(name)
    return metadata, tensors


def _check_tensor_table(header: dict, buffer_length: int) -> dict[str, tuple[np.dtype, tuple[int, ...]]]:
    """Each tensor's dtype and shape, after checking they fit its byte range and the ranges tile the buffer."""
    if len(header) > MAX_TENSORS:
        raise _Invalid(translate("ModelFile", "it holds {count} tensors, more than an lrgui model has").format(
            count=len(header)))
    layout, ranges = {}, []
    for tensor_name, entry in header.items():
        shown = printable(tensor_name, 60)
        if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "data_offsets"}:
            raise _Invalid(translate("ModelFile", "the header entry of tensor '{shown}' is malformed").format(
                shown=shown))
        dtype = TENSOR_DTYPES.get(entry["dtype"]) if isinstance(entry["dtype"], str) else None
        if dtype is None:
            raise _Invalid(
                translate("ModelFile", "tensor '{shown}' has the type {entry}, not one of F32, F64 or I64").format(
                shown=shown, entry=printable(str(entry['dtype']), 20))
            )
        shape, offsets = entry["shape"], entry["data_offsets"]
        if not (isinstance(shape, list) and len(shape) <= 4 and all(_is_count(d) for d in shape)):
            raise _Invalid(translate("ModelFile", "tensor '{shown}' has an invalid shape").format(shown=shown))
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(_is_count(o) for o in offsets)):
            raise _Invalid(translate("ModelFile", "tensor '{shown}' has invalid data offsets").format(shown=shown))
        begin, end = offsets
        if not begin <= end <= buffer_length or math.prod(shape) * dtype.itemsize != end - begin:
            raise _Invalid(translate("ModelFile", "tensor '{shown}' declares more data than the file holds").format(
                shown=shown))
        layout[tensor_name] = (dtype, tuple(shape))
        ranges.append((begin, end))
    position = 0
    for begin, end in sorted(ranges):
        if begin != position:
            raise _Invalid(translate("ModelFile", "its tensors' data overlap or leave gaps"))
        position = end
    if position != buffer_length:
        raise _Invalid(translate("ModelFile", "its tensors' data do not fill the file"))
    return layout


def _is_count(value) -> bool:
    return type(value) is int and 0 <= value < (1 << 62)


def _loads(text: str):
    return strict_json(text)


def _json_depth(value) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                break
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


# ---------------------------------------------------------------- validating
def _text(metadata: dict[str, str], key: str, default: str | None = None) -> str:
    value = metadata.get(key, default)
    if value is None:
        raise _Invalid(translate("ModelFile", "its metadata has no '{key}'").format(key=key))
    return value


def _json(metadata: dict[str, str], key: str, kind: type, default: str | None = None):
    try:
        value = _loads(_text(metadata, key, default))
    except (ValueError, RecursionError):
        raise _Invalid(translate("ModelFile", "its '{key}' metadata is not valid JSON").format(key=key)) from None
    if _json_depth(value) > MAX_JSON_DEPTH:
        raise _Invalid(translate("ModelFile", "its '{key}' metadata is nested more than {max_json_depth} levels "
                                              "deep").format(key=key, max_json_depth=MAX_JSON_DEPTH))
    if not isinstance(value, kind):
        raise _Invalid(translate("ModelFile", "its '{key}' metadata is not a JSON {value}").format(
            key=key, value='object' if kind is dict else 'list'))
    return value


def _integer(metadata: dict[str, str], key: str) -> int:
    text = _text(metadata, key)
    if not re.fullmatch(r"[0-9]{1,7}", text):
        raise _Invalid(translate("ModelFile", "its '{key}' is not a whole number").format(key=key))
    return int(text)


def _build_model(metadata: dict[str, str], tensors: dict[str, np.ndarray]) -> TrainedModel:
    """The model the metadata and tensors describe; _Invalid names the first thing wrong with them."""
    version = _text(metadata, "format_version", "")
    if not re.fullmatch(r"[0-9]{1,6}", version):
        raise _Invalid(translate("ModelFile", "it has no valid format version"))
    if int(version) > FORMAT_VERSION:
        raise _NewerFormat(int(version), printable(metadata.get("lrgui_version", "?"), 30))
    if int(version) != FORMAT_VERSION:
        raise _Invalid(translate("ModelFile", "it claims format {version}, which lrgui never wrote as safetensors").format(
            version=int(version)))
    model_type = _text(metadata, "model_type")
    try:
        kind = kind_named(model_type)  # its kind declares its tensors and state (older names read too)
    except UserError:
        raise _Invalid(translate("ModelFile", "it holds a model type this lrgui does not know ('{model_type}')").format(
            model_type=printable(model_type, 40))) from None
    _check_tensor_names(tensors, kind)

    classes = _classes(metadata)
    image_format = _image_format(metadata)
    parameters = _parameter_tensors(tensors, kind, len(classes), image_format)
    estimator = _estimator(metadata, kind, parameters, classes, _costs(tensors))
    scaler = _scaler(metadata, tensors, estimator.n_features_in_)
    history = _history(tensors, parameters)
    try:
        info = check_model_info(_json(metadata, "info", dict, "{}"))
    except SchemaError as problem:
        raise _Invalid(translate("ModelFile", "its 'info' metadata is refused ({rstrip})").format(
            rstrip=str(problem).rstrip('.'))) from None
    return TrainedModel(estimator, scaler, image_format, info, history)


def _check_tensor_names(tensors: dict[str, np.ndarray], kind: Kind) -> None:
    names = kind.estimator.parameter_names
    known = {*names, "costs", "mean", "std"}
    known_history = {"iterations", *HISTORY_SERIES, *names}
    for tensor_name, array in tensors.items():
        shown = printable(tensor_name, 60)
        if tensor_name.startswith(HISTORY_PREFIX):
            if tensor_name[len(HISTORY_PREFIX) :] not in known_history:
                raise _Invalid(translate("ModelFile", "it holds an unexpected tensor '{shown}'").format(
                    shown=shown))
        elif tensor_name not in known:
            raise _Invalid(translate("ModelFile", "it holds an unexpected tensor '{shown}'").format(shown=shown))
        wanted = "i" if tensor_name == HISTORY_PREFIX + "iterations" else "f"
        if array.dtype.kind != wanted or array.dtype.itemsize not in (4, 8) or (wanted == "i" and array.dtype.itemsize != 8):
            raise _Invalid(translate("ModelFile", "tensor '{shown}' has the type {name}, not {value}").format(
                shown=shown, name=array.dtype.name, value='int64' if wanted == 'i' else 'float32 or float64'))


def _classes(metadata: dict[str, str]) -> list[str]:
    classes = _json(metadata, "classes", list)
    if not MIN_CLASSES <= len(classes) <= MAX_CLASSES:
        raise _Invalid(translate("ModelFile", "it has {count} classes, not {min_classes} to {max_classes}").format(
            count=len(classes), min_classes=MIN_CLASSES, max_classes=localize(format(MAX_CLASSES, ","))))
    for label in classes:
        if not isinstance(label, str):
            raise _Invalid(translate("ModelFile", "a class name is not text"))
        if not 1 <= len(label) <= MAX_CLASS_NAME:
            raise _Invalid(translate("ModelFile", "a class name is empty or longer than {max_class_name} characters").format(
                max_class_name=MAX_CLASS_NAME))
        if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in label):
            raise _Invalid(translate("ModelFile", "the class name '{label}' contains a control character").format(
                label=printable(label, 60)))
    if len(set(classes)) != len(classes):
        raise _Invalid(translate("ModelFile", "two classes have the same name"))
    return classes


def _image_format(metadata: dict[str, str]) -> ImageFormat | None:
    size, channels = _integer(metadata, "image_size"), _integer(metadata, "channels")
    if size == 0 and channels == 0:
        return None  # not images: the logic gates and other 2-D toy sets
    if not MIN_IMAGE_SIZE <= size <= MAX_IMAGE_SIZE:
        raise _Invalid(translate("ModelFile", "its image size {size} is not between {min_image_size} and "
                                              "{max_image_size} pixels").format(
            size=size, min_image_size=MIN_IMAGE_SIZE, max_image_size=localize(format(MAX_IMAGE_SIZE, ","))))
    if channels not in (1, 3):
        raise _Invalid(translate("ModelFile", "its images have {channels} channels, not 1 (grey) or 3 (colour)").format(
            channels=channels))
    return ImageFormat(size, channels == 1)


def _finite(array: np.ndarray, what: str) -> np.ndarray:
    if not np.isfinite(array).all():
        raise _Invalid(translate("ModelFile", "{what} holds values that are not finite numbers").format(what=what))
    return array


def _parameter_tensors(tensors, kind: Kind, k: int, image_format: ImageFormat | None) -> dict[str, np.ndarray]:
    names = kind.estimator.parameter_names
    for tensor_name in names:
        if tensor_name not in tensors:
            raise _Invalid(translate("ModelFile", "it has no tensor '{tensor_name}'").format(
                tensor_name=tensor_name))
    parameters = {tensor_name: _finite(tensors[tensor_name], f"tensor '{tensor_name}'") for tensor_name in names}
    first = parameters[names[0]]
    if first.ndim not in (1, 2) or first.shape[0] < 1:
        raise _Invalid(translate("ModelFile", "tensor '{names}' has the shape {shape}, which no model has").format(
            names=names[0], shape=first.shape))
    n = kind.feature_count(parameters)
    if image_format is not None and n != image_format.n_features:
        raise _Invalid(
            translate("ModelFile", "its weights are for {n} features, but its {size}×{size} images with {channels} "
                                   "channels have {n_features}").format(
            n=localize(format(n, ",")), size=image_format.size, channels=image_format.channels,
            n_features=localize(format(image_format.n_features, ",")))
        )
    if n > MAX_FEATURES:
        raise _Invalid(translate("ModelFile", "its weights are for {n} features, more than lrgui supports").format(
            n=localize(format(n, ","))))
    try:
        expected = kind.parameter_shapes(parameters, n, k)
    except ValueError as problem:
        raise _Invalid(printable(str(problem))) from None
    for tensor_name, shape in expected.items():
        if parameters[tensor_name].shape != shape:
            raise _Invalid(
                translate("ModelFile", "tensor '{tensor_name}' has the shape {shape}, not {shape2} as {k} classes "
                                       "and {n} features need").format(
                tensor_name=tensor_name, shape=parameters[tensor_name].shape, shape2=shape, k=k,
                n=localize(format(n, ",")))
            )
    return parameters


def _costs(tensors) -> np.ndarray:
    if "costs" not in tensors:
        raise _Invalid(translate("ModelFile", "it has no tensor 'costs'"))
    costs = tensors["costs"]
    if costs.ndim != 2 or costs.shape[1] != 2:
        raise _Invalid(translate("ModelFile", "tensor 'costs' has the shape {shape}, not (T, 2)").format(
            shape=costs.shape))
    _finite(costs, "tensor 'costs'")
    iterations = costs[:, 0]
    if (iterations < 0).any() or (iterations > MAX_ITERATIONS).any() or (iterations != np.round(iterations)).any():
        raise _Invalid(translate("ModelFile", "tensor 'costs' holds iteration numbers that are not whole numbers "
                                              "from 0"))
    return costs


def _estimator(metadata, kind: Kind, parameters: dict, classes: list[str], costs: np.ndarray):
    cls = kind.estimator
    settings = _json(metadata, "parameters", dict)
    for key, value in settings.items():
        if key not in cls.init_parameter_names():
            raise _Invalid(translate("ModelFile", "its parameters name an unknown setting '{key}'").format(
                key=printable(key, 40)))
        if not (value is None or isinstance(value, (bool, int, str)) or (isinstance(value, float) and math.isfinite(value))):
            raise _Invalid(translate("ModelFile", "its setting '{key}' is not a plain value").format(key=key))
        if isinstance(value, str) and len(value) > 100:
            raise _Invalid(translate("ModelFile", "its setting '{key}' is too long").format(key=key))
    estimator = cls(**settings)
    if estimator.dtype not in FEATURE_DTYPES:
        raise _Invalid(translate("ModelFile", "its setting 'dtype' is {dtype}, not float32 or float64").format(
            dtype=printable(str(estimator.dtype), 20)))
    state = _json(metadata, "state", dict)
    fields = kind.state_fields
    if set(state) != set(fields):
        raise _Invalid(translate("ModelFile", "its 'state' metadata does not hold exactly {join}").format(
            join=', '.join(sorted(fields))))
    for key, wanted in fields.items():
        value = state[key]
        if type(value) is not wanted:
            raise _Invalid(translate("ModelFile", "its state '{key}' is not a {name}").format(
                key=key, name=wanted.__name__))
    if not 0 <= state["n_iter"] <= MAX_ITERATIONS:
        raise _Invalid(translate("ModelFile", "its iteration count is out of range"))
    try:
        estimator.set_state({**parameters, **state}, np.array(classes), costs)
        kind.check_loaded(estimator, parameters)
    except (InvalidParameterError, ValueError) as exc:
        raise _Invalid(printable(str(exc)).rstrip(".")) from None
    return estimator


def _scaler(metadata, tensors, n_features: int):
    kind = _text(metadata, "preprocessing")
    if kind not in SCALERS:
        raise _Invalid(translate("ModelFile", "its preprocessing '{kind}' is not one lrgui knows").format(
            kind=printable(kind, 30)))
    dtype = _text(metadata, "preprocessing_dtype", "float32")
    if dtype not in FEATURE_DTYPES:
        raise _Invalid(translate("ModelFile", "its preprocessing_dtype '{dtype}' is not float32 or float64").format(
            dtype=printable(dtype, 20)))
    statistics = {key: tensors[key] for key in ("mean", "std") if key in tensors}
    if kind != "standardize":
        if statistics:
            raise _Invalid(translate("ModelFile", "it holds standardisation statistics, but its preprocessing is "
                                                  "'{kind}'").format(kind=kind))
        return make_scaler(kind, None, dtype)
    if len(statistics) != 2:
        raise _Invalid(translate("ModelFile", "it standardises its inputs, but lacks the tensor 'mean' or 'std'"))
    for key, array in statistics.items():
        if array.shape != (n_features,):
            raise _Invalid(translate("ModelFile", "tensor '{key}' has the shape {shape}, not ({n_features},)").format(
                key=key, shape=array.shape, n_features=localize(format(n_features, ","))))
        _finite(array, f"tensor '{key}'")
    if (statistics["std"] <= 0).any():
        raise _Invalid(translate("ModelFile", "tensor 'std' holds values that are not positive"))
    return make_scaler(kind, statistics, dtype)


def _history(tensors, parameters: dict[str, np.ndarray]) -> RunHistory | None:
    arrays = {key[len(HISTORY_PREFIX) :]: value for key, value in tensors.items() if key.startswith(HISTORY_PREFIX)}
    if not arrays:
        return None
    for required in ("iterations", "train_cost", *parameters):
        if required not in arrays:
            raise _Invalid(translate("ModelFile", "its history has no tensor '{history_prefix}{required}'").format(
                history_prefix=HISTORY_PREFIX, required=required))
    iterations = arrays["iterations"]
    if iterations.ndim != 1 or len(iterations) < 1:
        raise _Invalid(translate("ModelFile", "tensor 'history.iterations' is not a non-empty list"))
    count = len(iterations)
    if (iterations < 0).any() or (iterations > MAX_ITERATIONS).any() or (np.diff(iterations) < 0).any():
        raise _Invalid(translate("ModelFile", "tensor 'history.iterations' is not a rising count from 0"))
    for series in HISTORY_SERIES:
        if series not in arrays:
            continue
        values = arrays[series]
        if values.shape != (count,):
            raise _Invalid(translate("ModelFile", "tensor 'history.{series}' has the shape {shape}, not ({count},)").format(
                series=series, shape=values.shape, count=count))
        # NaN: not measured at that point; infinities mean nothing here
        if np.isinf(values).any():
            raise _Invalid(translate("ModelFile", "tensor 'history.{series}' holds infinite values").format(
                series=series))
        if series.endswith("accuracy") and ((values < 0) | (values > 1)).any():
            raise _Invalid(translate("ModelFile", "tensor 'history.{series}' holds accuracies outside 0 to 1").format(
                series=series))
    for key, final in parameters.items():
        values = arrays[key]
        if values.shape != (count, *final.shape):
            raise _Invalid(translate("ModelFile", "tensor 'history.{key}' has the shape {shape}, not {value}").format(
                key=key, shape=values.shape, value=(count, *final.shape)))
        _finite(values, f"tensor 'history.{key}'")
        if not np.array_equal(values[-1], final):
            raise _Invalid(translate("ModelFile", "the last entry of tensor 'history.{key}' differs from the "
                                                  "model's '{key}'").format(key=key))
    try:
        return RunHistory.from_arrays(arrays, tuple(parameters))
    except (KeyError, ValueError) as exc:
        raise _Invalid(translate("ModelFile", "its history is inconsistent ({exc})").format(
            exc=printable(str(exc), 80))) from None
