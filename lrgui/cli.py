"""The command line: ``lrgui train`` and ``lrgui predict``.

User errors (bad arguments, missing folders, unreadable models) end with one
line on stderr and exit status 2, never a traceback. With ``--json`` stdout
holds exactly one JSON document; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Sequence

import lrgui
from lrgui.core import TrainingDivergedWarning
from lrgui.data import (
    ImageFormat,
    LoadingCancelled,
    MODEL_EXTENSION,
    attach_test_folders,
    discover_classes,
    list_images,
    load_class_folders,
    load_model,
    save_model,
)
from lrgui.data.cache import ImageCache
from lrgui.data.importers import IMPORTERS
from lrgui.data.samples import list_samples, sample_folder, sample_settings
from lrgui.data.toy import GATE_DEFAULTS, GATE_OUTPUTS, load_gate
from lrgui.data.selection import ClassSelection, prepare
from lrgui.errors import UserError
from lrgui.training import ACTIVATIONS, MODEL_NAMES, TrainingResult, TrainingSettings, model_defaults, train_model

EXIT_USER_ERROR = 2
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
_fraction = _float_where(lambda v: 0 < v < 1, "between 0 and 1 (exclusive)")


def _learning_rates(text: str) -> list[float]:
    return [_positive_float(part.strip()) for part in text.split(",") if part.strip()] or [_positive_float(text)]


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
    train.add_argument("dirs", nargs="*", metavar="DIR", help="a parent folder of class folders, or class folders")
    train.add_argument("--sample", metavar="NAME",
                       help="train on a built-in sample instead of DIRs, with its recommended settings "
                       "('list' shows the samples)")
    train.add_argument("--cifar10", metavar="DIR", help="import CIFAR-10's python batch files from DIR instead of DIRs")
    train.add_argument("--fashion-mnist", metavar="DIR", help="import Fashion-MNIST's IDX files from DIR instead of DIRs")
    train.add_argument("--toy", choices=sorted(GATE_OUTPUTS), type=str.lower,
                       help="a logic gate's four points, with the gate's own default settings")
    train.add_argument("--no-cache", action="store_true", help="decode every image again instead of using the cache")
    train.add_argument("--test", nargs="+", metavar="DIR", default=[], help="test folders (a parent or class folders)")
    train.add_argument("--test-fraction", type=_fraction, metavar="F", help="hold out this fraction of each class for testing")
    train.add_argument("--size", type=_int_at_least(MIN_SIZE, MAX_SIZE), default=None, metavar="N", help="image size in pixels (default 64)")
    train.add_argument("--grayscale", action="store_true", help="use grayscale instead of colour")
    train.add_argument("--classes", type=_class_list, metavar="A,B,...", help="train on these classes only")
    train.add_argument("--one-vs-rest", metavar="CLASS", help="CLASS against an equal-size sample of all others")
    train.add_argument("--per-class", type=_int_at_least(1), metavar="N", help="at most N images of each class (seeded sample)")
    model = train.add_argument_group("model and training")
    model.add_argument("--model", choices=sorted(MODEL_NAMES), default="logistic",
                       help="logistic regression (default) or a network with one hidden layer")
    model.add_argument("--lr", type=_learning_rates, default=None, metavar="LR",
                       help="learning rate; several, comma-separated, train one model each and compare "
                       f"(default {model_defaults('logistic')['learning_rate']:g}; "
                       f"{model_defaults('mlp')['learning_rate']:g} for mlp)")
    model.add_argument("--epochs", type=_int_at_least(1), default=None, metavar="N",
                       help=f"gradient-descent iterations, or epochs for mlp (default {model_defaults('logistic')['epochs']}; "
                       f"{model_defaults('mlp')['epochs']} for mlp)")
    model.add_argument("--record-every", type=_int_at_least(1), default=None, metavar="N",
                       help="record the cost every N iterations (default 100; every epoch for mlp)")
    model.add_argument("--l2", type=_non_negative_float, default=None, metavar="X",
                       help=f"L2 penalty (default {model_defaults('logistic')['l2']:g}; {model_defaults('mlp')['l2']:g} for mlp)")
    model.add_argument("--l1", type=_non_negative_float, default=0.0, metavar="X", help="L1 penalty (mlp only; default 0)")
    model.add_argument("--hidden", type=_int_at_least(1), default=None, metavar="N",
                       help=f"hidden units (mlp; default {model_defaults('mlp')['hidden']})")
    model.add_argument("--activation", choices=ACTIVATIONS, default=None,
                       help=f"hidden activation (mlp; default {model_defaults('mlp')['activation']})")
    batching = model.add_mutually_exclusive_group()
    batching.add_argument("--batches", type=_int_at_least(1), default=None, metavar="N",
                          help="minibatches per epoch (mlp; default 1: full batch)")
    batching.add_argument("--batch-size", type=_int_at_least(1), default=None, metavar="N",
                          help="rows per minibatch (mlp)")
    model.add_argument("--standardize", action="store_true",
                       help="standardise features (zero mean, unit variance, fitted on the training set) instead of pixels/255")
    train.add_argument("--seed", type=_int_at_least(0), default=0, help="seed for sampling and splits (default 0)")
    train.add_argument("--out", default=f"model{MODEL_EXTENSION}", metavar="FILE",
                       help=f"where to save the model (default model{MODEL_EXTENSION}; '' to not save)")
    train.add_argument("--json", action="store_true", help="print one JSON object with the results on stdout")

    predict = commands.add_parser(
        "predict",
        help="label images with a trained model",
        description="Predict the label of images with a saved model. PATH is an image or a folder of images.",
    )
    predict.add_argument("model", metavar="MODEL", help=f"a model file ({MODEL_EXTENSION})")
    predict.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders")
    predict.add_argument("--json", action="store_true", help="print a JSON list of {path, label, probability}")
    return parser


# ---------------------------------------------------------------------- output
class Console:
    """Messages and progress bars on stderr (or stdout for the human-readable results)."""

    def __init__(self, json_mode: bool):
        self.json_mode = json_mode
        self.interactive = sys.stderr.isatty()

    def info(self, message: str) -> None:
        """Results a person reads: stdout normally, stderr when stdout carries JSON."""
        print(message, file=sys.stderr if self.json_mode else sys.stdout, flush=True)

    def note(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    @contextmanager
    def bar(self, total: int, description: str, unit: str):
        if not self.interactive:
            yield None
            return
        from tqdm import tqdm

        with tqdm(total=total, desc=description, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True) as bar:
            yield bar


class StopOnInterrupt:
    """The first Ctrl+C asks training to stop (keeping what it reached); a second one aborts."""

    def __init__(self):
        self.requested = False
        self._previous = None

    def __enter__(self):
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc):
        signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\nStopping… (press Ctrl+C again to abort)", file=sys.stderr, flush=True)

    def __call__(self) -> bool:
        return self.requested


# ------------------------------------------------------------------------ train
def _settings(args, learning_rate: float | None) -> TrainingSettings:
    """The user's flags; what they left out comes from the model's (or the toy gate's) defaults."""
    settings = TrainingSettings(
        model=args.model,
        learning_rate=learning_rate,
        epochs=args.epochs,
        record_every=args.record_every,
        l2=args.l2,
        l1=args.l1,
        hidden=args.hidden,
        activation=args.activation,
        batches=args.batches,
        batch_size=args.batch_size,
        standardize=args.standardize,
        seed=args.seed,
    )
    if args.toy:
        gate = GATE_DEFAULTS[args.toy]["network" if args.model == "mlp" else "logistic"]
        for name, value in gate.items():
            if getattr(settings, name, None) is None:
                setattr(settings, name, value)
        if args.model == "mlp" and args.batches is None and settings.batch_size is not None:
            settings.batch_size = min(settings.batch_size, 4)  # the gates have four points
        if settings.record_every is None:
            settings.record_every = 100  # thousands of epochs on four points: a line per epoch is noise
    return settings.validate()


def _use_sample(args, console: Console) -> None:
    """Points ``args.dirs`` at a built-in sample and fills in its settings the user did not give."""
    def progress(done: int, total: int) -> None:
        if done == 0:
            console.note(f"Drawing the {args.sample} sample ({total} images)…")

    args.dirs = [str(sample_folder(args.sample, progress=progress))]
    recommended = sample_settings(args.sample)
    if args.size is None:
        args.size = recommended.get("size")
    args.grayscale = args.grayscale or recommended.get("grayscale", False)
    if args.lr is None and "learning_rate" in recommended:
        args.lr = [recommended["learning_rate"]]
    if args.epochs is None:
        args.epochs = recommended.get("epochs")


def _check_sources(args) -> None:
    given = [flag for flag, value in (("DIR", args.dirs), ("--sample", args.sample), ("--cifar10", args.cifar10),
                                      ("--fashion-mnist", args.fashion_mnist), ("--toy", args.toy)) if value]
    if len(given) > 1:
        raise ArgumentError(f"lrgui train: give only one source of data, not {' and '.join(given)}.")
    if not given:
        raise ArgumentError("lrgui train: give a folder of images, or --sample, --cifar10, --fashion-mnist or --toy "
                            "(see lrgui train --help).")


def _load(args, console: Console, stop: StopOnInterrupt):
    _check_sources(args)
    selection = ClassSelection(tuple(args.classes or ()), args.one_vs_rest, args.per_class, args.seed)
    with console.bar(0, "Loading", "img") as bar:
        def progress(done, total):
            if bar is not None:
                bar.total = total
                bar.n = done
                bar.refresh()

        if args.toy:
            data = load_gate(args.toy)
        elif args.cifar10 or args.fashion_mnist:
            importer = IMPORTERS["cifar10" if args.cifar10 else "fashion-mnist"]
            native = importer.native_format
            image_format = None
            if args.size is not None or args.grayscale:
                image_format = ImageFormat(args.size or native.size, args.grayscale or native.grayscale)
            data = importer.load(args.cifar10 or args.fashion_mnist, image_format, progress=progress, should_stop=stop)
        else:
            if args.sample is not None:
                _use_sample(args, console)
            image_format = ImageFormat(args.size or 64, args.grayscale)
            classes = discover_classes(args.dirs)
            if args.test:
                attach_test_folders(classes, args.test)
            loader = None if args.no_cache else ImageCache().load_files
            data = load_class_folders(classes, image_format, selection=selection, progress=progress,
                                      should_stop=stop, loader=loader)
            selection = None  # applied to the file lists already
    return prepare(data, selection, test_fraction=args.test_fraction, seed=args.seed)


def _train_one(data, settings: TrainingSettings, console: Console, stop: StopOnInterrupt) -> TrainingResult:
    unit = "epochs" if settings.model == "mlp" else "iterations"
    with console.bar(settings.epochs, "Training", unit[:2]) as bar:
        def progress(iteration: int, cost: float) -> None:
            message = f"cost after {iteration} {unit}: {cost:.4f}"
            if bar is not None:
                bar.write(message, file=sys.stderr if console.json_mode else sys.stdout)
            else:
                console.info(message)

        def should_stop() -> bool:
            if bar is not None:
                bar.update(1)
            return stop()

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TrainingDivergedWarning)  # reported below, in words
            return train_model(data, settings, progress=progress, should_stop=should_stop)


def _percent(value: float | None) -> str:
    return "n/a (no test set)" if value is None else f"{100 * value:.1f}%"


def _run_summary(result: TrainingResult) -> dict:
    return {
        "learning_rate": result.model.estimator.learning_rate,
        "costs": [[int(i), float(c)] for i, c in result.costs],
        "train_accuracy": result.train_accuracy,
        "test_accuracy": result.test_accuracy,
        "seconds_training": round(result.seconds_training, 4),
        "iterations": result.iterations,
        "stopped_early": result.stopped_early,
        "diverged": result.diverged,
    }


def _check_output(out: str) -> None:
    """Refuses an unusable --out before the images are loaded and trained on, not after."""
    path = Path(out)
    if path.is_dir():
        raise ArgumentError(f"--out {path} is a folder; give a file name, e.g. {path / ('model' + MODEL_EXTENSION)}")
    if not path.parent.is_dir():
        raise ArgumentError(f"Cannot save the model: folder not found: {path.parent}")


def command_train(args) -> int:
    console = Console(args.json)
    if args.sample == "list":
        for name, description in list_samples():
            print(f"{name}\t{description}")
        return 0
    if args.out:
        _check_output(args.out)
    for learning_rate in args.lr or [None]:
        _settings(args, learning_rate)  # a bad combination of flags is refused before minutes of loading
    with StopOnInterrupt() as stop:
        started = time.perf_counter()
        try:
            data = _load(args, console, stop)
        except LoadingCancelled:
            console.note("Interrupted while loading images; nothing was trained or saved.")
            return EXIT_INTERRUPTED
        seconds_loading = time.perf_counter() - started
        rates = args.lr or [None]  # known only after loading: a sample may recommend its own
        for skipped in data.skipped:
            console.note(f"skipped {skipped.path}: {skipped.reason}")
        n_test = 0 if data.test is None else len(data.test)
        counts = ", ".join(f"{name} {count}" for name, count in data.train.counts().items())
        what = "points" if data.train.image_format is None else "images"
        console.info(
            f"Loaded {len(data.train)} training {what} ({counts}) and {n_test} test {what} "
            f"in {seconds_loading:.1f} s" + (f"; skipped {len(data.skipped)} files" if data.skipped else "")
        )
        results: list[TrainingResult] = []
        for learning_rate in rates:
            settings = _settings(args, learning_rate)
            unit = "epochs" if settings.model == "mlp" else "iterations"
            shape = f", {settings.hidden} hidden units ({settings.activation})" if settings.model == "mlp" else ""
            console.info(
                f"Training {MODEL_NAMES[settings.model].lower()}{shape}: {data.train.n_features} features, "
                f"learning rate {settings.learning_rate:g}, {settings.epochs} {unit}"
            )
            result = _train_one(data, settings, console, stop)
            results.append(result)
            console.info(f"train accuracy: {_percent(result.train_accuracy)}")
            console.info(f"test accuracy: {_percent(result.test_accuracy)}")
            if result.diverged:
                rate = settings.learning_rate
                console.note(
                    f"warning: training diverged (the cost rose instead of falling): the learning rate "
                    f"{rate:g} is too large; try a smaller one, e.g. {rate / 10:g}."
                )
            if args.toy == "xor" and settings.model == "logistic" and result.train_accuracy < 1:
                console.note("note: a linear model cannot separate XOR (no straight line puts (0,1) and (1,0) on "
                             "one side and (0,0) and (1,1) on the other); try --model mlp.")
            if stop():
                console.note(f"Stopped by Ctrl+C after {result.iterations} {unit}; keeping the model reached.")
                break

    best = min(results, key=lambda r: r.costs[-1][1] if r.costs else math.inf)
    model_path = None
    if args.out:
        model_path = str(save_model(best.model, args.out))
        console.info(f"model saved to {model_path}")
    common = {
        "classes": list(data.train.classes),
        "n_train": len(data.train),
        "n_test": n_test,
        "skipped": [s.as_dict() for s in data.skipped],
        "seconds_loading": round(seconds_loading, 4),
        "model": model_path,
    }
    if len(results) > 1:
        summary = {
            "runs": [{**common, **_run_summary(r), "model": model_path if r is best else None} for r in results],
            "model": model_path,
            "best_learning_rate": best.model.estimator.learning_rate,
        }
        console.info(f"lowest final cost with learning rate {best.model.estimator.learning_rate:g}; that model is kept")
    else:
        summary = {**common, **_run_summary(best)}
    if args.json:
        print(json.dumps(summary, indent=2))
    return 0


# ---------------------------------------------------------------------- predict
def _image_paths(paths: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            found.extend(list_images(path))
        elif path.is_file():
            found.append(path)
        else:
            raise ArgumentError(f"No such file or folder: {path}")
    if not found:
        raise ArgumentError("No image files found in " + ", ".join(paths) + ".")
    return found


def command_predict(args) -> int:
    console = Console(args.json)
    model = load_model(args.model)
    paths = _image_paths(args.paths)
    with console.bar(len(paths), "Predicting", "img") as bar:
        def progress(done, total):
            if bar is not None:
                bar.n = done
                bar.refresh()

        predictions, skipped = model.predict_files(paths, progress=progress)
    for item in skipped:
        console.note(f"skipped {item.path}: {item.reason}")
    if args.json:
        print(json.dumps([p.as_dict() for p in predictions], indent=2))
    else:
        for p in predictions:
            print(f"{p.path}\t{p.label}\t{p.probability:.4f}")
    if not predictions:
        console.note("No image could be read.")
        return EXIT_USER_ERROR
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 0
        if args.command == "train":
            return command_train(args)
        return command_predict(args)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
