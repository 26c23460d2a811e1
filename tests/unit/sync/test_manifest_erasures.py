"""The hub's check of a batch manifest's erasure list, before anything is stored."""

from __future__ import annotations

import pytest

from registrar.errors import ErrorCode, KnownError
from registrar.hub.service import MAX_ERASURES, _manifest_erasures


def test_the_ids_come_back_in_order_and_an_old_station_sends_none() -> None:
    assert _manifest_erasures({"erasures": [{"id": "b"}, {"id": "a"}]}) == ["b", "a"]
    assert _manifest_erasures({}) == []


@pytest.mark.parametrize(
    ("erasures", "words"),
    [
        ("not a list", "erasure list is damaged"),
        ([{"id": str(i)} for i in range(MAX_ERASURES + 1)], "erasure list is damaged"),
        (["an id without its object"], "lacks its id"),
        ([{"id": 7}], "lacks its id"),
        ([{"id": ""}], "lacks its id"),
        ([{"id": "x" * 65}], "lacks its id"),
        ([{"id": "a"}, {"id": "a"}], "erased twice"),
    ],
)
def test_a_damaged_erasure_list_is_refused_in_words(erasures: object, words: str) -> None:
    with pytest.raises(KnownError) as caught:
        _manifest_erasures({"erasures": erasures})
    assert caught.value.code is ErrorCode.PACKET_INVALID and words in caught.value.message
