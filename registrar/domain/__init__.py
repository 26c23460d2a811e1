"""The data model of a registration: dataclasses, enums, registration ids and name keys."""

from registrar.domain.ids import RegistrationId
from registrar.domain.model import *  # noqa: F403  (the model's __all__ is the package's API)
from registrar.domain.model import __all__ as _model_all

__all__ = ["RegistrationId", *_model_all]
