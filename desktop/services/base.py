"""Create, update and delete with validation, in one transaction with an audit entry.

A service validates every value before it writes: rules per field come from the service (or, where
it names none, from the model field's type), cross-field rules from `check`. Any failure raises one
`ValidationError` naming the field, and the database is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import peewee
from peewee import (
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop import clock
from desktop.errors import ChangedSinceReadError, LeerWerkError, NotFoundError, ValidationError
from desktop.i18n import _, format_date, format_datetime
from desktop.services import validation as v
from desktop.storage.choices import field_label
from desktop.storage.engine import SIGNED_CONTENT_FIXED, engine_of
from desktop.storage.models import AuditEntry, BaseModel, TimestampedModel, VersionedModel, _now, db

log = logging.getLogger(__name__)

Rule = Callable[[str, Any], Any]
MULTILINE_FIELDS = {
    "notes",
    "description",
    "review",
    "remarks",
    "text",
    "overall_judgement",
    "attitude_remarks",
    "manager_expectations",
    "manager_contribution",
    "assessment_method",
    "participants",
    "end_reason_text",
    "address",
}
MAX_BLOB_BYTES = 10 * 1024 * 1024
_UNSEEN = object()  # a value `clean_many` has not cleaned yet
AUTOMATIC_FIELDS = {"id", "created_at", "updated_at", "version"}


def transaction():
    """One transaction around several service calls that are one change for the person (an edit and
    the cancellation it asks for): all of it is stored, or none. Inner transactions become savepoints."""
    return db.atomic()


def stored_number(key: str, default: int, minimum: int, maximum: int) -> int:
    """A whole number the organisation set (an `AppSetting`); `default` when unset or out of its range."""
    from desktop.storage.models import AppSetting

    row = AppSetting.get_or_none(key=key)
    try:
        number = int(row.value) if row else default
    except ValueError:
        return default
    return number if minimum <= number <= maximum else default


def store_number(field: str, key: str, value, default: int, minimum: int, maximum: int, seen: int | None = None) -> int:
    """Check `value` as the whole number of `field` and keep it under `key`; returns the previous one. `seen`: the
    number an undo step left; refused, saying who and when, once someone else stored another since (a setting has no
    version: its value is what a change would overwrite)."""
    from desktop.services import validation as v
    from desktop.storage.models import AppSetting

    number = v.integer(field, value, required=True, minimum=minimum, maximum=maximum)
    with transaction():
        previous = stored_number(key, default, minimum, maximum)
        if seen is not None and previous != seen:
            changes = AuditEntry.record_id.is_null() & (AuditEntry.changed_fields == field)
            raise refusal_from_history(AppSetting._meta.table_name, changes, gone=False)
        if number != previous:
            AppSetting.insert(key=key, value=str(number)).on_conflict(
                conflict_target=[AppSetting.key], preserve=[AppSetting.value]
            ).execute()
            # Named by the setting's field, so that a refused undo can say who changed this one.
            audit("update", AppSetting._meta.table_name, None, [field])
    return previous


def save_read_record(instance: BaseModel, names: list[str] | tuple[str, ...]) -> None:
    """Write the fields `names` of a record a service read and changed itself (not through `CrudService.update`) as
    that writes: only while the record still has the version it was read with, counting it up, so that a dialog
    open on it cannot save over this change and this one does not overwrite another client's."""
    if not isinstance(instance, VersionedModel):
        instance.save()
        return
    # Comparing and counting the version needs no rules of the record's own service (which the catalogue holds, and
    # the catalogue imports this module).
    service = type("RecordService", (CrudService,), {"model": type(instance)})()
    changed = {name: getattr(instance, name) for name in names}
    if isinstance(instance, TimestampedModel):
        instance.updated_at = _now()
    service._write(lambda: service._save_changed(instance, changed))


def count_held_change(service: CrudService, record_id: int, seen_version: int | None, before: Snapshot | None) -> None:
    """What a record holds beside its own fields (a form's werkprocessen and scores, a trajectory's steps) is the
    record's too: a save that changed only those counts its version up as well, stating `seen_version` (refused when
    someone else's save came between), with an entry in the change history, so that a dialog open on the record does
    not save over them. `before`: the record's snapshot as the save read it."""
    if seen_version is None or before is None:
        return
    model, key = service.model, service.model._meta.primary_key
    if model.select(model.version).where(key == record_id).scalar() != seen_version:
        return  # its own fields changed, and were counted then
    after = service.snapshot(service.get(record_id))
    if after == before:
        return
    service.claim_version(record_id, seen_version)
    held = [{(table._meta.table_name, repr(sorted(row.items()))) for table, row in s.removed} for s in (before, after)]
    audit("update", model._meta.table_name, record_id, sorted({table for table, _row in held[0] ^ held[1]}))


def signed_form_fixed(kind: str = "form") -> str:
    """Why a change to a signed form's content (of a coaching trajectory's intake agreement, for `kind`
    "trajectory") is refused, by the program or by the database's trigger."""
    if kind == "trajectory":
        return _(
            "The intake agreement has been signed, so the people, the learning goals, what the manager "
            "expects and contributes, and the planned steps are fixed. Reopen it to change them; that "
            "voids the signatures."
        )
    return _("This form has been signed, so its content is fixed. Reopen it to change it; that voids the signatures.")


@contextlib.contextmanager
def signed_content_refused(kind: str = "form") -> Iterator[None]:
    """Say the database's refusal of a change to a signed form's content (its triggers) as the program says it,
    for writes that do not go through a `CrudService`."""
    try:
        # In a savepoint: a server leaves the transaction unusable after a refused statement until rolled back here.
        with db.atomic():
            yield
    except peewee.IntegrityError as error:
        rule = engine_of(db).broken_rule(db, error)
        if rule is None or rule.refusal != SIGNED_CONTENT_FIXED:
            raise
        raise ValidationError("id", signed_form_fixed(kind)) from None


def current_user() -> str:
    """Who makes a change, for the audit log: the database login on a server, the Windows account on a file."""
    return engine_of(db).login(db)


def audit(action: str, table: str, record_id: int | None, fields: list[str] | tuple[str, ...] = ()) -> None:
    audit_many([(action, table, record_id, fields)])


def audit_many(entries: list[tuple[str, str, int | None, list[str] | tuple[str, ...]]]) -> None:
    """`audit` of several (action, table, record id, fields) in a few statements, in order (as a write of
    many rows at once makes them)."""
    user = current_user()
    rows = [
        {
            "user": user,
            "action": action,
            "table_name": table,
            "record_id": record_id,
            "changed_fields": ",".join(fields),
        }
        for action, table, record_id, fields in entries
    ]
    insert_rows(AuditEntry, rows, ids=False)


INSERT_BATCH = 100  # rows per INSERT statement or written batch: well within the limit of bound values


def insert_rows(
    model: type[BaseModel], rows: list[dict[str, Any]], *, ids: bool = True, same: dict[str, Any] | None = None
) -> list[int]:
    """Insert `rows` (each with the same fields; `same` holds values every row has, the model's defaults fill the
    others, as `create` fills them) in order; their ids in order (unless not wanted). Runs inside the caller's
    transaction."""
    if not rows:
        return []
    return engine_of(db).insert_rows(db, model, rows, ids=ids, batch=INSERT_BATCH, same=same)


@dataclass
class Snapshot:
    """Everything a delete removes or changes, so that undo can put it back exactly.

    `removed` holds the rows the delete takes away (the record and, through ON DELETE CASCADE, the
    rows that belong to it), parents before children; `detached` holds rows that stay but lose a
    reference (ON DELETE SET NULL), with the column to restore.
    """

    model: type[BaseModel]
    row: dict
    removed: list[tuple[type[BaseModel], dict]] = field(default_factory=list)
    detached: list[tuple[type[BaseModel], int, str, int]] = field(default_factory=list)


def _collect(model: type[BaseModel], ids: list[int], snapshot: Snapshot, seen: set) -> None:
    """Walk every foreign key that points at `model`, along every path (not each model once)."""
    for fk, child in model._meta.backrefs.items():
        on_delete = (fk.on_delete or "").upper()
        if on_delete not in ("CASCADE", "SET NULL"):
            continue
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = list(child.select().where(fk.in_(chunk)).dicts())
            if on_delete == "SET NULL":
                snapshot.detached += [(child, row["id"], fk.name, row[fk.name]) for row in rows]
                continue
            fresh = [row for row in rows if (child, row["id"]) not in seen]
            seen.update((child, row["id"]) for row in fresh)
            snapshot.removed += [(child, row) for row in fresh]
            if fresh:
                _collect(child, [row["id"] for row in fresh], snapshot, seen)


def refusal_from_history(table: str, entries, *, gone: bool) -> LeerWerkError:
    """Why a save, delete or undo is refused because someone else wrote first: who and when, from the newest entry of
    the change history about `table` that `entries` (a condition on `AuditEntry`) picks; `gone`: they deleted it."""
    entry = (
        AuditEntry.select(AuditEntry.user, AuditEntry.at)
        .where((AuditEntry.table_name == table) & entries)
        .order_by(AuditEntry.id.desc())
        .first()
    )
    if entry is None or not entry.user:
        if gone:
            return NotFoundError(
                _("Someone else deleted this record after it was opened here; this change was not saved.")
            )
        return ChangedSinceReadError(
            _("Someone else changed this record after it was opened here; this change was not saved.")
        )
    time = format_datetime(entry.at, "HH:mm")
    today = entry.at.date() == clock.today()
    if gone:
        if today:
            message = _("Deleted by {user} at {time}, after it was opened here; this change was not saved.")
        else:
            message = _("Deleted by {user} on {date} at {time}, after it was opened here; this change was not saved.")
    elif today:
        message = _("Changed by {user} at {time}, after it was opened here; this change was not saved.")
    else:
        message = _("Changed by {user} on {date} at {time}, after it was opened here; this change was not saved.")
    date = format_date(entry.at.date(), "long")
    error = NotFoundError if gone else ChangedSinceReadError
    return error(message.format(user=entry.user, date=date, time=time))


class CrudService:
    model: ClassVar[type[BaseModel]]
    rules: ClassVar[dict[str, Rule]] = {}
    vocabularies: ClassVar[dict[str, dict[str, str]]] = {}

    # -- reading ---------------------------------------------------------------------------------
    def get(self, record_id: int) -> BaseModel:
        key = record_id if self.model._meta.primary_key.name != "id" else v.record_id(record_id)
        try:
            if key is None:
                raise self.model.DoesNotExist
            return self.model.get_by_id(key)
        except self.model.DoesNotExist:
            raise NotFoundError(_("The record with number {id} does not exist.").format(id=record_id)) from None

    # -- validation ------------------------------------------------------------------------------
    def editable_fields(self) -> dict[str, peewee.Field]:
        return {name: f for name, f in self.model._meta.fields.items() if name not in AUTOMATIC_FIELDS}

    def _generic_rule(self, name: str, model_field: peewee.Field, known: set | None = None) -> Rule:
        required = not model_field.null and model_field.default is None
        if name in self.vocabularies:
            vocabulary = self.vocabularies[name]
            return lambda f, value: v.choice(f, value, vocabulary, required=not model_field.null)
        if isinstance(model_field, ForeignKeyField):
            return self._reference_rule(model_field, known)
        if isinstance(model_field, BooleanField):
            return v.boolean
        if isinstance(model_field, DateTimeField):
            return lambda f, value: v.timestamp(f, value, required=required)
        if isinstance(model_field, DateField):
            return lambda f, value: v.date(f, value, required=required)
        if isinstance(model_field, IntegerField):
            return lambda f, value: v.integer(f, value, required=required)
        if isinstance(model_field, DecimalField):
            return lambda f, value: v.decimal(f, value, required=required, places=model_field.decimal_places)
        if isinstance(model_field, BlobField):
            return self._blob_rule
        if isinstance(model_field, TextField):
            if name in MULTILINE_FIELDS:
                return lambda f, value: v.text(f, value, required=required, max_length=20000, multiline=True)
            if model_field.null:
                return lambda f, value: v.text(f, value, max_length=200) or None
            return lambda f, value: v.text(f, value, required=required)
        return lambda f, value: value

    @staticmethod
    def _blob_rule(name: str, value):
        if value is None:
            return None
        if not isinstance(value, bytes | bytearray | memoryview):
            raise ValidationError(name, _("Must be the contents of a file."))
        if len(value) > MAX_BLOB_BYTES:
            raise ValidationError(name, _("The file is too large: at most 10 MB."))
        return bytes(value)

    @staticmethod
    def _reference_rule(model_field: ForeignKeyField, known: set | None = None) -> Rule:
        """`known`: ids of the target read beforehand to exist (cleaning many rows); others are looked up."""
        target = model_field.rel_model

        def rule(name: str, value):
            if isinstance(value, BaseModel):
                value = value.get_id()
            if value is None or value == "":
                if not model_field.null:
                    raise ValidationError(name, _("Is required."))
                return None
            number = v.integer(name, value, minimum=1)
            if known is not None and number in known:
                return number
            if not target.select().where(target._meta.primary_key == number).exists():
                raise ValidationError(
                    name, _("Refers to a record that does not exist (number {id}).").format(id=number)
                )
            return number

        return rule

    def clean(self, values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
        return self._cleaner(partial)(values)

    def clean_many(self, rows: list[dict[str, Any]], *, partial: bool) -> list[dict[str, Any]]:
        """`clean` of many rows, with the same rules and the same first error (its `row` the row's index): each
        rule sees each distinct value once, and the records referred to are read in a few queries, not per row."""
        clean_one = self._cleaner(partial, outcomes={}, known=self._existing_references(rows))
        cleaned = []
        for index, values in enumerate(rows):
            try:
                cleaned.append(clean_one(values))
            except ValidationError as error:
                error.row = index
                raise
        return cleaned

    def _field_name(self, name: str, fields: dict[str, peewee.Field]) -> str:
        return name[:-3] if name.endswith("_id") and name[:-3] in fields else name

    def _cleaner(
        self, partial: bool, outcomes: dict | None = None, known: dict[str, set] | None = None
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A function that cleans one row; with `outcomes`, it remembers what each rule made of each value."""
        fields = self.editable_fields()
        rules: dict[str, Rule] = {}

        def outcome(key: str, value):
            rule = rules.get(key)
            if rule is None:
                rule = rules[key] = self.rules.get(key) or self._generic_rule(key, fields[key], (known or {}).get(key))
            try:
                return rule(key, value)
            except ValidationError as error:
                return error

        def clean_one(values: dict[str, Any]) -> dict[str, Any]:
            cleaned: dict[str, Any] = {}
            for name, value in values.items():
                key = self._field_name(name, fields)
                if key not in fields:
                    raise ValidationError(name, _("Unknown field."))
                memo = (key, type(value), value)
                try:
                    result = outcomes[memo] if outcomes is not None and memo in outcomes else _UNSEEN
                except TypeError:  # a value that cannot be remembered (a list, say) is cleaned each time
                    result, memo = _UNSEEN, None
                if result is _UNSEEN:
                    result = outcome(key, value)
                    if outcomes is not None and memo is not None:
                        outcomes[memo] = result
                if isinstance(result, ValidationError):
                    raise result
                cleaned[key] = result
            if not partial:
                for name, model_field in fields.items():
                    if name in cleaned:
                        continue
                    if not model_field.null and model_field.default is None:
                        raise ValidationError(name, _("Is required."))
            return cleaned

        return clean_one

    def _existing_references(self, rows: list[dict[str, Any]]) -> dict[str, set]:
        """Per foreign key without a rule of its own, the ids the rows name that exist (read in chunks)."""
        fields = self.editable_fields()
        wanted: dict[str, set] = {}
        for values in rows:
            for name, value in values.items():
                key = self._field_name(name, fields)
                if isinstance(fields.get(key), ForeignKeyField) and key not in self.rules and type(value) is int:
                    wanted.setdefault(key, set()).add(value)
        known: dict[str, set] = {}
        for key, ids in wanted.items():
            target = fields[key].rel_model
            column = target._meta.primary_key.column_name
            ordered = sorted(ids)
            known[key] = set()
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                # Plain SQL: peewee would compose a parameter per id, which costs more than the query itself.
                marks = ", ".join([db.param] * len(chunk))
                sql = f'SELECT "{column}" FROM "{target._meta.table_name}" WHERE "{column}" IN ({marks})'
                known[key].update(number for (number,) in db.execute_sql(sql, chunk))
        return known

    def check(self, data: dict[str, Any], instance: BaseModel | None) -> None:
        """Rules across fields; `data` holds the record as it would be after the change."""

    def after_write(self, instance: BaseModel, changed: dict[str, Any]) -> None:
        """What follows from a create or update, in the same transaction (`changed`: the new values)."""

    # -- writing ---------------------------------------------------------------------------------
    def create(self, **values) -> BaseModel:
        cleaned = self.clean(values, partial=False)
        self.check(cleaned, None)
        with db.atomic():
            instance = self._write(lambda: self.model.create(**cleaned))
            self.after_write(instance, cleaned)
            audit("create", self.model._meta.table_name, instance.get_id(), sorted(cleaned))
        return instance

    def update(self, record_id: int, *, seen_version: int | None = None, **values) -> tuple[BaseModel, dict[str, Any]]:
        """Change the given fields; returns the record and the previous values of what changed.

        `seen_version`: the version of the record the change was made on (a dialog's, an undo step's). When someone
        else saved the record since, the change is refused (`ChangedSinceReadError`, saying who and when) instead
        of overwriting theirs; without it, the version read here is the one the save expects."""
        instance = self.read_as_seen(record_id, seen_version)
        versioned = isinstance(instance, VersionedModel)
        cleaned = self.clean(values, partial=True)
        current = {name: self._value(instance, name) for name in self.editable_fields()}
        self.check({**current, **cleaned}, instance)
        changed = {name: value for name, value in cleaned.items() if current[name] != value}
        if not changed:
            return instance, {}
        previous = {name: current[name] for name in changed}
        for name, value in changed.items():
            setattr(instance, f"{name}_id" if name in self._foreign_keys() else name, value)
        if isinstance(instance, TimestampedModel):
            instance.updated_at = _now()
        with db.atomic():
            self._write(lambda: self._save_changed(instance, changed) if versioned else instance.save())
            self.after_write(instance, changed)
            if versioned and type(self).after_write is not CrudService.after_write:
                # What follows from the change may have written the record again: the version to state next is
                # the one this transaction leaves, read while it still holds the record (only where something
                # follows, so that a plain save costs no extra query).
                key = self.model._meta.primary_key
                instance.version = self.model.select(self.model.version).where(key == instance.get_id()).scalar()
            audit("update", self.model._meta.table_name, instance.get_id(), sorted(changed))
        return instance, previous

    def read_as_seen(self, record_id: int, seen_version: int | None) -> BaseModel:
        """The record, when it still has `seen_version` (the one a view or an undo step read; None: whatever it has
        now); else refused with who changed or deleted it, and when."""
        try:
            instance = self.get(record_id)
        except NotFoundError:
            if seen_version is None:
                raise
            raise self.changed_since_read(record_id) from None  # who deleted what was opened here
        if isinstance(instance, VersionedModel) and seen_version is not None and instance.version != seen_version:
            raise self.changed_since_read(record_id)
        return instance

    def _save_changed(self, instance: VersionedModel, changed: dict[str, Any]) -> None:
        """Write what changed only if the record still has the version it was read with, and count it up: in one
        statement, so that another client's save cannot slip in between the comparison and the write."""
        fields = self.model._meta.fields
        values = {fields[name]: value for name, value in changed.items()}
        if isinstance(instance, TimestampedModel):
            values[fields["updated_at"]] = instance.updated_at
        values[fields["version"]] = instance.version + 1
        key = self.model._meta.primary_key
        written = (
            self.model.update(values)
            .where((key == instance.get_id()) & (fields["version"] == instance.version))
            .execute()
        )
        if not written:
            raise self.changed_since_read(instance.get_id())
        instance.version += 1

    def claim_version(self, record_id: int, seen_version: int) -> int:
        """Count the record's version up if it still has `seen_version`, else refuse (who changed it and when, or who
        deleted it): for a change its own fields do not show (what it holds, an undo putting rows back). Counting up
        first holds the row (a server's row lock, SQLite's write lock) until the transaction ends, so that no other
        save lands between the comparison and what follows. Returns the new version."""
        version, key = self.model.version, self.model._meta.primary_key
        if (
            not self.model.update({version: version + 1})
            .where((key == record_id) & (version == seen_version))
            .execute()
        ):
            raise self.changed_since_read(record_id)
        return seen_version + 1

    def changed_since_read(self, record_id: int) -> LeerWerkError:
        """Why a save, delete or undo of `record_id` is refused: who changed it last and when, or who deleted it (from
        the change history)."""
        gone = not self.model.select().where(self.model._meta.primary_key == record_id).exists()
        # Its addition is not a change since it was read; every later entry (a save, an import, a reopening) is.
        action = AuditEntry.action == "delete" if gone else AuditEntry.action != "create"
        return refusal_from_history(
            self.model._meta.table_name, (AuditEntry.record_id == record_id) & action, gone=gone
        )

    def update_many(self, changes: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
        """Several updates as one change (renumbering a list, say): all are written, or none when one
        is refused. Returns the previous values per change, in order."""
        with db.atomic():
            return [self.update(record_id, **values)[1] for record_id, values in changes]

    def delete(self, record_id: int) -> Snapshot:
        instance = self.get(record_id)
        snapshot = self.snapshot(instance)
        with db.atomic():
            try:
                instance.delete_instance()
            except peewee.IntegrityError:
                raise ValidationError("id", _("Cannot be deleted: other records still refer to it.")) from None
            audit("delete", self.model._meta.table_name, snapshot.row["id"])
        return snapshot

    def delete_unchanged(self, record_id: int, seen_version: int | None) -> Snapshot:
        """`delete`, refused when someone else changed the record since `seen_version` (what a view read, what an
        undo step left): a delete must not take away what another client wrote in the record since, and a record
        someone else deleted already is named as such."""
        with db.atomic():
            if seen_version is not None and issubclass(self.model, VersionedModel):
                self.claim_version(record_id, seen_version)
                snapshot = self.delete(record_id)
                # The count of the claim went with the row: put back, it is the record exactly as it was.
                snapshot.row["version"] = seen_version
                return snapshot
            if not self.model.select().where(self.model._meta.primary_key == record_id).exists():
                raise self.changed_since_read(record_id)
            return self.delete(record_id)

    def snapshot(self, instance: BaseModel) -> Snapshot:
        key = instance.get_id()
        row = self.model.select().where(self.model._meta.primary_key == key).dicts().get()
        snapshot = Snapshot(self.model, row)
        _collect(self.model, [key], snapshot, {(self.model, key)})
        return snapshot

    def restore(self, snapshot: Snapshot) -> BaseModel:
        """Put back what `delete` removed, with the same ids (used by undo).

        Ids are never reused (AUTOINCREMENT), so a row that exists again means the deleted record
        came back some other way: that is refused rather than overwritten.
        """
        try:
            # The commit is inside the try: references are checked then, and a row one of them needs
            # (an attendee's staff member, say) may have been deleted since.
            with db.atomic():
                # Rows reached along different paths may come in any order; check references at commit.
                engine_of(db).defer_references(db)
                snapshot.model.insert(**snapshot.row).execute()
                for model, row in snapshot.removed:
                    model.insert(**row).execute()
                for model, row_id, column, value in snapshot.detached:
                    changes = {model._meta.fields[column]: value}
                    if issubclass(model, VersionedModel):
                        # The database's SET NULL did not count the version up; putting the reference back does not
                        # either, so the row is exactly as it was before the delete.
                        changes[model.version] = model.version
                    model.update(changes).where(model.id == row_id).execute()
                audit("create", self.model._meta.table_name, snapshot.row.get("id"))
        except peewee.IntegrityError:
            raise ValidationError(
                "id", _("The deleted record cannot be put back: it or what belonged to it exists again.")
            ) from None
        return self.get(snapshot.row[self.model._meta.primary_key.name])

    def values_of(self, instance: BaseModel, names) -> dict[str, Any]:
        """The stored values of `names` (foreign keys as ids), e.g. to redo an update."""
        return {name: self._value(instance, name) for name in names}

    # -- helpers ---------------------------------------------------------------------------------
    def _foreign_keys(self) -> set[str]:
        return {name for name, f in self.model._meta.fields.items() if isinstance(f, ForeignKeyField)}

    def _value(self, instance: BaseModel, name: str):
        if name in self._foreign_keys():
            return getattr(instance, f"{name}_id")
        return getattr(instance, name)

    def _write(self, action: Callable):
        try:
            # In a savepoint of its own: a server leaves the transaction unusable after a refused statement until
            # it is rolled back to here, and reading which rule was broken needs it usable.
            with db.atomic():
                return action()
        except peewee.IntegrityError as error:
            raise self._integrity_error(error) from None

    def _integrity_error(self, error: Exception) -> ValidationError:
        message = str(error)
        rule = engine_of(db).broken_rule(db, error)
        if rule is not None and rule.refusal == SIGNED_CONTENT_FIXED:
            kind = "trajectory" if self.model._meta.table_name == "coaching_trajectory" else "form"
            return ValidationError("id", signed_form_fixed(kind))
        if rule is not None and rule.unique:
            name = rule.columns[-1].removesuffix("_id")
            return ValidationError(name, _("Already exists; choose another value."))
        if rule is not None:
            # The database names the rule; name the field it is about, so the view can point at it.
            columns = {f.column_name: name for name, f in self.model._meta.fields.items()}
            named = [columns[word] for word in rule.columns if word in columns]
            if rule.exactly_one and named:
                labels = ", ".join(field_label(name) for name in dict.fromkeys(named))
                return ValidationError(named[0], _("Fill in exactly one of: {fields}.").format(fields=labels))
            if named:
                return ValidationError(named[0], _("This value is not allowed here."))
        log.warning("Integrity error in %s: %s", self.model._meta.table_name, message.split(":")[0])
        return ValidationError("id", _("The change breaks a rule of the database and was not saved."))
