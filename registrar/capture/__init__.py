"""The Camera protocol and document capture (issue [3/6])."""
