"""The protected plan: the plan's bytes sealed under a password, as one small binary envelope.

Layout (big-endian, 53 header bytes, then the sealed plan; see docs/file-format.md):

    magic      7   b"IVPLAN\\x00"
    major      2   u16, 1
    minor      2   u16, 0
    kdf        1   1 = Argon2id, 2 = scrypt
    cost       12  3 x u32: Argon2id memory KiB, iterations, lanes | scrypt log2 n, r, p
    salt       16  fresh from os.urandom on every save
    aead       1   1 = ChaCha20-Poly1305, 2 = AES-256-GCM
    nonce      12  fresh from os.urandom on every save
    sealed     ..  ciphertext, then the 16-byte tag

The whole header is the AEAD's associated data, so changing any byte of it (a cheaper cost,
another cipher) makes the tag fail just like a wrong password does. Costs read from a file are
checked against bounds (what this app writes, with a margin) before any key is derived: a
crafted file cannot make the app hang or run out of memory. Every failure to open says the
same plain words, so nothing tells a guesser (or a damaged disk) apart from a wrong password.

`cryptography` loads on first use, not when this module is imported: opening the window and
reading unprotected plans never pay for it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import struct
import unicodedata
from dataclasses import dataclass

from interventionplanner.i18n import N_, _

MAGIC = b"IVPLAN\x00"
FORMAT_VERSION = (1, 0)

KDF_ARGON2ID = 1
KDF_SCRYPT = 2
AEAD_CHACHA20_POLY1305 = 1
AEAD_AES_256_GCM = 2

SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32

_HEADER = struct.Struct(">7sHHB3I16sB12s")
HEADER_BYTES = _HEADER.size  # 53
OVERHEAD = HEADER_BYTES + TAG_BYTES  # what sealing adds to the plan's size

MESSAGE = N_("wrong password or the file is damaged.")  # translated when raised

# Bounds on what a file may ask for, checked before the KDF runs. They are capped at what this
# app ever writes (DEFAULT: 288 MiB x 2 passes; DEFAULT_SCRYPT: 256 MiB) with a margin of
# about 1.8x, so a crafted header cannot make opening cost seconds and a gigabyte before the
# wrong-password message: anything dearer is refused at once.
ARGON2_MEMORY_KIB = (8 * 1024, 512 * 1024)  # 8 MiB .. 512 MiB
ARGON2_ITERATIONS = (1, 4)
ARGON2_LANES = (1, 4)
ARGON2_MAX_WORK_KIB = 1024 * 1024  # memory x passes: 1 GiB-pass (DEFAULT is 576 MiB-pass)
SCRYPT_LOG2_N = (14, 19)
SCRYPT_R = (1, 8)
SCRYPT_P = (1, 2)
SCRYPT_MAX_MEMORY = 512 << 20  # 128 * r * n bytes (DEFAULT_SCRYPT needs 256 MiB)
SCRYPT_MAX_WORK = 1 << 30  # 128 * r * n * p: the passes over that memory


class ProtectedFileError(ValueError):
    """A protected plan could not be opened. The message is always the same plain words."""

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(_(message))


class KdfUnavailableError(ProtectedFileError):
    """The file names a KDF this computer's `cryptography` cannot run (Argon2id needs
    OpenSSL 3.2 or later). Not a wrong password, so it says so."""

    def __init__(self) -> None:
        super().__init__(
            N_(
                "it was protected with Argon2id, which this computer's copy of the "
                "cryptography library cannot do."
            )
        )


@dataclass(frozen=True)
class Params:
    """How a plan is sealed. `cost` is (memory KiB, iterations, lanes) for Argon2id and
    (log2 n, r, p) for scrypt. The file stores these, so reading never needs to know them."""

    kdf: int
    cost: tuple[int, int, int]
    aead: int = AEAD_CHACHA20_POLY1305

    @classmethod
    def argon2id(
        cls, memory_kib: int, iterations: int, lanes: int, aead: int = AEAD_CHACHA20_POLY1305
    ) -> Params:
        return cls(KDF_ARGON2ID, (memory_kib, iterations, lanes), aead)

    @classmethod
    def scrypt(cls, log2_n: int, r: int, p: int, aead: int = AEAD_CHACHA20_POLY1305) -> Params:
        return cls(KDF_SCRYPT, (log2_n, r, p), aead)


# About half a second on the development machine (2 cores; `python -m bench.kdf`): 288 MiB,
# 2 passes, 1 lane. (256 MiB with 3 passes took 0.59 s, with 2 passes 0.42 s.) Memory is
# what makes guessing costly on a graphics card, so it gets the budget; one lane keeps the
# time the same on a computer whose library derives without threads.
DEFAULT = Params.argon2id(288 * 1024, 2, 1)
# Used only if this computer's `cryptography` has no Argon2id: 256 MiB, also ~0.5 s here.
DEFAULT_SCRYPT = Params.scrypt(18, 8, 1)
# The cheapest the bounds allow: for tests, never for a family's plan.
FAST = Params.argon2id(ARGON2_MEMORY_KIB[0], 1, 1)
FAST_SCRYPT = Params.scrypt(SCRYPT_LOG2_N[0], 1, 1)


def is_protected_bytes(data: bytes) -> bool:
    """Whether `data` starts with the protected plan's magic bytes."""
    return data[: len(MAGIC)] == MAGIC


def looks_protected(data: bytes) -> bool:
    """A protected plan, or what is left of one: the magic with at most one byte changed, or
    cut off inside it. No JSON text can look like this (the magic holds a NUL byte)."""
    head = data[: len(MAGIC)]
    if len(head) < len(MAGIC):
        return bool(head) and MAGIC.startswith(head)
    return sum(a != b for a, b in zip(head, MAGIC, strict=True)) <= 1


def encrypt(plaintext: bytes, password: str, params: Params | None = None) -> bytes:
    """Seal `plaintext` under `password`, with a fresh salt and nonce. `params` defaults to
    DEFAULT; Argon2id falls back to scrypt where this computer's library lacks it."""
    if not password:
        raise ValueError("a protected plan needs a password")
    params = DEFAULT if params is None else params
    try:
        _check(params)
    except ProtectedFileError:  # a caller's mistake, not a damaged file: say what it is
        raise ValueError(f"{params} is outside what a protected plan may use") from None
    salt = os.urandom(SALT_BYTES)
    try:
        key = _derive(params, salt, password)
    except _Unsupported:
        params = _scrypt_instead_of(params)
        key = _derive(params, salt, password)
    nonce = os.urandom(NONCE_BYTES)
    header = _HEADER.pack(
        MAGIC, *FORMAT_VERSION, params.kdf, *params.cost, salt, params.aead, nonce
    )
    return header + _cipher(params.aead, key).encrypt(nonce, plaintext, header)


def decrypt(blob: bytes, password: str) -> bytes:
    """The plaintext sealed in `blob`. Any failure raises ProtectedFileError(MESSAGE)."""
    params, salt, nonce = read_header(blob)
    try:
        key = _derive(params, salt, password)
    except _Unsupported:
        raise KdfUnavailableError from None
    from cryptography.exceptions import InvalidTag

    header = blob[:HEADER_BYTES]
    try:
        return _cipher(params.aead, key).decrypt(nonce, blob[HEADER_BYTES:], header)
    except (InvalidTag, OverflowError, ValueError):
        raise ProtectedFileError() from None


def read_header(blob: bytes) -> tuple[Params, bytes, bytes]:
    """(params, salt, nonce) from a protected plan's header, checked against the bounds.
    Cheap: derives no key. Raises ProtectedFileError(MESSAGE)."""
    if len(blob) < OVERHEAD or not is_protected_bytes(blob):
        raise ProtectedFileError()
    _magic, major, _minor, kdf, a, b, c, salt, aead, nonce = _HEADER.unpack_from(blob)
    # A newer minor version keeps this layout; a newer major one may not. Unauthenticated
    # until the tag is checked, a "newer" version cannot be told from a damaged byte.
    if major != FORMAT_VERSION[0]:
        raise ProtectedFileError()
    params = Params(kdf, (a, b, c), aead)
    _check(params)
    return params, salt, nonce


def _check(params: Params) -> None:
    a, b, c = params.cost
    if params.aead not in (AEAD_CHACHA20_POLY1305, AEAD_AES_256_GCM):
        raise ProtectedFileError()
    if params.kdf == KDF_ARGON2ID:
        ok = (
            _within(a, ARGON2_MEMORY_KIB)
            and _within(b, ARGON2_ITERATIONS)
            and _within(c, ARGON2_LANES)
            and a * b <= ARGON2_MAX_WORK_KIB
        )
    elif params.kdf == KDF_SCRYPT:
        ok = (
            _within(a, SCRYPT_LOG2_N)
            and _within(b, SCRYPT_R)
            and _within(c, SCRYPT_P)
            and 128 * b * (1 << a) <= SCRYPT_MAX_MEMORY
            and 128 * b * (1 << a) * c <= SCRYPT_MAX_WORK
        )
    else:
        ok = False
    if not ok:
        raise ProtectedFileError()


def _within(value: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


# The parts of `cryptography` a protected save loads: the KDFs and the ciphers.
_SAVE_MODULES = (
    "cryptography.exceptions",
    "cryptography.hazmat.primitives.kdf.argon2",
    "cryptography.hazmat.primitives.kdf.scrypt",
    "cryptography.hazmat.primitives.ciphers.aead",
)


def prepare() -> None:
    """Load what a protected save uses, so the first one does not: a warm-up on a worker
    (`ui/save_warmup.py`). A part this computer's `cryptography` lacks is left for the
    save to report."""
    for name in _SAVE_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class _Unsupported(Exception):
    """This computer's `cryptography` cannot run the KDF."""


def _derive(params: Params, salt: bytes, password: str) -> bytes:
    from cryptography.exceptions import UnsupportedAlgorithm

    material = _password_bytes(password)
    a, b, c = params.cost
    try:
        if params.kdf == KDF_ARGON2ID:
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=b, lanes=c, memory_cost=a)
        else:
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            kdf = Scrypt(salt=salt, length=KEY_BYTES, n=1 << a, r=b, p=c)
        return kdf.derive(material)
    except (UnsupportedAlgorithm, ImportError):
        raise _Unsupported from None


def _password_bytes(password: str) -> bytes:
    """NFC, so "é" typed as one character or as e + accent is the same password."""
    return unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")


def _scrypt_instead_of(params: Params) -> Params:
    """scrypt with about the memory Argon2id would have used (r = 8: 1 KiB per unit of n)."""
    if params.kdf != KDF_ARGON2ID:
        raise _Unsupported
    log2_n = max(SCRYPT_LOG2_N[0], min(SCRYPT_LOG2_N[1], params.cost[0].bit_length() - 1))
    return Params.scrypt(log2_n, 8, 1, params.aead)


def _cipher(aead: int, key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

    return ChaCha20Poly1305(key) if aead == AEAD_CHACHA20_POLY1305 else AESGCM(key)
