#!/usr/bin/env python3
"""Regenerate every raster icon (hicolor PNGs, lrgui.ico, lrgui.icns) from the SVG sources.

Run from anywhere after editing an SVG:  python packaging/make_icons.py

Requirements (build-time only, not dependencies of lrgui):
  * Pillow >= 10 (writes the ICO and ICNS files);
  * an SVG renderer: the ``rsvg-convert`` command (Debian/Ubuntu:
    ``apt-get install librsvg2-bin``; macOS: ``brew install librsvg``), or
    else the ``cairosvg`` Python package (``pip install cairosvg``).

Sources, all under resources/icons/:
  * lrgui.svg: the app icon, used from 48 px up and copied to
    hicolor/scalable/apps/lrgui.svg;
  * lrgui-small.svg: the same picture with thicker strokes and no guide lines,
    because fine detail turns to grey mush at 16-32 px;
  * hicolor/scalable/mimetypes/application-x-lrgui-model.svg: the model file icon.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
HICOLOR = ICONS / "hicolor"
APP_SVG = ICONS / "lrgui.svg"
APP_SMALL_SVG = ICONS / "lrgui-small.svg"
MODEL_SVG = HICOLOR / "scalable" / "mimetypes" / "application-x-lrgui-model.svg"

APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = frozenset({16, 24, 32})  # drawn from lrgui-small.svg
MODEL_SIZES = (48, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# What Pillow's ICNS writer stores (32 to 1024 px, PNG-compressed); 1024 is the @2x of 512.
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render_svg(svg: Path, size: int) -> Image.Image:
    """The SVG drawn as a size x size RGBA image."""
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        png = subprocess.run(
            [rsvg, "--width", str(size), "--height", str(size), str(svg)],
            check=True,
            capture_output=True,
        ).stdout
    else:
        try:
            import cairosvg
        except ImportError:
            sys.exit("make_icons: needs rsvg-convert (librsvg2-bin) or the cairosvg package to draw SVGs")
        png = cairosvg.svg2png(url=str(svg), output_width=size, output_height=size)
    image = Image.open(io.BytesIO(png))
    image.load()
    if image.size != (size, size):
        raise RuntimeError(f"{svg.name} rendered at {image.size}, expected {size}x{size}")
    return image.convert("RGBA")


def app_icon(size: int) -> Image.Image:
    return render_svg(APP_SMALL_SVG if size in SMALL_SIZES else APP_SVG, size)


def save_png(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=True)
    print(f"wrote {path.relative_to(ICONS.parent.parent)}")


def main() -> int:
    scalable = HICOLOR / "scalable" / "apps" / "lrgui.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(APP_SVG, scalable)

    app = {size: app_icon(size) for size in sorted(set(APP_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    for size in APP_SIZES:
        save_png(app[size], HICOLOR / f"{size}x{size}" / "apps" / "lrgui.png")
    for size in MODEL_SIZES:
        model = render_svg(MODEL_SVG, size)
        save_png(model, HICOLOR / f"{size}x{size}" / "mimetypes" / "application-x-lrgui-model.png")

    # Each size comes from its own rendering (append_images) rather than from
    # Pillow shrinking the largest one, so 16-32 px use the small-size drawing.
    largest_ico = max(ICO_SIZES)
    app[largest_ico].save(
        ICONS / "lrgui.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[app[s] for s in ICO_SIZES if s != largest_ico],
    )
    print("wrote resources/icons/lrgui.ico")
    largest_icns = max(ICNS_SIZES)
    app[largest_icns].save(
        ICONS / "lrgui.icns",
        append_images=[app[s] for s in ICNS_SIZES if s != largest_icns],
    )
    print("wrote resources/icons/lrgui.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
