"""The hub server: takes stations' batches exactly once and finds people across stations."""
