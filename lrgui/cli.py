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
from lrgui.data.images import is_image_name
from lrgui.data.samples import list_samples, sample_folder, sample_settings
from lrgui.data.selection import ClassSelection, prepare
from lrgui.errors import UserError
from lrgui.training import TrainingResult, TrainingSettings, train_model

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
def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a finite number greater than 0, not {text}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number of at least 0, not {text}")
    return value


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


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1 (exclusive), not {text}")
    return value


def _class_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give class names separated by commas")
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lrgui",
        description="Train image classifiers from first principles. Run without arguments to open the desktop app.",
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
    train.add_argument("--test", nargs="+", metavar="DIR", default=[], help="test folders (a parent or class folders)")
    train.add_argument("--test-fraction", type=_fraction, metavar="F", help="hold out this fraction of each class for testing")
    train.add_argument("--size", type=_int_at_least(MIN_SIZE, MAX_SIZE), default=None, metavar="N", help="image size in pixels (default 64)")
    train.add_argument("--grayscale", action="store_true", help="use grayscale instead of colour")
    train.add_argument("--classes", type=_class_list, metavar="A,B,...", help="train on these classes only")
    train.add_argument("--one-vs-rest", metavar="CLASS", help="CLASS against an equal-size sample of all others")
    train.add_argument("--per-class", type=_int_at_least(1), metavar="N", help="at most N images of each class (seeded sample)")
    train.add_argument("--lr", type=_learning_rates, default=None, metavar="LR", help="learning rate (default 0.005)")
    train.add_argument("--epochs", type=_int_at_least(1), default=None, metavar="N", help="gradient-descent iterations (default 2000)")
    train.add_argument("--record-every", type=_int_at_least(1), default=100, metavar="N", help="record the cost every N iterations (default 100)")
    train.add_argument("--l2", type=_non_negative_float, default=0.0, metavar="X", help="L2 penalty (default 0)")
    train.add_argument("--seed", type=int, default=0, help="seed for sampling and splits (default 0)")
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
def _settings(args, learning_rate: float) -> TrainingSettings:
    return TrainingSettings(
        learning_rate=learning_rate,
        epochs=args.epochs if args.epochs is not None else 2000,
        record_every=args.record_every,
        l2=args.l2,
        seed=args.seed,
    ).validate()


def _use_sample(args, console: Console) -> None:
    """Points ``args.dirs`` at a built-in sample and fills in its settings the user did not give."""
    if args.dirs:
        raise ArgumentError("lrgui train: give either folders or --sample, not both.")

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


def _load(args, console: Console, stop: StopOnInterrupt):
    if args.sample is not None:
        _use_sample(args, console)
    if not args.dirs:
        raise ArgumentError("lrgui train: give at least one folder of images (see lrgui train --help).")
    image_format = ImageFormat(args.size or 64, args.grayscale)
    classes = discover_classes(args.dirs)
    if args.test:
        attach_test_folders(classes, args.test)
    selection = ClassSelection(tuple(args.classes or ()), args.one_vs_rest, args.per_class, args.seed)
    with console.bar(0, "Loading", "img") as bar:
        def progress(done, total):
            if bar is not None:
                bar.total = total
                bar.n = done
                bar.refresh()

        data = load_class_folders(classes, image_format, selection=selection, progress=progress, should_stop=stop)
    return prepare(data, test_fraction=args.test_fraction, seed=args.seed)


def _train_one(data, settings: TrainingSettings, console: Console, stop: StopOnInterrupt) -> TrainingResult:
    with console.bar(settings.epochs, "Training", "it") as bar:
        def progress(iteration: int, cost: float) -> None:
            message = f"cost after {iteration} iterations: {cost:.4f}"
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


def _run_summary(result: TrainingResult, learning_rate: float) -> dict:
    return {
        "learning_rate": learning_rate,
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
    with StopOnInterrupt() as stop:
        started = time.perf_counter()
        try:
            data = _load(args, console, stop)
        except LoadingCancelled:
            console.note("Interrupted while loading images; nothing was trained or saved.")
            return EXIT_INTERRUPTED
        seconds_loading = time.perf_counter() - started
        rates = args.lr or [0.005]  # known only after loading: a sample may recommend its own
        for skipped in data.skipped:
            console.note(f"skipped {skipped.path}: {skipped.reason}")
        n_test = 0 if data.test is None else len(data.test)
        counts = ", ".join(f"{name} {count}" for name, count in data.train.counts().items())
        console.info(
            f"Loaded {len(data.train)} training images ({counts}) and {n_test} test images "
            f"in {seconds_loading:.1f} s" + (f"; skipped {len(data.skipped)} files" if data.skipped else "")
        )
        runs = []
        for learning_rate in rates:
            settings = _settings(args, learning_rate)
            console.info(
                f"Training logistic regression: {data.train.n_features} features, "
                f"learning rate {learning_rate:g}, {settings.epochs} iterations"
            )
            result = _train_one(data, settings, console, stop)
            runs.append((learning_rate, result))
            console.info(f"train accuracy: {_percent(result.train_accuracy)}")
            console.info(f"test accuracy: {_percent(result.test_accuracy)}")
            if result.diverged:
                console.note(
                    f"warning: training diverged (the cost rose instead of falling): the learning rate "
                    f"{learning_rate:g} is too large; try a smaller one, e.g. {learning_rate / 10:g}."
                )
            if stop():
                console.note(f"Stopped by Ctrl+C after {result.iterations} iterations; keeping the model reached.")
                break

    best_rate, best = min(runs, key=lambda run: run[1].costs[-1][1] if run[1].costs else math.inf)
    model_path = None
    if args.out:
        model_path = str(save_model(best.model, args.out))
        console.info(f"model saved to {model_path}")
    summary = {
        "classes": list(data.train.classes),
        "n_train": len(data.train),
        "n_test": n_test,
        "skipped": [s.as_dict() for s in data.skipped],
        "seconds_loading": round(seconds_loading, 4),
        "model": model_path,
        **_run_summary(best, best_rate),
    }
    if len(runs) > 1:
        summary["runs"] = [_run_summary(result, rate) for rate, result in runs]
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
