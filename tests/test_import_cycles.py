"""The services and the storage layer build on each other in one direction: no module needs, directly or
through others, a module that needs it. An import inside a function counts too: it postpones a circle,
it does not remove it."""

from __future__ import annotations

import pytest

from desktop.devtools import imports
from tests.helpers import ROOT


@pytest.mark.parametrize("package", ["desktop/services", "desktop/storage"])
def test_no_module_imports_a_module_that_imports_it(package):
    picture = imports.picture(ROOT / package)
    assert len(picture.modules) > 5 and picture.arrows  # it did read the package
    assert picture.cycles == []
