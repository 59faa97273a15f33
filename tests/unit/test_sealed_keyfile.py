"""The key file and the passphrase (issue 12): wrong passphrase vs damage, bounds before any
derivation, passphrase changes, and the one test hook for fast key derivation."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from argparse import Namespace
from pathlib import Path
from unittest import mock

import pytest

from trustroad.settings import TEST_KDF_ENV, Settings
from trustroad.storage import kdf
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import DataFileError, WrongPassphrase
from trustroad.storage.files import AGENDA_FILE, KEY_FILE
from trustroad.storage.kdf import DEFAULT_PARAMS, FAST_TEST_PARAMS, BadKdfParams, KdfParams, derive_key, new_params
from trustroad.storage.switch import change_passphrase, settle, turn_off

GOLDEN = Path(__file__).parent / "golden" / "sealed"
PASSPHRASE = b"golden passphrase"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(GOLDEN, tmp_path / "data")
    return tmp_path / "data"


def states(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), os.stat(p).st_mtime_ns) for p in sorted(folder.iterdir())
    }


def test_a_hundred_wrong_passphrases_change_no_file(folder):
    before = states(folder)
    for n in range(100):
        settle(folder)
        key_file = read_key_file(folder)
        assert key_file is not None
        with pytest.raises(WrongPassphrase) as caught:
            key_file.unlock(bytearray(b"wrong %d" % n))
        assert b"wrong" not in str(caught.value).encode()
    for wrong in (b"nope", b""):
        with pytest.raises(WrongPassphrase):
            turn_off(folder, wrong)
        with pytest.raises(WrongPassphrase):
            change_passphrase(folder, wrong, b"new", FAST_TEST_PARAMS)
    assert states(folder) == before
    assert read_key_file(folder).unlock(PASSPHRASE).key_id == read_key_file(folder).key_id


def rewrite(folder: Path, change) -> None:
    """Change the key file's fields and recompute its checksum, as a hostile edit would."""
    body = json.loads((folder / KEY_FILE).read_bytes())
    del body["check"]
    change(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["check"] = hashlib.sha256(canonical).hexdigest()
    (folder / KEY_FILE).write_text(json.dumps(body), encoding="utf-8")


ABSURD = {
    "memory over 4 GiB": lambda b: b["kdf"].update(memory_kib=4 * 1024 * 1024 + 1),
    "101 iterations": lambda b: b["kdf"].update(iterations=101),
    "65 lanes": lambda b: b["kdf"].update(lanes=65),
    "no lanes": lambda b: b["kdf"].update(lanes=0),
    "memory as true": lambda b: b["kdf"].update(memory_kib=True),
    "memory as text": lambda b: b["kdf"].update(memory_kib="65536"),
    "short salt": lambda b: b["kdf"].update(salt="AAAA"),
    "long key id": lambda b: b.update(key_id="A" * 32),
    "short nonce": lambda b: b["wrap"].update(nonce="AAAA"),
    "short wrapped key": lambda b: b["wrap"].update(ciphertext="AAAA"),
    "not base64": lambda b: b["wrap"].update(nonce="!!!!!!!!!!!!!!!!"),
    "unknown version": lambda b: b.update(version=2),
    "another kdf": lambda b: b["kdf"].update(name="scrypt"),
    "missing wrap": lambda b: b.pop("wrap"),
    "kdf not an object": lambda b: b.update(kdf=[1, 2]),
}


@pytest.mark.parametrize("change", ABSURD.values(), ids=ABSURD.keys())
def test_absurd_key_files_are_refused_before_any_derivation(folder, change):
    rewrite(folder, change)
    with mock.patch.object(kdf, "Argon2id", side_effect=AssertionError("derived")) as argon:
        with pytest.raises(DataFileError) as caught:
            read_key_file(folder)
        with pytest.raises(DataFileError):
            turn_off(folder, PASSPHRASE)
    argon.assert_not_called()
    assert "key file" in caught.value.problem and caught.value.path == folder / KEY_FILE


@pytest.mark.parametrize(
    "data", [b"", b"not json", b"[]", b"\xff\xfe", b"{" * 100_000, b'{"format": "trustroad-key"}' + b" " * 20_000]
)
def test_a_key_file_that_is_not_one_is_refused(folder, data):
    (folder / KEY_FILE).write_bytes(data)
    with (
        mock.patch.object(kdf, "Argon2id", side_effect=AssertionError("derived")) as argon,
        pytest.raises(DataFileError),
    ):
        read_key_file(folder)
    argon.assert_not_called()


def test_absurd_parameters_are_refused_by_the_derivation_itself():
    with mock.patch.object(kdf, "Argon2id", side_effect=AssertionError("derived")) as argon:
        for params in (KdfParams(8 * 1024 * 1024, 3, 4), KdfParams(65536, 1000, 4), KdfParams(65536, 3, 200)):
            with pytest.raises(BadKdfParams):
                derive_key(b"pw", bytes(16), params)
        with pytest.raises(BadKdfParams):
            derive_key(b"pw", bytes(8), FAST_TEST_PARAMS)
    argon.assert_not_called()


def test_a_damaged_key_file_is_damage_not_a_wrong_passphrase(folder):
    data = bytearray((folder / KEY_FILE).read_bytes())
    at = data.index(b'"ciphertext": "') + 20
    data[at] = ord("B") if data[at] != ord("B") else ord("C")
    (folder / KEY_FILE).write_bytes(bytes(data))
    with pytest.raises(DataFileError) as caught:
        read_key_file(folder)
    assert "damaged" in caught.value.problem and "checksum" in caught.value.problem


def test_a_bytearray_passphrase_is_cleared_after_derivation(folder):
    passphrase = bytearray(PASSPHRASE)
    read_key_file(folder).unlock(passphrase)
    assert passphrase == bytearray(len(PASSPHRASE))
    wrong = bytearray(b"wrong one")
    with pytest.raises(WrongPassphrase):
        read_key_file(folder).unlock(wrong)
    assert not any(wrong)


def test_a_new_passphrase_opens_and_the_old_one_opens_nothing(folder, tmp_path):
    backup = tmp_path / "backup-key.json"
    shutil.copy(folder / KEY_FILE, backup)
    agenda = (folder / AGENDA_FILE).read_bytes()
    change_passphrase(folder, PASSPHRASE, b"a new one", FAST_TEST_PARAMS)
    assert (folder / AGENDA_FILE).read_bytes() == agenda  # no data file is rewritten
    with pytest.raises(WrongPassphrase):
        read_key_file(folder).unlock(PASSPHRASE)
    key = read_key_file(folder).unlock(b"a new one")
    assert EncryptedByteStore(folder, key).read(AGENDA_FILE) == b'{"schema_version":1,"items":[]}'
    assert os.stat(folder / KEY_FILE).st_mode & 0o777 == 0o600
    # A copy of the old key file (say, in a backup) still opens with the old passphrase, and its
    # key opens today's files: backups keep their own key file, wrapped the same way.
    shutil.copy(backup, folder / KEY_FILE)
    old = read_key_file(folder).unlock(PASSPHRASE)
    assert EncryptedByteStore(folder, old).read(AGENDA_FILE) is not None


def test_the_real_parameters_apply_unless_the_test_hook_is_set():
    assert Settings.from_args(Namespace(), {}).test_kdf is False
    assert new_params(Settings.from_args(Namespace(), {}).test_kdf) == DEFAULT_PARAMS
    assert new_params(Settings.from_args(Namespace(), {TEST_KDF_ENV: "yes"}).test_kdf) == DEFAULT_PARAMS
    assert new_params(Settings.from_args(Namespace(), {TEST_KDF_ENV: "fast"}).test_kdf) == FAST_TEST_PARAMS
    assert DEFAULT_PARAMS.memory_kib == 256 * 1024 and DEFAULT_PARAMS.lanes == 4
    assert DEFAULT_PARAMS.iterations >= 2
    DEFAULT_PARAMS.check()
