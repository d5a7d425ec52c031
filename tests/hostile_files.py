"""Files made to attack whoever reads them: a workbook that unpacks to gigabytes, a picture whose
pixels would fill the memory. Built for real, in seconds, without ever holding what they unpack to.

Deflate compresses the same input to the same bytes after a full flush, so one compressed chunk is
repeated as often as needed; the CRC of the repeated data is combined arithmetically (zlib's
`crc32_combine`), so six gigabytes are never even computed over.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# -- CRC-32 of repeated data ------------------------------------------------------------------------------


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, index = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, row) for row in matrix]


def crc32_combine(first: int, second: int, second_length: int) -> int:
    """The CRC-32 of A + B from the CRCs of A and B and the length of B (zlib's algorithm)."""
    if second_length == 0:
        return first
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # one zero bit
    even = _gf2_square(odd)  # two zero bits
    odd = _gf2_square(even)  # four
    while True:
        even = _gf2_square(odd)
        if second_length & 1:
            first = _gf2_times(even, first)
        second_length >>= 1
        if not second_length:
            break
        odd = _gf2_square(even)
        if second_length & 1:
            first = _gf2_times(odd, first)
        second_length >>= 1
        if not second_length:
            break
    return first ^ second


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of A + B from those of A and B and the length of B (zlib's algorithm)."""
    base = 65521
    remainder = second_length % base
    low = first & 0xFFFF
    high = (remainder * low) % base
    low += (second & 0xFFFF) + base - 1
    high += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - remainder
    return (low % base) | ((high % base) << 16)


def repeated_checksum(combine, empty: int, single: int, length: int, times: int) -> int:
    """The checksum of a chunk (whose own is `single`) repeated `times` times, by doubling."""
    result = empty
    while times:
        if times & 1:
            result = combine(result, single, length)
        single, length = combine(single, single, length), length * 2
        times >>= 1
    return result


# -- Deflate streams of repeated data ----------------------------------------------------------------------


class RepeatedDeflate:
    """A raw deflate stream of `head` + `chunk` × `times` + `tail`, with its length and checksums."""

    def __init__(self, head: bytes, chunk: bytes, times: int, tail: bytes):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        end = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
        self.data = start + repeated * times + end
        self.size = len(head) + len(chunk) * times + len(tail)
        self.crc = self._checksum(crc32_combine, zlib.crc32, 0, head, chunk, times, tail)
        self.adler = self._checksum(adler32_combine, zlib.adler32, 1, head, chunk, times, tail)

    @staticmethod
    def _checksum(combine, function, empty: int, head: bytes, chunk: bytes, times: int, tail: bytes) -> int:
        middle = repeated_checksum(combine, empty, function(chunk), len(chunk), times)
        total = combine(function(head), middle, len(chunk) * times)
        return combine(total, function(tail), len(tail))


# -- A zip written by hand, so that a part can be given already compressed -----------------------------------


def write_zip(path: Path, parts: list[tuple[str, bytes, int, int]]) -> Path:
    """`parts` as (name, raw deflate data, CRC, unpacked size); zip64 records where sizes need them."""
    body, directory = bytearray(), bytearray()
    for name, data, crc, size in parts:
        encoded = name.encode()
        offset = len(body)
        large = size >= 0xFFFFFFFF or len(data) >= 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, size, len(data)) if large else b""
        sizes = (0xFFFFFFFF, 0xFFFFFFFF) if large else (len(data), size)
        version = 45 if large else 20
        body += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", version, 0, 8, 0, 0x21, crc, *sizes, len(encoded), len(extra)
        )
        body += encoded + extra + data
        directory += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02", version, version, 0, 8, 0, 0x21, crc, *sizes, len(encoded), len(extra), 0, 0, 0, 0, offset,
        )  # fmt: skip
        directory += encoded + extra
    start, count = len(body), len(parts)
    tail = bytearray(directory)
    zip64_at = start + len(directory)
    tail += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(directory), start)
    tail += struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1)
    tail += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(directory), start, 0)
    path.write_bytes(bytes(body + tail))
    return path


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def zip_bomb_workbook(path: Path, unpacked: int) -> Path:
    """A real workbook (the parts openpyxl writes) whose sheet is rows of learners, each followed by a
    long run of spaces, as many as make `unpacked` bytes; on disk about a thousandth of that."""
    import io
    import zipfile

    template = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["voornaam", "achternaam", "soort"])
    workbook.save(template)
    parts = []
    with zipfile.ZipFile(template) as source:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                parts.append((item.filename, *_deflated(source.read(item.filename))))

    def row(*cells: str) -> bytes:
        return ("<row>" + "".join(f'<c t="inlineStr"><is><t>{cell}</t></is></c>' for cell in cells) + "</row>").encode()

    chunk = row("Mila", "Jansen", "bbl") + b" " * (1 << 20)
    head = f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode() + row("voornaam", "achternaam", "soort")
    tail = b"</sheetData></worksheet>"
    sheet = RepeatedDeflate(head, chunk, max(1, (unpacked - len(head) - len(tail)) // len(chunk)), tail)
    parts.append(("xl/worksheets/sheet1.xml", sheet.data, sheet.crc, sheet.size))
    return write_zip(path, parts)


# -- A picture that decodes to far more than it weighs -----------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int, height: int) -> Path:
    """A valid RGBA PNG of `width` × `height` transparent pixels: a few hundred kilobytes on disk,
    width × height × 4 bytes once decoded."""
    line = b"\x00" + b"\x00" * (width * 4)  # filter byte, then the pixels
    pixels = RepeatedDeflate(b"", line, height, b"")
    stream = b"\x78\xda" + pixels.data + struct.pack(">I", pixels.adler)  # zlib's wrapping of deflate
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", stream)
    path.write_bytes(data + _png_chunk(b"IEND", b""))
    return path


# -- Running LeerWerk on such a file, in a process of its own ------------------------------------------------

MEMORY_LIMIT = 500 * 1024 * 1024  # the bound for any input
PEAK_PREFIX = "peak-kib:"
POSIX = os.name == "posix"
RUNNER = "import sys\nfrom desktop.cli import main\ncode = main(sys.argv[1:])\n{report}sys.exit(code)\n"
# The peak in bytes. Linux's ru_maxrss keeps the high-water mark from before exec, so a process
# forked from a large test run would report the run's size: /proc has the program's own (VmHWM).
REPORT = (
    "import os, resource\n"
    "status = '/proc/self/status'\n"
    "lines = open(status).read().splitlines() if os.path.exists(status) else []\n"
    "peaks = [int(line.split()[1]) * 1024 for line in lines if line.startswith('VmHWM:')]\n"
    "scale = 1 if sys.platform == 'darwin' else 1024\n"
    "peak = peaks[0] if peaks else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale\n"
    f"print({PEAK_PREFIX!r}, peak)\n"
)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_bytes: int | None  # the most memory the process held (None where the platform cannot say)
    seconds: float


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_bounded(*argv: str, home: Path, timeout: float = 120) -> Run:
    """`leerwerk *argv` in a new process that may not allocate more than `MEMORY_LIMIT` (POSIX): an
    input that makes LeerWerk reach for more gets a MemoryError there, not a swapping test machine."""
    command = [sys.executable, "-c", RUNNER.format(report=REPORT if POSIX else "")]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(home)}
    started = time.monotonic()
    result = subprocess.run(
        [*command, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=_limit_memory if POSIX else None,  # noqa: PLW1509 - a limit, set before anything runs
    )
    seconds = time.monotonic() - started
    lines, peak = [], None
    for line in result.stdout.splitlines():
        if line.startswith(PEAK_PREFIX):
            peak = int(line.split()[-1])
        else:
            lines.append(line)
    return Run(result.returncode, "\n".join(lines), result.stderr, peak, seconds)
