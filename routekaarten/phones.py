"""Phone numbers as written in a routekaart, normalised with Google's libphonenumber port."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def to_e164(as_written: str) -> str | None:
    """The E.164 form of a Dutch number as written (``'076-525 5800'`` -> ``'+31765255800'``).

    Returns None when the text is not a valid Dutch (or international) number.
    """
    import phonenumbers  # lazy: the store keeps the E.164 form, so start-up needs no parsing

    try:
        number = phonenumbers.parse(as_written, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def tel_uri(e164: str) -> str:
    """A ``tel:`` link (RFC 3966) for a number in E.164 form."""
    return f"tel:{e164}"
