"""Fuzz targets over the public API, shared by tests/hardening/test_fuzz_api.py and benchmarks/fuzz_api.py.

Each target takes a ``random.Random`` and a scratch folder, builds one random
(often hostile) input and calls one public entry point. An exception is
*structured* when it is one of the package's documented error types
(``ValueError``, ``TypeError``, ``KeyError``, ``LookupError``, ``OSError``,
``NotImplementedError``, ``RuntimeError`` and their subclasses such as
``ValidationError`` or ``FormulaError``) **and** it was raised by
regionalism's own code (the innermost traceback frame lies in the package),
so it carries the package's message; anything else (``AttributeError``,
``IndexError``, an error raised inside pandas/numpy/statsmodels, a
``RecursionError``) is unstructured and counted.
"""
from __future__ import annotations

import json
import random
import traceback
import warnings
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

import regionalism as rg
from regionalism import cli

PACKAGE = str(Path(rg.__file__).resolve().parent)
STRUCTURED = (ValueError, TypeError, KeyError, LookupError, OSError, NotImplementedError, RuntimeError)

TEXT = ["", " ", "states", "mia", "regions", "region_year", "organization_year", "central_asia", "Central Asia",
        "KAZ", "Kazakhstan", "Korea", "Congo", "Serbia", "705", "0", "-1", "1e400", "inf", "nan", "None", "../..",
        "/etc/passwd", "é", "🙂", "\x00", "x" * 200, "exclusive", "exclusiv", "all", "a;b", "=1+1"]
NUMBERS = [0, 1, -1, 2, 705, 2019, 1946, 2025, 3000, -40000, 10**20, 0.5, -0.0, float("nan"), float("inf"),
           np.int64(2019), np.int32(705), np.float64(0.2), True, None]


def pick(rng: random.Random, pool: list) -> object:
    return pool[rng.randrange(len(pool))]


def value(rng: random.Random) -> object:
    r = rng.random()
    if r < 0.45:
        return pick(rng, TEXT)
    if r < 0.85:
        return pick(rng, NUMBERS)
    if r < 0.95:
        return [value(rng) for _ in range(rng.randrange(4))]
    return (value(rng), value(rng))


def is_structured(exc: BaseException) -> bool:
    """True for a documented error type raised by the package's own code (see the module docstring)."""
    if not isinstance(exc, STRUCTURED):
        return False
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and str(Path(frames[-1].filename).resolve()).startswith(PACKAGE)


_PANEL = None


def panel() -> pd.DataFrame:
    global _PANEL
    if _PANEL is None:
        _PANEL = rg.synthetic_panel(n_regions=8, n_years=5, seed=1)
    return _PANEL


FORMULA_TOKENS = ["secreg_depth", "secreg_exists", "polyarchy_mean", "n_states", "hhi_cinc", "region_id", "~", "+",
                  "-", "*", ":", "(", ")", "I(", "C(", "np.log(", "np.sqrt(", "**2", "0", "1", "__import__('os')",
                  ".system", "[0]", "lambda", "no_such", "'text'", "|", ",", ";", "Q('n_states')"]


def random_formula(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return "secreg_depth ~ " + " + ".join(rng.sample(["polyarchy_mean", "n_states", "hhi_cinc",
                                                          "np.log1p(n_states)", "C(region_id)"], rng.randrange(1, 4)))
    return " ".join(pick(rng, FORMULA_TOKENS) for _ in range(rng.randrange(1, 9)))


def t_load(rng, tmp):
    kwargs = {}
    if rng.random() < 0.2:
        f = tmp / "extra.csv"
        f.write_text(rng.choice(["region_id,name\nx,y\n", "", "a,b\n1,2,3\n", "region_id,name,continent,description,"
                                 "source,note\nx_y,X,Europe,d,un_m49,\n", "\x00\x01"]), encoding="utf-8")
        kwargs["extra"] = f
    rg.load(value(rng) if rng.random() < 0.5 else pick(rng, ["states", "regions", "mia"]), **kwargs)


def t_describe_cite(rng, tmp):
    (rg.describe if rng.random() < 0.5 else rg.cite)(value(rng))


def t_validate(rng, tmp):
    folder = tmp / f"v{rng.randrange(10**9)}"
    folder.mkdir()
    field = {"name": "x", "type": pick(rng, ["string", "integer", "number", "year", "date", "boolean", "strnig", 3]),
             "constraints": pick(rng, [{}, {"pattern": "(a+)+$"}, {"pattern": "["}, {"minimum": 0}, [], None])}
    res = pick(rng, [{"name": "t", "path": pick(rng, ["t.csv", "../t.csv", "/etc/passwd", "", None, 3]),
                      "schema": pick(rng, [{"fields": [field]}, {"fields": field}, {}, None, []])}, [], "x", None])
    desc = pick(rng, [{"resources": [res]}, {"resources": res}, [res], "text", {}, {"resources": [res, res]}])
    (folder / "datapackage.json").write_text(json.dumps(desc, default=str))
    (folder / "t.csv").write_bytes(rng.choice([b"x\n1\n", b"x\r1\r", b"x\n" + b"a" * 41 + b"\n", b"\xff\xfe", b"",
                                               b"x,y\n1\n", b"x\ninf\n", b"x\n1e400\n", b"x\n3000\n"]))
    rg.validate(pick(rng, [folder, folder / "nope", str(folder), None, 3, folder / "datapackage.json"]))


def t_states(rng, tmp):
    vals = [value(rng) for _ in range(rng.randrange(0, 4))]
    if rng.random() < 0.3:
        vals = np.array([pick(rng, [702, 703, 704, 705, 2, 999])] * 2)
    rg.resolve_states(vals)


def t_region(rng, tmp):
    r = rng.random()
    if r < 0.4:
        rg.region(value(rng))
    elif r < 0.8:
        rg.Region.from_members(pick(rng, ["x", "", None]), [value(rng) for _ in range(rng.randrange(3))],
                               start=pick(rng, NUMBERS[:12]), end=pick(rng, [None, 2000, 1990, 3000]))
    else:
        rg.region("central_asia").members_in(value(rng))


def t_new_region(rng, tmp):
    rg.new_region(pick(rng, TEXT), tmp / f"n{rng.randrange(10**9)}", members=[value(rng) for _ in range(2)],
                  start=pick(rng, NUMBERS))


def t_fit(rng, tmp):
    data = panel()
    f = random_formula(rng)
    r = rng.random()
    kw = {"fe": pick(rng, [None, "year", "region_id", "nope", "x) + I(1"])}
    if r < 0.5:
        rg.fit(f, data, model=pick(rng, ["ols", "logit", "firth_logit", "probit", "nope"]),
               cluster=pick(rng, [None, "region_id", "nope"]), **kw)
    elif r < 0.7:
        rg.permutation_test(f, data, term=pick(rng, ["polyarchy_mean", "nope"]), n_perm=pick(rng, [9, 0, -1]),
                            seed=1, **kw)
    elif r < 0.9:
        rg.wild_cluster_bootstrap(f, data, term=pick(rng, ["polyarchy_mean", "nope"]), cluster="region_id",
                                  n_boot=pick(rng, [9, 0]), seed=1, **kw)
    else:
        rg.leave_one_out(f, data, group=pick(rng, ["region_id", "nope"]))


def t_cli(rng, tmp):
    verb = pick(rng, ["list", "describe", "cite", "validate", "new-region", "nope", "--version"])
    args = [verb] + [str(value(rng)) for _ in range(rng.randrange(0, 3))]
    if verb == "new-region":
        args += ["--dir", str(tmp / f"c{rng.randrange(10**9)}")]
    try:
        cli.main(args)
    except SystemExit:  # argparse usage errors exit with status 2 and a usage line: structured
        pass


#: name -> target; the slow panel and QCA targets live in SLOW_TARGETS.
TARGETS: dict[str, Callable] = {"load": t_load, "describe_cite": t_describe_cite, "validate": t_validate,
                                "states": t_states, "regions": t_region, "new_region": t_new_region,
                                "fit_inference": t_fit, "cli": t_cli}


def t_panels(rng, tmp):
    r = rng.random()
    if r < 0.4:
        rg.region_year(pick(rng, [["central_asia"], "central_asia", [], [None], ["nope"]]),
                       years=pick(rng, [(2018, 2019), 2000, (2030, 2040), (2019, 2018, 2017), (np.int64(2018), 2019)]))
    elif r < 0.8:
        rg.security_institutions(pick(rng, ["central_asia", "nope", None]), pick(rng, NUMBERS),
                                 kind=pick(rng, ["all", "exclusive", "exclusiv"]))
    else:
        rg.cross_section(pick(rng, [panel(), panel().iloc[:0]]), years=pick(rng, [None, (2000, 2001), 2000]))


def t_qca(rng, tmp):
    from regionalism import qca

    x = pd.Series([rng.choice([0, 1, 2, 5, 55, np.nan]) for _ in range(8)], dtype=float)
    if rng.random() < 0.5:
        qca.calibrate(x, type=pick(rng, ["crisp", "fuzzy", "nope"]), thresholds=pick(rng, [[], [1], [0, 1, 2], "x"]))
    else:
        df = pd.DataFrame({c: [rng.randrange(2) for _ in range(8)] for c in ["A", "B", "C", "Y"]})
        qca.truth_table(df, outcome=pick(rng, ["Y", "nope"]), incl_cut=pick(rng, [0.8, 2, -1]),
                        n_cut=pick(rng, [1, -3, 0]))


SLOW_TARGETS: dict[str, Callable] = {"panels": t_panels, "qca": t_qca}


def run_one(target: Callable, rng: random.Random, tmp: Path) -> BaseException | None:
    """Call a target; return the exception if it is unstructured, else None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            target(rng, tmp)
        except Exception as exc:  # noqa: BLE001 - classifying every exception is the point
            return None if is_structured(exc) else exc
    return None
