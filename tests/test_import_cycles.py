"""The services and the storage layer build on each other in one direction: no module needs, directly or
through others, a module that needs it. An import inside a function counts too: it postpones a circle,
it does not remove it."""

from __future__ import annotations

import pytest

from tests.helpers import ROOT
from tests.import_graph import _circles, _imports, _module_name


@pytest.mark.parametrize("package", ["desktop/services", "desktop/storage"])
def test_no_module_imports_a_module_that_imports_it(package):
    files = {_module_name(path): path for path in (ROOT / package).rglob("*.py")}
    graph = {name: _imports(path, set(files)) - {name} for name, path in files.items()}
    assert len(graph) > 5 and any(graph.values())  # it did read the package
    assert _circles(graph) == []
