/* Wine-prefix-only stand-in for the Windows bcryptprimitives.dll (Wine 8.0 has none).
 *
 * Rust's standard library, inside the cryptography package's _rust.pyd, takes its
 * randomness from ProcessPrng. This one fills the buffer from the system's random
 * generator (advapi32's RtlGenRandom, exported as SystemFunction036): real
 * randomness, no fallback that could hand out zeros.
 *
 * Built by packaging/windows/lane.sh and copied into the prefix's system32 only;
 * the lane checks that the bundle never holds it.
 */
#include <windows.h>

typedef BOOLEAN(WINAPI *gen_random_fn)(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T length) {
    static gen_random_fn gen_random = NULL;
    if (gen_random == NULL) {
        HMODULE advapi = LoadLibraryA("advapi32.dll");
        if (advapi == NULL) return FALSE;
        gen_random = (gen_random_fn)GetProcAddress(advapi, "SystemFunction036");
        if (gen_random == NULL) return FALSE;
    }
    while (length > 0) {
        ULONG part = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!gen_random(buffer, part)) return FALSE;
        buffer += part;
        length -= part;
    }
    return TRUE;
}
