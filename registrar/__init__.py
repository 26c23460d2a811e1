"""Registrar core: the encrypted vault, the data model, biometrics and sync, with no Qt in it."""

import os as _os

# OpenCV reads this once when it loads; setting it here, before anything can import cv2,
# caps decoding for the whole process (see registrar/biometrics/cv.py).
_os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", "50000000")

__version__ = "0.1.0"
