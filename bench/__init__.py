"""Benchmarks: each prints its measurement beside a bare baseline from the same run."""
