"""The PySide6 desktop app for registration officers and supervisors."""
