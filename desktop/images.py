"""Pictures a person hands LeerWerk (a logo, a scan, a signature), judged by their header before a
single pixel is decoded.

A PNG of two megabytes can hold 400 million transparent pixels: 1.6 GB once decoded, which a
printout would do for every form. Pillow reads only the header when it opens a file, so the size is
known for free; a picture beyond `MAX_PIXELS` is refused where it comes in and never drawn.
"""

from __future__ import annotations

import io
import warnings

from desktop.i18n import _

MAX_PIXELS = 50_000_000  # an A4 page scanned at 600 dpi is 35 million; a logo or signature far less


def pillow():
    """Pillow's `Image`, with its own guard at our bound: a decode nothing checked first (a picture
    stored by an older LeerWerk) is refused by Pillow beyond twice `MAX_PIXELS`."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def too_many_pixels(data: bytes) -> bool:
    """Whether the picture in `data` has more than `MAX_PIXELS` pixels, by its header alone. False for
    data Pillow does not know as a picture: the caller's own check says what it is."""
    image_module = pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", image_module.DecompressionBombWarning)
            with image_module.open(io.BytesIO(data)) as image:
                width, height = image.size
    except image_module.DecompressionBombError:
        return True
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for what is no picture or a damaged one
        return False
    return width * height > MAX_PIXELS


def too_large(what: str) -> str:
    """The sentence for a picture beyond `MAX_PIXELS`; `what` names it ("The logo", a file name)."""
    return _(
        "{what} has more than {limit} million pixels, more than a page scanned at 600 dpi; save it smaller."
    ).format(what=what, limit=MAX_PIXELS // 1_000_000)
