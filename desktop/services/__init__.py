"""Qt-free services: every create, update and delete goes through here, validated and audited."""

from desktop.services.catalogue import SERVICES, service_for

__all__ = ["SERVICES", "service_for"]
