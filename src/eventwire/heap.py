"""Freed memory handed back to the operating system between batches (glibc's ``malloc_trim``).

spaCy's parser and entity recognizer allocate large temporary arrays for every batch of documents.
glibc keeps what a process frees for later reuse instead of returning it, so the resident set of a
long-running coder creeps up towards and past its largest batch: measured on the Reuters sample, a
process at 290 MB after loading held 757 MB after 2,000 articles, of which ``malloc_trim`` gave back
all but about 20 MB (docs/performance.md). Batch workers call :func:`release_free_memory` after each
chunk and the server's coder after each article; a call takes a few milliseconds. Without glibc
(macOS, musl) it does nothing.

A process that codes one input and ends (``eventwire code``) wants the opposite: by default glibc
serves blocks above a threshold that starts at 128 KB with fresh ``mmap`` pages and gives the top of
its heap back as soon as 128 KB of it are free, so the arrays of every batch fault their pages in
anew. :func:`hold_freed_memory` sets both thresholds high (``mallopt``): on the 150 articles of
``benchmarks/throughput.py`` the minor page faults of ``eventwire code`` fall from about 153,000 to
75,000 and its system time by about 0.3 s, for 10 MB more peak RSS (docs/performance.md). Such a
process also does better without huge pages (:func:`skip_huge_pages`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):  # a C library without malloc_trim
        return None
    return trim


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)
HELD_MMAP_THRESHOLD = 32 * 1024 * 1024  # the largest glibc accepts on 64-bit systems
HELD_TRIM_THRESHOLD = 256 * 1024 * 1024


@cache
def _mallopt() -> Callable[[int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        mallopt: Callable[[int, int], int] = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # a C library without mallopt
        return None
    return mallopt


def hold_freed_memory() -> bool:
    """Serve blocks up to 32 MB from the C heap and keep up to 256 MB of its freed top for reuse,
    for a process that ends when its input is coded; False where that cannot be set."""
    mallopt = _mallopt()
    if mallopt is None:
        return False
    mmap_set = mallopt(_M_MMAP_THRESHOLD, HELD_MMAP_THRESHOLD)
    trim_set = mallopt(_M_TRIM_THRESHOLD, HELD_TRIM_THRESHOLD)
    return bool(mmap_set and trim_set)


def _huge_page_switch() -> Callable[[bool], bool] | None:
    """numpy's switch for asking for huge pages (in ``numpy._core``, or ``numpy.core`` before numpy 2)."""
    import numpy

    core = getattr(numpy, "_core", None) or getattr(numpy, "core", None)
    switch: Callable[[bool], bool] | None = getattr(
        getattr(core, "multiarray", None), "_set_madvise_hugepage", None
    )
    return switch


def skip_huge_pages() -> bool:
    """Stop numpy from asking the kernel to back its arrays with transparent huge pages.

    On Linux numpy advises huge pages (``madvise(MADV_HUGEPAGE)``) for every array of 4 MB or more, as
    its ``NUMPY_MADVISE_HUGEPAGE`` setting does by default. Where the kernel grants them on request only
    (``/sys/kernel/mm/transparent_hugepage/enabled`` at ``madvise``, a common default), every first touch
    of such an array's memory then clears a whole 2 MB page: for ``eventwire code`` on the 150 articles of
    ``benchmarks/throughput.py``, about 0.3 s of kernel time, while the model ran no faster with them
    (docs/performance.md). The same setting as ``NUMPY_MADVISE_HUGEPAGE=0``, made after numpy is
    imported; False when this numpy has no such switch.
    """
    switch = _huge_page_switch()
    if switch is None:
        return False
    switch(False)
    return True


def release_free_memory() -> bool:
    """Return the C heap's free pages to the operating system; False where that is not possible."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
