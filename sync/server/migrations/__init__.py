"""Alembic environment of the central server's database (run from code by ``migrate``)."""
