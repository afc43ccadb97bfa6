"""Small scripts that make the hostile files of issue #22 on the spot: a few KB or MB on disk, whatever they claim.

Each writes its file with bounded memory (rows and members are streamed), so
generating a case never costs what opening it naively would.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

#: PNG colour types
GREY, RGBA = 0, 6


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_png(path: Path, width: int, height: int, *, colour: int = RGBA, depth: int = 16) -> Path:
    """A valid PNG of one flat colour, streamed row by row: a 12,000 × 12,000 16-bit RGBA one is about 1 MB."""
    channels = {GREY: 1, RGBA: 4}[colour]
    row = b"\0" + b"\x7f" * (width * channels * depth // 8)  # filter 0, then mid-grey samples
    packer = zlib.compressobj(1)  # fast: a flat colour compresses well at any level
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)))
        pending = bytearray()
        for _ in range(height):
            pending += packer.compress(row)
            if len(pending) > 1 << 20:
                out.write(_chunk(b"IDAT", bytes(pending)))
                pending.clear()
        pending += packer.flush()
        out.write(_chunk(b"IDAT", bytes(pending)))
        out.write(_chunk(b"IEND", b""))
    return path


def write_float_tiff(path: Path, width: int, height: int) -> Path:
    """A 32-bit float grey TIFF (Pillow mode F), deflate-compressed in strips of 64 rows: small on disk."""
    rows_per_strip = 64
    strip_rows = [min(rows_per_strip, height - top) for top in range(0, height, rows_per_strip)]
    full = zlib.compress(b"\0" * (width * 4 * rows_per_strip), 9)
    last = zlib.compress(b"\0" * (width * 4 * strip_rows[-1]), 9)
    strips = [full] * (len(strip_rows) - 1) + [last]
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 32), (259, 3, 1, 8), (262, 3, 1, 1),
               (273, 4, len(strips), None), (277, 3, 1, 1), (278, 4, 1, rows_per_strip),
               (279, 4, len(strips), None), (339, 3, 1, 3)]
    header = 8
    ifd_size = 2 + 12 * len(entries) + 4
    offsets_at = header + ifd_size
    counts_at = offsets_at + 4 * len(strips)
    data_at = counts_at + 4 * len(strips)
    with open(path, "wb") as out:
        out.write(b"II*\0" + struct.pack("<I", header))
        out.write(struct.pack("<H", len(entries)))
        for tag, kind, count, value in entries:
            if tag == 273:
                value = offsets_at if len(strips) > 1 else data_at
            elif tag == 279:
                value = counts_at if len(strips) > 1 else len(strips[0])
            out.write(struct.pack("<HHII", tag, kind, count, value) if kind == 4
                      else struct.pack("<HHIHH", tag, kind, count, value, 0))
        out.write(struct.pack("<I", 0))
        position = data_at
        offsets = []
        for strip in strips:
            offsets.append(position)
            position += len(strip)
        out.write(struct.pack(f"<{len(strips)}I", *offsets))
        out.write(struct.pack(f"<{len(strips)}I", *map(len, strips)))
        for strip in strips:
            out.write(strip)
    return path


def lesson_document(**changes) -> dict:
    """A valid lesson.json with no data and no model, then ``changes``."""
    document = {
        "lrgui": "lesson", "format_version": 1, "lrgui_version": "0", "created": "2026-01-01T00:00:00+00:00",
        "title": "hostile", "notes": "", "data": None, "sources": [], "excluded": [], "runs": [],
        "best_run": None, "model": None, "playground": None,
    }
    document.update(changes)
    return document


def write_lesson(path: Path, document: dict | str | bytes, members: dict[str, bytes] | None = None) -> Path:
    raw = document if isinstance(document, bytes) else (
        document if isinstance(document, str) else json.dumps(document)).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("lesson.json", raw)
        for name, content in (members or {}).items():
            archive.writestr(name, content)
    return path


def write_bomb_lesson(path: Path, inflated: int) -> Path:
    """A lesson whose model member inflates to ``inflated`` bytes of zeros, written a chunk at a time."""
    write_lesson(path, lesson_document(model="model.lrgui.safetensors"))
    chunk = b"\0" * (8 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("model.lrgui.safetensors", "w", force_zip64=True) as member:
            left = inflated
            while left > 0:
                member.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path


def tiny_items_json(total: int) -> str:
    """A lesson.json whose notes-free body is ``total`` bytes of ``[[],[],...]`` in its playground."""
    count = max(1, (total - 300) // 3)
    return json.dumps(lesson_document())[:-1] + ', "x": [' + ",".join(["[]"] * count) + "]}"


def repeated_folder_lesson(path: Path, folder: Path, times: int = 250) -> Path:
    """A lesson whose one class lists the same folder ``times`` times (beside a second, plain class)."""
    data = {
        "kind": "folders", "paths": [], "test_paths": [],
        "classes": [{"name": "a", "train": [str(folder)] * times, "test": []},
                    {"name": "b", "train": [str(folder)], "test": []}],
        "name": None, "image_format": {"size": 8, "grayscale": False},
        "selection": {"classes": [], "positive": None, "per_class": None, "seed": 0},
        "renames": [], "test_fraction": None, "seed": 0, "toy_options": {},
    }
    run = {"settings": {"model": "logistic", "epochs": 5}, "curves": None}
    return write_lesson(path, lesson_document(data=data, runs=[run]))
