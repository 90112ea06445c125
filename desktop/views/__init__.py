"""Widgets, dialogs and Qt item models. They call services and never hold SQL sessions."""
