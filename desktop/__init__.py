"""LeerWerk: placements, coaching and trainings for the training coordinator of a care organisation."""

__version__ = "0.1.0"
APP_NAME = "LeerWerk"
ORG_NAME = "LeerWerk"
