"""The service of each kind of record, found by the name of its table ("learner", "bpv_period").

For the views, which name no model class: ``service("learner")`` is ``service_for(Learner)``, the same
object. The catalogue behind it imports every service, so it loads when a service is first asked for.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.base import CrudService


def service(table: str) -> CrudService:
    return _by_table()[table]


@cache
def _by_table() -> dict[str, CrudService]:
    from desktop.services.catalogue import SERVICES

    return {model._meta.table_name: crud for model, crud in SERVICES.items()}
