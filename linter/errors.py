"""Errors that stop medlint from doing its job (exit code 2)."""


class MedlintError(Exception):
    """Anything that means medlint itself cannot do the job asked of it."""


class ConfigError(MedlintError):
    """A configuration file, rule pack or option is wrong. The message names where."""


class UsageError(MedlintError):
    """The command line asks for something that does not exist."""
