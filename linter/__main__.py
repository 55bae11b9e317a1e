"""`python -m linter` runs the medlint command."""

from linter.cli import main

main()
