"""Fakes for hardware and time; each passes the contract tests of the real thing."""
