"""Scans a person hands LeerWerk (a signed paper form, a signed agreement): a PDF, PNG or JPEG, judged
by its first bytes and never by its name, bounded in size and, for a picture, in pixels.

Each kind of record sets its own size limit: a scanned signature page is small, a whole signed
agreement of several pages may be larger.
"""

from __future__ import annotations

from pathlib import Path

from desktop import files, images
from desktop.errors import ValidationError
from desktop.i18n import _, format_number

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SCAN_MAGIC = {b"%PDF-": "PDF", PNG_MAGIC: "PNG", b"\xff\xd8\xff": "JPEG"}
SUFFIXES = {"PDF": ".pdf", "PNG": ".png", "JPEG": ".jpg"}
MEGABYTE = 1024 * 1024


def scan_kind(data: bytes) -> str | None:
    """What a file really is by its first bytes ("PDF", "PNG" or "JPEG"), not by its name; else None."""
    return next((kind for magic, kind in SCAN_MAGIC.items() if bytes(data).startswith(magic)), None)


def check_scan(data, limit: int, name: str = "") -> bytes:
    """A scan must be a PDF, PNG or JPEG of at most `limit` bytes (judged by its contents, not its name)."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise ValidationError("scan", _("The scan is empty."))
    if len(data) > limit:
        raise ValidationError("scan", _("The scan is too large: at most {limit} MB.").format(limit=limit // MEGABYTE))
    if scan_kind(data) is None:
        raise ValidationError("scan", _("{name} is not a PDF, PNG or JPEG file.").format(name=name or _("The scan")))
    if scan_kind(data) != "PDF" and images.too_many_pixels(bytes(data)):
        raise ValidationError("scan", images.too_large(name or _("The scan")))
    return bytes(data)


def read_scan(path: Path, limit: int) -> bytes:
    """The bytes of the scan at `path`; a ValidationError on "scan" saying why it cannot be used."""
    name = path.name
    try:
        if files.is_special(path):
            raise ValidationError("scan", files.not_a_file(name))
        if not path.is_file():
            raise ValidationError("scan", _("The file {name} does not exist.").format(name=name))
        size = path.stat().st_size
        if size > limit:
            megabytes = format_number(round(size / MEGABYTE, 1))
            raise ValidationError(
                "scan",
                _("{name} is {size} MB; a scan can be at most {limit} MB.").format(
                    name=name, size=megabytes, limit=limit // MEGABYTE
                ),
            )
        data = files.read_regular(path, limit)  # a file that grew since is refused by check_scan
    except OSError as error:
        reason = files.os_reason(error)
        raise ValidationError("scan", _("{name} cannot be read: {reason}").format(name=name, reason=reason)) from None
    return check_scan(data, limit, name)
