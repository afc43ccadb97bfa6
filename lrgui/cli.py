"""The command line: ``lrgui train`` and ``lrgui predict``.

User errors (bad arguments, missing folders, unreadable models) end with one
line on stderr and exit status 2, never a traceback. With ``--json`` stdout
holds exactly one JSON document; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Sequence

import lrgui
from lrgui.data import (
    LEGACY_MODEL_EXTENSION,
    MODEL_EXTENSION,
    ImageFormat,
    LoadingCancelled,
    check_save_target,
    list_images,
    load_model,
    save_model,
)
from lrgui.data.files import identities, is_same_place, redirect_to_null
from lrgui.data.samples import list_samples
from lrgui.data.importers import IMPORTERS
from lrgui.data.selection import ClassSelection
from lrgui.errors import UserError
from lrgui.session.advice import XOR_ADVICE, format_rate
from lrgui.session.experiment import Experiment
from lrgui.session.training_session import run_advice, run_outcome
from lrgui.kinds import all_kinds, kind_names
from lrgui.kinds.fields import SchemaError
from lrgui.kinds.settings import CHOSEN_WITH_A_KIND, Setting, TrainingSettings, parse_learning_rates
from lrgui.session.sources import DEFAULT_TEST_FRACTION, DataRequest, load, preset_for, toy_names
from lrgui.session.terminal import json_text, terminal_text, tsv_field
from lrgui.session.trainer import Preparing, Recorded, RunFinished, RunStarted, Stepped, TrainingResult
from lrgui.session.wording import format_percent

EXIT_USER_ERROR = 2
EXIT_OUTPUT_CLOSED = 3  # stdout was closed early (a broken pipe); the model, if any, was saved
EXIT_INTERRUPTED = 130
MIN_SIZE, MAX_SIZE = 4, 1024


class ArgumentError(UserError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as a UserError (one line, exit 2) instead of printing usage."""

    def error(self, message: str):
        raise ArgumentError(f"{self.prog}: {message}")


# ------------------------------------------------------------------ argument types
def _float_where(accept, requirement: str):
    """An argparse type: a number for which ``accept(value)`` holds, else "must be <requirement>"."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or not accept(value):
            raise argparse.ArgumentTypeError(f"must be {requirement}, not {text}")
        return value

    return parse


_positive_float = _float_where(lambda v: v > 0, "a finite number greater than 0")
_non_negative_float = _float_where(lambda v: v >= 0, "a finite number of at least 0")
_holdout = _float_where(lambda v: 0 <= v < 1, "at least 0 and below 1")


def _learning_rates(text: str) -> list[float]:
    """The one parser of a list of learning rates (the window's too); each rate is checked with its run."""
    try:
        return parse_learning_rates(text)
    except UserError as error:
        raise argparse.ArgumentTypeError(str(error).rstrip(".")) from None


def _int_at_least(minimum: int, maximum: int | None = None):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
            raise argparse.ArgumentTypeError(f"must be {bounds}, not {value}")
        return value

    return parse


def _class_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give class names separated by commas")
    return names


def _add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """Where the images come from and which are used: shared by train and export-dataset."""
    parser.add_argument("--seed", type=_int_at_least(0), default=0,
                        help="seed for sampling, splits and initial weights (default 0)")
    parser.add_argument("dirs", nargs="*", metavar="DIR", help="a parent folder of class folders, or class folders")
    parser.add_argument("--sample", metavar="NAME",
                       help="train on a built-in sample instead of DIRs, with its recommended settings "
                       "('list' shows the samples)")
    for importer in IMPORTERS.values():  # one flag per data-set format: --cifar10, --fashion-mnist, …
        parser.add_argument(importer_flag(importer.name), metavar="DIR", dest=_importer_dest(importer.name),
                            help=f"import {importer.title} from DIR ({importer.hint}) instead of DIRs")
    parser.add_argument("--toy", choices=toy_names(), type=str.lower, metavar="NAME",
                       help=f"a toy 2-D set ({', '.join(toy_names())}), with its own default settings")
    parser.add_argument("--points", type=_int_at_least(4, 10_000), metavar="N",
                       help="points of a generated --toy set (blobs, circles, moons, spiral; extra jittered copies for the gates)")
    parser.add_argument("--noise", type=_float_where(lambda v: 0 <= v <= 1, "between 0 and 1"), metavar="F",
                       help="noise of a generated --toy set (0–1)")
    parser.add_argument("--no-cache", action="store_true", help="decode every image again instead of using the cache")
    parser.add_argument("--test", nargs="+", metavar="DIR", default=[], help="test folders (a parent or class folders)")
    parser.add_argument("--test-fraction", type=_holdout, metavar="F",
                       help=f"hold out this fraction of each class for testing when the data have no test set "
                       f"(default {DEFAULT_TEST_FRACTION:g}; 0 for none; toy sets hold out nothing by default)")
    parser.add_argument("--size", type=_int_at_least(MIN_SIZE, MAX_SIZE), default=None, metavar="N", help="image size in pixels (default 64)")
    parser.add_argument("--grayscale", action="store_true", help="use grayscale instead of colour")
    parser.add_argument("--classes", type=_class_list, metavar="A,B,...", help="train on these classes only")
    parser.add_argument("--one-vs-rest", metavar="CLASS", help="CLASS against an equal-size sample of all others")
    parser.add_argument("--per-class", type=_int_at_least(1), metavar="N", help="at most N images of each class (seeded sample)")


def importer_flag(name: str) -> str:
    return "--" + name


def _importer_dest(name: str) -> str:
    return "import_" + name.replace("-", "_")


def _imported(args) -> tuple[str, str] | None:
    """(format, folder) of the one importer flag given, if any."""
    given = [(name, getattr(args, _importer_dest(name), None)) for name in IMPORTERS]
    return next(((name, folder) for name, folder in given if folder), None)


def _model_settings() -> dict[str, tuple[Setting, list]]:
    """Every kind's settings (but the model and the seed, which have their own flags), with the kinds using each."""
    found: dict[str, tuple[Setting, list]] = {}
    for setting in CHOSEN_WITH_A_KIND:
        found[setting.name] = (setting, [])
    for kind in all_kinds():
        for setting in kind.settings:
            found.setdefault(setting.name, (setting, []))[1].append(kind)
    return found


def _flag_type(setting: Setting):
    """Only the syntax is read here: every value is checked once, with the settings (one sentence, exit 2)."""
    field = setting.field
    if setting.name == "learning_rate":
        return _learning_rates
    return {"int": int, "number": float}.get(field.kind, str)


def _add_model_arguments(group) -> None:
    """The model flags, generated from the settings the kinds declare (flags, help and defaults)."""
    group.add_argument("--model", choices=kind_names(), default="logistic",
                       help="; ".join(f"{kind.name}: {kind.title.lower()}" for kind in all_kinds())
                       + " (default logistic)")
    exclusive = {}
    for name, (setting, kinds) in _model_settings().items():
        if setting.field.kind == "bool":
            group.add_argument(setting.cli_flag, action="store_true", default=None, help=setting.help)
            continue
        defaults = [(kind, kind.defaults().get(name)) for kind in kinds]
        said = "; ".join(f"{_shown_default(value)} for {kind.name}" for kind, value in defaults if value is not None)
        users = "" if len(kinds) == len(all_kinds()) else " (" + ", ".join(kind.name for kind in kinds) + ")"
        options = dict(type=_flag_type(setting), default=None, help=setting.help + users
                       + (f"; default {said}" if said else ""))
        if setting.field.kind == "choice":
            options["choices"] = setting.field.choices
        else:
            options["metavar"] = "LR" if name == "learning_rate" else ("N" if setting.field.kind == "int" else "X")
        target = group
        if setting.exclusive:  # settings that say one thing two ways: --batches or --batch-size
            if setting.exclusive not in exclusive:
                exclusive[setting.exclusive] = group.add_mutually_exclusive_group()
            target = exclusive[setting.exclusive]
        target.add_argument(setting.cli_flag, dest=name, **options)


def _shown_default(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lrgui",
        description="Train image classifiers from first principles. Run without arguments to open the desktop app.",
        epilog="lrgui --self-test runs the sample through loading, training and prediction, offscreen, "
        "and exits 0 if all works.",
    )
    parser.add_argument("--version", action="version", version=f"lrgui {lrgui.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    train = commands.add_parser(
        "train",
        help="train a classifier on folders of images",
        description="Train a classifier. Give one folder whose subfolders are the classes (or which holds "
        "train/ and test/ with class subfolders), or several class folders.",
    )
    _add_data_arguments(train)
    _add_model_arguments(train.add_argument_group("model and training"))
    train.add_argument("--boundary", metavar="FILE.png",
                       help="for --toy sets: draw the final decision boundary with the points into this PNG")
    train.add_argument("--out", default=f"model{MODEL_EXTENSION}", metavar="FILE",
                       help=f"where to save the model (default model{MODEL_EXTENSION}; '' to not save)")
    train.add_argument("--force", action="store_true",
                       help="replace an existing file at --out or --boundary (without it, lrgui refuses)")
    train.add_argument("--json", action="store_true", help="print one JSON object with the results on stdout")
    train.add_argument("--lesson", metavar="FILE.lrlesson",
                       help="train as the lesson file says: its data (folders looked for beside the lesson first), "
                       "its runs and seeds; the other data and model options are not used")

    predict = commands.add_parser(
        "predict",
        help="label images with a trained model",
        description="Predict the label of images with a saved model. PATH is an image or a folder of images.",
    )
    predict.add_argument("model", metavar="MODEL", help=f"a model file ({MODEL_EXTENSION})")
    predict.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders")
    predict.add_argument("--json", action="store_true", help="print a JSON list of {path, label, probability}")
    predict.add_argument("--explain", metavar="DIR",
                         help="also write each image's contributions (<stem>.contrib.npy and .contrib.png) into DIR")
    predict.add_argument("--force", action="store_true",
                         help="replace existing .contrib files in DIR (an input image is never replaced)")

    evaluate = commands.add_parser(
        "evaluate", help="measure a model on labelled images",
        description="Accuracy, the majority baseline, the confusion matrix, precision and recall, and the "
        "misclassified files of a model on images whose folders name their classes (any folder layout).")
    evaluate.add_argument("model", metavar="MODEL", help=f"a model file ({MODEL_EXTENSION})")
    evaluate.add_argument("paths", nargs="+", metavar="PATH", help="class folders, or a parent of class folders")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")

    export = commands.add_parser(
        "export", help="write a model as a plain NumPy + Pillow script",
        description="Writes OUT_DIR/predict.py, OUT_DIR/weights.npz and OUT_DIR/README.md: a script that labels "
        "images exactly as lrgui predict does, with NumPy and Pillow only.")
    export.add_argument("model", metavar="MODEL", help=f"a model file ({MODEL_EXTENSION})")
    export.add_argument("out_dir", metavar="OUT_DIR", help="a new or empty folder to write (created if missing)")
    export.add_argument("--force", action="store_true",
                        help="write into a folder that holds only an earlier export's three files, replacing them")

    dataset = commands.add_parser(
        "export-dataset", help="write images as an HDF5 dataset (train_x, train_y, test_x, test_y, list_classes)",
        description="Reads the images exactly as lrgui train would and writes them as the tutorial's HDF5 file.")
    _add_data_arguments(dataset)
    dataset.add_argument("--out", required=True, metavar="FILE", help="the HDF5 file to write, e.g. data.h5")
    dataset.add_argument("--force", action="store_true", help="replace an existing file at --out")

    convert = commands.add_parser(
        "convert", help=f"convert an old {LEGACY_MODEL_EXTENSION} model file to {MODEL_EXTENSION}",
        description="Reads an old HDF5 model file in a separate, time- and memory-limited process and writes it "
        "as a safetensors model file.")
    convert.add_argument("source", metavar="OLD", help=f"an old model file ({LEGACY_MODEL_EXTENSION})")
    convert.add_argument("target", nargs="?", metavar="NEW", help=f"where to write it (default: OLD with {MODEL_EXTENSION})")
    convert.add_argument("--force", action="store_true", help="replace an existing file at NEW")
    return parser


# ---------------------------------------------------------------------- output
class Console:
    """Messages and progress bars on stderr; results on stdout (stderr when stdout carries JSON).

    A closed stdout (``lrgui train | head -1``) must not lose the model being
    trained: writing to it is then given up quietly, training and saving go
    on, and the command ends with a non-zero status.
    """

    def __init__(self, json_mode: bool):
        self.json_mode = json_mode
        self.interactive = sys.stderr.isatty()
        self.stdout_closed = False

    def info(self, message: str) -> None:
        """Results a person reads: stdout normally, stderr when stdout carries JSON."""
        if self.json_mode:
            self.note(message)
        else:
            self.out(message)

    def out(self, text: str) -> None:
        if self.stdout_closed:
            return
        try:
            print(text, flush=True)
        except BrokenPipeError:
            self.stdout_closed = True
            _silence_stdout()

    def note(self, message: str) -> None:
        try:
            print(message, file=sys.stderr, flush=True)
        except (BrokenPipeError, ValueError):
            pass

    @contextmanager
    def bar(self, total: int, description: str, unit: str):
        if not self.interactive:
            yield None
            return
        from tqdm import tqdm

        with tqdm(total=total, desc=description, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True) as bar:
            yield bar


def _silence_stdout() -> None:
    """Points stdout at /dev/null, so the interpreter's final flush cannot fail on the closed pipe."""
    try:
        redirect_to_null(sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class StopOnInterrupt:
    """The first Ctrl+C asks training to stop (keeping what it reached); a second one aborts."""

    def __init__(self):
        self.requested = False
        self._previous = None
        self.on_stop = None

    def __enter__(self):
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc):
        signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        if self.on_stop is not None:
            self.on_stop()
        try:
            print("\nStopping… (press Ctrl+C again to abort)", file=sys.stderr, flush=True)
        except (BrokenPipeError, ValueError):
            pass

    def __call__(self) -> bool:
        return self.requested


# ------------------------------------------------------------------------ train
def _request(args) -> DataRequest:
    """The one data request the flags describe (the session layer loads it)."""
    given = [flag for flag, value in (("DIR", args.dirs), ("--sample", args.sample), ("--toy", args.toy)) if value]
    given += [importer_flag(name) for name in IMPORTERS if getattr(args, _importer_dest(name), None)]
    if len(given) > 1:
        raise ArgumentError(f"lrgui train: give only one source of data, not {' and '.join(given)}.")
    if not given:
        raise ArgumentError(f"lrgui train: give a folder of images, or {_source_flags()} "
                            "(see lrgui train --help).")
    if args.test and not args.dirs:
        raise ArgumentError("lrgui train: --test goes with folders of images (DIR).")
    if args.one_vs_rest is not None and not args.one_vs_rest.strip():
        raise ArgumentError("lrgui train: --one-vs-rest needs a class name, not an empty text.")
    selection = ClassSelection(tuple(args.classes or ()), args.one_vs_rest, args.per_class, args.seed)
    if args.toy:
        kind, name, paths = "toy", args.toy, ()
    elif args.sample:
        kind, name, paths = "sample", args.sample, ()
    elif _imported(args):
        kind, folder = _imported(args)
        name, paths = None, (folder,)
    else:
        kind, name, paths = "folders", None, tuple(args.dirs)
    request = DataRequest(kind, paths=paths, test_paths=tuple(args.test), name=name, selection=selection,
                          test_fraction=args.test_fraction, seed=args.seed, use_cache=not args.no_cache,
                          toy_options=_toy_options(args))
    if request.is_images:
        native = request.resolved_format()
        if args.size is not None or args.grayscale:
            request = DataRequest(**{**request.__dict__, "image_format": ImageFormat(
                args.size or native.size, bool(args.grayscale) or native.grayscale)})
    elif args.size is not None or args.grayscale:
        raise ArgumentError("lrgui train: --size and --grayscale are for images, not for --toy sets.")
    return request


def _source_flags() -> str:
    flags = ["--sample", *(importer_flag(name) for name in IMPORTERS), "--toy"]
    return ", ".join(flags[:-1]) + " or " + flags[-1]


def _toy_options(args) -> tuple:
    options = []
    for flag, key in (("points", "points"), ("noise", "noise")):
        value = getattr(args, flag, None)
        if value is not None:
            if not args.toy:
                raise ArgumentError(f"lrgui train: --{flag} goes with --toy.")
            options.append((key, value))
    return tuple(options)


def _settings(args, learning_rate: float | None, preset: dict) -> TrainingSettings:
    """The user's flags, checked once here; what they left out comes from the data's preset, then the kind's defaults."""
    values = {name: getattr(args, name, None) for name in _model_settings()}
    settings = TrainingSettings.of(**{**values, "model": args.model, "learning_rate": learning_rate, "seed": args.seed})
    try:
        return settings.with_preset(preset).validate()
    except SchemaError as error:
        setting = getattr(error, "setting", None)
        if setting is None or getattr(args, setting.name, None) is None:
            raise
        raise ArgumentError(f"lrgui train: argument {setting.cli_flag}: {error}") from None




def _load(request: DataRequest, console: Console, stop: StopOnInterrupt):
    with console.bar(0, "Loading", "img") as bar:
        def progress(done, total):
            if bar is not None:
                bar.total = total
                bar.n = done
                bar.refresh()

        return load(request, progress=progress, should_stop=stop)


def _load_reporting(request: DataRequest, console: Console, stop: StopOnInterrupt, lost: str):
    """Loads the request, lists what was skipped and noted; None (said why) when Ctrl+C stopped it."""
    try:
        loaded = _load(request, console, stop)
    except LoadingCancelled:
        console.note(f"Interrupted while loading images; {lost}.")
        return None
    for skipped in loaded.data.skipped:
        console.note(f"skipped {terminal_text(skipped.path)}: {skipped.reason}")
    for note in loaded.notes:
        console.note(f"note: {note}")
    return loaded


def _train(experiment: Experiment, console: Console, stop: StopOnInterrupt) -> None:
    """Iterates the experiment's events: cost lines at recorded points, a progress bar per run."""
    stop.on_stop = experiment.request_stop
    bar_context = None
    bar = None
    unit = "iterations"
    kind = None
    try:
        for event in experiment.events():
            if isinstance(event, RunStarted):
                settings = event.settings
                kind = settings.kind
                unit = kind.step_word()
                steps = (f", learning rate {format_rate(settings.learning_rate)}, {settings.epochs:,} {unit}"
                         if kind.iterates else "")
                console.info(f"Training {kind.title.lower()}{kind.shape_words(settings)}: "
                             f"{experiment.data.train.n_features:,} features{steps}")
                bar_context = console.bar(event.last - event.first, "Training", unit[:2])
                bar = bar_context.__enter__()
            elif isinstance(event, Recorded):
                words = unit if kind is None else kind.step_word(event.iteration)
                line = f"cost after {event.iteration} {words}: {event.train_cost:.4f}"
                if event.test_cost is not None:
                    line += f" (test cost {event.test_cost:.4f})"
                if bar is not None:
                    bar.clear()
                console.info(line)
            elif isinstance(event, Stepped) and bar is not None:
                bar.n = event.iteration - event.first
                bar.refresh()
            elif isinstance(event, Preparing) and bar is not None:
                bar.set_postfix_str("preparing")
            elif isinstance(event, RunFinished):
                if bar_context is not None:
                    bar_context.__exit__(None, None, None)
                    bar_context = bar = None
                _report_run(event.result, console, experiment)
    finally:
        if bar_context is not None:
            bar_context.__exit__(None, None, None)
        stop.on_stop = None


def _report_run(result: TrainingResult, console: Console, experiment: Experiment) -> None:
    console.info(f"train accuracy: {format_percent(result.train_accuracy)}")
    console.info(f"test accuracy: {format_percent(result.test_accuracy) if result.test_accuracy is not None else 'n/a (no test set)'}")
    request = getattr(experiment, "request", None)
    toy = request.name if request is not None and request.kind == "toy" else None
    for sentence in run_advice(result, toy):  # the window says the same (lrgui.session.training_session)
        if sentence == XOR_ADVICE:
            console.note(f"note: {sentence[:-1]} (--model mlp).")  # the command line's word for the network
        else:
            console.note("warning: " + sentence)
    if result.stopped_early and experiment.stop_requested:
        unit = result.settings.kind.step_word()
        console.note(f"Stopped by Ctrl+C after {result.iterations:,} {unit}; keeping the model reached.")


def _run_summary(result: TrainingResult) -> dict:
    return {
        "learning_rate": result.learning_rate,
        "costs": [[int(i), float(c)] for i, c in result.costs],
        "final_cost": result.final_cost,
        "test_costs": None if result.final_test_cost is None else
        [[i, v] for i, v in result.series("test_cost")],
        "train_accuracies": [[i, v] for i, v in result.series("train_accuracy")],
        "test_accuracies": [[i, v] for i, v in result.series("test_accuracy")],
        "train_accuracy": result.train_accuracy,
        "test_accuracy": result.test_accuracy,
        "seconds_training": round(result.seconds_training, 4),
        "iterations": result.iterations,
        "stopped_early": result.stopped_early,
        "diverged": result.diverged,
        "unstable": None if result.unstable is None else result.unstable.as_dict(),
        "record_every": int(getattr(result.model.estimator, "record_every_", None) or result.settings.record_every or 1),
    }


def command_train(args) -> int:
    console = Console(args.json)
    if args.sample == "list":
        for name, description in list_samples():
            console.out(f"{name}\t{description}")
        return 0
    if args.out:  # '' means: do not save; any other name is checked before the images are loaded, not after
        check_save_target(args.out, force=args.force, inputs=[args.lesson] if args.lesson else ())
    lesson_runs = None
    if args.lesson:
        from lrgui.session.lesson import lesson_training

        if args.dirs or args.sample or _imported(args) or args.toy:
            raise ArgumentError(f"lrgui train: --lesson brings its own data; give no DIR, {_source_flags()} with it.")
        request, lesson_runs = lesson_training(args.lesson)
    else:
        request = _request(args)
    if args.boundary:
        if request.kind != "toy":
            raise ArgumentError("lrgui train: --boundary draws 2-D toy sets only (--toy NAME).")
        from lrgui.session.boundary_image import check_boundary_path

        check_boundary_path(args.boundary, force=args.force)  # refused before training, not after
        if args.out and is_same_place(args.out, args.boundary):
            raise ArgumentError("lrgui train: --out and --boundary name the same file.")
    preset = preset_for(request)
    rates = args.learning_rate or [None]
    runs = lesson_runs or [_settings(args, rate, preset) for rate in rates]  # bad flags are refused before minutes of loading
    with StopOnInterrupt() as stop:
        loaded = _load_reporting(request, console, stop, "nothing was trained or saved")
        if loaded is None:
            return EXIT_INTERRUPTED
        data = loaded.data
        n_test = 0 if data.test is None else len(data.test)
        counts = ", ".join(f"{terminal_text(name)} {count:,}" for name, count in data.train.counts().items())
        what = "points" if data.train.image_format is None else "images"
        console.info(
            f"Loaded {len(data.train):,} training {what} ({counts}) and {n_test:,} test {what} "
            f"in {loaded.seconds:.1f} s" + (f"; skipped {len(data.skipped):,} files" if data.skipped else ""))
        experiment = Experiment(data, runs)
        experiment.request = request
        _train(experiment, console, stop)

    results = experiment.results
    outcome = run_outcome(results)  # the window keeps the same run, for the same reason
    if outcome.kept is None:  # Ctrl+C before the first iteration
        console.note("Stopped before the first iteration; nothing was trained or saved.")
        return EXIT_INTERRUPTED
    best, chosen_by, why = outcome.kept, outcome.chosen_by, outcome.reason
    model_path = None
    if args.out:
        inputs = [*(data.train.paths or ()), *((data.test.paths or ()) if data.test is not None else ()),
                  *([args.lesson] if args.lesson else [])]
        model_path = str(save_model(best.model, args.out, force=args.force, inputs=inputs))  # never over an image
        console.info(f"model saved to {terminal_text(model_path)}")
    if args.boundary:
        from lrgui.session.boundary_image import write_boundary_png

        written = write_boundary_png(args.boundary, best.model, data.train.X, data.train.y,
                                     list(data.train.classes), force=args.force)
        console.info(f"decision boundary drawn in {terminal_text(written)}")
    common = {
        "classes": list(data.train.classes),
        "n_train": len(data.train),
        "n_test": n_test,
        "skipped": [s.as_dict() for s in data.skipped],
        "seconds_loading": round(loaded.seconds, 4),
        "model": model_path,
    }
    if len(results) > 1:
        summary = {
            "runs": [{**common, **_run_summary(r), "model": model_path if r is best else None} for r in results],
            "model": model_path,
            "best_learning_rate": best.learning_rate,
            "chosen_by": chosen_by,
        }
        console.info(why + (" That model is saved." if model_path else ""))
    else:
        summary = {**common, **_run_summary(best)}
    if args.json:
        console.out(json_text(summary))
    if console.stdout_closed:
        console.note("The output was closed before lrgui finished writing"
                     + (f"; the model was saved to {terminal_text(model_path)}." if model_path else "."))
        return EXIT_OUTPUT_CLOSED
    return 0


# ---------------------------------------------------------------------- predict
def _image_paths(paths: Sequence[str], skipped: list) -> list[Path]:
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            found.extend(list_images(path, skipped))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise ArgumentError(f"Not an image file or a folder: {terminal_text(path)}")
        else:
            raise ArgumentError(f"No such file or folder: {terminal_text(path)}")
    if not found:
        raise ArgumentError("No image files found in " + ", ".join(terminal_text(p) for p in paths) + ".")
    return found


def command_predict(args) -> int:
    console = Console(args.json)
    model = load_model(args.model)
    if args.explain is not None:
        from lrgui.session.explain_image import prepare_folder

        prepare_folder(args.explain)  # an unusable folder is refused before any image is read
    listing_skipped: list = []
    paths = _image_paths(args.paths, listing_skipped)
    predictions = []
    notes: list[str] = []
    skipped = list(listing_skipped)
    with console.bar(len(paths), "Predicting", "img") as bar:
        done = 0
        for batch, batch_skipped in _prediction_batches(model, paths, args.explain, force=args.force, notes=notes):
            skipped.extend(batch_skipped)
            done += len(batch) + len(batch_skipped)
            if bar is not None:
                bar.n = done
                bar.refresh()
            if args.json:
                predictions.extend(p.as_dict() for p in batch)
            else:
                for p in batch:
                    console.out(f"{tsv_field(p.path)}\t{tsv_field(p.label)}\t{p.probability:.4f}")
                predictions.extend(batch)
    for item in skipped:
        console.note(f"skipped {terminal_text(item.path)}: {item.reason}")
    for note in notes:
        console.note(note)
    if args.json:
        console.out(json_text(predictions))
    if console.stdout_closed:
        return EXIT_OUTPUT_CLOSED
    if not predictions:
        console.note("No image could be read.")
        return EXIT_USER_ERROR
    return 0


def _prediction_batches(model, paths, explain_dir: str | None = None, *, force: bool = False,
                        notes: list | None = None):
    """Predictions a batch at a time (bounded memory); with ``explain_dir`` each gains its explanation's files.

    An explanation that cannot be written (its name taken by an input image or
    an existing file, too long for the disk) is skipped with its reason added
    to ``notes``; the run goes on.
    """
    notes = [] if notes is None else notes
    if explain_dir is None:
        yield from model.iter_predictions(paths)
        return
    from lrgui.data.loader import load_files
    from lrgui.session.explain import explain
    from lrgui.session.explain_image import explain_output_names, write_explanations

    names = iter(explain_output_names(paths))  # unique across all batches, in the order of the paths
    inputs = identities(paths)  # stat once: every output is checked against every input image
    name_of = {i: next(names) for i in range(len(paths))}
    for start in range(0, len(paths), 512):
        chunk = list(paths[start:start + 512])
        X, loaded, skipped = load_files(chunk, model.image_format)
        if not loaded:
            yield [], skipped
            continue
        labels, probabilities = model.predict_rows(X)
        explanations = [explain(model, row) for row in X]
        extra = write_explanations(explanations, [chunk[i] for i in loaded], explain_dir,
                                   names=[name_of[start + i] for i in loaded], force=force, inputs=inputs)
        batch = [_ExplainedPrediction(str(chunk[i]), str(label), float(p), more)
                 for i, label, p, more in zip(loaded, labels, probabilities, extra)]
        for i, more in zip(loaded, extra):
            if "not_written" in more:
                notes.append(f"explanation of {terminal_text(chunk[i])} not written: {more['not_written']}")
        yield batch, skipped


class _ExplainedPrediction:
    """A prediction with its explanation's JSON fields (contributions, logit(s), bias)."""

    def __init__(self, path: str, label: str, probability: float, extra: dict):
        self.path, self.label, self.probability, self.extra = path, label, probability, extra

    def as_dict(self) -> dict:
        return {"path": self.path, "label": self.label, "probability": self.probability, **self.extra}


# --------------------------------------------------------------------- evaluate
def command_evaluate(args) -> int:
    from lrgui.data import discover_classes
    from lrgui.data.dataset import SkippedFile
    from lrgui.data.loader import load_files
    from lrgui.session.evaluation import evaluate, format_report

    console = Console(args.json)
    model = load_model(args.model)
    if model.image_format is None:
        raise ArgumentError("This model was not trained on images, so it cannot be evaluated on image files.")
    skipped: list[SkippedFile] = []
    files, labels = [], []
    for cls in discover_classes(args.paths):
        for folder in cls.folders:
            for path in list_images(folder, skipped):
                files.append(path)
                labels.append(cls.name)
    if not files:
        raise ArgumentError("No image files found in " + ", ".join(terminal_text(p) for p in args.paths) + ".")
    with console.bar(len(files), "Evaluating", "img") as bar:
        def progress(done, total):
            if bar is not None:
                bar.n = done
                bar.refresh()

        X, loaded, decode_skipped = load_files(files, model.image_format, progress=progress)
    skipped.extend(decode_skipped)
    if not loaded:
        raise ArgumentError("No image could be read.")
    evaluation = evaluate(model, X, [labels[i] for i in loaded], paths=[str(files[i]) for i in loaded])
    skipped.extend(evaluation.skipped)
    for item in skipped:
        console.note(f"skipped {terminal_text(item.path)}: {item.reason}")
    if args.json:
        console.out(json_text({**evaluation.as_json(), "skipped": [s.as_dict() for s in skipped]}))
    else:
        console.out(format_report(evaluation))
    return EXIT_OUTPUT_CLOSED if console.stdout_closed else 0


# ----------------------------------------------------------------------- export
def command_export(args) -> int:
    from lrgui.session.export_numpy import export_numpy

    from lrgui.session.export_numpy import check_export_folder

    console = Console(False)
    check_export_folder(args.out_dir, force=args.force, inputs=[args.model])  # before the model is read
    for path in export_numpy(load_model(args.model), args.out_dir, force=args.force, inputs=[args.model]):
        console.out(terminal_text(path))
    return EXIT_OUTPUT_CLOSED if console.stdout_closed else 0


def command_export_dataset(args) -> int:
    from lrgui.data.dataset_export import check_dataset_target, export_dataset_hdf5

    console = Console(False)
    check_dataset_target(args.out, force=args.force)  # before the images are loaded, not after
    request = _request(args)
    if not request.is_images:
        raise ArgumentError("lrgui export-dataset: toy 2-D sets are not images; give image folders or a dataset.")
    with StopOnInterrupt() as stop:
        loaded = _load_reporting(request, console, stop, "nothing was written")
    if loaded is None:
        return EXIT_INTERRUPTED
    data = loaded.data
    path = export_dataset_hdf5(data, args.out, force=args.force)
    n_test = len(data.test) if data.test is not None else 0
    console.out(f"{terminal_text(path)}: {len(data.train):,} training and {n_test:,} test images, "
                f"classes {', '.join(terminal_text(c) for c in data.train.classes)}")
    return EXIT_OUTPUT_CLOSED if console.stdout_closed else 0


def command_convert(args) -> int:
    from lrgui.data.legacy_model import check_convert_target, convert_legacy_model

    console = Console(False)
    check_convert_target(args.source, args.target, force=args.force)  # given or default, before the old file is read
    written = convert_legacy_model(args.source, args.target, force=args.force)
    console.out(f"converted {terminal_text(args.source)} to {terminal_text(written)}")
    return EXIT_OUTPUT_CLOSED if console.stdout_closed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        return COMMANDS[args.command](args)
    except UserError as error:
        try:
            print(f"error: {terminal_text(str(error))}", file=sys.stderr)
        except (BrokenPipeError, ValueError):
            pass
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OUTPUT_CLOSED
    except MemoryError:
        print("error: not enough memory for this; try a smaller image size or fewer images.", file=sys.stderr)
        return EXIT_USER_ERROR


COMMANDS = {
    "train": command_train,
    "predict": command_predict,
    "evaluate": command_evaluate,
    "export": command_export,
    "export-dataset": command_export_dataset,
    "convert": command_convert,
}
