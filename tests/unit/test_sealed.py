"""The sealed file format (issue 12): round trips, and every damage refused as damaged.

The golden folder (tests/unit/golden/sealed/) was made once with the fast test parameters and
the passphrase below: a key file and agenda.json sealed with its key. It must keep opening.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trustroad.storage.bytestore import ByteStore
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import AGENDA_FILE, JOURNAL_FILE, KEY_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.keyfile import new_key
from trustroad.storage.sealed import DataKey
from trustroad.storage.sealed_header import HEADER_BYTES, MAGIC, TAG_BYTES

GOLDEN = Path(__file__).parent / "golden" / "sealed"
GOLDEN_PASSPHRASE = b"golden passphrase"
GOLDEN_TEXT = b'{"schema_version":1,"items":[]}'


@pytest.fixture(scope="module")
def golden_key() -> DataKey:
    key_file = read_key_file(GOLDEN)
    assert key_file is not None
    return key_file.unlock(GOLDEN_PASSPHRASE)


def test_the_golden_file_opens_to_its_text(golden_key):
    assert EncryptedByteStore(GOLDEN, golden_key).read(AGENDA_FILE) == GOLDEN_TEXT


def damaged(golden_key: DataKey, tmp_path: Path, data: bytes) -> DataFileError:
    (tmp_path / AGENDA_FILE).write_bytes(data)
    with pytest.raises(DataFileError) as caught:
        EncryptedByteStore(tmp_path, golden_key).read(AGENDA_FILE)
    return caught.value


def test_every_single_bit_flip_is_refused_as_damaged(golden_key, tmp_path):
    data = (GOLDEN / AGENDA_FILE).read_bytes()
    for bit in range(len(data) * 8):
        flipped = bytearray(data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        error = damaged(golden_key, tmp_path, bytes(flipped))
        assert "damaged" in error.problem, (bit, error.problem)
        assert error.path == tmp_path / AGENDA_FILE


def test_every_truncation_is_refused_as_damaged(golden_key, tmp_path):
    data = (GOLDEN / AGENDA_FILE).read_bytes()
    for length in range(len(data)):
        error = damaged(golden_key, tmp_path, data[:length])
        assert "damaged" in error.problem, length


def test_extra_bytes_after_the_tag_are_refused_too(golden_key, tmp_path):
    data = (GOLDEN / AGENDA_FILE).read_bytes()
    assert "damaged" in damaged(golden_key, tmp_path, data + b"\x00").problem


def test_round_trips_of_many_sizes(tmp_path):
    _, key = new_key(b"pw", FAST_TEST_PARAMS)
    io = EncryptedByteStore(tmp_path, key)
    for size in (0, 1, 15, 16, 17, 4096, 1_000_003):
        data = bytes(range(256)) * (size // 256) + bytes(size % 256)
        io.write(JOURNAL_FILE, data)
        on_disk = (tmp_path / JOURNAL_FILE).read_bytes()
        assert on_disk.startswith(MAGIC) and len(on_disk) == HEADER_BYTES + size + TAG_BYTES
        assert io.read(JOURNAL_FILE) == data
    assert io.read("missing.json") is None


def test_every_write_has_a_fresh_nonce(tmp_path):
    _, key = new_key(b"pw", FAST_TEST_PARAMS)
    first, second = key.seal(JOURNAL_FILE, b"same"), key.seal(JOURNAL_FILE, b"same")
    assert first[: HEADER_BYTES - 12] == second[: HEADER_BYTES - 12] and first != second


def test_a_sealed_file_renamed_to_stand_in_for_another_does_not_open(golden_key, tmp_path):
    shutil.copy(GOLDEN / AGENDA_FILE, tmp_path / JOURNAL_FILE)
    with pytest.raises(DataFileError) as caught:
        EncryptedByteStore(tmp_path, golden_key).read(JOURNAL_FILE)
    assert "integrity" in caught.value.problem


def test_a_file_sealed_with_another_key_is_named_and_refused(tmp_path):
    shutil.copy(GOLDEN / AGENDA_FILE, tmp_path / AGENDA_FILE)
    _, other = new_key(b"pw", FAST_TEST_PARAMS)
    with pytest.raises(DataFileError) as caught:
        EncryptedByteStore(tmp_path, other).read(AGENDA_FILE)
    assert "another workbook's key" in caught.value.problem


def test_a_plain_file_while_encryption_is_on_is_refused_plainly(golden_key, tmp_path):
    (tmp_path / AGENDA_FILE).write_bytes(b'\n  {"items": []}')
    with pytest.raises(DataFileError) as caught:
        EncryptedByteStore(tmp_path, golden_key).read(AGENDA_FILE)
    assert "not encrypted, but this workbook is" in caught.value.problem


def test_a_sealed_file_while_encryption_is_off_is_refused_plainly(tmp_path):
    shutil.copy(GOLDEN / AGENDA_FILE, tmp_path / AGENDA_FILE)
    with pytest.raises(DataFileError) as caught:
        ByteStore(tmp_path).read(AGENDA_FILE)
    assert "encrypted" in caught.value.problem and KEY_FILE in caught.value.problem
    assert ByteStore(tmp_path).read_raw(AGENDA_FILE) == (GOLDEN / AGENDA_FILE).read_bytes()


def test_the_data_key_never_shows_in_its_repr():
    raw = bytes(range(32))
    text = repr(DataKey(raw, bytes(16)))
    assert raw.hex() not in text and "DataKey" in text
