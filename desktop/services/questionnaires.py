"""What the organisation's questionnaires share: the studentwaardering's questions and the team scan's
statements are edited the same way.

Once a question has answers its words stay as they were, so that those answers keep their meaning; the
coordinator retires it (unticks Active) and adds a new one. A new question goes to the end of the list
unless given a place.
"""

from __future__ import annotations

import peewee

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services.base import CrudService


class RetireNotChangeService(CrudService):
    """A CrudService for the questions of a questionnaire. A subclass names `answers` (the answers' foreign
    key to the question), the `fixed` fields that give an answer its meaning, and `refusal` (a msgid)."""

    answers: peewee.ForeignKeyField
    fixed: tuple[str, ...] = ("text",)
    refusal: str

    def check(self, data, instance):
        if instance is None:
            return
        changed = [name for name in self.fixed if name in data and data[name] != getattr(instance, name)]
        if changed and self.answers.model.select().where(self.answers == instance.id).exists():
            raise ValidationError(changed[0], _(self.refusal))

    def create(self, **values):
        if values.get("position") in (None, ""):
            last = self.model.select(peewee.fn.MAX(self.model.position)).scalar()
            values["position"] = (last or 0) + 1
        return super().create(**values)
