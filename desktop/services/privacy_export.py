"""Everything about one person as a ZIP file: the right of access (AVG article 15) and portability (20).

The ZIP holds ``person.json`` (UTF-8, dates ISO 8601): every row about the person per table, and
for staff the rows that only mention them, kept apart; ``signatures/`` with each signature image and
paper scan; ``agreements/`` with the scan of each of a learner's agreements; ``forms/`` with a PDF of
every BPV form of a learner; ``development/`` with a staff member's development record as printed. The
file is written beside its target and moved into place, and an existing file is never replaced.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

from desktop import __version__, clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import development_record, form_printouts, scans, signing
from desktop.services.privacy import PersonRef, PersonRows, collect
from desktop.storage import models as m
from desktop.storage.backup import move_to_new_name
from desktop.storage.files import write_atomically

log = logging.getLogger(__name__)
FORMAT_VERSION = 1


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _rows(model: type[m.BaseModel], ids: list[int]) -> list[dict]:
    found = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = model.select().where(model._meta.primary_key.in_(chunk)).order_by(model._meta.primary_key)
        found += list(query.dicts())
    return found


def _signature_files(row: dict) -> dict[str, bytes]:
    """The image and scan of one signature row, by the name they get in the ZIP; the row keeps the name."""
    files = {}
    image, scan = row.pop("image", None), row.pop("scan", None)
    if image:
        name = f"signatures/signature-{row['id']}.png"
        files[name], row["image_file"] = bytes(image), name
    if scan:
        kind = scans.scan_kind(bytes(scan)) or ""
        name = f"signatures/signature-{row['id']}-scan{scans.SUFFIXES.get(kind, '.bin')}"
        files[name], row["scan_file"] = bytes(scan), name
    return files


def _agreement_files(row: dict) -> dict[str, bytes]:
    """The scan of one agreement row, by the name it gets in the ZIP; the row keeps the name."""
    scan = row.pop("scan", None)
    if not scan:
        return {}
    name = f"agreements/agreement-{row['id']}-scan{scans.SUFFIXES.get(scans.scan_kind(bytes(scan)) or '', '.bin')}"
    row["scan_file"] = name
    return {name: bytes(scan)}


def build_export(ref: PersonRef) -> tuple[dict, dict[str, bytes], list[tuple[str, int]]]:
    """The JSON document, the files by name, and the forms to print as (kind, id)."""
    rows: PersonRows = collect(ref)
    files: dict[str, bytes] = {}
    about: dict[str, list[dict]] = {}
    for model, ids in rows.about.items():
        if not ids:
            continue
        table = []
        for row in _rows(model, ids):
            if model is m.Signature:
                files.update(_signature_files(row))
            elif model is m.Agreement:
                files.update(_agreement_files(row))
            table.append({key: _plain(value) for key, value in row.items()})
        about[model._meta.table_name] = table
    mentions = []
    by_table: dict[str, type[m.BaseModel]] = {model._meta.table_name: model for model in m.ALL_MODELS}
    for mention in rows.mentions:
        model = by_table[mention.table]
        row = model.select().where(model.id == mention.id).dicts().get()
        # Only what ties the row to this person: the rest (notes, a learner's dates) is someone else's.
        keep = {"id", *(f"{column}" for column in mention.columns)}
        mentions.append(
            {
                "table": mention.table,
                "id": mention.id,
                "as": list(mention.columns),
                "row": {key: _plain(value) for key, value in row.items() if key in keep},
            }
        )
    form_keys: list[tuple[str, int]] = []
    if ref.kind == "learner":
        form_keys = [("assignment", i) for i in rows.ids(m.PracticeAssignment)]
        form_keys += [("assessment", i) for i in rows.ids(m.Assessment)]
    document = {
        "format": "leerwerk-person-export",
        "format_version": FORMAT_VERSION,
        "leerwerk_version": __version__,
        "exported_at": clock.now().replace(microsecond=0).isoformat(),
        "person": {"kind": ref.kind, "id": ref.id},
        "about": about,
        "mentions": mentions,
        "files": sorted(files),
    }
    return document, files, form_keys


def _form_files(form_keys: list[tuple[str, int]]) -> dict[str, bytes]:
    files = {}
    for kind, form_id in form_keys:
        form = signing.get_form(kind, form_id)
        files[f"forms/{form_printouts.file_name(form.number, '')}"] = form_printouts.form_pdf(kind, form_id)
    return files


def export_person(
    ref: PersonRef, target: Path, *, progress: Callable[[int, int], None] | None = None
) -> dict[str, int]:
    """Write the ZIP for `ref` to `target` (which must not exist). Returns counts: rows, files, forms."""
    target = Path(target)
    if target.suffix.lower() != ".zip":
        raise ValidationError("out", _("Export to a file ending in .zip; {name} does not.").format(name=target.name))
    if target.exists():
        raise ValidationError(
            "out",
            _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=target),
        )
    if not target.parent.is_dir():
        raise ValidationError("out", _("The folder {folder} does not exist.").format(folder=target.parent))
    document, files, form_keys = build_export(ref)
    pdfs = {}
    for done, key in enumerate(form_keys):
        pdfs.update(_form_files([key]))
        if progress is not None:
            progress(done + 1, len(form_keys))
    if ref.kind == "staff":
        # The development record as the person would see it printed: talks, trainings, certificates, coaching.
        pdfs[f"development/{development_record.file_name(ref.id)}"] = development_record.record_pdf(ref.id)
    document["files"] = sorted([*files, *pdfs])

    def write_zip(handle) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
            archive.writestr("person.json", text.encode("utf-8"))
            for name, data in sorted({**files, **pdfs}.items()):
                archive.writestr(name, data)

    try:
        write_atomically(target, write_zip, replace=move_to_new_name)
    except FileExistsError:  # made by someone else while this one was written
        raise ValidationError(
            "out",
            _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=target),
        ) from None
    rows = sum(len(table) for table in document["about"].values())
    log.info("Exported the data of %s: %d rows, %d files", ref, rows, len(files) + len(pdfs))
    return {"rows": rows, "mentions": len(document["mentions"]), "files": len(files), "forms": len(pdfs)}
