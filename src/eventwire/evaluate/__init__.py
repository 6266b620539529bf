"""Evaluators that score eventwire stages against gold standards."""
