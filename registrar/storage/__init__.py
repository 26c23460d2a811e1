"""The SQLCipher vault: key slots, the connection, numbered migrations and repositories."""
