"""The ``clean`` stage: see :mod:`kabar.clean.stage`."""

from kabar.clean.stage import CleanOptions, clean_article, fingerprint, learnable

__all__ = ["CleanOptions", "clean_article", "fingerprint", "learnable"]
