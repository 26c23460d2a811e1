"""Registrar core: the encrypted vault, the data model, biometrics and sync, with no Qt in it."""

__version__ = "0.1.0"
