import pytest

from lrgui.kinds import kind_names, register, unregister
from tests.extra_kind.nearest_mean import NAME, NearestMean


@pytest.fixture
def nearest_mean():
    """The extra kind, registered for one test (lrgui's own modules are not touched)."""
    if NAME not in kind_names():
        register(NearestMean())
    yield NAME
    unregister(NAME)
