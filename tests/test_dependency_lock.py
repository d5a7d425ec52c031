"""The locks in .ci/ hold exactly what pyproject.toml asks for, at one exact version with hashes (refresh: .ci/lock)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / ".ci"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


@dataclass
class Pin:
    version: str
    marker: str | None
    hashes: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)


def read_lock(path: Path) -> dict[str, Pin]:
    """Every package a uv/pip-tools lock pins: its version, marker, hashes and who asked for it."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        pin = PIN.match(line)
        if pin:
            current = pins[canonicalize_name(pin[1])] = Pin(pin[2], pin[3])
        elif current and stripped.startswith("--hash="):
            current.hashes.append(stripped.removeprefix("--hash=").rstrip(" \\"))
        elif current and stripped.startswith("# via"):
            current.via += [stripped.removeprefix("# via").strip()] if stripped != "# via" else []
        elif current and stripped.startswith("#   "):
            current.via.append(stripped.removeprefix("#").strip())
        elif stripped and not stripped.startswith("#"):
            raise AssertionError(f"{path.name}: a line the lock test cannot read: {line!r}")
    return pins


def asked_for(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


LOCKS = {"requirements-run.lock": (), "requirements-dev.lock": ("test", "build")}


@pytest.mark.parametrize("name", LOCKS)
def test_every_requirement_of_pyproject_is_locked_at_a_version_it_allows(name):
    pins = read_lock(CI / name)
    assert len(pins) >= 10
    for requirement in asked_for(LOCKS[name]):
        pin = pins.get(canonicalize_name(requirement.name))
        assert pin is not None, f"{requirement.name} is in pyproject.toml but not in .ci/{name}: run .ci/lock"
        assert requirement.specifier.contains(pin.version, prereleases=True), (
            f".ci/{name} has {requirement.name}=={pin.version}, pyproject.toml asks {requirement.specifier}: "
            "run .ci/lock"
        )


@pytest.mark.parametrize("name", LOCKS)
def test_the_lock_asks_nothing_directly_that_pyproject_no_longer_does(name):
    direct = {canonicalize_name(r.name) for r in asked_for(LOCKS[name])}
    for package, pin in read_lock(CI / name).items():
        if any(who.startswith("leerwerk") for who in pin.via):
            assert package in direct, f".ci/{name} still has {package} for LeerWerk: run .ci/lock"


@pytest.mark.parametrize("name", LOCKS)
def test_every_pin_is_exact_and_hashed(name):
    for package, pin in read_lock(CI / name).items():
        assert pin.hashes, f"{package} has no hash in .ci/{name}"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in pin.hashes), package


def test_the_short_constraints_are_the_dev_lock_without_hashes():
    dev = {package: (pin.version, pin.marker) for package, pin in read_lock(CI / "requirements-dev.lock").items()}
    constraints = {package: (pin.version, pin.marker) for package, pin in read_lock(CI / "constraints.txt").items()}
    assert constraints == dev


def test_the_run_lock_is_the_dev_lock_less_the_tools():
    dev, run = read_lock(CI / "requirements-dev.lock"), read_lock(CI / "requirements-run.lock")
    assert set(run) < set(dev)
    assert {package: pin.version for package, pin in run.items()} == {package: dev[package].version for package in run}


def test_the_lock_reader_notices_a_disagreement(tmp_path):
    """The checks above can fail: a lock with an older Babel than pyproject allows, and a pin without hashes."""
    lock = tmp_path / "old.lock"
    lock.write_text("babel==2.9.0 \\\n    --hash=sha256:" + "0" * 64 + "\n    # via leerwerk (pyproject.toml)\n")
    babel = next(r for r in asked_for(()) if canonicalize_name(r.name) == "babel")
    pin = read_lock(lock)["babel"]
    assert pin.via == ["leerwerk (pyproject.toml)"] and not babel.specifier.contains(pin.version)
    lock.write_text("babel==2.19.0\n")
    assert read_lock(lock)["babel"].hashes == []
