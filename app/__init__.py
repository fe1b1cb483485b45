"""Taawun: a desktop companion for people who support rural cooperatives."""

__version__ = "0.1.0"
