"""Qt-free services: every create, update and delete goes through here, validated and audited.

`SERVICES` and `service_for` come from the catalogue, which imports every service; it loads when one
of them is first asked for, so a window that imports only the services of its first tab starts sooner.
"""

__all__ = ["SERVICES", "service_for"]


def __getattr__(name: str):
    if name in __all__:
        from desktop.services import catalogue

        return getattr(catalogue, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
