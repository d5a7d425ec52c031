"""Signing a form or trajectory: the signing pad, the signatures panel, the sign dialogs."""
