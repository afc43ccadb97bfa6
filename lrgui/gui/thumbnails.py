"""Small previews of image files, made in a worker thread as QImages (QPixmaps are UI-thread only)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from lrgui.data import ImageReadError, open_image


def pil_to_qimage(image: Image.Image) -> QImage:
    """A deep copy, so the QImage outlives the Pillow buffer."""
    image = image.convert("RGBA") if image.mode not in ("RGB", "RGBA") else image
    fmt = QImage.Format.Format_RGB888 if image.mode == "RGB" else QImage.Format.Format_RGBA8888
    data = image.tobytes()
    bytes_per_line = image.width * (3 if image.mode == "RGB" else 4)
    return QImage(data, image.width, image.height, bytes_per_line, fmt).copy()


def qimage_to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    return Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", image.bytesPerLine(), 1).copy()


def thumbnail(path: str | Path, size: int) -> QImage | None:
    """A square-cropped preview of ``size`` pixels, or None when the file cannot be read."""
    try:
        image = open_image(path, draft_size=size * 2)
    except ImageReadError:
        return None
    image.thumbnail((size * 2, size * 2), Image.Resampling.BILINEAR)
    qimage = pil_to_qimage(image)
    return qimage.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                         Qt.TransformationMode.SmoothTransformation)
