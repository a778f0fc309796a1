/* Test-only stand-in for Windows' bcryptprimitives.dll, for running StoreCRM under Wine 8 in CI.
 *
 * Rust's standard library (in cryptography's _rust.pyd) takes its random numbers from
 * bcryptprimitives.dll!ProcessPrng, which Windows 10 has and Wine 8 does not. This stand-in
 * answers from BCryptGenRandom with the system's preferred generator, which Wine implements.
 *
 * packaging/windows/wine_build.sh builds it with gcc-mingw-w64 into the Wine prefix's System32.
 * It must never be shipped: the installer build and CI check that no bundle holds it (the
 * marker string below is what they look for besides the name).
 */
#include <windows.h>
#include <bcrypt.h>

__attribute__((used)) static const char marker[] = "STORECRM-WINE-TEST-STAND-IN bcryptprimitives";

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
