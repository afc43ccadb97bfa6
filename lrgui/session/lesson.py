"""Lesson files (``.lrlesson``): a whole lesson — data, settings, runs, model, playground, notes — in one file.

A teacher prepares a lesson at home and opens it in class. The file is a zip
archive holding exactly two members, read by name and never extracted:

* ``lesson.json`` — the lesson (format below), UTF-8, strict JSON;
* ``model.lrgui.safetensors`` — the trained model, with its history, as
  :mod:`lrgui.data.model_file` writes it (absent when the lesson has no model).

``lesson.json``::

    {"lrgui": "lesson", "format_version": 2, "lrgui_version", "created",
     "title", "notes",                     # notes: free text, at most 100 KB
     "data": {kind, paths, test_paths, classes, name, image_format,
              selection, renames, test_fraction, seed, toy_options} | null,
     "sources": [{given, absolute, relative, files, bytes, digest, hint}],
     "excluded": [{given, source, file}],  # source: a source's "given" or "sample:NAME"
     "runs": [{settings, curves}],         # the comparison runs, in order; curves: RunRecord.to_json(), checked
                                           # by check_run_curves (each curve its [iteration, value] points, the
                                           # final scores, iterations, diverged, stopped_early, unstable)
     "best_run": index | null, "model": "model.lrgui.safetensors" | null,
     "playground": {...} | null,           # PlaygroundState.to_json(), checked by check_playground
     "view": {"draft": settings | null,    # the settings the Train form shows (the next run's)
              "compare_rates": text | null, "selected_point": index | null}}

A lesson is the app's state written down: :func:`lesson_from_state` writes an
:class:`~lrgui.session.state.AppState`, :func:`open_lesson_state` and
:func:`apply_lesson_data` (once the data are loaded) put it back, so that
``state.record()`` is equal before saving and after reopening. Files of an
older format are read through :func:`migrate` (format 1 had no ``view``: its
draft and rates are what lrgui showed on opening it).

Every folder of the data request is a *source*: its path as given, absolute,
and relative to the lesson file, with a digest of its file list (relative
names and sizes). :func:`resolve_request` finds each source — a folder the
user located, then the relative path, then the absolute one — and checks the
digest; a missing or changed folder is a :class:`LessonDataProblem` naming it,
which the app answers with a folder dialog and :func:`rebind_source`.

Reading is bounded like a model file: the size of the archive, the number of
members, each member's declared size (checked before reading a byte of it),
the JSON's depth and every string's length; nothing is ever executed.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import math
import os
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import lrgui
from lrgui.assets import resources_dir
from lrgui.data.dataset import ImageFormat
from lrgui.data.folders import list_images
from lrgui.data.importers import IMPORTERS
from lrgui.data.files import check_output, printable, read_regular_file, strict_json, worded_write
from lrgui.data.limits import check_fits, format_bytes
from lrgui.data.model_file import MODEL_EXTENSION, model_from_bytes, model_to_bytes
from lrgui.data.samples import sample_folder
from lrgui.data.schema import SchemaError, check_playground, check_run_curves
from lrgui.data.selection import ClassSelection
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import DataError, ModelFileError, UserError
from lrgui.session.advice import format_rate
from lrgui.session.experiment import Experiment
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.session.lesson_texts import PARAGRAPHS
from lrgui.session.playground import PlaygroundState
from lrgui.session.run_record import RunRecord
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import ClassSource, DataRequest, LoadedData, Progress, StopCheck, load, source_kinds
from lrgui.session.state import RunOutcome
from lrgui.session.trainer import TrainingResult
from lrgui.session.training_session import reopened_outcome
from lrgui.session.wording import format_int, localize

LESSON_EXTENSION = ".lrlesson"
FORMAT_VERSION = 2
MARKER = "lesson"
JSON_MEMBER = "lesson.json"
MODEL_MEMBER = "model" + MODEL_EXTENSION

# ---------------------------------------------------------------- the limits
#: lesson.json, raw: checked (declared, then as it inflates) before parsing. Parsed, JSON can take ~20 times its
#: size in Python objects (``[[],[],...]``), so 16 MB keeps a hostile document under 400 MB.
MAX_JSON_BYTES = 16 << 20
#: The model member, counted as it inflates: it, the parser's copy and the arrays stay under 1 GB together.
MAX_MODEL_BYTES = 256 << 20
#: The archive itself: both members, stored, and zip's own records
MAX_FILE_BYTES = MAX_MODEL_BYTES + MAX_JSON_BYTES + (1 << 20)
#: Members are inflated this much at a time, each chunk counted
MEMBER_CHUNK = 1 << 20
MAX_NOTES_BYTES = 100 * 1024
MAX_TITLE = 200
MAX_TEXT = 4096  # a path, a class name, any other string
MAX_JSON_DEPTH = 16
MAX_SOURCES = 256
MAX_EXCLUDED = 100_000
MAX_RUNS = 32
MAX_PLAYGROUND_BYTES = 4 << 20
MEMBERS = (JSON_MEMBER, MODEL_MEMBER)

SAMPLE_SOURCE = "sample:"

#: The built-in lessons, in the order offered (Help → Lessons): file stem → title.
BUILTIN_LESSONS = {
    "gates": QT_TRANSLATE_NOOP("Lesson", "Gates: AND, OR, XOR"),
    "shapes": QT_TRANSLATE_NOOP("Lesson", "Shapes"),
    "draw-a-shape": QT_TRANSLATE_NOOP("Lesson", "Draw a shape"),
    "airplanes-vs-motorbikes": QT_TRANSLATE_NOOP("Lesson", "Airplanes vs motorbikes"),
    "bird-or-not": QT_TRANSLATE_NOOP("Lesson", "Bird or not"),
    "fashion-hidden-layer": QT_TRANSLATE_NOOP("Lesson", "Fashion with a hidden layer"),
}


class LessonFileError(UserError):
    """A lesson file cannot be read or written."""


class LessonDataProblem(DataError):
    """A folder of the lesson's data is missing or changed; the app offers to locate it.

    ``source`` is the folder as the lesson names it (pass it to
    :func:`rebind_source`), ``reason`` "missing" or "changed".
    """

    def __init__(self, message: str, source: str, reason: str):
        super().__init__(message)
        self.source = source
        self.reason = reason


class _Invalid(Exception):
    """One problem with a lesson's content, worded to follow 'is not a usable lrgui lesson: '."""


# ---------------------------------------------------------------- the lesson
@dataclass
class LessonSource:
    """One folder of the lesson's data: where it was, and what it held (names and sizes) when saved."""

    given: str
    absolute: str | None = None
    relative: str | None = None  # to the lesson file's folder, when saved
    files: int | None = None
    bytes: int | None = None
    digest: str | None = None  # None: not checked (a built-in lesson's, whose copy of the data may differ)
    hint: str = ""  # where such data can be downloaded
    located: str | None = None  # the folder the user chose for it in this session (not saved as such)


@dataclass(frozen=True)
class ExcludedFile:
    """A file left out of training: its path as given and, when it lies in a source, that source and its name there."""

    given: str
    source: str | None = None
    file: str | None = None


@dataclass
class LessonRun:
    """One run of the comparison: its settings and, once trained, its curves (as ``lrgui train --json`` names them)."""

    settings: TrainingSettings
    curves: dict | None = None


@dataclass
class Lesson:
    title: str = ""
    notes: str = ""
    request: DataRequest | None = None
    runs: list[LessonRun] = field(default_factory=list)
    best_run: int | None = None
    model: TrainedModel | None = None
    playground: dict | None = None
    sources: list[LessonSource] = field(default_factory=list)
    created: str | None = None
    #: where each excluded file lies (a source and the name inside it), as read from the file
    excluded_files: list["ExcludedFile"] = field(default_factory=list)
    #: the folder of the file it was read from (relative paths are relative to it)
    folder: Path | None = None
    #: the settings the Train form shows, the rates to compare, the displayed point (None: the last)
    draft: TrainingSettings | None = None
    compare_rates: str | None = None
    selected_point: int | None = None

    @property
    def settings(self) -> list[TrainingSettings]:
        return [run.settings for run in self.runs]


def run_curves(result: TrainingResult | RunRecord) -> dict:
    """A finished run's curves and scores, named as in ``lrgui train --json`` (its :class:`RunRecord` written)."""
    return RunRecord.of(result).to_json()


def lesson_from_results(request: DataRequest | None, results: list[TrainingResult], best: TrainingResult | None = None,
                        *, settings: list[TrainingSettings] | None = None, title: str = "", notes: str = "",
                        playground: dict | None = None) -> Lesson:
    """A lesson of the runs trained (their settings and curves; ``best``'s model), or of ``settings`` not yet run."""
    runs = [LessonRun(r.settings, run_curves(r)) for r in results]
    if not runs:
        runs = [LessonRun(s) for s in settings or []]
    best_index = next((i for i, r in enumerate(results) if r is best), None)
    # a reopened lesson's runs are records, without models: the state's model is the lesson's then
    model = getattr(best, "model", None) if best is not None else (getattr(results[-1], "model", None) if results else None)
    return Lesson(title, notes, request, runs, best_index, model, playground)


def lesson_from_state(state, *, title: str | None = None, notes: str | None = None, playground: dict | None = None,
                      settings: TrainingSettings | None = None) -> Lesson:
    """The lesson of the app's :class:`~lrgui.session.state.AppState`: its data (with the exclusions), runs, model,
    draft, displayed point, playground, title and notes (``title`` and the others, when given, instead of the state's).

    ``settings``: the Train tab's settings, used when nothing has been trained yet (default: the draft).
    """
    title = state.lesson_title if title is None else title
    notes = state.lesson_notes if notes is None else notes
    settings = settings or state.draft
    if playground is None and state.playground is not None:
        playground = state.playground.to_json()
    request = state.request
    if request is not None:
        request = replace(request, excluded=tuple(state.exclusions))
    lesson = lesson_from_results(request, list(state.runs), state.best_run,
                                 settings=[settings or state.model_settings] if (settings or state.model_settings) else [],
                                 title=title, notes=notes, playground=playground)
    if state.model is not None:
        lesson.model = state.model
    lesson.draft = state.draft
    lesson.compare_rates = state.compare_rates
    lesson.selected_point = state.selected_point if state.model is not None else None
    return lesson


def open_lesson_state(state, lesson: Lesson) -> None:
    """What a lesson gives the state at once: its title and notes, its playground and the exclusions."""
    state.set_lesson(lesson.title, lesson.notes)
    if lesson.playground:
        state.set_playground(PlaygroundState.from_json(lesson.playground))
    if lesson.request is not None:
        state.set_exclusions(lesson.request.excluded)


def lesson_outcome(lesson: Lesson) -> RunOutcome:
    """The runs a lesson's comparison trained (their records), the kept one and why; nothing when its runs were
    not all trained (a lesson prepared, not run: the built-in ones)."""
    if not lesson.runs or any(run.curves is None for run in lesson.runs):
        return RunOutcome()
    return reopened_outcome([RunRecord.from_json(run.settings, run.curves) for run in lesson.runs], lesson.best_run)


def apply_lesson_data(state, lesson: Lesson, path: Path | None = None) -> None:
    """What a lesson gives the state once its data are loaded (so the data's preset does not win): the draft,
    the rates to compare, the model (saved: it is in the lesson file ``path``), the displayed point and the
    comparison's runs with the kept one and why (after the model: the views draw the runs over it)."""
    settings = lesson.settings
    if lesson.model is not None:
        best = lesson.best_run if lesson.best_run is not None else 0
        chosen = settings[best] if best < len(settings) else None
        state.set_model(lesson.model, path=path, unsaved=False, settings=chosen)
        history = lesson.model.history
        point = lesson.selected_point
        state.select_point(point if history is not None and point is not None and 0 <= point < len(history) else None)
    state.set_outcome(lesson_outcome(lesson))
    if lesson.draft is not None:
        state.set_draft(lesson.draft)
    if lesson.compare_rates:
        state.set_compare_rates(lesson.compare_rates)
    elif len(settings) > 1:
        rates = _distinct_rates([s.learning_rate for s in settings])
        if rates:
            state.set_compare_rates(rates)


# ---------------------------------------------------------------- migration
def migrate(document: dict) -> dict:
    """A lesson.json of an older format as the current format writes it (format 1 → 2: its ``view``).

    Format 1 kept no draft: opening one showed the kept run's settings (the
    first run's without a model), and the compared rates when its runs had
    distinct ones; that is its view now. Refuses (as a lesson problem) a
    version lrgui never wrote or a newer one.
    """
    version = document.get("format_version")
    if type(version) is not int:
        raise _Invalid(translate("LessonFile", "it has no valid format version"))
    if version > FORMAT_VERSION:
        raise _Invalid(translate("LessonFile", "it uses lesson format {version}, written by a newer lrgui ({get}); "
                                               "please update lrgui").format(
            version=version, get=printable(str(document.get('lrgui_version', '?')), 30)))
    if version < 1:
        raise _Invalid(translate("LessonFile", "it claims lesson format {version}, which lrgui never wrote").format(
            version=version))
    if version == 1:
        document = dict(document)
        runs = document.get("runs") if isinstance(document.get("runs"), list) else []
        settings = [run.get("settings") for run in runs if isinstance(run, dict)]
        best = document.get("best_run")
        chosen = best if document.get("model") is not None and type(best) is int and 0 <= best < len(settings) else 0
        rates = [s.get("learning_rate") for s in settings if isinstance(s, dict)]
        document["view"] = {
            "draft": settings[chosen] if settings and isinstance(settings[chosen], dict) else None,
            "compare_rates": _distinct_rates(rates) if len(rates) == len(settings) else None,
            "selected_point": None,
        }
        document["format_version"] = 2
    return document


# ---------------------------------------------------------------- saving
def save_lesson(path: str | os.PathLike, lesson: Lesson, *, measure_sources: bool = True, force: bool = False) -> Path:
    """Writes ``lesson`` to ``path`` atomically (a temporary file renamed); returns the path written.

    The sources' relative paths and digests are computed now, from the data as
    they are on disk (``measure_sources=False`` keeps the lesson's own: the
    built-in lessons, whose data are on no particular machine). Raises
    LessonFileError, in one sentence, when the target cannot take a file (an
    existing file is replaced only with ``force``: the app's Save dialog has
    asked) or the lesson holds what :func:`load_lesson` would refuse.
    """
    target = check_lesson_target(path, force=force)
    sources = _sources_for_saving(lesson, target.parent, measure_sources)
    document = _document(lesson, sources)
    try:
        _validate_document(document)
    except _Invalid as problem:
        raise LessonFileError(translate("LessonFile", "Cannot save the lesson to {target}: {problem}.").format(
            target=_name_of(target), problem=problem)) from None
    model_bytes = _model_bytes(lesson.model, target) if lesson.model is not None else None
    return worded_write(target, _zip_bytes(document, model_bytes), what="the lesson", error=LessonFileError)


def check_lesson_target(path, *, force: bool = False) -> Path:
    """``path`` (``~`` expanded) if a lesson may be written there (lrgui.data.files' output policy), else LessonFileError."""
    text = os.fsdecode(os.fspath(path)) if path is not None else ""
    return check_output(os.path.expanduser(text) if text else text, what="the lesson", error=LessonFileError,
                        force=force, example="lesson" + LESSON_EXTENSION)


def _sources_for_saving(lesson: Lesson, lesson_folder: Path, measure: bool) -> list[LessonSource]:
    """The request's folders as sources: measured now, or as the lesson knew them when not found here."""
    request = lesson.request
    if request is None:
        return []
    known = {s.given: s for s in lesson.sources}
    sources = []
    for given, kind in _request_folders(request):
        old = known.get(given)
        folder = None
        if measure:  # where the lesson found it (located, beside the lesson, ...), else as given
            folder = _find(old, lesson.folder) if old is not None else _existing_folder(given)
        if folder is None:  # not on this machine (a built-in lesson's data): what the lesson knew of it
            sources.append(replace(old, located=None) if old else LessonSource(given))
            continue
        absolute = os.path.abspath(folder)
        try:
            relative = Path(os.path.relpath(absolute, os.path.abspath(lesson_folder))).as_posix()
        except ValueError:  # another drive on Windows: no relative path
            relative = None
        files, total, digest = folder_digest(folder, kind)
        sources.append(LessonSource(given, absolute, relative, files, total, digest, old.hint if old else ""))
    return sources


def _request_folders(request: DataRequest) -> list[tuple[str, str]]:
    """(folder as given, "folders" or the importer's name) for every folder the request reads, each once."""
    if request.kind == "folders":
        given = [*request.paths, *request.test_paths, *(p for c in request.classes for p in (*c.train, *c.test))]
        kind = "folders"
    elif request.kind in IMPORTERS:
        given, kind = list(request.paths), request.kind
    else:
        return []
    return [(path, kind) for path in dict.fromkeys(given)]


def _existing_folder(path: str | None) -> str | None:
    if not path:
        return None
    expanded = os.path.expanduser(path)
    try:
        return expanded if os.path.isdir(expanded) else None
    except (OSError, ValueError):
        return None


def folder_digest(folder: str | os.PathLike, kind: str = "folders") -> tuple[int, int, str]:
    """(files, total bytes, sha256 hex) of the files a source of this kind reads from ``folder``: names and sizes.

    For class folders, the image files lrgui lists (hidden files and junk left
    out, so a thumbnail cache appearing does not count as a change); for an
    importer, the dataset files it reads.
    """
    folder = Path(folder).expanduser()
    if kind == "folders":
        names = [(p.relative_to(folder).as_posix(), p) for p in list_images(folder)]
    else:
        pattern = IMPORTERS[kind].files
        try:
            with os.scandir(folder) as entries:
                names = sorted((e.name, Path(e.path)) for e in entries
                               if pattern.fullmatch(e.name) and e.is_file(follow_symlinks=True))
        except OSError:
            names = []
    digest = hashlib.sha256()
    total = 0
    for name, path in names:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = -1
        total += max(size, 0)
        digest.update(os.fsencode(name) + b"\0" + str(size).encode("ascii") + b"\n")
    return len(names), total, digest.hexdigest()


def _document(lesson: Lesson, sources: list[LessonSource]) -> dict:
    request = lesson.request
    return {
        "lrgui": MARKER,
        "format_version": FORMAT_VERSION,
        "lrgui_version": lrgui.__version__,
        "created": lesson.created or _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "title": lesson.title,
        "notes": lesson.notes,
        "data": None if request is None else _request_json(request),
        "sources": [{"given": s.given, "absolute": s.absolute, "relative": s.relative, "files": s.files,
                     "bytes": s.bytes, "digest": s.digest, "hint": s.hint} for s in sources],
        "excluded": [] if request is None else _excluded_json(request, sources),
        "runs": [{"settings": run.settings.as_dict(), "curves": run.curves} for run in lesson.runs],
        "best_run": lesson.best_run,
        "model": MODEL_MEMBER if lesson.model is not None else None,
        "playground": lesson.playground,
        "view": _view_json(lesson),
    }


def _view_json(lesson: Lesson) -> dict:
    """The lesson's view; a lesson made without one (the built-in ones) gets what opening its runs shows."""
    draft = lesson.draft
    if draft is None and lesson.runs:
        best = lesson.best_run if lesson.model is not None and lesson.best_run is not None else 0
        draft = lesson.runs[best].settings
    rates = lesson.compare_rates
    if rates is None:
        rates = _distinct_rates([s.learning_rate for s in lesson.settings])
    return {"draft": None if draft is None else draft.as_dict(), "compare_rates": rates,
            "selected_point": lesson.selected_point}


def _distinct_rates(rates: list) -> str | None:
    """The runs' learning rates as the Compare box writes them (each once), when the lesson has several runs:
    the lesson's own rates, never three networks at rates it does not use (Fashion: two runs at 0.3)."""
    if len(rates) > 1 and all(isinstance(r, (int, float)) and not isinstance(r, bool) and r > 0 for r in rates):
        return ", ".join(dict.fromkeys(format_rate(r) for r in rates))
    return None


def _request_json(request: DataRequest) -> dict:
    fmt = request.image_format
    selection = request.selection
    return {
        "kind": request.kind,
        "paths": list(request.paths),
        "test_paths": list(request.test_paths),
        "classes": [{"name": c.name, "train": list(c.train), "test": list(c.test)} for c in request.classes],
        "name": request.name,
        "image_format": None if fmt is None else {"size": fmt.size, "grayscale": fmt.grayscale},
        "selection": {"classes": list(selection.classes), "positive": selection.positive,
                      "per_class": selection.per_class, "seed": selection.seed},
        "renames": [list(pair) for pair in request.renames],
        "test_fraction": request.test_fraction,
        "seed": request.seed,
        "toy_options": {str(k): v for k, v in request.toy_options},
    }


def _excluded_json(request: DataRequest, sources: list[LessonSource]) -> list[dict]:
    """Each excluded file as given and, when it lies in a source folder, as that folder plus its name inside."""
    roots: list[tuple[str, str]] = []  # (folder prefix, source name), the longest first
    for source in sources:
        for root in {os.path.expanduser(source.given), source.absolute}:
            if root:
                roots.append((os.path.join(root, ""), source.given))
    if request.kind == "sample" and request.excluded:
        roots.append((os.path.join(str(sample_folder(request.name or "")), ""), SAMPLE_SOURCE + (request.name or "")))
    roots.sort(key=lambda item: -len(item[0]))
    entries = []
    for path in request.excluded:
        entry = {"given": path, "source": None, "file": None}
        for prefix, name in roots:
            if path.startswith(prefix):
                entry.update(source=name, file=Path(path[len(prefix):]).as_posix())
                break
        entries.append(entry)
    return entries


def _model_bytes(model: TrainedModel, target: Path) -> bytes:
    """The model file's bytes, as save_model writes them (refusing what load_model would)."""
    try:
        data = model_to_bytes(model, MODEL_MEMBER)
    except ModelFileError as exc:
        raise LessonFileError(translate("LessonFile", "Cannot save the lesson to {target}: its model cannot be "
                                                      "saved ({rstrip}).").format(
            target=_name_of(target), rstrip=str(exc).rstrip('.'))) from None
    if len(data) > MAX_MODEL_BYTES:
        raise LessonFileError(translate("LessonFile", "Cannot save the lesson to {target}: its model takes "
                                                      "{bytes}, more than a lesson holds ({bytes2}).").format(
            target=_name_of(target), bytes=format_bytes(len(data)), bytes2=format_bytes(MAX_MODEL_BYTES)))
    return data


def _zip_bytes(document: dict, model_bytes: bytes | None) -> bytes:
    """The archive, byte for byte the same for the same lesson (fixed dates and attributes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        members = [(JSON_MEMBER, _dumps(document).encode("utf-8"), zipfile.ZIP_DEFLATED)]
        if model_bytes is not None:
            members.append((MODEL_MEMBER, model_bytes, zipfile.ZIP_STORED))  # float arrays barely compress
        for name, content, method in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=1, sort_keys=False)


# ---------------------------------------------------------------- loading
def load_lesson(path: str | os.PathLike) -> Lesson:
    """Reads a lesson file, refusing in one sentence anything that is not a complete, sane lrgui lesson."""
    path = Path(os.fsdecode(os.fspath(path))).expanduser()
    name = _name_of(path)
    data = _read_file(path, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise LessonFileError(translate("LessonFile", "{name} is not an lrgui lesson file (it is not a zip "
                                                      "archive, or it is damaged).").format(name=name)) from None
    try:
        with archive:
            document_bytes, model_bytes = _members(archive)
        document = _parse_json(document_bytes)
        lesson = _lesson(document)
        if document["model"] is not None:
            if model_bytes is None:
                raise _Invalid(translate("LessonFile", "it names a model but holds no {model_member}").format(
                    model_member=MODEL_MEMBER))
            lesson.model = _model(model_bytes, name)
        elif model_bytes is not None:
            raise _Invalid(translate("LessonFile", "it holds a {model_member} its lesson.json does not name").format(
                model_member=MODEL_MEMBER))
    except _Invalid as problem:
        raise LessonFileError(translate("LessonFile", "{name} is not a usable lrgui lesson: {problem}.").format(
            name=name, problem=problem)) from None
    except UserError:
        raise
    except Exception as exc:  # nothing from a hostile file may end in a traceback
        raise LessonFileError(translate("LessonFile", "{name} is not a usable lrgui lesson: it is damaged "
                                                      "({name2}).").format(name=name, name2=type(exc).__name__)) from None
    lesson.folder = path.parent.absolute()
    return lesson


def _read_file(path: Path, name: str) -> bytes:
    # the archive's bytes, the model member's and the model's arrays
    return read_regular_file(path, what="a lesson file", limit=MAX_FILE_BYTES, error=LessonFileError, name=name,
                             memory_factor=3)


def _members(archive: zipfile.ZipFile) -> tuple[bytes, bytes | None]:
    """lesson.json's and the model's bytes, after checking the member list and every declared size."""
    infos = archive.infolist()
    if len(infos) > len(MEMBERS):
        raise _Invalid(translate("LessonFile", "it holds {count} files, more than a lesson has").format(
            count=len(infos)))
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise _Invalid(translate("LessonFile", "it holds two files of the same name"))
    for info in infos:
        if info.filename not in MEMBERS:  # read by name only: no path of the archive ever reaches the disk
            raise _Invalid(translate("LessonFile", "it holds an unexpected file '{filename}'").format(
                filename=printable(info.filename, 60)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Invalid(translate("LessonFile", "'{filename}' is compressed in a way lrgui lessons never are").format(
                filename=info.filename))
        if info.flag_bits & 0x1:
            raise _Invalid(translate("LessonFile", "'{filename}' is encrypted").format(filename=info.filename))
    by_name = {info.filename: info for info in infos}
    if JSON_MEMBER not in by_name:
        raise _Invalid(translate("LessonFile", "it has no {json_member}").format(json_member=JSON_MEMBER))
    return (_member(archive, by_name[JSON_MEMBER], MAX_JSON_BYTES),
            _member(archive, by_name[MODEL_MEMBER], MAX_MODEL_BYTES) if MODEL_MEMBER in by_name else None)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, inflated a chunk at a time and counted as they come: a bomb stops at ``cap``.

    The declared size is checked first, but it is only what the archive
    claims; the count of what actually inflates is what bounds the memory.
    Nothing is ever written to disk.
    """
    if info.file_size > cap:
        raise _Invalid(translate("LessonFile", "its {filename} declares {bytes}, more than a lesson holds "
                                               "({bytes2})").format(
            filename=info.filename, bytes=format_bytes(info.file_size), bytes2=format_bytes(cap)))
    try:
        check_fits(info.file_size, translate("LessonFile", "The lesson's {filename}").format(filename=info.filename), cap=cap)
    except DataError as exc:
        raise _Invalid(str(exc).rstrip(".")) from None
    content = bytearray()
    with archive.open(info) as member:
        while chunk := member.read(MEMBER_CHUNK):
            content += chunk
            if len(content) > min(cap, info.file_size):
                raise _Invalid(translate("LessonFile", "its {filename} inflates beyond the {bytes} it declares").format(
                    filename=info.filename, bytes=format_bytes(info.file_size)))
    if len(content) != info.file_size:
        raise _Invalid(translate("LessonFile", "its {filename} is not the size it declares").format(
            filename=info.filename))
    return bytes(content)


def _parse_json(content: bytes) -> dict:
    try:
        document = strict_json(content.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _Invalid(translate("LessonFile", "its {json_member} is not valid JSON").format(
            json_member=JSON_MEMBER)) from None
    if not isinstance(document, dict) or document.get("lrgui") != MARKER:
        raise _Invalid(translate("LessonFile", "its {json_member} is not an lrgui lesson").format(
            json_member=JSON_MEMBER))
    document = migrate(document)
    _validate_document(document)
    return document


def _model(content: bytes, name: str) -> TrainedModel:
    """The model member, checked by the model file's own loader, from memory (never a temporary copy)."""
    try:
        return model_from_bytes(content, f"the model in {name}")
    except ModelFileError as exc:
        raise LessonFileError(str(exc)) from None


# ---------------------------------------------------------------- validating
def _validate_document(document: dict) -> None:
    """Refuses (as _Invalid) a document that is not exactly a lesson: shapes, types, depth and lengths."""
    if document.get("format_version") != FORMAT_VERSION:
        raise _Invalid(translate("LessonFile", "its format was not migrated"))  # load_lesson migrates first
    expected = {"lrgui", "format_version", "lrgui_version", "created", "title", "notes", "data", "sources",
                "excluded", "runs", "best_run", "model", "playground", "view"}
    if set(document) != expected:
        missing = sorted(expected - set(document)) or sorted(set(document) - expected)
        raise _Invalid(translate("LessonFile", "its {json_member} does not hold exactly the lesson's fields "
                                               "('{missing}')").format(
            json_member=JSON_MEMBER, missing=printable(missing[0], 40)))
    _text(document, "title", MAX_TITLE)
    notes = document["notes"]
    if not isinstance(notes, str) or len(notes.encode("utf-8", "surrogatepass")) > MAX_NOTES_BYTES:
        raise _Invalid(translate("LessonFile", "its notes are not a text of at most {value} KB").format(
            value=MAX_NOTES_BYTES // 1024))
    _check_plain(document, 1)
    for key in ("lrgui_version", "created"):
        _text(document, key, 100)
    if document["data"] is not None and not isinstance(document["data"], dict):
        raise _Invalid(translate("LessonFile", "its data request is not a JSON object"))
    _list(document, "sources", MAX_SOURCES)
    _list(document, "excluded", MAX_EXCLUDED)
    _list(document, "runs", MAX_RUNS)
    best = document["best_run"]
    if best is not None and not (type(best) is int and 0 <= best < len(document["runs"])):
        raise _Invalid(translate("LessonFile", "its best run is not one of its runs"))
    if document["model"] not in (None, MODEL_MEMBER):
        raise _Invalid(translate("LessonFile", "it names a model file other than its own"))
    playground = document["playground"]
    if playground is not None:
        if not isinstance(playground, dict):
            raise _Invalid(translate("LessonFile", "its playground is not a JSON object"))
        if len(_dumps(playground)) > MAX_PLAYGROUND_BYTES:
            raise _Invalid(translate("LessonFile", "its playground is larger than lrgui allows"))
        try:
            check_playground(playground)
        except SchemaError as problem:
            raise _Invalid(translate("LessonFile", "its playground is refused ({rstrip})").format(
                rstrip=str(problem).rstrip('.'))) from None
    view = _object(document["view"], "view")
    if set(view) != {"draft", "compare_rates", "selected_point"}:
        raise _Invalid(translate("LessonFile", "its view does not hold exactly the draft, the rates to compare and "
                                               "the displayed point"))
    if view["draft"] is not None and not isinstance(view["draft"], dict):
        raise _Invalid(translate("LessonFile", "its draft settings are not a JSON object"))
    _text(view, "compare_rates", optional=True)
    _count(view["selected_point"], "displayed point")


def _check_plain(value, depth: int) -> None:
    """JSON of bounded depth whose strings are bounded and numbers finite (a stack, not recursion)."""
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if level > MAX_JSON_DEPTH:
            raise _Invalid(translate("LessonFile", "its {json_member} is nested more than {max_json_depth} levels "
                                                   "deep").format(
                json_member=JSON_MEMBER, max_json_depth=MAX_JSON_DEPTH))
        if isinstance(item, dict):
            for key, child in item.items():
                if len(key) > MAX_TEXT:
                    raise _Invalid(translate("LessonFile", "it holds a name longer than lrgui allows"))
                stack.append((child, level + 1))
        elif isinstance(item, list):
            stack.extend((child, level + 1) for child in item)
        elif isinstance(item, str):
            if len(item) > MAX_NOTES_BYTES:
                raise _Invalid(translate("LessonFile", "it holds a text longer than lrgui allows"))
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise _Invalid(translate("LessonFile", "it holds a number that is not finite"))
        elif item is not None and not isinstance(item, (bool, int)):
            raise _Invalid(translate("LessonFile", "it holds a value that is not plain JSON"))


def _text(mapping: dict, key: str, limit: int = MAX_TEXT, *, optional: bool = False) -> str | None:
    value = mapping.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise _Invalid(translate("LessonFile", "its '{key}' is not a text of at most {limit} characters").format(
            key=key, limit=localize(format(limit, ","))))
    return value


def _list(mapping: dict, key: str, limit: int) -> list:
    value = mapping.get(key)
    if not isinstance(value, list) or len(value) > limit:
        raise _Invalid(translate("LessonFile", "its '{key}' is not a list of at most {limit} entries").format(
            key=key, limit=localize(format(limit, ","))))
    return value


def _texts(mapping: dict, key: str, limit: int = MAX_SOURCES) -> tuple[str, ...]:
    values = _list(mapping, key, limit)
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_TEXT for v in values):
        raise _Invalid(translate("LessonFile", "its '{key}' holds something other than texts").format(key=key))
    return tuple(values)


def _count(value, what: str, *, optional: bool = True, minimum: int = 0) -> int | None:
    if value is None and optional:
        return None
    if type(value) is not int or value < minimum or value >= 1 << 62:
        raise _Invalid(translate("LessonFile", "its {what} is not a whole number of at least {minimum}").format(
            what=what, minimum=minimum))
    return value


def _object(value, what: str) -> dict:
    if not isinstance(value, dict):
        raise _Invalid(translate("LessonFile", "its {what} is not a JSON object").format(what=what))
    return value


def _lesson(document: dict) -> Lesson:
    sources = [_source(_object(entry, "source")) for entry in document["sources"]]
    request, excluded = None, []
    if document["data"] is not None:
        request, excluded = _request(document["data"], sources, document["excluded"])
    runs = [_run(_object(entry, "run")) for entry in document["runs"]]
    view = document["view"]
    draft = None if view["draft"] is None else _run({"settings": view["draft"]}).settings
    return Lesson(document["title"], document["notes"], request, runs, document["best_run"], None,
                  document["playground"], sources, document["created"], excluded, draft=draft,
                  compare_rates=view["compare_rates"], selected_point=view["selected_point"])


def _source(entry: dict) -> LessonSource:
    digest = _text(entry, "digest", 64, optional=True)
    if digest is not None and not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise _Invalid(translate("LessonFile", "a source's digest is not a SHA-256 hex digest"))
    return LessonSource(
        _text(entry, "given"), _text(entry, "absolute", optional=True), _text(entry, "relative", optional=True),
        _count(entry.get("files"), "source's file count"), _count(entry.get("bytes"), "source's size"),
        digest, _text(entry, "hint", optional=True) or "")


def _request(data: dict, sources: list[LessonSource], excluded: list) -> tuple[DataRequest, list[ExcludedFile]]:
    kind = _text(data, "kind", 40)
    if kind not in source_kinds():
        raise _Invalid(translate("LessonFile", "its data source '{kind}' is not one lrgui knows").format(
            kind=printable(kind, 40)))
    classes = []
    for entry in _list(data, "classes", 1000):
        entry = _object(entry, "class")
        classes.append(ClassSource(_text(entry, "name", 200), _texts(entry, "train"), _texts(entry, "test")))
    fmt = data.get("image_format")
    image_format = None
    if fmt is not None:
        fmt = _object(fmt, "image format")
        if type(fmt.get("grayscale")) is not bool:
            raise _Invalid(translate("LessonFile", "its image format does not say grayscale or colour"))
        try:
            image_format = ImageFormat(_count(fmt.get("size"), "image size", optional=False, minimum=1), fmt["grayscale"])
        except DataError as exc:
            raise _Invalid(translate("LessonFile", "its image format is refused ({rstrip})").format(
                rstrip=str(exc).rstrip('.'))) from None
    selection = _object(data.get("selection"), "class selection")
    chosen = ClassSelection(_texts(selection, "classes", 1000), _text(selection, "positive", 200, optional=True),
                            _count(selection.get("per_class"), "images per class", minimum=1),
                            _count(selection.get("seed"), "selection seed", optional=False))
    renames = []
    for pair in _list(data, "renames", 1000):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and len(p) <= 200 for p in pair)):
            raise _Invalid(translate("LessonFile", "a class rename is not a pair of names"))
        renames.append(tuple(pair))
    fraction = data.get("test_fraction")
    if fraction is not None and (isinstance(fraction, bool) or not isinstance(fraction, (int, float))):
        raise _Invalid(translate("LessonFile", "its test fraction is not a number"))
    toy_options = _object(data.get("toy_options"), "toy options")
    for key, value in toy_options.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(translate("LessonFile", "its toy option '{key}' is not a number").format(
                key=printable(key, 40)))
    given_sources = {s.given for s in sources} | {SAMPLE_SOURCE + (data.get("name") or "")}
    excluded_paths = []
    for entry in excluded:
        entry = _object(entry, "excluded file")
        source = _text(entry, "source", optional=True)
        if source is not None and source not in given_sources:
            raise _Invalid(translate("LessonFile", "an excluded file names a folder the lesson does not have"))
        excluded_paths.append(ExcludedFile(_text(entry, "given"), source, _text(entry, "file", optional=True)))
    try:
        request = DataRequest(
            kind, paths=_texts(data, "paths"), test_paths=_texts(data, "test_paths"), classes=tuple(classes),
            name=_text(data, "name", 200, optional=True), image_format=image_format, selection=chosen,
            renames=tuple(renames), test_fraction=fraction, seed=_count(data.get("seed"), "seed", optional=False),
            toy_options=tuple(toy_options.items()), excluded=tuple(e.given for e in excluded_paths))
    except DataError as exc:
        raise _Invalid(translate("LessonFile", "its data request is refused ({rstrip})").format(
            rstrip=str(exc).rstrip('.'))) from None
    return request, excluded_paths


def _run(entry: dict) -> LessonRun:
    try:
        settings = TrainingSettings.from_dict(_object(entry.get("settings"), "run's settings"),
                                              unknown="refuse").validate()  # checked once, here
    except UserError as exc:
        raise _Invalid(translate("LessonFile", "a run's settings are refused ({rstrip})").format(
            rstrip=str(exc).rstrip('.'))) from None
    curves = entry.get("curves")
    if curves is not None:
        try:
            check_run_curves(_object(curves, "run's curves"))  # its sizes before its points, every value bounded
        except SchemaError as exc:
            raise _Invalid(translate("LessonFile", "a run's curves are refused ({rstrip})").format(
                rstrip=str(exc).rstrip('.'))) from None
    return LessonRun(settings, curves)


# ---------------------------------------------------------------- resolving the data
def resolve_request(lesson: Lesson, *, accept_changed: bool = False) -> DataRequest:
    """The lesson's data request with every folder found on this machine (and the exclusions moved with them).

    Each source is looked for where the user located it, then relative to the
    lesson file, then at its absolute path and as given. Raises
    :class:`LessonDataProblem` for the first folder missing, or whose file list
    (names and sizes) differs from the one saved unless ``accept_changed``.
    """
    if lesson.request is None:
        raise UserError(translate("LessonFile", "This lesson has no data to train on (it is a playground lesson); "
                                                "open it in the app."))
    request = lesson.request
    found: dict[str, str] = {}
    kinds = dict(_request_folders(request))
    for source in _sources_of(lesson):
        folder = _find(source, lesson.folder)
        shown = printable(source.given)
        hint = f" {source.hint}" if source.hint else ""
        if folder is None:
            raise LessonDataProblem(
                translate("LessonFile", "The lesson's folder {shown} was not found; locate it (the app asks for it "
                                        "when the lesson is opened) or put it back.{hint}").format(
                shown=shown, hint=hint), source.given, "missing")
        if source.digest and not accept_changed:
            files, _, digest = folder_digest(folder, kinds.get(source.given, "folders"))
            if digest != source.digest:
                what = (translate("LessonFile", "it holds {files} files, not {expected}").format(
                            files=format_int(files), expected=format_int(source.files))
                        if source.files is not None and files != source.files
                        else translate("LessonFile", "the names or sizes of its files differ"))
                raise LessonDataProblem(
                    translate("LessonFile", "The lesson's folder {shown} has changed since the lesson was saved "
                                            "({what}); locate the original folder or train on it as it is.").format(
                    shown=shown, what=what), source.given, "changed")
        found[source.given] = folder
    return _rebased(request, found, lesson.excluded_files)


def _sources_of(lesson: Lesson) -> list[LessonSource]:
    """The lesson's sources for the request's folders, a bare one for any folder the file did not describe."""
    known = {s.given: s for s in lesson.sources}
    for given, _ in _request_folders(lesson.request):
        if given not in known:
            known[given] = LessonSource(given)
            lesson.sources.append(known[given])
    return [known[given] for given, _ in _request_folders(lesson.request)]


def _find(source: LessonSource, lesson_folder: Path | None) -> str | None:
    candidates = [source.located]
    if source.relative is not None and lesson_folder is not None:
        candidates.append(os.path.normpath(os.path.join(lesson_folder, source.relative)))
    candidates += [source.absolute, source.given]
    for candidate in candidates:
        folder = _existing_folder(candidate)
        if folder is not None:
            return folder
    return None


def _rebased(request: DataRequest, found: dict[str, str], where: list[ExcludedFile]) -> DataRequest:
    def moved(paths):
        return tuple(found.get(p, p) for p in paths)

    classes = tuple(ClassSource(c.name, moved(c.train), moved(c.test)) for c in request.classes)
    excluded = []
    located = {entry.given: entry for entry in where}
    for entry in (located.get(p, ExcludedFile(p)) for p in request.excluded):
        if entry.source is not None and entry.file is not None:
            if entry.source.startswith(SAMPLE_SOURCE):
                root = str(sample_folder(entry.source[len(SAMPLE_SOURCE):]))
            else:
                root = os.path.expanduser(found.get(entry.source, entry.source))
            excluded.append(os.path.join(root, *entry.file.split("/")))
        else:
            excluded.append(entry.given)
    return replace(request, paths=moved(request.paths), test_paths=moved(request.test_paths), classes=classes,
                   excluded=tuple(excluded))


def rebind_source(lesson: Lesson, source: str, folder: str | os.PathLike) -> None:
    """Uses ``folder`` for the lesson's source ``source`` (as :class:`LessonDataProblem` named it).

    Other sources still missing are then looked for beside it, by their own
    folder names: locating ``airplanes`` finds ``Motorbikes`` next to it.
    """
    folder = os.path.abspath(os.path.expanduser(os.fspath(folder)))
    if not os.path.isdir(folder):
        raise DataError(translate("LessonFile", "Not a folder: {folder}").format(folder=printable(folder)))
    sources = _sources_of(lesson)
    chosen = next((s for s in sources if s.given == source), None)
    if chosen is None:
        raise DataError(translate("LessonFile", "The lesson has no folder {source}.").format(
            source=printable(source)))
    chosen.located = folder
    parent = os.path.dirname(folder)
    for other in sources:
        if other is not chosen and _find(other, lesson.folder) is None:
            sibling = os.path.join(parent, os.path.basename(os.path.normpath(os.path.expanduser(other.given))))
            if os.path.isdir(sibling):
                other.located = sibling


# ---------------------------------------------------------------- running
def run_lesson(lesson: Lesson, progress: Progress | None = None, should_stop: StopCheck | None = None,
               *, accept_changed: bool = False) -> tuple[LoadedData, Experiment]:
    """Loads the lesson's data and prepares its runs; the caller iterates ``experiment.events()``.

    The same lesson and data give the same curves: the request carries the
    split's seed and every run its own.
    """
    request = resolve_request(lesson, accept_changed=accept_changed)
    if not lesson.runs:
        raise UserError(translate("LessonFile", "This lesson has no training settings to run."))
    loaded = load(request, progress=progress, should_stop=should_stop)
    experiment = Experiment(loaded.data, list(lesson.settings))
    experiment.request = request
    return loaded, experiment


def lesson_training(path: str | os.PathLike) -> tuple[DataRequest, list[TrainingSettings]]:
    """For ``lrgui train --lesson FILE``: the lesson's data request (folders found) and its runs' settings."""
    lesson = load_lesson(path)
    request = resolve_request(lesson)
    if not lesson.runs:
        raise UserError(translate("LessonFile", "{path} has no training settings to run.").format(
            path=_name_of(Path(path))))
    return request, list(lesson.settings)


# ---------------------------------------------------------------- the built-in lessons
def lessons_dir() -> Path:
    return resources_dir() / "lessons"


def builtin_lessons() -> list[tuple[str, str, Path]]:
    """(name, title, path) of each built-in lesson shipped in ``resources/lessons``, in the order offered.

    The titles are in the user's language (English in the command line).
    """
    folder = lessons_dir()
    return [(name, translate("Lesson", title), folder / (name + LESSON_EXTENSION))
            for name, title in BUILTIN_LESSONS.items() if (folder / (name + LESSON_EXTENSION)).is_file()]


def lesson_notes_in_language(notes: str) -> str:
    """``notes`` with every paragraph of a built-in lesson in the user's language; any other line as it is.

    A paragraph is a line (a heading, a step, a question), recognised by its
    exact text (:mod:`lrgui.session.lesson_texts`), so a teacher's own notes,
    or a built-in lesson's notes the teacher edited, keep their words.
    """
    lines = []
    for line in notes.split("\n"):
        text = line.strip()
        if text in _BUILTIN_PARAGRAPHS:
            start = line.index(text)
            line = line[:start] + translate("Lesson", text) + line[start + len(text):]
        lines.append(line)
    return "\n".join(lines)


def lesson_in_language(lesson: Lesson) -> Lesson:
    """``lesson`` with a built-in title and the built-in paragraphs of its notes in the user's language."""
    title = translate("Lesson", lesson.title) if lesson.title in BUILTIN_LESSONS.values() else lesson.title
    return replace(lesson, title=title, notes=lesson_notes_in_language(lesson.notes))


_BUILTIN_PARAGRAPHS = frozenset(PARAGRAPHS)


# ---------------------------------------------------------------- helpers
def _name_of(path: Path) -> str:
    return printable(path.name or str(path))

