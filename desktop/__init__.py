"""Diaspora Desk: the offline-first desktop application."""

__version__ = "0.1.0"
APP_NAME = "Diaspora Desk"
APP_ID = "DiasporaDesk"
