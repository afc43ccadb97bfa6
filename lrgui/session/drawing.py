"""Draw and see, without Qt: what the model answers about a drawing, why, and what would change its mind.

The Draw tab calls :func:`live_answer` on every stroke (coalesced by a
timer). The image goes through the same steps as any file the model
classifies (:func:`lrgui.data.images.image_to_row`, then the model's
scaler), and the explanation is the Explain view's own
(:func:`lrgui.session.explain.explain`): for logistic regression the map is
w ⊙ x summed over the colour channels, and its sum plus the bias is the
logit, exactly, in float64. The bars are the model's own ``predict_proba``.

:func:`flip_plan` answers "what would flip it?": the model pixels where
painting with the brush's colour moves the answer furthest towards the
runner-up class. For logistic regression the logits are linear in the raw
pixels, so each pixel's gain is exact for the model's-eye image; for the
network it is the gradient's first-order estimate.

:func:`save_drawing` writes the canvas as a new PNG into a class folder,
never over an existing file.
"""

from __future__ import annotations

import os
from html import escape
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from lrgui.assets import resources_dir
from lrgui.data.dataset import Dataset, ImageFormat
from lrgui.data.images import image_to_row
from lrgui.data.files import write_new_file
from lrgui.data.samples import samples_cache_folder
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import DataError, UserError
from lrgui.kinds import kind_of
from lrgui.session.explain import Explanation, explain
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_number

#: How many hidden units are shown with their weight images ("the strongest").
STRONGEST_UNITS = 4
#: The flip plan marks pixels until their gains add up to this many times the margin (painting blurs a little).
FLIP_SAFETY = 2.0
#: ... but never more than this share of the image.
FLIP_MAX_SHARE = 0.5
#: Training rows looked at to choose the background (a sample of them is as good as all).
BACKGROUND_ROWS = 2000


# ------------------------------------------------------------------ the background
def plain_background(train: Dataset) -> tuple[int, int, int]:
    """The colour of the training pictures' borders: the per-channel median of their edge pixels, as RGB.

    A drawing on this colour looks to the model like its training pictures
    with nothing in them: dark felt for the shapes, white paper for the
    digits, black for MNIST-like sets.
    """
    pixels = _training_images(train)
    edges = np.concatenate([pixels[:, 0], pixels[:, -1], pixels[:, 1:-1, 0], pixels[:, 1:-1, -1]], axis=1)
    colour = np.median(edges.reshape(-1, pixels.shape[-1]), axis=0)
    rgb = np.rint(colour).astype(int)
    if rgb.size == 1:
        rgb = np.repeat(rgb, 3)
    return int(rgb[0]), int(rgb[1]), int(rgb[2])


def mean_image(train: Dataset) -> Image.Image:
    """The training pictures' average, as an RGB image of the model's size."""
    pixels = _training_images(train).astype(np.float64).mean(axis=0)
    pixels = np.clip(np.rint(pixels), 0, 255).astype(np.uint8)
    if pixels.shape[-1] == 1:
        pixels = np.repeat(pixels, 3, axis=-1)
    return Image.fromarray(pixels, "RGB")


def _training_images(train: Dataset) -> np.ndarray:
    fmt = train.image_format
    if fmt is None or not len(train):
        raise DataError(translate("Drawing", "These data have no images to take a background from."))
    step = max(1, len(train) // BACKGROUND_ROWS)
    return np.asarray(train.X[::step][:BACKGROUND_ROWS], dtype=np.uint8).reshape(-1, *fmt.shape)


def ink_for(background: tuple[int, int, int]) -> tuple[int, int, int]:
    """The brush colour that stands out on ``background``: white on a dark one, black on a light one."""
    return (255, 255, 255) if luminance(background) < 128 else (0, 0, 0)


def luminance(rgb) -> float:
    """Pillow's RGB → L conversion (ITU-R 601-2), which grayscale models see."""
    r, g, b = (float(v) for v in rgb)
    return r * 299 / 1000 + g * 587 / 1000 + b * 114 / 1000


# --------------------------------------------------------------------- the answer
@dataclass(frozen=True, eq=False)
class HiddenUnits:
    """The network's hidden layer for one image: activations, their share of the predicted logit, the strongest."""

    activations: np.ndarray  # (h,) float64: a¹ = g(x W1 + b1)
    contributions: np.ndarray  # (h,) float64: a¹ⱼ·W2[j, c] for the predicted class c
    strongest: tuple[int, ...]  # unit indices, largest |contribution| first


@dataclass(frozen=True, eq=False)
class LiveAnswer:
    """What the model says about one drawing, and why."""

    row: np.ndarray  # (size·size·channels,) uint8: the drawing as the model receives it
    probabilities: np.ndarray  # (k,): the model's own predict_proba of ``row``
    explanation: Explanation
    hidden: HiddenUnits | None = None

    @property
    def classes(self) -> tuple[str, ...]:
        return self.explanation.classes

    @property
    def predicted_index(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def predicted(self) -> str:
        return self.classes[self.predicted_index]

    @property
    def probability(self) -> float:
        return float(self.probabilities[self.predicted_index])

    def contribution_map(self) -> np.ndarray:
        """(size, size) float64: each pixel's contribution to the explained logit, summed over the channels."""
        return self.explanation.pixel_map()

    def sum_line(self) -> str:
        """"Σ map + b = z" with this drawing's numbers (for the network: why the map does not add up)."""
        e = self.explanation
        total = float(e.contributions.sum())
        z = f"z_{e.explained_class}"
        if e.exact:
            return translate("Drawing", "Σ map {total}  +  b {bias}  =  {z} {logit}").format(
                total=format_number(total, "+.4g"), bias=format_number(e.bias, "+.4g"), z=z,
                logit=format_number(total + e.bias, "+.4g"))
        return translate("Drawing", "gradient × input, Σ {total}; {z} = Σ hidden units {units} + b2 {bias}").format(
            total=format_number(total, "+.4g"), z=z, units=format_number(e.logit - e.bias, "+.4g"),
            bias=format_number(e.bias, "+.4g"))


    def map_explanation(self) -> str:
        """What the map is, and what adds up exactly, in a sentence or two."""
        e = self.explanation
        if e.exact:
            return translate("Drawing", "The map is w ⊙ x for {name}, summed over the colour channels; its pixels "
                                        "add up, with the bias b, to the logit z exactly.").format(
                name=repr(e.explained_class))
        return translate("Drawing", "The network is not linear: the map is gradient × input (what a small change of "
                                    "each pixel would do); the logit is exactly the hidden units' a·W2 added up, "
                                    "plus b2.")


def drawing_row(model: TrainedModel, image: Image.Image) -> np.ndarray:
    """The drawing as the model's row: the public :func:`image_to_row`, as for any file it classifies."""
    if model.image_format is None:
        raise DataError(translate("Drawing", "This model was not trained on images, so it cannot look at a drawing."))
    return image_to_row(image, model.image_format)


def live_answer(model: TrainedModel, image: Image.Image) -> LiveAnswer:
    """The model's answer about ``image`` (any size and mode), with the Explain view's explanation."""
    row = drawing_row(model, image)
    probabilities = np.asarray(model.estimator.predict_proba(model.features(row[None, :]))[0], dtype=np.float64)
    explanation = explain(model, row)
    hidden = None
    if explanation.hidden_contributions is not None:
        contributions = explanation.hidden_contributions
        activations = explanation.hidden_activations
        order = np.argsort(-np.abs(contributions), kind="stable")[:STRONGEST_UNITS]
        hidden = HiddenUnits(activations, contributions, tuple(int(j) for j in order))
    return LiveAnswer(row, probabilities, explanation, hidden)


def unit_weights(model: TrainedModel, unit: int) -> np.ndarray:
    """Hidden unit ``unit``'s incoming weights summed over the colour channels, as (size, size) float64."""
    fmt = model.image_format
    W1 = np.asarray(model.estimator.coefs_[0], dtype=np.float64)
    return W1[:, unit].reshape(fmt.shape).sum(axis=2)


# ----------------------------------------------------------------- what would flip it
@dataclass(frozen=True, eq=False)
class FlipPlan:
    """The pixels to paint, with one colour, to move the answer from the predicted class to the runner-up.

    ``gains[i, j]``: how much painting model pixel (i, j) with ``colour``
    raises z_target − z_predicted; ``pixels`` the ones marked (largest gains
    first, until they add up to :data:`FLIP_SAFETY` times the margin);
    ``enough`` is False when even all of them fall short.
    """

    predicted: str
    target: str
    colour: tuple[int, int, int]
    margin: float  # z_predicted − z_target > 0
    gains: np.ndarray  # (size, size) float64
    pixels: np.ndarray  # (size, size) bool
    expected: float  # the marked pixels' gains added up
    exact: bool  # True for logistic regression: the gains are exact for the model's-eye image

    @property
    def enough(self) -> bool:
        return self.expected > self.margin

    @property
    def count(self) -> int:
        return int(self.pixels.sum())


def _logit_gradients(model: TrainedModel, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The logits (k,) and their gradients with respect to the features (n, k), in float64.

    Two-class logistic regression has one logit z for classes[1]; it is
    written as the pair (0, z), whose softmax is (1 − σ(z), σ(z)).
    """
    try:
        return kind_of(model.estimator).logits_and_gradients(model.estimator, x)
    except (UserError, NotImplementedError):
        raise DataError(translate("Drawing", "lrgui cannot say what would flip a {name}.").format(
            name=type(model.estimator).__name__)) from None


def flip_plan(model: TrainedModel, row: np.ndarray, colour, safety: float = FLIP_SAFETY,
              max_share: float = FLIP_MAX_SHARE, erase_to: Image.Image | None = None) -> FlipPlan:
    """Which pixels to paint with ``colour`` (RGB) to make the model answer its runner-up class instead.

    ``erase_to``: the eraser's background picture instead; each pixel is
    then painted back to the background's own pixel (``colour`` names it).
    """
    fmt: ImageFormat | None = model.image_format
    if fmt is None:
        raise DataError(translate("Drawing", "This model was not trained on images, so there are no pixels to paint."))
    x = model.features(np.asarray(row).reshape(1, -1))[0].astype(np.float64)
    logits, gradients = _logit_gradients(model, x)
    classes = model.classes
    probabilities = model.estimator.predict_proba(model.features(np.asarray(row).reshape(1, -1)))[0]
    order = np.argsort(-np.asarray(probabilities, dtype=np.float64), kind="stable")
    c, r = int(order[0]), int(order[1])
    toward = gradients[:, r] - gradients[:, c]  # ∂(z_r − z_c)/∂x
    # what each feature becomes when its pixel is painted: the picture all in the colour, through the scaler
    if erase_to is None:
        erase_to = Image.new("RGB", (fmt.size, fmt.size), tuple(int(v) for v in colour[:3]))
    painted = image_to_row(erase_to, fmt)
    change = model.features(painted[None, :])[0].astype(np.float64) - x
    gains = (toward * change).reshape(fmt.shape).sum(axis=2)
    margin = float(logits[c] - logits[r])
    flat = gains.reshape(-1)
    ranked = np.argsort(-flat, kind="stable")
    ranked = ranked[flat[ranked] > 0][: max(1, int(max_share * flat.size))]
    totals = np.cumsum(flat[ranked])
    needed = int(np.searchsorted(totals, safety * max(margin, 0.0), side="right")) + 1
    chosen = ranked[: min(needed, len(ranked))]
    pixels = np.zeros(flat.size, dtype=bool)
    pixels[chosen] = True
    return FlipPlan(
        predicted=classes[c], target=classes[r], colour=tuple(int(v) for v in colour[:3]), margin=margin,
        gains=gains, pixels=pixels.reshape(fmt.size, fmt.size), expected=float(flat[chosen].sum()),
        exact=kind_of(model.estimator).linear,
    )


def flip_sentence(plan: FlipPlan, now: str, erasing: bool = False) -> str:
    """What to do with the plan's marks, in words (HTML, class names escaped); ``now``: the current answer."""
    target = escape(plan.target)
    if now != plan.predicted:
        return translate("Drawing", "Flipped: it now says <b>{now}</b> (the marks were for {target}).").format(
            now=escape(now), target=target)
    colour = "#%02x%02x%02x" % plan.colour
    approx = "" if plan.exact else translate("Drawing", " (estimated from the gradient: the network is not linear)")
    if not plan.count:
        text = (translate("Drawing", "No pixel erased moves it towards {target}; try the brush.") if erasing else
                translate("Drawing", "No pixel painted {colour} moves it towards {target}; try another colour, or "
                                     "the eraser."))
    elif not plan.enough:
        text = (translate("Drawing", "Even all {count} marked pixels erased would not make it {target}{approx}; "
                                     "try the brush.") if erasing else
                translate("Drawing", "Even all {count} marked pixels painted {colour} would not make it "
                                     "{target}{approx}; try another colour, or the eraser."))
    else:
        text = (translate("Drawing", "Erase the {count} marked pixels to make it say <b>{target}</b>{approx}.")
                if erasing else
                translate("Drawing", "Paint the {count} marked pixels {colour} to make it say "
                                     "<b>{target}</b>{approx}."))
    return text.format(count=format_int(plan.count), colour=colour, target=target, approx=approx)


# --------------------------------------------------------------------- as data
#: File names of saved drawings: drawing-0001.png, drawing-0002.png, …
DRAWING_STEM = "drawing"


def class_folders(train: Dataset) -> list[tuple[str, Path]]:
    """(class, folder) for each class of ``train`` whose pictures live in a folder of the user's own.

    A class's folder is the one most of its training pictures are in. A
    built-in sample's folders are left out: the shapes sample is drawn again
    when its files change, and the digits ship with lrgui.
    """
    if not train.paths:
        return []
    protected = [samples_cache_folder().resolve(), (resources_dir() / "samples").resolve()]
    found = []
    for name in train.classes:
        parents = [Path(p).parent for p, y in zip(train.paths, train.y) if str(y) == name]
        if not parents:
            continue
        folder = max(sorted(set(parents)), key=parents.count)
        resolved = folder.resolve()
        if not any(resolved == root or root in resolved.parents for root in protected):
            found.append((name, folder))
    return found


def save_drawing(image: Image.Image, folder: str | os.PathLike, stem: str = DRAWING_STEM) -> Path:
    """Writes ``image`` as a new PNG ``<stem>-NNNN.png`` into ``folder`` (made if missing); returns its path.

    The number is the first one free; an existing file is never replaced,
    even when another program takes the name at the same moment.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(translate("Drawing", "Cannot make the class folder {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from None
    if not folder.is_dir():
        raise DataError(translate("Drawing", "Cannot save the drawing into {folder}: it is not a folder.").format(
            folder=folder))
    picture = image.convert("RGB")
    taken = {p.name.casefold() for p in folder.iterdir()} if os.access(folder, os.R_OK) else set()
    number = 1
    for _ in range(100_000):  # bounded: a folder cannot hold that many of our names and still be usable
        name = f"{stem}-{number:04d}.png"
        number += 1
        if name.casefold() in taken:
            continue
        try:
            written = write_new_file(folder / name, lambda handle: picture.save(handle, format="PNG"))
        except OSError as exc:
            raise DataError(translate("Drawing", "Cannot write {value}: {value2}.").format(
                value=folder / name, value2=exc.strerror or exc)) from None
        if written:
            return folder / name
    raise DataError(translate("Drawing", "Cannot save the drawing into {folder}: too many drawings there already.").format(
        folder=folder))
