"""Exporting a trained model as a plain NumPy + Pillow script that gives lrgui's own predictions.

``export_numpy(model, out_dir)`` writes three files into ``out_dir``:

* ``predict.py`` — the template ``resources/export/predict.py`` with only the
  forward pass of this model's kind kept (the template marks each kind's part
  with ``#--- model: KIND`` … ``#--- end model``);
* ``weights.npz`` — plain arrays (no pickle): the parameters already in the
  precision lrgui computes in, the class names, and the preprocessing;
* ``README.md`` — from ``resources/export/README.md``, filled in for this model.

The script repeats lrgui's reading of an image (:mod:`lrgui.data.images`) and
its arithmetic (:mod:`lrgui.core.preprocessing`, ``predict_proba``) operation
for operation, so its probabilities equal ``TrainedModel.predict_files``.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from string import Template

import numpy as np
import PIL

import lrgui
from lrgui.assets import resource_path
from lrgui.data.dataset_export import utf8_name
from lrgui.data.files import check_output_folder, worded_write
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import ModelFileError
from lrgui.session.i18n import translate
from lrgui.kinds import Kind, kind_of

SCRIPT_NAME, WEIGHTS_NAME, README_NAME = "predict.py", "weights.npz", "README.md"
SCALER_WORDS = {"pixels/255": "pixels/255 (values in [0, 1])",
                "standardize": "pixels/255, then standardised with the training set's mean and std per pixel"}
BEGIN = "#--- model: "


def check_export_folder(out_dir, *, force: bool = False, inputs=()) -> Path:
    """``out_dir`` if the export may go there: a new or empty folder (with ``force``, one holding only an earlier
    export's files, none of them one of ``inputs``); else ModelFileError, in one sentence."""
    return check_output_folder(out_dir, what="the exported model", error=ModelFileError, must_be_empty=True,
                               replaceable=(SCRIPT_NAME, WEIGHTS_NAME, README_NAME), force=force, inputs=inputs)


def export_numpy(model: TrainedModel, out_dir: str | os.PathLike, *, force: bool = False, inputs=()) -> list[Path]:
    """Writes predict.py, weights.npz and README.md into ``out_dir`` (created if missing); returns their paths.

    ``out_dir`` must be new or empty; see :func:`check_export_folder`.
    """
    kind = kind_of(model.estimator)
    if model.image_format is None or model.scaler.kind not in SCALER_WORDS:
        raise ModelFileError(
            translate("ExportNumpy", "This model was not trained on images, so it cannot be exported as an "
                                     "image-classifying script.")
        )
    out_dir = check_export_folder(out_dir, force=force, inputs=inputs)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelFileError(translate("ExportNumpy", "Cannot create the folder {out_dir}: {value}.").format(
            out_dir=out_dir, value=exc.strerror or exc)) from None

    buffer = io.BytesIO()
    np.savez(buffer, **weight_arrays(model))
    contents = {
        WEIGHTS_NAME: buffer.getvalue(),
        SCRIPT_NAME: script_text(kind).encode("utf-8"),
        README_NAME: readme_text(model).encode("utf-8"),
    }
    written = []
    for name, data in contents.items():  # the weights first: a script is never left without them
        written.append(worded_write(out_dir / name, data, what=f"the exported {name}", error=ModelFileError))
    return written


def weight_arrays(model: TrainedModel) -> dict[str, np.ndarray]:
    """What weights.npz holds: every value a plain array, the parameters in the estimator's dtype."""
    estimator, scaler, fmt = model.estimator, model.scaler, model.image_format
    compute = np.dtype(getattr(estimator, "dtype", "float32"))
    arrays = {
        "model": np.array(kind_of(estimator).name),
        "classes": np.array([str(c) for c in estimator.classes_], dtype=str),
        "image_size": np.array(fmt.size, dtype=np.int64),
        "channels": np.array(fmt.channels, dtype=np.int64),
        "scaler": np.array(scaler.kind),
        "dtype": np.array(np.dtype(scaler.dtype).name),  # the precision of pixels/255 and standardisation
        "compute_dtype": np.array(compute.name),  # the precision of the model's arithmetic
        "lrgui_version": np.array(lrgui.__version__),
    }
    for key, value in scaler.state().items():
        arrays[key] = np.asarray(value, dtype=scaler.dtype)
    # predict_proba casts the parameters to the features' dtype before use; storing them cast gives the same numbers
    arrays.update(kind_of(estimator).export_arrays(estimator, compute))
    return arrays


def script_text(kind: Kind) -> str:
    """The template with the kind's ``probabilities(X, w)`` in place of its model marker."""
    template = resource_path("export", SCRIPT_NAME).read_text(encoding="utf-8")
    kept: list[str] = []
    for line in template.splitlines(keepends=True):
        kept.append(kind.export_code() if line.startswith(BEGIN) else line)
    text = "".join(kept)
    if "def probabilities(" not in text:
        template_path = resource_path("export", SCRIPT_NAME)
        raise ModelFileError(translate("ExportNumpy", "The script template {template_path} has no place for the "
                                                      "model's part.").format(template_path=template_path))
    return text


def readme_text(model: TrainedModel) -> str:
    fmt, estimator = model.image_format, model.estimator
    kind = kind_of(estimator)
    return Template(resource_path("export", README_NAME).read_text(encoding="utf-8")).substitute(
        title=kind.title,
        model=kind.export_description(estimator),
        classes=", ".join(utf8_name(str(c)) for c in estimator.classes_),
        image=f"{fmt.size}×{fmt.size} {'grayscale' if fmt.grayscale else 'RGB'}",
        preprocessing=SCALER_WORDS[model.scaler.kind],
        dtype=np.dtype(model.scaler.dtype).name,
        lrgui_version=lrgui.__version__,
        pillow=PIL.__version__,
        numpy=np.__version__,
    )
