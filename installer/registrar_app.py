"""The frozen app's entry point (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Before anything else: in the dlib child process (spawned, so it starts this same
    # executable) this runs the child's work and exits instead of opening a second app.
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
