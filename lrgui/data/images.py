"""Decoding one image file into a row of uint8 pixels.

Every file goes through the same steps, in the order the tutorials used:
decode fully (a truncated file is refused, never half-loaded), apply the EXIF
orientation, flatten transparency onto white, convert to RGB or grayscale,
squash to ``size × size`` with an antialiased filter, and flatten.
"""

from __future__ import annotations

import os
import stat
import warnings
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from lrgui.data.dataset import PERMISSION_DENIED, ImageFormat

# Never accept a truncated file as an image with a grey bottom half.
ImageFile.LOAD_TRUNCATED_IMAGES = False

#: File name endings read as images; everything else in a folder is ignored.
IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".bmp", ".dib", ".gif", ".tif", ".tiff", ".webp", ".ppm", ".pgm", ".pbm"}
)

#: Files that operating systems leave in folders, ignored without a word.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"})

#: Larger images are refused before decoding (a "decompression bomb" header
#: can claim 10^10 pixels in a few bytes). 8000 × 6000 photos pass.
MAX_PIXELS = 150_000_000

# Pillow warns from ~89 M pixels and refuses from ~179 M; open_image applies
# MAX_PIXELS itself from the header, so the warning is redundant. It is
# silenced once here: warnings.catch_warnings() around each decode changes
# process-wide state, is not thread-safe, and the loader decodes in threads
# (concurrent uses leaked an "error" filter into the whole process).
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

#: Bilinear with Pillow's antialiasing support scaled to the reduction factor.
RESAMPLE = Image.Resampling.BILINEAR


class ImageReadError(Exception):
    """A file that cannot be used as an image; ``str()`` is the reason, for the user."""


def unreadable_reason(exc: OSError) -> str:
    """Why the operating system would not give lrgui a file or folder, in a few words."""
    if isinstance(exc, PermissionError):
        return PERMISSION_DENIED
    if isinstance(exc, FileNotFoundError):
        return "not found (moved or deleted while loading)"
    if isinstance(exc, IsADirectoryError):
        return "a folder, not an image file"
    return f"cannot read it ({exc.strerror or type(exc).__name__})"


def is_image_name(path: str | os.PathLike) -> bool:
    name = os.path.basename(path)
    if name.startswith(".") or name.lower() in JUNK_NAMES:
        return False
    return os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS


def open_image(path: str | os.PathLike, draft_size: int | None = None, grayscale: bool = False) -> Image.Image:
    """The image fully decoded, upright, as 'RGB' (or 'L'), transparency on white.

    ``draft_size`` lets the JPEG decoder scale down by 1/2, 1/4 or 1/8 while
    decoding, as long as the result stays at least that large: much less work
    for photos far bigger than the target.
    """
    path = os.fspath(path)
    try:
        with _open_regular_file(path) as file, Image.open(file) as im:
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise ImageReadError(
                    f"image too large: {width:,} × {height:,} pixels (the limit is {MAX_PIXELS:,})"
                )
            if draft_size and im.format == "JPEG":
                im.draft("L" if grayscale else "RGB", (draft_size, draft_size))
            im.load()
            im = ImageOps.exif_transpose(im)
            return _to_mode(im, "L" if grayscale else "RGB")
    except ImageReadError:
        raise
    except UnidentifiedImageError:
        raise ImageReadError("not an image file Pillow can read") from None
    except Image.DecompressionBombError as exc:
        raise ImageReadError(f"image too large ({exc})") from None
    except OSError as exc:
        if exc.errno is not None:  # the file system's refusal, not the decoder's
            raise ImageReadError(unreadable_reason(exc)) from None
        raise ImageReadError(_decoder_reason(exc)) from None
    except (SyntaxError, ValueError, EOFError) as exc:
        raise ImageReadError(_decoder_reason(exc)) from None
    except MemoryError:
        raise ImageReadError("image too large to decode") from None


def _open_regular_file(path: str) -> BinaryIO:
    """The file opened for reading, refused unless it is a regular, non-empty file.

    Opening without blocking and checking the open file (not the name, which
    may change in between) means a named pipe or a device with an image's
    name is refused at once instead of waiting forever for data.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ImageReadError("not a regular file (a folder, named pipe, device or socket)")
        if st.st_size == 0:
            raise ImageReadError("empty file (0 bytes)")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _decoder_reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "truncated" in text:
        return "truncated or incomplete image file"
    return f"corrupt or unreadable image ({text})"


def _to_mode(im: Image.Image, mode: str) -> Image.Image:
    """Converts any Pillow mode to 'RGB' or 'L', compositing transparency on white."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit (and 32-bit integer) grey: keep the top 8 bits instead of clipping at 255
        values = np.asarray(im, dtype=np.uint32)
        shift = 8 if values.max(initial=0) > 255 else 0
        im = Image.fromarray((values >> shift).astype(np.uint8), "L")
    elif im.mode == "F":
        im = Image.fromarray(np.clip(np.asarray(im), 0, 255).astype(np.uint8), "L")
    elif im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        im = im.convert("RGBA")
        background = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(background, im)
    if im.mode != mode:
        im = im.convert(mode)
    return im


def load_image(path: str | os.PathLike, image_format: ImageFormat) -> np.ndarray:
    """One image file as a flat uint8 row of ``size·size·channels`` pixels (row-major, RGB interleaved)."""
    im = open_image(path, draft_size=image_format.size, grayscale=image_format.grayscale)
    return image_to_row(im, image_format)


def image_to_row(im: Image.Image, image_format: ImageFormat) -> np.ndarray:
    """An already opened image (say, pasted from the clipboard) as a flat uint8 row."""
    size = image_format.size
    try:
        im = _to_mode(im, "L" if image_format.grayscale else "RGB")
        if im.size != (size, size):
            im = im.resize((size, size), RESAMPLE)
        return np.asarray(im, dtype=np.uint8).reshape(-1)
    except (OSError, ValueError, MemoryError) as exc:
        raise ImageReadError(f"could not resize the image ({exc})") from None


def pixels_to_image(row: np.ndarray, image_format: ImageFormat) -> Image.Image:
    """The inverse of :func:`load_image`, for showing what the model sees."""
    shape = image_format.shape if not image_format.grayscale else (image_format.size, image_format.size)
    return Image.fromarray(np.asarray(row, dtype=np.uint8).reshape(shape), "L" if image_format.grayscale else "RGB")

