"""Use cases that compose the domain and the vault; the UI and the CLI call these."""
