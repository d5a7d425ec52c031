"""Pictures for demo data: the organisation's logo and pen-like scribbles standing in for signatures."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def logo_png() -> bytes:
    """A linden tree in a green disc: enough to show where the logo goes on a printed form."""
    image = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 124, 124), fill=(46, 125, 80, 255))
    draw.rectangle((58, 74, 70, 108), fill=(250, 247, 240, 255))
    draw.ellipse((32, 26, 66, 66), fill=(250, 247, 240, 255))
    draw.ellipse((62, 26, 96, 66), fill=(250, 247, 240, 255))
    draw.polygon(((34, 52), (94, 52), (64, 88)), fill=(250, 247, 240, 255))
    return _png(image)


def scribble_png(rng: random.Random, width: int = 240, height: int = 80) -> bytes:
    """A transparent PNG with a pen-like scribble, standing in for a signature drawn on a tablet."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x, points = 12.0, []
    while x < width - 12:
        points.append((x, height / 2 + rng.uniform(-1, 1) * height * 0.35))
        x += rng.uniform(6, 18)
    draw.line(points, fill=(20, 30, 90, 255), width=3, joint="curve")
    draw.line((points[0][0], height - 14, points[-1][0] * 0.7, height - 16), fill=(20, 30, 90, 255), width=2)
    return _png(image)
