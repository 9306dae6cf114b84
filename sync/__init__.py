"""The signed central source (TUF). Not built yet: see issue "The signed central source"."""
