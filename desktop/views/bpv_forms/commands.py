"""Undo steps for BPV forms: making one, and editing one (as whole snapshots, before and after).

Signing and reopening are evidence and never undone. A step taken before a form was signed or
reopened is refused afterwards (the command becomes obsolete): `forms.replace_form` refuses an edit
step itself, and the step that made a form refuses to delete it once its signatures changed.
"""

from __future__ import annotations

import functools

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import form_views, forms, step_versions
from desktop.services.base import Snapshot
from desktop.views.kit.undo import ReplaceCommand, ServiceCommand


class CreateFormCommand(ServiceCommand):
    """Undo deletes the new form; redo puts it back as it was. The delete states the version this program's newest
    step left in the form (`services.step_versions`): an edit of it undone first is not someone else's change."""

    def __init__(self, kind: str, form_id: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.kind, self.form_id = kind, form_id
        self.signing = form_views.signing_state(kind, form_id)
        self.snapshot: Snapshot | None = None
        self.version = forms.service(kind).get(form_id).version  # made right after the form: what undo expects
        step_versions.note(forms.service(kind), {form_id: self.version})

    def apply(self) -> None:
        if self.snapshot is not None:
            forms.service(self.kind).restore(self.snapshot)
            step_versions.note(forms.service(self.kind), {self.form_id: self.snapshot.row["version"]})

    def revert(self) -> None:
        if form_views.signing_state(self.kind, self.form_id) != self.signing:
            raise ValidationError("id", _("The form was signed or reopened since; this step can no longer be undone."))
        version = self.snapshot.row["version"] if self.snapshot is not None else self.version
        seen = step_versions.expected(forms.service(self.kind), self.form_id, version)
        self.snapshot = forms.delete_form(self.kind, self.form_id, seen)


class EditFormCommand(ReplaceCommand):
    """Undo puts the form back as it was before the edit, redo as it was after; each refused once someone else
    changed the form since."""

    def __init__(self, kind: str, before: Snapshot, after: Snapshot, text: str, on_change=None):
        replace = functools.partial(forms.replace_form, kind)
        super().__init__(forms.service(kind), replace, before, after, text, on_change)
        self.kind = kind
