"""StoreCRM: an offline-first customer archive and membership manager for one store."""

__version__ = "0.1.0"
