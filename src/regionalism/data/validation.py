"""Validate a dataset folder, a ``datapackage.json`` or a folder of dataset folders against its codebook.

:func:`validate` runs the same checks as the test suite (see
:mod:`regionalism.data.checks`): encoding and table shape, columns, types,
categories, constraints, primary and foreign keys, and the project's own
rules declared in the descriptor under ``x_regionalism`` (dated spells in
order and not overlapping, states that exist in the years given, sources that
resolve in the bibliography, design spells for every security institution).
A user's dataset (``x_regionalism.overlay``) is checked against the shipped
codebooks and data (:mod:`regionalism.data.user_checks`). Every problem names
the file, the line, the column, the value and what was expected.
"""
from __future__ import annotations

from pathlib import Path

from regionalism.data.checks import (Problem, TableRegistry, ValidationError, ValidationReport, check_keys,
                                     check_types, descriptor_problems, read_table_text, run_check)
from regionalism.data.paths import datasets_root
from regionalism.data.schema import TableSchema, read_descriptor
from regionalism.data.user_checks import check_folder

__all__ = ["validate", "Problem", "ValidationReport", "ValidationError"]


def _descriptors(path: Path) -> list[Path]:
    if path.is_file() and path.name == "datapackage.json":
        return [path]
    if path.is_dir() and (path / "datapackage.json").is_file():
        return [path / "datapackage.json"]
    if path.is_dir():
        found = sorted(path.glob("*/datapackage.json"))
        if found:
            return found
    return []


def validate(path: str | Path, *, raise_on_error: bool = False, shipped: bool = True) -> ValidationReport:
    """Check one dataset, or every dataset in a folder, against its codebook.

    Parameters
    ----------
    path : str or pathlib.Path
        A dataset folder (holding ``datapackage.json``), a ``datapackage.json``
        file, or a folder whose sub-folders are datasets (e.g. ``datasets/``).
    raise_on_error : bool, default False
        Raise :class:`ValidationError` instead of returning a report with problems.
    shipped : bool, default True
        Resolve foreign keys against the package's shipped datasets too (so a
        user's table may refer to the shipped ``states`` or ``organizations``).

    Returns
    -------
    ValidationReport
        ``.ok`` is True when nothing is wrong; ``.problems`` lists each problem
        with file, line, column, value and what was expected; ``.to_frame()``
        gives them as a DataFrame.

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    TypeError
        If ``path`` is not a path.

    Notes
    -----
    A descriptor is checked for structure first (:func:`~regionalism.data.checks.descriptor_problems`);
    nothing outside the descriptor's folder is ever read (a ``path`` such as
    ``../../etc/passwd`` is a problem), and ``pattern`` constraints cannot hang
    the check (:mod:`regionalism.data.patterns`).

    Examples
    --------
    >>> import regionalism as rg
    >>> report = rg.validate(rg.data.datasets_root() / "mia")
    >>> report.ok
    True
    """
    if path is None or not isinstance(path, (str, Path)):
        raise TypeError(f"validate() needs a folder or datapackage.json path, got {type(path).__name__}")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: give a dataset folder (with datapackage.json), "
                                "a datapackage.json file or a folder of dataset folders")
    report = ValidationReport()
    descs = _descriptors(path)
    if not descs:
        report.problems.append(Problem(str(path), None, None, None,
                                       "a dataset folder with datapackage.json, or a folder of such folders",
                                       "no datapackage"))
    roots: list[Path] = []
    for d in descs:
        if d.parent.parent not in roots:
            roots.append(d.parent.parent)
    if shipped:
        try:
            roots.append(datasets_root())
        except FileNotFoundError:
            pass
    registry = TableRegistry(roots)
    for desc_path in descs:
        _validate_package(desc_path, registry, report)
    if raise_on_error:
        report.raise_if_problems()
    return report


def _validate_package(desc_path: Path, registry: TableRegistry, report: ValidationReport) -> None:
    try:
        desc = read_descriptor(desc_path)
    except (ValueError, OSError) as exc:
        report.problems.append(Problem(str(desc_path), None, None, None, f"valid JSON ({exc})", "descriptor"))
        return
    extension = desc.get("x_regionalism") if isinstance(desc, dict) else None
    extension = extension if isinstance(extension, dict) else {}
    if extension.get("overlay"):
        # a user's dataset (regionalism new-region): checked against the shipped codebooks and data
        result = check_folder(desc_path.parent)
        report.problems.extend(result.report.problems)
        report.checked.extend(result.report.checked)
        report.notes.extend(result.report.notes)
        return
    structure = descriptor_problems(desc, desc_path)
    if structure:  # nothing is read from a descriptor that is malformed or points outside its folder
        report.problems.extend(structure)
        return
    for res in desc.get("resources", []):
        file = desc_path.parent / res["path"]
        report.checked.append(str(file))
        problems = report.problems
        frame = read_table_text(file, problems)
        if frame is None:
            continue
        schema = TableSchema.from_descriptor(res["schema"])
        typed = check_types(file, frame, schema, problems)
        if typed is None:
            continue
        registry.cache[res["name"]] = typed
        check_keys(file, typed, schema, registry, problems)
        checks = extension.get("checks", [])
        for check in checks if isinstance(checks, list) else [checks]:
            if isinstance(check, dict) and check.get("resource", res["name"]) != res["name"]:
                continue
            run_check(check, file, desc_path.parent, typed, registry, problems)
