"""Batch coding: stream a corpus through the coder (in process, a process pool or Dask) into a store."""

from eventwire.batch.run import BatchProgress, BatchSummary, run_batch

__all__ = ["BatchProgress", "BatchSummary", "run_batch"]
