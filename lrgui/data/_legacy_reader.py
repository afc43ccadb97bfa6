"""Reads an old (format 1, HDF5) lrgui model in a child process and writes it out as safetensors.

Run only by :mod:`lrgui.data.legacy_model`, as ``python -I _legacy_reader.py
SOURCE OUTPUT`` (or through the frozen app's ``lrgui`` executable). libhdf5
is not hardened against crafted files, so this process limits itself (memory,
CPU time, file size, no core dumps) before it touches the file, checks the
file's structure before reading any data, and reports a refusal only as an
exit status: the parent words the message and treats everything this process
writes as hostile (it loads the output through the normal, validated path).

It imports nothing from lrgui, so that running it needs no package on the path.
"""

from __future__ import annotations

import json
import sys

MEMORY_LIMIT = 1 << 30
CPU_SECONDS = 10
MAX_DATASET_BYTES = 256 << 20
MAX_TOTAL_BYTES = 768 << 20
MAX_CHUNK_BYTES = 64 << 20
MAX_OBJECTS = 200
MAX_DEPTH = 4
MAX_STRINGS = 1000
ALLOWED_FILTERS = (1, 2, 3)  # deflate (gzip), shuffle, fletcher32: what h5py wrote for lrgui

# Exit statuses: the parent turns each into its own sentence.
OK = 0
NOT_LRGUI = 10
NEWER_FORMAT = 11
EXTERNAL_STORAGE = 12
LINK = 13
VIRTUAL = 14
FILTER = 15
TOO_LARGE = 16
UNEXPECTED = 17
INCOMPLETE = 18
USAGE = 19


class Refused(Exception):
    """The file is refused; ``args[0]`` is the exit status."""


def apply_limits() -> None:
    """Caps this process before it opens the file (set here, not in the parent's preexec_fn, which is unsafe with threads)."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's timeout still applies
        return
    for limit, value in (
        (resource.RLIMIT_AS, MEMORY_LIMIT),
        (resource.RLIMIT_CPU, CPU_SECONDS),
        (resource.RLIMIT_FSIZE, MEMORY_LIMIT),
        (resource.RLIMIT_CORE, 0),
    ):
        soft, hard = resource.getrlimit(limit)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(limit, (value, value if hard == resource.RLIM_INFINITY else hard))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        return USAGE
    apply_limits()
    import h5py

    # no HDF5 filter plugins: a file naming a filter must never make libhdf5 load a library
    while h5py.h5pl.size():
        h5py.h5pl.remove(0)
    source, output = argv
    try:
        with h5py.File(source, "r", locking=False) as f:
            check_structure(f, h5py)
            metadata, tensors = read_model(f, h5py)
    except Refused as refusal:
        return refusal.args[0]
    import safetensors.numpy

    safetensors.numpy.save_file(tensors, output, metadata=metadata)
    return OK


# ---------------------------------------------------------------- structure, before any data
def check_structure(root, h5py) -> None:
    """Every link hard, every dataset stored in this file, unfiltered or gzip'd, of a sane declared size."""
    seen, total, stack = set(), 0, [(root, 0)]
    check_attributes(root, h5py)
    while stack:
        group, depth = stack.pop()
        for name in group:
            link = group.get(name, getlink=True)
            if not isinstance(link, h5py.HardLink):
                raise Refused(LINK)
            item = group[name]
            address = h5py.h5o.get_info(item.id).addr
            if address in seen:
                raise Refused(UNEXPECTED)  # the same object twice: lrgui never wrote one
            seen.add(address)
            if len(seen) > MAX_OBJECTS:
                raise Refused(UNEXPECTED)
            check_attributes(item, h5py)
            if isinstance(item, h5py.Group):
                if depth + 1 > MAX_DEPTH:
                    raise Refused(UNEXPECTED)
                stack.append((item, depth + 1))
            elif isinstance(item, h5py.Dataset):
                total += check_dataset(item, h5py)
                if total > MAX_TOTAL_BYTES:
                    raise Refused(TOO_LARGE)
            else:
                raise Refused(UNEXPECTED)


def check_dataset(dataset, h5py) -> int:
    if dataset.is_virtual:
        raise Refused(VIRTUAL)
    plist = dataset.id.get_create_plist()
    if plist.get_external_count() > 0:
        raise Refused(EXTERNAL_STORAGE)
    for index in range(plist.get_nfilters()):
        if plist.get_filter(index)[0] not in ALLOWED_FILTERS:
            raise Refused(FILTER)
    shape = dataset.id.shape
    if shape is None or len(shape) > 2:
        raise Refused(UNEXPECTED)
    count = 1
    for dimension in shape:
        count *= dimension
    itemsize = check_type(dataset.id.dtype, h5py, count)
    nbytes = count * itemsize
    if nbytes > MAX_DATASET_BYTES:
        raise Refused(TOO_LARGE)
    if dataset.chunks is not None:
        chunk = itemsize
        for dimension in dataset.chunks:
            chunk *= dimension
        if chunk > MAX_CHUNK_BYTES:
            raise Refused(TOO_LARGE)
    return nbytes


def check_type(dtype, h5py, count: int) -> int:
    """The bytes one element takes: numbers, or (few) strings."""
    if h5py.check_string_dtype(dtype) is not None:
        if count > MAX_STRINGS:
            raise Refused(TOO_LARGE)
        return 256  # a bound for the sum check; each string's length is checked when read
    if dtype.kind not in "biuf" or dtype.itemsize > 8 or dtype.fields is not None or dtype.subdtype is not None:
        raise Refused(UNEXPECTED)
    return dtype.itemsize


def check_attributes(item, h5py) -> None:
    for name in item.attrs:
        attribute = item.attrs.get_id(name)
        shape = attribute.shape
        if shape is None or len(shape) > 1 or (shape and shape[0] > MAX_STRINGS):
            raise Refused(UNEXPECTED)
        check_type(attribute.dtype, h5py, shape[0] if shape else 1)


# ---------------------------------------------------------------- the format 1 layout
def text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    if hasattr(value, "item"):
        value = value.item()
        if isinstance(value, bytes):
            return value.decode("utf-8", "surrogateescape")
    return str(value)


def whole_number(value) -> int:
    number = value.item() if hasattr(value, "item") else value
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, bool) or not isinstance(number, int):
        raise Refused(UNEXPECTED)
    return number


def read_model(f, h5py) -> tuple[dict[str, str], dict]:
    import numpy as np

    attrs = f.attrs
    if text(attrs.get("lrgui", "")) != "model":
        raise Refused(NOT_LRGUI)
    version = whole_number(attrs.get("format_version", -1))
    if version > 1:
        raise Refused(NEWER_FORMAT)
    if version < 1:
        raise Refused(NOT_LRGUI)
    for required in ("classes", "costs", "estimator", "preprocessing"):
        if required not in f:
            raise Refused(INCOMPLETE)
    for required in ("model_type", "parameters", "image_size", "channels", "preprocessing"):
        if required not in attrs:
            raise Refused(INCOMPLETE)

    classes = f["classes"]
    if not isinstance(classes, h5py.Dataset) or len(classes.shape) != 1:
        raise Refused(UNEXPECTED)
    names = [text(c) for c in classes[()]]
    if any(len(name) > 1000 for name in names):
        raise Refused(TOO_LARGE)
    tensors = {"costs": np.asarray(read_numbers(f["costs"], h5py), dtype=np.float64)}
    state = {}
    estimator = f["estimator"]
    for name, dataset in estimator.items():
        value = read_numbers(dataset, h5py)
        if value.dtype.kind == "f":
            tensors[name] = value.astype(np.float64 if value.dtype.itemsize == 8 else np.float32)
        elif value.ndim == 0:
            state[name] = bool(value) if value.dtype.kind == "b" else int(value)
        else:
            raise Refused(UNEXPECTED)
    for name, value in estimator.attrs.items():
        state[name] = text(value)
    for name, dataset in f["preprocessing"].items():
        value = read_numbers(dataset, h5py)
        if value.dtype.kind != "f":
            raise Refused(UNEXPECTED)
        tensors[name] = value
    metadata = {
        "lrgui": "model",
        "format_version": "2",
        "lrgui_version": text(attrs.get("lrgui_version", "?")),
        "created": text(attrs.get("created", "")),
        "model_type": text(attrs["model_type"]),
        "classes": json.dumps(names, ensure_ascii=True),
        "image_size": str(whole_number(attrs["image_size"])),
        "channels": str(whole_number(attrs["channels"])),
        "preprocessing": text(attrs["preprocessing"]),
        "preprocessing_dtype": text(attrs.get("preprocessing_dtype", "float32")),
        "parameters": text(attrs["parameters"]),
        "state": json.dumps(state, ensure_ascii=True),
        "info": text(attrs.get("info", "{}")),
    }
    # safetensors metadata must be valid UTF-8: a lone surrogate becomes a JSON escape or is refused
    for key, value in metadata.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Refused(UNEXPECTED) from None
    return metadata, tensors


def read_numbers(dataset, h5py):
    import numpy as np

    if not isinstance(dataset, h5py.Dataset) or h5py.check_string_dtype(dataset.dtype) is not None:
        raise Refused(UNEXPECTED)
    return np.ascontiguousarray(dataset[()]) if dataset.ndim else np.asarray(dataset[()])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
