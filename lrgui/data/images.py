"""Decoding one image file into a row of uint8 pixels.

Every file goes through the same steps, in the order the tutorials used:
decode fully (a truncated file is refused, never half-loaded), apply the EXIF
orientation, flatten transparency onto white, convert to RGB or grayscale,
squash to ``size × size`` with an antialiased filter, and flatten.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import warnings
from typing import BinaryIO, Callable, Iterator, TypeVar

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

try:  # libjpeg-turbo without Pillow's per-image overhead (see fast_jpeg_row)
    import simplejpeg
except ImportError:  # pragma: no cover - only a speed-up: Pillow reads everything
    simplejpeg = None

from lrgui.data.dataset import PERMISSION_DENIED, ImageFormat
from lrgui.data.files import NotRegularFile, open_regular_fd
from lrgui.data.limits import format_bytes
from lrgui.i18n import localize, translate

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

#: The memory all decoding threads together may use for the images they are decoding, and so the most one
#: image may take (decoded pixels and every working copy up to the small row; see :func:`decode_memory`).
#: A 48-megapixel RGB PNG (549 MB) passes; a 12,000 × 12,000 16-bit RGBA PNG (about 3.2 GB) is refused.
DECODE_BUDGET_BYTES = 640 << 20
#: Images needing at most this are decoded without taking from the budget: eight threads of them hold 8 MB.
UNCOUNTED_DECODE_BYTES = 1 << 20
#: Bytes Pillow stores per pixel, by mode: one for 8-bit single-band modes, two for 16-bit grey, four otherwise
#: (multi-band images are stored as 32 bits a pixel whatever their bands).
_STORED_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
#: Bytes per pixel of the working copies _to_mode makes on the way to 'RGB' or 'L' (see _to_mode).
_WORKING_BYTES = {"I": 10, "F": 10, "I;16": 10, "I;16L": 10, "I;16B": 10, "I;16N": 10,
                  "RGBA": 16, "LA": 16, "PA": 16, "RGBa": 16, "La": 16, "P": 16}


def decode_memory(mode: str, width: int, height: int) -> int:
    """The peak bytes decoding an image of this header takes on its way to a row: a bound, read before decoding.

    The decoded pixels (:data:`_STORED_BYTES`), the upright copy
    ``exif_transpose`` makes, and the working copies of the conversion to
    'RGB' or 'L' (16-bit and float values go through NumPy; transparency is
    composited over a white image of the same size).
    """
    pixels = width * height
    return pixels * (2 * _STORED_BYTES.get(mode, 4) + _WORKING_BYTES.get(mode, 4))


class DecodeBudget:
    """Bytes that decoding threads hold while they decode: a thread waits until its image's bytes are free.

    However many threads decode, the images being decoded together never
    need more than ``total`` bytes; an image needing more than ``total``
    alone is refused in words.
    """

    def __init__(self, total: int):
        self.total = total
        self.used = 0
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def hold(self, nbytes: int, describe: Callable[[], str]) -> Iterator[None]:
        if nbytes > self.total:
            raise ImageReadError(translate("Images", "decoding it would need about {bytes} of memory ({value}), "
                                                     "more than lrgui gives one image ({bytes2})").format(
                bytes=format_bytes(nbytes), value=describe(), bytes2=format_bytes(self.total)))
        with self._changed:
            while self.used + nbytes > self.total:
                self._changed.wait()
            self.used += nbytes
        try:
            yield
        finally:
            with self._changed:
                self.used -= nbytes
                self._changed.notify_all()


#: The one budget every decoding thread of the process shares.
DECODE_BUDGET = DecodeBudget(DECODE_BUDGET_BYTES)


T = TypeVar("T")


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
    with _reasons_for_refusal(), _open_regular_file(os.fspath(path)) as file:
        return _decode_with_pillow(file, draft_size, grayscale, lambda im: im)


def load_image(path: str | os.PathLike, image_format: ImageFormat) -> np.ndarray:
    """One image file as a flat uint8 row of ``size·size·channels`` pixels (row-major, RGB interleaved).

    Plain JPEGs take the fast path (:func:`fast_jpeg_row`), which gives
    exactly Pillow's pixels; every other file, and any JPEG the fast path is
    not sure of, is decoded by Pillow.
    """
    with _reasons_for_refusal():
        data = _small_file_bytes(os.fspath(path)) if simplejpeg is not None else None
        if data is not None and data.startswith(JPEG_START):
            row = fast_jpeg_row(data, image_format)
            if row is not None:
                return row
        with io.BytesIO(data) if data is not None else _open_regular_file(os.fspath(path)) as file:
            return _decode_with_pillow(file, image_format.size, image_format.grayscale,
                                       lambda im: image_to_row(im, image_format))


def _decode_with_pillow(file: BinaryIO, draft_size: int | None, grayscale: bool, finish: Callable[[Image.Image], T]) -> T:
    """Decodes the file and returns ``finish(image)``, holding the image's :func:`decode_memory` of the budget
    from before decoding until ``finish`` is done (a row is small; an image kept whole stays the caller's)."""
    with Image.open(file) as im:
        width, height = im.size
        if width * height > MAX_PIXELS:
            raise ImageReadError(translate("Images", "image too large: {width} × {height} pixels (the limit is "
                                                     "{max_pixels})").format(
                width=localize(format(width, ",")), height=localize(format(height, ",")),
                max_pixels=localize(format(MAX_PIXELS, ","))))
        if draft_size and im.format == "JPEG":
            im.draft("L" if grayscale else "RGB", (draft_size, draft_size))
        mode, (width, height) = im.mode, im.size
        needed = decode_memory(mode, width, height)
        # a thumbnail-sized image is not counted: taking from the budget would cost more than it guards
        guard = contextlib.nullcontext() if needed <= UNCOUNTED_DECODE_BYTES else DECODE_BUDGET.hold(
            needed, lambda: f"{width:,} × {height:,} pixels, {mode}")
        with guard:
            im.load()
            im = ImageOps.exif_transpose(im)
            return finish(_to_mode(im, "L" if grayscale else "RGB"))


@contextlib.contextmanager
def _reasons_for_refusal() -> Iterator[None]:
    """Turns whatever opening and decoding a file raises into an ImageReadError with the reason in words."""
    try:
        yield
    except ImageReadError:
        raise
    except UnidentifiedImageError:
        raise ImageReadError(translate("Images", "not an image file Pillow can read")) from None
    except Image.DecompressionBombError as exc:
        raise ImageReadError(translate("Images", "image too large ({exc})").format(exc=exc)) from None
    except OSError as exc:
        if exc.errno is not None:  # the file system's refusal, not the decoder's
            raise ImageReadError(unreadable_reason(exc)) from None
        raise ImageReadError(_decoder_reason(exc)) from None
    except (SyntaxError, ValueError, EOFError) as exc:
        raise ImageReadError(_decoder_reason(exc)) from None
    except MemoryError:
        raise ImageReadError(translate("Images", "image too large to decode")) from None


def _small_file_bytes(path: str) -> bytes | None:
    """The whole file, read in one call, when it is small enough to hold at once; otherwise None.

    Reading with ``os.read`` skips building a buffered file object, which
    costs as much as decoding a 32 × 32 JPEG.
    """
    fd = _open_regular_fd(path)
    try:
        size = os.fstat(fd).st_size
        if size > MAX_FAST_JPEG_BYTES:
            return None
        chunks = []
        while chunk := os.read(fd, size + 1):  # +1: a file that grew since fstat is read to its end
            chunks.append(chunk)
        return b"".join(chunks) if len(chunks) != 1 else chunks[0]
    finally:
        os.close(fd)


# --------------------------------------------------------------- the fast JPEG path
#: Every JPEG file starts with the SOI marker.
JPEG_START = b"\xff\xd8"
#: Larger files are left to Pillow, which reads them from the file instead of from memory.
MAX_FAST_JPEG_BYTES = 32 << 20
#: Decoded sizes above this are left to Pillow, whose decoding holds its bytes of the decoding budget.
MAX_FAST_DECODE_BYTES = 16 << 20
#: The colour spaces whose decoding Pillow leaves entirely to libjpeg: YCbCr and grey.
_FAST_COLOURSPACES = ("YCbCr", "Gray")
_APP1, _APP2, _APP14, _SOS, _EOI = 0xE1, 0xE2, 0xEE, 0xDA, 0xD9
_STANDALONE = frozenset({0x01, 0xD8, *range(0xD0, 0xD8)})  # markers without a length
_ORIENTATION_TAG = 0x0112


def fast_jpeg_row(data: bytes, image_format: ImageFormat) -> np.ndarray | None:
    """The row Pillow would make of this JPEG, decoded by libjpeg-turbo through simplejpeg; None to leave it to Pillow.

    Pillow decodes JPEGs with libjpeg-turbo too; what costs is everything
    around it (its file parser, image objects, mode checks), several times the
    decode itself for a 32 × 32 picture. This path asks libjpeg-turbo for the
    very same decode Pillow asks for -- the same output colour space, the
    accurate integer DCT, fancy upsampling, and the 1/2, 1/4 or 1/8 scale
    Pillow's ``draft()`` picks -- so the arrays are identical (the tests
    compare them). It gives up, returning None, on anything where Pillow does
    more: an EXIF or XMP orientation, Adobe (CMYK, RGB) and multi-picture
    files, other colour spaces, images over the pixel limit, and any file
    libjpeg-turbo reports the slightest problem with (Pillow then decides).
    """
    if simplejpeg is None or not _only_plain_markers(data):
        return None
    try:
        height, width, colourspace, _ = simplejpeg.decode_jpeg_header(data)
        if colourspace not in _FAST_COLOURSPACES or width * height > MAX_PIXELS or min(width, height) < 1:
            return None
        scale = _draft_scale(width, height, image_format.size)
        shape = (-(-height // scale), -(-width // scale))
        if shape[0] * shape[1] * 3 > MAX_FAST_DECODE_BYTES:
            return None  # Pillow decodes it within the decoding budget
        grey = image_format.grayscale or colourspace == "Gray"
        pixels = simplejpeg.decode_jpeg(
            data, "GRAY" if grey else "RGB", fastdct=False, fastupsample=False,
            min_height=shape[0], min_width=shape[1], strict=True,
        )
    except Exception:  # noqa: BLE001 - whatever it is, Pillow will say it in words
        return None
    if pixels.shape[:2] != shape:  # another scale than Pillow's would give other pixels
        return None
    size = image_format.size
    if shape == (size, size) and grey == image_format.grayscale:
        return pixels.reshape(-1)  # already what the model sees: no Pillow at all
    # frombytes builds the image in about half the time of fromarray, all of it holding the GIL
    im = Image.frombytes("L" if grey else "RGB", (shape[1], shape[0]), pixels.tobytes())
    return image_to_row(im, image_format)


def _draft_scale(width: int, height: int, size: int) -> int:
    """The denominator Pillow's ``JpegImageFile.draft(mode, (size, size))`` decodes with: 1, 2, 4 or 8."""
    scale = min(width // size, height // size)
    return next(s for s in (8, 4, 2, 1) if scale >= s or s == 1)


def _only_plain_markers(data: bytes) -> bool:
    """True when nothing before the scan makes Pillow do more than libjpeg's decode.

    Walks the marker segments up to the first scan: an EXIF orientation other
    than "upright", any XMP orientation, Adobe's APP14 (colour transforms)
    and the multi-picture APP2 (Pillow opens those as MPO, without draft)
    send the file to Pillow; so does anything malformed.
    """
    position, end = 2, len(data)
    seen_exif = False
    while position + 4 <= end:
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _STANDALONE:
            position += 2
            continue
        if marker in (_SOS, _EOI):
            return marker == _SOS
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if length < 2 or position + 2 + length > end:
            return False
        payload = data[position + 4 : position + 2 + length]
        if marker == _APP1:
            if payload.startswith(b"Exif\0\0"):
                if not seen_exif and _exif_orientation(payload[6:]) not in (None, 1):
                    return False  # Pillow reads the first EXIF block only
                seen_exif = True
            elif b"Orientation" in payload:
                return False
        elif marker == _APP14 and payload.startswith(b"Adobe"):
            return False
        elif marker == _APP2 and payload.startswith(b"MPF"):
            return False
        position += 2 + length
    return False


def _exif_orientation(tiff: bytes) -> int | None:
    """The orientation in the first IFD of an EXIF block; None when absent; -1 when it cannot be read plainly."""
    if tiff[:4] == b"II*\0":
        order = "little"
    elif tiff[:4] == b"MM\0*":
        order = "big"
    else:
        return -1
    ifd = int.from_bytes(tiff[4:8], order)
    if ifd + 2 > len(tiff):
        return -1
    count = int.from_bytes(tiff[ifd : ifd + 2], order)
    for entry in range(ifd + 2, ifd + 2 + 12 * count, 12):
        if entry + 12 > len(tiff):
            return -1
        if int.from_bytes(tiff[entry : entry + 2], order) == _ORIENTATION_TAG:
            kind, items = int.from_bytes(tiff[entry + 2 : entry + 4], order), int.from_bytes(tiff[entry + 4 : entry + 8], order)
            if kind != 3 or items != 1:  # not one SHORT: let Pillow interpret it
                return -1
            return int.from_bytes(tiff[entry + 8 : entry + 10], order)
    return None


# ------------------------------------------------------------------------------ files
def _open_regular_file(path: str) -> BinaryIO:
    """The file opened for reading, refused unless it is a regular, non-empty file (see _open_regular_fd)."""
    return os.fdopen(_open_regular_fd(path), "rb")


def _open_regular_fd(path: str) -> int:
    """A file descriptor to read the file, refused unless it is a regular, non-empty file (lrgui.data.files)."""
    try:
        fd = open_regular_fd(path)
    except NotRegularFile:
        raise ImageReadError(translate("Images", "not a regular file (a folder, named pipe, device or socket)")) from None
    if os.fstat(fd).st_size == 0:
        os.close(fd)
        raise ImageReadError(translate("Images", "empty file (0 bytes)"))
    return fd


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


def image_to_row(im: Image.Image, image_format: ImageFormat) -> np.ndarray:
    """An already opened image (say, pasted from the clipboard) as a flat uint8 row."""
    size = image_format.size
    try:
        im = _to_mode(im, "L" if image_format.grayscale else "RGB")
        if im.size != (size, size):
            im = im.resize((size, size), RESAMPLE)
        return np.asarray(im, dtype=np.uint8).reshape(-1)
    except (OSError, ValueError, MemoryError) as exc:
        width, height = im.size
        reason = f" ({exc})" if str(exc) else ""
        raise ImageReadError(translate("Images", "could not resize the {width} × {height} image to {size} × "
                                                 "{size}{reason}").format(
            width=localize(format(width, ",")), height=localize(format(height, ",")), size=size, reason=reason)) from None


def pixels_to_image(row: np.ndarray, image_format: ImageFormat) -> Image.Image:
    """The inverse of :func:`load_image`, for showing what the model sees."""
    shape = image_format.shape if not image_format.grayscale else (image_format.size, image_format.size)
    return Image.fromarray(np.asarray(row, dtype=np.uint8).reshape(shape), "L" if image_format.grayscale else "RGB")

