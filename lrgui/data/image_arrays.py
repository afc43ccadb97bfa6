"""Whole arrays of decoded images (CIFAR-10, Fashion-MNIST) as feature rows.

Datasets shipped as arrays are already decoded at one native size; they
become rows exactly like :func:`lrgui.data.images.load_image` would make them
from the same pictures saved as files: the same mode conversion, the same
resampling filter, row-major H × W × C with RGB interleaved.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from lrgui.data.dataset import ImageFormat
from lrgui.data.images import image_to_row
from lrgui.data.loader import LoadingCancelled, LoadProgress, StopCheck

#: Images converted between two calls of ``progress`` / ``should_stop``.
REPORT_EVERY = 500


def images_to_rows(
    images: np.ndarray,
    image_format: ImageFormat,
    progress: LoadProgress | None = None,
    should_stop: StopCheck | None = None,
) -> np.ndarray:
    """``images`` (m × h × w grey, or m × h × w × 3 RGB, uint8) as m rows of ``image_format``.

    At the native size and mode this is a reshape; otherwise every image goes
    through :func:`image_to_row` (convert, then resize), as a file would.
    ``progress(done, total)`` counts images converted; ``should_stop()``
    returning True raises :class:`LoadingCancelled`.
    """
    m = len(images)
    native_grey = images.ndim == 3
    if images.shape[1] == images.shape[2] == image_format.size and native_grey == image_format.grayscale:
        return np.ascontiguousarray(images, dtype=np.uint8).reshape(m, -1)

    if native_grey and not image_format.grayscale:
        # Grey to RGB copies the value into each channel, and resizing treats channels
        # alike: resizing once and copying after gives the same pixels for a third of the work.
        grey = images_to_rows(images, ImageFormat(image_format.size, grayscale=True), progress, should_stop)
        return np.repeat(grey, 3, axis=1)

    native_mode = "L" if native_grey else "RGB"
    rows = np.empty((m, image_format.n_features), dtype=np.uint8)
    for i in range(m):
        if i % REPORT_EVERY == 0:
            if should_stop is not None and should_stop():
                raise LoadingCancelled()
            if progress is not None:
                progress(i, m)
        rows[i] = image_to_row(Image.fromarray(images[i], native_mode), image_format)
    if progress is not None:
        progress(m, m)
    return rows
