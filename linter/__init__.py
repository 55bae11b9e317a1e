"""medlint: a content-quality linter for Markdown articles on medical topics."""

__version__ = "0.1.0"

# Where each rule's documentation lives (docs/rules.md, generated from the packs); SARIF helpUri
# and GitHub annotations link to `DOCS_URL#anchor`. A fork or mirror sets `docs-url` in its config.
DOCS_URL = "https://github.com/medlint/medlint/blob/main/docs/rules.md"
