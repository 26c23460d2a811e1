"""Signed, encrypted batches, the outbox and the hub (issue [5/6])."""
