"""One 10,000-learner demo database per benchmark run (building it takes about 20 s), and a 150-learner
one for the batch of forms (a few seconds). The 50,000-learner one of the scale benchmarks takes minutes to
build: give one made earlier with `leerwerk demo --learners 50000 PATH` in LEERWERK_BENCH_50K to reuse it.

Benchmarks that change their database work on a copy (`demo_10k_copy`)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.demo import generate_demo
from desktop.storage.database import close_database, open_database

DEMO_LEARNERS = 10_000
LARGE_DEMO_LEARNERS = 50_000
FORMS_DEMO_LEARNERS = 150  # the coordinator's own size: some 750 BPV forms


def _listed(path: Path) -> Path:
    """The demo as a database in use has it: its Learners tab's lines written (a new demo leaves that to the first
    reading, which writes every one)."""
    from desktop.services.learner_list import refresh

    open_database(path)
    refresh()
    close_database()
    return path


@pytest.fixture(scope="session")
def demo_10k(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / f"demo-{DEMO_LEARNERS}.sqlite3"
    generate_demo(path, learners=DEMO_LEARNERS)
    close_database()
    return _listed(path)


@pytest.fixture(scope="module")
def demo_10k_copy(demo_10k, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo-copy") / demo_10k.name
    shutil.copy2(demo_10k, path)
    return path


@pytest.fixture(scope="session")
def demo_150(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / f"demo-{FORMS_DEMO_LEARNERS}.sqlite3"
    generate_demo(path, learners=FORMS_DEMO_LEARNERS)
    close_database()
    return path


@pytest.fixture(scope="session")
def demo_50k(tmp_path_factory):
    made = os.environ.get("LEERWERK_BENCH_50K")
    if made:
        return Path(made)
    path = tmp_path_factory.mktemp("demo") / f"demo-{LARGE_DEMO_LEARNERS}.sqlite3"
    generate_demo(path, learners=LARGE_DEMO_LEARNERS)
    close_database()
    return _listed(path)
