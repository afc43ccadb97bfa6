"""Classify images with a model exported from lrgui, using only NumPy and Pillow.
Usage: python predict.py IMAGE_OR_FOLDER [...]; prints path TAB label TAB probability of that label.
Every step below is lrgui's own, in the same order and precision: the numbers equal `lrgui predict`'s."""
import os, sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

EXTENSIONS = set(".jpg .jpeg .jpe .jfif .png .bmp .dib .gif .tif .tiff .webp .ppm .pgm .pbm".split())
JUNK = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"}
MAX_PIXELS = 150_000_000  # lrgui refuses larger images before decoding them


def list_images(folder):
    """Image files below folder, recursively, sorted; hidden files and folders left out."""
    found = []
    for root, dirs, files in os.walk(folder):  # symlinked folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        found += [Path(root, f) for f in sorted(files) if not f.startswith(".")
                  and f.lower() not in JUNK and os.path.splitext(f)[1].lower() in EXTENSIONS]
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def to_mode(im, mode):
    """Any Pillow mode to "RGB" or "L"; transparent pixels are laid on white."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):  # 16-bit grey: keep the top 8 bits
        values = np.asarray(im, dtype=np.uint32)
        im = Image.fromarray((values >> (8 if values.max(initial=0) > 255 else 0)).astype(np.uint8), "L")
    elif im.mode == "F":
        im = Image.fromarray(np.clip(np.asarray(im), 0, 255).astype(np.uint8), "L")
    elif im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        im = Image.alpha_composite(Image.new("RGBA", im.size, (255, 255, 255, 255)), im.convert("RGBA"))
    return im if im.mode == mode else im.convert(mode)


def load_pixels(path, size, mode):
    """One file as a flat row of size*size*channels uint8 pixels (row by row, RGB interleaved)."""
    with Image.open(path) as im:
        if im.width * im.height > MAX_PIXELS:
            raise ValueError(f"image too large: {im.width} x {im.height} pixels")
        if im.format == "JPEG":  # step 1: let the JPEG decoder shrink by 1/2, 1/4 or 1/8, never below size
            im.draft(mode, (size, size))
        im.load()  # step 2: decode fully: a truncated file is refused, never half-read
        im = ImageOps.exif_transpose(im)  # step 3: turn upright as the camera's EXIF orientation says
        im = to_mode(im, mode)  # step 4: transparency onto white, then RGB or grayscale ("L")
    if im.size != (size, size):  # step 5: squash to size x size (no cropping), bilinear with antialiasing
        im = im.resize((size, size), Image.BILINEAR)
    return np.asarray(im, dtype=np.uint8).reshape(-1)  # step 6: uint8 values 0..255


def features(pixels, w):
    """Step 7: the pixels as the model's inputs x, in the model's precision (float32 unless stated)."""
    dtype = str(w["dtype"])
    x = pixels.astype(dtype) * np.asarray(1 / 255, dtype=dtype)  # x = pixels * (1/255 in dtype): 0..1
    if str(w["scaler"]) == "standardize":  # x = (x - mean) / std, both measured on the training set
        x = (x - w["mean"]) / w["std"]
    return x.astype(str(w["compute_dtype"]))


#--- model: the kind's probabilities(X, w) goes here


def softmax(z):
    """P_ic = e^(z_ic) / sum_j e^(z_ij); subtracting each row's maximum first avoids overflow."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main(arguments):
    for stream in (sys.stdout, sys.stderr):  # file names that are not UTF-8 print as they are
        stream.reconfigure(errors="surrogateescape")
    with np.load(Path(__file__).resolve().with_name("weights.npz"), allow_pickle=False) as saved:
        w = dict(saved)  # weights.npz lies beside this script; plain arrays, no pickle
    size, mode = int(w["image_size"]), "L" if int(w["channels"]) == 1 else "RGB"
    paths = []
    for path in map(Path, arguments):
        if not (path.is_dir() or path.is_file()):
            sys.exit(f"No such file or folder: {path}")
        paths += list_images(path) if path.is_dir() else [path]
    printed = 0
    for start in range(0, len(paths), 512):  # 512 files at a time, as lrgui does: memory stays small
        batch = []
        for path in paths[start:start + 512]:
            try:
                batch.append((path, load_pixels(path, size, mode)))
            except Exception as error:  # unreadable or not an image: say so and go on
                print(f"skipped {path}: {error}", file=sys.stderr)
        if batch:
            P = probabilities(features(np.stack([row for _, row in batch]), w), w)  # one row per image
            for (path, _), p, best in zip(batch, P, P.argmax(axis=1)):  # best: most probable, first on a tie
                print(f"{path}\t{w['classes'][best]}\t{float(p[best])!r}")
            printed += len(batch)
    if not printed:
        sys.exit("No image could be read.")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    try:
        main(sys.argv[1:])
    except BrokenPipeError:  # the reader stopped early (| head): not this script's error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
