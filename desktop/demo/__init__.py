"""Demo databases: a new LeerWerk file filled with realistic but entirely invented data (see `builder`)."""

from desktop.demo.builder import generate_demo

__all__ = ["generate_demo"]
