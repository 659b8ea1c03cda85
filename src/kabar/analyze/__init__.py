"""Indonesian language analysis of one clean article (see :mod:`kabar.analyze.stage`)."""

from kabar.analyze.stage import Analysis, AnalyzeOptions, analyze_article, analyze_text, to_doc

__all__ = ["Analysis", "AnalyzeOptions", "analyze_article", "analyze_text", "to_doc"]
