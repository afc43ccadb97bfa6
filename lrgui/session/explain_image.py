"""Explanations as files: the contribution overlay as a PNG, the contributions as .npy (Pillow and NumPy only).

The overlay is the model's-eye image, enlarged without smoothing, tinted
per pixel by the evidence map: vermillion where a pixel speaks *for* the
predicted class, blue where it speaks against, with an opacity proportional
to its size. The pair is the Okabe–Ito vermillion and blue, which stay
distinguishable for the common colour-vision deficiencies; the scale is
symmetric around zero (one magnitude, the 99th percentile of |contribution|,
is full strength for either sign), so the colours' strengths compare across
the two signs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image

from lrgui.data.files import check_output_folder, identities, output_problem, shown, worded_write
from lrgui.errors import DataError
from lrgui.session.explain import Explanation
from lrgui.session.i18n import translate

FOR_COLOUR = (213, 94, 0)  # Okabe–Ito vermillion: for the predicted class
AGAINST_COLOUR = (0, 114, 178)  # Okabe–Ito blue: against it
DEFAULT_SCALE = 8
DEFAULT_OPACITY = 0.6
#: The enlarged image's side is kept at most this many pixels: a 1024-pixel model image is not enlarged 8 times.
MAX_SIDE = 2048
#: Contributions at or above this percentile of |contribution| get the full opacity.
FULL_STRENGTH_PERCENTILE = 99


def overlay_image(explanation: Explanation, scale: int = DEFAULT_SCALE, opacity: float = DEFAULT_OPACITY) -> Image.Image:
    """The model's-eye image with the evidence overlay, ``scale`` times larger, as an RGB image.

    ``scale`` is reduced when the result would be wider than :data:`MAX_SIDE`;
    ``opacity`` (0 to 1) is the strength of the tint at :func:`full_strength`.
    """
    if explanation.image is None:
        raise DataError(translate("ExplainImage", "This model does not work on images, so there is no picture to "
                                                  "draw its explanation on."))
    if not 0 <= opacity <= 1:
        raise ValueError(f"opacity must be between 0 and 1, not {opacity!r}")
    image = explanation.image
    size = image.shape[0]
    base = image.astype(np.float64)
    if base.shape[2] == 1:
        base = np.repeat(base, 3, axis=2)
    evidence = explanation.evidence_map()
    limit = full_strength(evidence)
    if limit > 0:
        alpha = (opacity * np.minimum(np.abs(evidence) / limit, 1.0))[:, :, None]
        tint = np.where((evidence > 0)[:, :, None], np.array(FOR_COLOUR, float), np.array(AGAINST_COLOUR, float))
        base = base * (1 - alpha) + tint * alpha
    pixels = np.clip(np.rint(base), 0, 255).astype(np.uint8)
    scale = max(1, min(int(scale), MAX_SIDE // size))
    return Image.fromarray(pixels, "RGB").resize((size * scale, size * scale), Image.Resampling.NEAREST)


def full_strength(evidence: np.ndarray) -> float:
    """The size of contribution drawn at full opacity, the same for both signs: the 99th percentile of |evidence|.

    Contributions are heavy-tailed; scaling to the single largest one would
    leave almost every pixel untinted. 0 when there is nothing to draw.
    """
    magnitude = np.abs(evidence[np.isfinite(evidence)])
    if not magnitude.size:
        return 0.0
    limit = float(np.percentile(magnitude, FULL_STRENGTH_PERCENTILE))
    return limit if limit > 0 else float(magnitude.max())


def write_contribution_png(
    path: str | os.PathLike,
    explanation: Explanation,
    scale: int = DEFAULT_SCALE,
    opacity: float = DEFAULT_OPACITY,
) -> Path:
    """Writes :func:`overlay_image` to ``path`` as a PNG, atomically; returns the path."""
    picture = overlay_image(explanation, scale, opacity)
    return worded_write(path, lambda handle: picture.save(handle, format="PNG"), what="the explanation")


def write_contribution_npy(path: str | os.PathLike, explanation: Explanation) -> Path:
    """Writes the contributions (float64, shaped like the image) to ``path`` as .npy, atomically."""
    contributions = np.ascontiguousarray(explanation.contributions, dtype=np.float64)
    return worded_write(path, lambda handle: np.save(handle, contributions, allow_pickle=False),
                        what="the contributions")


def explain_output_names(paths: Sequence[str | os.PathLike]) -> list[str]:
    """``<stem>.contrib`` for each image, with -2, -3, … added to a stem already taken.

    Names are compared without regard to case, so two images never share a
    file on a case-insensitive disk (Windows, macOS) either; a stem that would
    clash with a numbered one ("a", "a", "a-2") moves on to the next number.
    """
    taken: set[str] = set()
    names = []
    for path in paths:
        stem = Path(path).stem or "image"
        candidate, number = stem, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}-{number}"
        taken.add(candidate.casefold())
        names.append(f"{candidate}.contrib")
    return names


def write_explanations(
    explanations: Sequence[Explanation],
    paths: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    scale: int = DEFAULT_SCALE,
    opacity: float = DEFAULT_OPACITY,
    names: Sequence[str] | None = None,
    *,
    force: bool = False,
    inputs: Sequence[str | os.PathLike] | frozenset = (),
) -> list[dict]:
    """Writes ``<name>.npy`` and ``<name>.png`` for each image into ``out_dir`` (created if missing).

    ``names`` (default :func:`explain_output_names` of ``paths``) lets a caller
    that works in batches keep the names unique across all of them.

    Returns, per image, what ``lrgui predict --explain --json`` adds to its
    entry: ``contributions`` (the .npy path), ``logit`` (two-class logistic
    regression) or ``logits``, and ``bias``. An image whose files cannot be
    written (an existing file and no ``force``, one of ``inputs`` -- never
    replaced --, a name too long for the disk) gets ``contributions`` None and
    ``not_written``, the reason; the others are written all the same.
    """
    if len(explanations) != len(paths):
        raise ValueError(f"{len(explanations)} explanations for {len(paths)} paths")
    folder = prepare_folder(out_dir)
    added = []
    inputs = identities(paths) | (inputs if isinstance(inputs, frozenset) else identities(inputs))
    for explanation, name in zip(explanations, names if names is not None else explain_output_names(paths)):
        targets = [folder / f"{name}.npy"] + ([folder / f"{name}.png"] if explanation.image is not None else [])
        problem = next((f"{shown(target.name, 60)}: {problem}" for target in targets
                        if (problem := output_problem(target, force=force, inputs=inputs)) is not None), None)
        if problem is not None:
            added.append({"contributions": None, "not_written": problem, **explanation.json_fields()})
            continue
        npy = write_contribution_npy(targets[0], explanation)
        if explanation.image is not None:
            write_contribution_png(targets[1], explanation, scale, opacity)
        added.append({"contributions": str(npy), **explanation.json_fields()})
    return added


def prepare_folder(out_dir: str | os.PathLike) -> Path:
    """``out_dir`` as an existing, writable folder (created with its parents), or a DataError in one sentence."""
    folder = check_output_folder(out_dir, what="the explanations", error=DataError)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(translate("ExplainImage", "Cannot create the folder {folder} for the explanations: {value}.").format(
            folder=folder, value=exc.strerror or exc)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataError(translate("ExplainImage", "Cannot write the explanations to {folder}: permission denied.").format(
            folder=folder))
    return folder
