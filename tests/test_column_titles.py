"""Two columns of one table never share a title, in Dutch or in English: every table model of every view."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import desktop.views
from desktop import i18n
from desktop.views.kit.id_table_model import IdTableModel
from desktop.views.kit.table_model import RowTableModel


def table_models() -> list[type[RowTableModel | IdTableModel]]:
    """Models of rows and models of ids (the large tables) alike."""
    for module in pkgutil.walk_packages(desktop.views.__path__, "desktop.views."):
        importlib.import_module(module.name)
    found, todo = [], [RowTableModel, IdTableModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return [model for model in found if model.columns]


def test_every_view_module_with_a_table_is_found():
    names = {model.__name__ for model in table_models()}
    assert {"LearnersModel", "FormsModel", "TasksModel", "PeriodFormsModel", "DueFormsModel"} <= names
    assert len(names) > 15


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_two_columns_of_a_table_share_a_title(language):
    i18n.set_language(language)
    try:
        shared = {}
        for model in table_models():
            titles = [i18n._(column.header) for column in model.columns]
            doubles = sorted({title for title in titles if titles.count(title) > 1})
            if doubles:
                shared[f"{model.__module__}.{model.__name__}"] = doubles
    finally:
        i18n.set_language("nl")
    assert shared == {}
