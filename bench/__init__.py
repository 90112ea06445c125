"""Benchmarks on generated data; `make bench` runs them and writes docs/BENCHMARKS.md."""
