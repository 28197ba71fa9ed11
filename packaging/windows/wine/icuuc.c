/* Wine-prefix-only stand-in for the Windows system icuuc.dll (Wine 8.0 has none).
 *
 * Qt 6.7+ Qt6Core.dll links the ucnv_* converter functions of the system ICU, and
 * uses them only for text codecs it does not carry itself; UTF-8/16/32 and Latin-1
 * are built into Qt. Here every such codec reports itself as unavailable, so Qt
 * falls back to its own. Nabij never needs another codec.
 *
 * Built by packaging/windows/lane.sh with mingw and copied into the prefix's
 * system32. It must never be shipped: the lane checks that the bundle holds no icuuc.dll.
 */
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define NOT_AVAILABLE 4 /* U_FILE_ACCESS_ERROR */

static void fail(int *status) {
    if (status && *status <= 0) *status = NOT_AVAILABLE;
}

EXPORT void *ucnv_open(const char *name, int *status) { (void)name; fail(status); return 0; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *status) {
    (void)name; (void)standard; fail(status); return 0;
}
EXPORT const char *ucnv_getName(const void *conv, int *status) { (void)conv; fail(status); return 0; }
EXPORT int8_t ucnv_getMaxCharSize(const void *conv) { (void)conv; return 0; }
EXPORT int32_t ucnv_toUCountPending(const void *conv, int *status) { (void)conv; (void)status; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *conv, int *status) { (void)conv; (void)status; return 0; }

/* Only ever reached through a converter, which ucnv_open never hands out. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void) {}
EXPORT void ucnv_setFromUCallBack(void) {}
EXPORT void ucnv_cbToUWriteUChars(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT void ucnv_toUnicode(void) {}
EXPORT void ucnv_fromUnicode(void) {}
