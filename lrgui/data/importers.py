"""The dataset formats of the classic tutorials that lrgui imports, by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from lrgui.data.cifar10 import CIFAR10_FORMAT, load_cifar10
from lrgui.data.dataset import ImageFormat, TrainTest
from lrgui.data.idx import FASHION_MNIST_FORMAT, load_fashion_mnist
from lrgui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Importer:
    name: str
    title: str
    hint: str
    load: Callable[..., TrainTest]
    native_format: ImageFormat
    #: the files it reads from its folder (a lesson's digest covers those, not the folder's other files)
    files: re.Pattern


IMPORTERS: dict[str, Importer] = {
    "cifar10": Importer(
        "cifar10", QT_TRANSLATE_NOOP("Importer", "CIFAR-10 (python batches)"),
        QT_TRANSLATE_NOOP("Importer", "the folder with data_batch_1 … data_batch_5, test_batch and batches.meta"),
        load_cifar10, CIFAR10_FORMAT, re.compile(r"(data_batch_[1-5]|test_batch|batches\.meta)"),
    ),
    "fashion-mnist": Importer(
        "fashion-mnist", QT_TRANSLATE_NOOP("Importer", "Fashion-MNIST (IDX files)"),
        QT_TRANSLATE_NOOP("Importer", "the folder with train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz and "
                                      "the t10k-* files"),
        load_fashion_mnist, FASHION_MNIST_FORMAT, re.compile(r"(train|t10k)-(images-idx3|labels-idx1)-ubyte(\.gz)?"),
    ),
}
