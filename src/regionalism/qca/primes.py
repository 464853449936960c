"""Exact prime implicant generation and minimal covers of prime implicant charts.

Prime implicants
    An implicant is written as a positive (OUT = 1) row ``m`` with a set
    ``S`` of *free* conditions (those minimized away). The implicant contains
    a row ``p`` exactly when ``p`` agrees with ``m`` outside ``S``, i.e. when
    ``D(m, p)`` (the set of conditions on which they differ) is a subset of
    ``S``. So the implicant is allowed (contains no row that is neither
    positive nor a don't-care) iff ``S`` contains no ``D(m, p)`` over the
    forbidden rows ``p``; it is prime iff ``S`` is a maximal such set. For
    every positive row the ``2**k`` free sets are held as one boolean array:
    the forbidden difference sets are marked, closed upwards (a superset of
    a forbidden set is forbidden) with ``k`` vectorized passes, and the
    maximal allowed sets read off with ``k`` more passes. Every prime
    implicant covering some positive row is found from each positive row it
    contains; duplicates are removed. This is exact and equivalent to the
    Quine-McCluskey procedure (Quine 1952; McCluskey 1956). With remainders
    as don't-cares the forbidden rows are the negative and contradictory
    rows only (R QCA's parsimonious prime implicants: those of the function
    that is 0 exactly on them); without, every non-positive configuration is
    forbidden (the conservative solution). The cost is ``O(n_pos * k * 2**k)``
    booleans, whatever the number of levels of the conditions; for more than
    ``MAX_FREE_SET_CONDITIONS`` conditions a sparse Quine-McCluskey is used.

Minimal covers
    Found exactly (Petrick-style branch and bound on bitsets) after fixing
    essential prime implicants, dropping columns that contain another column
    and merging prime implicants that cover the same remaining columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

import numpy as np

from regionalism.qca.expressions import Implicant, r_order, sort_key
from regionalism.qca.sets import decode_rows

#: largest number of conditions handled by the free-set (``2**k``) algorithm
MAX_FREE_SET_CONDITIONS = 22
#: largest number of configurations (truth-table rows) enumerated explicitly
MAX_ROWS = 1 << 26
#: the sparse Quine-McCluskey is used when the allowed rows are fewer than
#: ``1 / SPARSE_RATIO`` of all rows
SPARSE_RATIO = 256
#: booleans per working block of the free-set algorithm
_BLOCK = 1 << 24


def prime_implicants(on_rows: np.ndarray, dc_rows: np.ndarray,
                     noflevels: Sequence[int]) -> list[Implicant]:
    """All prime implicants covering at least one positive row.

    Parameters
    ----------
    on_rows : ndarray of int
        0-based row indices (mixed radix, first condition most significant)
        of the positive configurations.
    dc_rows : ndarray of int
        0-based row indices usable as don't-cares (e.g. remainders).
    noflevels : sequence of int
        Number of levels of each condition.

    Returns
    -------
    list of tuple
        Prime implicants (``-1`` = condition absent), in R QCA order (fewer
        literals first, then condition by condition; see ``r_order``).

    Notes
    -----
    See the module docstring: free-set search per positive row, exact.

    Examples
    --------
    >>> prime_implicants(np.array([2, 3]), np.array([], dtype=int), [2, 2])
    [(1, -1)]
    """
    k = len(noflevels)
    on_rows = np.unique(np.asarray(on_rows, dtype=np.int64))
    dc_rows = np.asarray(dc_rows, dtype=np.int64)
    if on_rows.size == 0:
        return []
    if k == 0:
        return [()]
    total = int(np.prod([int(v) for v in noflevels], dtype=object))
    if (k > MAX_FREE_SET_CONDITIONS or total > MAX_ROWS
            or (on_rows.size + dc_rows.size) * SPARSE_RATIO < total):
        return _prime_implicants_sparse(on_rows, dc_rows, noflevels)
    allowed = np.zeros(total, dtype=bool)
    allowed[on_rows] = True
    allowed[dc_rows] = True
    on_vals = decode_rows(on_rows, noflevels)
    binary = all(int(v) == 2 for v in noflevels)
    full = 1 << k
    if binary:
        forbidden = ~allowed
        free_sets = np.arange(full, dtype=np.int64)
    else:
        off_vals = decode_rows(np.flatnonzero(~allowed), noflevels)
        weights = (1 << np.arange(k - 1, -1, -1)).astype(np.int64)
    chunk = max(1, _BLOCK // full)
    if not binary and off_vals.shape[0]:
        chunk = max(1, min(chunk, _BLOCK // (off_vals.shape[0] * k)))
    found_rows, found_sets = [], []
    for s in range(0, on_rows.size, chunk):
        rows = on_rows[s:s + chunk]
        n = rows.size
        if binary:
            # bit b of a free set = condition k-1-b, as in the row codes
            bad = forbidden[rows[:, None] ^ free_sets[None, :]]
        else:
            bad = np.zeros((n, full), dtype=bool)
            if off_vals.shape[0]:
                diff = (on_vals[s:s + n, None, :] != off_vals[None, :, :]) @ weights
                bad[np.repeat(np.arange(n), off_vals.shape[0]), diff.ravel()] = True
        maximal = _maximal_allowed_sets(bad, k)
        i, fs = np.nonzero(maximal)
        found_rows.append(i + s)
        found_sets.append(fs)
    idx = np.concatenate(found_rows)
    sets = np.concatenate(found_sets).astype(np.int64)
    shifts = np.arange(k - 1, -1, -1)
    imps = np.where((sets[:, None] >> shifts[None, :]) & 1 == 1, -1, on_vals[idx])
    return _sorted_unique(imps, noflevels)


def prime_implicants_off(on_rows: np.ndarray, off_rows: np.ndarray,
                         noflevels: Sequence[int]) -> list[Implicant]:
    """Prime implicants when every row that is not forbidden is a don't-care.

    The parsimonious case without enumerating the remainders: only the
    positive (``on_rows``) and forbidden (``off_rows``, negative and
    contradictory) configurations are used, so the cost does not grow with
    the ``prod(noflevels)`` possible rows.

    Parameters
    ----------
    on_rows, off_rows : ndarray of int
        0-based row indices of the positive and of the forbidden rows.
    noflevels : sequence of int

    Returns
    -------
    list of tuple
        The same prime implicants as ``prime_implicants(on_rows, dc_rows)``
        with ``dc_rows`` = all other rows, in the same order.

    Notes
    -----
    An implicant through positive row ``m`` that keeps the conditions ``T``
    at ``m``'s values contains forbidden row ``p`` iff ``T`` avoids
    ``D(m, p)``, the conditions on which they differ. So the prime
    implicants through ``m`` are the minimal transversals (hitting sets) of
    ``{D(m, p)}``, enumerated depth first with the minimality test of
    Murakami and Uno (2014): every chosen condition must have a private
    difference set.

    Examples
    --------
    >>> prime_implicants_off(np.array([3]), np.array([0]), [2, 2])
    [(1, -1), (-1, 1)]
    """
    k = len(noflevels)
    on_rows = np.unique(np.asarray(on_rows, dtype=np.int64))
    off_rows = np.unique(np.asarray(off_rows, dtype=np.int64))
    if on_rows.size == 0:
        return []
    if k == 0 or off_rows.size == 0:
        return [tuple([-1] * k)]
    if k > 62:
        raise ValueError(f"{k} conditions: at most 62 are supported")
    on_vals = decode_rows(on_rows, noflevels)
    off_vals = decode_rows(off_rows, noflevels)
    weights = [1 << (k - 1 - j) for j in range(k)]
    w = np.asarray(weights, dtype=np.int64)
    found: set[tuple[int, int]] = set()  # (row index, fixed-condition mask)
    for i in range(on_vals.shape[0]):
        diffs = ((on_vals[i][None, :] != off_vals) @ w).tolist()
        for t in _minimal_transversals(diffs, k):
            found.add((i, t))
    idx = np.fromiter((f[0] for f in found), dtype=np.int64, count=len(found))
    masks = np.fromiter((f[1] for f in found), dtype=np.int64, count=len(found))
    shifts = np.arange(k - 1, -1, -1)
    fixed = ((masks[:, None] >> shifts[None, :]) & 1) == 1
    imps = np.where(fixed, on_vals[idx], -1)
    return _sorted_unique(imps, noflevels)


def _minimal_transversals(edges: list[int], k: int) -> list[int]:
    """All minimal hitting sets (bitmasks) of a family of non-empty bitmasks."""
    edges = sorted(set(edges), key=lambda e: e.bit_count())
    minimal: list[int] = []
    for e in edges:  # drop supersets: they are hit whenever a subset is
        if not any(m & e == m for m in minimal):
            minimal.append(e)
    edges = minimal
    out: list[int] = []

    def extend(chosen: int, members: list[int], uncovered: list[int], cand: int) -> None:
        if not uncovered:
            out.append(chosen)
            return
        e = min(uncovered, key=lambda x: (x & cand).bit_count())
        options = e & cand
        while options:
            v = options & -options
            options ^= v
            cand &= ~v
            new = chosen | v
            # minimality: every chosen condition keeps a private edge
            ok = True
            for u in members + [v]:
                if not any(x & new == u for x in edges):
                    ok = False
                    break
            if ok:
                extend(new, members + [v], [x for x in uncovered if not x & v], cand)
        return

    extend(0, [], edges, (1 << k) - 1)
    return out


def _maximal_allowed_sets(bad: np.ndarray, k: int) -> np.ndarray:
    """Maximal free sets containing no forbidden set (``bad`` is closed upwards in place).

    ``bad`` has shape ``(n, 2**k)``; ``bad[i, S]`` marks free sets ``S`` equal
    to a forbidden difference set of row ``i``.
    """
    n = bad.shape[0]
    for j in range(k):
        v = bad.reshape(n, 1 << (k - 1 - j), 2, 1 << j)
        v[:, :, 1, :] |= v[:, :, 0, :]
    good = ~bad
    for j in range(k):
        g = good.reshape(n, 1 << (k - 1 - j), 2, 1 << j)
        b = bad.reshape(n, 1 << (k - 1 - j), 2, 1 << j)
        g[:, :, 0, :] &= b[:, :, 1, :]  # adding condition j must make the set forbidden
    return good


def _sorted_unique(imps: np.ndarray, noflevels: Sequence[int]) -> list[Implicant]:
    """Distinct implicants (rows of ``imps``) in R QCA order (``r_order`` of the
    lexicographic order ``sort_key``)."""
    if imps.shape[0] == 0:
        return []
    base = [int(v) + 1 for v in noflevels]
    if int(np.prod(base, dtype=object)) < (1 << 62):
        # one integer per implicant (digits value + 1, 0 = absent): 1-D unique
        weights = np.cumprod([1] + base[:0:-1], dtype=np.int64)[::-1]
        _, first = np.unique((imps + 1) @ weights, return_index=True)
        imps = imps[first]
    else:
        imps = np.unique(imps, axis=0)
    key = np.where(imps == -1, np.iinfo(np.int64).max, imps)
    n_lit = (imps != -1).sum(axis=1)
    order = np.lexsort(tuple(key[:, j] for j in range(imps.shape[1] - 1, -1, -1)) + (n_lit,))
    imps = imps[order]
    return [tuple(r) for r in imps[r_order(imps)].tolist()]


def _prime_implicants_sparse(on_rows: np.ndarray, dc_rows: np.ndarray,
                             noflevels: Sequence[int]) -> list[Implicant]:
    """Quine-McCluskey on sets of implicants (for very many conditions)."""
    allowed_rows = np.union1d(on_rows, dc_rows)
    current = {tuple(int(v) for v in r) for r in decode_rows(allowed_rows, noflevels)}
    on_set = {tuple(int(v) for v in r) for r in decode_rows(on_rows, noflevels)}
    k = len(noflevels)
    primes: set[Implicant] = set()
    while current:
        merged: set[Implicant] = set()
        used: set[Implicant] = set()
        for imp in current:
            for j in range(k):
                if imp[j] == -1:
                    continue
                siblings = [imp[:j] + (v,) + imp[j + 1:] for v in range(noflevels[j])]
                if all(s in current for s in siblings):
                    merged.add(imp[:j] + (-1,) + imp[j + 1:])
                    used.update(siblings)
        primes.update(current - used)
        current = merged

    def covers_on(imp: Implicant) -> bool:
        return any(all(i == -1 or i == v for i, v in zip(imp, row)) for row in on_set)

    out = sorted((p for p in primes if covers_on(p)), key=sort_key)
    return [out[i] for i in r_order(out)]


def coverage_matrix(implicants: Sequence[Implicant], rows: np.ndarray) -> np.ndarray:
    """Boolean matrix (implicants x rows): does the implicant cover the row?

    Parameters
    ----------
    implicants : sequence of tuple
    rows : ndarray, shape (n_rows, n_conditions)
        Condition values of the rows.
    """
    imps = np.asarray(implicants, dtype=np.int64).reshape(len(implicants), -1)
    rows = np.asarray(rows, dtype=np.int64)
    out = np.ones((imps.shape[0], rows.shape[0]), dtype=bool)
    if out.size == 0:
        return out
    for j in range(imps.shape[1]):
        col = imps[:, j, None]
        out &= (col == -1) | (col == rows[None, :, j])
    return out


def _bits(matrix: np.ndarray) -> list[int]:
    """Rows of a boolean matrix as Python integer bitsets (column i = bit i)."""
    if matrix.shape[1] == 0:
        return [0] * matrix.shape[0]
    packed = np.packbits(matrix, axis=1, bitorder="little")
    return [int.from_bytes(r.tobytes(), "little") for r in packed]


def row_dominance(chart: np.ndarray) -> np.ndarray:
    """Indices of prime implicants kept after removing dominated ones.

    A prime implicant is dominated when another one covers a proper superset
    of its columns, or the same columns and comes earlier in the order.
    """
    bits = _bits(chart)
    keep = []
    for i, b in enumerate(bits):
        dominated = False
        for j, c in enumerate(bits):
            if i == j:
                continue
            if b & c == b and (b != c or j < i):
                dominated = True
                break
        if not dominated:
            keep.append(i)
    return np.array(keep, dtype=np.int64)


def essential_implicants(chart: np.ndarray) -> list[int]:
    """Indices of essential prime implicants (sole cover of some column)."""
    counts = chart.sum(axis=0)
    ess = set()
    for col in np.nonzero(counts == 1)[0]:
        ess.add(int(np.nonzero(chart[:, col])[0][0]))
    return sorted(ess)


def minimal_covers(chart: np.ndarray, *, all_sol: bool = False,
                   max_solutions: int | None = None) -> list[tuple[int, ...]]:
    """All minimal covers of a prime implicant chart.

    Parameters
    ----------
    chart : ndarray of bool, shape (n_implicants, n_columns)
    all_sol : bool
        False: all covers with the minimum number of prime implicants (R's
        default). True: all irredundant covers, whatever their size.
    max_solutions : int, optional
        Return at most this many covers (the first ones in the order below;
        None: no limit).

    Returns
    -------
    list of tuple of int
        Each cover as sorted implicant indices; sorted by size, then
        lexicographically.

    Notes
    -----
    Exact. Essential implicants are fixed first and columns that contain
    another column are dropped (they are covered whenever the smaller one
    is). Implicants covering the same remaining columns are merged into one
    class: a minimal (or irredundant) cover never holds two implicants of
    one class, so the covers are the covers of the class chart with each
    class replaced by each of its members. Minimum covers of the class chart
    are enumerated by iterative deepening on the size: branch on the column
    with the fewest candidates, exclude candidates already tried in sibling
    branches (so every cover is generated once), prune when the largest
    column counts of the remaining picks cannot cover what is left, and
    solve the last two picks by vectorized subset tests.

    Examples
    --------
    >>> chart = np.array([[1, 1, 0], [0, 1, 1], [1, 0, 1], [0, 0, 1]], dtype=bool)
    >>> minimal_covers(chart)
    [(0, 1), (0, 2), (0, 3), (1, 2)]
    >>> minimal_covers(chart, max_solutions=2)
    [(0, 1), (0, 2)]
    """
    chart = np.asarray(chart, dtype=bool)
    n_col = chart.shape[1]
    if n_col == 0:
        return [()]
    if not chart.any(axis=0).all():
        raise ValueError("the prime implicant chart has a column no implicant covers")
    essential = essential_implicants(chart)
    covered = chart[essential].any(axis=0) if essential else np.zeros(n_col, dtype=bool)
    if covered.all():
        return [tuple(essential)]
    sub = chart[:, ~covered].copy()
    sub[essential] = False
    # drop columns whose implicant set contains another column's set
    col_sets = _bits(np.ascontiguousarray(sub.T))
    order = sorted(range(len(col_sets)), key=lambda c: (col_sets[c].bit_count(), c))
    kept: list[int] = []
    for c in order:
        s = col_sets[c]
        if not any(col_sets[d] & s == col_sets[d] for d in kept):
            kept.append(c)
    sub = sub[:, sorted(kept)]
    # classes of implicants covering the same (non-empty) set of remaining columns
    rows = np.flatnonzero(sub.any(axis=1))
    _, first, inverse = np.unique(sub[rows], axis=0, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    members: list[list[int]] = [[] for _ in range(first.size)]
    for r, c in zip(rows.tolist(), inverse.tolist()):
        members[c].append(r)
    class_chart = sub[rows[first]]
    if all_sol:
        class_covers = _irredundant_covers(class_chart)
    else:
        class_covers = _minimum_covers(class_chart)
    out = set()
    for cc in class_covers:
        for pick in product(*(members[c] for c in cc)):
            out.add(tuple(sorted(essential + list(pick))))
    sols = sorted(out, key=lambda s: (len(s), s))
    return sols if max_solutions is None else sols[:max_solutions]


def _pack(matrix: np.ndarray) -> np.ndarray:
    """Rows of a boolean matrix as ``uint64`` words (shape ``(n_rows, n_words)``)."""
    n, m = matrix.shape
    words = max(1, -(-m // 64))
    padded = np.zeros((n, words * 64), dtype=bool)
    padded[:, :m] = matrix
    return np.packbits(padded, axis=1, bitorder="little").view(np.uint64).reshape(n, words)


def _minimum_covers(chart: np.ndarray) -> list[tuple[int, ...]]:
    """All covers of ``chart`` (rows = candidates) with the fewest rows; exact.

    Iterative deepening on the size. At a node with ``r`` picks left, the
    allowed candidates are grouped by the uncovered columns they cover
    (members of a group are interchangeable below the node) and the search
    branches on the groups containing the uncovered column with the fewest
    groups; candidates tried in earlier sibling branches are excluded, so
    every cover is generated once. Bounds: the ``r`` largest gains must
    reach the number of uncovered columns, and the fractional bound
    ``sum over uncovered columns c of 1 / best_c <= r`` (``best_c`` = largest
    gain of a candidate covering ``c``; one pick adds at most 1 to the sum),
    also applied one level ahead. The last pick is a vectorized superset test
    and the last two a vectorized pair test.
    """
    n, n_col = chart.shape
    masks = _pack(chart)
    n_words = masks.shape[1]
    popcount = np.bitwise_count
    found: list[tuple[np.ndarray, ...]] = []
    eps = 1e-9

    def search(chosen: tuple[np.ndarray, ...], u_words: np.ndarray, allowed: np.ndarray,
               r: int) -> None:
        n_left = int(popcount(u_words).sum())
        if n_left == 0:
            found.append(chosen)
            return
        if r == 0:
            return
        idx = np.flatnonzero(allowed)
        inter = masks[idx] & u_words
        useful = inter.any(axis=1)
        idx, inter = idx[useful], inter[useful]
        if idx.size == 0:
            return
        gain = popcount(inter).sum(axis=1, dtype=np.int64)
        if r == 1:
            hits = idx[gain == n_left]
            if hits.size:
                found.append(chosen + (hits,))
            return
        top = np.sort(np.partition(gain, gain.size - r)[gain.size - r:] if gain.size > r
                      else gain)
        if int(top.sum()) < n_left:
            return
        # a member of a cover needs gain >= what the other r - 1 picks cannot reach
        keep = gain >= n_left - int(top[1:].sum())
        if not keep.all():
            idx, inter, gain = idx[keep], inter[keep], gain[keep]
        ucols = np.flatnonzero(np.unpackbits(u_words.view(np.uint8),
                                             bitorder="little")[:n_col])
        ccols = np.unpackbits(inter.view(np.uint8), axis=1, bitorder="little")[:, ucols]
        weight = 1.0 / np.maximum((ccols * gain[:, None]).max(axis=0), 1e-300)
        if float(weight.sum()) > r + eps:
            return
        if r == 2:
            col = int(np.argmin(ccols.sum(axis=0, dtype=np.int64)))
            cand = np.flatnonzero(ccols[:, col])
            cand = cand[(1 - ccols[cand]) @ weight <= 1 + eps]
            if cand.size == 0:
                return
            # pairs: a covers col, b covers what a leaves; b is not a nor a candidate
            # tried before a (those pairs were found from b)
            rest = u_words & ~inter[cand]
            ok = ((inter[None, :, :] & rest[:, None, :]) == rest[:, None, :]).all(axis=2)
            ok[:, cand] &= ~np.tri(cand.size, dtype=bool)
            for i in np.flatnonzero(ok.any(axis=1)).tolist():
                found.append(chosen + (idx[cand[i]:cand[i] + 1], idx[ok[i]]))
            return
        if n_words == 1:
            vals, first, inv = np.unique(inter[:, 0], return_index=True, return_inverse=True)
            vals = vals[:, None]
        else:
            vals, first, inv = np.unique(inter, axis=0, return_index=True,
                                         return_inverse=True)
        inv = inv.ravel()
        gcols = ccols[first]
        col = int(np.argmin(gcols.sum(axis=0, dtype=np.int64)))
        cand = np.flatnonzero(gcols[:, col])
        # look ahead: the same bound for the node below each candidate (its column
        # weights can only grow); candidates failing it are in no cover here
        cand = cand[(1 - gcols[cand]) @ weight <= r - 1 + eps]
        if cand.size == 0:
            return
        # and the gain bound of each child, all children at once
        child_u = u_words & ~vals[cand]
        child_left = popcount(child_u).sum(axis=1, dtype=np.int64)
        reach = np.empty(cand.size, dtype=np.int64)
        step = max(1, (1 << 22) // (idx.size * n_words))
        for s in range(0, cand.size, step):
            cg = popcount(inter[None, :, :] & child_u[s:s + step, None, :]).sum(
                axis=2, dtype=np.int64)
            if cg.shape[1] > r - 1:
                cg = np.partition(cg, cg.shape[1] - (r - 1), axis=1)[:, cg.shape[1] - (r - 1):]
            reach[s:s + step] = cg.sum(axis=1)
        allowed = allowed.copy()
        for t, g in enumerate(cand.tolist()):
            members = idx[inv == g]
            allowed[members] = False  # covers with g are all found in this branch
            if reach[t] >= child_left[t]:
                search(chosen + (members,), u_words & ~vals[g], allowed, r - 1)

    everything = np.ones(n, dtype=bool)
    u0 = _pack(np.ones((1, n_col), dtype=bool))[0]
    gain0 = chart.sum(axis=1)
    size = max(1, int(np.ceil((1.0 / (chart * gain0[:, None]).max(axis=0)).sum() - eps)))
    while not found:
        search((), u0, everything, size)
        size += 1
    return [tuple(sorted(c)) for f in found for c in product(*(g.tolist() for g in f))]


def _irredundant_covers(chart: np.ndarray) -> list[tuple[int, ...]]:
    """All irredundant covers of ``chart`` (no row can be dropped), any size.

    Branches on the uncovered column with the fewest candidates, excluding
    candidates tried in sibling branches; a branch is cut as soon as a chosen
    row has no column of its own left (adding rows never gives it one back).
    """
    cols = _bits(np.ascontiguousarray(chart.T))
    imp_cols = _bits(chart)
    all_cols = (1 << len(cols)) - 1
    found: list[tuple[int, ...]] = []

    def irredundant(chosen: list[int]) -> bool:
        for a in range(len(chosen)):
            rest = 0
            for b in range(len(chosen)):
                if b != a:
                    rest |= imp_cols[chosen[b]]
            if imp_cols[chosen[a]] & ~rest == 0:
                return False
        return True

    def search(chosen: list[int], uncov: int, allowed: int) -> None:
        if uncov == 0:
            found.append(tuple(sorted(chosen)))
            return
        best_c, best_n = -1, 1 << 30
        x = uncov
        while x:
            low = x & -x
            c = low.bit_length() - 1
            n = (cols[c] & allowed).bit_count()
            if n < best_n:
                best_c, best_n = c, n
            x ^= low
        if best_n == 0:
            return
        branch = cols[best_c] & allowed
        while branch:
            low = branch & -branch
            i = low.bit_length() - 1
            chosen.append(i)
            if irredundant(chosen):
                search(chosen, uncov & ~imp_cols[i], allowed & ~low)
            chosen.pop()
            allowed &= ~low  # covers with i were all found in the branch above
            branch ^= low

    search([], all_cols, (1 << chart.shape[0]) - 1)
    return found
