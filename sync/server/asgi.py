"""The app of one worker process of ``serve --workers N``, built from the environment.

uvicorn starts each worker as a fresh Python process that imports :data:`APP_FACTORY`; the
parent passes the database URL and settings through ``DIASPORA_SERVER_*`` variables (the same
ones an administrator may set). Workers share nothing but the database: the API is stateless.
A worker logs to standard error (the service's journal), since several processes must not
rotate one log file.
"""

from __future__ import annotations

import logging
import os
import sys

from fastapi import FastAPI

from sync.server.app import create_app
from sync.server.config import ENV_DB_URL, ServerSettings
from sync.server.db import check_ready, make_engine

APP_FACTORY = "sync.server.asgi:app_from_env"


def app_from_env() -> FastAPI:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(
            f"%(asctime)s %(levelname)s [worker {os.getpid()}] %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    settings = ServerSettings.from_env()
    engine = make_engine(os.environ[ENV_DB_URL], pool_size=settings.db_pool)
    check_ready(engine, create_if_empty=False)
    return create_app(engine, settings)
