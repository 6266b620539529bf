from __future__ import annotations

from eventwire.evaluate.split import in_part, part_of, parts_shown


def test_split_is_fixed_by_the_key_hash() -> None:
    # first byte of SHA-1: "abc" 0xa9 (odd), "d000" 0x48 (even), "x1" 0x16 (even)
    assert part_of("abc") == "check"
    assert part_of("d000") == "look"
    assert part_of("x1") == "look"


def test_split_is_about_half() -> None:
    keys = [f"article-{i}" for i in range(2000)]
    looks = sum(part_of(k) == "look" for k in keys)
    assert 900 <= looks <= 1100


def test_in_part_and_shown_columns() -> None:
    assert in_part("abc", "all") and in_part("abc", "check") and not in_part("abc", "look")
    assert parts_shown("all") == ("look", "check", "all")
    assert parts_shown("check") == ("check",)
