"""Small, real image datasets drawn with Pillow for the tests.

Each class has its own dominant colour and shape, drawn with random size,
position and noise, so a linear classifier can separate them but not
trivially from a single pixel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image, ImageDraw

PALETTE = {
    "red": (200, 40, 40),
    "blue": (40, 60, 200),
    "green": (40, 170, 60),
    "yellow": (220, 200, 40),
}


def draw_image(cls: str, rng: np.random.Generator, size: int = 48) -> Image.Image:
    background = tuple(int(v) for v in rng.integers(90, 170, 3))
    im = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(im)
    colour = np.array(PALETTE.get(cls, (128, 128, 128))) + rng.integers(-30, 30, 3)
    colour = tuple(int(v) for v in np.clip(colour, 0, 255))
    r = int(rng.integers(size // 4, size // 2))
    cx, cy = (int(v) for v in rng.integers(r // 2, size - r // 2, 2))
    box = [cx - r, cy - r, cx + r, cy + r]
    if list(PALETTE).index(cls) % 2 if cls in PALETTE else 0:
        draw.rectangle(box, fill=colour)
    else:
        draw.ellipse(box, fill=colour)
    pixels = np.asarray(im, dtype=np.int16) + rng.integers(-20, 20, (size, size, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def make_class_folders(
    root: Path,
    classes: Sequence[str] = ("red", "blue"),
    per_class: int = 24,
    seed: int = 0,
    size: int = 48,
) -> Path:
    """Writes ``root/<class>/img_NNN.(jpg|png)``, alternating formats; returns ``root``."""
    rng = np.random.default_rng(seed)
    for cls in classes:
        folder = Path(root, cls)
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            im = draw_image(cls, rng, size)
            if i % 2:
                im.save(folder / f"img_{i:03d}.png")
            else:
                im.save(folder / f"img_{i:03d}.jpg", quality=90)
    return Path(root)
