"""The data layer: load, list, describe, cite and validate the shipped datasets and a user's additions.

Modules, bottom to top: :mod:`~regionalism.data.paths`, :mod:`~regionalism.data.schema`
(field types and the panels' codebooks), :mod:`~regionalism.data.bibtex`,
:mod:`~regionalism.data.checks` (problems and one function per rule),
:mod:`~regionalism.data.catalog` (a :class:`~regionalism.data.catalog.Resource`
per table), :mod:`~regionalism.data.states` (``resolve_states``),
:mod:`~regionalism.data.user_checks` (a user's tables against the shipped data),
:mod:`~regionalism.data.overlay`, :mod:`~regionalism.data.tables`
(:class:`~regionalism.data.tables.Tables`, ``load``),
:mod:`~regionalism.data.validation` and :mod:`~regionalism.data.crosscheck`.
"""
from regionalism.data.catalog import Codebook, Resource, cite, dataset_names, describe, list_datasets
from regionalism.data.checks import Problem, ValidationError, ValidationReport
from regionalism.data.paths import datasets_root
from regionalism.data.states import StateResolutionError, resolve_states
from regionalism.data.tables import Tables, load

# ``validate`` (the function) is ``rg.validate``, defined in :mod:`regionalism.data.validation`; it is not bound
# here, so that ``regionalism.data.validate`` can only ever be the (deprecated) module of that name.
__all__ = [
    "Codebook", "Resource", "cite", "dataset_names", "describe", "list_datasets", "load", "datasets_root",
    "Problem", "ValidationError", "ValidationReport", "Tables", "resolve_states", "StateResolutionError",
]
