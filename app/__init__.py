"""Nabij: an offline companion for Werk & Inkomen consultants."""

__version__ = "0.1.0"
