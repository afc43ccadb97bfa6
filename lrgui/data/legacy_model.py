"""Converting old (format 1, HDF5 ``.lrgui.h5``) models to safetensors, without opening them in this process.

libhdf5 is a C parser that crafted files crash, hang or make read other
files, so an old model is read by a separate Python process
(:mod:`lrgui.data._legacy_reader`) that limits itself to 1 GiB of memory and
10 s of CPU, is killed after 10 s, and checks the file's structure (no
external storage, links or virtual datasets, gzip/shuffle filters only,
declared sizes within limits) before reading any data. What it writes back is
loaded like any stranger's model file, fully validated, then saved.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from lrgui.data import _legacy_reader as reader
from lrgui.data.files import read_regular_file
from lrgui.data.model_file import (
    HDF5_SIGNATURE,
    LEGACY_MODEL_EXTENSION,
    MODEL_EXTENSION,
    check_save_target,
    load_model,
    printable,
    save_model,
)
from lrgui.errors import ModelFileError
from lrgui.i18n import translate

TIMEOUT_SECONDS = 10
MAX_LEGACY_BYTES = 1 << 30
#: the frozen app's executables take this as their first argument to act as the reader
READER_FLAG = "--read-legacy-model"

_REFUSALS = {
    reader.NOT_LRGUI: "is an HDF5 file, but not an lrgui model",
    reader.NEWER_FORMAT: "was written by a newer lrgui; please update lrgui",
    reader.EXTERNAL_STORAGE: "is refused: a dataset in it takes its data from another file (HDF5 external storage)",
    reader.LINK: "is refused: it links to another file or place (an external or soft link)",
    reader.VIRTUAL: "is refused: it holds a virtual dataset, which reads data from other files",
    reader.FILTER: "is refused: its data use a filter other than gzip and shuffle",
    reader.TOO_LARGE: "is refused: it declares more data than an lrgui model can have",
    reader.UNEXPECTED: "is refused: it holds data of a kind an lrgui model never has",
    reader.INCOMPLETE: "is an old lrgui model, but an incomplete one",
}


def default_target(source: str | os.PathLike) -> Path:
    """``m.lrgui.h5`` → ``m.lrgui.safetensors``, beside the source."""
    source = Path(source)
    name = source.name
    for suffix in (LEGACY_MODEL_EXTENSION, ".h5", ".hdf5"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return source.with_name(name + MODEL_EXTENSION)


def convert_legacy_model(source: str | os.PathLike, target: str | os.PathLike | None = None, *,
                         force: bool = False) -> Path:
    """Converts an old ``.lrgui.h5`` model to a ``.lrgui.safetensors`` file; returns the path written.

    An existing file at the target (given or default) is replaced only with
    ``force``, and never when it is the source. Raises ModelFileError, in one
    sentence, for a file that is refused, damaged (the reader crashed, hit a
    limit or ran out of time) or cannot be saved.
    """
    source = Path(os.fsdecode(os.fspath(source)))
    name = printable(source.name or str(source))
    target = check_convert_target(source, target, force=force)
    _check_source(source, name)
    with tempfile.TemporaryDirectory(prefix="lrgui-convert-") as work:
        output = Path(work) / "model.safetensors"
        # absolute: the reader runs in the temporary folder, where a relative path means nothing
        status = _run_reader(Path(os.path.abspath(source)), output, Path(work))
        if status != reader.OK:
            refusal = _REFUSALS.get(status)
            if refusal is None:
                raise ModelFileError(_damaged(name))
            raise ModelFileError(translate("LegacyModel", "{name} {refusal}.").format(name=name, refusal=refusal))
        # the reader's output is as untrusted as the file it read: validated like any model file
        model = load_model(output, display_name=name)
    return save_model(model, target, force=force, inputs=[source])


def check_convert_target(source: str | os.PathLike, target: str | os.PathLike | None, *, force: bool = False) -> Path:
    """Where ``convert`` writes: ``target`` or the default beside the source, refused as any output is."""
    if target is not None and not os.fsdecode(os.fspath(target)).strip():
        raise ModelFileError(translate("LegacyModel", "No file name was given to write the converted model to; "
                                                      "leave NEW out for the default name beside the old file."))
    return check_save_target(default_target(source) if target is None else target, force=force, inputs=[source])


def _damaged(name: str) -> str:
    return (
        f"{name} is damaged: reading it failed (it crashed the reader, or took more than "
        f"{TIMEOUT_SECONDS} s or {reader.MEMORY_LIMIT >> 30} GB), so lrgui cannot convert it."
    )


def _check_source(source: Path, name: str) -> None:
    signature = read_regular_file(source, what="an old lrgui model", limit=MAX_LEGACY_BYTES, error=ModelFileError,
                                  name=name, head=len(HDF5_SIGNATURE))
    if signature != HDF5_SIGNATURE:
        raise ModelFileError(translate("LegacyModel", "{name} is not an old lrgui model (it is not an HDF5 file).").format(
            name=name))


def reader_command(source: Path, output: Path) -> list[str]:
    """The child's command line: the reader script in an isolated interpreter, or the frozen app's own executable."""
    if getattr(sys, "frozen", False):
        # the CLI executable handles READER_FLAG (lrgui.entry); lrgui-gui starts the app instead
        executable = Path(sys.executable)
        cli = executable.with_name("lrgui" + executable.suffix)
        return [str(cli if cli.exists() else executable), READER_FLAG, str(source), str(output)]
    # -I: no user site, no PYTHON* variables, no current folder on sys.path
    return [sys.executable, "-I", str(Path(reader.__file__).resolve()), str(source), str(output)]


def _run_reader(source: Path, output: Path, work: Path) -> int:
    plugins = work / "no-plugins"
    plugins.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "LC_ALL": "C.UTF-8",
        # one BLAS thread: each would reserve address space under the 1 GiB limit
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "HDF5_PLUGIN_PATH": str(plugins),
        "HDF5_USE_FILE_LOCKING": "FALSE",
    }
    try:
        done = subprocess.run(
            reader_command(source, output),
            stdin=subprocess.DEVNULL,
            # the child may be under a crafted file's control: nothing it prints is read
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=work,
            timeout=TIMEOUT_SECONDS,
            close_fds=True,
        )
    except subprocess.TimeoutExpired:
        return -1
    except OSError as exc:
        raise ModelFileError(translate("LegacyModel", "Cannot start the model converter: {value}.").format(
            value=exc.strerror or exc)) from None
    return done.returncode
