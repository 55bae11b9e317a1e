"""medlint's built-in rule packs (YAML). Installed as ``linter.packs``; this file makes it a package."""
