"""Freed memory handed back to the operating system between batches (glibc's ``malloc_trim``).

spaCy's parser and entity recognizer allocate large temporary arrays for every batch of documents.
glibc keeps what a process frees for later reuse instead of returning it, so the resident set of a
long-running coder creeps up towards and past its largest batch: measured on the Reuters sample, a
process at 290 MB after loading held 757 MB after 2,000 articles, of which ``malloc_trim`` gave back
all but about 20 MB (docs/performance.md). Batch workers call :func:`release_free_memory` after each
chunk and the server's coder after each article; a call takes a few milliseconds. Without glibc
(macOS, musl) it does nothing.
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


def release_free_memory() -> bool:
    """Return the C heap's free pages to the operating system; False where that is not possible."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
