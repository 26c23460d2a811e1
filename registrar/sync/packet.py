"""Sealed packets and signed envelopes: how sync data is encrypted, signed and checked.

A *packet* carries personal data one way: a station's batch of records to the hub, or the
hub's findings to one station. Layout (all integers big-endian)::

    b"RGPACK1\\n"  u32 header length  header (canonical JSON)  u16 signature length
    signature (Ed25519 over the magic and the header)  ciphertext

The header holds the manifest (who sent what: for a batch the station id, batch id,
sequence number and each record's id, version, size and SHA-256), the batch key wrapped to
the recipient's X25519 key (an ephemeral X25519 key, HKDF-SHA256, AES-256-GCM) and the
SHA-256 of the ciphertext. The ciphertext is AES-256-GCM under a fresh random key with the
canonical manifest as associated data; its plaintext is the items, each as a u32 length
and the bytes. So the signature covers the manifest and, through the hash, every byte of
the ciphertext: a tampered packet is refused before anything is decrypted, and each item
is checked against its hash after.

An *envelope* carries what is not secret (a receipt): canonical JSON and an Ed25519
signature over it, as one JSON object.

See docs/sync-protocol.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from registrar.errors import ErrorCode, KnownError

PROTOCOL = 1
MAGIC = b"RGPACK1\n"
KEY_ALG = "X25519-HKDF-SHA256-A256GCM"
CIPHER_ALG = "A256GCM"
_WRAP_INFO = b"registrar packet key v1"
MAX_HEADER = 8 * 1024 * 1024  # a manifest of 100,000 records is ~15 MB; batches are far smaller


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value that is signed and hashed."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise _bad(f"{what} is not valid base64") from error


def _bad(message: str, **details: object) -> KnownError:
    return KnownError(ErrorCode.PACKET_INVALID, message, **details)


# --- keys -------------------------------------------------------------------------------------


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """A party's public keys: Ed25519 to check its signatures, X25519 to seal packets to it."""

    sign: bytes  # 32 bytes
    box: bytes  # 32 bytes

    def __post_init__(self) -> None:
        if len(self.sign) != 32 or len(self.box) != 32:
            raise _bad("a public key must be 32 bytes")

    @property
    def fingerprint(self) -> str:
        """16 hex characters of SHA-256 over both keys: short enough to read out or print."""
        return sha256_hex(self.sign + self.box)[:16]

    def to_json(self) -> dict[str, str]:
        return {"sign": b64e(self.sign), "box": b64e(self.box)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PublicKeys:
        try:
            return cls(b64d(str(data["sign"]), "sign key"), b64d(str(data["box"]), "box key"))
        except KeyError as error:
            raise _bad(f"public keys lack {error.args[0]}") from error


@dataclass(frozen=True, slots=True)
class KeyPair:
    """A party's private keys (a station's or the hub's)."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(_raw_public(self.sign.public_key()), _raw_public(self.box.public_key()))

    def to_secret_json(self) -> dict[str, str]:
        """The private keys as base64; whoever stores this must keep it secret."""
        return {"sign": b64e(_raw_private(self.sign)), "box": b64e(_raw_private(self.box))}

    @classmethod
    def from_secret_json(cls, data: Mapping[str, Any]) -> KeyPair:
        try:
            sign = Ed25519PrivateKey.from_private_bytes(b64d(str(data["sign"]), "sign key"))
            box = X25519PrivateKey.from_private_bytes(b64d(str(data["box"]), "box key"))
        except (KeyError, ValueError) as error:
            raise _bad("private keys are damaged") from error
        return cls(sign, box)


def verify_signature(public_sign: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_sign).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- packets ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Packet:
    """An opened packet: the manifest the sender signed and the decrypted items."""

    manifest: dict[str, Any]
    items: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class PacketHeader:
    """What can be read from a packet without its recipient's key."""

    header: dict[str, Any]
    header_bytes: bytes
    signature: bytes
    ciphertext: bytes

    @property
    def manifest(self) -> dict[str, Any]:
        manifest = self.header.get("manifest")
        if not isinstance(manifest, dict):
            raise _bad("the packet has no manifest")
        return manifest

    def signed_by(self, public_sign: bytes) -> bool:
        return verify_signature(public_sign, self.signature, MAGIC + self.header_bytes)


def _wrap_key(content_key: bytes, recipient: PublicKeys) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box))
    kek = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient.box, info=_WRAP_INFO
    ).derive(shared)
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, content_key, ephemeral_public)
    return {
        "alg": KEY_ALG,
        "ephemeral": b64e(ephemeral_public),
        "nonce": b64e(nonce),
        "wrapped": b64e(wrapped),
    }


def _unwrap_key(key: Mapping[str, Any], recipient: KeyPair) -> bytes:
    if key.get("alg") != KEY_ALG:
        raise _bad("the packet's key is wrapped with an unknown method", alg=key.get("alg"))
    ephemeral_public = b64d(str(key.get("ephemeral", "")), "ephemeral key")
    try:
        shared = recipient.box.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as error:
        raise _bad("the packet's ephemeral key is invalid") from error
    own_public = _raw_public(recipient.box.public_key())
    kek = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + own_public, info=_WRAP_INFO
    ).derive(shared)
    try:
        return AESGCM(kek).decrypt(
            b64d(str(key.get("nonce", "")), "key nonce"),
            b64d(str(key.get("wrapped", "")), "wrapped key"),
            ephemeral_public,
        )
    except InvalidTag as error:
        raise _bad("the packet was not sealed for this recipient") from error


def seal(
    manifest: Mapping[str, Any],
    items: Sequence[bytes],
    recipient: PublicKeys,
    signer: KeyPair,
) -> bytes:
    """Encrypt ``items`` to ``recipient`` and sign the whole packet as ``signer``."""
    manifest_bytes = canonical(dict(manifest))
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    plaintext = b"".join(struct.pack(">I", len(item)) + item for item in items)
    ciphertext = AESGCM(content_key).encrypt(nonce, plaintext, manifest_bytes)
    header = {
        "protocol": PROTOCOL,
        "manifest": dict(manifest),
        "key": _wrap_key(content_key, recipient),
        "cipher": {"alg": CIPHER_ALG, "nonce": b64e(nonce)},
        "ciphertext_sha256": sha256_hex(ciphertext),
        "ciphertext_size": len(ciphertext),
    }
    header_bytes = canonical(header)
    signature = signer.sign.sign(MAGIC + header_bytes)
    return b"".join(
        (
            MAGIC,
            struct.pack(">I", len(header_bytes)),
            header_bytes,
            struct.pack(">H", len(signature)),
            signature,
            ciphertext,
        )
    )


def read_header(blob: bytes) -> PacketHeader:
    """Split a packet into its parts and check its form (not its signature)."""
    if not blob.startswith(MAGIC):
        raise _bad("this is not a Registrar packet")
    at = len(MAGIC)
    try:
        (header_length,) = struct.unpack_from(">I", blob, at)
        at += 4
        if header_length > MAX_HEADER or at + header_length > len(blob):
            raise _bad("the packet's header is cut short or too large")
        header_bytes = blob[at : at + header_length]
        at += header_length
        (signature_length,) = struct.unpack_from(">H", blob, at)
        at += 2
        signature = blob[at : at + signature_length]
        at += signature_length
    except struct.error as error:
        raise _bad("the packet is cut short") from error
    if len(signature) != 64:
        raise _bad("the packet's signature is cut short")
    try:
        header = json.loads(header_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad("the packet's header is not JSON") from error
    if not isinstance(header, dict) or canonical(header) != header_bytes:
        raise _bad("the packet's header is not in canonical form")
    if header.get("protocol") != PROTOCOL:
        raise _bad("the packet uses an unknown protocol version", protocol=header.get("protocol"))
    return PacketHeader(header, header_bytes, signature, blob[at:])


def open_packet(blob: bytes, recipient: KeyPair, sender_sign: bytes) -> Packet:
    """Check the signature and every hash, then decrypt: anything wrong raises PACKET_INVALID
    and nothing is returned."""
    parts = read_header(blob)
    if not parts.signed_by(sender_sign):
        raise KnownError(ErrorCode.SIGNATURE_INVALID, "the packet's signature does not match")
    header = parts.header
    if header.get("ciphertext_size") != len(parts.ciphertext) or header.get(
        "ciphertext_sha256"
    ) != sha256_hex(parts.ciphertext):
        raise _bad("the packet's content does not match its signed hash")
    cipher = header.get("cipher")
    if not isinstance(cipher, dict) or cipher.get("alg") != CIPHER_ALG:
        raise _bad("the packet is encrypted with an unknown method")
    key = header.get("key")
    if not isinstance(key, dict):
        raise _bad("the packet has no key")
    content_key = _unwrap_key(key, recipient)
    try:
        plaintext = AESGCM(content_key).decrypt(
            b64d(str(cipher.get("nonce", "")), "nonce"),
            parts.ciphertext,
            canonical(parts.manifest),
        )
    except InvalidTag as error:
        raise _bad("the packet's content does not decrypt") from error
    return Packet(parts.manifest, _split_items(plaintext))


def _split_items(plaintext: bytes) -> tuple[bytes, ...]:
    items = []
    at = 0
    while at < len(plaintext):
        if at + 4 > len(plaintext):
            raise _bad("the packet's content is cut short")
        (length,) = struct.unpack_from(">I", plaintext, at)
        at += 4
        if at + length > len(plaintext):
            raise _bad("the packet's content is cut short")
        items.append(plaintext[at : at + length])
        at += length
    return tuple(items)


# --- envelopes --------------------------------------------------------------------------------


def sign_envelope(body: Mapping[str, Any], signer: KeyPair) -> bytes:
    """``{"body": <canonical JSON text>, "signature": <base64>}`` as bytes."""
    body_bytes = canonical(dict(body))
    signature = signer.sign.sign(body_bytes)
    return canonical({"body": body_bytes.decode(), "signature": b64e(signature)})


def open_envelope(data: bytes, sender_sign: bytes) -> dict[str, Any]:
    """The body of a signed envelope, after checking the signature."""
    try:
        outer = json.loads(data)
        body_text = outer["body"]
        signature = b64d(str(outer["signature"]), "signature")
        body_bytes = body_text.encode()
        body = json.loads(body_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise _bad("the signed message is damaged") from error
    if not isinstance(body, dict):
        raise _bad("the signed message is damaged")
    if not verify_signature(sender_sign, signature, body_bytes):
        raise KnownError(ErrorCode.SIGNATURE_INVALID, "the message's signature does not match")
    return body
