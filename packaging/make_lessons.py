"""Writes the built-in lessons into resources/lessons/: the same bytes on every run.

    .venv/bin/python packaging/make_lessons.py [OUT_DIR]

Each lesson is a data request, the runs to train, and the teacher's notes
(what to show, what to ask the class). They carry no model: opening one and
pressing Train makes it, in class, from the lesson's seeds. The data of the
downloaded datasets are named where they usually land (``~/Downloads/...``)
with no digest, so any copy is accepted; when not found, the app asks for the
folder and the message says where to download it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lrgui.data.dataset import ImageFormat
from lrgui.data.selection import ClassSelection
from lrgui.data.toy import GATE_DEFAULTS, GATE_INPUTS, GATE_OUTPUTS, TOY_SETS
from lrgui.session.lesson import (
    BUILTIN_LESSONS, LESSON_EXTENSION, Lesson, LessonRun, LessonSource, lessons_dir, save_lesson,
)
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest

#: A fixed date, so the files change only when their content does.
CREATED = "2026-11-26T00:00:00+00:00"

CALTECH_FOLDER = "~/Downloads/caltech-101/101_ObjectCategories"
CALTECH_HINT = ("Caltech-101 can be downloaded from https://data.caltech.edu/records/mzrjq-6wc02 "
                "(unpack 101_ObjectCategories.tar.gz and choose its airplanes folder).")
CIFAR_FOLDER = "~/Downloads/cifar-10-batches-py"
CIFAR_HINT = ("CIFAR-10's python version can be downloaded from https://www.cs.toronto.edu/~kriz/cifar.html "
              "(cifar-10-python.tar.gz; choose the cifar-10-batches-py folder it unpacks).")
FASHION_FOLDER = "~/Downloads/fashion-mnist"
FASHION_HINT = ("Fashion-MNIST can be downloaded from https://github.com/zalandoresearch/fashion-mnist "
                "(the four *-ubyte.gz files of data/fashion, in one folder).")


def _settings(**values) -> TrainingSettings:
    return TrainingSettings(**values).validate()


def gates() -> Lesson:
    xor = GATE_DEFAULTS["xor"]
    playground = {
        "set": "xor",
        "points": TOY_SETS["xor"].points,
        "noise": TOY_SETS["xor"].noise,
        "seed": 0,
        "x": GATE_INPUTS.tolist(),
        "labels": list(GATE_OUTPUTS["xor"]),
        "panes": {
            "logistic": dict(xor["logistic"]),
            "mlp": {**xor["mlp"], "show_hidden_lines": True},
        },
    }
    notes = """\
Gates: AND, OR, XOR — what one line can and cannot separate.

WHAT TO SHOW
1. Open the Playground tab. Choose AND in the Data list and press "Train both". Both models reach 100 %: one straight line puts (1,1) on one side and the other three corners on the other.
2. Choose OR: the same, with the line moved.
3. Choose XOR (the lesson opens on it) and press "Train both". The logistic regression stays at 50 %: every corner gets probability 0.5. The network with 4 hidden units reaches 100 %.
4. Tick "Show the hidden units' lines" on the right: each hidden unit draws its own line; the output combines them into a band that no single line can make.
5. Drag the history sliders to watch the boundaries move during training.
6. The cost landscape beside the line's map: the cost J over w₁ and w₂ (b held at the shown point's value), the path training took, the shown point ringed. Choose AND, press "Race rates…" in the left pane's settings, type 1, 100 and race: on w₁ against b, lr 1 walks down into the valley, lr 100 jumps across it and back before it settles. Click the landscape in the Playground: the next run starts there, and the map shows that line at once.

QUESTIONS FOR THE CLASS
- Before training XOR: can you draw one straight line with (0,1) and (1,0) on one side, (0,0) and (1,1) on the other?
- Why does the logistic regression give every XOR corner exactly 0.5, and not just a worse line?
- How many lines do the network's hidden units need to solve XOR? Try 1, 2 and 3 hidden units.
- Click to add a point of the other class in the middle of a region: what happens to each boundary?
- On the landscape, why does the path of lr 100 zig-zag while lr 1's walks straight down?

From the command line: lrgui train --lesson gates.lrlesson trains both models on the four XOR corners."""
    runs = [LessonRun(_settings(model="logistic", **xor["logistic"])),
            LessonRun(_settings(model="mlp", **xor["mlp"]))]
    return Lesson(BUILTIN_LESSONS["gates"], notes, DataRequest("toy", name="xor"), runs, playground=playground,
                  created=CREATED)


def shapes() -> Lesson:
    notes = """\
Shapes — a first image classifier, with no download.

The built-in sample: 390 colour pictures of circles, squares and triangles, 64×64 (300 to train on, 90 held out), drawn on this computer the first time they are needed. One logistic regression, learning rate 0.005, 2,000 iterations: about a second. It reaches about 99.7 % on the training pictures and 95.6 % on the held-out ones.

WHAT TO SHOW
1. The Data tab: a few pictures of each class. Every picture is 64 × 64 × 3 = 12,288 numbers between 0 and 1.
2. Press Train and watch the cost fall on the Train tab: fast at first, then slowly.
3. The Results tab: training against test accuracy, and the pictures it got wrong.
4. The weights view: each class's 12,288 weights shown as a picture — where does "circle" look?

QUESTIONS FOR THE CLASS
- Why is the test accuracy lower than the training accuracy?
- The cost starts at 1.0986 = ln 3. Why exactly that number?
- Try learning rate 0.05, then 0.0005. What happens to the curve?
- Which wrong pictures would a person also find hard?"""
    run = LessonRun(_settings(model="logistic", learning_rate=0.005, epochs=2000))
    return Lesson(BUILTIN_LESSONS["shapes"], notes, DataRequest("sample", name="shapes"), [run], created=CREATED)


def draw_a_shape() -> Lesson:
    notes = """\
Draw a shape — the class draws, the model answers, and shows why.

The shapes sample again (circles, squares and triangles, 64×64 colour), trained as in the Shapes lesson: one logistic regression, learning rate 0.005, 2,000 iterations, about a second. Then the Draw tab (Alt+5): the canvas starts on the pictures' own dark backdrop, with a white brush.

WHAT TO SHOW
1. Press Train, then open the Draw tab. Draw a filled circle in the middle: the answer, the bars and the map change as the stroke goes, not only when you let go.
2. "Which pixels pushed where": vermillion pixels speak for the answer, blue ones against it. The line below adds them up: the map's sum plus the bias is the logit z, exactly.
3. Clear (Ctrl+Backspace) and draw a square, then a triangle. Which one does the model find hardest?
4. Paint out part of a shape with the eraser (E, or the right mouse button): cut a corner off the square, or a bite out of the circle. When does the answer change?
5. "What would flip it?" (F) marks the pixels that push hardest towards the runner-up. Paint over them and watch the answer change.
6. "Add to class…" saves the drawing as a picture in a class folder: a class can draw its own data set, load it on the Data tab and train on it.
7. The digits work the same way: File → Open sample → digits, Train, and draw a digit in black on the white canvas (the brush is wide: each of the 8×8 pixels is a big square).

QUESTIONS FOR THE CLASS
- The model only ever saw shapes drawn by the computer. Why does it still recognise yours, or why not?
- Does the size of your shape matter? Its position? Its colour? Try each.
- Which pixels does "circle" look at? Compare the map with the weights picture on the Train tab.
- Can you draw something that is none of the three and still get 99 %? What does that say about the probabilities?"""
    run = LessonRun(_settings(model="logistic", learning_rate=0.005, epochs=2000))
    return Lesson(BUILTIN_LESSONS["draw-a-shape"], notes, DataRequest("sample", name="shapes"), [run],
                  created=CREATED)


def airplanes_vs_motorbikes() -> Lesson:
    folders = (f"{CALTECH_FOLDER}/airplanes", f"{CALTECH_FOLDER}/Motorbikes")
    notes = f"""\
Airplanes vs motorbikes — real photos, the tutorial's own data.

DATA: the Caltech-101 folders "airplanes" (800 photos) and "Motorbikes" (798). {CALTECH_HINT} When the folders are not in {CALTECH_FOLDER}, lrgui asks for them: choose airplanes, and Motorbikes beside it is found too.

Every photo is squashed to 64×64 colour; 10 % of each class is held out for testing (seed 0). One logistic regression, learning rate 0.005, 2,000 iterations: under a second of training, about 99 % on the training photos and 97.5 % on the 160 held out.

WHAT TO SHOW
1. The Data tab: the photos are of every size; lrgui squashes each to 64×64. Show a few of both classes.
2. Train and watch the training and test costs part ways.
3. The Results tab: the misclassified photos. Exclude one that is wrongly labelled and train again: the test set stays the same, so the comparison is fair.
4. The weights picture of "airplanes": sky-coloured backgrounds carry much of the decision.

QUESTIONS FOR THE CLASS
- Is the model recognising airplanes, or blue skies? How could we find out?
- Why hold out 10 % of the photos instead of testing on the training photos?
- What would change with 32×32 pictures? With grayscale?
- Would the model work on a photo of a helicopter? What would it say?"""
    request = DataRequest("folders", paths=folders, image_format=ImageFormat(64, False), test_fraction=0.1)
    run = LessonRun(_settings(model="logistic", learning_rate=0.005, epochs=2000))
    sources = [LessonSource(path, hint=CALTECH_HINT) for path in folders]
    return Lesson(BUILTIN_LESSONS["airplanes-vs-motorbikes"], notes, request, [run], sources=sources, created=CREATED)


def bird_or_not() -> Lesson:
    rates = (0.01, 0.001, 0.0001)
    notes = f"""\
Bird or not — CIFAR-10, one class against the rest, and the learning-rate race.

DATA: CIFAR-10's python batches (data_batch_1 … data_batch_5, test_batch, batches.meta). {CIFAR_HINT} The JPEG copies in train/ and test/ class folders work too: open them on the Data tab and use "bird" against the rest.

The lesson takes every bird and an equal-size sample of the other nine classes (seed 0), 32×32 colour, and trains three logistic regressions from the same starting weights with learning rates {', '.join(map(str, rates))}. lrgui keeps the one with the lowest cost on the test images.

WHAT TO SHOW
1. Train: the three cost curves appear side by side on the Train tab.
2. The largest rate makes the training cost fall fastest; the smallest has barely moved after 2,000 iterations.
3. Watch the test curves too: the fastest rate can fit the training pictures better and the test pictures worse. That is why lrgui judges the race by the test cost, not the training cost.
4. The Results tab: accuracy is far from 100 % — 32×32 pixels and one linear layer are not enough to recognise a bird well.
5. Tick "Step slice" on the Train tab: the step slice appears under the curves. Drag the replay slider to the start. The curve is the cost along the gradient from that point, J(θ − α·g); the orange mark is where one step of the kept rate lands, the dashed line the cost before it, the star the best step on that line. Type 1000 as the learning rate and train again: the mark sits far up the other side of the valley, above the dashed line: one step already makes the cost rise.

QUESTIONS FOR THE CLASS
- Before training: which learning rate will win? Why not always use the largest?
- Why must the three runs start from the same weights for the race to be fair?
- On the step slice, where would the best learning rate for this first step be? Why can a larger one be worse?
- A model that says "not a bird" to everything scores 50 % here. Why do we balance the classes?
- Which birds does the model miss? Which non-birds does it call birds?"""
    request = DataRequest("cifar10", paths=(CIFAR_FOLDER,), selection=ClassSelection(positive="bird", seed=0))
    runs = [LessonRun(_settings(model="logistic", learning_rate=rate, epochs=2000)) for rate in rates]
    sources = [LessonSource(CIFAR_FOLDER, hint=CIFAR_HINT)]
    return Lesson(BUILTIN_LESSONS["bird-or-not"], notes, request, runs, sources=sources, created=CREATED)


def fashion_hidden_layer() -> Lesson:
    notes = f"""\
Fashion with a hidden layer — and why scaling the inputs matters.

DATA: Fashion-MNIST's IDX files (60,000 training and 10,000 test pictures, 28×28 grayscale, 10 classes). {FASHION_HINT}

Two networks with 50 sigmoid hidden units, 25 minibatches per epoch, learning rate 0.3, 300 epochs, from the same starting weights. The only difference: the first standardises every pixel (zero mean, unit variance over the training pictures), the second only divides by 255.

WHAT TO SHOW
1. Train (about a minute per run): the two cost curves side by side.
2. The standardised run learns faster and ends higher. Measured with lrgui on the full dataset: after 1 epoch 74 % against 67 % on the test pictures, after 10 epochs 83 % against 78 %, after 300 epochs 87.9 % against 86.5 % (training pictures: 93.4 % against 88.7 %).
3. The tutorial this lesson follows fed raw pixels (0–255) to its network: the sigmoid units saturated (their slope is almost zero for inputs that large), the gradients vanished and it stalled at 50 % against 87 % scaled. lrgui always divides by 255 at least, so its plain run does learn — only more slowly, because pixels between 0 and 1, mostly near 0 (the background), are uneven in scale and all positive, which makes gradient descent zigzag.
4. The Results tab: which clothes does the network confuse? (Shirt, T-shirt, pullover and coat.)

QUESTIONS FOR THE CLASS
- What does a sigmoid unit output when its input is 500? What is its slope there?
- Why does standardising help gradient descent, even though it loses no information?
- Why are shirts and T-shirts confused, and trousers almost never?
- The mean and the spread are measured on the training pictures only. Why not on all of them?"""
    request = DataRequest("fashion-mnist", paths=(FASHION_FOLDER,))
    network = {"model": "mlp", "hidden": 50, "activation": "sigmoid", "batches": 25, "learning_rate": 0.3, "epochs": 300}
    runs = [LessonRun(_settings(**network, standardize=True)), LessonRun(_settings(**network, standardize=False))]
    sources = [LessonSource(FASHION_FOLDER, hint=FASHION_HINT)]
    return Lesson(BUILTIN_LESSONS["fashion-hidden-layer"], notes, request, runs, sources=sources, created=CREATED)


LESSONS = {
    "gates": gates,
    "shapes": shapes,
    "draw-a-shape": draw_a_shape,
    "airplanes-vs-motorbikes": airplanes_vs_motorbikes,
    "bird-or-not": bird_or_not,
    "fashion-hidden-layer": fashion_hidden_layer,
}


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else lessons_dir()
    out.mkdir(parents=True, exist_ok=True)
    for name, make in LESSONS.items():
        written = save_lesson(out / (name + LESSON_EXTENSION), make(), measure_sources=False, force=True)
        print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
