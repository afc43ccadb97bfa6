"""A picture of a two-feature model's decision boundary with the points over it, as a PNG (Pillow only).

The map fills the whole image — no axes, no margins, no legend — and spans
the extent of :mod:`lrgui.session.boundary` (by default the points'
bounding box plus 10 % on each side): the image's left and right pixel
columns lie at xmin and xmax, its bottom and top rows at ymin and ymax.
Each pixel takes the colour of its predicted class from the Okabe–Ito
palette (distinguishable with any colour vision), lightened towards white
the less sure the model is; the 0.5 contour (for more classes, every border
between predicted classes) is a dark line. Each class's points have their
own colour and marker shape, outlined in black; a misclassified point is
struck through with a black ×. The picture is drawn at twice the size and
reduced, which smooths the markers and the contour.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from lrgui.core import Classifier
from lrgui.data.limits import check_fits
from lrgui.data.files import check_output, worded_write
from lrgui.errors import UserError
from lrgui.data.trained_model import TrainedModel
from lrgui.session.boundary import Extent, class_probabilities, grid_extent, probability_source
from lrgui.session.i18n import translate

#: Okabe & Ito's colour-blind-safe palette, in the order the classes use it:
#: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, grey.
PALETTE: tuple[tuple[int, int, int], ...] = (
    (0, 114, 178), (230, 159, 0), (0, 158, 115), (213, 94, 0),
    (204, 121, 167), (86, 180, 233), (240, 228, 66), (110, 110, 110),
)
#: The marker shapes, one per class: circle, square, triangle up, diamond, triangle down, pentagon, hexagon, star.
MARKERS = ("circle", "square", "triangle", "diamond", "triangle_down", "pentagon", "hexagon", "star")
CONTOUR_COLOUR = (35, 35, 35)
#: How far towards the class colour the background goes: a little where the
#: model is unsure (so the two sides of the boundary still differ by ≥ 40 levels), more where it is sure.
LEAST_TINT, MOST_TINT = 0.2, 0.6
MIN_SIZE, MAX_SIZE = 32, 2000
SUPERSAMPLE_UP_TO = 1000  # larger pictures are drawn at their own size: their markers are big enough already


def write_boundary_png(
    path,
    estimator_or_grid,
    X,
    y,
    classes,
    size: int = 400,
    extent: Extent | None = None,
    *,
    force: bool = False,
) -> Path:
    """Draws the boundary and the points ``X`` (m, 2) labelled ``y`` into the PNG file ``path``.

    ``estimator_or_grid`` is a fitted estimator or TrainedModel (or a callable
    giving class probabilities for an (m, 2) float32 array), or a grid already computed
    for ``extent``: (ny, nx) of P(class 1), or (k, ny, nx) per class.
    ``classes`` names the probability columns in order; a model's own
    classes are used instead. ``extent`` defaults to :func:`grid_extent` of
    ``X``. The file is written whole or not at all (a temporary file beside
    it, renamed over it); returns the path written.
    """
    path = check_boundary_path(path, force=force)
    image = render_boundary(estimator_or_grid, X, y, classes, size, extent)
    return worded_write(path, lambda handle: image.save(handle, format="PNG", optimize=False),
                        what="the boundary picture", error=UserError)


def render_boundary(estimator_or_grid, X, y, classes, size: int = 400, extent: Extent | None = None) -> Image.Image:
    """The picture :func:`write_boundary_png` writes, as an RGB Pillow image of ``size`` × ``size``."""
    size = _check_size(size)
    X = np.asarray(X, dtype=np.float32).reshape(-1, 2) if np.size(X) else np.empty((0, 2), np.float32)
    extent = grid_extent(X) if extent is None else extent
    scale = 2 if size <= SUPERSAMPLE_UP_TO else 1
    side = size * scale
    check_fits(side * side * (4 * 10 + 3), translate("BoundaryImage", "The boundary picture"))  # the class planes, their colours and the image
    if isinstance(estimator_or_grid, TrainedModel):
        classes = estimator_or_grid.classes
    names = [str(c) for c in getattr(estimator_or_grid, "classes_", classes)]
    estimator_or_grid = probability_source(estimator_or_grid)
    planes = _probability_planes(estimator_or_grid, extent, side)
    if len(planes) != len(names):
        raise UserError(translate("BoundaryImage", "The boundary has {count} classes but {count2} class names were "
                                                   "given.").format(count=len(planes), count2=len(names)))
    if len(names) > len(PALETTE):
        raise UserError(translate("BoundaryImage", "A boundary picture can show at most {count} classes, not "
                                                   "{count2}.").format(count=len(PALETTE), count2=len(names)))
    truth = _label_indices(y, names, len(X))
    predicted = _predictions_at(estimator_or_grid, planes, X, extent)

    image = Image.fromarray(_background(planes), "RGB")
    draw = ImageDraw.Draw(image)
    pixels = _to_pixels(X, extent, side)
    radius = _marker_radius(size, len(X)) * scale
    for (px, py), true, guess in zip(pixels.tolist(), truth.tolist(), predicted.tolist()):
        _marker(draw, MARKERS[true], px, py, radius, PALETTE[true], outline_width=scale)
        if guess != true:
            r = radius * 1.45  # the × reaches past the marker
            for sign in (1, -1):
                draw.line((px - r, py - sign * r, px + r, py + sign * r), fill=(0, 0, 0), width=2 * scale)
    return image.reduce(scale) if scale > 1 else image


# ------------------------------------------------------------------ the map
def _probability_planes(source, extent: Extent, side: int) -> np.ndarray:
    """(k, side, side) class probabilities, row 0 at ymin (the grid's layout)."""
    if isinstance(source, np.ndarray):
        grid = source.astype(np.float32, copy=False)
        if grid.ndim == 2:
            grid = np.stack([1 - grid, grid])
        if grid.ndim != 3 or grid.shape[0] < 2 or min(grid.shape[1:]) < 2:
            raise UserError(translate("BoundaryImage", "A boundary grid must be (ny, nx) or (classes, ny, nx) with "
                                                       "ny, nx ≥ 2, not {shape}.").format(shape=grid.shape))
        if not np.isfinite(grid).all():
            raise UserError(translate("BoundaryImage", "The boundary grid holds NaN or infinite numbers."))
        return _resample(grid, side)
    usable = source is None or isinstance(source, Classifier) or callable(getattr(source, "predict_proba", source))
    if not usable:
        raise UserError(translate("BoundaryImage", "Cannot draw a boundary from a {name}; give a trained model or "
                                                   "a grid.").format(name=type(source).__name__))
    return class_probabilities(source, extent, side, side)


def _resample(grid: np.ndarray, side: int) -> np.ndarray:
    """Linear interpolation of (k, ny, nx) onto (k, side, side), keeping the edges on the edges."""
    def weights(n: int):
        position = np.linspace(0, n - 1, side)
        low = np.minimum(position.astype(np.intp), n - 2)
        return low, (position - low).astype(np.float32)

    rows, row_frac = weights(grid.shape[1])
    cols, col_frac = weights(grid.shape[2])
    across = grid[:, :, cols] * (1 - col_frac) + grid[:, :, cols + 1] * col_frac
    return across[:, rows, :] * (1 - row_frac)[:, None] + across[:, rows + 1, :] * row_frac[:, None]


def _background(planes: np.ndarray) -> np.ndarray:
    """(side, side, 3) uint8, top row at ymax: the predicted class's colour, tinted by how sure it is."""
    k = len(planes)
    winner = np.argmax(planes, axis=0)
    top = np.take_along_axis(planes, winner[None], axis=0)[0]
    sureness = np.clip((top - 1 / k) / (1 - 1 / k), 0, 1)  # 0 at a tie, 1 at certainty
    tint = LEAST_TINT + (MOST_TINT - LEAST_TINT) * sureness
    palette = np.array(PALETTE[:k], dtype=np.float32)
    rgb = 255 - tint[..., None] * (255 - palette[winner])
    rgb[_thicken(_class_changes(winner))] = CONTOUR_COLOUR
    return np.ascontiguousarray(np.flipud(rgb.round().astype(np.uint8)))


def _class_changes(winner: np.ndarray) -> np.ndarray:
    """The pixels next to a pixel of another class: a line two pixels wide along every border."""
    border = np.zeros(winner.shape, dtype=bool)
    across, up = winner[:, 1:] != winner[:, :-1], winner[1:, :] != winner[:-1, :]
    border[:, 1:] |= across
    border[:, :-1] |= across
    border[1:, :] |= up
    border[:-1, :] |= up
    return border


def _thicken(mask: np.ndarray) -> np.ndarray:
    """``mask`` grown by one pixel each way, so the contour survives the reduction from twice the size."""
    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return grown


# --------------------------------------------------------------- the points
def _label_indices(y, names: list[str], m: int) -> np.ndarray:
    labels = np.asarray(y).astype(str).reshape(-1) if m else np.empty(0, dtype=str)
    if len(labels) != m:
        raise UserError(translate("BoundaryImage", "There are {m} points but {count} labels.").format(
            m=m, count=len(labels)))
    index = {name: i for i, name in enumerate(names)}
    unknown = sorted(set(labels.tolist()) - set(index))
    if unknown:
        raise UserError(translate("BoundaryImage", "The label {unknown} is not one of the model's classes ({join}).").format(
            unknown=repr(unknown[0]), join=', '.join(names)))
    return np.array([index[label] for label in labels.tolist()], dtype=np.intp)


def _predictions_at(source, planes: np.ndarray, X: np.ndarray, extent: Extent) -> np.ndarray:
    """Each point's predicted class: from the model itself, or, for a grid, from the map under the point."""
    if len(X) == 0:
        return np.empty(0, dtype=np.intp)
    predict = getattr(source, "predict_proba", source)
    if source is not None and not isinstance(source, np.ndarray) and callable(predict):
        if not (isinstance(source, Classifier) and not source.is_fitted):
            proba = np.asarray(predict(np.ascontiguousarray(X, dtype=np.float32)))
            if proba.ndim == 1:
                return (proba > 0.5).astype(np.intp)
            return np.argmax(proba, axis=1)
    side = planes.shape[1]
    xmin, xmax, ymin, ymax = extent
    col = np.clip(np.rint((X[:, 0] - xmin) / (xmax - xmin) * (side - 1)), 0, side - 1).astype(np.intp)
    row = np.clip(np.rint((X[:, 1] - ymin) / (ymax - ymin) * (side - 1)), 0, side - 1).astype(np.intp)
    return np.argmax(planes[:, row, col], axis=0)


def _to_pixels(X: np.ndarray, extent: Extent, side: int) -> np.ndarray:
    """Pixel coordinates (column, row from the top) of each point; off-picture points stay off it."""
    xmin, xmax, ymin, ymax = extent
    px = (X[:, 0].astype(np.float64) - xmin) / (xmax - xmin) * (side - 1)
    py = (ymax - X[:, 1].astype(np.float64)) / (ymax - ymin) * (side - 1)
    return np.column_stack([px, py])


def _marker_radius(size: int, count: int) -> float:
    # about 1.4 % of the picture for up to 200 points, smaller for crowds, never under 2 pixels
    return max(2.0, size * 0.014 * min(1.0, (200 / max(count, 1)) ** 0.5))


def _marker(draw: ImageDraw.ImageDraw, shape: str, x: float, y: float, r: float, fill, outline_width: int) -> None:
    style = {"fill": fill, "outline": (0, 0, 0), "width": outline_width}
    if shape == "circle":
        draw.ellipse((x - r, y - r, x + r, y + r), **style)
    elif shape == "square":
        s = r * 0.88  # the same area as the circle, roughly
        draw.rectangle((x - s, y - s, x + s, y + s), **style)
    elif shape == "star":
        points = []
        for i in range(10):
            angle = np.pi / 2 + i * np.pi / 5
            reach = r * 1.25 if i % 2 == 0 else r * 0.55
            points.append((x + reach * np.cos(angle), y - reach * np.sin(angle)))
        draw.polygon(points, **style)
    else:
        sides, rotation, grow = {
            "triangle": (3, 0, 1.25), "diamond": (4, 0, 1.15), "triangle_down": (3, 180, 1.25),
            "pentagon": (5, 0, 1.05), "hexagon": (6, 0, 1.0),
        }[shape]
        draw.regular_polygon((x, y, r * grow), sides, rotation=rotation, **style)


# ---------------------------------------------------------------- the file
def _check_size(size) -> int:
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or not MIN_SIZE <= size <= MAX_SIZE:
        raise UserError(
            translate("BoundaryImage", "The boundary picture's size must be a whole number of pixels from "
                                       "{min_size} to {max_size}, not {size}.").format(
            min_size=MIN_SIZE, max_size=MAX_SIZE, size=repr(size))
        )
    return int(size)


def check_boundary_path(path, *, force: bool = False) -> Path:
    """``path`` as a Path if a picture can be written there (a .png name, lrgui.data.files' output policy), else UserError.

    :func:`write_boundary_png` checks this itself; a front end calls it
    before training too, so a typo does not cost the run. An existing file is
    replaced only with ``force``.
    """
    if path is None or str(path).strip() == "":
        raise UserError(translate("BoundaryImage", "Give a file name for the boundary picture, e.g. boundary.png."))
    if Path(path).suffix.lower() != ".png":
        raise UserError(translate("BoundaryImage", "The boundary picture is a PNG file: give a name ending in "
                                                   ".png, not {path}.").format(path=repr(str(path))))
    return check_output(path, what="the boundary picture", error=UserError, force=force)
