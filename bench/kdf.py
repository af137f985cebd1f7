"""Opening a protected plan: the example plan, sealed with the default costs, against the same
plan unprotected. Nearly all the difference is the key derivation, which is meant to be slow
for someone guessing passwords; the defaults in storage/crypto.py aim at about half a second
here. Beside them, the KDF alone with the default costs and with the scrypt fallback.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from bench.timing import median_seconds
from interventionplanner.storage import crypto, load_plan, save_plan
from interventionplanner.storage.example import example_plan

RUNS = 3
PASSWORD = "kettle violet orbit lantern"


def kdf_seconds(params: crypto.Params) -> float:
    salt = os.urandom(crypto.SALT_BYTES)
    return median_seconds(lambda: crypto._derive(params, salt, PASSWORD), RUNS)


def main() -> None:
    plan = example_plan(date.today())
    with tempfile.TemporaryDirectory() as folder:
        plain, sealed = Path(folder) / "plain.ivplan", Path(folder) / "sealed.ivplan"
        save_plan(plan, plain)
        save_plan(plan, sealed, password=PASSWORD)
        load_plan(plain)  # warm: imports and caches, so both sides start even
        load_plan(sealed, PASSWORD)
        opened_plain = median_seconds(lambda: load_plan(plain), RUNS)
        opened_sealed = median_seconds(lambda: load_plan(sealed, PASSWORD), RUNS)
        params = crypto.read_header(sealed.read_bytes())[0]
    memory, iterations, lanes = crypto.DEFAULT.cost
    print(f"opening the example plan, median of {RUNS}:")
    print(f"  unprotected:                   {opened_plain * 1000:7.1f} ms")
    print(f"  protected (default costs):     {opened_sealed * 1000:7.1f} ms")
    print(f"  ratio:                         {opened_sealed / opened_plain:7.0f}x")
    print(
        f"  default: Argon2id {memory // 1024} MiB, {iterations} passes, {lanes} lane(s)"
        + ("" if params == crypto.DEFAULT else f" (this computer used {params})")
    )
    print(f"  Argon2id alone:                {kdf_seconds(crypto.DEFAULT) * 1000:7.0f} ms")
    log2_n, r, p = crypto.DEFAULT_SCRYPT.cost
    print(
        f"  scrypt fallback alone (n=2^{log2_n}, r={r}, p={p}): "
        f"{kdf_seconds(crypto.DEFAULT_SCRYPT) * 1000:.0f} ms"
    )
    refused = over_the_cap_seconds()
    print(f"  a header asking 1 GiB x 10 passes, refused: {refused * 1000:7.2f} ms")
    print(f"  ratio to opening it protected: {refused / opened_sealed:.4f}x")


def over_the_cap_seconds() -> float:
    """A crafted header whose costs are past the cap: refused before any key is derived."""
    header = crypto._HEADER.pack(
        crypto.MAGIC, 1, 0, crypto.KDF_ARGON2ID, 1024 * 1024, 10, 4,
        b"s" * 16, crypto.AEAD_CHACHA20_POLY1305, b"n" * 12,
    )  # fmt: skip
    blob = header + os.urandom(64)

    def attempt() -> None:
        try:
            crypto.decrypt(blob, PASSWORD)
        except crypto.ProtectedFileError:
            return
        raise AssertionError("a header past the cap was not refused")

    return median_seconds(attempt, RUNS)


if __name__ == "__main__":
    main()
