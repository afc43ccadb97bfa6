"""The "shapes" sample: photo-like pictures of circles, squares and triangles, drawn from a seed.

Only the outline tells the classes apart. Colour, size, position, rotation,
lighting, shadow, background texture and noise are drawn from the same
distributions for every class, and the three shapes have the same area, so
a model cannot tell them apart by colour or by how much of the picture is
covered.

Two choices keep the sample learnable by logistic regression on raw pixels
with the default settings (learning rate 0.005, 2,000 iterations):

* the object is always lighter than its backdrop (cut-out paper on dark
  felt), so every class is a consistent light "template" a linear model can
  learn, never a light shape here and a dark one there;
* the backdrops are dark. Gradient descent on pixels/255 is stable only if
  the learning rate is below about 2 / (curvature), and the curvature grows
  with the square of the mean pixel value: on light backdrops the cost at
  learning rate 0.005 jumps up and down instead of falling.

Every image has its own random generator seeded from ``(seed, split, class,
index)``, so its pixels do not depend on the order images are drawn in. The
random choices are made per image; the pixel arithmetic is done for a batch
of images at once.
"""

from __future__ import annotations

import colorsys
import math
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from lrgui.data.files import write_atomically

SHAPE_CLASSES = ("circle", "square", "triangle")
SPLITS = {"train": 100, "test": 30}  # images per class
IMAGE_SIZE = 64
SUPERSAMPLE = 4  # shapes are drawn 4× larger and shrunk, for smooth (antialiased) edges
JPEG_QUALITY = 92
BATCH = 25  # images drawn at once

# The random choices, in pixels of a 64 × 64 image and 0..255 channel values.
BACKDROP_TONE = (25, 75)  # each channel of the backdrop's main tone
BACKDROP_SHIFT = (-20, 35)  # its second tone (gradient end, stripes, blotches) differs by this much
RADIUS = (11, 17)  # of the circle; the square and the triangle have the same area
SHIFT = 3  # the centre moves up to this far in x and y
TURN = 20  # the square and the triangle turn up to this many degrees either way
SATURATION = (0.25, 0.8)  # of the object's colour (HSV); the hue is anything
BRIGHTNESS = (0.5, 1.0)  # HSV value: always lighter than the backdrop, a few only a little
NOISE = (3, 10)  # standard deviation of the camera noise

GenerationProgress = Callable[[int, int], None]


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel coordinates x, y running from -1 to 1 across the image (cached: every image needs them)."""
    if size not in _GRIDS:
        coords = np.linspace(-1, 1, size, dtype=np.float32)
        _GRIDS[size] = tuple(np.meshgrid(coords, coords))
    return _GRIDS[size]


_GRIDS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _texture(rng: np.random.Generator, size: int) -> np.ndarray:
    """How far each backdrop pixel goes from the main tone to the second one (0..1)."""
    x, y = _grid(size)
    angle = rng.uniform(0, 2 * math.pi)
    along = x * math.cos(angle) + y * math.sin(angle)  # -1.4 .. 1.4 along a random direction
    kind = rng.integers(3)
    if kind == 0:  # a smooth gradient
        return along * 0.35 + 0.5
    if kind == 1:  # soft stripes, like corduroy
        return 0.25 + 0.25 * np.sin(math.pi * rng.uniform(3, 9) * along + rng.uniform(0, 2 * math.pi))
    # blotchy low-frequency noise, like felt or a wall
    blotches = Image.fromarray(rng.random((5, 5)).astype(np.float32), "F").resize((size, size), Image.Resampling.BICUBIC)
    return 0.6 * np.clip(np.asarray(blotches), 0, 1)


def _outline(kind: str, rng: np.random.Generator, size: int) -> list[tuple[float, float]]:
    """The shape's corners (or, for a circle, its ellipse box) in supersampled pixel coordinates."""
    scale = size * SUPERSAMPLE / 64
    radius = rng.uniform(*RADIUS)
    cx, cy = 32 + rng.uniform(-SHIFT, SHIFT, 2)
    if kind == "circle":  # a little squashed, as a round thing seen at a slight angle
        rx, ry = radius * rng.uniform(0.92, 1.08, 2)
        return [((cx - rx) * scale, (cy - ry) * scale), ((cx + rx) * scale, (cy + ry) * scale)]
    if kind == "square":
        half = radius * math.sqrt(math.pi) / 2  # side² = πr²
        points = [(-half, -half), (half, -half), (half, half), (-half, half)]
    elif kind == "triangle":  # equilateral, pointing up, centred halfway up its height
        reach = radius * math.sqrt(math.pi / (0.75 * math.sqrt(3)))  # circumradius giving area πr²
        points = [(reach * math.cos(a), reach * (0.25 - math.sin(a))) for a in (math.pi / 2, 7 * math.pi / 6, 11 * math.pi / 6)]
    else:
        raise ValueError(f"unknown shape {kind!r}; the shapes are {', '.join(SHAPE_CLASSES)}")
    turn = math.radians(rng.uniform(-TURN, TURN))
    cos, sin = math.cos(turn), math.sin(turn)
    return [((cx + px * cos - py * sin) * scale, (cy + px * sin + py * cos) * scale) for px, py in points]


def _coverage(kind: str, rng: np.random.Generator, size: int) -> Image.Image:
    """How much of each pixel the object covers (0..255), with antialiased edges."""
    big = Image.new("L", (size * SUPERSAMPLE, size * SUPERSAMPLE), 0)
    draw = ImageDraw.Draw(big)
    outline = _outline(kind, rng, size)
    if kind == "circle":
        draw.ellipse(outline, fill=255)
    else:
        draw.polygon(outline, fill=255)
    return big.resize((size, size), Image.Resampling.BOX)


def _colour(rng: np.random.Generator) -> tuple[float, float, float]:
    hue, saturation, value = rng.random(), rng.uniform(*SATURATION), rng.uniform(*BRIGHTNESS)
    return tuple(255 * c for c in colorsys.hsv_to_rgb(hue, saturation, value))


def render_shapes(kinds: Sequence[str], rngs: Sequence[np.random.Generator], size: int = IMAGE_SIZE) -> np.ndarray:
    """Pictures of the given shapes, one generator each: an (n, size, size, 3) uint8 array."""
    n = len(kinds)
    textures = np.empty((n, size, size), np.float32)
    coverage = np.empty((n, size, size), np.uint8)
    shadows = np.empty((n, size, size), np.uint8)
    tones = np.empty((n, 2, 3), np.float32)  # the backdrop's main and second tone
    colours = np.empty((n, 3), np.float32)
    scalars = np.empty((n, 3), np.float32)  # shadow darkness, shading strength, noise level
    noise = np.empty((n, size, size, 3), np.float32)
    for i, (kind, rng) in enumerate(zip(kinds, rngs)):
        tones[i, 0] = rng.uniform(*BACKDROP_TONE, 3)
        tones[i, 1] = np.clip(tones[i, 0] + rng.uniform(*BACKDROP_SHIFT, 3), 0, 255)
        textures[i] = _texture(rng, size)
        mask = _coverage(kind, rng, size)
        coverage[i] = mask
        # a soft shadow cast down and to the right
        shadows[i] = np.roll(mask.filter(ImageFilter.GaussianBlur(1.5)), tuple(rng.integers(1, 4, 2)), axis=(0, 1))
        colours[i] = _colour(rng)
        scalars[i] = rng.uniform(0.2, 0.4) / 255, rng.uniform(0.05, 0.15), rng.uniform(*NOISE)
        noise[i] = rng.standard_normal((size, size, 3), dtype=np.float32)

    main, second = tones[:, None, None, 0], tones[:, None, None, 1]
    backdrop = main + textures[..., None] * (second - main)
    backdrop *= 1 - scalars[:, None, None, 0:1] * shadows[..., None]
    x, y = _grid(size)
    lighting = 1 - scalars[:, None, None, 1:2] * (x + y)[None, :, :, None]  # light from the top left
    surface = colours[:, None, None, :] * lighting
    picture = backdrop + (coverage[..., None] / np.float32(255)) * (surface - backdrop)
    picture += scalars[:, None, None, 2:3] * noise
    return np.clip(picture + 0.5, 0, 255).astype(np.uint8)


def render_shape(kind: str, rng: np.random.Generator, size: int = IMAGE_SIZE) -> Image.Image:
    """One picture of a ``kind`` shape ("circle", "square" or "triangle") as an RGB image."""
    return Image.fromarray(render_shapes([kind], [rng], size)[0], "RGB")


def image_rng(seed: int, split: str, kind: str, index: int) -> np.random.Generator:
    """The generator for one image: independent of every other image and of the drawing order."""
    return np.random.default_rng([seed, list(SPLITS).index(split), SHAPE_CLASSES.index(kind), index])


def write_shapes(folder: Path, seed: int = 0, progress: GenerationProgress | None = None) -> int:
    """Writes ``folder/{train,test}/<shape>/<shape>_NNN.jpg``; returns the number of images."""
    total = len(SHAPE_CLASSES) * sum(SPLITS.values())
    done = 0
    if progress is not None:
        progress(0, total)
    for split, per_class in SPLITS.items():
        for kind in SHAPE_CLASSES:
            target = Path(folder, split, kind)
            target.mkdir(parents=True, exist_ok=True)
            # a few dozen at a time: small arrays stay in the processor's cache
            for start in range(0, per_class, BATCH):
                indices = range(start, min(start + BATCH, per_class))
                pictures = render_shapes([kind] * len(indices), [image_rng(seed, split, kind, i) for i in indices])
                for index, pixels in zip(indices, pictures):
                    picture = Image.fromarray(pixels, "RGB")
                    # durable=False: the whole folder is renamed into place once complete (samples.py)
                    write_atomically(target / f"{kind}_{index:03d}.jpg",
                                     lambda handle: picture.save(handle, format="JPEG", quality=JPEG_QUALITY),
                                     durable=False)
                done += len(indices)
                if progress is not None:
                    progress(done, total)
    return total
