"""briefing: several news articles about one story in, one neutral, sourced
briefing out (Markdown, HTML, PDF, JSON). See ``cli`` and ``pipeline``."""

__version__ = "0.1.0"
