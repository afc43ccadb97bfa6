"""A corpus of awkward image files, drawn with Pillow, each with its expected outcome.

``make_corpus(root)`` writes a parent folder with three classes:

* ``edge/``   every difficult case (formats, modes, corruption, names, junk, links);
* ``plain/``  a few ordinary photos, so the corpus can train a model;
* ``single/`` a class folder holding a single image.

Every file is described by a :class:`Case`: it is either *loaded* (and then
``check`` inspects the pixels it became, at :data:`CHECK_FORMAT`), *skipped*
with a reason matching ``reason``, or *ignored* (never listed, never reported).
"""

from __future__ import annotations

import os
import struct
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image

from lrgui.data import ImageFormat

#: The format the pixel checks are written for: 8 × 8 RGB.
CHECK_FORMAT = ImageFormat(size=8)

RED = (220, 20, 30)
GREEN = (20, 160, 40)
BLUE = (30, 40, 210)
YELLOW = (230, 210, 20)
WHITE = (255, 255, 255)

#: The name of the 8000 × 6000 photo case.
HUGE_PHOTO = "8000 × 6000 photo"

PixelCheck = Callable[[np.ndarray], None]


@dataclass(frozen=True)
class Case:
    """One file of the corpus and what lrgui must do with it."""

    name: str
    path: Path
    outcome: str  # "loaded", "skipped" or "ignored"
    reason: str | None = None  # regular expression the skip reason must match
    check: PixelCheck | None = None  # called with the (8, 8, 3) pixels of a loaded file


@dataclass
class Corpus:
    root: Path
    cases: list[Case] = field(default_factory=list)

    def of(self, outcome: str) -> list[Case]:
        return [c for c in self.cases if c.outcome == outcome]

    def case(self, name: str) -> Case:
        return next(c for c in self.cases if c.name == name)


# ------------------------------------------------------------------ pixel checks
def _close(actual, expected, tolerance: int, where: str) -> None:
    actual = np.asarray(actual, dtype=int)
    if np.abs(actual - np.asarray(expected, dtype=int)).max() > tolerance:
        raise AssertionError(f"{where}: pixels {actual.tolist()} are not {expected} (± {tolerance})")


def solid(colour, tolerance: int = 4) -> PixelCheck:
    def check(pixels: np.ndarray) -> None:
        for row in pixels.reshape(-1, 3):
            _close(row, colour, tolerance, "whole image")

    return check


def halves(left, right, tolerance: int = 4) -> PixelCheck:
    """Left columns 0–2 one colour, right columns 5–7 another (the middle may blend)."""

    def check(pixels: np.ndarray) -> None:
        for row in pixels[:, :3].reshape(-1, 3):
            _close(row, left, tolerance, "left half")
        for row in pixels[:, 5:].reshape(-1, 3):
            _close(row, right, tolerance, "right half")

    return check


def quadrants(top_left, top_right, bottom_left, bottom_right, tolerance: int = 12) -> PixelCheck:
    """The centres of the four quadrants (pixels 1–2 and 5–6 on each axis)."""

    def check(pixels: np.ndarray) -> None:
        for colour, rows, cols, where in (
            (top_left, slice(1, 3), slice(1, 3), "top left"),
            (top_right, slice(1, 3), slice(5, 7), "top right"),
            (bottom_left, slice(5, 7), slice(1, 3), "bottom left"),
            (bottom_right, slice(5, 7), slice(5, 7), "bottom right"),
        ):
            for row in pixels[rows, cols].reshape(-1, 3):
                _close(row, colour, tolerance, where)

    return check


# --------------------------------------------------------------------- drawing
def two_colours(left, right, size=(32, 32), mode="RGB") -> Image.Image:
    im = Image.new(mode, size, right)
    im.paste(left, (0, 0, size[0] // 2, size[1]))
    return im


def four_colours(top_left, top_right, bottom_left, bottom_right, size=(32, 32)) -> Image.Image:
    w, h = size
    im = Image.new("RGB", size)
    im.paste(top_left, (0, 0, w // 2, h // 2))
    im.paste(top_right, (w // 2, 0, w, h // 2))
    im.paste(bottom_left, (0, h // 2, w // 2, h))
    im.paste(bottom_right, (w // 2, h // 2, w, h))
    return im


def noisy_photo(seed: int, size: int = 48) -> Image.Image:
    rng = np.random.default_rng(seed)
    base = rng.integers(40, 200, 3)
    pixels = base + rng.integers(-40, 40, (size, size, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def decompression_bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny, valid-looking PNG whose header claims ``width × height`` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + png_chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------- corpus
def make_corpus(root: Path, huge_photo: bool = True) -> Corpus:
    """Writes the corpus under ``root`` (created); ``huge_photo`` adds the 8000 × 6000 JPEG."""
    root = Path(root)
    edge, plain, single = root / "edge", root / "plain", root / "single"
    for folder in (edge, plain, single):
        folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)

    def add(name, path, outcome, reason=None, check=None):
        corpus.cases.append(Case(name, Path(path), outcome, reason, check))

    # --- files that must be refused, never half-loaded
    photo = noisy_photo(1, 64)
    photo.save(edge / "truncated.jpg", quality=90)
    data = (edge / "truncated.jpg").read_bytes()
    (edge / "truncated.jpg").write_bytes(data[: len(data) * 6 // 10])
    add("truncated JPEG", edge / "truncated.jpg", "skipped", r"^truncated or incomplete image file$")

    photo.save(edge / "truncated.png")
    data = (edge / "truncated.png").read_bytes()
    (edge / "truncated.png").write_bytes(data[: len(data) * 6 // 10])
    add("truncated PNG", edge / "truncated.png", "skipped", r"^truncated or incomplete image file$")

    (edge / "zero.jpg").write_bytes(b"")
    add("zero-byte JPEG", edge / "zero.jpg", "skipped", r"^empty file \(0 bytes\)$")

    (edge / "actually text.png").write_text("This is a text file with an image's name.\n")
    add("text named .png", edge / "actually text.png", "skipped", r"^not an image file Pillow can read$")

    (edge / "bomb.png").write_bytes(decompression_bomb_png())
    add("decompression bomb", edge / "bomb.png", "skipped", r"^image too large")

    # --- every format and pixel mode, with known pixels
    im = Image.new("RGBA", (32, 32), (0, 0, 0, 0))  # fully transparent black on the right...
    im.paste((*RED, 255), (0, 0, 16, 32))  # ...opaque red on the left
    im.save(edge / "alpha.png")
    add("PNG with alpha", edge / "alpha.png", "loaded", check=halves(RED, WHITE, 1))

    im = Image.new("RGBA", (32, 32), (0, 0, 255, 128))  # half-transparent blue over white
    im.save(edge / "half transparent.png")
    add("PNG half transparent", edge / "half transparent.png", "loaded", check=solid((127, 127, 255), 2))

    two_colours(GREEN, YELLOW).convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(edge / "palette.gif")
    add("palette GIF", edge / "palette.gif", "loaded", check=halves(GREEN, YELLOW, 2))

    im = two_colours(RED, (0, 0, 0)).convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    black_index = im.getpixel((31, 0))
    im.save(edge / "palette transparent.png", transparency=black_index)
    add("palette PNG with transparency", edge / "palette transparent.png", "loaded", check=halves(RED, WHITE, 2))

    frames = [Image.new("RGB", (32, 32), colour).convert("P", palette=Image.Palette.ADAPTIVE) for colour in (RED, BLUE, GREEN)]
    frames[0].save(edge / "animated.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    add("animated GIF (first frame)", edge / "animated.gif", "loaded", check=solid(RED, 2))

    sixteen = np.zeros((32, 32), np.uint16)
    sixteen[:, :16], sixteen[:, 16:] = 65535, 32768  # clipping would make both halves 255
    Image.fromarray(sixteen).save(edge / "sixteen bit.png")
    add("16-bit PNG", edge / "sixteen bit.png", "loaded", check=halves(WHITE, (128, 128, 128), 1))

    two_colours(0, 1, mode="1").save(edge / "one bit.png")
    add("1-bit PNG", edge / "one bit.png", "loaded", check=halves((0, 0, 0), WHITE, 0))

    Image.new("L", (32, 32), 100).save(edge / "gray.jpg", quality=95)
    add("grayscale JPEG", edge / "gray.jpg", "loaded", check=solid((100, 100, 100), 2))

    Image.new("CMYK", (32, 32), (0, 255, 255, 0)).save(edge / "cmyk.jpg", quality=95)
    add("CMYK JPEG", edge / "cmyk.jpg", "loaded", check=solid((255, 0, 0), 6))

    # Stored 32 wide × 16 high; orientation 6 means "rotate 90° clockwise to view".
    # Viewed, the stored left column is the top row and the stored bottom row the left column.
    stored = four_colours(RED, BLUE, GREEN, YELLOW, size=(32, 16))
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(edge / "rotated.jpg", quality=95, exif=exif.tobytes())
    add("JPEG with EXIF orientation 6", edge / "rotated.jpg", "loaded", check=quadrants(GREEN, RED, YELLOW, BLUE))

    two_colours(BLUE, YELLOW).save(edge / "progressive.jpg", quality=95, progressive=True)
    add("progressive JPEG", edge / "progressive.jpg", "loaded", check=halves(BLUE, YELLOW, 8))

    two_colours(RED, GREEN).save(edge / "lossless.webp", lossless=True)
    add("WebP", edge / "lossless.webp", "loaded", check=halves(RED, GREEN, 0))

    two_colours(YELLOW, BLUE).save(edge / "plain.bmp")
    add("BMP", edge / "plain.bmp", "loaded", check=halves(YELLOW, BLUE, 0))

    two_colours(GREEN, RED).save(edge / "compressed.tiff", compression="tiff_lzw")
    add("TIFF", edge / "compressed.tiff", "loaded", check=halves(GREEN, RED, 0))

    two_colours(RED, BLUE).save(edge / "UPPER CASE.PNG")
    add("upper-case extension", edge / "UPPER CASE.PNG", "loaded", check=halves(RED, BLUE, 0))

    if huge_photo:
        im = Image.new("RGB", (8000, 6000), GREEN)
        im.paste(RED, (0, 0, 4000, 6000))
        im.save(edge / "huge photo.jpg", quality=75)
        del im
        add(HUGE_PHOTO, edge / "huge photo.jpg", "loaded", check=halves(RED, GREEN, 6))

    # --- names from everywhere
    for label, name, colour in (
        ("name with spaces", "a photo with spaces.png", RED),
        ("accented name", "café crème à Noël.png", GREEN),
        ("CJK name", "猫の写真.png", BLUE),
        ("emoji name", "smile 😀🐈.png", YELLOW),
    ):
        Image.new("RGB", (16, 16), colour).save(edge / name)
        add(label, edge / name, "loaded", check=solid(colour, 0))

    # --- nested folders count for their class
    (edge / "2021" / "summer" / "beach").mkdir(parents=True)
    Image.new("RGB", (16, 16), BLUE).save(edge / "2021" / "summer" / "beach" / "deep.png")
    add("nested subfolder", edge / "2021" / "summer" / "beach" / "deep.png", "loaded", check=solid(BLUE, 0))

    # --- junk and hidden files, ignored without a word
    Image.new("RGB", (16, 16), RED).save(edge / ".hidden.png")
    add("hidden image", edge / ".hidden.png", "ignored")
    (edge / "._resource fork.jpg").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    add("macOS resource fork", edge / "._resource fork.jpg", "ignored")
    for junk in (".DS_Store", "Thumbs.db", "desktop.ini", "notes.txt"):
        (edge / junk).write_bytes(b"\x00junk\x00")
        add(f"junk {junk}", edge / junk, "ignored")
    (edge / ".cache").mkdir()
    Image.new("RGB", (16, 16), RED).save(edge / ".cache" / "thumb.png")
    add("image in a hidden folder", edge / ".cache" / "thumb.png", "ignored")

    # --- symlinked folders, including loops, are not followed
    if hasattr(os, "symlink") and os.name != "nt":
        os.symlink(edge, edge / "loop to itself")
        os.symlink(root, edge / "2021" / "loop to the top")
        os.symlink(plain, edge / "link to plain")

    # --- ordinary images, and a class of one
    for i in range(6):
        noisy_photo(10 + i).save(plain / f"photo {i}.jpg", quality=90)
        add(f"plain photo {i}", plain / f"photo {i}.jpg", "loaded")
    Image.new("RGB", (20, 20), BLUE).save(single / "only one.png")
    add("class with a single image", single / "only one.png", "loaded", check=solid(BLUE, 0))
    return corpus


def case_names_by_outcome() -> dict[str, list[str]]:
    """The case names per outcome (for test parametrisation), from a corpus drawn without its large photo."""
    with tempfile.TemporaryDirectory() as folder:
        small = make_corpus(Path(folder), huge_photo=False)
        names = {outcome: [c.name for c in small.of(outcome)] for outcome in ("loaded", "skipped", "ignored")}
    names["loaded"].append(HUGE_PHOTO)
    return names
