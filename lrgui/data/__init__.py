"""Images and datasets in, model files out: Pillow and safetensors, never Qt."""

from lrgui.data.dataset import Dataset, ImageFormat, SkippedFile, TrainTest, hold_out
from lrgui.data.folders import ClassFolder, attach_test_folders, discover_classes, list_images
from lrgui.data.images import ImageReadError, load_image, open_image
from lrgui.data.loader import LoadingCancelled, load_class_folders, load_files
from lrgui.data.legacy_model import convert_legacy_model
from lrgui.data.model_file import LEGACY_MODEL_EXTENSION, MODEL_EXTENSION, check_save_target, load_model, save_model
from lrgui.data.trained_model import Prediction, TrainedModel

__all__ = [
    "ClassFolder",
    "Dataset",
    "ImageFormat",
    "ImageReadError",
    "LEGACY_MODEL_EXTENSION",
    "LoadingCancelled",
    "MODEL_EXTENSION",
    "Prediction",
    "SkippedFile",
    "TrainTest",
    "TrainedModel",
    "attach_test_folders",
    "check_save_target",
    "convert_legacy_model",
    "discover_classes",
    "hold_out",
    "list_images",
    "load_class_folders",
    "load_files",
    "load_image",
    "load_model",
    "open_image",
    "save_model",
]
