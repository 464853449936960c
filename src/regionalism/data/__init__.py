"""The data layer: load, list, describe, cite and validate the shipped datasets."""
from regionalism.data.catalog import Codebook, cite, dataset_names, describe, list_datasets, load
from regionalism.data.paths import datasets_root
from regionalism.data.validate import Problem, ValidationError, ValidationReport, validate

__all__ = [
    "Codebook", "cite", "dataset_names", "describe", "list_datasets", "load", "datasets_root",
    "Problem", "ValidationError", "ValidationReport", "validate",
]
