"""Encryption benchmark on the 10,000-learner demo: what encrypting costs once, and what it costs at
every start (whole process starts of ``leerwerk --smoke``, encrypted against plain, in the same run).

Run on demand:  python -m pytest -m benchmark tests/benchmarks/test_encryption.py -s
No budget is named for it; the figures are for the note and the README.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

import pytest

from desktop.storage import cipher
from desktop.storage.encryption import change_encryption

pytestmark = pytest.mark.benchmark

RUNS = 7
PASSPHRASE = "benchmark wachtwoordzin"


def _median_start(path, env) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "--smoke"], check=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_encrypting_and_starting_on_an_encrypted_database(demo_10k, tmp_path):
    plain = tmp_path / "plain" / demo_10k.name
    encrypted = tmp_path / "encrypted" / demo_10k.name
    for path in (plain, encrypted):
        path.parent.mkdir()
        shutil.copy2(demo_10k, path)
    started = time.perf_counter()
    change_encryption(encrypted, PASSPHRASE)
    took = time.perf_counter() - started
    cipher.forget_all()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LEERWERK_HOME": str(tmp_path / "home"),
        "LEERWERK_PASSPHRASE": PASSPHRASE,
    }
    for path in (plain, encrypted):  # the first start checks every page; the next ones are measured
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "--smoke"], check=True, env=env)
    plain_start = _median_start(plain, env)
    encrypted_start = _median_start(encrypted, env)
    size = encrypted.stat().st_size / 2**20
    print(
        f"\nencrypting the 10,000-learner demo ({size:.0f} MB): {took:.1f} s; start-up, median of {RUNS}: "
        f"plain {plain_start * 1000:.0f} ms, encrypted {encrypted_start * 1000:.0f} ms, "
        f"ratio {encrypted_start / plain_start:.2f}"
    )
