"""medlint: a content-quality linter for Markdown articles on medical topics."""

__version__ = "0.1.0"
