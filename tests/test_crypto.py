"""The sealed envelope itself: its layout, its ciphers, and the bounds a file cannot escape."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time

import pytest
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf import argon2, scrypt

from interventionplanner.storage import crypto
from interventionplanner.storage.crypto import (
    AEAD_AES_256_GCM,
    AEAD_CHACHA20_POLY1305,
    FAST,
    FAST_SCRYPT,
    HEADER_BYTES,
    KDF_ARGON2ID,
    KDF_SCRYPT,
    MAGIC,
    MESSAGE,
    KdfUnavailableError,
    Params,
    ProtectedFileError,
    decrypt,
    encrypt,
    is_protected_bytes,
    looks_protected,
    read_header,
)

SECRET = "a long and unlikely sentence"
TEXT = '{"plan": "Je me souviens de l\'été ❤️"}'.encode()
HEADER = struct.Struct(">7sHHB3I16sB12s")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(FAST, id="argon2id-chacha20"),
        pytest.param(Params.argon2id(8 * 1024, 1, 2, AEAD_AES_256_GCM), id="argon2id-aesgcm"),
        pytest.param(FAST_SCRYPT, id="scrypt-chacha20"),
        pytest.param(Params.scrypt(14, 2, 1, AEAD_AES_256_GCM), id="scrypt-aesgcm"),
    ],
)
def test_round_trip_with_each_kdf_and_cipher(params):
    blob = encrypt(TEXT, SECRET, params)
    assert decrypt(blob, SECRET) == TEXT
    assert read_header(blob)[0] == params
    assert len(blob) == len(TEXT) + crypto.OVERHEAD
    assert TEXT not in blob


def test_the_header_layout_is_as_documented():
    blob = encrypt(TEXT, SECRET, Params.argon2id(9000, 2, 3, AEAD_AES_256_GCM))
    magic, major, minor, kdf, memory, iterations, lanes, salt, aead, nonce = HEADER.unpack_from(
        blob
    )
    assert HEADER.size == HEADER_BYTES == 53
    assert (magic, major, minor) == (b"IVPLAN\x00", 1, 0)
    assert (kdf, memory, iterations, lanes) == (KDF_ARGON2ID, 9000, 2, 3)
    assert (aead, len(salt), len(nonce)) == (AEAD_AES_256_GCM, 16, 12)
    assert blob[7:9] == b"\x00\x01"  # big-endian
    assert blob[12:16] == (9000).to_bytes(4, "big")


def test_the_default_is_argon2id_and_chacha20_within_the_bounds():
    assert crypto.DEFAULT.kdf == KDF_ARGON2ID
    assert crypto.DEFAULT.aead == AEAD_CHACHA20_POLY1305
    crypto._check(crypto.DEFAULT)
    crypto._check(crypto.DEFAULT_SCRYPT)


def test_a_wrong_password_says_the_one_plain_message():
    blob = encrypt(TEXT, SECRET, FAST)
    for wrong in ("", "A long and unlikely sentence", SECRET + " ", "x"):
        with pytest.raises(ProtectedFileError) as info:
            decrypt(blob, wrong)
        assert str(info.value) == MESSAGE == "wrong password or the file is damaged."


def test_the_same_password_in_either_unicode_form_opens_it():
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    assert composed != decomposed
    assert decrypt(encrypt(TEXT, composed, FAST), decomposed) == TEXT


def test_an_empty_password_cannot_protect():
    with pytest.raises(ValueError, match="needs a password"):
        encrypt(TEXT, "", FAST)


def test_each_seal_has_its_own_salt_and_nonce():
    headers = [read_header(encrypt(TEXT, SECRET, FAST)) for _ in range(20)]
    assert len({salt for _, salt, _ in headers}) == 20
    assert len({nonce for _, _, nonce in headers}) == 20


def test_the_magic_tells_a_protected_plan_from_json():
    blob = encrypt(TEXT, SECRET, FAST)
    assert is_protected_bytes(blob)
    assert looks_protected(blob)
    assert not is_protected_bytes(TEXT)
    assert not looks_protected(TEXT)
    assert not looks_protected(b"")
    assert not looks_protected(b"{")
    assert not looks_protected(b"I{")
    assert looks_protected(MAGIC[:3])  # cut off inside the magic
    assert looks_protected(b"IVPLAM\x00" + blob[7:])  # one byte of the magic damaged
    assert not looks_protected(b"IVXXAN\x00" + blob[7:])


# --- crafted headers: refused before any key is derived -----------------------------------


def _crafted(kdf=KDF_ARGON2ID, cost=(8 * 1024, 1, 1), aead=AEAD_CHACHA20_POLY1305, **kw):
    fields = {"magic": MAGIC, "major": 1, "minor": 0, **kw}
    header = HEADER.pack(
        fields["magic"],
        fields["major"],
        fields["minor"],
        kdf,
        *cost,
        b"s" * 16,
        aead,
        b"n" * 12,
    )
    return header + os.urandom(48)


GIB_KIB = 1024 * 1024
CRAFTED = {
    "huge-memory": _crafted(cost=(2**32 - 1, 1, 1)),
    "memory-just-over-1-gib": _crafted(cost=(GIB_KIB + 1, 1, 1)),
    "memory-under-8-mib": _crafted(cost=(8 * 1024 - 1, 1, 1)),
    "zero-iterations": _crafted(cost=(8 * 1024, 0, 1)),
    "eleven-iterations": _crafted(cost=(8 * 1024, 11, 1)),
    "huge-iterations": _crafted(cost=(8 * 1024, 2**32 - 1, 1)),
    "zero-lanes": _crafted(cost=(8 * 1024, 1, 0)),
    "nine-lanes": _crafted(cost=(8 * 1024, 1, 9)),
    "scrypt-huge-n": _crafted(KDF_SCRYPT, (40, 8, 1)),
    "scrypt-small-n": _crafted(KDF_SCRYPT, (13, 8, 1)),
    "scrypt-zero-r": _crafted(KDF_SCRYPT, (14, 0, 1)),
    "scrypt-big-r": _crafted(KDF_SCRYPT, (14, 17, 1)),
    "scrypt-zero-p": _crafted(KDF_SCRYPT, (14, 8, 0)),
    "scrypt-big-p": _crafted(KDF_SCRYPT, (14, 8, 5)),
    "scrypt-over-1-gib": _crafted(KDF_SCRYPT, (22, 16, 1)),  # 8 GiB: each bound alone is kept
    "kdf-id-0": _crafted(kdf=0),
    "kdf-id-3": _crafted(kdf=3),
    "kdf-id-255": _crafted(kdf=255),
    "aead-id-0": _crafted(aead=0),
    "aead-id-3": _crafted(aead=3),
    "major-version-0": _crafted(major=0),
    "major-version-2": _crafted(major=2),
    "wrong-magic": _crafted(magic=b"XVPLAN\x00"),
    "header-only": _crafted()[:HEADER_BYTES],
    "truncated-header": _crafted()[:30],
    "empty": b"",
}


@pytest.fixture
def no_kdf(monkeypatch):
    """Any key derivation fails the test: the bounds must refuse first."""

    def called(*args, **kwargs):
        pytest.fail("a key was derived for a file the bounds should have refused")

    monkeypatch.setattr(argon2, "Argon2id", called)
    monkeypatch.setattr(scrypt, "Scrypt", called)


@pytest.mark.parametrize("blob", list(CRAFTED.values()), ids=list(CRAFTED))
def test_crafted_parameters_are_refused_quickly_before_any_kdf(no_kdf, blob):
    started = time.perf_counter()
    with pytest.raises(ProtectedFileError) as info:
        decrypt(blob, SECRET)
    assert time.perf_counter() - started < 1.0
    assert str(info.value) == MESSAGE


def test_the_guard_itself_notices_a_derivation(no_kdf):
    with pytest.raises(pytest.fail.Exception):
        decrypt(_crafted(), SECRET)  # well-formed: only the tag could refuse it


def test_the_largest_allowed_costs_pass_the_bounds():
    crypto._check(Params.argon2id(512 * 1024, 2, 4))
    crypto._check(Params.argon2id(256 * 1024, 4, 4))
    crypto._check(Params.scrypt(19, 8, 1))  # 512 MiB exactly
    crypto._check(Params.scrypt(18, 8, 2))
    crypto._check(crypto.DEFAULT)
    crypto._check(crypto.DEFAULT_SCRYPT)


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(Params.argon2id(GIB_KIB, 10, 8), id="argon2id-1GiB-10-passes"),
        pytest.param(Params.argon2id(512 * 1024, 3, 1), id="argon2id-over-the-work-cap"),
        pytest.param(Params.scrypt(22, 2, 4), id="scrypt-2^22"),
        pytest.param(Params.scrypt(20, 8, 1), id="scrypt-1GiB"),
    ],
)
def test_costs_above_what_the_app_writes_are_refused_before_deriving(params, no_kdf):
    with pytest.raises(ProtectedFileError):
        crypto._check(params)
    with pytest.raises(ProtectedFileError, match="wrong password"):
        decrypt(_crafted(params.kdf, params.cost), SECRET)


def test_encrypt_refuses_parameters_outside_the_bounds(no_kdf):
    with pytest.raises(ValueError, match="outside what a protected plan may use"):
        encrypt(TEXT, SECRET, Params.argon2id(8 * 1024, 0, 1))
    with pytest.raises(ValueError, match="outside what a protected plan may use"):
        encrypt(TEXT, SECRET, Params(7, (1, 1, 1)))


# --- a computer whose library has no Argon2id ---------------------------------------------


def _no_argon2(*args, **kwargs):
    raise UnsupportedAlgorithm("argon2id is not supported by this version of OpenSSL.")


def test_without_argon2id_a_save_falls_back_to_scrypt(monkeypatch):
    monkeypatch.setattr(argon2, "Argon2id", _no_argon2)
    blob = encrypt(TEXT, SECRET, FAST)
    params = read_header(blob)[0]
    assert params.kdf == KDF_SCRYPT
    assert params.cost == (14, 8, 1)
    assert decrypt(blob, SECRET) == TEXT
    default = crypto._scrypt_instead_of(crypto.DEFAULT)
    assert default == crypto.DEFAULT_SCRYPT


def test_without_argon2id_an_argon2id_file_says_why_it_cannot_open(monkeypatch):
    blob = encrypt(TEXT, SECRET, FAST)
    monkeypatch.setattr(argon2, "Argon2id", _no_argon2)
    with pytest.raises(KdfUnavailableError, match="Argon2id"):
        decrypt(blob, SECRET)


def test_importing_storage_does_not_load_cryptography():
    probe = (
        "import sys; import interventionplanner.storage, interventionplanner.storage.recovery; "
        "print('cryptography' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
