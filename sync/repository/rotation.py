"""Rotating the national keys that root trusts: the root keys, the targets key, the online key.

TUF's answer to a lost or exposed key is a new root version. Root N+1 names the new keys and
must be signed by a threshold of root N's root keys *and* by a threshold of its own (TUF
specification 5.3.4, "Check for an arbitrary software attack"); python-tuf's
``TrustedMetadataSet.update_root`` checks both, so a workstation that still ships root 1 walks
the chain 1 -> 2 -> ... on its next sync. Clients fetch ``N+1.root.json`` by version before
anything else, and ``Repository.root()`` takes the highest version on disk, so root N+1 is live
from the moment its file is written: that write is the commit point of a rotation.

What the old key signed is then re-signed with the new one, under the same lock, so that the
committed chain verifies under the new root at once:

* ``targets``: the targets metadata (version + 1) with the new targets key, then snapshot and
  timestamp that name it;
* ``online`` (snapshot and timestamp share one key, on the server): snapshot and timestamp with
  the new online key. The running service still holds the old key and must be restarted with
  the new one; whatever it signs before that, workstations refuse;
* ``root``: nothing; root is not listed in the snapshot (consistent snapshots fetch it by version).

A client that syncs between the root write and the new timestamp (milliseconds) sees root N+1
with metadata still signed by the old key and refuses that one sync. A crash in that window
leaves the repository so until the role is re-signed with the new key (``admin resign --force``
for the online key, any national change such as ``admin national`` for the targets key).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from securesystemslib.signer import Signer
from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

from sync.errors import RepositoryStateError
from sync.repository import audit
from sync.repository.repository import Repository

ONLINE = "online"  # the key snapshot and timestamp share, on the server
# The top-level roles whose keys a rotation of root, targets or the online key replaces.
_TOP_LEVEL = {Root.type: (Root.type,), Targets.type: (Targets.type,), ONLINE: (Snapshot.type, Timestamp.type)}
_UNCHANGED = "; er is niets gewijzigd."


@dataclass(frozen=True)
class Rotation:
    """What a rotation changed, for the admin's report."""

    role: str  # 'root', 'targets' or ONLINE
    root_version: int  # the new root's
    old_keyids: tuple[str, ...]
    new_keyids: tuple[str, ...]
    root_threshold: int  # of the new root
    resigned: tuple[str, ...]  # roles signed again with the new key after the root


def check_root_threshold(threshold: int, key_count: int) -> None:
    """A threshold must be reachable by the root keys, and at least one."""
    if not 1 <= threshold <= key_count:
        raise RepositoryStateError(
            f"Drempel {threshold} past niet bij {key_count} rootsleutel(s){_UNCHANGED}")


def rotate_root_keys(repo: Repository, old_root: Sequence[Signer], new_root: Sequence[Signer],
                     threshold: int, *, now: datetime | None = None) -> Rotation:
    """Replace every root key by ``new_root`` with ``threshold``; ``old_root`` must meet the current one."""
    check_root_threshold(threshold, len(new_root))
    with repo.locked():
        return _write_root(repo, Root.type, old_root, new_root, threshold=threshold, now=now)


def rotate_targets_key(repo: Repository, old_root: Sequence[Signer], new_targets: Signer, online: Signer,
                       *, now: datetime | None = None) -> Rotation:
    """Replace the targets key and re-sign the targets metadata with it; ``online`` commits."""
    with repo.locked():
        _check_online(repo.root().signed, online)
        rotation = _write_root(repo, Targets.type, old_root, [new_targets], threshold=None, now=now)
        md = repo.national_targets()
        md.signed.version += 1
        md.signed.expires = repo.policy.expires(Targets.type, now)
        md.sign(new_targets)
        repo.commit({Targets.type: md}, online, now)
    return replace(rotation, resigned=(Targets.type, Snapshot.type, Timestamp.type))


def rotate_online_key(repo: Repository, old_root: Sequence[Signer], new_online: Signer,
                      *, now: datetime | None = None) -> Rotation:
    """Replace the snapshot and timestamp key, and re-sign both with the new one."""
    with repo.locked():
        rotation = _write_root(repo, ONLINE, old_root, [new_online], threshold=None, now=now)
        repo.commit({}, new_online, now)
    return replace(rotation, resigned=(Snapshot.type, Timestamp.type))


def _write_root(repo: Repository, role: str, old_root: Sequence[Signer], new_signers: Sequence[Signer],
                *, threshold: int | None, now: datetime | None) -> Rotation:
    """Write root N+1 with ``role``'s keys replaced; call inside ``locked()``."""
    current = repo.root().signed
    _check_old_root(current, old_root)
    new_keys = [signer.public_key for signer in new_signers]
    _check_new_keys(current, [key.keyid for key in new_keys])
    root = copy.deepcopy(current)
    old_keyids = tuple(root.roles[_TOP_LEVEL[role][0]].keyids)
    for name in _TOP_LEVEL[role]:
        for keyid in list(root.roles[name].keyids):
            root.revoke_key(keyid, name)
        for key in new_keys:
            root.add_key(key, name)
    if threshold is not None:
        root.roles[Root.type].threshold = threshold
    root.version += 1
    root.expires = repo.policy.expires(Root.type, now)
    md = Metadata(root)
    # Signed by the old root keys, and for a root rotation also by the new ones: TUF 5.3.4.
    signers = {s.public_key.keyid: s for s in [*old_root, *(new_signers if role == Root.type else ())]}
    for signer in signers.values():
        md.sign(signer, append=True)
    # The checks above make this hold; verified the way ngclient will, before anything is written.
    if not root.get_root_verification_result(current, md.signed_bytes, md.signatures):
        raise RepositoryStateError(f"De nieuwe root is niet door genoeg sleutels ondertekend{_UNCHANGED}")
    repo.write_metadata(Root.type, md)
    new_keyids = tuple(key.keyid for key in new_keys)
    audit.append(repo.path, {"result": "national", "action": "rotate", "role": role,
                             "root_version": root.version, "old_keyids": list(old_keyids),
                             "new_keyids": list(new_keyids), "signed_by": sorted(md.signatures)})
    return Rotation(role, root.version, old_keyids, new_keyids,
                    root.roles[Root.type].threshold, ())


def _check_old_root(current: Root, old_root: Sequence[Signer]) -> None:
    trusted = current.roles[Root.type]
    for signer in old_root:
        if signer.public_key.keyid not in trusted.keyids:
            raise RepositoryStateError(
                f"Sleutel {signer.public_key.keyid} is geen rootsleutel van root versie {current.version}"
                f"{_UNCHANGED}")
    given = len({signer.public_key.keyid for signer in old_root})
    if given < trusted.threshold:
        raise RepositoryStateError(
            f"Te weinig rootsleutels: de nieuwe root moet worden ondertekend door {trusted.threshold} van de "
            f"{len(trusted.keyids)} rootsleutels van root versie {current.version}, er zijn er {given} "
            f"gegeven{_UNCHANGED}")


def _check_new_keys(current: Root, keyids: list[str]) -> None:
    if len(set(keyids)) != len(keyids):
        raise RepositoryStateError(f"Dezelfde nieuwe sleutel is meer dan eens opgegeven{_UNCHANGED}")
    for keyid in keyids:
        if keyid in current.keys:
            raise RepositoryStateError(
                f"Sleutel {keyid} wordt al gebruikt in root versie {current.version}; vervang door een "
                f"nieuwe sleutel{_UNCHANGED}")


def _check_online(current: Root, online: Signer) -> None:
    """The commit after a targets rotation must be signed by the online key root trusts."""
    if online.public_key.keyid not in current.roles[Timestamp.type].keyids:
        raise RepositoryStateError(f"Deze sleutel is niet de online sleutel van deze repository{_UNCHANGED}")
