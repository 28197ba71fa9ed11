"""Windows lane check: a Windows Credential Manager round trip through Nabij's own key store.

app.storage.keys.OsKeyring -> keyring's WinVaultKeyring -> advapi32 CredWrite/CredRead/
CredDelete. The check puts a random 32-byte key, reads it back, deletes it and makes sure
it is gone. Exit 0 when all of that holds and the backend is the Windows one.
"""

import secrets
import sys

from app.storage.keys import OsKeyring

ring = OsKeyring()
described = ring.describe()
print("key store:", described, "| usable:", ring.usable())
if "WinVault" not in described or not ring.usable():
    print("keyring check: FAIL (not the Windows Credential Manager)")
    sys.exit(1)
db_id = "lane-check-" + secrets.token_hex(4)
key = secrets.token_bytes(32)
ring.put(db_id, key)
back = ring.get(db_id)
same = back is not None and bytes(back) == key
print("put, then get returns the same 32 bytes:", same)
ring.delete(db_id)
gone = ring.get(db_id) is None
print("gone after delete:", gone)
print("keyring check:", "ok" if same and gone else "FAIL")
sys.exit(0 if same and gone else 1)
