"""The exported predict.py agrees with lrgui: same labels, same probabilities, same files skipped."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import make_scaler
from lrgui.data import ImageFormat, TrainedModel, discover_classes, list_images, load_class_folders
from lrgui.data.toy import load_gate
from lrgui.errors import ModelFileError
from lrgui.session.export_numpy import export_numpy
from tests.corpus import make_corpus, noisy_photo
from tests.imagegen import draw_image, make_class_folders

NON_UTF8_CLASS = os.fsdecode(b"gr\xfcn")  # a folder name written in Latin-1, as old archives have


@pytest.fixture(scope="module")
def images(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("export_images")
    two = make_class_folders(root / "two", ("red", "blue"), per_class=12, size=40)
    three = make_class_folders(root / "three", ("red", "blue", "green"), per_class=10, size=40, seed=1)
    os.rename(three / "green", os.fsencode(three) + b"/gr\xfcn")
    extra = root / "extra"
    extra.mkdir()
    rng = np.random.default_rng(7)
    # far larger than the model's size, so the JPEG decoder's draft() shrinks it while decoding
    draw_image("red", rng, 300).resize((320, 240)).save(extra / "big photo.jpg", quality=92)
    draw_image("blue", rng, 64).convert("L").save(extra / "gray.png")
    noisy_photo(3, 96).save(extra / os.fsdecode(b"non-utf8 \xe9.jpg"), quality=85)
    many = root / "many"  # more files than one batch of 512, with an unreadable one at the boundary
    many.mkdir()
    for i in range(530):
        Image.fromarray(rng.integers(0, 256, (6, 5, 3), dtype=np.uint8)).save(many / f"{i:03d}.png")
    (many / "511.png").write_bytes(b"broken")
    corpus = make_corpus(root / "corpus", huge_photo=False)  # alpha, palettes, 16-bit, CMYK, EXIF-rotated, broken files
    return {"two": two, "three": three, "extra": extra, "corpus": corpus.root, "many": many}


def _fit(estimator, data, kind: str, dtype: str = "float32") -> TrainedModel:
    scaler = make_scaler(kind, dtype=dtype).fit(data.train.X)
    estimator.fit(scaler.transform(data.train.X), data.train.y)
    return TrainedModel(estimator, scaler, data.train.image_format)


def model_of(name: str, images) -> TrainedModel:
    if name == "logistic binary":
        data = load_class_folders(discover_classes([images["two"]]), ImageFormat(16))
        return _fit(LogisticRegression(learning_rate=0.05, epochs=200), data, "pixels/255")
    if name == "logistic 3 classes float64":
        data = load_class_folders(discover_classes([images["three"]]), ImageFormat(12))
        return _fit(LogisticRegression(learning_rate=0.05, epochs=200, dtype="float64"), data, "pixels/255", "float64")
    activation = name.split()[-1]
    data = load_class_folders(discover_classes([images["three"]]), ImageFormat(10, grayscale=True))
    network = NeuralNetwork(hidden=6, activation=activation, learning_rate=0.3, epochs=40, batches=3, seed=2)
    return _fit(network, data, "standardize")


def run_script(script: Path, arguments: list, cwd: Path) -> subprocess.CompletedProcess:
    # -I: isolated, so neither lrgui nor the test's folder is importable; another folder as the working directory
    return subprocess.run([sys.executable, "-I", str(script), *map(str, arguments)], cwd=cwd,
                          capture_output=True, timeout=120)


def lrgui_paths(arguments: list[Path]) -> list[Path]:
    """What ``lrgui predict`` reads for these arguments."""
    return [p for a in arguments for p in (list_images(a) if a.is_dir() else [a])]


MODELS = ["logistic binary", "logistic 3 classes float64", "network standardised grayscale sigmoid",
          "network standardised grayscale tanh", "network standardised grayscale relu"]


@pytest.mark.parametrize("name", MODELS)
def test_script_agrees_with_lrgui(name, images, tmp_path):
    model = model_of(name, images)
    out = tmp_path / "new" / "export"
    written = export_numpy(model, out)
    assert sorted(p.name for p in written) == ["README.md", "predict.py", "weights.npz"]
    arguments = [images["corpus"], images["extra"], images["three"] / "red" / "img_001.png", images["many"]]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_script(out / "predict.py", arguments, elsewhere)
    assert result.returncode == 0, result.stderr.decode(errors="replace")

    predictions, skipped = model.predict_files(lrgui_paths(arguments))
    lines = [line.split(b"\t") for line in result.stdout.splitlines()]
    assert [os.fsdecode(line[0]) for line in lines] == [p.path for p in predictions]
    assert [line[1].decode("utf-8", "surrogateescape") for line in lines] == [p.label for p in predictions]
    theirs = np.array([float(line[2]) for line in lines])
    ours = np.array([p.probability for p in predictions])
    assert np.abs(theirs - ours).max() <= 1e-6
    assert all(repr(float(line[2])).encode() == line[2] for line in lines)  # full precision: repr of the float
    notes = result.stderr.decode("utf-8", "surrogateescape").splitlines()
    assert sorted(line.split(": ")[0].removeprefix("skipped ") for line in notes) == sorted(s.path for s in skipped)
    assert len(skipped) >= 6  # the corpus's truncated, empty, text and bomb files, the broken PNG
    assert any(p.label == NON_UTF8_CLASS for p in predictions) or "3 classes" not in name


def test_weights_are_plain_arrays(images, tmp_path):
    model = model_of("network standardised grayscale sigmoid", images)
    export_numpy(model, tmp_path)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as weights:
        w = dict(weights)
    assert w["model"] == "mlp" and w["scaler"] == "standardize" and w["activation"] == "sigmoid"
    assert int(w["image_size"]) == 10 and int(w["channels"]) == 1 and w["dtype"] == "float32"
    assert list(w["classes"]) == [str(c) for c in model.estimator.classes_]
    assert w["W1"].shape == (100, 6) and w["W2"].shape == (6, 3) and w["mean"].shape == (100,)
    np.testing.assert_array_equal(w["std"], model.scaler.std_)
    assert all(v.dtype != object for v in w.values())


@pytest.mark.parametrize("name", ["logistic binary", "network standardised grayscale relu"])
def test_script_is_short_and_imports_only_numpy_and_pillow(name, images, tmp_path):
    export_numpy(model_of(name, images), tmp_path)
    text = (tmp_path / "predict.py").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 120
    assert "#---" not in text and text.count("def probabilities(") == 1
    tree = ast.parse(text)
    nodes = list(ast.walk(tree))
    imported = {alias.name.split(".")[0] for node in nodes if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in nodes if isinstance(node, ast.ImportFrom)}
    assert imported - set(sys.stdlib_module_names) == {"numpy", "PIL"}
    # and at run time: after classifying an image, nothing outside the standard library, NumPy and Pillow is loaded
    probe = (
        "import sys, runpy; sys.argv = [sys.argv[1], sys.argv[2]]; runpy.run_path(sys.argv[0], run_name='__main__'); "
        "names = {m.split('.')[0] for m in sys.modules}; "
        "print(sorted(n for n in names - set(sys.stdlib_module_names) if not n.startswith('_')))"
    )
    result = subprocess.run([sys.executable, "-I", "-c", probe, str(tmp_path / "predict.py"),
                             str(images["two"] / "red" / "img_000.jpg")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "['PIL', 'numpy']"


def test_readme_describes_the_model(images, tmp_path):
    export_numpy(model_of("logistic 3 classes float64", images), tmp_path)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "softmax" in readme and "12×12 RGB" in readme and "float64" in readme and "gr\ufffdn" in readme
    assert "$" not in readme


def test_unreadable_and_missing_inputs(images, tmp_path):
    export_numpy(model_of("logistic binary", images), tmp_path / "out")
    missing = run_script(tmp_path / "out" / "predict.py", [tmp_path / "nowhere"], tmp_path)
    assert missing.returncode != 0 and b"No such file or folder" in missing.stderr
    (tmp_path / "broken.png").write_bytes(b"not a png")
    broken = run_script(tmp_path / "out" / "predict.py", [tmp_path / "broken.png"], tmp_path)
    assert broken.returncode != 0 and b"skipped" in broken.stderr and broken.stdout == b""


def test_refusals(images, tmp_path):
    gates = load_gate("xor").train
    estimator = LogisticRegression(epochs=5).fit(gates.X, gates.y)
    with pytest.raises(ModelFileError, match="not trained on images"):
        export_numpy(TrainedModel(estimator, make_scaler("none"), None), tmp_path / "gates")
    assert not (tmp_path / "gates").exists()
    a_file = tmp_path / "a file"
    a_file.write_text("mine")
    with pytest.raises(ModelFileError, match="is a file"):
        export_numpy(model_of("logistic binary", images), a_file)
    assert a_file.read_text() == "mine"


def test_export_replaces_and_leaves_no_temporary_files(images, tmp_path):
    export_numpy(model_of("logistic binary", images), tmp_path)
    first = (tmp_path / "weights.npz").read_bytes()
    with pytest.raises(ModelFileError, match="not empty .*add --force to replace the files lrgui wrote there before"):
        export_numpy(model_of("logistic 3 classes float64", images), tmp_path)
    export_numpy(model_of("logistic 3 classes float64", images), tmp_path, force=True)
    assert (tmp_path / "weights.npz").read_bytes() != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "predict.py", "weights.npz"]
