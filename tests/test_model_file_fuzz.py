"""Fuzzing the model loader: a few hundred seeded mutations of real model files, each opened in this process.

Every case must end in a model or in a one-sentence ModelFileError, within a
per-case time limit and without a large allocation (tracemalloc sees NumPy's
buffers). A failing case is reported with its number, so it can be rerun.
"""

from __future__ import annotations

import json
import signal
import struct
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from lrgui.data import load_model, save_model
from lrgui.data.model_file import MODEL_EXTENSION
from lrgui.errors import ModelFileError
from tests.test_model_file import make_model

SEED = 20260310
CASES = 1000
CASE_SECONDS = 2.0
#: the base files are a few KB; anything near this means a size was trusted
MAX_CASE_ALLOCATION = 64 << 20

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs signal.setitimer")


class CaseTimeout(BaseException):
    """Raised by the timer; a BaseException, so the loader's own handlers cannot turn it into a refusal."""


def split(data: bytes) -> tuple[dict, bytes]:
    (length,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8 : 8 + length]), data[8 + length :]


def join(header: dict, rest: bytes) -> bytes:
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + rest


def tensor_names(header: dict) -> list[str]:
    return sorted(name for name in header if name != "__metadata__")


# ------------------------------------------------------------------ mutations
def flip_bytes(rng, data: bytes) -> bytes:
    data = bytearray(data)
    for position in rng.integers(0, len(data), rng.integers(1, 9)):
        data[position] = int(rng.integers(0, 256))
    return bytes(data)


def flip_header_bytes(rng, data: bytes) -> bytes:
    (length,) = struct.unpack("<Q", data[:8])
    data = bytearray(data)
    for position in rng.integers(0, 8 + length, rng.integers(1, 4)):
        data[position] = int(rng.integers(0, 256))
    return bytes(data)


def truncate(rng, data: bytes) -> bytes:
    return data[: int(rng.integers(0, len(data)))]


def append(rng, data: bytes) -> bytes:
    return data + rng.bytes(int(rng.integers(1, 64)))


def header_length(rng, data: bytes) -> bytes:
    values = [0, 1, len(data), len(data) - 7, 1 << 31, 1 << 63, 2**64 - 1, int(rng.integers(0, 1 << 40))]
    return struct.pack("<Q", values[rng.integers(len(values))]) + data[8:]


def huge_shape(rng, data: bytes) -> bytes:
    header, rest = split(data)
    name = tensor_names(header)[rng.integers(len(tensor_names(header)))]
    shapes = [[1 << 40], [1 << 31, 1 << 31], [0], [], [3, -1], [2**63], [1, 1, 1, 1, 1], ["7"], None]
    header[name]["shape"] = shapes[rng.integers(len(shapes))]
    return join(header, rest)


def huge_offsets(rng, data: bytes) -> bytes:
    header, rest = split(data)
    name = tensor_names(header)[rng.integers(len(tensor_names(header)))]
    begin, end = header[name]["data_offsets"]
    choices = [[0, 1 << 62], [end, begin], [begin, end + 8], [0, 0], [-8, end], [begin, 2**64], [begin + 0.5, end]]
    header[name]["data_offsets"] = choices[rng.integers(len(choices))]
    return join(header, rest)


def wrong_dtype(rng, data: bytes) -> bytes:
    header, rest = split(data)
    name = tensor_names(header)[rng.integers(len(tensor_names(header)))]
    dtypes = ["F16", "BF16", "I32", "U8", "I8", "BOOL", "F64", "I64", "F32", "C64", "F8_E4M3", "", 5, None]
    header[name]["dtype"] = dtypes[rng.integers(len(dtypes))]
    return join(header, rest)


NASTY_VALUES = [
    "", "NaN", "-1", "0", "1e309", "9" * 5000, "[" * 40 + "]" * 40, '{"a":', "null", "true", "[]", "{}",
    '["a"]', '["a", "a"]', '["\\u0000", "b"]', "\x1b[2J", "x" * 300, '{"learning_rate": Infinity}',
    '{"n_iter": 1e400, "diverged": false, "solver": "gram"}', '"text"', "[1, 2, 3]", "\udcff".encode(
        "utf-8", "surrogatepass").decode("utf-8", "replace"),
]


def metadata_value(rng, data: bytes) -> bytes:
    header, rest = split(data)
    metadata = header["__metadata__"]
    key = sorted(metadata)[rng.integers(len(metadata))]
    if rng.random() < 0.2:
        del metadata[key]
    else:
        metadata[key] = NASTY_VALUES[rng.integers(len(NASTY_VALUES))]
    return join(header, rest)


def not_finite(rng, data: bytes) -> bytes:
    header, rest = split(data)
    name = tensor_names(header)[rng.integers(len(tensor_names(header)))]
    begin, end = header[name]["data_offsets"]
    if end == begin:
        return data
    size = 4 if header[name]["dtype"] == "F32" else 8
    value = [np.nan, np.inf, -np.inf][rng.integers(3)]
    packed = np.array([value], dtype="<f4" if size == 4 else "<f8").tobytes()
    position = begin + size * int(rng.integers(0, (end - begin) // size))
    rest = rest[:position] + packed + rest[position + size :]
    return join(header, rest)


def drop_or_rename(rng, data: bytes) -> bytes:
    """Removes a tensor (and its bytes) or renames it, keeping the file well-formed."""
    header, rest = split(data)
    name = tensor_names(header)[rng.integers(len(tensor_names(header)))]
    entry = header.pop(name)
    if rng.random() < 0.5:
        header[["coef", "W1", "history.W1", "mean", "costs", "x" * 500, "history.iterations"][rng.integers(7)]] = entry
        return join(header, rest)
    begin, end = entry["data_offsets"]
    for other in tensor_names(header):
        b, e = header[other]["data_offsets"]
        if b >= end:
            header[other]["data_offsets"] = [b - (end - begin), e - (end - begin)]
    return join(header, rest[:begin] + rest[end:])


MUTATIONS = [
    flip_bytes, flip_header_bytes, truncate, append, header_length, huge_shape, huge_offsets,
    wrong_dtype, metadata_value, not_finite, drop_or_rename,
]


# ------------------------------------------------------------------ the run
@pytest.fixture(scope="module")
def base_files(tmp_path_factory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("fuzz_bases")
    models = [
        make_model(),
        make_model("logistic", ("a", "b", "c"), "float64", standardize=True, history=True),
        make_model("mlp", ("a", "b", "c"), history=True),
        make_model("mlp", ("0", "1"), image_format=None),
    ]
    return [save_model(model, folder / f"base{i}{MODEL_EXTENSION}").read_bytes() for i, model in enumerate(models)]


def open_case(path: Path) -> str:
    """Loads one file with a time limit; 'loaded', 'refused: ...', or a failure description."""

    def expire(signum, frame):
        raise CaseTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        load_model(path)
        return "loaded"
    except ModelFileError as error:
        message = str(error)
        if "\n" in message or not message.endswith(".") or "Traceback" in message or len(message) > 400:
            return f"FAILED: not one sentence: {message!r}"
        return "refused"
    except CaseTimeout:
        return "FAILED: took longer than the time limit"
    except Exception as error:  # the point of the test: nothing else may escape
        return f"FAILED: {type(error).__name__}: {error}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_mutated_model_files_are_loaded_or_refused_in_one_sentence(base_files, tmp_path):
    failures, outcomes, slowest = [], {"loaded": 0, "refused": 0}, 0.0
    tracemalloc.start()
    try:
        for case in range(CASES):
            rng = np.random.default_rng([SEED, case])
            base = base_files[rng.integers(len(base_files))]
            mutation = MUTATIONS[case % len(MUTATIONS)]
            path = tmp_path / f"case{case}{MODEL_EXTENSION}"
            path.write_bytes(mutation(rng, base))
            tracemalloc.reset_peak()
            started = time.perf_counter()
            outcome = open_case(path)
            slowest = max(slowest, time.perf_counter() - started)
            peak = tracemalloc.get_traced_memory()[1]
            if outcome.startswith("FAILED"):
                failures.append(f"case {case} ({mutation.__name__}): {outcome}")
            elif peak > MAX_CASE_ALLOCATION:
                failures.append(f"case {case} ({mutation.__name__}): allocated {peak / 2**20:.0f} MB")
            else:
                outcomes[outcome] += 1
            path.unlink()
    finally:
        tracemalloc.stop()
    assert failures == []
    # the mutations must mostly hit: a fuzzer whose files all load tests nothing
    assert outcomes["refused"] > CASES * 0.7, outcomes
    assert slowest < CASE_SECONDS


def test_every_mutation_can_produce_a_refusal(base_files, tmp_path):
    """Each mutation kind, on its own, produces files the loader refuses (so none is a no-op)."""
    for mutation in MUTATIONS:
        refusals = 0
        for case in range(20):
            path = tmp_path / f"{mutation.__name__}{case}{MODEL_EXTENSION}"
            path.write_bytes(mutation(np.random.default_rng([SEED, 7, case]), base_files[case % len(base_files)]))
            refusals += open_case(path) == "refused"
        assert refusals > 0, mutation.__name__
