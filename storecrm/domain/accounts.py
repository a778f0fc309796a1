"""Rules for user names and passwords."""

from __future__ import annotations

import re

from storecrm.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 6
_USERNAME = re.compile(r"^[\w.\-]{2,32}$")


def check_username(raw: str) -> str:
    name = raw.strip()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("username", "invalid_username")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", "password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise ValidationError("password", "password_blank_edges")
    return password
